// The English normalisers of expressions that count from the date under discussion rather than
// from the reference date: "for the year", "in the morning", "the day after", "the year before",
// and "the day before yesterday". Internal to core/timex.
#include "timex/EnglishTimexNormalisers.h"

#include "timex/EnglishTimexValues.h"

#include <climits>

namespace lede::core::timex::en {

// "for the year", "the week's trading": the year (week, month) under discussion.
V currentUnit(const M &m, const C &c)
{
    if (m.plural || (m.unit != Unit::Year && m.unit != Unit::Month && m.unit != Unit::Week))
        return std::nullopt;
    M t = m;
    t.relative = 0;
    // The unit holding the day under discussion ("on Friday ... for the week"); a year or month
    // named alone ("a forecast for 1990") is no such day, so the reference date holds then.
    t.anaphoric = c.lastMentioned.full();
    return relativeUnit(t, c);
}
V partOfDayDiscussed(const M &m, const C &c)
{
    // Not "the night": it mostly names a night by what happened in it ("the night he fled").
    if (m.plural || m.partOfDay < 1 || m.partOfDay > 3 || !(c.lastMentioned.full() || c.deictic))
        return std::nullopt;
    return partOfDay(m, c);
}
static V deicticPlus(const M &m, const C &c, int days)
{
    if (m.deictic == INT_MIN || m.deictic == 0) // "the day after today" is just tomorrow, said oddly
        return std::nullopt;
    M t = m;
    t.deictic = m.deictic + days;
    return deicticDay(t, c);
}
V dayBeforeDeictic(const M &m, const C &c) { return deicticPlus(m, c, -1); }
V dayAfterDeictic(const M &m, const C &c) { return deicticPlus(m, c, 1); }
// "the day after", "the year before": only with a date under discussion to count from; else the
// words are left alone ("the day before the vote" names a day this tagger cannot place).
static V unitAround(const M &m, const C &c, int dir)
{
    if (m.plural || !c.lastMentioned.knownYear() || (m.unit != Unit::Day && m.unit != Unit::Week && m.unit != Unit::Month && m.unit != Unit::Year))
        return std::nullopt;
    if (m.unit == Unit::Day && !c.lastMentioned.full())
        return std::nullopt;
    M t = m;
    t.relative = dir;
    t.anaphoric = true;
    return relativeUnit(t, c);
}
V unitBefore(const M &m, const C &c) { return unitAround(m, c, -1); }
V unitAfter(const M &m, const C &c) { return unitAround(m, c, 1); }

} // namespace lede::core::timex::en
