// Dates in words: TIMEX3 values and calendar bounds described in the user's locale, never as codes;
// unresolved relative expressions say how to resolve them; a German translation can reorder the words.
#include "annotate/DateDescriber.h"

#include <QHash>
#include <QTest>
#include <QTranslator>

using namespace lede;
using namespace lede::ui;

Q_DECLARE_METATYPE(lede::core::TimexType)
Q_DECLARE_METATYPE(lede::core::TimexUnit)
Q_DECLARE_METATYPE(lede::core::CalendarDate)

namespace {

const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);

// A few German translations of DateDescriber's strings, keyed by source and comment as lupdate would
// extract them: enough to show that the phrases are whole templates a translator may reorder.
class GermanWords final : public QTranslator
{
public:
    GermanWords()
    {
        add("%1 %2", "weekday, part of day: 'Thursday evening'", "%1%2");
        add("evening", "part of the day after a weekday: 'Thursday evening'", "abend");
        add("the %1 half of %2", "%1 an ordinal word (first, second), %2 a year or 'next year'", "die %1 Hälfte %2");
        add("the %1 quarter of %2", "%1 an ordinal word (first…fourth), %2 a year or 'next year'", "das %1 Quartal %2");
        add("first", "ordinal word for a quarter, half or millennium: 'the first half'", "erste");
        add("second", "ordinal word for a quarter, half or millennium: 'the second half'", "zweite");
        add("next year", "completing a phrase: 'the first half of next year', 'spring next year'",
            "des nächsten Jahres");
        add("the %1 century", "%1 an ordinal number: 'the 19th century'", "das %1 Jahrhundert");
        add("%1th", "an ordinal number: '19th'; German '%1.'", "%1.");
        add("%1 BC", "a year before the common era: '44 BC'", "%1 v. Chr.");
        add("yesterday", "the day before the article's date", "gestern");
        add("%1 %2", "relative day, part of day: 'yesterday evening'", "%1 %2");
        add("evening", "part of the day on its own: 'yesterday evening', 'this evening', '13 March, evening'", "Abend");
        add("%n day(s) ago", "counted back from the article's date", "vor %n Tagen");
        add("%1 — set the article's date to resolve it",
            "%1 a date in words that depends on the article's date, which is not known",
            "%1 – mit dem Datum des Artikels genauer");
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *comment, int) const override
    {
        if (qstrcmp(context, "lede::ui::DateDescriber") != 0)
            return {};
        return m_words.value(QString::fromUtf8(source) + QLatin1Char('|') + QString::fromUtf8(comment));
    }

private:
    void add(const char *source, const char *comment, const char *german)
    {
        m_words.insert(QString::fromUtf8(source) + QLatin1Char('|') + QString::fromUtf8(comment),
                       QString::fromUtf8(german));
    }
    QHash<QString, QString> m_words;
};

core::Timex makeTimex(const char *value, core::TimexUnit unit = core::TimexUnit::None, int amount = 0,
                      core::TimexType type = core::TimexType::Date)
{
    core::Timex t;
    t.type = type;
    t.value = value;
    t.unresolved = {unit, amount};
    return t;
}

} // namespace

