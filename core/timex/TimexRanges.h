// TimexRanges: what the tagger does with two dates joined by a connector ("April 21–24", "26 June – 4 August
// 1952", "22–25 April 1951", "between 1939 and 1945"): the first takes the year the second names, a bare number
// at either end becomes a date of its own, and the two ends may join into one expression. Internal to core/timex.
#pragma once

#include "timex/Timex.h"
#include "timex/TimexContext.h"
#include "timex/TimexRules.h"
#include "timex/TimexTokenizer.h"

#include <cstddef>
#include <vector>

namespace lede::core::timex {

// An expression the tagger found: its tokens [firstTok, endTok), the date its words name, and whether the
// year of its value came from the context rather than from the text.
struct FoundTimex
{
    Timex timex;
    size_t firstTok = 0, endTok = 0;
    PartialDate mentioned;
    bool contextYear = false;
};

// "26 June – 4 August 1952", "in April and June 1971": the first of two dates joined by a connector
// shares the year the second one names, whatever the context suggested.
void shareRangeYear(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g);

// The bare ends of ranges become expressions of their own (TimeML marks the "24" of "April 21–24"
// as a date, valued from the other end); joinRanges() may then merge them with their partner.
void addBareRangeEnds(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g);

// Two dates or times joined by a connector (perhaps opened by "from" or "between") become one expression
// valued "A/B", with rangeStart and rangeEnd.
void joinRanges(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g);

} // namespace lede::core::timex
