// Tests for the DOCX and ODT loaders and the archive checks they share: structure (headings, lists, tables,
// quotes), spans, metadata and reference date, and refusals (zip bombs, path traversal, deep nesting, damage).
#include "OfficeFixtures.h"

#include "common/Utf.h"
#include "document/DocumentLoader.h"
#include "document/ZipArchive.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lede::core;
using namespace lede::test;

namespace {

std::string blockText(const Document &doc, const Block &b)
{
    return utf16ToUtf8(std::u16string_view(doc.text).substr(static_cast<size_t>(b.range.start),
                                                            static_cast<size_t>(b.range.end - b.range.start)));
}

std::string spanText(const Document &doc, const InlineSpan &s)
{
    return utf16ToUtf8(std::u16string_view(doc.text).substr(static_cast<size_t>(s.range.start),
                                                            static_cast<size_t>(s.range.end - s.range.start)));
}

const Block *findBlock(const Document &doc, const std::string &text)
{
    for (const Block &b : doc.blocks)
        if (blockText(doc, b) == text)
            return &b;
    return nullptr;
}

bool hasSpan(const Document &doc, InlineKind kind, const std::string &text)
{
    for (const InlineSpan &s : doc.spans)
        if (s.kind == kind && spanText(doc, s) == text)
            return true;
    return false;
}

void checkInvariants(const Document &doc)
{
    int32_t last = 0;
    for (const Block &b : doc.blocks) {
        QVERIFY(b.range.start >= last && b.range.end >= b.range.start);
        QVERIFY(b.range.end <= static_cast<int32_t>(doc.text.size()));
        QVERIFY(std::u16string_view(doc.text)
                    .substr(static_cast<size_t>(b.range.start), static_cast<size_t>(b.range.end - b.range.start))
                    .find(u'\n')
                == std::u16string_view::npos);
        last = b.range.end;
    }
    for (const Table &t : doc.tables)
        for (int i = t.firstBlock; i < t.firstBlock + t.blockCount; ++i)
            QCOMPARE(doc.blocks[static_cast<size_t>(i)].kind, BlockKind::TableCell);
}

// An entry of `size` letters whose directory entries claim `claimed` bytes once inflated.
std::string zipWithLyingSize(size_t size, uint32_t claimed, bool store)
{
    std::string zip = makeZip({{"content.xml", std::string(size, 'a'), store}});
    const auto patch = [&](size_t at) {
        for (int i = 0; i < 4; ++i)
            zip[at + static_cast<size_t>(i)] = static_cast<char>((claimed >> (8 * i)) & 0xFF);
    };
    const size_t local = zip.find(std::string("PK\x03\x04", 4));
    const size_t central = zip.find(std::string("PK\x01\x02", 4));
    patch(local + 22);
    patch(central + 24);
    return zip;
}

} // namespace

class TestOfficeLoaders final : public QObject
{
    Q_OBJECT

private slots:
    void docx_readsStructureSpansAndMetadata()
    {
        auto result = loadDocumentFromBytes(makeDocx(), "lanterns.docx");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        const Document &doc = *result;
        checkInvariants(doc);
        QCOMPARE(doc.meta.format, SourceFormat::Docx);
        QCOMPARE(doc.meta.title, std::string("Lanterns over the Kellwick harbour"));
        QCOMPARE(doc.meta.author, std::string("Ines Marwood"));
        QCOMPARE(doc.meta.publishedDate, std::string("2023-10-14"));

        const Block *title = findBlock(doc, "Lanterns over the harbour");
        QVERIFY(title && title->kind == BlockKind::Heading && title->level == 1);
        const Block *h1 = findBlock(doc, "How it began");
        QVERIFY(h1 && h1->kind == BlockKind::Heading && h1->level == 1);
        const Block *h2 = findBlock(doc, "The route");
        QVERIFY(h2 && h2->kind == BlockKind::Heading && h2->level == 2);
        QVERIFY(findBlock(doc,
                          "The fishing town of Kellwick lit four hundred paper lanterns on Saturday, a week "
                          "after the storm."));
        const Block *second = findBlock(doc, "Walk to the lighthouse.");
        QVERIFY(second && second->kind == BlockKind::ListItem && second->ordered && second->number == 2);
        const Block *bullet = findBlock(doc, "Bring a warm coat.");
        QVERIFY(bullet && bullet->kind == BlockKind::ListItem && !bullet->ordered);
        const Block *quote = findBlock(doc, "We wanted the harbour to feel warm again.");
        QVERIFY(quote && quote->kind == BlockKind::BlockQuote);
        QVERIFY(!findBlock(doc, "Removed words.") && doc.text.find(u"PAGE") == std::u16string::npos);
        // The line break stays inside its paragraph.
        QVERIFY(findBlock(doc,
                          "Organiser Tomas Brenner said the idea came from his grandmother.\u2028See the photo "
                          "gallery."));

        QCOMPARE(doc.tables.size(), size_t(1));
        const Table &table = doc.tables[0];
        QCOMPARE(table.rows, 3);
        QCOMPARE(table.columns, 2);
        QCOMPARE(table.blockCount, 6);
        const Block &header = doc.blocks[static_cast<size_t>(table.firstBlock + 1)];
        QCOMPARE(blockText(doc, header), std::string("Lanterns"));
        QVERIFY(header.header && header.row == 0 && header.column == 1);
        const Block &cell = doc.blocks[static_cast<size_t>(table.firstBlock + 3)];
        QCOMPARE(blockText(doc, cell), std::string("310"));
        QVERIFY(!cell.header && cell.row == 1 && cell.column == 1);
        QVERIFY(doc.blocks[static_cast<size_t>(table.firstBlock + 5)].range.empty()); // the empty cell is kept

        QVERIFY(hasSpan(doc, InlineKind::Emphasis, "four hundred"));
        QVERIFY(hasSpan(doc, InlineKind::Strong, "Tomas Brenner"));
        QVERIFY(hasSpan(doc, InlineKind::Emphasis, "grandmother")); // two runs, one span
        QVERIFY(hasSpan(doc, InlineKind::Link, "photo gallery"));
    }

