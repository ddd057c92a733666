// Tests for web pages: the article without its boilerplate (menus, cookie banner, share bar, tags, related
// links, comments, sidebar, footer), its metadata, tables and captions, encodings, the nesting guard, and the
// XHTML path other loaders use without extraction. The pages are our own fixtures; nothing is fetched.
#include "analysis/Analysis.h"
#include "document/DocumentLoader.h"
#include "document/HtmlDepthGuard.h"
#include "document/HtmlDocument.h"
#include "document/HtmlMetadata.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace lede::core;

namespace {

QString q(std::u16string_view s)
{
    return QString::fromStdU16String(std::u16string(s));
}

QString blockText(const Document &doc, size_t i)
{
    const TextRange r = doc.blocks.at(i).range;
    return q(std::u16string_view(doc.text).substr(size_t(r.start), size_t(r.length())));
}

QString spanText(const Document &doc, const InlineSpan &s)
{
    return q(std::u16string_view(doc.text).substr(size_t(s.range.start), size_t(s.range.length())));
}

std::string readFixture(const char *name)
{
    std::ifstream in(std::string(LEDE_TEST_DATA_DIR) + "/document/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// "kind:level:text" per block.
QStringList describeBlocks(const Document &doc)
{
    static const char *names[] = {"H", "P", "LI", "Q", "PRE", "CELL", "CAP"};
    QStringList out;
    for (size_t i = 0; i < doc.blocks.size(); ++i)
        out << QStringLiteral("%1:%2:%3")
                   .arg(QLatin1String(names[int(doc.blocks[i].kind)]))
                   .arg(doc.blocks[i].level)
                   .arg(blockText(doc, i));
    return out;
}

Document loadPage(std::string_view bytes, const std::string &name = "page.html")
{
    auto result = loadDocumentFromBytes(bytes, name);
    if (!result) {
        qWarning("load failed: %s", result.error().detail.c_str());
        return {};
    }
    return std::move(result).value();
}

std::string nested(const std::string &open, const std::string &close, int depth)
{
    std::string s = "<!DOCTYPE html><html><body>";
    for (int i = 0; i < depth; ++i)
        s += open;
    s += "deep text";
    for (int i = 0; i < depth; ++i)
        s += close;
    return s + "</body></html>";
}

// A plain article of three paragraphs with `middle` between the first two and `top` above them.
std::string articleAround(const std::string &middle, const std::string &top = {})
{
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Tide gauge</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>"
        + top
        + "<p>The new tide gauge at the north pier records the water level every minute, and the duty officer in "
          "the harbour office can see at a glance whether the evening ferry can berth.</p>"
        + middle
        + "<p>Fishermen asked for it after two winters of guessing, and the board paid for it from the repair "
          "budget, which had money left after the quay wall was finished early.</p>"
          "<p>The readings are posted by the slipway each morning, with the day's high and low water, so that "
          "nobody needs a telephone to plan a trip out of the bay.</p></article>"
          "<footer>The Quay Courier</footer></body></html>";
}

} // namespace

class TestHtmlLoader final : public QObject
{
    Q_OBJECT

private slots:
    void fixturePage_keepsTheArticleInOrder()
    {
        const Document doc = loadPage(readFixture("web-article.html"));
        QCOMPARE(doc.meta.format, SourceFormat::Html);
        QCOMPARE(
            describeBlocks(doc),
            (QStringList{
                QStringLiteral(
                    "P:0:The harbour board confirmed on Monday that the island ferry will run four crossings a day "
                    "from November, down from six, while the older of its two boats goes into dry dock for repairs."),
                QStringLiteral("P:0:Commuters who rely on the early sailing said the change, announced with three "
                               "weeks' notice, would make the morning shift at the cannery hard to reach. The board "
                               "said the first crossing stays at 06:10."),
                QStringLiteral("H:2:What changes"),
                QStringLiteral("LI:1:The 11:30 and 15:30 sailings are withdrawn until March."),
                QStringLiteral("LI:1:Freight bookings move to the new online form."),
                QStringLiteral("CAP:0:Winter departures"),
                QStringLiteral("CELL:0:Port"),
                QStringLiteral("CELL:0:First"),
                QStringLiteral("CELL:0:Last"),
                QStringLiteral("CELL:0:Mainland"),
                QStringLiteral("CELL:0:06:10"),
                QStringLiteral("CELL:0:19:40"),
                QStringLiteral("CELL:0:Island"),
                QStringLiteral("CELL:0:07:05"),
                QStringLiteral("CELL:0:20:35"),
                QStringLiteral("Q:0:We know this is a nuisance, and we will restore the full service as soon as the "
                               "boat is back."),
                QStringLiteral("CAP:0:The older ferry at the quay last spring."),
                QStringLiteral(
                    "P:0:Passengers can check the timetable with the command ferry --winter on the board's kiosk, "
                    "which also lists delays, and a printed copy is posted in the waiting room at both ports."),
            }));
    }

    void fixturePage_dropsEveryKindOfBoilerplate_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("cookie banner") << QStringLiteral("cookies");
        QTest::newRow("menu") << QStringLiteral("Weather");
        QTest::newRow("byline") << QStringLiteral("By Marta");
        QTest::newRow("share bar") << QStringLiteral("Share");
        QTest::newRow("tags") << QStringLiteral("Ferries");
        QTest::newRow("related links") << QStringLiteral("Harbour wall repairs");
        QTest::newRow("comments") << QStringLiteral("Typical.");
        QTest::newRow("sidebar") << QStringLiteral("Most read");
        QTest::newRow("footer") << QStringLiteral("All rights reserved");
        QTest::newRow("script") << QStringLiteral("tracker");
        QTest::newRow("style") << QStringLiteral("position");
    }

    void fixturePage_dropsEveryKindOfBoilerplate()
    {
        QFETCH(QString, words);
        const Document doc = loadPage(readFixture("web-article.html"));
        QVERIFY(!doc.text.empty());
        QVERIFY2(!q(doc.text).contains(words), qPrintable(words));
    }

    void fixturePage_metadataAndReferenceDate()
    {
        const Document doc = loadPage(readFixture("web-article.html"));
        QCOMPARE(doc.meta.title, std::string("Ferry timetable changes for the winter"));
        QCOMPARE(doc.meta.author, std::string("Marta Quill"));
        QCOMPARE(doc.meta.publishedDate, std::string("2025-10-14"));
        QCOMPARE(doc.meta.language, std::string("en-GB"));
        QCOMPARE(doc.meta.encoding, std::string("UTF-8"));
        const ReferenceDate ref = documentReferenceDate(doc, {});
        QVERIFY(ref.date.has_value());
        QCOMPARE(ref.source, ReferenceSource::Metadata);
    }

    void fixturePage_tableHasRowsColumnsAndHeaders()
    {
        const Document doc = loadPage(readFixture("web-article.html"));
        QCOMPARE(doc.tables.size(), size_t(1));
        const Table &t = doc.tables[0];
        QCOMPARE(t.rows, 3);
        QCOMPARE(t.columns, 3);
        QCOMPARE(t.blockCount, 9);
        for (int b = t.firstBlock; b < t.firstBlock + t.blockCount; ++b) {
            const Block &cell = doc.blocks[size_t(b)];
            QCOMPARE(cell.kind, BlockKind::TableCell);
            QCOMPARE(cell.table, 0);
            QCOMPARE(cell.header, cell.row == 0);
        }
        QCOMPARE(doc.blocks[size_t(t.firstBlock + 5)].row, 1);
        QCOMPARE(doc.blocks[size_t(t.firstBlock + 5)].column, 2);
    }

    void fixturePage_inlineSpans()
    {
        const Document doc = loadPage(readFixture("web-article.html"));
        QStringList spans;
        for (const InlineSpan &s : doc.spans)
            spans << QStringLiteral("%1:%2:%3").arg(int(s.kind)).arg(spanText(doc, s), QString::fromStdString(s.href));
        QCOMPARE(spans,
                 (QStringList{QStringLiteral("0:four:"), QStringLiteral("1:first crossing:"),
                              QStringLiteral("3:new online form:/freight"), QStringLiteral("2:ferry --winter:")}));
    }

    void jsonLdArticleBody_dropsParagraphsItDoesNotContain()
    {
        const std::string body =
            "The new tide gauge at the north pier records the water level every minute and sends it to the harbour "
            "office, where the duty officer can see at a glance whether the evening ferry can berth. Fishermen "
            "asked for it after two winters of guessing, and the board paid for it from the repair budget. The "
            "readings will be published on the noticeboard by the slipway each morning, with the day's high and "
            "low water, so that nobody needs a telephone to plan a trip out of the bay.";
        std::string page = "<html><head><script type=\"application/ld+json\">{\"articleBody\":\"" + body
            + "\",\"@type\":\"NewsArticle\"}</script></head><body><article>";
        // The same text in three paragraphs, with a promotion between them that the statement does not contain.
        page += "<p>The new tide gauge at the north pier records the water level every minute and sends it to the "
                "harbour office, where the duty officer can see at a glance whether the evening ferry can berth.</p>"
                "<p>Fishermen asked for it after two winters of guessing, and the board paid for it from the repair "
                "budget.</p><p>Download our free puzzle app today and win prizes every week!</p>"
                "<p>The readings will be published on the noticeboard by the slipway each morning, with the day's "
                "high and low water, so that nobody needs a telephone to plan a trip out of the bay.</p>"
                "</article></body></html>";
        const Document doc = loadPage(page);
        QCOMPARE(doc.blocks.size(), size_t(3));
        QVERIFY(!q(doc.text).contains(QStringLiteral("puzzle")));
    }

    // Short blocks inside the article whose words say they are page furniture. Each row is placed between the
    // paragraphs of an otherwise plain article; the row's text must be gone and the article's three paragraphs kept.
    void boilerplateLines_areDropped_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("gone");
        QTest::newRow("advert label") << QStringLiteral("<div class=\"slot\">Advertisement</div>")
                                      << QStringLiteral("Advertisement");
        QTest::newRow("share label") << QStringLiteral("<p>Share this story</p>") << QStringLiteral("Share this");
        QTest::newRow("comments label") << QStringLiteral("<h3>Comments</h3>") << QStringLiteral("Comments");
        QTest::newRow("read more link")
            << QStringLiteral("<p>Read more: <a href=\"/b\">Lighthouse keeper retires after forty winters</a></p>")
            << QStringLiteral("Lighthouse keeper");
        QTest::newRow("tags line") << QStringLiteral("<p>Tags: <a href=\"/t\">Ferries</a>, harbour</p>")
                                   << QStringLiteral("Ferries");
        QTest::newRow("related title and its link list")
            << QStringLiteral("<div><div><h4>Related stories</h4></div><div><a href=\"/x\"><div>Gulls steal "
                              "chips from the pier kiosk</div></a><a href=\"/y\"><div>Night bus to the ferry "
                              "returns</div></a></div></div>")
            << QStringLiteral("Related stories");
        QTest::newRow("links that wrap whole blocks")
            << QStringLiteral("<div><a href=\"/x\"><div>Gulls steal chips from the pier kiosk</div></a><a "
                              "href=\"/y\"><div>Night bus to the ferry returns</div></a></div>")
            << QStringLiteral("Gulls steal");
        QTest::newRow("newsletter call")
            << QStringLiteral("<p>Get the morning tide report in your inbox: sign up for our newsletter.</p>")
            << QStringLiteral("newsletter");
        QTest::newRow("follow us") << QStringLiteral("<p>Follow the Quay Courier on Instagram and YouTube.</p>")
                                   << QStringLiteral("Instagram");
        QTest::newRow("dateline") << QStringLiteral("<div>Nov. 3, 2026, 9:41 AM GMT</div>")
                                  << QStringLiteral("9:41");
        QTest::newRow("updated time") << QStringLiteral("<p>Updated at 1:23 p.m.</p>")
                                      << QStringLiteral("1:23");
    }

