// DateDescriber's words for the parts of a value: years (BC and AD), months and days in the locale's
// order, parts of the day, ordinals, durations, sets, and what a relative expression counted ("next
// year", "three days ago"). Every word is a whole translatable string with a comment for translators.
#include "annotate/DateDescriber.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <vector>

namespace lede::ui {

namespace {

// A translatable string kept in a table; lupdate reads QT_TRANSLATE_NOOP3.
struct TrText
{
    const char *source;
    const char *comment;
};

QString translated(const TrText &t, int n = -1)
{
    QString text = QCoreApplication::translate("lede::ui::DateDescriber", t.source, t.comment, n);
    // Without a translation loaded, Qt leaves English numerus forms as "(s)"; resolve them here.
    if (n >= 0) {
        text.replace(QLatin1String("century(s)"), n == 1 ? QStringLiteral("century") : QStringLiteral("centuries"));
        text.replace(QLatin1String("millennium(s)"),
                     n == 1 ? QStringLiteral("millennium") : QStringLiteral("millennia"));
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    return text;
}

struct RelativeWords
{
    core::TimexUnit unit;
    TrText last, current, next, ago, ahead;
};

// clang-format off
const RelativeWords kRelative[] = {
    {core::TimexUnit::Day,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "yesterday", "the day before the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "today", "the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "tomorrow", "the day after the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n day(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n day(s)", "counted on from the article's date")},
    {core::TimexUnit::Week,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "last week", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this week", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "next week", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n week(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n week(s)", "counted on from the article's date")},
    {core::TimexUnit::Weekend,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "last weekend", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this weekend", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "next weekend", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n weekend(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n weekend(s)", "counted on from the article's date")},
    {core::TimexUnit::Month,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "last month", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this month", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "next month", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n month(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n month(s)", "counted on from the article's date")},
    {core::TimexUnit::Quarter,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "last quarter", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this quarter", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "next quarter", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n quarter(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n quarter(s)", "counted on from the article's date")},
    {core::TimexUnit::Half,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the last half-year", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this half-year", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the next half-year", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n half-year(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n half-year(s)", "counted on from the article's date")},
    {core::TimexUnit::Year,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "last year", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this year", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "next year", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n year(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n year(s)", "counted on from the article's date")},
    {core::TimexUnit::Decade,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the last decade", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this decade", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the next decade", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n decade(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n decade(s)", "counted on from the article's date")},
    {core::TimexUnit::Century,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the last century", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this century", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the next century", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n century(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n century(s)", "counted on from the article's date")},
    {core::TimexUnit::Millennium,
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the last millennium", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "this millennium", "relative to the article's date"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "the next millennium", "relative to the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n millennium(s) ago", "counted back from the article's date"),
     QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "in %n millennium(s)", "counted on from the article's date")},
};

// Duration units as TIMEX3 writes them, with their counted and unspecified ("some …") forms, and the
// whole phrase for "every one" of them (genders differ, so "every" cannot be a template).
struct UnitWords
{
    const char *code;
    bool timePart; // after the "T" of PT…
    TrText counted, some, every;
};

