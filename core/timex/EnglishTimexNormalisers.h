// The normalisers of the English rule table: one function per kind of expression, turning what a
// pattern captured (TimexMatch) into a TIMEX3 type and value in context. Internal to core/timex.
#pragma once

#include "timex/TimexContext.h"

#include <optional>

namespace lede::core::timex::en {

using Normalised = std::optional<TimexValue>;

Normalised monthDayYear(const TimexMatch &m, const TimexContext &c);
Normalised monthDay(const TimexMatch &m, const TimexContext &c);
Normalised monthYear(const TimexMatch &m, const TimexContext &c);
Normalised monthOnly(const TimexMatch &m, const TimexContext &c);
Normalised yearOnly(const TimexMatch &m, const TimexContext &c);
Normalised plausibleYear(const TimexMatch &m, const TimexContext &c);
Normalised eraYear(const TimexMatch &m, const TimexContext &c);
Normalised yearNumber(const TimexMatch &m, const TimexContext &c);
Normalised slashed(const TimexMatch &m, const TimexContext &c);
Normalised weekOf(const TimexMatch &m, const TimexContext &c);
Normalised decade(const TimexMatch &m, const TimexContext &c);
Normalised century(const TimexMatch &m, const TimexContext &c);
Normalised centuryBce(const TimexMatch &m, const TimexContext &c);
Normalised millennium(const TimexMatch &m, const TimexContext &c);
Normalised millenniumBce(const TimexMatch &m, const TimexContext &c);
Normalised seasonYear(const TimexMatch &m, const TimexContext &c);
Normalised seasonNow(const TimexMatch &m, const TimexContext &c);
Normalised seasonBare(const TimexMatch &m, const TimexContext &c);
Normalised seasonRel(const TimexMatch &m, const TimexContext &c);
Normalised seasonComing(const TimexMatch &m, const TimexContext &c);
Normalised quarterOf(const TimexMatch &m, const TimexContext &c);
Normalised quarterWord(const TimexMatch &m, const TimexContext &c);
Normalised reportedQuarter(const TimexMatch &m, const TimexContext &c);
Normalised latestQuarter(const TimexMatch &m, const TimexContext &c);
Normalised yearEnd(const TimexMatch &m, const TimexContext &c);
Normalised yearAgo(const TimexMatch &m, const TimexContext &c);
Normalised yearAgoQuarter(const TimexMatch &m, const TimexContext &c);
Normalised yearAgoPeriod(const TimexMatch &m, const TimexContext &c);
Normalised yearQuarter(const TimexMatch &m, const TimexContext &c);
Normalised yearPeriod(const TimexMatch &m, const TimexContext &c);
Normalised anaphoricQuarter(const TimexMatch &m, const TimexContext &c);
Normalised halfOf(const TimexMatch &m, const TimexContext &c);
Normalised holiday(const TimexMatch &m, const TimexContext &c);
Normalised holidayDay(const TimexMatch &m, const TimexContext &c);
Normalised holidayEve(const TimexMatch &m, const TimexContext &c);
Normalised holidayWeek(const TimexMatch &m, const TimexContext &c);
Normalised holidayWeekend(const TimexMatch &m, const TimexContext &c);
Normalised holidayWeekendOfDay(const TimexMatch &m, const TimexContext &c);
Normalised holidayWeekday(const TimexMatch &m, const TimexContext &c);
Normalised holidayRel(const TimexMatch &m, const TimexContext &c);
Normalised holidayRelDay(const TimexMatch &m, const TimexContext &c);
Normalised newYearsDay(const TimexMatch &m, const TimexContext &c);
Normalised newYearsEve(const TimexMatch &m, const TimexContext &c);
Normalised clockTime(const TimexMatch &m, const TimexContext &c);
Normalised clockInPartOfDay(const TimexMatch &m, const TimexContext &c);
Normalised noon(const TimexMatch &m, const TimexContext &c);
Normalised midnight(const TimexMatch &m, const TimexContext &c);
Normalised partOfDay(const TimexMatch &m, const TimexContext &c);
Normalised overnight(const TimexMatch &m, const TimexContext &c);
Normalised tonight(const TimexMatch &m, const TimexContext &c);
Normalised deicticDay(const TimexMatch &m, const TimexContext &c);
Normalised weekday(const TimexMatch &m, const TimexContext &c);
Normalised relativeUnit(const TimexMatch &m, const TimexContext &c);
Normalised relativeUnitThe(const TimexMatch &m, const TimexContext &c);
Normalised currentUnit(const TimexMatch &m, const TimexContext &c);
Normalised fullYear(const TimexMatch &m, const TimexContext &c);
Normalised partOfDayDiscussed(const TimexMatch &m, const TimexContext &c);
Normalised partOfDayThe(const TimexMatch &m, const TimexContext &c);
Normalised anaphoricUnit(const TimexMatch &m, const TimexContext &c);
Normalised dayBeforeDeictic(const TimexMatch &m, const TimexContext &c);
Normalised dayAfterDeictic(const TimexMatch &m, const TimexContext &c);
Normalised unitBefore(const TimexMatch &m, const TimexContext &c);
Normalised unitAfter(const TimexMatch &m, const TimexContext &c);
Normalised relativeMonth(const TimexMatch &m, const TimexContext &c);
Normalised monthOfRelativeYear(const TimexMatch &m, const TimexContext &c);
Normalised ago(const TimexMatch &m, const TimexContext &c);
Normalised agoArticle(const TimexMatch &m, const TimexContext &c);
Normalised duration(const TimexMatch &m, const TimexContext &c);
Normalised durationArticle(const TimexMatch &m, const TimexContext &c);
Normalised durationHundreds(const TimexMatch &m, const TimexContext &c);
Normalised durationAndHalf(const TimexMatch &m, const TimexContext &c);
Normalised durationCompound(const TimexMatch &m, const TimexContext &c);
Normalised durationVagueQualified(const TimexMatch &m, const TimexContext &c);
Normalised durationCouple(const TimexMatch &m, const TimexContext &c);
Normalised durationVague(const TimexMatch &m, const TimexContext &c);
Normalised durationSingular(const TimexMatch &m, const TimexContext &c);
Normalised accountingYear(const TimexMatch &m, const TimexContext &c);
Normalised weekend(const TimexMatch &m, const TimexContext &c);
Normalised setAdverb(const TimexMatch &m, const TimexContext &c);
Normalised everyUnit(const TimexMatch &m, const TimexContext &c);
Normalised everyWeekday(const TimexMatch &m, const TimexContext &c);
Normalised everyMonth(const TimexMatch &m, const TimexContext &c);
Normalised halfOfRelativeYear(const TimexMatch &m, const TimexContext &c);
Normalised quarterOfRelativeYear(const TimexMatch &m, const TimexContext &c);
Normalised seasonOfRelativeYear(const TimexMatch &m, const TimexContext &c);
Normalised monthOfRelativeYearPhrase(const TimexMatch &m, const TimexContext &c);
Normalised weekdayOfRelativeWeek(const TimexMatch &m, const TimexContext &c);
Normalised vague(const TimexMatch &m, const TimexContext &c);
Normalised presentRef(const TimexMatch &m, const TimexContext &c);
Normalised pastRef(const TimexMatch &m, const TimexContext &c);
Normalised futureRef(const TimexMatch &m, const TimexContext &c);

} // namespace lede::core::timex::en