    void boilerplateLines_areDropped()
    {
        QFETCH(QString, html);
        QFETCH(QString, gone);
        const Document doc = loadPage(articleAround(html.toStdString()));
        QVERIFY2(!q(doc.text).contains(gone), qPrintable(q(doc.text)));
        QCOMPARE(doc.blocks.size(), size_t(3));
    }

    // A byline above the article is metadata, not text.
    void bylineAboveTheArticle_isDropped()
    {
        const Document doc = loadPage(articleAround("", "<p>By Ada Lindqvist</p>"));
        QVERIFY(!q(doc.text).contains(QStringLiteral("Lindqvist")));
        QCOMPARE(doc.blocks.size(), size_t(3));
    }

    // Lines that start like furniture but are the article's own words stay.
    void articleLinesThatLookAlike_areKept_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("kept");
        QTest::newRow("sentence starting with By")
            << QStringLiteral("<p>By the end of the week the slipway was dry again.</p>")
            << QStringLiteral("By the end of the week");
        QTest::newRow("read more without a link")
            << QStringLiteral("<p>Read more: the board will publish the full survey in spring.</p>")
            << QStringLiteral("full survey");
        QTest::newRow("date inside a sentence")
            << QStringLiteral("<p>The quay reopened on Nov. 3, 2026 after repairs.</p>")
            << QStringLiteral("The quay reopened");
        QTest::newRow("long paragraph mentioning a newsletter")
            << QStringLiteral("<p>The harbour office used to post its tide tables in a printed newsletter, which "
                              "fishermen collected at the chandlery every Friday; the board stopped printing it in "
                              "2019 and the tables now hang by the slipway instead, where anyone can read them.</p>")
            << QStringLiteral("printed newsletter");
    }

    void articleLinesThatLookAlike_areKept()
    {
        QFETCH(QString, html);
        QFETCH(QString, kept);
        const Document doc = loadPage(articleAround(html.toStdString()));
        QVERIFY2(q(doc.text).contains(kept), qPrintable(q(doc.text)));
        QCOMPARE(doc.blocks.size(), size_t(4));
    }

    void metadata_fallbacks_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("date");
        QTest::newRow("title minus site name, JSON-LD author and date") << QByteArrayLiteral(
            "<html><head><title>Night buses return to the valley - Valley Post</title>"
            "<script type=\"application/ld+json\">[{\"author\":[{\"name\":\"Ana "
            "Brook\"},{\"name\":\"Tom "
            "Reed\"}],\"datePublished\":\"2024-02-29T10:00:00Z\",\"@type\":\"NewsArticle\"}]</script>"
            "</head><body><p>Text.</p></body></html>") << QStringLiteral("Night buses return to the valley")
                                                                        << QStringLiteral("Ana Brook, Tom Reed")
                                                                        << QStringLiteral("2024-02-29");
        QTest::newRow("h1, byline class, time element")
            << QByteArrayLiteral("<html><body><h1>A quiet harvest</h1><p class=\"byline\">By Lena Ford</p>"
                                 "<time datetime=\"2023-09-01\">1 Sept</time><p>Text.</p></body></html>")
            << QStringLiteral("A quiet harvest") << QStringLiteral("Lena Ford") << QStringLiteral("2023-09-01");
        QTest::newRow("date from the canonical URL")
            << QByteArrayLiteral("<html><head><title>Bridge reopens</title><link rel=\"canonical\" "
                                 "href=\"https://news.example/2022/07/03/bridge-reopens?id=20991231\"></"
                                 "head><body><p>Text.</p></body></html>")
            << QStringLiteral("Bridge reopens") << QString() << QStringLiteral("2022-07-03");
        QTest::newRow("an impossible date is no date")
            << QByteArrayLiteral("<html><head><meta property=\"article:published_time\" content=\"2023-02-30\"></head><body><p>Text.</p></body></html>")
            << QString() << QString() << QString();
    }

    void metadata_fallbacks()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, date);
        const Document doc = loadPage(std::string_view(html.constData(), size_t(html.size())));
        QCOMPARE(QString::fromStdString(doc.meta.title), title);
        QCOMPARE(QString::fromStdString(doc.meta.author), author);
        QCOMPARE(QString::fromStdString(doc.meta.publishedDate), date);
    }

    void encoding_metaCharsetWindows1252()
    {
        const Document doc = loadPage(readFixture("web-windows1252.html"));
        QCOMPARE(doc.meta.encoding, std::string("windows-1252"));
        QCOMPARE(doc.meta.language, std::string("fr"));
        QCOMPARE(doc.meta.title, std::string("Caf\xC3\xA9 notes"));
        QVERIFY(q(doc.text).contains(
            QStringLiteral("Le caf\u00e9 du port ouvre \u00e0 sept heures \u2013 et ferme t\u00f4t")));
    }

    void encoding_byteOrderMarks()
    {
        const std::string utf8 = "\xEF\xBB\xBF<html><body><p>Na\xC3\xAFve caf\xC3\xA9</p></body></html>";
        QCOMPARE(q(loadPage(utf8).text), QStringLiteral("Na\u00efve caf\u00e9"));
        const std::u16string page16 = u"<html><body><p>Smile \U0001F600 here</p></body></html>";
        std::string utf16le = "\xFF\xFE";
        for (const char16_t c : page16) {
            utf16le.push_back(char(c & 0xFF));
            utf16le.push_back(char(c >> 8));
        }
        const Document doc = loadPage(utf16le);
        QCOMPARE(doc.meta.encoding, std::string("UTF-16LE"));
        QCOMPARE(q(doc.text), QStringLiteral("Smile \U0001F600 here"));
    }

    void sniffing_fileWithoutExtensionIsHtml()
    {
        const Document doc =
            loadPage("<!-- saved --><!DOCTYPE html><html><body><p>Plain words.</p></body></html>", "page");
        QCOMPARE(doc.meta.format, SourceFormat::Html);
        QCOMPARE(q(doc.text), QStringLiteral("Plain words."));
    }

    void deepNesting_isRefusedBeforeParsing_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("divs") << QStringLiteral("<div>") << QStringLiteral("</div>");
        QTest::newRow("tables") << QStringLiteral("<table><tr><td>") << QString();
        QTest::newRow("unclosed spans") << QStringLiteral("<span>") << QString();
        QTest::newRow("self-closed divs") << QStringLiteral("<div/>") << QString();
    }

    void deepNesting_isRefusedBeforeParsing()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        const std::string page = nested(open.toStdString(), close.toStdString(), 100000);
        QVERIFY(estimateHtmlNesting(page) > kMaxHtmlNesting);
        auto result = loadDocumentFromBytes(page, "deep.html");
        QVERIFY(!result);
        QCOMPARE(result.error().code, LoadError::Code::Malformed);
    }

    void nestingWithinTheLimit_loads()
    {
        const std::string page = nested("<div><b>", "</b></div>", 400);
        QVERIFY(estimateHtmlNesting(page) <= kMaxHtmlNesting);
        const Document doc = loadPage(page);
        QCOMPARE(q(doc.text), QStringLiteral("deep text"));
    }

    void nestingEstimate_followsImpliedEndTags()
    {
        std::string list = "<ul>";
        for (int i = 0; i < 5000; ++i)
            list += "<li><p>item";
        QVERIFY(estimateHtmlNesting(list) < 10);
        QVERIFY(estimateHtmlNesting("<script>" + std::string(5000, '<') + "div></script>") < 5);
    }

    void parserInput_keepsTheLeadingDoctype_leavesOutLaterOnesAndScriptContent_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QByteArray>("parserInput");
        const auto row = [](const char *name, const char *page, const char *expected) {
            QTest::newRow(name) << QByteArray(page) << QByteArray(expected);
        };
        row("leading doctype", "<!DOCTYPE html><p>Tide</p>", "<!DOCTYPE html><p>Tide</p>");
        row("after a comment and a line break", "<!-- x -->\n<!doctype html><p>Tide</p>",
            "<!-- x -->\n<!doctype html><p>Tide</p>");
        row("after an XML declaration", "<?xml version=\"1.0\"?><!DOCTYPE html><p>Tide</p>",
            "<?xml version=\"1.0\"?><!DOCTYPE html><p>Tide</p>");
        row("after a byte order mark", "\xEF\xBB\xBF<!DOCTYPE html><p>Tide</p>",
            "\xEF\xBB\xBF<!DOCTYPE html><p>Tide</p>");
        row("a second doctype", "<!DOCTYPE html><!DOCTYPE html><p>Tide</p>", "<!DOCTYPE html><p>Tide</p>");
        row("in the head's noscript", "<head><noscript><!DOCTYPE <Oh></noscript></head>",
            "<head><noscript></noscript></head>");
        row("after text, any case", "Low<!DoCtYpE x> tide", "Low tide");
        row("inside a title is text", "<title><!DOCTYPE x></title>", "<title><!DOCTYPE x></title>");
        row("script content", "<p>Tide</p><script>var high = 1;</script>", "<p>Tide</p><script></script>");
        row("JSON-LD keeps its content", "<script type=\"application/ld+json\">{\"tide\":\"low\"}</script>",
            "<script type=\"application/ld+json\">{\"tide\":\"low\"}</script>");
    }

    void parserInput_keepsTheLeadingDoctype_leavesOutLaterOnesAndScriptContent()
    {
        QFETCH(QByteArray, page);
        QFETCH(QByteArray, parserInput);
        std::string out;
        estimateHtmlNesting(page.toStdString(), kMaxHtmlNesting, &out);
        QCOMPARE(QByteArray::fromStdString(out), parserInput);
    }

    void strayDoctypes_leaveTheTextAsItWas()
    {
        const Document doc = loadPage("<!DOCTYPE html><html><head><noscript><!DOCTYPE html></noscript></head>"
                                      "<body><p>The ferry left at noon.</p><!doctype html><p>It was late.</p>"
                                      "</body></html>");
        QCOMPARE(describeBlocks(doc),
                 (QStringList{QStringLiteral("P:0:The ferry left at noon."), QStringLiteral("P:0:It was late.")}));
    }

    void withoutExtraction_keepsEveryBlock_andPreformattedLines()
    {
        HtmlOptions options;
        options.extractMainContent = false;
        auto result = htmlToDocument("<html><body><nav><a href=\"/\">Contents</a></nav><h1>Chapter One</h1>"
                                     "<pre>line one\nline two\n</pre><p>Short.</p></body></html>",
                                     options);
        QVERIFY(result);
        QCOMPARE(describeBlocks(*result),
                 (QStringList{QStringLiteral("P:0:Contents"), QStringLiteral("H:1:Chapter One"),
                              QStringLiteral("PRE:0:line one\u2028line two"), QStringLiteral("P:0:Short.")}));
    }

    void spans_endWithTheirBlock_evenAfterTrailingPreLines()
    {
        HtmlOptions options;
        options.extractMainContent = false;
        auto result = htmlToDocument("<pre><b>bold line\n\n</b></pre><p>next</p>", options);
        QVERIFY(result);
        QCOMPARE(result->spans.size(), size_t(1));
        QCOMPARE(spanText(*result, result->spans[0]), QStringLiteral("bold line"));
        QVERIFY(result->spans[0].range.end <= result->blocks[0].range.end);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("iso");
        QTest::newRow("timestamp") << QStringLiteral("2021-06-30T23:59:00-04:00") << QStringLiteral("2021-06-30");
        QTest::newRow("compact") << QStringLiteral("20210630") << QStringLiteral("2021-06-30");
        QTest::newRow("slashes") << QStringLiteral("2021/06/30") << QStringLiteral("2021-06-30");
        QTest::newRow("month 13") << QStringLiteral("2021-13-01") << QString();
        QTest::newRow("words") << QStringLiteral("June 30, 2021") << QString();
    }

    void dates()
    {
        QFETCH(QString, value);
        QFETCH(QString, iso);
        QCOMPARE(QString::fromStdString(html::isoDateFrom(value.toStdString())), iso);
    }
};

QTEST_APPLESS_MAIN(TestHtmlLoader)
#include "tst_htmlloader.moc"
