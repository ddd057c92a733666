// ViewCentering: the scroll arithmetic of centring a text range.
#include "annotate/ViewCentering.h"

#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace lede::ui {

void centerOnRange(QTextEdit *view, int from, int to)
{
    if (!view)
        return;
    const int last = std::max(0, view->document()->characterCount() - 1);
    from = std::clamp(from, 0, last);
    to = std::clamp(to, from, last);
    QTextCursor c(view->document());
    c.setPosition(from);
    const QRect start = view->cursorRect(c); // viewport coordinates; lays out what it needs
    c.setPosition(to);
    const QRect range = start.united(view->cursorRect(c));
    const int height = view->viewport()->height();
    QScrollBar *vertical = view->verticalScrollBar();
    // A stretch taller than the screen shows its beginning, a line below the top edge.
    const int offset = range.height() > height * 3 / 4 ? range.top() - start.height() : range.center().y() - height / 2;
    vertical->setValue(vertical->value() + offset);
    QScrollBar *horizontal = view->horizontalScrollBar();
    const int width = view->viewport()->width();
    if (start.left() < 0 || start.right() > width)
        horizontal->setValue(horizontal->value() + start.center().x() - width / 2);
}

} // namespace lede::ui
