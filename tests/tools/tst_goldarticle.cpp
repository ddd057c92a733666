// Tests for the gold articles' inline entity markup (tools/ner/GoldArticle.h): what text and mentions it gives, that
// every slip in the markup is an error naming its line and column, and that every article of tests/data/ner-gold,
// ner-dev and ner-heldout reads cleanly (the entity quality gates in tests/quality score the analysis against them).
#include "EvalDocument.h"
#include "GoldArticle.h"

#include "ner/NerLabels.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <array>

using namespace lede;

namespace {

// "PER 0-19; LOC 25-29": each mention's type and UTF-16 range.
QString describeMentions(const std::vector<core::Mention> &mentions)
{
    QStringList out;
    for (const core::Mention &m : mentions) {
        out << QStringLiteral("%1 %2-%3")
                   .arg(QString::fromLatin1(core::ner::conllTypeName(m.type)))
                   .arg(m.range.start)
                   .arg(m.range.end);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestGoldArticle final : public QObject
{
    Q_OBJECT

private slots:
    void parse_stripsMarkupAndKeepsMentions_data()
    {
        QTest::addColumn<QByteArray>("markup");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("firstLine");

        QTest::newRow("text without markup is itself") << QByteArray("Rain fell on the hills.")
                                                       << QStringLiteral("Rain fell on the hills.") << QString() << 1;
        QTest::newRow("one person") << QByteArray("[PER Volodymyr Zelenskyy] spoke.")
                                    << QStringLiteral("Volodymyr Zelenskyy spoke.") << QStringLiteral("PER 0-19") << 1;
        QTest::newRow("a possessive stays outside the name")
            << QByteArray("[LOC Kyiv], [LOC Ukraine]'s capital") << QStringLiteral("Kyiv, Ukraine's capital")
            << QStringLiteral("LOC 0-4; LOC 6-13") << 1;
        QTest::newRow("all four types")
            << QByteArray("[PER Vos] of [ORG Nordmark Marine] left [LOC Hamburg], a [MISC German] port.")
            << QStringLiteral("Vos of Nordmark Marine left Hamburg, a German port.")
            << QStringLiteral("PER 0-3; ORG 7-22; LOC 28-35; MISC 39-45") << 1;
        QTest::newRow("offsets are UTF-16 units after a non-BMP character")
            << QByteArray("\xF0\x9F\x9A\xA2 [ORG Damen] sails") << QStringLiteral("\U0001F6A2 Damen sails")
            << QStringLiteral("ORG 3-8") << 1;
        QTest::newRow("a name with non-ASCII letters")
            << QByteArray("[LOC Jakobshavn Isbr\xC3\xA6] calves") << QStringLiteral("Jakobshavn Isbr\u00E6 calves")
            << QStringLiteral("LOC 0-16") << 1;
        QTest::newRow("escaped brackets and backslash are literal")
            << QByteArray("a \\[sic\\] note \\\\ by [PER Vos]") << QStringLiteral("a [sic] note \\ by Vos")
            << QStringLiteral("PER 18-21") << 1;
        QTest::newRow("comment lines at the top are left out")
            << QByteArray("# section: world\n# written for the fixture\n[LOC Rotterdam] Port\n\nText.")
            << QStringLiteral("Rotterdam Port\n\nText.") << QStringLiteral("LOC 0-9") << 3;
        QTest::newRow("a '#' after the top is text") << QByteArray("Tags\n# [ORG ING]")
                                                      << QStringLiteral("Tags\n# ING") << QStringLiteral("ORG 7-10") << 1;
        QTest::newRow("CRLF line ends become LF")
            << QByteArray("Head\r\n\r\n[LOC Nuuk] \xE2\x80\x94 Ice") << QStringLiteral("Head\n\nNuuk \u2014 Ice")
            << QStringLiteral("LOC 6-10") << 1;
    }

    void parse_stripsMarkupAndKeepsMentions()
    {
        QFETCH(QByteArray, markup);
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QFETCH(int, firstLine);
        const auto article = tools::parseGoldArticle(std::string_view(markup.constData(), size_t(markup.size())));
        QVERIFY2(article.ok(), article.ok() ? "" : article.error().message.c_str());
        QCOMPARE(QString::fromStdU16String(article->text), text);
        QCOMPARE(describeMentions(article->mentions), mentions);
        QCOMPARE(article->firstLine, firstLine);
    }

    void parse_reportsMalformedMarkup_data()
    {
        QTest::addColumn<QByteArray>("markup");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message"); // a part of the message

        QTest::newRow("an unknown type") << QByteArray("[PERSON Ada Lovelace]") << 1 << 1
                                         << QStringLiteral("unknown entity type 'PERSON'");
        QTest::newRow("a type in lower case") << QByteArray("x [per Ada]") << 1 << 3
                                              << QStringLiteral("unknown entity type 'per'");
        QTest::newRow("a bracket without a type") << QByteArray("he said [sic] it") << 1 << 9
                                                  << QStringLiteral("a literal bracket is written \\[");
        QTest::newRow("a type without a name") << QByteArray("[PER]") << 1 << 1
                                               << QStringLiteral("must open an annotation");
        QTest::newRow("an empty name") << QByteArray("[PER ] went") << 1 << 6 << QStringLiteral("not be empty");
        QTest::newRow("two spaces before the name") << QByteArray("[PER  Ada]") << 1 << 6
                                                    << QStringLiteral("exactly one space");
        QTest::newRow("a space before the closing bracket") << QByteArray("[PER Ada ] went") << 1 << 10
                                                            << QStringLiteral("ends with a space");
        QTest::newRow("nested annotations") << QByteArray("the [ORG Bank of [LOC Kenya]]") << 1 << 18
                                            << QStringLiteral("opened at line 1, column 5: annotations do not nest");
        QTest::newRow("an annotation across a line end") << QByteArray("Text\n  [PER Ada\nLovelace] wrote") << 2 << 3
                                                         << QStringLiteral("not closed on its line");
        QTest::newRow("an annotation open at the end") << QByteArray("to [LOC Nairobi") << 1 << 4
                                                       << QStringLiteral("not closed before the end of the file");
        QTest::newRow("a closing bracket without an opening one") << QByteArray("Ada] wrote") << 1 << 4
                                                                  << QStringLiteral("closes no annotation");
        QTest::newRow("columns count code points, not bytes")
            << QByteArray("\xF0\x9F\x9A\xA2 \xC3\xA9 [SHIP Damen]") << 1 << 5 << QStringLiteral("'SHIP'");
        QTest::newRow("lines count the comments") << QByteArray("# note\n\nText\nmore]") << 4 << 5
                                                  << QStringLiteral("closes no annotation");
        QTest::newRow("bytes that are not UTF-8") << QByteArray("caf\xE9 [LOC Paris]") << 1 << 1
                                                  << QStringLiteral("not valid UTF-8");
    }

    void parse_reportsMalformedMarkup()
    {
        QFETCH(QByteArray, markup);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto article = tools::parseGoldArticle(std::string_view(markup.constData(), size_t(markup.size())));
        QVERIFY(!article.ok());
        const QString got = QString::fromStdString(article.error().message);
        QVERIFY2(got.contains(message), qPrintable(got));
        QCOMPARE(article.error().line, line);
        QCOMPARE(article.error().column, column);
    }

    // The fixtures the quality gates score (the two development sets and the held-out one): every article reads,
    // the reader's layout keeps the gold offsets, and the articles stay the short news pieces the READMEs describe.
    void fixture_everyArticleReads_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<int>("articles");
        QTest::newRow("ner-gold") << QStringLiteral("ner-gold") << 12;
        QTest::newRow("ner-heldout") << QStringLiteral("ner-heldout") << 10;
        QTest::newRow("ner-dev") << QStringLiteral("ner-dev") << 14;
    }

    void fixture_everyArticleReads()
    {
        QFETCH(QString, directory);
        QFETCH(int, articles);
        const QDir dir(QStringLiteral(LEDE_TEST_DATA_DIR "/") + directory);
        const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), articles);
        QVERIFY(dir.exists(QStringLiteral("README")));
        std::array<int, core::kEntityTypeCount> byType{};
        for (const QString &file : files) {
            const auto doc = tools::readGoldArticle(dir.filePath(file).toStdString());
            QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().c_str());
            const QString text = QString::fromStdU16String(doc->document.text);
            const auto words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
            QVERIFY2(words >= 150 && words <= 300, qPrintable(file + QStringLiteral(": %1 words").arg(words)));
            QVERIFY2(!doc->document.meta.title.empty(), qPrintable(file + QStringLiteral(": no headline")));
            for (const core::Mention &m : doc->gold)
                ++byType[static_cast<size_t>(m.type)];
        }
        for (int n : byType)
            QVERIFY(n >= 20);
    }
};

QTEST_APPLESS_MAIN(TestGoldArticle)
#include "tst_goldarticle.moc"
