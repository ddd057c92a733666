#include "reader/SelectionText.h"

#include "reader/ArticleLayout.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace lede::ui {

namespace {

// The separator before `block` when `previous` came just before it in the selection.
QChar separatorBetween(const QTextBlock &previous, const QTextBlock &block)
{
    const QTextBlockFormat a = previous.blockFormat();
    const QTextBlockFormat b = block.blockFormat();
    const bool sameRow = a.hasProperty(ArticleLayout::TableProperty) && b.hasProperty(ArticleLayout::TableProperty)
        && a.intProperty(ArticleLayout::TableProperty) == b.intProperty(ArticleLayout::TableProperty)
        && a.intProperty(ArticleLayout::TableRowProperty) == b.intProperty(ArticleLayout::TableRowProperty);
    return sameRow ? QLatin1Char('\t') : QLatin1Char('\n');
}

} // namespace

QString selectionPlainText(const QTextCursor &cursor)
{
    if (!cursor.hasSelection() || !cursor.document())
        return {};
    const QTextDocument *doc = cursor.document();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QString out;
    QTextBlock previous;
    for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() <= end; block = block.next()) {
        if (previous.isValid())
            out += separatorBetween(previous, block);
        const int from = std::max(start, block.position()) - block.position();
        const int to = std::min(end, block.position() + block.length() - 1) - block.position();
        if (to > from)
            out += block.text().mid(from, to - from);
        previous = block;
    }
    // As QTextDocumentFragment::toPlainText(): line separators become newlines, no-break spaces spaces.
    for (QChar &c : out) {
        if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('\n');
        else if (c == QChar::Nbsp)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace lede::ui
