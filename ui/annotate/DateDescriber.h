// DateDescriber: a TIMEX3 value in words in the user's locale — "Monday, 25 April 2022", "a Tuesday",
// "the first half of next year", "Thursday evening, 13 March 2025", "the week of 10 March 2025",
// "the 1990s", "44 BC", "3 days", "every Monday" — and calendar bounds ("21–24 March 2025"). The user
// never sees a raw code: a shape it does not know reads "a date".
#pragma once

#include "timex/Timex.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>

class QDate;

namespace lede::ui {

class DateDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::DateDescriber)

public:
    // Whether the article has a reference date (its metadata, --dct or the user's). Without one, a value
    // left open for want of it says so: "next year — set the article's date to resolve it".
    enum class Reference : uint8_t { Known, Unknown };

    explicit DateDescriber(const QLocale &locale = QLocale(), Reference reference = Reference::Known);

    // The whole expression: its value, its range ("21–24 April 2022"), what a relative expression
    // counted when it could not be resolved ("next year"), and its type (a set reads "every …").
    QString describe(const core::Timex &timex) const;
    // One TIMEX3 value, or a range "start/end". `type` tells a set ("every Monday") from a date ("a Monday").
    QString describeValue(const QString &value, core::TimexType type = core::TimexType::Date) const;
    // Calendar bounds, inclusive, in their most natural form: "13 March 2025", "21–24 March 2025",
    // "March 2025", "March–May 2025", "1990–1999", "480–479 BC". Years ≤ 0 are astronomical (0 = 1 BC).
    QString describeInterval(const core::CalendarDate &start, const core::CalendarDate &end) const;

    // Whether a reference date would fill in this value: its year (or day) is unknown, as the tagger
    // leaves "next year" or "on Tuesday" when it has no date to count from.
    static bool needsReference(const QString &value, core::TimexType type = core::TimexType::Date);

private:
    struct Parts;

    QString describeOne(const QString &value, core::TimexType type, core::TimexOffset unresolved) const;
    QString withHint(const QString &words, const QString &value, core::TimexType type,
                     core::TimexOffset unresolved) const;
    QString describeCalendar(const Parts &p, core::TimexType type, core::TimexOffset unresolved) const;
    QString describeDay(const Parts &p, core::TimexType type, core::TimexOffset unresolved) const;
    QString withTime(const Parts &p, const QString &day, core::TimexType type, core::TimexOffset unresolved) const;
    QString describeRange(const QString &start, const QString &end, core::TimexType type) const;

    // Words for parts (DateDescriberWords.cpp).
    QString yearText(int timexYear) const;      // 2025, "AD 800", "44 BC" (TIMEX years: -44 = 44 BC)
    QString relativeYearText(int offset) const; // "next year" inside a longer phrase
    QString monthYearText(int month, const QString &year) const;
    QString dayAndMonth(int month, int day) const;
    QString dateText(const QDate &date, bool withWeekday) const;
    QString dateText(int timexYear, int month, int day) const; // without weekday; BC years too
    QString partOfDayWord(const QString &code) const;          // "evening" after a weekday
    QString someDayPart(const QString &code) const;            // "an evening"
    QString partOfDayAlone(const QString &code) const;         // "evening" after "yesterday" or a date
    QString everyPartOfDay(const QString &code) const;         // "every evening"
    QString clockText(const QString &clock) const;             // "15:00", "midnight"
    QString relativePhrase(core::TimexOffset offset) const;    // "next year", "three days ago", "yesterday"
    static QString ordinalNumber(int n);                       // "19th"
    static QString ordinalWord(int n);                         // "third"
    QString describeDuration(const QString &value) const;
    QString describeSet(const QString &value) const;
    static QString countOf(const char *source, const char *comment, int n);
    QString fallback(core::TimexType type) const;

    QLocale m_locale;
    Reference m_reference;
};

} // namespace lede::ui
