// TimeScale: tick steps, tick positions and their labels.
#include "timeline/TimeScale.h"

#include "timex/CalendarMath.h"

#include <QDate>

#include <array>
#include <cstdlib>

namespace lede::ui {

namespace cal = core::calendar;

namespace {

// Finest first. Steps of 1, 2 and 5 (or 3 and 6 for months) keep labels round numbers.
constexpr std::array kSteps = {
    TimeStep{TimeUnit::Day, 1},         TimeStep{TimeUnit::Day, 2},          TimeStep{TimeUnit::Week, 1},
    TimeStep{TimeUnit::Month, 1},       TimeStep{TimeUnit::Month, 3},        TimeStep{TimeUnit::Month, 6},
    TimeStep{TimeUnit::Year, 1},        TimeStep{TimeUnit::Year, 2},         TimeStep{TimeUnit::Year, 5},
    TimeStep{TimeUnit::Decade, 1},      TimeStep{TimeUnit::Decade, 2},       TimeStep{TimeUnit::Decade, 5},
    TimeStep{TimeUnit::Century, 1},     TimeStep{TimeUnit::Century, 2},      TimeStep{TimeUnit::Century, 5},
    TimeStep{TimeUnit::Millennium, 1},  TimeStep{TimeUnit::Millennium, 2},   TimeStep{TimeUnit::Millennium, 5},
    TimeStep{TimeUnit::Millennium, 10}, TimeStep{TimeUnit::Millennium, 100}, TimeStep{TimeUnit::Millennium, 1000},
};

// The year as people count it: astronomical 0 is 1 BC, -43 is 44 BC.
int displayedYear(int astronomicalYear)
{
    return astronomicalYear > 0 ? astronomicalYear : 1 - astronomicalYear;
}

// Whether a year starts a tick of an n-year step. BC years are counted as people count them, so the
// ticks read "200 BC, 100 BC", never "201 BC"; for steps of ten years or more, AD 1 is a tick as well,
// so the axis does not skip a whole step at the turn of the era.
bool isYearTick(int year, int n)
{
    if (n <= 1)
        return true;
    if (year == 1)
        return n >= 10;
    return displayedYear(year) % n == 0;
}

// The first tick year after `year`, computed directly so a millennium step does not walk every year.
int nextYearTick(int year, int n)
{
    if (n <= 1)
        return year + 1;
    if (year >= 1)
        return (year / n + 1) * n;
    const int bcMultiple = ((displayedYear(year) - 1) / n) * n; // the next smaller BC count on the step
    if (bcMultiple >= 1)
        return 1 - bcMultiple;
    return n >= 10 ? 1 : n;
}

} // namespace

double TimeStep::minDays() const
{
    switch (unit) {
    case TimeUnit::Day: return count; // the alternate-day ticks skip the 31st, so no two are closer than `count`
    case TimeUnit::Week: return 7.0 * count;
    case TimeUnit::Month: return 28.0 * count;
    case TimeUnit::Year:
    case TimeUnit::Decade:
    case TimeUnit::Century:
    case TimeUnit::Millennium:
        // The step across the era boundary (AD 1) is one year shorter than the others.
        return 365.0 * (years() - (years() >= 10 ? 1 : 0));
    }
    return count;
}

int TimeStep::years() const
{
    switch (unit) {
    case TimeUnit::Year: return count;
    case TimeUnit::Decade: return 10 * count;
    case TimeUnit::Century: return 100 * count;
    case TimeUnit::Millennium: return 1000 * count;
    default: return 0;
    }
}

TimeScale::TimeScale(double pixelsPerDay, double minTickSpacing, const QLocale &locale)
    : m_step(chooseStep(pixelsPerDay, minTickSpacing)), m_locale(locale), m_dayMonthFormat(dayMonthFormat(locale))
{}

TimeScale::TimeScale(TimeStep step, const QLocale &locale)
    : m_step(step), m_locale(locale), m_dayMonthFormat(dayMonthFormat(locale))
{}

TimeStep TimeScale::chooseStep(double pixelsPerDay, double minTickSpacing)
{
    for (const TimeStep &step : kSteps) {
        if (step.minDays() * pixelsPerDay >= minTickSpacing)
            return step;
    }
    return kSteps.back();
}

std::vector<TimeTick> TimeScale::ticks(int64_t firstDay, int64_t lastDay) const
{
    std::vector<TimeTick> out;
    if (lastDay < firstDay)
        return out;
    const core::CalendarDate first = cal::fromDayNumber(firstDay);
    switch (m_step.unit) {
    case TimeUnit::Day:
    case TimeUnit::Week: {
        const int firstWeekday = static_cast<int>(m_locale.firstDayOfWeek()); // Monday = 1, like ISO
        for (int64_t day = firstDay; day <= lastDay; ++day) {
            const core::CalendarDate d = cal::fromDayNumber(day);
            bool tick = true;
            if (m_step.unit == TimeUnit::Week)
                tick = cal::isoWeekday(d) == firstWeekday;
            else if (m_step.count == 2) // odd days, but never the month's last (it would touch the 1st)
                tick = d.day % 2 == 1 && d.day < cal::daysInMonth(d.year, d.month);
            if (tick)
                out.push_back({day, dayMonthLabel(d.month, d.day), d.day == 1});
        }
        break;
    }
    case TimeUnit::Month: {
        core::CalendarDate d{first.year, first.month, 1};
        if (cal::toDayNumber(d) < firstDay)
            d = cal::addMonths(d, 1);
        for (int64_t day = cal::toDayNumber(d); day <= lastDay; d = cal::addMonths(d, 1), day = cal::toDayNumber(d)) {
            if ((d.month - 1) % m_step.count != 0)
                continue;
            if (d.month == 1)
                out.push_back({day, yearLabel(d.year), true});
            else
                out.push_back({day, monthLabel(d.month), false});
        }
        break;
    }
    default: {
        const int n = m_step.years();
        int year = first.year;
        if (cal::toDayNumber({year, 1, 1}) < firstDay)
            ++year;
        if (!isYearTick(year, n))
            year = nextYearTick(year, n);
        for (int64_t day = cal::toDayNumber({year, 1, 1}); day <= lastDay;
             year = nextYearTick(year, n), day = cal::toDayNumber({year, 1, 1}))
            out.push_back({day, yearLabel(year), false});
        break;
    }
    }
    return out;
}

QString TimeScale::yearLabel(int astronomicalYear) const
{
    QLocale locale = m_locale;
    // Group separators suit "10,000 BC" but not "1066".
    const int shown = displayedYear(astronomicalYear);
    if (shown < 10000)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString number = locale.toString(shown);
    if (astronomicalYear <= 0)
        return tr("%1 BC", "a year before the common era").arg(number);
    if (m_markCommonEra && astronomicalYear < 1000)
        return tr("AD %1", "an early year of the common era, on an axis that also shows years BC").arg(number);
    return number;
}

QString TimeScale::dayMonthLabel(int month, int day) const
{
    // Month and day only: a leap year lets 29 February through.
    return m_locale.toString(QDate(2000, month, day), m_dayMonthFormat);
}

QString TimeScale::monthLabel(int month) const
{
    return m_locale.standaloneMonthName(month, QLocale::ShortFormat);
}

QString TimeScale::contextLabel(int64_t day) const
{
    const core::CalendarDate d = cal::fromDayNumber(day);
    switch (m_step.unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return tr("%1 %2", "month name, year").arg(m_locale.standaloneMonthName(d.month), yearLabel(d.year));
    case TimeUnit::Month: return yearLabel(d.year);
    default: return {};
    }
}

QString TimeScale::dayMonthFormat(const QLocale &locale)
{
    // Tokenise the long format into fields (runs of one letter) and literals, keep the stretch from the
    // first day-or-month field to the last one, and the letters glued to its end ("d日" in Japanese,
    // "d." in Hungarian), but not the separators before a removed year or weekday.
    const QString format = locale.dateFormat(QLocale::LongFormat);
    struct Token
    {
        QString text;
        bool dayOrMonth = false;
    };
    std::vector<Token> tokens;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype j = i + 1;
        if (c == u'\'') {
            while (j < format.size() && format.at(j) != u'\'')
                ++j;
            j = std::min(j + 1, format.size());
            tokens.push_back({format.mid(i, j - i), false});
        } else if (c == u'd' || c == u'M' || c == u'y') {
            while (j < format.size() && format.at(j) == c)
                ++j;
            const qsizetype length = j - i;
            const bool weekday = c == u'd' && length >= 3;
            tokens.push_back({format.mid(i, length), c != u'y' && !weekday});
            if (c == u'y' || weekday)
                tokens.back().text.clear(); // removed
        } else {
            tokens.push_back({QString(c), false});
        }
        i = j;
    }
    qsizetype firstKept = -1, lastKept = -1;
    for (qsizetype k = 0; k < qsizetype(tokens.size()); ++k) {
        if (tokens[size_t(k)].dayOrMonth) {
            if (firstKept < 0)
                firstKept = k;
            lastKept = k;
        }
    }
    if (firstKept < 0)
        return QStringLiteral("d MMM");
    QString out;
    for (qsizetype k = firstKept; k <= lastKept; ++k)
        out += tokens[size_t(k)].text;
    for (qsizetype k = lastKept + 1; k < qsizetype(tokens.size()); ++k) {
        const QString &t = tokens[size_t(k)].text;
        if (t.size() != 1 || t.at(0).isSpace() || t.at(0) == u',' || t.at(0) == u'\'')
            break;
        out += t;
    }
    out.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return out;
}

} // namespace lede::ui