const UnitWords kUnits[] = {
    {"Y", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n year(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some years", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every year", "a recurring time")},
    {"M", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n month(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some months", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every month", "a recurring time")},
    {"W", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n week(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some weeks", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every week", "a recurring time")},
    {"D", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n day(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some days", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every day", "a recurring time")},
    {"WE", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n weekend(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some weekends", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every weekend", "a recurring time")},
    {"Q", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n quarter(s)", "a duration, quarters of a year"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some quarters", "a duration, quarters of a year"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every quarter", "a recurring time, quarters of a year")},
    {"H", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n half-year(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some half-years", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every half-year", "a recurring time")},
    {"DE", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n decade(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "decades", "a duration of some decades"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every decade", "a recurring time")},
    {"CE", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n century(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "centuries", "a duration of some centuries"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every century", "a recurring time")},
    {"ML", false, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n millennium(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "millennia", "a duration of some millennia"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every millennium", "a recurring time")},
    {"H", true, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n hour(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some hours", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every hour", "a recurring time")},
    {"M", true, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n minute(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some minutes", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every minute", "a recurring time")},
    {"S", true, QT_TRANSLATE_N_NOOP3("lede::ui::DateDescriber", "%n second(s)", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "some seconds", "a duration"),
     QT_TRANSLATE_NOOP3("lede::ui::DateDescriber", "every second", "a recurring time")},
};
// clang-format on

const UnitWords *unitWords(const QString &code, bool timePart)
{
    for (const UnitWords &u : kUnits)
        if (u.timePart == timePart && code == QLatin1String(u.code))
            return &u;
    return nullptr;
}

struct DurationPart
{
    const UnitWords *unit = nullptr;
    int amount = -1; // -1: unspecified (X)
};

// PnYnMnWnD, PTnHnMnS and the TIMEX3 extras (DE, CE, ML, Q, H, WE); empty when it is not one.
std::vector<DurationPart> durationParts(const QString &value)
{
    static const QRegularExpression dateUnit(QStringLiteral("(\\d+(?:\\.\\d+)?|X)(DE|CE|ML|WE|[YMWDQH])"));
    static const QRegularExpression timeUnit(QStringLiteral("(\\d+(?:\\.\\d+)?|X)([HMS])"));
    std::vector<DurationPart> parts;
    if (!value.startsWith(QLatin1Char('P')) || value.size() < 3)
        return {};
    bool inTime = false;
    qsizetype pos = 1;
    while (pos < value.size()) {
        if (!inTime && value.at(pos) == QLatin1Char('T')) {
            inTime = true;
            ++pos;
            continue;
        }
        const QRegularExpressionMatch m =
            (inTime ? timeUnit : dateUnit)
                .match(value, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return {};
        pos = m.capturedEnd();
        DurationPart part;
        part.unit = unitWords(m.captured(2), inTime);
        if (!part.unit)
            return {};
        if (m.captured(1) != QLatin1String("X"))
            part.amount = std::max(1, qRound(m.captured(1).toDouble()));
        parts.push_back(part);
    }
    return parts;
}

} // namespace

QString DateDescriber::relativePhrase(core::TimexOffset offset) const
{
    for (const RelativeWords &w : kRelative) {
        if (w.unit != offset.unit)
            continue;
        switch (offset.amount) {
        case -1: return translated(w.last);
        case 0: return translated(w.current);
        case 1: return translated(w.next);
        default: return offset.amount < 0 ? translated(w.ago, -offset.amount) : translated(w.ahead, offset.amount);
        }
    }
    return {};
}

QString DateDescriber::relativeYearText(int offset) const
{
    // Inside a longer phrase ("the first half of next year", "spring next year"): a language that
    // declines the words (German "des nächsten Jahres") translates these apart from the standalone ones.
    switch (offset) {
    case -1: return tr("last year", "completing a phrase: 'the first half of last year', 'spring last year'");
    case 0: return tr("this year", "completing a phrase: 'the first half of this year', 'spring this year'");
    case 1: return tr("next year", "completing a phrase: 'the first half of next year', 'spring next year'");
    default: return relativePhrase({core::TimexUnit::Year, offset});
    }
}

QString DateDescriber::yearText(int timexYear) const
{
    if (timexYear < 0)
        return tr("%1 BC", "a year before the common era: '44 BC'").arg(-timexYear);
    if (timexYear < 1000)
        return tr("AD %1", "an early year of the common era: 'AD 800'").arg(timexYear);
    return QString::number(timexYear);
}

QString DateDescriber::monthYearText(int month, const QString &year) const
{
    return tr("%1 %2", "month year").arg(m_locale.standaloneMonthName(month), year);
}

QString DateDescriber::dayAndMonth(int month, int day) const
{
    // The locale's long date without weekday and year keeps its own day/month order ("25 April", "April 25").
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekdayOrYear(QStringLiteral("d{4}|y+"));
    format.remove(weekdayOrYear);
    static const QRegularExpression edges(QStringLiteral("^[\\s,.]+|[\\s,]+$"));
    format.remove(edges);
    static const QRegularExpression doubleSeparators(QStringLiteral("\\s*,\\s*,\\s*"));
    format.replace(doubleSeparators, QStringLiteral(", "));
    // A leap year so 29 February exists.
    return m_locale.toString(QDate(2000, month, day), format.trimmed());
}

QString DateDescriber::dateText(const QDate &date, bool withWeekday) const
{
    if (withWeekday)
        return m_locale.toString(date, QLocale::LongFormat);
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return m_locale.toString(date, format.trimmed());
}

QString DateDescriber::dateText(int timexYear, int month, int day) const
{
    if (timexYear >= 1000 && QDate(timexYear, month, day).isValid())
        return dateText(QDate(timexYear, month, day), false);
    return tr("%1 %2", "day and month, then a year: '15 March 44 BC'")
        .arg(dayAndMonth(month, day), yearText(timexYear));
}

QString DateDescriber::partOfDayWord(const QString &code) const
{
    // After a weekday or a day word; German joins them ("Donnerstagabend"), so it may translate
    // "%1 %2" as "%1%2" and these in lower case.
    if (code == QLatin1String("MO"))
        return tr("morning", "part of the day after a weekday: 'Thursday morning'");
    if (code == QLatin1String("AF"))
        return tr("afternoon", "part of the day after a weekday: 'Thursday afternoon'");
    if (code == QLatin1String("EV"))
        return tr("evening", "part of the day after a weekday: 'Thursday evening'");
    if (code == QLatin1String("NI"))
        return tr("night", "part of the day after a weekday: 'Thursday night'");
    return tr("daytime", "part of the day after a weekday: 'Thursday daytime'");
}

// On its own, not joined to a weekday: German writes "gestern Abend", "heute Abend" but
// "Donnerstagabend", so these are translated apart from partOfDayWord()'s.
QString DateDescriber::partOfDayAlone(const QString &code) const
{
    if (code == QLatin1String("MO"))
        return tr("morning", "part of the day on its own: 'yesterday morning', 'this morning', '13 March, morning'");
    if (code == QLatin1String("AF"))
        return tr("afternoon",
                  "part of the day on its own: 'yesterday afternoon', 'this afternoon', '13 March, afternoon'");
    if (code == QLatin1String("EV"))
        return tr("evening", "part of the day on its own: 'yesterday evening', 'this evening', '13 March, evening'");
    if (code == QLatin1String("NI"))
        return tr("night", "part of the day on its own: 'yesterday night', '13 March, night'");
    return tr("daytime", "part of the day on its own: 'yesterday daytime', 'this daytime', '13 March, daytime'");
}

// Whole phrases: "every" takes the gender of the word in German ("jeden Abend", "jede Nacht").
QString DateDescriber::everyPartOfDay(const QString &code) const
{
    if (code == QLatin1String("MO"))
        return tr("every morning", "a recurring time");
    if (code == QLatin1String("AF"))
        return tr("every afternoon", "a recurring time");
    if (code == QLatin1String("EV"))
        return tr("every evening", "a recurring time");
    if (code == QLatin1String("NI"))
        return tr("every night", "a recurring time");
    return tr("every daytime", "a recurring time: every day, in the daytime");
}

QString DateDescriber::someDayPart(const QString &code) const
{
    if (code == QLatin1String("MO"))
        return tr("a morning", "a morning of a day not known");
    if (code == QLatin1String("AF"))
        return tr("an afternoon", "an afternoon of a day not known");
    if (code == QLatin1String("EV"))
        return tr("an evening", "an evening of a day not known");
    if (code == QLatin1String("NI"))
        return tr("a night", "a night of a day not known");
    return tr("the daytime", "the daytime of a day not known");
}

QString DateDescriber::clockText(const QString &clock) const
{
    const QStringList parts = clock.split(QLatin1Char(':'));
    const int hour = parts.value(0).toInt(), minute = parts.value(1).toInt(), second = parts.value(2).toInt();
    if (hour == 24 && minute == 0 && second == 0)
        return tr("midnight", "the end of a day, 24:00");
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return {};
    return m_locale.toString(time, QLocale::ShortFormat);
}

QString DateDescriber::ordinalNumber(int n)
{
    // English picks the ending by the last digits; other languages translate all four alike ("%1.").
    const int lastTwo = n % 100, last = n % 10;
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            return tr("%1st", "an ordinal number ending in 1: '21st'; German '%1.'").arg(n);
        if (last == 2)
            return tr("%1nd", "an ordinal number ending in 2: '22nd'; German '%1.'").arg(n);
        if (last == 3)
            return tr("%1rd", "an ordinal number ending in 3: '23rd'; German '%1.'").arg(n);
    }
    return tr("%1th", "an ordinal number: '19th'; German '%1.'").arg(n);
}

QString DateDescriber::ordinalWord(int n)
{
    switch (n) {
    case 1: return tr("first", "ordinal word for a quarter, half or millennium: 'the first half'");
    case 2: return tr("second", "ordinal word for a quarter, half or millennium: 'the second half'");
    case 3: return tr("third", "ordinal word for a quarter or millennium: 'the third quarter'");
    case 4: return tr("fourth", "ordinal word for a quarter or millennium: 'the fourth quarter'");
    default: return ordinalNumber(n);
    }
}

QString DateDescriber::countOf(const char *source, const char *comment, int n)
{
    return translated({source, comment}, n);
}

QString DateDescriber::describeDuration(const QString &value) const
{
    const std::vector<DurationPart> parts = durationParts(value);
    if (parts.empty())
        return {};
    QStringList words;
    for (const DurationPart &p : parts)
        words << (p.amount < 0 ? translated(p.unit->some)
                               : countOf(p.unit->counted.source, p.unit->counted.comment, p.amount));
    return m_locale.createSeparatedList(words);
}

QString DateDescriber::describeSet(const QString &value) const
{
    if (value.startsWith(QLatin1Char('P'))) {
        const std::vector<DurationPart> parts = durationParts(value);
        if (parts.size() == 1 && parts.front().amount == 1)
            return translated(parts.front().unit->every);
        const QString span = describeDuration(value);
        return span.isEmpty() ? QString()
                              : tr("every %1", "a repeating span: 'every 2 weeks'; German 'alle %1'").arg(span);
    }
    static const QRegularExpression weekday(QStringLiteral("^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI|DT))?$"));
    if (const QRegularExpressionMatch m = weekday.match(value); m.hasMatch()) {
        QString day = m_locale.dayName(m.captured(1).toInt(), QLocale::LongFormat);
        if (!m.captured(2).isEmpty())
            day = tr("%1 %2", "weekday, part of day: 'Thursday evening'").arg(day, partOfDayWord(m.captured(2)));
        return tr("every %1", "a weekday, perhaps with a part of the day: 'every Monday', 'every Monday evening'")
            .arg(day);
    }
    static const QRegularExpression month(QStringLiteral("^XXXX-(\\d\\d)$"));
    if (const QRegularExpressionMatch m = month.match(value);
        m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 12)
        return tr("every %1", "a month: 'every April'").arg(m_locale.standaloneMonthName(m.captured(1).toInt()));
    static const QRegularExpression dayOfYear(QStringLiteral("^XXXX-(\\d\\d)-(\\d\\d)$"));
    if (const QRegularExpressionMatch m = dayOfYear.match(value);
        m.hasMatch() && QDate(2000, m.captured(1).toInt(), m.captured(2).toInt()).isValid())
        return tr("every %1", "a day of the year: 'every 25 December'")
            .arg(dayAndMonth(m.captured(1).toInt(), m.captured(2).toInt()));
    static const QRegularExpression partOfDay(QStringLiteral("^(?:XXXX-XX-XX)?T(MO|AF|EV|NI|DT)$"));
    if (const QRegularExpressionMatch m = partOfDay.match(value); m.hasMatch())
        return everyPartOfDay(m.captured(1));
    return {};
}

} // namespace lede::ui
