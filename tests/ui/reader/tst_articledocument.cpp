// Tests the article document contract: one QTextBlock per core::Block with the same text, list
// markers and heading sizes as formatting only, and character-exact inline spans.
#include "document/Document.h"
#include "document/DocumentLoader.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleLayout.h"
#include "reader/ArticleStyle.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace lede;

namespace {

core::Block block(core::BlockKind kind, int32_t start, int32_t end, int level = 0, bool ordered = false)
{
    core::Block b;
    b.kind = kind;
    b.level = level;
    b.ordered = ordered;
    b.range = {start, end};
    return b;
}

// Builds a Document from lines; each line becomes one block of the given kind, joined by '\n'.
struct DocBuilder
{
    core::Document doc;
    core::Block &add(const std::u16string &line, core::BlockKind kind, int level = 0, bool ordered = false)
    {
        if (!doc.text.empty())
            doc.text += u'\n';
        const auto start = static_cast<int32_t>(doc.text.size());
        doc.text += line;
        doc.blocks.push_back(block(kind, start, static_cast<int32_t>(doc.text.size()), level, ordered));
        return doc.blocks.back();
    }
};

QString coreText(const core::Document &doc, const core::Block &b)
{
    return QString(reinterpret_cast<const QChar *>(doc.text.data() + b.range.start), b.range.length());
}

void verifyContract(const core::Document &doc, const QTextDocument &text)
{
    QCOMPARE(text.blockCount(), std::max<int>(1, static_cast<int>(doc.blocks.size())));
    QTextBlock tb = text.begin();
    for (std::size_t i = 0; i < doc.blocks.size(); ++i, tb = tb.next()) {
        QVERIFY(tb.isValid());
        QCOMPARE(tb.length() - 1, doc.blocks[i].range.length()); // length() counts the block separator
        QCOMPARE(tb.text(), lede::ui::ArticleDocumentBuilder::blockText(doc, i));
    }
}

} // namespace

class TestArticleDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_mapOneToOneWithSameText();
    void sampleArticle_blockCountAndTextsEqualCoreDocument();
    void formattingFixture_everyBlockKindKeepsTheContract();
    void breakCharactersInsideBlock_replacedKeepingLength_data();
    void breakCharactersInsideBlock_replacedKeepingLength();
    void listItems_areQTextListsWithoutMarkerCharacters();
    void orderedListStartingAtSeven_keepsTheSourceNumbers();
    void headings_areLargerThanBodyAndScaleWithDefaultFont();
    void inlineSpans_formatExactlyTheirCharacters();
    void emojiBeforeLink_keepsOffsets();
    void overlappingAndNestedSpans_formatEachRunByEverySpanOverIt();
    void deeplyNestedEmphasis_workGrowsLinearly();
    void emptyDocument_givesOneEmptyBlock();
    void outOfRangeBlocks_areClampedNotCrashing();
    void stopRequested_returnsNull();

private:
    lede::ui::ArticleDocumentBuilder builder{lede::ui::ArticleStyle::fromApplication()};
};

void TestArticleDocument::blocks_mapOneToOneWithSameText()
{
    DocBuilder d;
    d.add(u"Title", core::BlockKind::Heading, 1);
    d.add(u"First paragraph.", core::BlockKind::Paragraph);
    d.add(u"", core::BlockKind::Paragraph);
    d.add(u"A quote.", core::BlockKind::BlockQuote);
    d.add(u"int main()\u2028{\u2028}", core::BlockKind::Preformatted);
    d.add(u"Last.", core::BlockKind::Paragraph);
    const auto text = builder.build(d.doc);
    QVERIFY(text);
    verifyContract(d.doc, *text);
    QCOMPARE(text->begin().blockFormat().headingLevel(), 1);
    // U+2028 inside preformatted text stays a line separator, not a new block.
    QCOMPARE(text->findBlockByNumber(4).text(), QStringLiteral("int main()\u2028{\u2028}"));
}

void TestArticleDocument::sampleArticle_blockCountAndTextsEqualCoreDocument()
{
    const QString path = QStringLiteral(LEDE_SOURCE_DIR "/resources/data/samples/sample-article.md");
    QVERIFY2(QFile::exists(path), "the shipped sample article is missing"); // shipped data is part of the product
    auto loaded = core::loadDocument(std::filesystem::path(QFile::encodeName(path).toStdString()));
    QVERIFY(loaded.ok());
    const core::Document &doc = loaded.value();
    QVERIFY(doc.blocks.size() > 5);
    const auto text = builder.build(doc);
    QVERIFY(text);
    verifyContract(doc, *text);
    // Here the texts are also identical to the core's, character for character.
    QTextBlock tb = text->begin();
    for (const core::Block &b : doc.blocks) {
        QCOMPARE(tb.text(), coreText(doc, b));
        tb = tb.next();
    }
}

