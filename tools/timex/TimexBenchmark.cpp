// lede-timex-bench: throughput of the timex tagger on book-length English text, median of several runs.
//   lede-timex-bench [--runs N] [--mb SIZE] [--corpus PATH]
// Without --corpus the text is generated (a fixed-seed mix of plain prose and sentences with dates, in
// the proportion of news: roughly one temporal expression per 40 words). With --corpus the texts of the
// TimeML files under PATH are concatenated and repeated to SIZE megabytes.
#include "TimeMLReader.h"

#include "common/Utf.h"
#include "timex/TimexTagger.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lede;

namespace {

std::u16string generated(size_t bytes)
{
    static const char *const kProse[] = {
        "The committee met in the old hall and argued about the budget for the harbour.",
        "Several members said the proposal would cost far more than the council could afford.",
        "Witnesses described a long queue of lorries waiting at the border crossing.",
        "She walked along the river, past the mills and the empty warehouses, thinking of her brother.",
        "Analysts expect the company to report weaker sales as demand for its older models fades.",
        "The minister, speaking to reporters outside parliament, refused to comment on the leak.",
        "In the village, people still remember the flood and the months of rebuilding that followed.",
        "A spokesman for the airline declined to say how many passengers had been affected.",
    };
    static const char *const kTemporal[] = {
        "The talks resumed on Friday after a pause of three weeks.",
        "Ferry fares climbed 4 percent in the third quarter against a year earlier.",
        "The treaty was signed on 24 February 2022 in Geneva.",
        "He will return next month, probably by the end of April.",
        "The factory has been closed since the 1990s and was sold last year.",
        "Officials met at 3 p.m. on Tuesday and again the following day.",
        "Every Monday the market opens at 7:30 a.m.",
        "The war lasted from 1939 to 1945, and recently historians have revisited it.",
    };
    std::mt19937 rng(42);
    std::string s;
    s.reserve(bytes + 256);
    while (s.size() < bytes) {
        const bool temporal = rng() % 5 == 0;
        s += temporal ? kTemporal[rng() % 8] : kProse[rng() % 8];
        s += rng() % 6 == 0 ? "\n\n" : " ";
    }
    return core::utf8ToUtf16(s);
}

std::u16string fromCorpus(const fs::path &root, size_t bytes)
{
    std::u16string all;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto &e : fs::recursive_directory_iterator(root, ec))
        if (e.is_regular_file() && e.path().extension() == ".tml")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::u16string once;
    for (const auto &f : files)
        if (auto d = tools::readTimeML(f))
            once += d->text + u"\n\n";
    if (once.empty())
        return {};
    while (all.size() < bytes)
        all += once;
    return all;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 7;
    double mb = 8;
    std::string corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--mb" && i + 1 < argc)
            mb = std::max(0.1, std::atof(argv[++i]));
        else if (a == "--corpus" && i + 1 < argc)
            corpus = argv[++i];
        else {
            std::printf("usage: lede-timex-bench [--runs N] [--mb SIZE] [--corpus PATH]\n");
            return a == "-h" || a == "--help" ? 0 : 2;
        }
    }
    const size_t bytes = static_cast<size_t>(mb * 1e6);
    const std::u16string text = corpus.empty() ? generated(bytes) : fromCorpus(corpus, bytes);
    if (text.empty()) {
        std::fprintf(stderr, "lede-timex-bench: no text\n");
        return 2;
    }
    const double megabytes = static_cast<double>(core::utf16ToUtf8(text).size()) / 1e6;
    core::TimexOptions opt;
    opt.reference = {core::CalendarDate{2022, 4, 25}, core::ReferenceSource::CommandLine};
    std::vector<double> rates;
    size_t found = 0;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        found = core::TimexTagger::tag(text, {}, opt).size();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        rates.push_back(megabytes / s);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("text %.2f MB (%s), %zu expressions, %d runs\n", megabytes, corpus.empty() ? "generated" : corpus.c_str(), found, runs);
    std::printf("median %.1f MB/s   min %.1f   max %.1f\n", rates[rates.size() / 2], rates.front(), rates.back());
    return 0;
}
