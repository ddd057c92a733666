// Tests for the calendar arithmetic behind relative dates: ISO weeks, month arithmetic, weekdays.
#include "timex/CalendarMath.h"

#include <QTest>

using namespace lede::core;
namespace cal = lede::core::calendar;

class TestCalendarMath final : public QObject
{
    Q_OBJECT

private slots:
    void isoWeek_data()
    {
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("weekYear");
        QTest::addColumn<int>("week");
        QTest::newRow("mid year") << 2022 << 4 << 25 << 2022 << 17;
        QTest::newRow("jan 1 in last year's week") << 2021 << 1 << 1 << 2020 << 53;
        QTest::newRow("dec 31 in next year's week") << 2024 << 12 << 31 << 2025 << 1;
        QTest::newRow("first thursday") << 2015 << 1 << 1 << 2015 << 1;
    }
    void isoWeek()
    {
        QFETCH(int, y);
        QFETCH(int, m);
        QFETCH(int, d);
        QFETCH(int, weekYear);
        QFETCH(int, week);
        const cal::IsoWeek w = cal::isoWeek({y, m, d});
        QCOMPARE(w.year, weekYear);
        QCOMPARE(w.week, week);
    }

    void addMonths_clampsToMonthEnd()
    {
        QCOMPARE(cal::addMonths({2022, 1, 31}, 1), (CalendarDate{2022, 2, 28}));
        QCOMPARE(cal::addMonths({2024, 1, 31}, 1), (CalendarDate{2024, 2, 29}));
        QCOMPARE(cal::addMonths({2022, 1, 15}, -1), (CalendarDate{2021, 12, 15}));
    }

    void dayNumbers_roundTripAcrossEras()
    {
        for (const CalendarDate d : {CalendarDate{1970, 1, 1}, CalendarDate{-490, 9, 12}, CalendarDate{1, 1, 1}, CalendarDate{2400, 2, 29}})
            QCOMPARE(cal::fromDayNumber(cal::toDayNumber(d)), d);
        QCOMPARE(cal::toDayNumber({1970, 1, 2}), int64_t(1));
    }

    void weekday_isIso()
    {
        QCOMPARE(cal::isoWeekday({2022, 4, 25}), 1); // Monday
        QCOMPARE(cal::isoWeekday({2000, 1, 1}), 6);  // Saturday
    }

    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("2000") << 2000 << 4 << 23;
        QTest::newRow("2024 in March") << 2024 << 3 << 31;
        QTest::newRow("2025") << 2025 << 4 << 20;
        QTest::newRow("earliest possible, 1818") << 1818 << 3 << 22;
        QTest::newRow("latest possible, 1943") << 1943 << 4 << 25;
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QCOMPARE(cal::easterSunday(year), (CalendarDate{year, month, day}));
        QCOMPARE(cal::isoWeekday(cal::easterSunday(year)), 7);
    }

    void easterSunday_neverFailsForOddYears()
    {
        for (const int y : {0, -44, 1, 999, 100000, -100000}) {
            const CalendarDate d = cal::easterSunday(y);
            QVERIFY2(cal::isValidDate(d.year, d.month, d.day), qPrintable(QString::number(y)));
            QVERIFY(d.month == 3 || d.month == 4);
        }
    }

    void nthWeekdayOfMonth_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("day");
        QTest::newRow("fourth Thursday of November 1999 (Thanksgiving)") << 1999 << 11 << 4 << 4 << 25;
        QTest::newRow("first Monday of September 1998 (Labor Day)") << 1998 << 9 << 1 << 1 << 7;
        QTest::newRow("last Monday of May 2025 (Memorial Day)") << 2025 << 5 << 1 << -1 << 26;
        QTest::newRow("a fifth that does not exist is the last") << 2022 << 2 << 1 << 5 << 28;
        QTest::newRow("the month's first day when it is that weekday") << 2022 << 8 << 1 << 1 << 1;
    }
    void nthWeekdayOfMonth()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, weekday);
        QFETCH(int, nth);
        QFETCH(int, day);
        QCOMPARE(cal::nthWeekdayOfMonth(year, month, weekday, nth), (CalendarDate{year, month, day}));
    }

    void nthWeekdayOfMonth_badInputStaysInsideTheMonth()
    {
        const CalendarDate d = cal::nthWeekdayOfMonth(2022, 13, 9, 0);
        QVERIFY(cal::isValidDate(d.year, d.month, d.day));
    }

    void validity_knowsLeapYears()
    {
        QVERIFY(cal::isValidDate(2000, 2, 29));
        QVERIFY(!cal::isValidDate(1900, 2, 29));
        QVERIFY(!cal::isValidDate(2022, 2, 30));
        QVERIFY(!cal::isValidDate(2022, 13, 1));
    }
};

QTEST_APPLESS_MAIN(TestCalendarMath)
#include "tst_calendarmath.moc"
