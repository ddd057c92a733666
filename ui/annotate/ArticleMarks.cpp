// ArticleMarks: layered marks handed to the view as extra selections near the screen.
#include "annotate/ArticleMarks.h"

#include <QTextEdit>

#include <algorithm>

namespace lede::ui {

namespace {
constexpr int kFlashMs = 1200;
constexpr int kMinMarksWindow = 4000; // characters
} // namespace

ArticleMarks::ArticleMarks(QTextEdit *view, QObject *parent) : QObject(parent), m_viewObject(view)
{
    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMs);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] { setLayer(FlashLayer, {}); });
}

ArticleMarks::~ArticleMarks() = default;

void ArticleMarks::setLayer(Layer layer, std::vector<Mark> marks)
{
    m_layers[layer] = std::move(marks);
    update(true);
}

void ArticleMarks::flash(std::vector<Mark> marks)
{
    setLayer(FlashLayer, std::move(marks));
    m_flashTimer.start();
}

void ArticleMarks::clearFlash()
{
    m_flashTimer.stop();
    setLayer(FlashLayer, {});
}

QTextEdit *ArticleMarks::view() const
{
    return qobject_cast<QTextEdit *>(m_viewObject.data());
}

void ArticleMarks::update(bool force)
{
    QTextEdit *view = this->view();
    if (!view)
        return;
    const QRect area = view->viewport()->rect();
    const int first = view->cursorForPosition(area.topLeft()).position();
    const int last = view->cursorForPosition(area.bottomRight()).position();
    if (!force && first >= m_marksFrom && last <= m_marksTo)
        return;
    const int screen = std::max(last - first, kMinMarksWindow);
    m_marksFrom = std::max(0, first - 2 * screen);
    m_marksTo = last + 2 * screen;
    QTextDocument *doc = view->document();
    const int end = doc->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> shown;
    for (const auto &layer : m_layers) {
        for (const Mark &m : layer) {
            if (m.to < m_marksFrom || m.from > m_marksTo || m.from < 0 || m.to > end || m.to < m.from)
                continue;
            QTextCursor c(doc);
            c.setPosition(m.from);
            c.setPosition(m.to, QTextCursor::KeepAnchor);
            shown.append({c, m.format});
        }
    }
    view->setExtraSelections(shown);
}

} // namespace lede::ui
