// TimexTense: the tense around an expression, from the cue words near it in its sentence. Weekdays,
// months and seasons named without a year are resolved in that direction from the reference date.
#pragma once

#include "timex/TimexContext.h"
#include "timex/TimexTokenizer.h"

#include <cstddef>
#include <vector>

namespace lede::core::timex {

// The tense of the clause holding the expression at tokens [first, end): the nearest cue before it
// in the sentence, else the nearest after it; Unknown without a cue.
Tense tenseAround(const std::vector<TimexToken> &toks, size_t first, size_t end);

} // namespace lede::core::timex
