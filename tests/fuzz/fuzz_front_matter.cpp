// Fuzz harness: the front-matter parser and its date normaliser.
#include "FuzzChecks.h"
#include "document/FrontMatter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// normaliseDate promises YYYY-MM-DD of a real day, or nothing.
void checkDate(const std::string &date)
{
    using lede::fuzz::require;
    if (date.empty())
        return;
    require(date.size() == 10 && date[4] == '-' && date[7] == '-');
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        require(date[i] >= '0' && date[i] <= '9');
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    const int day = (date[8] - '0') * 10 + (date[9] - '0');
    require(month >= 1 && month <= 12 && day >= 1 && day <= 31);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const lede::core::FrontMatter fm = lede::core::parseFrontMatter(bytes);
    lede::fuzz::require(fm.length <= size);
    checkDate(fm.date);
    // The whole input as one date value too, as a front-matter "date:" line would hand it over.
    if (size <= 256)
        checkDate(lede::core::normaliseDate(bytes));
    return 0;
}