    void docx_withoutCoreTitle_usesTheTitleParagraph()
    {
        const std::string zip = makeZip({{"_rels/.rels", docxPackageRels()},
                                         {"word/document.xml", docxDocument(kDocxBody)},
                                         {"word/styles.xml", kDocxStyles}});
        auto result = loadDocumentFromBytes(zip, "untitled.docx");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.title, std::string("Lanterns over the harbour"));
        QVERIFY(result->meta.publishedDate.empty());
    }

    void docx_isRecognisedWithoutItsExtension()
    {
        auto result = loadDocumentFromBytes(makeDocx(), "download");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Docx);
    }

    void odt_readsStructureSpansAndMetadata()
    {
        auto result = loadDocumentFromBytes(makeOdt(), "orchard.odt");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        const Document &doc = *result;
        checkInvariants(doc);
        QCOMPARE(doc.meta.format, SourceFormat::Odt);
        QCOMPARE(doc.meta.title, std::string("The orchard census"));
        QCOMPARE(doc.meta.author, std::string("Pavel Ostrowski"));
        QCOMPARE(doc.meta.publishedDate, std::string("2022-05-09"));
        QCOMPARE(doc.meta.language, std::string("en-GB"));

        const Block *title = findBlock(doc, "Counting the apple trees");
        QVERIFY(title && title->kind == BlockKind::Heading && title->level == 1);
        const Block *h2 = findBlock(doc, "What they found");
        QVERIFY(h2 && h2->kind == BlockKind::Heading && h2->level == 2);
        // Whitespace collapses; text:s keeps its spaces; the note's body is left out.
        QVERIFY(findBlock(doc, "Volunteers in Aldermoor counted every tree  in the old orchard last spring."));
        QVERIFY(doc.text.find(u"not part of the story") == std::u16string::npos);
        QVERIFY(doc.text.find(u"Boxed aside") == std::u16string::npos);
        const Block *tag = findBlock(doc, "Tag each tree.");
        QVERIFY(tag && tag->kind == BlockKind::ListItem && tag->ordered && tag->number == 2 && tag->level == 1);
        const Block *nested = findBlock(doc, "Use blue tags for pears.");
        QVERIFY(nested && nested->kind == BlockKind::ListItem && nested->level == 2);
        const Block *gloves = findBlock(doc, "Bring gloves.");
        QVERIFY(gloves && gloves->kind == BlockKind::ListItem && !gloves->ordered);
        const Block *quote = findBlock(doc, "An orchard is a slow kind of library.");
        QVERIFY(quote && quote->kind == BlockKind::BlockQuote);

        QCOMPARE(doc.tables.size(), size_t(1));
        QCOMPARE(doc.tables[0].rows, 2);
        QCOMPARE(doc.tables[0].columns, 2);
        const Block &head = doc.blocks[static_cast<size_t>(doc.tables[0].firstBlock)];
        QVERIFY(head.header && blockText(doc, head) == "Variety");
        const Block &last = doc.blocks[static_cast<size_t>(doc.tables[0].firstBlock + 3)];
        QVERIFY(!last.header && blockText(doc, last) == "41");

        QVERIFY(hasSpan(doc, InlineKind::Emphasis, "every"));
        QVERIFY(hasSpan(doc, InlineKind::Strong, "Greta Holm"));
        QVERIFY(hasSpan(doc, InlineKind::Link, "the parish page"));
    }

    void odt_isRecognisedByItsMimetypeEntry()
    {
        auto result = loadDocumentFromBytes(makeOdt(), "no-extension");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Odt);
    }

    void zipBomb_isRefusedBeforeInflating()
    {
        // 50 MB of one letter deflates to about 50 KB: a ratio near 1000.
        const std::string bomb = makeZip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                          {"content.xml", std::string(50u << 20, 'a')}});
        QElapsedTimer timer;
        timer.start();
        auto result = loadDocumentFromBytes(bomb, "bomb.odt");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
        QVERIFY2(result.error().detail.find("zip bomb") != std::string::npos, result.error().detail.c_str());
        qInfo("refused in %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void zipLimits_refuseTooManyEntriesAndTooMuchInTotal()
    {
        std::vector<ZipEntry> entries;
        for (int i = 0; i < 30; ++i)
            entries.push_back({"part" + std::to_string(i) + ".xml", std::string(1000, 'x')});
        const std::string zip = makeZip(entries);
        ZipLimits few;
        few.maxEntries = 20;
        QVERIFY(!ZipArchive::open(zip, few).ok());
        ZipLimits small;
        small.maxTotalBytes = 20000;
        auto refused = ZipArchive::open(zip, small);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, LoadError::Code::Malformed);
        QVERIFY(ZipArchive::open(zip).ok());
    }

    void zipEntry_longerThanDeclared_isRefused()
    {
        const std::string stored = zipWithLyingSize(100000, 100, true), deflated = zipWithLyingSize(100000, 100, false);
        QVERIFY(!ZipArchive::open(stored).ok()); // stored: the two sizes disagree
        auto zip = ZipArchive::open(deflated);   // the archive reads the bytes in place: they outlive it
        QVERIFY(zip.ok());
        auto read = (*zip)->read("content.xml");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, LoadError::Code::Malformed);
    }

    void zipEntries_outsideTheArchive_areIgnored()
    {
        const std::string zip = makeZip({{"../escape.xml", "<a/>"},
                                         {"/etc/absolute.xml", "<a/>"},
                                         {"dir/../../up.xml", "<a/>"},
                                         {"inside/ok.xml", "<a/>"}});
        auto archive = ZipArchive::open(zip);
        QVERIFY(archive.ok());
        QVERIFY(!(*archive)->contains("../escape.xml"));
        QVERIFY(!(*archive)->contains("/etc/absolute.xml"));
        QVERIFY(!(*archive)->contains("dir/../../up.xml"));
        QVERIFY((*archive)->contains("inside/ok.xml"));
    }

    void resolveArchivePath_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative") << "OEBPS/" << "text/ch1.xhtml" << "OEBPS/text/ch1.xhtml";
        QTest::newRow("up one") << "OEBPS/text/" << "../style.css" << "OEBPS/style.css";
        QTest::newRow("escapes") << "OEBPS/" << "../../secret" << "";
        QTest::newRow("absolute is archive root") << "OEBPS/" << "/word/x.xml" << "word/x.xml";
        QTest::newRow("percent and fragment") << "" << "My%20Chapter.xhtml#p3" << "My Chapter.xhtml";
        QTest::newRow("url") << "" << "https://example.org/a" << "";
    }

    void resolveArchivePath()
    {
        QFETCH(QString, base);
        QFETCH(QString, href);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(lede::core::resolveArchivePath(base.toStdString(), href.toStdString())),
                 expected);
    }

    void docx_mainPartOutsideTheArchive_isRefused()
    {
        auto result = loadDocumentFromBytes(makeDocx(kDocxBody, "../../document.xml"), "escape.docx");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
    }

    void deepNesting_isRefusedQuickly_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("docx") << "docx";
        QTest::newRow("odt") << "odt";
    }

    void deepNesting_isRefusedQuickly()
    {
        QFETCH(QString, format);
        // Short names keep the entry under the size where the compression-ratio check starts.
        std::string nested;
        for (int i = 0; i < 100000; ++i)
            nested += "<a>";
        for (int i = 0; i < 100000; ++i)
            nested += "</a>";
        const std::string file = format == QLatin1String("docx") ? makeDocx("<w:p>" + nested + "</w:p>")
                                                                 : makeOdt("<text:p>" + nested + "</text:p>");
        QElapsedTimer timer;
        timer.start();
        auto result = loadDocumentFromBytes(file, "deep." + format.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
        QVERIFY2(result.error().detail.find("nested") != std::string::npos, result.error().detail.c_str());
        qInfo("refused in %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void malformed_namesWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 but nothing after it") << "a.docx" << "ZIP";
        QTest::newRow("no document part")
            << QByteArray::fromStdString(makeZip({{"_rels/.rels", docxPackageRels()}})) << "b.docx" << "document.xml";
        QTest::newRow("broken xml")
            << QByteArray::fromStdString(makeDocx("<w:p><w:r><w:t>unclosed</w:r></w:p>")) << "c.docx" << "XML error";
        QTest::newRow("odt without content")
            << QByteArray::fromStdString(makeZip({{"mimetype", "application/vnd.oasis.opendocument.text", true}}))
            << "d.odt" << "content.xml";
    }

    void malformed_namesWhatIsWrong()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, detail);
        auto result = loadDocumentFromBytes(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())),
                                            name.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
        QVERIFY2(result.error().detail.find(detail.toStdString()) != std::string::npos, result.error().detail.c_str());
    }
};

QTEST_APPLESS_MAIN(TestOfficeLoaders)
#include "tst_officeloaders.moc"
