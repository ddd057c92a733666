// TimexTagger: rule-based recognition and normalisation of temporal expressions.
#pragma once

#include "common/StopToken.h"
#include "text/Segmenter.h"
#include "timex/Timex.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core {

struct TimexOptions
{
    ReferenceDate reference;   // the document creation time when known (metadata, --dct, user)
    bool dayFirst = false;     // document locale prefers 24/02/2022 over 02/24/2022 when ambiguous
    bool narrativeAnchoring = true; // with no reference date, anchor to the latest explicit date before
    bool mergeRanges = true;   // "from April 21 to 24" as one Timex with rangeStart/rangeEnd; false keeps the
                               // two ends apart, as TimeML annotates them (the evaluator uses that)
    // Text that is not prose (code), sorted and non-overlapping: no expression is found in it or reaching
    // into it, and nothing there anchors the narrative.
    std::vector<TextRange> skip;
};

// What tagWithReference() returns: the expressions and the reference date actually used
// (options.reference when it had a date; else the narrative anchor, source Narrative; else none).
struct TimexResult
{
    std::vector<Timex> timexes; // in text order, non-overlapping
    ReferenceDate reference;    // narrative anchors may have month/day 0 when only a year was named
};

// Thread-safe and stateless between calls. Tense cues stop at the end of a sentence: where `seg` has
// sentences, only at their ends (an abbreviation's full stop is none); with an empty `seg`, at any
// sentence punctuation. A stop request returns what was found so far.
class TimexTagger
{
public:
    // The expressions and the reference date used (Analysis::reference takes it as is).
    static TimexResult tagWithReference(std::u16string_view text, const Segmentation &seg, const TimexOptions &options,
                                        const StopToken &stop = {});

    static std::vector<Timex> tag(std::u16string_view text, const Segmentation &seg, const TimexOptions &options,
                                  const StopToken &stop = {});

    // Work done by the last call on this thread (tokens + rule attempts), for linear-time tests.
    static uint64_t lastWorkUnits();
};

} // namespace lede::core