class TestDateDescriber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeValue_inBritishEnglish_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<core::TimexType>("type");
        QTest::addColumn<QString>("expected");
        const auto date = core::TimexType::Date, time = core::TimexType::Time, set = core::TimexType::Set,
                   duration = core::TimexType::Duration;
        QTest::newRow("full date") << "2022-04-25" << date << "Monday, 25 April 2022";
        QTest::newRow("year unknown") << "XXXX-04-25" << date << "25 April, year unknown";
        QTest::newRow("month") << "2022-04" << date << "April 2022";
        QTest::newRow("month, year unknown") << "XXXX-04" << date << "April, year unknown";
        QTest::newRow("year") << "2022" << date << "2022";
        QTest::newRow("early year") << "0800" << date << "AD 800";
        QTest::newRow("bce year") << "BC0044" << date << "44 BC";
        QTest::newRow("bce day") << "BC0044-03-15" << date << "15 March 44 BC";
        QTest::newRow("decade with X") << "196X" << date << "the 1960s";
        QTest::newRow("decade") << "199" << date << "the 1990s";
        QTest::newRow("century") << "18" << date << "the 19th century";
        QTest::newRow("twenty-first century") << "20" << date << "the 21st century";
        QTest::newRow("second century") << "01" << date << "the 2nd century";
        QTest::newRow("millennium") << "2" << date << "the third millennium";
        QTest::newRow("bce decade") << "BC050" << date << "the 500s BC";
        QTest::newRow("bce century") << "BC04" << date << "the 5th century BC";
        QTest::newRow("bce season") << "BC0481-FA" << date << "autumn 481 BC";
        QTest::newRow("bce month") << "BC0480-04" << date << "April 480 BC";
        QTest::newRow("a day in a bce month") << "BC0479-06-XX" << date << "a day in June 479 BC";
        QTest::newRow("iso week") << "2025-W11" << date << "the week of 10 March 2025";
        QTest::newRow("weekend") << "2025-W11-WE" << date << "the weekend of 15–16 March 2025";
        QTest::newRow("weekday of a week") << "2025-W11-4" << date << "Thursday, 13 March 2025";
        QTest::newRow("a weekday") << "XXXX-WXX-2" << date << "a Tuesday";
        QTest::newRow("a weekday evening") << "XXXX-WXX-2TEV" << date << "a Tuesday evening";
        QTest::newRow("evening of a day") << "2025-03-13TEV" << date << "Thursday evening, 13 March 2025";
        QTest::newRow("clock time") << "2025-03-13T15:00" << time << "Thursday, 13 March 2025, 15:00";
        QTest::newRow("midnight") << "2025-03-13T24:00" << time << "Thursday, 13 March 2025, midnight";
        QTest::newRow("a morning") << "XXXX-XX-XXTMO" << time << "a morning";
        QTest::newRow("a month of a known year") << "2025-XX" << date << "a month in 2025";
        QTest::newRow("clock, day unknown") << "XXXX-XX-XXT15:00" << time << "15:00, day unknown";
        QTest::newRow("time alone") << "T09:30" << time << "09:30";
        QTest::newRow("season") << "2025-SP" << date << "spring 2025";
        QTest::newRow("season, year unknown") << "XXXX-WI" << date << "winter, year unknown";
        QTest::newRow("quarter") << "2025-Q2" << date << "the second quarter of 2025";
        QTest::newRow("half") << "2025-H1" << date << "the first half of 2025";
        QTest::newRow("half, year unknown") << "XXXX-H1" << date << "the first half, year unknown";
        QTest::newRow("a quarter") << "XXXX-QX" << date << "a quarter";
        QTest::newRow("a quarter of a year") << "2024-QX" << date << "a quarter of 2024";
        QTest::newRow("a month") << "XXXX-XX" << date << "a month";
        QTest::newRow("a year") << "XXXX" << date << "a year";
        QTest::newRow("a week") << "XXXX-WXX" << date << "a week";
        QTest::newRow("a day") << "XXXX-XX-XX" << date << "a day";
        QTest::newRow("a day in a month") << "1998-10-XX" << date << "a day in October 1998";
        QTest::newRow("a week in a year") << "1998-WXX" << date << "a week in 1998";
        QTest::newRow("range value") << "2022-04-21/2022-04-24" << date << "21–24 April 2022";
        QTest::newRow("days") << "P4D" << duration << "4 days";
        QTest::newRow("one year") << "P1Y" << duration << "1 year";
        QTest::newRow("hours and minutes") << "PT2H30M" << duration << "2 hours and 30 minutes";
        QTest::newRow("years and a half") << "P2Y6M" << duration << "2 years and 6 months";
        QTest::newRow("some weeks") << "PXW" << duration << "some weeks";
        QTest::newRow("decades") << "PXDE" << duration << "decades";
        QTest::newRow("centuries") << "P2CE" << duration << "2 centuries";
        QTest::newRow("every week") << "P1W" << set << "every week";
        QTest::newRow("every day") << "P1D" << set << "every day";
        QTest::newRow("every two weeks") << "P2W" << set << "every 2 weeks";
        QTest::newRow("every monday") << "XXXX-WXX-1" << set << "every Monday";
        QTest::newRow("every tuesday night") << "XXXX-WXX-2TNI" << set << "every Tuesday night";
        QTest::newRow("every april") << "XXXX-04" << set << "every April";
        QTest::newRow("every evening") << "XXXX-XX-XXTEV" << set << "every evening";
        QTest::newRow("present") << "PRESENT_REF" << date << "the present";
        QTest::newRow("future") << "FUTURE_REF" << date << "the future";
        QTest::newRow("unknown shape reads as a date") << "2022-XX-XX-odd" << date << "a date";
        QTest::newRow("invalid day reads as a date") << "2022-02-30" << date << "a date";
        QTest::newRow("unknown time reads as a time") << "T99:99" << time << "a time";
        QTest::newRow("unknown duration") << "P1Z" << duration << "a length of time";
        QTest::newRow("unknown set") << "1998-Z" << set << "repeatedly";
        QTest::newRow("empty") << "" << date << "a date";
    }
    void describeValue_inBritishEnglish()
    {
        QFETCH(QString, value);
        QFETCH(core::TimexType, type);
        QFETCH(QString, expected);
        QCOMPARE(DateDescriber(kBritish).describeValue(value, type), expected);
    }

    void describe_unresolvedSaysWhatTheTextCounted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<core::TimexUnit>("unit");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("expected");
        const auto hinted = [](const char *words) -> QString {
            return QString::fromUtf8(words) + QStringLiteral(" — set the article's date to resolve it");
        };
        QTest::newRow("next year") << "XXXX" << core::TimexUnit::Year << 1 << hinted("next year");
        QTest::newRow("this month") << "XXXX-XX" << core::TimexUnit::Month << 0 << hinted("this month");
        QTest::newRow("early next week") << "XXXX-WXX" << core::TimexUnit::Week << 1 << hinted("next week");
        QTest::newRow("first half of next year") << "XXXX-H1" << core::TimexUnit::Year << 1
                                                 << hinted("the first half of next year");
        QTest::newRow("third quarter of last year") << "XXXX-Q3" << core::TimexUnit::Year << -1
                                                    << hinted("the third quarter of last year");
        QTest::newRow("spring next year") << "XXXX-SP" << core::TimexUnit::Year << 1 << hinted("spring next year");
        QTest::newRow("march next year") << "XXXX-03" << core::TimexUnit::Year << 1 << hinted("March next year");
        QTest::newRow("yesterday") << "XXXX-XX-XX" << core::TimexUnit::Day << -1 << hinted("yesterday");
        QTest::newRow("three days ago") << "XXXX-XX-XX" << core::TimexUnit::Day << -3 << hinted("3 days ago");
        QTest::newRow("in two years") << "XXXX" << core::TimexUnit::Year << 2 << hinted("in 2 years");
        QTest::newRow("yesterday evening") << "XXXX-XX-XXTEV" << core::TimexUnit::Day << -1 << hinted("yesterday evening");
        QTest::newRow("tonight") << "XXXX-XX-XXTNI" << core::TimexUnit::Day << 0 << hinted("tonight");
        QTest::newRow("this morning") << "XXXX-XX-XXTMO" << core::TimexUnit::Day << 0 << hinted("this morning");
        QTest::newRow("a tuesday") << "XXXX-WXX-2" << core::TimexUnit::None << 0 << hinted("a Tuesday");
        QTest::newRow("the end of the decade") << "XXX" << core::TimexUnit::Decade << 0 << hinted("this decade");
        QTest::newRow("a resolved value has no hint") << "2026" << core::TimexUnit::None << 0 << "2026";
    }
    void describe_unresolvedSaysWhatTheTextCounted()
    {
        QFETCH(QString, value);
        QFETCH(core::TimexUnit, unit);
        QFETCH(int, amount);
        QFETCH(QString, expected);
        const QByteArray v = value.toLatin1();
        QCOMPARE(
            DateDescriber(kBritish, DateDescriber::Reference::Unknown).describe(makeTimex(v.constData(), unit, amount)),
            expected);
    }

    void describe_withReferenceGivesNoHint()
    {
        // With an article date, a value still open (a set, an anaphor) is not the reader's to resolve.
        const DateDescriber known(kBritish, DateDescriber::Reference::Known);
        QCOMPARE(known.describe(makeTimex("XXXX-WXX-2")), QStringLiteral("a Tuesday"));
        const DateDescriber unknown(kBritish, DateDescriber::Reference::Unknown);
        QCOMPARE(unknown.describe(makeTimex("XXXX-WXX-1", core::TimexUnit::None, 0, core::TimexType::Set)),
                 QStringLiteral("every Monday"));
        QCOMPARE(unknown.describe(makeTimex("P3Y", core::TimexUnit::None, 0, core::TimexType::Duration)),
                 QStringLiteral("3 years"));
    }

    void describe_rangeInItsNaturalForm()
    {
        core::Timex t;
        t.value = "2022-04-21/2022-04-24";
        t.rangeStart = "2022-04-21";
        t.rangeEnd = "2022-04-24";
        QCOMPARE(DateDescriber(kBritish).describe(t), QStringLiteral("21–24 April 2022"));
        t.rangeStart = "1939";
        t.rangeEnd = "1945";
        QCOMPARE(DateDescriber(kBritish).describe(t), QStringLiteral("1939–1945"));
        t.rangeStart = "2022-04";
        t.rangeEnd = "2022-06";
        QCOMPARE(DateDescriber(kBritish).describe(t), QStringLiteral("April–June 2022"));
    }

    void describeInterval_prefersTheNaturalPhrase_data()
    {
        QTest::addColumn<core::CalendarDate>("start");
        QTest::addColumn<core::CalendarDate>("end");
        QTest::addColumn<QString>("expected");
        using D = core::CalendarDate;
        QTest::newRow("days of a month") << D{2025, 3, 21} << D{2025, 3, 24} << "21–24 March 2025";
        QTest::newRow("one day") << D{2025, 3, 13} << D{2025, 3, 13} << "Thursday, 13 March 2025";
        QTest::newRow("whole month") << D{2025, 3, 1} << D{2025, 3, 31} << "March 2025";
        QTest::newRow("whole months") << D{2025, 3, 1} << D{2025, 5, 31} << "March–May 2025";
        QTest::newRow("months over the year end") << D{2024, 11, 1} << D{2025, 2, 28} << "November 2024 – February 2025";
        QTest::newRow("whole year") << D{2025, 1, 1} << D{2025, 12, 31} << "2025";
        QTest::newRow("whole years") << D{1990, 1, 1} << D{1999, 12, 31} << "1990–1999";
        QTest::newRow("days across months") << D{2025, 3, 21} << D{2025, 4, 4} << "21 March – 4 April 2025";
        QTest::newRow("days across years") << D{2024, 12, 30} << D{2025, 1, 2} << "30 December 2024 – 2 January 2025";
        QTest::newRow("bce year") << D{-43, 1, 1} << D{-43, 12, 31} << "44 BC";
        QTest::newRow("bce years") << D{-479, 1, 1} << D{-478, 12, 31} << "480–479 BC";
        QTest::newRow("bce day") << D{-43, 3, 15} << D{-43, 3, 15} << "15 March 44 BC";
        QTest::newRow("first bce year") << D{0, 1, 1} << D{0, 12, 31} << "1 BC";
        QTest::newRow("ends swapped") << D{2025, 3, 24} << D{2025, 3, 21} << "21–24 March 2025";
        QTest::newRow("invalid") << D{2025, 2, 30} << D{2025, 3, 2} << "a date";
    }
    void describeInterval_prefersTheNaturalPhrase()
    {
        QFETCH(core::CalendarDate, start);
        QFETCH(core::CalendarDate, end);
        QFETCH(QString, expected);
        QCOMPARE(DateDescriber(kBritish).describeInterval(start, end), expected);
    }

    void describe_followsLocaleOrder()
    {
        const DateDescriber us(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(us.describeValue(QStringLiteral("2022-04-25")), QStringLiteral("Monday, April 25, 2022"));
        QCOMPARE(us.describeValue(QStringLiteral("XXXX-04-25")), QStringLiteral("April 25, year unknown"));
        QCOMPARE(us.describeInterval({2025, 3, 21}, {2025, 3, 24}), QStringLiteral("March 21–24, 2025"));
        QCOMPARE(us.describeInterval({2025, 3, 21}, {2025, 4, 4}), QStringLiteral("March 21 – April 4, 2025"));
    }

    void describe_inGerman_translatorReordersTheWords_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<core::TimexUnit>("unit");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weekday evening joined") << "2025-03-13TEV" << core::TimexUnit::None << 0
                                                << "Donnerstagabend, 13. März 2025";
        QTest::newRow("half of next year, genitive") << "XXXX-H1" << core::TimexUnit::Year << 1
                                                     << "die erste Hälfte des nächsten Jahres – mit dem Datum des Artikels genauer";
        QTest::newRow("quarter of a year") << "2024-Q2" << core::TimexUnit::None << 0 << "das zweite Quartal 2024";
        QTest::newRow("century") << "18" << core::TimexUnit::None << 0 << "das 19. Jahrhundert";
        QTest::newRow("bce") << "BC0044" << core::TimexUnit::None << 0 << "44 v. Chr.";
        QTest::newRow("yesterday evening, capitalised apart") << "XXXX-XX-XXTEV" << core::TimexUnit::Day << -1
                                                              << "gestern Abend – mit dem Datum des Artikels genauer";
        QTest::newRow("days ago") << "XXXX-XX-XX" << core::TimexUnit::Day << -3
                                  << "vor 3 Tagen – mit dem Datum des Artikels genauer";
    }
    void describe_inGerman_translatorReordersTheWords()
    {
        QFETCH(QString, value);
        QFETCH(core::TimexUnit, unit);
        QFETCH(int, amount);
        QFETCH(QString, expected);
        GermanWords german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QByteArray v = value.toLatin1();
        const QString words =
            DateDescriber(QLocale(QLocale::German, QLocale::Germany), DateDescriber::Reference::Unknown)
                .describe(makeTimex(v.constData(), unit, amount));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(words, expected);
    }

    void describeInterval_inGerman()
    {
        const DateDescriber de(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(de.describeInterval({2025, 3, 21}, {2025, 3, 24}), QStringLiteral("21.–24. März 2025"));
        QCOMPARE(de.describeInterval({2025, 3, 1}, {2025, 3, 31}), QStringLiteral("März 2025"));
    }
};

QTEST_MAIN(TestDateDescriber)
#include "tst_datedescriber.moc"
