// lede-timex-eval: TempEval-3 figures for the timex tagger over TimeML files.
//   lede-timex-eval [--narrative] [--errors N] [--per-file] [--list-values] [--min-strict F] [--min-relaxed F]
//                   [--min-value F] PATH...
// --min-* make the run fail (exit 1) when that F1 is below F: the quality gates in tests/quality.
// --list-values prints every wrong value, missed and spurious expression with its file and
// surrounding text, for studying the errors by family.
// PATH is a .tml file or a folder searched recursively. --narrative ignores <DCT> (for narratives such
// as WikiWars, whose DCT is the download date) so relative expressions anchor to the text.
// Ranges are kept apart (mergeRanges = false) because TimeML annotates each end separately. The text is
// segmented into sentences first, as the analysis does (the tagger's tense cues stop at sentence ends).
// Gold and system expressions pair one-to-one (TimexScoring.h), as in TempEval-3's scorer.
#include "TimeMLReader.h"
#include "TimexScoring.h"

#include "common/Utf.h"
#include "text/Segmenter.h"
#include "timex/TimexTagger.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lede;

namespace {

struct Counts
{
    int gold = 0, system = 0, strict = 0, relaxedGold = 0, relaxedSystem = 0, typeOk = 0, valueOk = 0, pairs = 0;
};

std::string lowerText(std::u16string_view s)
{
    std::string u = core::utf16ToUtf8(s);
    for (char &c : u)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char &c : u)
        if (c == '\n')
            c = ' ';
    return u;
}

void bump(std::map<std::string, int> &m, const std::string &k)
{
    ++m[k];
}

void printTop(const char *title, const std::map<std::string, int> &m, int n)
{
    std::vector<std::pair<int, std::string>> v;
    for (const auto &[k, c] : m)
        v.emplace_back(c, k);
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    int total = 0;
    for (const auto &p : v)
        total += p.first;
    std::printf("\n%s (%d)\n", title, total);
    for (int i = 0; i < n && i < static_cast<int>(v.size()); ++i)
        std::printf("  %4d  %s\n", v[static_cast<size_t>(i)].first, v[static_cast<size_t>(i)].second.c_str());
}