void TestArticleDocument::formattingFixture_everyBlockKindKeepsTheContract()
{
    const QString path = QStringLiteral(LEDE_TEST_DATA_DIR "/ui/formatting.md");
    auto loaded = core::loadDocument(std::filesystem::path(QFile::encodeName(path).toStdString()));
    QVERIFY(loaded.ok());
    const core::Document &doc = loaded.value();
    const auto text = builder.build(doc);
    QVERIFY(text);
    verifyContract(doc, *text);

    QSet<int> kinds;
    int lists = 0, preformatted = 0;
    QTextBlock tb = text->begin();
    for (const core::Block &b : doc.blocks) {
        kinds.insert(static_cast<int>(b.kind));
        if (b.kind == core::BlockKind::ListItem) {
            QVERIFY2(tb.textList(), qPrintable(tb.text()));
            ++lists;
        } else {
            QVERIFY(!tb.textList());
        }
        if (b.kind == core::BlockKind::Preformatted) {
            QVERIFY(QTextCursor(tb).blockCharFormat().fontFixedPitch());
            ++preformatted;
        }
        tb = tb.next();
    }
    QCOMPARE(kinds.size(), 5); // the fixture has every block kind
    QVERIFY(lists >= 6);
    QCOMPARE(preformatted, 1);
}

void TestArticleDocument::breakCharactersInsideBlock_replacedKeepingLength_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\u2028b");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\u2028b");
    QTest::newRow("crlf keeps two") << QStringLiteral("a\r\nb") << QStringLiteral("a\u2028\u2028b");
    QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b") << QStringLiteral("a\u2028b");
    QTest::newRow("frame markers") << QStringLiteral("\uFDD0x\uFDD1") << QStringLiteral("\uFFFDx\uFFFD");
    QTest::newRow("plain unchanged") << QStringLiteral("na\u00efve \U0001F600") << QStringLiteral("na\u00efve \U0001F600");
}

void TestArticleDocument::breakCharactersInsideBlock_replacedKeepingLength()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    DocBuilder d;
    d.add(u"before", core::BlockKind::Paragraph);
    d.add(input.toStdU16String(), core::BlockKind::Paragraph);
    d.add(u"after", core::BlockKind::Paragraph);
    const auto text = builder.build(d.doc);
    QCOMPARE(text->blockCount(), 3);
    QCOMPARE(text->findBlockByNumber(1).text(), shown);
    QCOMPARE(text->findBlockByNumber(2).text(), QStringLiteral("after"));
}

void TestArticleDocument::listItems_areQTextListsWithoutMarkerCharacters()
{
    DocBuilder d;
    d.add(u"Intro", core::BlockKind::Paragraph);
    d.add(u"one", core::BlockKind::ListItem, 1, true);
    d.add(u"two", core::BlockKind::ListItem, 1, true);
    d.add(u"nested", core::BlockKind::ListItem, 2, false);
    d.add(u"three", core::BlockKind::ListItem, 1, true);
    d.add(u"Outro", core::BlockKind::Paragraph);
    d.add(u"bullet", core::BlockKind::ListItem, 1, false);
    const auto text = builder.build(d.doc);
    verifyContract(d.doc, *text);

    const auto blockAt = [&](int i) { return text->findBlockByNumber(i); };
    QVERIFY(!blockAt(0).textList());
    QTextList *numbered = blockAt(1).textList();
    QVERIFY(numbered);
    QCOMPARE(numbered->format().style(), QTextListFormat::ListDecimal);
    QCOMPARE(blockAt(2).textList(), numbered);
    QCOMPARE(blockAt(4).textList(), numbered); // the level-1 list continues after the nested item
    QCOMPARE(numbered->count(), 3);
    QCOMPARE(numbered->itemText(blockAt(4)), QStringLiteral("3."));
    QTextList *nested = blockAt(3).textList();
    QVERIFY(nested && nested != numbered);
    QVERIFY(nested->format().indent() > numbered->format().indent());
    QVERIFY(!blockAt(5).textList());
    QTextList *bullets = blockAt(6).textList();
    QVERIFY(bullets && bullets != numbered);
    QCOMPARE(bullets->format().style(), QTextListFormat::ListDisc);
    QCOMPARE(blockAt(1).text(), QStringLiteral("one")); // the marker is not in the text
}

