// ArticleBlockStatics: one walk over the blocks, done ahead on the loader's thread and carried to the layout.
#include "reader/ArticleBlockStatics.h"

#include "reader/ArticleLayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace {

// QTextBlockFormat::lineHeight() without building a format for every block of a book.
double lineAdvanceFor(int type, double value, double natural)
{
    switch (type) {
    case QTextBlockFormat::ProportionalHeight: return natural * value / 100.0;
    case QTextBlockFormat::FixedHeight: return value;
    case QTextBlockFormat::MinimumHeight: return std::max(natural, value);
    case QTextBlockFormat::LineDistanceHeight: return natural + value;
    default: return natural;
    }
}

// Carries prepare()'s statics from the loading thread to the layout; a child of the document, so it
// moves threads with it and goes with it.
class PreparedBlocks final : public QObject
{
public:
    PreparedBlocks(std::vector<ArticleBlockStatics::Block> statics, int blockCount, QObject *parent)
        : QObject(parent), statics(std::move(statics)), blockCount(blockCount)
    {
        setObjectName(name());
    }
    static QString name() { return QStringLiteral("lede-prepared-blocks"); }
    std::vector<ArticleBlockStatics::Block> statics;
    int blockCount = 0;
};
} // namespace

// What the estimates need and never changes while the text does not (a resize or zoom must not walk a
// book's blocks).
std::vector<ArticleBlockStatics::Block> ArticleBlockStatics::measure(const QTextDocument *doc)
{
    const auto count = static_cast<std::size_t>(std::max(0, doc->blockCount()));
    std::vector<Block> out(count);
    float previousBottom = 0;
    std::size_t i = 0;
    for (QTextBlock block = doc->begin(); block.isValid() && i < count; block = block.next(), ++i) {
        Block &g = out[i];
        const QTextBlockFormat format = block.blockFormat();
        const auto top = static_cast<float>(format.topMargin());
        g.spacingBefore = i == 0 ? top : std::max(previousBottom, top);
        g.bottomMargin = static_cast<float>(format.bottomMargin());
        previousBottom = g.bottomMargin;
        g.sideMargins = static_cast<float>(contentLeft(doc, block, format) + format.rightMargin());
        g.length = block.length();
        g.lineHeightType = static_cast<quint8>(format.lineHeightType());
        g.lineHeightValue = static_cast<float>(format.lineHeight());
        g.heading = format.headingLevel() > 0;
        g.visible = block.isVisible();
        if (format.nonBreakableLines()) {
            const QString text = block.text();
            g.manualLines = 1 + static_cast<int>(text.count(QChar::LineSeparator) + text.count(QLatin1Char('\n')));
        }
        if (format.hasProperty(ArticleLayout::TableProperty)) {
            g.table = format.intProperty(ArticleLayout::TableProperty);
            g.tableRow = format.intProperty(ArticleLayout::TableRowProperty);
            if (i > 0 && out[i - 1].table == g.table)
                g.spacingBefore = 0; // the cells of one grid share its top
        }
    }
    return out;
}

void ArticleBlockStatics::prepare(QTextDocument *doc)
{
    new PreparedBlocks(measure(doc), doc->blockCount(), doc);
}

std::vector<ArticleBlockStatics::Block> ArticleBlockStatics::take(QTextDocument *doc)
{
    std::vector<Block> statics;
    if (auto *prepared = dynamic_cast<PreparedBlocks *>(
            doc->findChild<QObject *>(PreparedBlocks::name(), Qt::FindDirectChildrenOnly))) {
        if (prepared->blockCount == doc->blockCount())
            statics = std::move(prepared->statics);
        delete prepared; // used once: later changes to the text are measured here
    }
    if (statics.size() != static_cast<std::size_t>(std::max(0, doc->blockCount())))
        statics = measure(doc);
    return statics;
}

double ArticleBlockStatics::contentLeft(const QTextDocument *doc, const QTextBlock &block,
                                        const QTextBlockFormat &format)
{
    double indent = format.indent();
    if (const QTextList *list = block.textList())
        indent += list->format().indent();
    return indent * doc->indentWidth() + format.leftMargin();
}

double ArticleBlockStatics::estimatedHeight(const Block &g, double pageWidth, double documentMargin, double charWidth,
                                            double lineHeight)
{
    if (!g.visible)
        return 0;
    // Headings are set larger; an estimate only has to be near, the real layout corrects it.
    const double scale = g.heading ? 1.6 : 1.0;
    const double lineAdvance = lineAdvanceFor(g.lineHeightType, g.lineHeightValue, std::ceil(lineHeight * scale));
    double lines = 1;
    if (g.manualLines > 0) {
        lines = g.manualLines;
    } else if (pageWidth > 0) {
        const double width = std::max(1.0, pageWidth - 2 * documentMargin - g.sideMargins);
        lines = std::max(1.0, std::ceil(g.length * charWidth * scale / width));
    } // else no width yet: the view sets one before anything is shown, and all is redone then
    return lines * lineAdvance;
}

} // namespace lede::ui
