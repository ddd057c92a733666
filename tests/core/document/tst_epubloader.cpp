// Tests for the EPUB loader: spine order, chapters as level-1 headings (titles from the navigation document or
// the chapter), tables carried over, metadata with the reference date, and refusals.
#include "EpubFixtures.h"

#include "common/Utf.h"
#include "document/DocumentLoader.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;

namespace {

std::vector<std::pair<BlockKind, std::string>> blocksOf(const Document &doc)
{
    std::vector<std::pair<BlockKind, std::string>> out;
    for (const Block &b : doc.blocks)
        out.emplace_back(b.kind,
                         utf16ToUtf8(std::u16string_view(doc.text).substr(
                             static_cast<size_t>(b.range.start), static_cast<size_t>(b.range.end - b.range.start))));
    return out;
}

} // namespace

class TestEpubLoader final : public QObject
{
    Q_OBJECT

private slots:
    void epub_readsChaptersInSpineOrderAsHeadings()
    {
        auto result = loadDocumentFromBytes(makeEpub(), "marsh.epub");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        const Document &doc = *result;
        const auto blocks = blocksOf(doc);
        const std::vector<std::pair<BlockKind, std::string>> expected = {
            {BlockKind::Heading, "The tide tables"}, // from the navigation document: the chapter has no heading
            {BlockKind::Paragraph, "High water came twice a day, never at the same hour."},
            {BlockKind::Heading, "Arrival"},
            {BlockKind::Paragraph, "We reached the marsh on a grey morning, and the curlews were already calling."},
            {BlockKind::Heading, "The house"},
            {BlockKind::Paragraph, "The cottage had two rooms and a stove."},
            {BlockKind::Heading, "Birds we saw"},
            {BlockKind::TableCell, "Bird"},
            {BlockKind::TableCell, "Count"},
            {BlockKind::TableCell, "Redshank"},
            {BlockKind::TableCell, "12"},
        };
        for (size_t i = 0; i < std::min(blocks.size(), expected.size()); ++i) {
            QCOMPARE(QString::fromStdString(blocks[i].second), QString::fromStdString(expected[i].second));
            QCOMPARE(blocks[i].first, expected[i].first);
        }
        QCOMPARE(blocks.size(), expected.size());
        QCOMPARE(doc.blocks[0].level, 1);
        QCOMPARE(doc.blocks[2].level, 1);
        QCOMPARE(doc.blocks[4].level, 2);
        QCOMPARE(doc.blocks[6].level, 1);

        QCOMPARE(doc.tables.size(), size_t(1));
        QCOMPARE(doc.tables[0].firstBlock, 7);
        QCOMPARE(doc.tables[0].rows, 2);
        QVERIFY(doc.blocks[7].header && doc.blocks[7].table == 0);
        bool emphasis = false;
        for (const InlineSpan &s : doc.spans)
            emphasis = emphasis
                || (s.kind == InlineKind::Emphasis
                    && doc.text.substr(static_cast<size_t>(s.range.start),
                                       static_cast<size_t>(s.range.end - s.range.start))
                        == u"curlews");
        QVERIFY(emphasis);
    }

    void epub_keepsTitleAuthorDateAndLanguage()
    {
        auto result = loadDocumentFromBytes(makeEpub(), "marsh.epub");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Epub);
        QCOMPARE(result->meta.title, std::string("Letters from the Salt Marsh"));
        QCOMPARE(result->meta.author, std::string("Hedda Lindqvist"));
        QCOMPARE(result->meta.publishedDate, std::string("2019-04-23"));
        QCOMPARE(result->meta.language, std::string("en"));
    }

    void epub_isRecognisedByItsMimetypeEntry()
    {
        auto result = loadDocumentFromBytes(makeEpub(), "book");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Epub);
    }

    void epub_chapterOutsideTheArchive_isSkipped()
    {
        const std::string opf =
            epubOpf("<item id=\"evil\" href=\"../../../etc/passwd.xhtml\" media-type=\"application/xhtml+xml\"/>",
                    "<itemref idref=\"evil\"/>");
        auto result = loadDocumentFromBytes(
            makeEpub(opf, {{"etc/passwd.xhtml", xhtmlChapter("x", "<p>Not in the book.</p>")}}), "escape.epub");
        QVERIFY(result.ok());
        QVERIFY(result->text.find(u"Not in the book") == std::u16string::npos);
    }

    void epub_deeplyNestedChapter_isRefused()
    {
        std::string deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<div>";
        const std::string opf = epubOpf("<item id=\"deep\" href=\"deep.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                        "<itemref idref=\"deep\"/>");
        auto result =
            loadDocumentFromBytes(makeEpub(opf, {{"OEBPS/deep.xhtml", xhtmlChapter("d", deep)}}), "deep.epub");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
        QVERIFY2(result.error().detail.find("deep.xhtml") != std::string::npos, result.error().detail.c_str());
    }

    void malformedEpub_namesWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no container")
            << QByteArray::fromStdString(makeZip({{"mimetype", "application/epub+zip", true}})) << "container.xml";
        QTest::newRow("empty spine")
            << QByteArray::fromStdString(makeEpub("<package xmlns=\"http://www.idpf.org/2007/opf\"><spine/></package>"))
            << "spine";
        QTest::newRow("broken package") << QByteArray::fromStdString(makeEpub("<package><spine>")) << "content.opf";
    }

    void malformedEpub_namesWhatIsWrong()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        auto result =
            loadDocumentFromBytes(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), "bad.epub");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
        QVERIFY2(result.error().detail.find(detail.toStdString()) != std::string::npos, result.error().detail.c_str());
    }
};

QTEST_APPLESS_MAIN(TestEpubLoader)
#include "tst_epubloader.moc"
