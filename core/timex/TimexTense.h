// TimexTense: the tense around an expression, from the cue words near it in its sentence. Weekdays,
// months and seasons named without a year are resolved in that direction from the reference date.
#pragma once

#include "timex/TimexContext.h"
#include "timex/TimexTokenizer.h"

#include <cstddef>
#include <vector>

namespace lede::core::timex {

struct ClauseTense
{
    Tense tense = Tense::Unknown;
    // The clause asks or urges ("Ask me on Friday", "let's meet Friday"): it speaks to someone
    // directly, who would call today "today", so a weekday it names lies in the days ahead.
    bool request = false;
};

// The tense of the clause holding the expression at tokens [first, end): the nearest cue before it
// in the sentence, else the nearest after it; Unknown without a cue.
ClauseTense tenseAround(const std::vector<TimexToken> &toks, size_t first, size_t end);

} // namespace lede::core::timex