void TestArticleDocument::orderedListStartingAtSeven_keepsTheSourceNumbers()
{
    DocBuilder d;
    d.add(u"seventh", core::BlockKind::ListItem, 1, true).number = 7;
    d.add(u"eighth", core::BlockKind::ListItem, 1, true).number = 8;
    d.add(u"a bullet", core::BlockKind::ListItem, 1, false);
    const auto text = builder.build(d.doc);
    const int key = lede::ui::ArticleLayout::ListItemNumberProperty;
    QCOMPARE(text->findBlockByNumber(0).blockFormat().intProperty(key), 7);
    QCOMPARE(text->findBlockByNumber(1).blockFormat().intProperty(key), 8);
    QVERIFY(!text->findBlockByNumber(2).blockFormat().hasProperty(key));
}

void TestArticleDocument::headings_areLargerThanBodyAndScaleWithDefaultFont()
{
    DocBuilder d;
    d.add(u"Big", core::BlockKind::Heading, 1);
    d.add(u"Smaller", core::BlockKind::Heading, 2);
    d.add(u"Body", core::BlockKind::Paragraph);
    auto text = builder.build(d.doc);
    // Positions inside each block: the char format there carries the resolved font.
    const auto sizeAt = [&](int blockNo) {
        QTextCursor c(text->findBlockByNumber(blockNo));
        c.movePosition(QTextCursor::NextCharacter);
        return c.charFormat().font().pointSizeF();
    };
    const qreal h1 = sizeAt(0), h2 = sizeAt(1), body = sizeAt(2);
    QVERIFY2(h1 > h2 && h2 > body, qPrintable(QStringLiteral("%1 %2 %3").arg(h1).arg(h2).arg(body)));
    QVERIFY(QTextCursor(text->findBlockByNumber(0)).blockCharFormat().fontWeight() >= QFont::Bold);

    QFont bigger = text->defaultFont();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    text->setDefaultFont(bigger);
    QVERIFY(sizeAt(0) > h1 * 1.5); // zooming the default font zooms the headings too
}

void TestArticleDocument::inlineSpans_formatExactlyTheirCharacters()
{
    DocBuilder d;
    d.add(u"Plain emph strong code link end", core::BlockKind::Paragraph);
    auto span = [&](core::InlineKind k, int32_t s, int32_t e, std::string href = {}) {
        d.doc.spans.push_back(core::InlineSpan{k, {s, e}, std::move(href)});
    };
    span(core::InlineKind::Emphasis, 6, 10);
    span(core::InlineKind::Strong, 11, 17);
    span(core::InlineKind::Code, 18, 22);
    span(core::InlineKind::Link, 23, 27, "https://example.org/");
    const auto text = builder.build(d.doc);
    verifyContract(d.doc, *text);
    const auto formatAt = [&](int pos) {
        QTextCursor c(text.get());
        c.setPosition(pos + 1); // charFormat() is the format of the character before the cursor
        return c.charFormat();
    };
    QVERIFY(!formatAt(5).fontItalic());
    QVERIFY(formatAt(6).fontItalic());
    QVERIFY(formatAt(9).fontItalic());
    QVERIFY(!formatAt(10).fontItalic());
    QVERIFY(formatAt(11).fontWeight() >= QFont::Bold);
    QVERIFY(formatAt(16).fontWeight() >= QFont::Bold);
    QVERIFY(formatAt(17).fontWeight() < QFont::Bold);
    QVERIFY(formatAt(18).fontFixedPitch());
    QVERIFY(!formatAt(22).fontFixedPitch());
    QVERIFY(formatAt(23).isAnchor());
    QCOMPARE(formatAt(26).anchorHref(), QStringLiteral("https://example.org/"));
    QVERIFY(!formatAt(27).isAnchor());
}

void TestArticleDocument::emojiBeforeLink_keepsOffsets()
{
    DocBuilder d;
    d.add(u"Heading", core::BlockKind::Heading, 2);
    d.add(u"\U0001F30D Visit Lyon today", core::BlockKind::Paragraph); // the emoji is two UTF-16 units
    const int32_t blockStart = d.doc.blocks[1].range.start;
    d.doc.spans.push_back(core::InlineSpan{core::InlineKind::Link, {blockStart + 9, blockStart + 13}, "https://lyon.fr"});
    const auto text = builder.build(d.doc);
    verifyContract(d.doc, *text);
    const QTextBlock tb = text->findBlockByNumber(1);
    QTextCursor c(tb);
    c.setPosition(tb.position() + 9);
    c.setPosition(tb.position() + 13, QTextCursor::KeepAnchor);
    QCOMPARE(c.selectedText(), QStringLiteral("Lyon"));
    c.setPosition(tb.position() + 10);
    QVERIFY(c.charFormat().isAnchor());
    c.setPosition(tb.position() + 9);
    QVERIFY(!c.charFormat().isAnchor()); // the space before "Lyon"
}

