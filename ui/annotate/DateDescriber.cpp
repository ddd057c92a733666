// DateDescriber: TIMEX3 values in words. The value is read into its parts (year, month, day, week,
// quarter, half, season, time) and each shape gets a whole translatable phrase, so a translator can
// order the words as the language needs. A shape it does not know reads "a date", never the code.
#include "annotate/DateDescriber.h"

#include "timex/CalendarMath.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <optional>

namespace lede::ui {

namespace {
constexpr int kUnknown = -1; // a part written X
constexpr int kAbsent = 0;   // a part not written at all

int partValue(const QString &s)
{
    if (s.isEmpty())
        return kAbsent;
    if (s.startsWith(QLatin1Char('X')))
        return kUnknown;
    return s.toInt();
}
} // namespace

// A calendar value read into its parts. Years are TIMEX years: -44 is 44 BC.
struct DateDescriber::Parts
{
    bool yearKnown = false;
    int year = 0;
    int month = kAbsent, day = kAbsent, week = kAbsent, weekday = kAbsent, quarter = kAbsent, half = kAbsent;
    bool weekend = false;
    QString season; // SP, SU, FA, WI
    QString time;   // MO, AF, EV, NI, DT or hh:mm[:ss]

    static std::optional<Parts> read(const QString &value)
    {
        static const QRegularExpression shape(QStringLiteral(
            "^(\\d{4}|BC\\d{4}|XXXX)"
            "(?:-(?:(\\d\\d|XX)(?:-(\\d\\d|XX))?|W(\\d\\d|XX)(?:-([1-7]|WE))?|Q([1-4]|X)|H([12]|X)|(SP|SU|FA|WI)))?"
            "(?:T(MO|AF|EV|NI|DT|\\d\\d:\\d\\d(?::\\d\\d)?))?$"));
        const QRegularExpressionMatch m = shape.match(value);
        if (!m.hasMatch())
            return std::nullopt;
        Parts p;
        const QString y = m.captured(1);
        p.yearKnown = y != QLatin1String("XXXX");
        if (p.yearKnown)
            p.year = y.startsWith(QLatin1String("BC")) ? -y.mid(2).toInt() : y.toInt();
        p.month = partValue(m.captured(2));
        p.day = partValue(m.captured(3));
        p.week = partValue(m.captured(4));
        p.weekend = m.captured(5) == QLatin1String("WE");
        p.weekday = p.weekend ? kAbsent : partValue(m.captured(5));
        p.quarter = partValue(m.captured(6));
        p.half = partValue(m.captured(7));
        p.season = m.captured(8);
        p.time = m.captured(9);
        if (p.month > 12 || p.week > 53 || (p.yearKnown && p.year == 0))
            return std::nullopt;
        return p;
    }
};

DateDescriber::DateDescriber(const QLocale &locale, Reference reference) : m_locale(locale), m_reference(reference) {}

QString DateDescriber::describe(const core::Timex &timex) const
{
    if (!timex.rangeStart.empty() && !timex.rangeEnd.empty())
        return describeRange(QString::fromStdString(timex.rangeStart), QString::fromStdString(timex.rangeEnd),
                             timex.type);
    const QString value = QString::fromStdString(timex.value);
    return withHint(describeOne(value, timex.type, timex.unresolved), value, timex.type, timex.unresolved);
}

QString DateDescriber::describeValue(const QString &value, core::TimexType type) const
{
    const int slash = static_cast<int>(value.indexOf(QLatin1Char('/')));
    if (slash > 0)
        return describeRange(value.left(slash), value.mid(slash + 1), type);
    return withHint(describeOne(value, type, {}), value, type, {});
}

bool DateDescriber::needsReference(const QString &value, core::TimexType type)
{
    if (type == core::TimexType::Duration || type == core::TimexType::Set)
        return false;
    // "XXXX…" has no year; "XXX" and "XX" are a decade and a century counted from an unknown date.
    return value.startsWith(QLatin1String("XXXX")) || value == QLatin1String("XXX") || value == QLatin1String("XX");
}

QString DateDescriber::withHint(const QString &words, const QString &value, core::TimexType type,
                                core::TimexOffset unresolved) const
{
    if (m_reference == Reference::Known || !(needsReference(value, type) || unresolved.unit != core::TimexUnit::None))
        return words;
    return tr("%1 — set the article's date to resolve it",
              "%1 a date in words that depends on the article's date, which is not known")
        .arg(words);
}

QString DateDescriber::describeRange(const QString &start, const QString &end, core::TimexType type) const
{
    static const QRegularExpression fullDate(QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch a = fullDate.match(start), b = fullDate.match(end);
    if (a.hasMatch() && b.hasMatch()) {
        const core::CalendarDate s{a.captured(1).toInt(), a.captured(2).toInt(), a.captured(3).toInt()};
        const core::CalendarDate e{b.captured(1).toInt(), b.captured(2).toInt(), b.captured(3).toInt()};
        if (core::calendar::isValidDate(s.year, s.month, s.day) && core::calendar::isValidDate(e.year, e.month, e.day)
            && s <= e)
            return describeInterval(s, e);
    }
    static const QRegularExpression monthOnly(QStringLiteral("^(\\d{4})-(\\d\\d)$"));
    const QRegularExpressionMatch ma = monthOnly.match(start), mb = monthOnly.match(end);
    if (ma.hasMatch() && mb.hasMatch()) {
        const core::CalendarDate s{ma.captured(1).toInt(), ma.captured(2).toInt(), 1};
        const int endYear = mb.captured(1).toInt(), endMonth = mb.captured(2).toInt();
        const core::CalendarDate e{endYear, endMonth, core::calendar::daysInMonth(endYear, endMonth)};
        if (core::calendar::isValidDate(s.year, s.month, 1) && e.day > 0 && s <= e)
            return describeInterval(s, e);
    }
    static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
    if (yearOnly.match(start).hasMatch() && yearOnly.match(end).hasMatch() && start < end)
        return tr("%1–%2", "a span of years: '1939–1945'").arg(start, end);
    const QString words = tr("%1 – %2", "date range").arg(describeOne(start, type, {}), describeOne(end, type, {}));
    return needsReference(start, type) || needsReference(end, type) ? withHint(words, start, type, {}) : words;
}

QString DateDescriber::fallback(core::TimexType type) const
{
    switch (type) {
    case core::TimexType::Time: return tr("a time", "a time of day that could not be put in words");
    case core::TimexType::Duration: return tr("a length of time", "a duration that could not be put in words");
    case core::TimexType::Set: return tr("repeatedly", "a recurring time that could not be put in words");
    case core::TimexType::Date: break;
    }
    return tr("a date", "a date that could not be put in words");
}

QString DateDescriber::describeOne(const QString &value, core::TimexType type, core::TimexOffset unresolved) const
{
    if (value.isEmpty())
        return fallback(type);
    if (value == QLatin1String("PRESENT_REF"))
        return tr("the present");
    if (value == QLatin1String("PAST_REF"))
        return tr("the past");
    if (value == QLatin1String("FUTURE_REF"))
        return tr("the future");
    if (type == core::TimexType::Set) {
        const QString set = describeSet(value);
        return set.isEmpty() ? fallback(type) : set;
    }
    if (value.startsWith(QLatin1Char('P'))) {
        const QString d = describeDuration(value);
        return d.isEmpty() ? fallback(core::TimexType::Duration) : d;
    }
    // An expression counted from a reference date the tagger did not have: say what the text counted.
    static const QRegularExpression allUnknown(QStringLiteral("^X+(-(XX|WXX|QX|HX)){0,2}(-WE)?$"));
    if (unresolved.unit != core::TimexUnit::None && allUnknown.match(value).hasMatch()) {
        const QString phrase = relativePhrase(unresolved);
        if (!phrase.isEmpty())
            return phrase;
    }
    static const QRegularExpression timeOnly(QStringLiteral("^T(\\d\\d:\\d\\d(?::\\d\\d)?)$"));
    if (const QRegularExpressionMatch m = timeOnly.match(value); m.hasMatch()) {
        const QString clock = clockText(m.captured(1));
        return clock.isEmpty() ? fallback(core::TimexType::Time) : clock;
    }
    static const QRegularExpression decade(QStringLiteral("^(\\d{3})X?$"));
    if (const QRegularExpressionMatch m = decade.match(value); m.hasMatch())
        return tr("the %1s", "a decade: 'the 1990s'").arg(m.captured(1).toInt() * 10);
    static const QRegularExpression century(QStringLiteral("^(\\d{2})(?:XX)?$"));
    if (const QRegularExpressionMatch m = century.match(value); m.hasMatch())
        return tr("the %1 century", "%1 an ordinal number: 'the 19th century'")
            .arg(ordinalNumber(m.captured(1).toInt() + 1));
    static const QRegularExpression millennium(QStringLiteral("^(\\d)$"));
    if (const QRegularExpressionMatch m = millennium.match(value); m.hasMatch())
        return tr("the %1 millennium", "%1 an ordinal word: 'the third millennium'")
            .arg(ordinalWord(m.captured(1).toInt() + 1));
    // Before the common era: "BC050" the 500s BC, "BC04" the 5th century BC, "BC1" the 2nd millennium BC.
    static const QRegularExpression bceDecade(QStringLiteral("^BC(\\d{3})$"));
    if (const QRegularExpressionMatch m = bceDecade.match(value); m.hasMatch())
        return tr("the %1s BC", "a decade before the common era: 'the 500s BC'").arg(m.captured(1).toInt() * 10);
    static const QRegularExpression bceCentury(QStringLiteral("^BC(\\d{2})$"));
    if (const QRegularExpressionMatch m = bceCentury.match(value); m.hasMatch())
        return tr("the %1 century BC", "%1 an ordinal number: 'the 5th century BC'")
            .arg(ordinalNumber(m.captured(1).toInt() + 1));
    static const QRegularExpression bceMillennium(QStringLiteral("^BC(\\d)$"));
    if (const QRegularExpressionMatch m = bceMillennium.match(value); m.hasMatch())
        return tr("the %1 millennium BC", "%1 an ordinal word: 'the second millennium BC'")
            .arg(ordinalWord(m.captured(1).toInt() + 1));
    if (value == QLatin1String("XXX"))
        return tr("a decade", "a decade not known");
    if (value == QLatin1String("XX"))
        return tr("a century", "a century not known");
    const std::optional<Parts> parts = Parts::read(value);
    if (!parts)
        return fallback(type);
    const QString words = describeCalendar(*parts, type, unresolved);
    return words.isEmpty() ? fallback(type) : words;
}

QString DateDescriber::describeCalendar(const Parts &p, core::TimexType type, core::TimexOffset unresolved) const
{
    const bool relativeYear = !p.yearKnown && unresolved.unit == core::TimexUnit::Year;
    const QString year = p.yearKnown ? yearText(p.year)
        : relativeYear               ? relativeYearText(unresolved.amount)
                                     : QString();
    if (p.quarter != kAbsent || p.half != kAbsent) {
        const bool isQuarter = p.quarter != kAbsent;
        const int n = isQuarter ? p.quarter : p.half;
        if (n == kUnknown) {
            if (year.isEmpty())
                return isQuarter ? tr("a quarter", "a quarter of a year not known") : tr("a half-year");
            return (isQuarter ? tr("a quarter of %1", "%1 a year") : tr("a half of %1", "%1 a year")).arg(year);
        }
        if (year.isEmpty())
            return isQuarter
                ? tr("the %1 quarter, year unknown", "%1 an ordinal word: first…fourth").arg(ordinalWord(n))
                : tr("the %1 half, year unknown", "%1 an ordinal word: first, second").arg(ordinalWord(n));
        return isQuarter ? tr("the %1 quarter of %2", "%1 an ordinal word (first…fourth), %2 a year or 'next year'")
                               .arg(ordinalWord(n), year)
                         : tr("the %1 half of %2", "%1 an ordinal word (first, second), %2 a year or 'next year'")
                               .arg(ordinalWord(n), year);
    }
    if (!p.season.isEmpty()) {
        const QString name = p.season == QLatin1String("SP") ? tr("spring")
            : p.season == QLatin1String("SU")                ? tr("summer")
            : p.season == QLatin1String("FA")                ? tr("autumn")
                                                             : tr("winter");
        if (year.isEmpty())
            return tr("%1, year unknown", "a season").arg(name);
        return tr("%1 %2", "season, year: 'spring 2025', 'spring next year'").arg(name, year);
    }
    if (p.week != kAbsent)
        return describeDay(p, type, unresolved);
    if (p.month == kAbsent) { // a year alone
        if (!p.time.isEmpty())
            return {};
        return year.isEmpty() ? tr("a year", "a year not known") : year;
    }
    if (p.day == kAbsent) { // a month
        if (!p.time.isEmpty())
            return {};
        if (p.month == kUnknown)
            return year.isEmpty() ? tr("a month", "a month not known") : tr("a month in %1", "%1 a year").arg(year);
        if (year.isEmpty())
            return tr("%1, year unknown", "a month").arg(m_locale.standaloneMonthName(p.month));
        if (relativeYear)
            return tr("%1 %2", "month, relative year: 'March next year'")
                .arg(m_locale.standaloneMonthName(p.month), year);
        return monthYearText(p.month, year);
    }
    return describeDay(p, type, unresolved);
}

// A day (or a week, or a weekend), with its time of day when it has one.
QString DateDescriber::describeDay(const Parts &p, core::TimexType type, core::TimexOffset unresolved) const
{
    if (p.week != kAbsent) {
        if (p.week == kUnknown) {
            if (p.weekday > 0) { // "XXXX-WXX-2": a Tuesday, its week not known
                const QString name = m_locale.dayName(p.weekday, QLocale::LongFormat);
                if (p.time.isEmpty())
                    return tr("a %1", "an unknown date on a weekday: 'a Tuesday'").arg(name);
                if (p.time.front().isDigit())
                    return tr("a %1 at %2", "weekday, clock time: 'a Tuesday at 15:00'").arg(name, clockText(p.time));
                return tr("a %1", "an unknown date on a weekday and part of day: 'a Tuesday evening'")
                    .arg(tr("%1 %2", "weekday, part of day: 'Thursday evening'").arg(name, partOfDayWord(p.time)));
            }
            if (!p.yearKnown)
                return p.weekend ? tr("a weekend") : tr("a week", "a week not known");
            return p.weekend ? tr("a weekend in %1", "%1 a year").arg(yearText(p.year))
                             : tr("a week in %1", "%1 a year").arg(yearText(p.year));
        }
        if (!p.yearKnown || p.year < 1)
            return {};
        // The ISO week's Monday: week 1 holds 4 January.
        const QDate jan4(p.year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek() + 7LL * (p.week - 1));
        if (p.weekend) {
            const QDate saturday = monday.addDays(5), sunday = monday.addDays(6);
            return tr("the weekend of %1", "%1 a Saturday and Sunday: 'the weekend of 15–16 March 2025'")
                .arg(describeInterval({saturday.year(), saturday.month(), saturday.day()},
                                      {sunday.year(), sunday.month(), sunday.day()}));
        }
        if (p.weekday > 0)
            return withTime(p, dateText(monday.addDays(p.weekday - 1), true), type, unresolved);
        return tr("the week of %1", "%1 the Monday that begins the week: 'the week of 10 March 2025'")
            .arg(dateText(monday, false));
    }
    // A day of a month.
    if (p.day == kUnknown) {
        if (!p.time.isEmpty() && !p.yearKnown && unresolved.unit == core::TimexUnit::Day)
            return withTime(p, QString(), type, unresolved); // "yesterday evening" with no date to count from
        if (!p.time.isEmpty())
            return withTime(p, QString(), type, {});
        if (!p.yearKnown)
            return tr("a day", "a day not known");
        if (p.month == kUnknown)
            return tr("a day in %1", "%1 a year or month: 'a day in 1998'").arg(yearText(p.year));
        return tr("a day in %1", "%1 a year or month: 'a day in 1998'").arg(monthYearText(p.month, yearText(p.year)));
    }
    if (p.month == kUnknown || !QDate(2000, p.month, p.day).isValid())
        return {};
    if (!p.yearKnown)
        return withTime(p, tr("%1, year unknown", "a day and month").arg(dayAndMonth(p.month, p.day)), type, {});
    if (p.year < 1) {
        if (!core::calendar::isValidDate(p.year + 1, p.month, p.day)) // TIMEX -44 is astronomical -43
            return {};
        return withTime(p, dateText(p.year, p.month, p.day), type, {});
    }
    const QDate date(p.year, p.month, p.day);
    if (!date.isValid())
        return {};
    if (!p.time.isEmpty() && !p.time.front().isDigit()) // "Thursday evening, 13 March 2025"
        return tr("%1, %2", "weekday and part of day, then the date: 'Thursday evening, 13 March 2025'")
            .arg(tr("%1 %2", "weekday, part of day: 'Thursday evening'")
                     .arg(m_locale.dayName(date.dayOfWeek(), QLocale::LongFormat), partOfDayWord(p.time)),
                 dateText(date, false));
    return withTime(p, dateText(date, true), type, {});
}

// `day` in words followed by the value's time; an empty `day` is a day not known.
QString DateDescriber::withTime(const Parts &p, const QString &day, core::TimexType, core::TimexOffset unresolved) const
{
    if (p.time.isEmpty())
        return day;
    const bool clock = p.time.front().isDigit();
    if (day.isEmpty()) {
        if (unresolved.unit == core::TimexUnit::Day && unresolved.amount >= -1 && unresolved.amount <= 1) {
            const QString relDay = relativePhrase(unresolved);
            if (clock)
                return tr("%1 at %2", "relative day, clock time: 'yesterday at 15:00'").arg(relDay, clockText(p.time));
            if (unresolved.amount == 0)
                return p.time == QLatin1String("NI")
                    ? tr("tonight")
                    : tr("this %1", "part of today: 'this morning'").arg(partOfDayAlone(p.time));
            return tr("%1 %2", "relative day, part of day: 'yesterday evening'").arg(relDay, partOfDayAlone(p.time));
        }
        if (clock)
            return tr("%1, day unknown", "a clock time").arg(clockText(p.time));
        return someDayPart(p.time);
    }
    if (clock)
        return tr("%1, %2", "date, time").arg(day, clockText(p.time));
    return tr("%1, %2", "date, part of day: 'Thursday 13 March 2025, evening'").arg(day, partOfDayAlone(p.time));
}

QString DateDescriber::describeInterval(const core::CalendarDate &startDate, const core::CalendarDate &endDate) const
{
    namespace cal = core::calendar;
    core::CalendarDate s = startDate, e = endDate;
    if (e < s)
        std::swap(s, e);
    if (!cal::isValidDate(s.year, s.month, s.day) || !cal::isValidDate(e.year, e.month, e.day))
        return fallback(core::TimexType::Date);
    // Astronomical years to TIMEX ones (0 = 1 BC = TIMEX -1).
    const auto timexYear = [](int astronomical) { return astronomical <= 0 ? astronomical - 1 : astronomical; };
    const bool wholeStartMonth = s.day == 1, wholeEndMonth = e.day == cal::daysInMonth(e.year, e.month);
    const bool wholeYears = wholeStartMonth && wholeEndMonth && s.month == 1 && e.month == 12;
    if (wholeYears) {
        if (s.year == e.year)
            return yearText(timexYear(s.year));
        if (e.year <= 0)
            return tr("%1–%2 BC", "a span of years before the common era: '480–479 BC'")
                .arg(1 - s.year)
                .arg(1 - e.year);
        if (s.year >= 1000)
            return tr("%1–%2", "a span of years: '1939–1945'").arg(QString::number(s.year), QString::number(e.year));
        return tr("%1 – %2", "date range").arg(yearText(timexYear(s.year)), yearText(timexYear(e.year)));
    }
    if (wholeStartMonth && wholeEndMonth) {
        if (s.year == e.year && s.month == e.month)
            return monthYearText(s.month, yearText(timexYear(s.year)));
        if (s.year == e.year)
            return tr("%1–%2 %3", "first month, last month, year: 'March–May 2025'")
                .arg(m_locale.standaloneMonthName(s.month), m_locale.standaloneMonthName(e.month),
                     yearText(timexYear(s.year)));
        return tr("%1 – %2", "date range")
            .arg(monthYearText(s.month, yearText(timexYear(s.year))),
                 monthYearText(e.month, yearText(timexYear(e.year))));
    }
    if (s == e)
        return s.year >= 1 ? dateText(QDate(s.year, s.month, s.day), true)
                           : dateText(timexYear(s.year), s.month, s.day);
    if (s.year == e.year && s.year >= 1) {
        if (s.month == e.month) {
            // The locale's own order, the day written as a span: "21–24 March 2025", "March 21–24, 2025".
            QString format = m_locale.dateFormat(QLocale::LongFormat);
            static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
            format.remove(weekday);
            static const QRegularExpression day(QStringLiteral("(?<!d)(d{1,2})(?!d)(\\.?)"));
            const QRegularExpressionMatch m = day.match(format);
            if (m.hasMatch()) {
                const QString endDay = m.captured(1).size() == 2
                    ? QStringLiteral("%1").arg(e.day, 2, 10, QLatin1Char('0'))
                    : QString::number(e.day);
                format.replace(m.capturedStart(), m.capturedLength(),
                               m.captured(0) + QStringLiteral("'–") + endDay + m.captured(2) + QLatin1Char('\''));
                return m_locale.toString(QDate(s.year, s.month, s.day), format.trimmed());
            }
        }
        return tr("%1 – %2", "start day and month, then the end date with its year: '21 March – 4 April 2025'")
            .arg(dayAndMonth(s.month, s.day), dateText(QDate(e.year, e.month, e.day), false));
    }
    return tr("%1 – %2", "date range")
        .arg(dateText(timexYear(s.year), s.month, s.day), dateText(timexYear(e.year), e.month, e.day));
}

} // namespace lede::ui
