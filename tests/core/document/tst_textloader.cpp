// Tests for the plain text loader: encoding detection, line endings, paragraphs, hard wrapping, titles.
#include "document/DocumentLoader.h"
#include "document/PlainTextLayout.h"

#include "common/Utf.h"

#include <QElapsedTimer>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace lede::core;

namespace {

std::string readFixture(const char *name)
{
    std::ifstream in(std::string(LEDE_TEST_DATA_DIR) + "/document/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::u16string blockText(const Document &doc, size_t i)
{
    const TextRange r = doc.blocks.at(i).range;
    return doc.text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
}

QString q(const std::u16string &s) { return QString::fromStdU16String(s); }

// The UTF-16 code units of `text`, without a byte order mark.
std::string utf16Bytes(const QString &text, bool bigEndian)
{
    std::string out;
    for (const QChar c : text) {
        const auto unit = c.unicode();
        const char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
        out += bigEndian ? high : low;
        out += bigEndian ? low : high;
    }
    return out;
}

Document loadOk(std::string_view bytes, const std::string &name = "article.txt")
{
    auto result = loadDocumentFromBytes(bytes, name);
    if (!result) {
        qWarning("load failed: %s", result.error().detail.c_str());
        return {};
    }
    return std::move(result).value();
}

} // namespace

Q_DECLARE_METATYPE(std::string)

class TestTextLoader final : public QObject
{
    Q_OBJECT

private slots:
    void encoding_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        const QString word = QStringLiteral(u"Grüße 😀 ok");
        QTest::newRow("utf-8 without BOM") << std::string("Gr\xC3\xBC\xC3\x9F" "e \xF0\x9F\x98\x80 ok") << QStringLiteral("UTF-8") << word;
        QTest::newRow("utf-8 with BOM") << std::string("\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F" "e \xF0\x9F\x98\x80 ok")
                                        << QStringLiteral("UTF-8") << word;
        QTest::newRow("utf-16le with BOM")
            << std::string("\xFF\xFEG\0r\0\xFC\0\xDF\0" "e\0 \0\x3D\xD8\x00\xDE \0o\0k\0", 24)
            << QStringLiteral("UTF-16LE") << word;
        QTest::newRow("utf-16be with BOM")
            << std::string("\xFE\xFF\0G\0r\0\xFC\0\xDF\0" "e\0 \xD8\x3D\xDE\x00\0 \0o\0k", 24)
            << QStringLiteral("UTF-16BE") << word;
        QTest::newRow("utf-32le with BOM")
            << std::string("\xFF\xFE\0\0O\0\0\0\x00\xF6\x01\0", 12) << QStringLiteral("UTF-32LE") << QStringLiteral(u"O😀");
        QTest::newRow("utf-32be with BOM")
            << std::string("\0\0\xFE\xFF\0\0\0O\0\x01\xF6\x00", 12) << QStringLiteral("UTF-32BE") << QStringLiteral(u"O😀");
        QTest::newRow("empty file") << std::string() << QStringLiteral("UTF-8") << QString();
        QTest::newRow("BOM only") << std::string("\xEF\xBB\xBF") << QStringLiteral("UTF-8") << QString();
    }

    void encoding()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        auto result = loadDocumentFromBytes(bytes, "a.txt");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        QCOMPARE(QString::fromStdString(result->meta.encoding), encoding);
        QCOMPARE(q(result->text), text);
        QCOMPARE(result->meta.format, SourceFormat::Text);
    }

