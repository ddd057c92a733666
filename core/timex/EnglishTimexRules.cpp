// The English rule table: token patterns with their normalisers, grouped by family.
// Patterns use the classes of TimexPattern (@MONTH, @DAY, …); see TimexRules.h for the shape.
// Longest match wins; on equal length the earlier rule wins, so specific rules come first.
#include "timex/TimexRules.h"

#include "timex/EnglishTimexNormalisers.h"

namespace lede::core::timex {

using namespace en;

// The words a bare era year ("AD 30", "410 CE") needs before it to count as a date.
constexpr const char *kEraYearCue = "in|by|from|since|until|till|to|around|after|before|of|and|c|circa";

const LanguageRules &englishRules()
{
    static const LanguageRules rules = [] {
        LanguageRules r;
        r.lexicon = englishLexiconWords();
        using F = RuleFamily;
        r.rules = {
            // Explicit dates
            {F::ExplicitDate, "@WEEKDAY? ,? @MONTH @DAY , @YEAR", monthDayYear},
            {F::ExplicitDate, "@WEEKDAY? ,? @MONTH @DAY @YEAR", monthDayYear},
            {F::ExplicitDate, "@WEEKDAY? ,? the? @DAY of? @MONTH ,? @YEAR", monthDayYear},
            {F::ExplicitDate, "@WEEKDAY? ,? @MONTH @DAY", monthDay},
            {F::ExplicitDate, "@WEEKDAY? ,? the? @DAY of? @MONTH", monthDay},
            {F::ExplicitDate, "@MONTH @DAY ,? @BCYEAR", monthDayYear},
            {F::ExplicitDate, "@DAY @MONTH ,? @BCYEAR", monthDayYear},
            {F::ExplicitDate, "@YEAR ^- ^@MONTHNUM ^- ^@DAYNUM", monthDayYear},
            {F::ExplicitDate, "@SLASHFIRST ^/ ^@DAYNUM ^/ ^@YEAR", slashed},
            {F::ExplicitDate, "@MONTH ,? of? @YEAR", monthYear},
            {F::ExplicitDate, "@MONTH @SHORTYEAR", monthYear},
            {F::ExplicitDate, "@MONTH ,? of? @YEARWORDS", monthYear},
            {F::ExplicitDate, "the? @YEAR period", yearPeriod},
            {F::ExplicitDate, "the @YEAR quarter", yearQuarter},
            {F::ExplicitDate, "the week of @MONTH @DAY ,? @YEAR?", weekOf},
            {F::ExplicitDate, "@MONTH ,? @BCYEAR", monthYear},
            // "May I ask", "May we know", "May he rest": a month name right before a subject pronoun (or "be") is a
            // modal at the head of a clause, unless a preposition puts it in time ("in May we sailed").
            {F::ExplicitDate, "@MONTH", monthOnly, "i|we|you|he|she|it|they|thou|ye|be"},
            {F::ExplicitDate,
             "@MONTH",
             monthOnly,
             {},
             {},
             "in|by|since|until|till|from|during|through|before|after|of|last|next|this|that|early|mid|late"},
            {F::ExplicitDate, "fiscal @YEAR", yearOnly},
            {F::ExplicitDate, "@YEAR", plausibleYear},
            {F::ExplicitDate, "the? year @YEAR", yearOnly},
            {F::ExplicitDate, "the? year @YEARWORDS", yearOnly},
            {F::ExplicitDate, "the year @NUM", yearNumber},
            {F::ExplicitDate, "the? year ad|ce @NUM", eraYear},
            // "an ad 30 seconds long" is no year: a bare era word needs a word that takes a date before it.
            {F::ExplicitDate, "ad|ce @NUM", eraYear, {}, {}, kEraYearCue},
            {F::ExplicitDate, "@NUM ad|ce", eraYear, {}, {}, kEraYearCue},
            {F::ExplicitDate, "@YEARWORDS", yearOnly},
            {F::ExplicitDate, "@SHORTYEAR", yearOnly},
            {F::ExplicitDate, "@BCYEAR", yearOnly},
            {F::ExplicitDate, "the? @DECADE", decade},
            {F::ExplicitDate, "the @DECADEWORD", decade},
            {F::ExplicitDate, "the? @ORDINAL century", century},
            {F::ExplicitDate, "the? @ORDINAL century bc|bce", centuryBce},
            {F::ExplicitDate, "the? @ORDINAL millennium", millennium},
            {F::ExplicitDate, "the? @ORDINAL millennium bc|bce", millenniumBce},
            {F::ExplicitDate, "the? @SEASON of? @YEAR", seasonYear},
            {F::ExplicitDate, "the? @SEASON of? @BCYEAR", seasonYear},
            {F::ExplicitDate, "the? @SEASON of? @YEARWORDS", seasonYear},
            {F::ExplicitDate, "the @SEASON", seasonNow, "of"},
            {F::ExplicitDate, "@SEASON", seasonBare},
            // Hyphenated "third-quarter" is an adjective: its "the" belongs to the noun, not the date.
            {F::ExplicitDate, "the? fiscal? @ORDINAL quarter of? @YEAR", quarterOf},
            {F::ExplicitDate, "the? @YEAR fiscal? @ORDINAL quarter", quarterOf},
            {F::ExplicitDate, "the? fiscal? @ORDINAL quarter", quarterOf},
            {F::ExplicitDate, "fiscal? @ORDINAL ^- ^quarter", quarterOf},
            {F::ExplicitDate, "@YEAR @ORDINAL ^- ^quarter", quarterOf},
            {F::ExplicitDate, "the? @REL fiscal? @ORDINAL quarter", quarterOf},
            {F::ExplicitDate, "@REL year ^' ^s fiscal? @ORDINAL quarter", quarterOf},
            {F::ExplicitDate, "@REL year ^' ^s quarter", yearAgoQuarter},
            {F::ExplicitDate, "q ^@NUM ,? @YEAR?", quarterWord},
            // A part of a relative period is one date: "the second half of next year", "the third
            // quarter of last year", "the spring of the following year", "Tuesday of next week".
            {F::ExplicitDate, "the? @ORDINAL half of @REL year", halfOfRelativeYear},
            {F::ExplicitDate, "the? @ORDINAL half of the @REL? year", halfOfRelativeYear},
            {F::ExplicitDate, "the? fiscal? @ORDINAL quarter of @REL fiscal? year", quarterOfRelativeYear},
            {F::ExplicitDate, "the? fiscal? @ORDINAL quarter of the @REL? fiscal? year", quarterOfRelativeYear},
            {F::ExplicitDate, "the? @SEASON of @REL year", seasonOfRelativeYear},
            {F::ExplicitDate, "the? @SEASON of the @REL? year", seasonOfRelativeYear},
            {F::ExplicitDate, "@MONTH of @REL year", monthOfRelativeYearPhrase},
            {F::ExplicitDate, "@MONTH of the @REL year", monthOfRelativeYearPhrase},
            {F::ExplicitDate, "@WEEKDAY of @REL week", weekdayOfRelativeWeek},
            {F::ExplicitDate, "@WEEKDAY of the @REL? week", weekdayOfRelativeWeek},
            {F::ExplicitDate, "the? @ORDINAL half of? @YEAR?", halfOf},
            {F::ExplicitDate, "the? @REL half of? @YEAR", halfOf},
            {F::ExplicitDate, "@HOLIDAY ^'? ^s? day ,? @YEAR?", holidayDay},
            {F::ExplicitDate, "@HOLIDAY eve ,? @YEAR?", holidayEve},
            {F::ExplicitDate, "@HOLIDAY week", holidayWeek},
            {F::ExplicitDate, "@HOLIDAY weekend", holidayWeekend},
            {F::ExplicitDate, "@HOLIDAY ^'? ^s? day weekend", holidayWeekendOfDay},
            {F::ExplicitDate, "@HOLIDAY @WEEKDAY ,? @YEAR?", holidayWeekday},
            {F::ExplicitDate, "@HOLIDAY ,? @YEAR?", holiday},
            {F::Relative, "@REL @HOLIDAY", holidayRel},
            {F::Relative, "@REL @HOLIDAY ^'? ^s? day", holidayRelDay},
            {F::ExplicitDate, "new year ^' ^s day ,? @YEAR?", newYearsDay},
            {F::ExplicitDate, "new year ^' ^s eve ,? @YEAR?", newYearsEve},

            // Times
            {F::Time, "@CLOCK @TZ? ,? @WEEKDAY? ,? @MONTH @DAY ,? @YEAR?", clockTime},
            {F::Time, "@CLOCK @TZ? ,? @WEEKDAY", clockTime},
            {F::Time, "@CLOCK @TZ? ,? @DEICTIC", clockTime},
            {F::Time, "@CLOCK @TZ?", clockTime},
            {F::Time, "@CLOCK in the @POD", clockTime},
            {F::Time, "@NUM o ^' ^clock? in the @POD", clockInPartOfDay},
            {F::Time, "@NUM in the @POD", clockInPartOfDay},
            {F::Time, "@EDGE ^-? @POD", partOfDay},
            {F::Time, "@EDGE ^-? @POD @DEICTIC", partOfDay},
            {F::Time, "@EDGE ^-? @POD @WEEKDAY", partOfDay},
            {F::Time, "noon|midday @WEEKDAY?", noon},
            {F::Time, "noon|midday @DEICTIC", noon},
            {F::Time, "midnight @WEEKDAY?", midnight},
            {F::Time, "midnight @DEICTIC", midnight},
            {F::Time, "@WEEKDAY @POD", partOfDay},
            {F::Time, "@DEICTIC @POD", partOfDay},
            {F::Time, "@REL @POD", partOfDay},
            {F::Time, "the @REL @POD", partOfDayThe},
            // "orders came in the morning": the morning of the day under discussion.
            {F::Time, "the @POD", partOfDayDiscussed, "of"},
            {F::Time, "@POD @WEEKDAY", partOfDay},
            {F::Time, "@POD @DEICTIC", partOfDay},
            {F::Time, "the @POD of @MONTH @DAY ,? @YEAR?", partOfDay},
            {F::Time, "the @POD of the? @DAY of? @MONTH ,? @YEAR?", partOfDay},
            {F::Time, "tonight", tonight},
            {F::Time, "overnight", overnight},

            // Relative dates
            {F::Relative, "@DEICTIC", deicticDay},
            {F::Relative, "@WEEKDAY", weekday},
            {F::Relative, "@REL @WEEKDAY", weekday},
            {F::Relative, "the @REL @WEEKDAY", weekday},
            {F::Relative, "this @REL @WEEKDAY", weekday},
            // "This quarter's deficit reflects a write-down", in a report on a quarter just ended.
            {F::Relative, "this quarter", reportedQuarter, {}, "^' ^s"},
            {F::Relative, "@REL fiscal? @UNIT", relativeUnit},
            {F::Relative, "the @REL fiscal? @UNIT", relativeUnitThe},
            {F::Relative, "that|same quarter", anaphoricQuarter},
            {F::Relative, "the same quarter", anaphoricQuarter},
            {F::Relative, "that @UNIT", anaphoricUnit},
            {F::Relative, "the|that same @UNIT", anaphoricUnit},
            // "the day after", "the year before": one unit from the date under discussion;
            // "the day before yesterday" two days from today.
            {F::Relative, "the day before @DEICTIC", dayBeforeDeictic},
            {F::Relative, "the day after @DEICTIC", dayAfterDeictic},
            // Only at the end of a clause: "the day before the vote" is a day before an event.
            {F::Relative, "the @UNIT before", unitBefore, {}, ",|.|;|!|?"},
            {F::Relative, "the @UNIT after", unitAfter, {}, ",|.|;|!|?"},
            {F::Relative, "the @EDGE of the @UNIT", relativeUnit},
            {F::Relative, "the latest|current? quarter", latestQuarter},
            // "for the year", "the week's busiest crossing": the unit under discussion. Not when a
            // word after it points elsewhere ("the year before", "the year-ago quarter", "the year ended").
            {F::Relative, "the fiscal? @UNIT", currentUnit,
             "^-? before|after|earlier|later|ago|end|ended|ending|when|that|which|in|of|to|following|old|long"},
            {F::Relative, "the full fiscal? @UNIT", fullYear},
            {F::Relative, "the latest period", latestQuarter},
            // "year-ago" alone is an adjective: its "the" belongs to the noun after it.
            {F::Relative, "year ^- ^earlier|ago", yearAgo},
            {F::Relative, "year ^-? end", yearEnd},
            {F::Relative, "year ^' ^s end", yearEnd},
            {F::Relative, "the? comparable|corresponding? year ^- ^earlier|ago quarter", yearAgoQuarter},
            {F::Relative, "the? comparable|corresponding? year ^- ^earlier|ago period", yearAgoPeriod},
            {F::Relative, "the quarter|period a year ago|earlier", yearAgoPeriod},
            {F::Duration, "the? year ^- ^earlier|ago @NUM @UNIT", duration},
            {F::Relative, "the? comparable? year ^- ^earlier|ago @ORDINAL quarter", yearAgoQuarter},
            {F::Relative, "the? @REL @MONTH", relativeMonth, "@DAYNUM"},
            {F::Relative, "@MONTH @REL year", monthOfRelativeYear},
            {F::Relative, "the|this? coming|upcoming @SEASON", seasonComing},
            {F::Relative, "@REL @SEASON", seasonRel},
            {F::Relative, "this past @SEASON", seasonRel},
            {F::Relative, "@NUM @UNIT @SHIFT", ago},
            {F::Relative, "@FEW @UNIT @SHIFT", ago},
            {F::Relative, "a @FEW @UNIT @SHIFT", ago},
            {F::Relative, "@A @UNIT @SHIFT", agoArticle},
            {F::Relative, "@A @UNIT or so @SHIFT", agoArticle},
            {F::Relative, "the? @REL? weekend", weekend},

            // "Curling will one day be ...": some day ahead, not a day's length.
            {F::Relative, "one day", futureRef, {}, {}, "will|would|shall|could|might|may|can|should|must"},

            // Durations
            {F::Duration, "the? @REL? @NUM @UNIT", duration},
            {F::Duration, "the? first|last|past|next|coming|final|latest|previous|initial? @NUM more? @UNIT", duration},
            {F::Duration, "@NUM ^- ^@UNIT", durationCompound},
            // "eight trading days", "five business days": days of a kind, counted.
            {F::Duration, "the? @REL? @NUM trading|business|working|school @UNIT", duration},
            {F::Duration, "the? @REL? @FEW @UNIT", duration},
            {F::Duration, "the? @REL? a @FEW @UNIT", duration},
            {F::Duration, "the? @REL? a? couple of @UNIT", durationCouple},
            {F::Duration, "@A @UNIT", durationArticle, "^- ^earlier|ago"},
            {F::Duration, "@A @NUM @UNIT", durationHundreds},
            {F::Duration, "@NUM @HALF @UNIT", duration},
            {F::Duration, "@A @UNIT and a half", durationAndHalf},
            {F::Duration, "@NUM @UNIT and a half", durationAndHalf},
            {F::Duration, "a|the @NUM ^- ^@UNIT period", duration},
            {F::Duration, "@A full|whole|additional|extra @UNIT", durationArticle},
            {F::Duration, "@UNIT ^- ^long", durationSingular},
            // "for the year ended Sept. 30": a one-year accounting period, its end date tagged apart.
            {F::Duration, "the fiscal? @UNIT", accountingYear, {}, "ended|ending"},
            {F::Duration, "the? coming @UNIT", durationVague},
            {F::Duration, "the? @REL @UNIT", durationVague},
            {F::Duration, "@UNIT", durationVague},

            // Sets
            {F::Set, "@SETADV", setAdverb},
            {F::Set, "every|each|per @UNIT", everyUnit},
            {F::Set, "every @NUM @UNIT", everyUnit},
            {F::Set, "every|each @WEEKDAY @POD?", everyWeekday},
            {F::Set, "every|each @MONTH", everyMonth},

            // Vague references
            {F::Vague, "@VAGUE", vague},
            {F::Vague, "the present", presentRef},
            {F::Vague, "these days", presentRef},
            {F::Vague, "current", presentRef},
            {F::Vague, "then ^-? current", pastRef}, // "the then current price": current back then
            {F::Vague, "the past", pastRef},
            {F::Duration, "recent|future @UNIT", durationVagueQualified},
            {F::Vague, "the near? future", futureRef},
            {F::Vague, "the near|short|long term", futureRef},
        };
        r.prefixes = {
            {"the? @EDGE ^-?", false},
            {"the @EDGE of", false},
            {"early|late in", false}, // "late in the 19th century", "early in 2024"
            {"earlier|later", false, false},
            {"@APPROX", true},
            {"over", true},
            {"more|less|fewer than", true},
            {"at least|most", true},
            {"up to", true},
        };
        r.rangeConnectors = {"to", "through", "till", "until", "-", "and"};
        r.rangeOpeners = {"from", "between"};
        r.timeDayLinks = {"on"};
        r.suffixes = {"or so", "or later", "and beyond"};
        // An age ("6-year-old", "52 years old") is not a time span in TimeML.
        r.vetoAfter = {"^- ^old", "^- ^olds", "old"};
        return r;
    }();
    return rules;
}

} // namespace lede::core::timex
