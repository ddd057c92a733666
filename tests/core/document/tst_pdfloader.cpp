// Tests for the PDF loader on PDFs written here: paragraphs rebuilt from lines, hyphenation repaired,
// headings by size, running headers and page numbers dropped, metadata and reference date; refusals for a
// scan without text, a password-protected file and a damaged one.
#include "PdfFixtures.h"

#include "common/Utf.h"
#include "document/DocumentLoader.h"
#include "document/PdfLoader.h"

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

class TestPdfLoader final : public QObject
{
    Q_OBJECT

private slots:
    void pdf_rebuildsParagraphsHeadingsAndLists()
    {
        auto result = loadDocumentFromBytes(makeFerryPdf(), "ferry.pdf");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        const auto blocks = blocksOf(*result);
        const std::vector<std::pair<BlockKind, std::string>> expected = {
            {BlockKind::Heading, "Ferry timetable changes for the islands"},
            {BlockKind::Paragraph,
             "The ferry company announced on Tuesday that its winter crossings to Marra and "
             "Tolsey will run on twice a day from next month."},
            {BlockKind::Paragraph,
             "Local councillor Ruth Abernathy welcomed the news but warned that the older "
             "boats need repairs before the busy summer season starts."},
            {BlockKind::Heading, "What changes"},
            {BlockKind::Paragraph,
             "Morning sailings leave at seven and the evening sailings leave at six, with a "
             "late boat on Friday."},
            {BlockKind::Paragraph,
             "Passengers who travel with bicycles should book a place on the boat at least one "
             "day in advance, the company said in its statement."},
            {BlockKind::ListItem, "Tickets go on sale on Monday."},
            {BlockKind::ListItem, "Season passes stay valid until June."},
            {BlockKind::Paragraph, "The changes were first proposed two years ago."},
        };
        for (size_t i = 0; i < std::min(blocks.size(), expected.size()); ++i) {
            QCOMPARE(QString::fromStdString(blocks[i].second), QString::fromStdString(expected[i].second));
            QCOMPARE(blocks[i].first, expected[i].first);
        }
        QCOMPARE(blocks.size(), expected.size());
        QCOMPARE(result->blocks[0].level, 1);
        QCOMPARE(result->blocks[3].level, 2);
        QVERIFY(result->text.find(u"Coastal Weekly") == std::u16string::npos);
        QVERIFY(result->text.find(u"Page ") == std::u16string::npos);
    }

    void pdf_takesTitleAuthorAndDateFromTheInformation()
    {
        auto result = loadDocumentFromBytes(makeFerryPdf(), "ferry.pdf");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Pdf);
        QCOMPARE(result->meta.title, std::string("Ferry timetable changes"));
        QCOMPARE(result->meta.author, std::string("Mara Quist"));
        QCOMPARE(result->meta.publishedDate, std::string("2024-03-05"));
    }

    void pdf_withPlaceholderTitle_usesTheFirstHeading()
    {
        auto result = loadDocumentFromBytes(makePdf(ferryPages(), "/Title (Microsoft Word - ferry_v3.docx)"), "f.pdf");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.title, std::string("Ferry timetable changes for the islands"));
        QVERIFY(result->meta.publishedDate.empty());
    }

    void pdf_isRecognisedWithoutItsExtension()
    {
        auto result = loadDocumentFromBytes(makeFerryPdf(), "download");
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Pdf);
    }

    void pdfWithoutText_reportsNoTextLayer()
    {
        auto result = loadDocumentFromBytes(makePdf({{}, {}}, "/Title (Scan)"), "scan.pdf");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::NoTextLayer);
    }

    void pdfWithPassword_reportsEncrypted()
    {
        // The standard security handler with a user password: the empty password does not open it.
        const std::string o(32, 'o');
        const std::string u(32, 'u');
        const std::string encrypt = "<< /Filter /Standard /V 1 /R 2 /O (" + o + ") /U (" + u + ") /P -4 >>";
        const std::string pdf = makePdf(ferryPages(), "", encrypt,
                                        "/Encrypt 11 0 R /ID [<00112233445566778899aabbccddeeff> "
                                        "<00112233445566778899aabbccddeeff>]");
        auto result = loadDocumentFromBytes(pdf, "locked.pdf");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Encrypted);
    }

    void damagedPdf_isMalformed()
    {
        auto result = loadDocumentFromBytes(std::string("%PDF-1.4\nthis is not a PDF body at all\n"), "broken.pdf");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
    }

    void pdfDate_data()
    {
        QTest::addColumn<QString>("pdf");
        QTest::addColumn<QString>("iso");
        QTest::newRow("full") << "D:20240305143000+01'00'" << "2024-03-05";
        QTest::newRow("date only") << "D:19991231" << "1999-12-31";
        QTest::newRow("no prefix") << "20200229120000Z" << "2020-02-29";
        QTest::newRow("not a leap year") << "D:20210229" << "";
        QTest::newRow("year only") << "D:2024" << "";
        QTest::newRow("month 13") << "D:20241301" << "";
        QTest::newRow("letters") << "D:2024ab01" << "";
    }

    void pdfDate()
    {
        QFETCH(QString, pdf);
        QFETCH(QString, iso);
        QCOMPARE(QString::fromStdString(isoDateOfPdfDate(pdf.toStdString())), iso);
    }
};

QTEST_APPLESS_MAIN(TestPdfLoader)
#include "tst_pdfloader.moc"