    void legacyEncoding_isDetected_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("latin-1 german") << QStringLiteral("latin1-german.txt") << QStringLiteral("ISO-8859-1")
                                        << QStringLiteral(u"äußerten ihre Sorge");
        QTest::newRow("windows-1252 english") << QStringLiteral("windows1252-english.txt")
                                              << QStringLiteral("windows-1252")
                                              << QStringLiteral(u"“We weren’t sure the roof would hold,” said the owner, laughing – and");
    }

    void legacyEncoding_isDetected()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, encoding);
        QFETCH(QString, expectedFragment);
        const std::string bytes = readFixture(fixture.toUtf8().constData());
        QVERIFY(!bytes.empty());
        const Document doc = loadOk(bytes);
        QCOMPARE(QString::fromStdString(doc.meta.encoding), encoding);
        QVERIFY2(q(doc.text).contains(expectedFragment), qPrintable(q(doc.text)));
        QVERIFY(!q(doc.text).contains(QChar(0xFFFD)));
    }

    void windows1252_euroAndEllipsis()
    {
        const Document doc = loadOk(readFixture("windows1252-english.txt"));
        QVERIFY(q(doc.text).contains(QStringLiteral(u"€2.50")));
        QVERIFY(q(doc.text).contains(QStringLiteral(u"crème brûlée…")));
        QCOMPARE(QString::fromStdString(doc.meta.title), QStringLiteral(u"The harbour café reopens"));
    }

    void invalidUtf8_becomesReplacementCharacters_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("stray byte") << std::string("na\xC3\xAFve caf\xC3\xA9 \xFF ok") << QStringLiteral(u"naïve café \uFFFD ok");
        QTest::newRow("truncated at end") << std::string("caf\xC3\xA9 na\xC3\xAFve \xE2\x82") << QStringLiteral(u"café naïve \uFFFD");
        QTest::newRow("overlong encoding") << std::string("\xC3\xA9t\xC3\xA9 \xC0\xAF") << QStringLiteral(u"été \uFFFD\uFFFD");
        QTest::newRow("lone surrogate encoded") << std::string("\xC3\xA9t\xC3\xA9 \xC3\xA9t\xC3\xA9 \xED\xA0\x80!")
                                                << QStringLiteral(u"été été \uFFFD\uFFFD\uFFFD!");
    }

    void invalidUtf8_becomesReplacementCharacters()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, text);
        const Document doc = loadOk(bytes);
        QCOMPARE(QString::fromStdString(doc.meta.encoding), QStringLiteral("UTF-8"));
        QCOMPARE(q(doc.text), text);
    }

    void malformedUtf16_neverCrashes_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("odd byte count") << std::string("\xFF\xFEo\0k\0!", 7) << QStringLiteral(u"ok\uFFFD");
        QTest::newRow("unpaired high surrogate") << std::string("\xFF\xFEo\0\x3D\xD8k\0", 8) << QStringLiteral(u"o\uFFFDk");
        QTest::newRow("utf-32 out of range") << std::string("\xFF\xFE\0\0o\0\0\0\0\0\x11\0k\0\0\0", 16)
                                             << QStringLiteral(u"o\uFFFDk");
    }

    void malformedUtf16_neverCrashes()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, text);
        QCOMPARE(q(loadOk(bytes).text), text);
    }

    // Some Windows tools write UTF-16 without a byte order mark; such a file is text, not binary.
    void utf16WithoutBom_isDecoded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bigEndian");
        const QString english =
            QStringLiteral(u"The ferry to Vormsi left at 9:40.\r\nNobody on board had a ticket.\r\n");
        const QString greek = QStringLiteral(u"Το πλοίο για τη Βόρμσι έφυγε στις 9:40. Κανείς δεν είχε εισιτήριο.\n");
        const QString russian = QStringLiteral(u"Паром ушёл в 9:40, и ни у кого не было билета.\n");
        const QString chinese = QStringLiteral(u"渡船在 9:40 开走了。船上一个人也没有票。\n第二班在 11:15。\n");
        const QString emoji = QStringLiteral(u"Tickets 😀 sold out 🚢 again.");
        for (const bool be : {false, true}) {
            const char *order = be ? "BE" : "LE";
            QTest::addRow("english %s", order) << english << be;
            QTest::addRow("greek %s", order) << greek << be;
            QTest::addRow("russian %s", order) << russian << be;
            QTest::addRow("chinese %s", order) << chinese << be;
            QTest::addRow("emoji %s", order) << emoji << be;
            QTest::addRow("one letter %s", order) << QStringLiteral("a") << be;
        }
    }

    void utf16WithoutBom_isDecoded()
    {
        QFETCH(QString, text);
        QFETCH(bool, bigEndian);
        const std::string bytes = utf16Bytes(text, bigEndian);
        auto result = loadDocumentFromBytes(bytes, "ferry.txt");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        QCOMPARE(QString::fromStdString(result->meta.encoding),
                 bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE"));
        // The same document as the text saved in UTF-8.
        QCOMPARE(q(result->text), q(loadOk(text.toStdString()).text));
        QVERIFY(!result->text.empty());
        // A file without an extension is recognised as text by its content too.
        auto sniffed = loadDocumentFromBytes(bytes, "ferry");
        QVERIFY2(sniffed.ok(), sniffed.ok() ? "" : sniffed.error().detail.c_str());
        QCOMPARE(sniffed->meta.format, SourceFormat::Text);
    }

    void binaryContent_isRefused_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::newRow("NUL bytes") << std::string("PK\x03\x04\0\0\x08\0text", 12);
        QTest::newRow("control characters") << std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F ab");
        QTest::newRow("utf-16 with NUL characters") << std::string("\xFF\xFE" "a\0\0\0", 6);
        QTest::newRow("a single NUL") << std::string(1, '\0');
        QTest::newRow("ELF header") << std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0\x01\0\0\0", 24);
        QTest::newRow("PNG header") << std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06", 26);
        // NULs on one side only, but the code units are controls and unassigned characters, not text.
        QTest::newRow("NULs on odd bytes, no text") << std::string("\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0", 16);
        std::string noise;
        uint32_t state = 12345;
        for (int i = 0; i < 4096; ++i) {
            state = state * 1103515245u + 12345u;
            noise += static_cast<char>((state >> 16) % 7 == 0 ? 0 : (state >> 8) & 0xFF);
        }
        QTest::newRow("random bytes with NULs") << noise;
        // Text up front, data after it: the NUL characters past the sampled start still count.
        std::string textThenData = utf16Bytes(QString(40000, u'a'), false);
        textThenData += std::string(64, '\0');
        QTest::newRow("utf-16 text then NUL data") << textThenData;
    }

    // No bytes at all: an empty document, not an error (an empty view's data() may be null; UBSan checks that
    // it never reaches memchr or memcpy).
    void emptyInput_isEmptyDocument()
    {
        const auto result = loadDocumentFromBytes(std::string_view{}, "empty.txt");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        QVERIFY(result.value().text.empty());
    }

    void binaryContent_isRefused()
    {
        QFETCH(std::string, bytes);
        auto result = loadDocumentFromBytes(bytes, "data.txt");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Binary);
    }

    void lineEndings_areNormalised_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("CRLF") << std::string("one\r\ntwo\r\n\r\nthree\r\n") << QStringLiteral("one\ntwo\n\nthree\n");
        QTest::newRow("CR") << std::string("one\rtwo\r\rthree") << QStringLiteral("one\ntwo\n\nthree");
        QTest::newRow("mixed") << std::string("a\r\nb\rc\nd\r") << QStringLiteral("a\nb\nc\nd\n");
        QTest::newRow("CR CR LF") << std::string("a\r\r\nb") << QStringLiteral("a\n\nb");
    }

    void lineEndings_areNormalised()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, text);
        const Document doc = loadOk(bytes);
        QCOMPARE(q(doc.text), text);
        for (const Block &b : doc.blocks)
            QVERIFY(!q(doc.text.substr(size_t(b.range.start), size_t(b.range.length()))).contains(QLatin1Char('\n')));
    }

    void unwrappedUtf8Text_isKeptUnchanged()
    {
        const std::string bytes = readFixture("plain-unwrapped.txt");
        QVERIFY(!bytes.empty());
        const Document doc = loadOk(bytes);
        QCOMPARE(doc.text, utf8ToUtf16(bytes));
        QCOMPARE(utf16ToUtf8(doc.text), bytes);
        QCOMPARE(QString::fromStdString(doc.meta.title), QStringLiteral("Night Ferry to Kirkwall"));
        // Title, two paragraphs, the note's four lines each their own block, the last paragraph.
        QCOMPARE(doc.blocks.size(), size_t(8));
        QCOMPARE(doc.blocks[0].kind, BlockKind::Heading);
        QCOMPARE(doc.blocks[0].level, 1);
        QCOMPARE(q(blockText(doc, 4)), QStringLiteral("Wind from the north,"));
        QVERIFY(q(blockText(doc, 7)).endsWith(QStringLiteral(u"🗺️ and directions to the cathedral.")));
        for (size_t i = 1; i < doc.blocks.size(); ++i) {
            QCOMPARE(doc.blocks[i].kind, BlockKind::Paragraph);
            QVERIFY(doc.blocks[i - 1].range.end < doc.blocks[i].range.start);
        }
    }

    void hardWrappedParagraphs_areRejoined()
    {
        const std::string bytes = readFixture("hard-wrapped.txt");
        const Document doc = loadOk(bytes);
        QCOMPARE(doc.text.size(), utf8ToUtf16(bytes).size()); // joins keep every offset
        QCOMPARE(doc.blocks.size(), size_t(6));
        QCOMPARE(QString::fromStdString(doc.meta.title), QStringLiteral("A Walk Along the Canal"));
        QVERIFY(q(blockText(doc, 1)).startsWith(
            QStringLiteral("The towpath begins behind the old brewery, where a row of narrow boats lies moored beneath")));
        QVERIFY(q(blockText(doc, 1)).endsWith(QStringLiteral("as if it had been placed there by the council.")));
        QVERIFY(q(blockText(doc, 2)).endsWith(QStringLiteral("the edge drops straight into the water.")));
        QVERIFY(q(blockText(doc, 3)).startsWith(QStringLiteral("The lock keeper, a patient man named Harold Ames, has worked this stretch")));
        QCOMPARE(q(blockText(doc, 4)), QStringLiteral("Short line here."));
        QCOMPARE(q(blockText(doc, 5)), QStringLiteral("Another short line."));
        for (const Block &b : doc.blocks)
            QVERIFY(!q(doc.text.substr(size_t(b.range.start), size_t(b.range.length()))).contains(QLatin1Char('\n')));
    }

    void layout_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("blocks");
        const QString wrapped = QStringLiteral(
            "It was the best of times, it was the worst of times, it was the age of\n"
            "wisdom, it was the age of foolishness.");
        QTest::newRow("title then paragraph") << QStringLiteral("Title\n\nBody text.\n") << QStringLiteral("Title")
                                              << QStringList{QStringLiteral("Title"), QStringLiteral("Body text.")};
        QTest::newRow("single line is no title") << QStringLiteral("Just one line.") << QString()
                                                 << QStringList{QStringLiteral("Just one line.")};
        QTest::newRow("title needs a blank line after it")
            << QStringLiteral("Line one\nLine two\n\nMore") << QString()
            << QStringList{QStringLiteral("Line one"), QStringLiteral("Line two"), QStringLiteral("More")};
        QTest::newRow("salutation is no title") << QStringLiteral("Dear Anna,\n\nThanks.") << QString()
                                                << QStringList{QStringLiteral("Dear Anna,"), QStringLiteral("Thanks.")};
        QTest::newRow("long first line is no title")
            << QString(QStringLiteral("word ").repeated(20) + QStringLiteral("\n\nnext")) << QString()
            << QStringList{QStringLiteral("word ").repeated(20).trimmed(), QStringLiteral("next")};
        QTest::newRow("leading blank lines and indentation")
            << QStringLiteral("\n\n   Heading  \n\n  Indented body.  \n") << QStringLiteral("Heading")
            << QStringList{QStringLiteral("Heading"), QStringLiteral("Indented body.")};
        QTest::newRow("wrapped paragraph") << wrapped << QString()
                                           << QStringList{QString(wrapped).replace(QLatin1Char('\n'), QLatin1Char(' '))};
        const QString handWrapped = QStringLiteral(
            "The council met again on Thursday to discuss the state of the old\n"
            "bridge, which has been closed since the storm\n"
            "in November and which many residents now cross on foot at their own risk.");
        QTest::newRow("hand-wrapped short line mid-sentence")
            << handWrapped << QString() << QStringList{QString(handWrapped).replace(QLatin1Char('\n'), QLatin1Char(' '))};
        QTest::newRow("list items keep their lines")
            << QStringLiteral("- the first item of a list that is rather long, long, long\n"
                              "- the second item of the same list, which is also long")
            << QString()
            << QStringList{QStringLiteral("- the first item of a list that is rather long, long, long"),
                           QStringLiteral("- the second item of the same list, which is also long")};
        QTest::newRow("indented new paragraph is not a wrap")
            << QStringLiteral("The first paragraph of the book ends right here on this long line.\n"
                              "    The second paragraph starts with an indent, as in old books.")
            << QString()
            << QStringList{QStringLiteral("The first paragraph of the book ends right here on this long line."),
                           QStringLiteral("The second paragraph starts with an indent, as in old books.")};
        QTest::newRow("address lines") << QStringLiteral("Ada Byron\n12 Harbour Road\nKirkwall") << QString()
                                       << QStringList{QStringLiteral("Ada Byron"), QStringLiteral("12 Harbour Road"),
                                                      QStringLiteral("Kirkwall")};
        QTest::newRow("white space only") << QStringLiteral(" \n\t\n  ") << QString() << QStringList{};
    }

    void layout()
    {
        QFETCH(QString, input);
        QFETCH(QString, title);
        QFETCH(QStringList, blocks);
        const Document doc = loadOk(input.toStdString());
        QCOMPARE(QString::fromStdString(doc.meta.title), title);
        QStringList actual;
        for (size_t i = 0; i < doc.blocks.size(); ++i)
            actual << q(blockText(doc, i));
        QCOMPARE(actual, blocks);
        QCOMPARE(!doc.blocks.empty() && doc.blocks[0].kind == BlockKind::Heading, !title.isEmpty());
        QCOMPARE(doc.text.size(), input.toStdU16String().size());
    }

    void utf16WithCrlf_isNormalisedAndRejoined()
    {
        const QString source = QStringLiteral(
            "Notes\r\n\r\n"
            "Grüße aus Köln: the festival opened on Friday with a parade through the\r\n"
            "old town, and the organisers expect a million visitors by Sunday night.\r\n");
        std::string bytes("\xFF\xFE", 2);
        for (QChar c : source) {
            bytes.push_back(char(c.unicode() & 0xFF));
            bytes.push_back(char(c.unicode() >> 8));
        }
        const Document doc = loadOk(bytes);
        QCOMPARE(QString::fromStdString(doc.meta.encoding), QStringLiteral("UTF-16LE"));
        QCOMPARE(QString::fromStdString(doc.meta.title), QStringLiteral("Notes"));
        QCOMPARE(doc.blocks.size(), size_t(2));
        QCOMPARE(q(blockText(doc, 1)),
                 QStringLiteral("Grüße aus Köln: the festival opened on Friday with a parade through the old town, "
                                "and the organisers expect a million visitors by Sunday night."));
        QVERIFY(!q(doc.text).contains(QLatin1Char('\r')));
    }

    void largeFile_loadsInLinearTime()
    {
        // 8 MB of wrapped paragraphs; a quadratic step would take minutes (and hit CTest's timeout), linear takes
        // well under a second. The time is printed for comparison, never asserted: machines are noisy.
        std::string para;
        for (int i = 0; i < 6; ++i)
            para += "The quick brown fox jumps over the lazy dog near the old mill pond\n";
        para += "\n";
        std::string bytes;
        while (bytes.size() < 8u * 1024 * 1024)
            bytes += para;
        QElapsedTimer timer;
        timer.start();
        const Document doc = loadOk(bytes);
        const qint64 ms = timer.elapsed();
        QCOMPARE(doc.text.size(), bytes.size());
        QCOMPARE(doc.blocks.size(), bytes.size() / para.size());
        qInfo("8 MB loaded in %lld ms", static_cast<long long>(ms));
    }

    void stopRequested_cancels()
    {
        StopSource source;
        source.requestStop();
        LoadOptions options;
        options.stop = source.token();
        auto result = loadDocumentFromBytes("some text", "a.txt", options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestTextLoader)
#include "tst_textloader.moc"
