// Fuzz harness: analyzeDocument (segmentation, the shipped NER model, entity grouping, dates, events) on arbitrary
// text. The first byte picks a reference date, including the ends of what TIMEX3 values can hold; the rest is
// UTF-8 text laid out as plain text.
#include "FuzzChecks.h"
#include "analysis/Analysis.h"
#include "common/Utf.h"
#include "document/PlainTextLayout.h"
#include "ner/NerTagger.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace lede::core;

std::shared_ptr<const NerTagger> tagger()
{
    static const std::shared_ptr<const NerTagger> loaded = [] {
        // The harness sets LEDE_DATA_DIR to the build's data folder unless the caller chose one.
        setenv("LEDE_DATA_DIR", LEDE_BUILD_DATA_DIR, 0);
        auto result = NerTagger::loadDefault();
        if (!result) {
            std::fprintf(stderr, "fuzz_analysis: %s\n", result.error().detail.c_str());
            std::abort();
        }
        return result.value();
    }();
    return loaded;
}

ReferenceDate reference(uint8_t choice)
{
    static const CalendarDate dates[] = {{2024, 2, 29}, {9999, 12, 31}, {1, 1, 1},   {0, 6, 15},
                                         {-44, 3, 15},  {1999, 12, 31}, {2031, 1, 1}};
    const size_t count = sizeof(dates) / sizeof(dates[0]);
    if (choice % (count + 1) == count)
        return {};
    return ReferenceDate{dates[choice % (count + 1)], ReferenceSource::CommandLine};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 64 * 1024)
        return 0;
    const std::string_view utf8(reinterpret_cast<const char *>(data) + 1, size - 1);
    auto doc = layOutPlainText(utf8ToUtf16(utf8));
    if (!doc)
        return 0;
    lede::fuzz::checkDocument(*doc);
    AnalysisOptions options;
    options.tagger = tagger();
    options.reference = reference(data[0]);
    const Analysis analysis = analyzeDocument(*doc, options);
    lede::fuzz::checkAnalysis(analysis, doc->text.size());
    // Choosing another reference date re-finds the dates over the same segmentation.
    const Analysis again = reanchorDates(*doc, analysis, reference(static_cast<uint8_t>(data[0] + 1)));
    lede::fuzz::checkAnalysis(again, doc->text.size());
    return 0;
}
