// Fuzz harness: the corrections JSON reader, the writer's round trip, and replaying what was read on a small
// analysed text (ranges from a file must never reach outside the text).
#include "FuzzChecks.h"
#include "entities/Corrections.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace lede::core;

// A text and entity list of our own, so corrections that name them can apply.
const std::u16string kText = u"Maria Okafor met the Lantern Press board in Tallinn. Okafor left for Riga on Monday.";

std::vector<Entity> entities()
{
    return {
        Entity{"e1", EntityType::Person, u"Maria Okafor", {{0, 12}, {53, 59}}},
        Entity{"e2", EntityType::Organization, u"Lantern Press", {{21, 34}}},
        Entity{"e3", EntityType::Place, u"Tallinn", {{44, 51}}},
        Entity{"e4", EntityType::Place, u"Riga", {{69, 73}}},
    };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using lede::fuzz::require;
    if (size > 64 * 1024)
        return 0;
    const std::string_view json(reinterpret_cast<const char *>(data), size);
    std::string key;
    const auto read = Corrections::fromJson(json, &key);
    if (!read)
        return 0;
    const Corrections &corrections = read.value();

    // What was read is written back and read again unchanged.
    std::string keyAgain;
    const auto again = Corrections::fromJson(corrections.toJson(key), &keyAgain);
    require(again.ok());
    require(again.value() == corrections && keyAgain == key);

    CorrectionReport report;
    const std::vector<Entity> applied = applyCorrections(kText, entities(), corrections, &report);
    int32_t previousFirst = 0;
    for (const Entity &e : applied) {
        require(!e.mentions.empty());
        require(e.mentions.front().start >= previousFirst);
        previousFirst = e.mentions.front().start;
        int32_t end = 0;
        for (const TextRange &m : e.mentions) {
            require(lede::fuzz::inside(m, kText.size()) && !m.empty());
            require(m.start >= end);
            end = m.end;
        }
    }
    for (size_t i : report.skipped)
        require(i < corrections.size());
    return 0;
}
