// TextPoint: where a word of a text view is on screen, for tests that click or right-click on it.
#pragma once

#include <QPoint>
#include <QRect>
#include <QString>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

namespace lede::test {

// The middle of the second character of `needle` (its first occurrence in block `block` of `view`), in viewport
// coordinates: inside the word whatever the font, and clear of a neighbouring word's edge.
inline QPoint pointOn(const QTextEdit *view, const QString &needle, int block = 0)
{
    const QTextBlock b = view->document()->findBlockByNumber(block);
    const int pos = b.position() + static_cast<int>(b.text().indexOf(needle)) + 1;
    QTextCursor c(view->document());
    c.setPosition(pos);
    const QRect left = view->cursorRect(c);
    c.setPosition(pos + 1);
    const QRect right = view->cursorRect(c);
    return {(left.center().x() + right.center().x()) / 2, left.center().y()};
}

} // namespace lede::test
