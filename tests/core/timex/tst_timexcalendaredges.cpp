// Tests for values at the edges of the calendar: years before the common era (TIMEX3 writes 1 BC as "BC0001", the
// astronomical year 0), reference dates at the end of what a four-digit year can hold, and impossible days.
#include "TimexTestSupport.h"
#include "timex/TimexTagger.h"

#include <QTest>

using namespace lede::core;
using lede::core::testing::describe;
using lede::core::testing::spanOf;
using lede::core::testing::u16;

class TestTimexCalendarEdges final : public QObject
{
    Q_OBJECT

private slots:
    void yearsBeforeTheCommonEra_data()
    {
        testing::addTimexColumns();
        const QString none;
        QTest::newRow("1 BC") << "The coin was struck in 1 BC." << none << "1 BC" << "date" << "BC0001";
        QTest::newRow("44 BC") << "The harbour wall went up in 44 BC." << none << "44 BC" << "date" << "BC0044";
        // A reference date in year 1: the month and the year before it are in 1 BC, as the text "1 BC" is.
        QTest::newRow("the month before 0001-01") << "The well ran dry last month." << "0001-01-15" << "last month" << "date" << "BC0001-12";
        QTest::newRow("the year before 0001") << "The well ran dry last year." << "0001-03-10" << "last year" << "date" << "BC0001";
        // The reference date's year 0 is astronomical: 1 BC.
        QTest::newRow("this year in year 0") << "The well runs dry this year." << "0000-06-15" << "this year" << "date" << "BC0001";
        QTest::newRow("last year in year 0") << "The well ran dry last year." << "0000-06-15" << "last year" << "date" << "BC0002";
        QTest::newRow("next year in year 0") << "The well runs dry next year." << "0000-06-15" << "next year" << "date" << "0001";
        QTest::newRow("the month before year 0") << "The well ran dry last month." << "0000-01-10" << "last month" << "date" << "BC0002-12";
        QTest::newRow("yesterday on 0001-01-01") << "The well ran dry yesterday." << "0001-01-01" << "yesterday" << "date" << "BC0001-12-31";
    }
    void yearsBeforeTheCommonEra() { testing::checkTimexRow(ReferenceSource::Metadata, true); }

    // TIMEX3 years have four digits; a year past 9999 is told as the future, never as "10000".
    void yearsPastFourDigits_data()
    {
        testing::addTimexColumns();
        const QString last = QStringLiteral("9999-12-31");
        QTest::newRow("next year") << "The bridge reopens next year." << last << "next year" << "date" << "FUTURE_REF";
        QTest::newRow("next spring") << "The bridge reopens next spring." << last << "next spring" << "date" << "FUTURE_REF";
        QTest::newRow("next month") << "The bridge reopens next month." << last << "next month" << "date" << "FUTURE_REF";
        QTest::newRow("tomorrow") << "The bridge reopens tomorrow." << last << "tomorrow" << "date" << "FUTURE_REF";
        QTest::newRow("yesterday still fits") << "The bridge closed yesterday." << last << "yesterday" << "date" << "9999-12-30";
        QTest::newRow("this year still fits") << "The bridge closes this year." << last << "this year" << "date" << "9999";
    }
    void yearsPastFourDigits() { testing::checkTimexRow(ReferenceSource::Metadata, true); }

    void noValueHasMoreThanFourYearDigits()
    {
        const std::u16string t =
            u"It reopens next year, next spring, in the next decade, next quarter and in two years.";
        const auto found =
            TimexTagger::tag(t, {}, testing::optionsFor(QStringLiteral("9999-12-31"), ReferenceSource::Metadata));
        QVERIFY(!found.empty());
        for (const Timex &x : found)
            QVERIFY2(x.value.find("10000") == std::string::npos && x.value.find("1000-") == std::string::npos,
                     qPrintable(describe(t, found)));
    }

    // A day the month does not have makes no date: not the whole phrase, and not its month or year either, which would
    // state a value the text does not ("February 31, 2020" once gave "February" the reference year, 2022-02).
    void impossibleDays_data()
    {
        testing::addTimexColumns();
        const QString ref = QStringLiteral("2022-04-25");
        QTest::newRow("29 February 2024 is real") << "The invoice is dated 29 February 2024." << ref << "29 February 2024" << "date" << "2024-02-29";
        QTest::newRow("29 February in a leap year's document") << "The invoice is dated 29 February." << "2024-04-25" << "29 February" << "date" << "2024-02-29";
        // A leap day in a common year's document is a real day of a year the text does not name.
        QTest::newRow("29 February in a common year's document") << "The invoice is dated 29 February." << ref << "29 February" << "date" << "XXXX-02-29";
        QTest::newRow("the next date still counts") << "The invoice is dated 31 February 2020, paid on 3 March 2020." << ref << "3 March 2020" << "date" << "2020-03-03";
    }
    void impossibleDays() { testing::checkTimexRow(ReferenceSource::Metadata, true); }

    void impossibleDay_isNeverPartOfADate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("day");
        QTest::newRow("day first") << "The invoice is dated 31 February 2020 and was paid." << "31";
        QTest::newRow("month first") << "The invoice is dated February 31, 2020 and was paid." << "31";
        QTest::newRow("numeric") << "The invoice is dated 2021-02-30 and was paid." << "2021-02-30";
        QTest::newRow("june 31") << "The invoice is dated June 31, 2021 and was paid." << "31";
        QTest::newRow("29 February in a common year") << "The invoice is dated 29 February 2023 and was paid." << "29";
        QTest::newRow("day first, slashes") << "The invoice is dated 30/02/2021 and was paid." << "30/02/2021";
        QTest::newRow("31 April without a year") << "The invoice is dated 31 April and was paid." << "31";
    }
    void impossibleDay_isNeverPartOfADate()
    {
        QFETCH(QString, text);
        QFETCH(QString, day);
        const std::u16string t = u16(text);
        const auto found =
            TimexTagger::tag(t, {}, testing::optionsFor(QStringLiteral("2022-04-25"), ReferenceSource::Metadata));
        // Nothing between "dated" and "and" is a date.
        const int from = static_cast<int>(text.indexOf(QStringLiteral("dated"))) + 5;
        const int to = static_cast<int>(text.indexOf(QStringLiteral(" and ")));
        QVERIFY(text.indexOf(day) > from);
        for (const Timex &x : found)
            QVERIFY2(!x.range.overlaps(TextRange{from, to}), qPrintable(describe(t, found)));
    }
};

QTEST_APPLESS_MAIN(TestTimexCalendarEdges)
#include "tst_timexcalendaredges.moc"
