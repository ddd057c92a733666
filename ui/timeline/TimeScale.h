// TimeScale: chooses the ticks of a time axis for a given zoom — days within a month, months within a
// few years, years, decades, centuries or millennia for history — and words their labels for the
// user's locale. Pure (no widget), so the rules are tested as tables. Days are core day numbers
// (days since 1970-01-01, proleptic Gregorian, any year; astronomical years, 0 = 1 BC).
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <vector>

namespace lede::ui {

enum class TimeUnit : uint8_t { Day, Week, Month, Year, Decade, Century, Millennium };

struct TimeStep
{
    TimeUnit unit = TimeUnit::Day;
    int count = 1; // ticks every `count` units
    // The shortest distance between two ticks of this step, in days (February, a common year).
    double minDays() const;
    int years() const; // years per step for Year and coarser units; 0 otherwise
    constexpr bool operator==(const TimeStep &) const = default;
};

struct TimeTick
{
    int64_t day = 0; // the tick sits at the start of this day
    QString label;
    bool major = false; // begins a wider unit (a month among days, a year among months): drawn stronger
};

class TimeScale final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::TimeScale)

public:
    // `minTickSpacing`: the fewest pixels between two labelled ticks.
    TimeScale(double pixelsPerDay, double minTickSpacing, const QLocale &locale = QLocale());
    TimeScale(TimeStep step, const QLocale &locale);

    // The finest step whose ticks stay at least `minTickSpacing` pixels apart.
    static TimeStep chooseStep(double pixelsPerDay, double minTickSpacing);

    TimeStep step() const { return m_step; }
    TimeUnit unit() const { return m_step.unit; }

    // Write "AD" before common-era years below 1000 ("AD 79"). Needed only when the axis also shows
    // BC years; otherwise "79" is clear and shorter. Years BC always say so ("44 BC").
    void setMarkCommonEra(bool mark) { m_markCommonEra = mark; }

    // The ticks in [firstDay, lastDay], in order.
    std::vector<TimeTick> ticks(int64_t firstDay, int64_t lastDay) const;

    // Words for an astronomical year: 2025 → "2025", 79 → "79" or "AD 79", -43 → "44 BC", 0 → "1 BC".
    QString yearLabel(int astronomicalYear) const;
    // Day and short month in the locale's order ("14 Mar", "Mar 14", "14. März").
    QString dayMonthLabel(int month, int day) const;
    QString monthLabel(int month) const; // short standalone month name
    // What the ticks leave unsaid, for a heading above them: "March 2025" for day ticks, "2025" for
    // month ticks, empty for years and coarser.
    QString contextLabel(int64_t day) const;

    // The locale's long date format cut to day and month (weekday and year removed, the order and
    // literals between day and month kept), with the month abbreviated.
    static QString dayMonthFormat(const QLocale &locale);

private:
    TimeStep m_step;
    QLocale m_locale;
    QString m_dayMonthFormat;
    bool m_markCommonEra = false;
};

} // namespace lede::ui
