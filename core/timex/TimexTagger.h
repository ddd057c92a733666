// TimexTagger: rule-based recognition and normalisation of temporal expressions.
#pragma once

#include "common/StopToken.h"
#include "text/Segmenter.h"
#include "timex/Timex.h"

#include <string_view>
#include <vector>

namespace lede::core {

struct TimexOptions
{
    ReferenceDate reference;   // the document creation time when known (metadata, --dct, user)
    bool dayFirst = false;     // document locale prefers 24/02/2022 over 02/24/2022 when ambiguous
    bool narrativeAnchoring = true; // with no reference date, anchor to the latest explicit date before
};

// Thread-safe and stateless between calls.
class TimexTagger
{
public:
    static std::vector<Timex> tag(std::u16string_view text, const Segmentation &seg, const TimexOptions &options,
                                  const StopToken &stop = {});
};

} // namespace lede::core
