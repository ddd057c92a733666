#include "AnalyzeCommand.h"

#include "CliCommon.h"
#include "ThreadParallel.h"
#include "analysis/Analysis.h"
#include "analysis/AnalysisJson.h"
#include "timex/CalendarMath.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <future>
#include <string>

namespace lede::cli {

namespace {

constexpr int kMinDctYear = 1, kMaxDctYear = 9998;

std::optional<core::CalendarDate> parseDct(std::string_view s)
{
    core::CalendarDate d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    if (std::from_chars(s.data(), s.data() + 4, d.year).ec != std::errc()
        || std::from_chars(s.data() + 5, s.data() + 7, d.month).ec != std::errc()
        || std::from_chars(s.data() + 8, s.data() + 10, d.day).ec != std::errc())
        return std::nullopt;
    // A real day (29 February only in a leap year) in years 0001–9998: year 0 does not exist in the calendar
    // TimeML values use, and "next year" from 9999 would need a five-digit year.
    if (d.year < kMinDctYear || d.year > kMaxDctYear || !core::calendar::isValidDate(d.year, d.month, d.day))
        return std::nullopt;
    return d;
}

} // namespace

int runAnalyze(int argc, char **argv)
{
    const char *usage = "usage: lede-cli analyze [--dct YYYY-MM-DD] [--model PATH] [--pretty] FILE";
    std::string file, model;
    core::ReferenceDate reference;
    int indent = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--dct" && i + 1 < argc) {
            const auto d = parseDct(argv[++i]);
            if (!d) {
                reportError(std::string("--dct: not a calendar date in the form YYYY-MM-DD between 0001-01-01 and "
                                        "9998-12-31: ")
                            + argv[i]);
                return 2;
            }
            reference = {d, core::ReferenceSource::CommandLine};
        } else if (arg == "--model" && i + 1 < argc) {
            model = argv[++i];
        } else if (arg == "--pretty") {
            indent = 2;
        } else if (!arg.empty() && arg[0] == '-') {
            reportError(std::string("unknown option ") + argv[i] + "\n" + usage);
            return 2;
        } else if (file.empty()) {
            file = arg;
        } else {
            reportError(usage);
            return 2;
        }
    }
    if (file.empty()) {
        reportError(usage);
        return 2;
    }

    // The model's tables are built on a second thread while the document loads.
    auto loading = std::async(std::launch::async, [&model] {
        return model.empty() ? core::NerTagger::loadDefault() : core::NerTagger::load(model);
    });
    const auto doc = loadOrReport(file);
    auto tagger = loading.get();
    if (!tagger) {
        reportError("cannot load the entity model: " + tagger.error().detail);
        return 1;
    }
    if (!doc)
        return 1;

    core::AnalysisOptions options;
    options.tagger = tagger.value();
    options.reference = reference;
    options.parallel = threadParallelFor();
    core::Analysis analysis = core::analyzeDocument(*doc, options);
    analysis.segmentation = {}; // the JSON does not show it: a book's tokens need not wait for the output
    // Written as it is made: a book's JSON is never held whole (stdout's buffer joins the pieces).
    core::writeAnalysisJson(*doc, analysis, indent,
                            [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    writeStdout("\n");
    return 0;
}

} // namespace lede::cli
