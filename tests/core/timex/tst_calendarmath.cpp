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