void TestArticleDocument::emptyDocument_givesOneEmptyBlock()
{
    const core::Document empty;
    const auto text = builder.build(empty);
    QVERIFY(text);
    QCOMPARE(text->blockCount(), 1);
    QVERIFY(text->begin().text().isEmpty());
}

void TestArticleDocument::outOfRangeBlocks_areClampedNotCrashing()
{
    core::Document doc;
    doc.text = u"short";
    doc.blocks.push_back(block(core::BlockKind::Paragraph, 0, 3));
    doc.blocks.push_back(block(core::BlockKind::Paragraph, 3, 999));
    doc.blocks.push_back(block(core::BlockKind::Paragraph, -5, 2));
    doc.spans.push_back(core::InlineSpan{core::InlineKind::Strong, {-3, 1000}, {}});
    const auto text = builder.build(doc);
    QVERIFY(text);
    QCOMPARE(text->blockCount(), 3);
    QCOMPARE(text->findBlockByNumber(1).text(), QStringLiteral("rt"));
    QCOMPARE(text->findBlockByNumber(2).text(), QStringLiteral("sh"));
}

void TestArticleDocument::overlappingAndNestedSpans_formatEachRunByEverySpanOverIt()
{
    DocBuilder d;
    d.add(u"abcdefghijklmnopqrstuvwxyz", core::BlockKind::Paragraph);
    auto span = [&](core::InlineKind k, int32_t s, int32_t e) {
        d.doc.spans.push_back(core::InlineSpan{k, {s, e}, {}});
    };
    span(core::InlineKind::Emphasis, 0, 10);
    span(core::InlineKind::Emphasis, 2, 6); // emphasis inside emphasis reads upright
    span(core::InlineKind::Strong, 4, 14);  // overlaps the first, does not nest in it
    span(core::InlineKind::Code, 8, 12);
    span(core::InlineKind::Strong, 20, 20); // empty: formats nothing
    const auto text = builder.build(d.doc);
    verifyContract(d.doc, *text);
    const auto formatAt = [&](int pos) {
        QTextCursor c(text.get());
        c.setPosition(pos + 1);
        return c.charFormat();
    };
    for (int pos = 0; pos < 26; ++pos) {
        const QTextCharFormat f = formatAt(pos);
        const bool italic = (pos < 10) != (pos >= 2 && pos < 6);
        QCOMPARE(f.fontItalic(), italic);
        QCOMPARE(f.fontWeight() >= QFont::Bold, pos >= 4 && pos < 14);
        QCOMPARE(f.fontFixedPitch(), pos >= 8 && pos < 12);
    }
}

// Emphasis nested N deep in one block ("*a *b *c … c* b* a*") used to cost N² format steps; the work now
// grows with N. Counted steps, not time, so the test cannot be flaky.
void TestArticleDocument::deeplyNestedEmphasis_workGrowsLinearly()
{
    const auto workFor = [&](int depth) {
        DocBuilder d;
        d.add(std::u16string(static_cast<std::size_t>(4 * depth), u'x'), core::BlockKind::Paragraph);
        const int32_t length = 4 * depth;
        for (int32_t i = 0; i < depth; ++i)
            d.doc.spans.push_back(core::InlineSpan{core::InlineKind::Emphasis, {2 * i, length - 2 * i}, {}});
        const auto text = builder.build(d.doc);
        verifyContract(d.doc, *text);
        // The innermost run is italic exactly when the depth is odd.
        QTextCursor c(text.get());
        c.setPosition(2 * depth + 1);
        if (c.charFormat().fontItalic() != (depth % 2 == 1))
            return std::uint64_t{0};
        return ui::ArticleDocumentBuilder::lastSpanWork();
    };
    const std::uint64_t small = workFor(500);
    const std::uint64_t large = workFor(2000);
    QVERIFY(small > 0);
    QVERIFY(large > 0);
    // Four times the depth: about four times the work when linear, sixteen when quadratic.
    QVERIFY2(large <= 5 * small, qPrintable(QStringLiteral("%1 vs %2 steps").arg(large).arg(small)));
}

void TestArticleDocument::stopRequested_returnsNull()
{
    DocBuilder d;
    for (int i = 0; i < 1000; ++i)
        d.add(u"paragraph", core::BlockKind::Paragraph);
    core::StopSource stop;
    stop.requestStop();
    QVERIFY(!builder.build(d.doc, stop.token()));
}

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