double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    bool narrative = false, perFile = false, listValues = false;
    std::string dump; // print every expression of the files whose name contains this
    int errors = 15;
    double minStrict = -1, minRelaxed = -1, minValue = -1;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--narrative")
            narrative = true;
        else if (a == "--dump" && i + 1 < argc)
            dump = argv[++i];
        else if (a == "--per-file")
            perFile = true;
        else if (a == "--list-values")
            listValues = true;
        else if (a == "--min-strict" && i + 1 < argc)
            minStrict = std::atof(argv[++i]);
        else if (a == "--min-relaxed" && i + 1 < argc)
            minRelaxed = std::atof(argv[++i]);
        else if (a == "--min-value" && i + 1 < argc)
            minValue = std::atof(argv[++i]);
        else if (a == "--errors" && i + 1 < argc)
            errors = std::atoi(argv[++i]);
        else if (a == "-h" || a == "--help") {
            std::printf("usage: lede-timex-eval [--narrative] [--errors N] [--per-file] [--list-values]\n"
                        "                       [--min-strict F] [--min-relaxed F] [--min-value F] PATH...\n");
            return 0;
        } else {
            std::error_code ec;
            if (fs::is_directory(a, ec)) {
                for (const auto &e : fs::recursive_directory_iterator(a, ec))
                    if (e.is_regular_file() && e.path().extension() == ".tml")
                        files.push_back(e.path());
            } else {
                files.emplace_back(a);
            }
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "lede-timex-eval: no .tml files given\n");
        return 2;
    }

    Counts c;
    std::map<std::string, int> missed, spurious, wrongValue, wrongSpan, wrongType;
    for (const fs::path &f : files) {
        const auto doc = lede::tools::readTimeML(f);
        if (!doc) {
            std::fprintf(stderr, "skipped (unreadable): %s\n", f.c_str());
            continue;
        }
        core::TimexOptions opt;
        opt.mergeRanges = false;
        if (doc->dct && !narrative)
            opt.reference = {doc->dct, core::ReferenceSource::Metadata};
        const auto sys = core::TimexTagger::tag(doc->text, core::Segmenter::segment(doc->text), opt);
        const std::u16string_view text = doc->text;
        auto span = [&](core::TextRange r) { return lowerText(text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()))); };
        // With --list-values, missed and spurious expressions are printed in context too.
        auto printContext = [&](const char *what, core::TextRange r, const std::string &value) {
            const int32_t from = std::max<int32_t>(0, r.start - 120);
            const int32_t to = std::min<int32_t>(static_cast<int32_t>(text.size()), r.end + 60);
            std::printf("%s %s  [%s] %s  |  %s\n", what, f.filename().c_str(), span(r).c_str(), value.c_str(),
                        span({from, to}).c_str());
        };

        if (!dump.empty() && f.filename().string().find(dump) != std::string::npos) {
            for (const auto &t : sys)
                std::printf("sys  %6d %-40s %-8s %s\n", t.range.start, span(t.range).c_str(), std::string(core::timexTypeName(t.type)).c_str(), t.value.c_str());
            for (const auto &g : doc->timexes)
                std::printf("gold %6d %-40s %-8s %s\n", g.range.start, span(g.range).c_str(), g.type.c_str(), g.value.c_str());
        }
        Counts fc;
        fc.gold = static_cast<int>(doc->timexes.size());
        fc.system = static_cast<int>(sys.size());
        // One-to-one pairs (TimexScoring.h): a gold span counts once and so does a system expression.
        std::vector<core::TextRange> goldRanges, sysRanges;
        for (const auto &g : doc->timexes)
            goldRanges.push_back(g.range);
        for (const auto &t : sys)
            sysRanges.push_back(t.range);
        const auto pairs = tools::matchOneToOne(goldRanges, sysRanges);
        std::vector<int> pairOfGold(doc->timexes.size(), -1);
        std::vector<bool> sysUsed(sys.size(), false);
        for (const auto &[g, s] : pairs) {
            pairOfGold[g] = static_cast<int>(s);
            sysUsed[s] = true;
        }
        for (size_t gi = 0; gi < doc->timexes.size(); ++gi) {
            const auto &g = doc->timexes[gi];
            const int best = pairOfGold[gi];
            if (best < 0) {
                bump(missed, g.type + "  " + span(g.range) + "  " + g.value);
                if (listValues)
                    printContext("MISSED", g.range, g.value);
                continue;
            }
            const core::Timex &t = sys[static_cast<size_t>(best)];
            ++fc.relaxedGold;
            ++fc.pairs;
            if (t.range == g.range)
                ++fc.strict;
            else
                bump(wrongSpan, "gold[" + span(g.range) + "] sys[" + span(t.range) + "]");
            if (std::string(core::timexTypeName(t.type)) == g.type)
                ++fc.typeOk;
            else
                bump(wrongType, span(g.range) + ": " + g.type + " -> " + std::string(core::timexTypeName(t.type)));
            if (t.value == g.value)
                ++fc.valueOk;
            else {
                bump(wrongValue, span(g.range) + ": " + g.value + " -> " + t.value);
                if (listValues) {
                    const int32_t from = std::max<int32_t>(0, g.range.start - 160);
                    const int32_t to = std::min<int32_t>(static_cast<int32_t>(text.size()), g.range.end + 60);
                    const std::string dct = doc->dct ? std::to_string(doc->dct->year) + "-" + std::to_string(doc->dct->month)
                            + "-" + std::to_string(doc->dct->day) : std::string("none");
                    std::printf("VALUE %s dct %s  [%s] %s -> %s  |  %s\n", f.filename().c_str(), dct.c_str(),
                                span(g.range).c_str(), g.value.c_str(), t.value.c_str(), span({from, to}).c_str());
                }
            }
        }
        for (size_t s = 0; s < sys.size(); ++s) {
            if (sysUsed[s])
                continue;
            // Unpaired system expressions are false positives, including a second one inside a gold span.
            bool overlapsGold = false;
            for (const auto &g : doc->timexes)
                overlapsGold = overlapsGold || g.range.overlaps(sys[s].range);
            bump(spurious,
                 std::string(overlapsGold ? "(inside a paired gold span) " : "")
                     + std::string(core::timexTypeName(sys[s].type)) + "  " + span(sys[s].range) + "  " + sys[s].value);
            if (listValues)
                printContext("SPURIOUS", sys[s].range, sys[s].value);
        }
        fc.relaxedSystem += fc.relaxedGold;
        if (perFile)
            std::printf("%-40s gold %4d sys %4d strict %4d relaxed %4d value %4d\n", f.filename().c_str(), fc.gold, fc.system,
                        fc.strict, fc.relaxedGold, fc.valueOk);
        c.gold += fc.gold;
        c.system += fc.system;
        c.strict += fc.strict;
        c.relaxedGold += fc.relaxedGold;
        c.relaxedSystem += fc.relaxedSystem;
        c.typeOk += fc.typeOk;
        c.valueOk += fc.valueOk;
        c.pairs += fc.pairs;
    }

    const double sp = c.system ? 100.0 * c.strict / c.system : 0, sr = c.gold ? 100.0 * c.strict / c.gold : 0;
    const double rp = c.system ? 100.0 * c.relaxedSystem / c.system : 0, rr = c.gold ? 100.0 * c.relaxedGold / c.gold : 0;
    const double typeAcc = c.pairs ? 100.0 * c.typeOk / c.pairs : 0, valueAcc = c.pairs ? 100.0 * c.valueOk / c.pairs : 0;
    const double rf = f1(rp, rr);
    std::printf("files %zu  gold %d  system %d%s\n", files.size(), c.gold, c.system, narrative ? "  (narrative: DCT ignored)" : "");
    std::printf("strict   P %5.1f  R %5.1f  F1 %5.1f\n", sp, sr, f1(sp, sr));
    std::printf("relaxed  P %5.1f  R %5.1f  F1 %5.1f\n", rp, rr, rf);
    std::printf("type accuracy %5.1f   value accuracy %5.1f   value F1 %5.1f\n", typeAcc, valueAcc, valueAcc * rf / 100.0);
    // The raw counts, so that changes below the rounding of the figures above can be compared.
    std::printf("counts   matched %d  relaxed gold %d  relaxed system %d  type ok %d  value ok %d  value F1 %.2f\n", c.pairs,
                c.relaxedGold, c.relaxedSystem, c.typeOk, c.valueOk, valueAcc * rf / 100.0);
    if (errors > 0) {
        printTop("missed (gold not found)", missed, errors);
        printTop("spurious (no gold paired)", spurious, errors);
        printTop("span differs (relaxed, not strict)", wrongSpan, errors);
        printTop("wrong value", wrongValue, errors);
        printTop("wrong type", wrongType, errors);
    }
    const double strictF1 = f1(sp, sr), valueF1 = valueAcc * rf / 100.0;
    bool pass = true;
    auto gate = [&](const char *what, double figure, double floor) {
        if (figure < floor) {
            std::printf("FAIL: %s F1 %.2f is below the gate %.2f\n", what, figure, floor);
            pass = false;
        }
    };
    gate("strict", strictF1, minStrict);
    gate("relaxed", rf, minRelaxed);
    gate("value", valueF1, minValue);
    return pass ? 0 : 1;
}
