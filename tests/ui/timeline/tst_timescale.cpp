// The time axis's rules as tables: which step a zoom gets, where its ticks fall, and how they read —
// including years BC, the turn of the era, and day and month in the locale's own order.
#include "timeline/TimeScale.h"

#include "timex/CalendarMath.h"

#include <QTest>

using namespace lede::ui;
using lede::core::CalendarDate;
namespace cal = lede::core::calendar;

Q_DECLARE_METATYPE(TimeUnit)
Q_DECLARE_METATYPE(lede::core::CalendarDate)

namespace {
const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);

QString labels(const std::vector<TimeTick> &ticks)
{
    QStringList out;
    for (const TimeTick &tick : ticks)
        out << (tick.major ? QStringLiteral("*") : QString()) + tick.label;
    return out.join(u'|');
}
} // namespace

class TestTimeScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseStep_isTheFinestWithRoomForLabels_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<TimeUnit>("unit");
        QTest::addColumn<int>("count");
        // Labels need 40 pixels.
        QTest::newRow("a day is 50 px") << 50.0 << TimeUnit::Day << 1;
        QTest::newRow("a day is 25 px") << 25.0 << TimeUnit::Day << 2;
        QTest::newRow("a day is 10 px") << 10.0 << TimeUnit::Week << 1;
        QTest::newRow("a day is 2 px") << 2.0 << TimeUnit::Month << 1;
        QTest::newRow("a day is 1 px") << 1.0 << TimeUnit::Month << 3;
        QTest::newRow("a day is 0.3 px") << 0.3 << TimeUnit::Month << 6;
        QTest::newRow("a year is 36 px") << 0.1 << TimeUnit::Year << 2;
        QTest::newRow("a year is 18 px") << 0.05 << TimeUnit::Year << 5;
        QTest::newRow("a decade is 36 px") << 0.01 << TimeUnit::Decade << 2;
        QTest::newRow("a century is 18 px") << 0.0005 << TimeUnit::Century << 5;
        QTest::newRow("a millennium is 18 px") << 0.00005 << TimeUnit::Millennium << 5;
        QTest::newRow("deep time") << 1e-12 << TimeUnit::Millennium << 1000;
    }
    void chooseStep_isTheFinestWithRoomForLabels()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(TimeUnit, unit);
        QFETCH(int, count);
        const TimeStep step = TimeScale::chooseStep(pixelsPerDay, 40);
        QCOMPARE(step.unit, unit);
        QCOMPARE(step.count, count);
    }

    void zoomingOut_neverChoosesAFinerStep()
    {
        TimeStep previous = TimeScale::chooseStep(1000, 40);
        for (double ppd = 1000; ppd > 1e-9; ppd /= 1.3) {
            const TimeStep step = TimeScale::chooseStep(ppd, 40);
            QVERIFY(step.minDays() >= previous.minDays());
            const bool coarsest = step == TimeStep{TimeUnit::Millennium, 1000};
            QVERIFY2(step.minDays() * ppd >= 40 || coarsest, qPrintable(QString::number(ppd)));
            previous = step;
        }
    }

    void ticks_fallOnRoundDatesAndReadWell_data()
    {
        QTest::addColumn<TimeUnit>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<CalendarDate>("from");
        QTest::addColumn<CalendarDate>("to");
        QTest::addColumn<bool>("markCommonEra");
        QTest::addColumn<QString>("expected"); // * marks a major tick
        QTest::newRow("days across a month end")
            << TimeUnit::Day << 1 << CalendarDate{2025, 3, 30} << CalendarDate{2025, 4, 2} << false
            << QStringLiteral("30 Mar|31 Mar|*1 Apr|2 Apr");
        QTest::newRow("every other day through February")
            << TimeUnit::Day << 2 << CalendarDate{2025, 2, 25} << CalendarDate{2025, 3, 5} << false
            << QStringLiteral("25 Feb|27 Feb|*1 Mar|3 Mar|5 Mar");
        QTest::newRow("every other day skips the 31st, which would touch the 1st")
            << TimeUnit::Day << 2 << CalendarDate{2025, 3, 27} << CalendarDate{2025, 4, 3} << false
            << QStringLiteral("27 Mar|29 Mar|*1 Apr|3 Apr");
        QTest::newRow("weeks start on the locale's first day (Monday)")
            << TimeUnit::Week << 1 << CalendarDate{2025, 3, 1} << CalendarDate{2025, 3, 20} << false
            << QStringLiteral("3 Mar|10 Mar|17 Mar");
        QTest::newRow("months name the year in January")
            << TimeUnit::Month << 1 << CalendarDate{2024, 11, 15} << CalendarDate{2025, 3, 1} << false
            << QStringLiteral("Dec|*2025|Feb|Mar");
        QTest::newRow("quarters") << TimeUnit::Month << 3 << CalendarDate{2024, 1, 1} << CalendarDate{2024, 12, 31}
                                  << false << QStringLiteral("*2024|Apr|Jul|Oct");
        QTest::newRow("years") << TimeUnit::Year << 1 << CalendarDate{2023, 6, 1} << CalendarDate{2026, 1, 1} << false
                               << QStringLiteral("2024|2025|2026");
        QTest::newRow("years across the era: there is no year 0")
            << TimeUnit::Year << 1 << CalendarDate{-2, 1, 1} << CalendarDate{2, 1, 1} << true
            << QStringLiteral("3 BC|2 BC|1 BC|AD 1|AD 2");
        QTest::newRow("five years across the era count BC years as people do")
            << TimeUnit::Year << 5 << CalendarDate{-12, 1, 1} << CalendarDate{12, 1, 1} << true
            << QStringLiteral("10 BC|5 BC|AD 5|AD 10");
        QTest::newRow("double decades keep AD 1 at the turn of the era")
            << TimeUnit::Decade << 2 << CalendarDate{-60, 1, 1} << CalendarDate{50, 1, 1} << true
            << QStringLiteral("60 BC|40 BC|20 BC|AD 1|AD 20|AD 40");
        QTest::newRow("centuries around the era")
            << TimeUnit::Century << 1 << CalendarDate{-350, 1, 1} << CalendarDate{250, 1, 1} << true
            << QStringLiteral("300 BC|200 BC|100 BC|AD 1|AD 100|AD 200");
        QTest::newRow("centuries without BC need no AD")
            << TimeUnit::Century << 1 << CalendarDate{650, 1, 1} << CalendarDate{1100, 1, 1} << false
            << QStringLiteral("700|800|900|1000|1100");
        QTest::newRow("millennia from prehistory")
            << TimeUnit::Millennium << 1 << CalendarDate{-5000, 1, 1} << CalendarDate{2000, 1, 1} << true
            << QStringLiteral("5000 BC|4000 BC|3000 BC|2000 BC|1000 BC|AD 1|1000|2000");
    }
    void ticks_fallOnRoundDatesAndReadWell()
    {
        QFETCH(TimeUnit, unit);
        QFETCH(int, count);
        QFETCH(CalendarDate, from);
        QFETCH(CalendarDate, to);
        QFETCH(bool, markCommonEra);
        QFETCH(QString, expected);
        TimeScale scale(TimeStep{unit, count}, kBritish);
        scale.setMarkCommonEra(markCommonEra);
        const std::vector<TimeTick> ticks = scale.ticks(cal::toDayNumber(from), cal::toDayNumber(to));
        QCOMPARE(labels(ticks), expected);
        for (size_t i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].day > ticks[i - 1].day);
        for (const TimeTick &tick : ticks) { // ticks sit at the start of a day inside the range
            QVERIFY(tick.day >= cal::toDayNumber(from));
            QVERIFY(tick.day <= cal::toDayNumber(to));
        }
    }

    void ticks_ofAnEmptyRange_areNone()
    {
        const TimeScale scale(TimeStep{TimeUnit::Year, 1}, kBritish);
        QVERIFY(scale.ticks(100, 50).empty());
    }

    void yearLabel_neverShowsANegativeNumber_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("markCommonEra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("modern") << 2025 << false << QStringLiteral("2025");
        QTest::newRow("modern, on an axis with BC") << 2025 << true << QStringLiteral("2025");
        QTest::newRow("early, alone") << 79 << false << QStringLiteral("79");
        QTest::newRow("early, on an axis with BC") << 79 << true << QStringLiteral("AD 79");
        QTest::newRow("no group separator") << 1066 << true << QStringLiteral("1066");
        QTest::newRow("44 BC is astronomical -43") << -43 << false << QStringLiteral("44 BC");
        QTest::newRow("astronomical 0 is 1 BC") << 0 << true << QStringLiteral("1 BC");
        QTest::newRow("deep past groups its digits") << -9999 << true << QStringLiteral("10,000 BC");
    }
    void yearLabel_neverShowsANegativeNumber()
    {
        QFETCH(int, year);
        QFETCH(bool, markCommonEra);
        QFETCH(QString, expected);
        TimeScale scale(TimeStep{TimeUnit::Year, 1}, kBritish);
        scale.setMarkCommonEra(markCommonEra);
        QCOMPARE(scale.yearLabel(year), expected);
    }

    void dayMonthLabel_followsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("British") << kBritish << QStringLiteral("14 Mar");
        QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("Mar 14");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("14. März");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("14 mars");
        QTest::newRow("Brazilian keeps 'de' between day and month")
            << QLocale(QLocale::Portuguese, QLocale::Brazil) << QStringLiteral("14 de mar.");
        QTest::newRow("Japanese keeps the day sign") << QLocale(QLocale::Japanese, QLocale::Japan)
                                                     << QStringLiteral("3月14日");
    }
    void dayMonthLabel_followsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(TimeScale(TimeStep{}, locale).dayMonthLabel(3, 14), expected);
    }

    void leapDay_hasALabel()
    {
        QCOMPARE(TimeScale(TimeStep{}, kBritish).dayMonthLabel(2, 29), QStringLiteral("29 Feb"));
    }

    void contextLabel_saysWhatTheTicksLeaveOut_data()
    {
        QTest::addColumn<TimeUnit>("unit");
        QTest::addColumn<CalendarDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("days: the month and year") << TimeUnit::Day << CalendarDate{2025, 3, 14}
                                                  << QStringLiteral("March 2025");
        QTest::newRow("months: the year") << TimeUnit::Month << CalendarDate{-43, 3, 15} << QStringLiteral("44 BC");
        QTest::newRow("years: nothing") << TimeUnit::Year << CalendarDate{2025, 3, 14} << QString();
    }
    void contextLabel_saysWhatTheTicksLeaveOut()
    {
        QFETCH(TimeUnit, unit);
        QFETCH(CalendarDate, date);
        QFETCH(QString, expected);
        QCOMPARE(TimeScale(TimeStep{unit, 1}, kBritish).contextLabel(cal::toDayNumber(date)), expected);
    }
};

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
