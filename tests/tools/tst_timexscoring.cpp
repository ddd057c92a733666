// Tests for the date evaluator's pairing (tools/timex/TimexScoring.h): gold and system time expressions
// pair one-to-one, read from small TimeML documents written here, so the TempEval-3 figures the README
// quotes cannot count one gold span twice.
#include "TimeMLReader.h"
#include "TimexScoring.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace lede;

namespace {

// A TimeML document around TEXT, whose <T>…</T> marks become TIMEX3 elements.
std::optional<tools::TimeMLDocument> readSample(const QTemporaryDir &dir, const char *name, QString text)
{
    text.replace(QStringLiteral("<T>"), QStringLiteral("<TIMEX3 tid=\"t\" type=\"DATE\" value=\"XXXX\">"));
    text.replace(QStringLiteral("</T>"), QStringLiteral("</TIMEX3>"));
    const QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
                                       "value=\"2030-03-04\">2030-03-04</TIMEX3></DCT>\n<TEXT>")
        + text + QStringLiteral("</TEXT>\n</TimeML>\n");
    const std::string path = dir.filePath(QString::fromLatin1(name)).toStdString();
    std::ofstream(path, std::ios::binary) << xml.toStdString();
    return tools::readTimeML(path);
}

std::vector<core::TextRange> rangesOf(const tools::TimeMLDocument &doc)
{
    std::vector<core::TextRange> out;
    for (const auto &t : doc.timexes)
        out.push_back(t.range);
    return out;
}

} // namespace

class TestTimexScoring final : public QObject
{
    Q_OBJECT

private slots:
    void pairsAreOneToOne_data()
    {
        QTest::addColumn<QString>("gold");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("pairs"); // "gold-system" indices, in gold order

        QTest::newRow("identical spans pair in order")
            << "The kiln was lit on <T>Tuesday</T> and cooled by <T>Friday</T>."
            << "The kiln was lit on <T>Tuesday</T> and cooled by <T>Friday</T>." << "0-0 1-1";
        QTest::newRow("a second system expression inside one gold span is not a second match")
            << "The orchard is pruned in <T>the second week of March 2030</T>."
            << "The orchard is pruned in <T>the second week</T> of <T>March 2030</T>." << "0-0";
        QTest::newRow("one system span across two gold spans pairs with the one it covers most")
            << "The ferry idles from <T>3</T> to <T>5 June</T> for repairs."
            << "The ferry idles from <T>3 to 5 June</T> for repairs." << "1-0";
        QTest::newRow("a wider system span pairs, and the next exact span pairs too")
            << "Choir practice moved to <T>Thursday</T> evening, then <T>Saturday</T>."
            << "Choir practice moved to <T>Thursday evening</T>, then <T>Saturday</T>." << "0-0 1-1";
        QTest::newRow("spans that do not overlap stay unpaired")
            << "The bakery closed <T>last winter</T> and the mill stayed open all year."
            << "The bakery closed last winter and the mill stayed open <T>all year</T>." << "";
    }

    void pairsAreOneToOne()
    {
        QFETCH(QString, gold);
        QFETCH(QString, system);
        QFETCH(QString, pairs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto goldDoc = readSample(dir, "gold.tml", gold);
        const auto systemDoc = readSample(dir, "system.tml", system);
        QVERIFY(goldDoc && systemDoc);
        QCOMPARE(goldDoc->text, systemDoc->text);

        const auto matched = tools::matchOneToOne(rangesOf(*goldDoc), rangesOf(*systemDoc));
        QStringList got;
        for (const auto &[g, s] : matched)
            got << QStringLiteral("%1-%2").arg(g).arg(s);
        QCOMPARE(got.join(QLatin1Char(' ')), pairs);
    }

    void everyRangeAppearsInAtMostOnePair()
    {
        // Three system ranges inside one gold range, and one system range over three gold ranges.
        const std::vector<core::TextRange> gold{{0, 30}, {40, 42}, {44, 46}, {48, 50}};
        const std::vector<core::TextRange> system{{0, 5}, {10, 15}, {20, 25}, {39, 51}};
        const auto matched = tools::matchOneToOne(gold, system);
        QCOMPARE(matched.size(), size_t(2));
        QCOMPARE(matched[0].first, size_t(0));
        QCOMPARE(matched[1].second, size_t(3));
    }
};

QTEST_APPLESS_MAIN(TestTimexScoring)
#include "tst_timexscoring.moc"
