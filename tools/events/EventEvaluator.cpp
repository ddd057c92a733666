// lede-event-eval: scores event anchoring against the event–date links of TimeML (TempEval-3 TBAQ).
//   lede-event-eval [--errors N] [--per-file] [--list] [--min-strict F] [--min-relaxed F] PATH...
// PATH is a .tml file or a folder searched recursively; the figures are given per part (the folder
// directly under PATH holding the file: TimeBank, AQUAINT) and overall.
//
// Gold: a TLINK with an anchoring relation (IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, BEGINS, ENDS,
// BEGUN_BY, ENDED_BY) between an EVENT instance and a DATE TIMEX3 in the same sentence gives the pair
// (sentence, calendar interval of the TIMEX3 value). System: each event of lede::core::analyzeDocument,
// run on the file's text with its creation time as the reference date, gives (sentence, [start, end]) for
// every sentence it is told in. Both sides use the analysis's own sentences. Strict: same sentence and
// interval; relaxed: same sentence, intervals sharing a day. Values with no calendar interval
// (PRESENT_REF, XXXX-WXX-2) and unanchored events are counted apart, not scored.
// --list prints each sentence with a pair that is not a strict hit, for studying the mistakes.
// --min-strict / --min-relaxed make the run fail (exit 1) when the overall F1 is below F: the quality gate in
// tests/quality.
#include "EventAnchorScore.h"
#include "TimeMLReader.h"

#include "common/Utf.h"
#include "timex/CalendarMath.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lede;
using namespace lede::tools;

namespace {

struct Input
{
    fs::path file;
    std::string part;
};

struct Totals
{
    int files = 0;
    AnchorCounts counts;
    GoldAnchors gold;     // only the counters are summed
    SystemAnchors system; // likewise
};

void add(Totals &t, const AnchorCounts &c, const GoldAnchors &g, const SystemAnchors &s)
{
    ++t.files;
    t.counts += c;
    t.gold.links += g.links;
    t.gold.otherSentence += g.otherSentence;
    t.gold.unplaceable += g.unplaceable;
    t.gold.toCreationTime += g.toCreationTime;
    t.gold.unresolved += g.unresolved;
    t.system.events += s.events;
    t.system.unanchored += s.unanchored;
}

std::string isoDate(const core::CalendarDate &d)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string intervalText(const core::DateInterval &i)
{
    const std::string prefix = i.anchor == core::EventAnchor::YearUnknown ? "year? " : "";
    return prefix + (i.start == i.end ? isoDate(i.start) : isoDate(i.start) + ".." + isoDate(i.end));
}

// The interval's size in words, to group the mistakes ("gold month, system day").
std::string granularity(const core::DateInterval &i)
{
    const int64_t n = core::calendar::toDayNumber(i.end) - core::calendar::toDayNumber(i.start) + 1;
    if (n == 1)
        return "day";
    if (n == 7)
        return "week";
    if (n >= 28 && n <= 31)
        return "month";
    if (n >= 89 && n <= 92)
        return "quarter";
    if (n >= 181 && n <= 184)
        return "half-year";
    if (n == 365 || n == 366)
        return "year";
    if (n >= 3652 && n <= 3653)
        return "decade";
    if (n > 366)
        return "years";
    return "days";
}

std::string oneLine(std::u16string_view s, size_t limit)
{
    std::string u = core::utf16ToUtf8(s.substr(0, limit));
    std::replace(u.begin(), u.end(), '\n', ' ');
    return s.size() > limit ? u + "…" : u;
}

std::u16string_view slice(std::u16string_view text, core::TextRange r)
{
    if (r.start < 0 || r.end > static_cast<int32_t>(text.size()) || r.empty())
        return {};
    return text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
}

const char *matchName(AnchorMatch m)
{
    return m == AnchorMatch::Strict ? "strict" : m == AnchorMatch::RelaxedOnly ? "relaxed" : "--";
}

void bump(std::map<std::string, int> &m, const std::string &k)
{
    ++m[k];
}

void printTop(const char *title, const std::map<std::string, int> &m, int n)
{
    std::vector<std::pair<int, std::string>> v;
    int total = 0;
    for (const auto &[k, c] : m) {
        v.emplace_back(c, k);
        total += c;
    }
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::printf("\n%s (%d)\n", title, total);
    for (size_t i = 0; i < v.size() && static_cast<int>(i) < n; ++i)
        std::printf("  %5d  %s\n", v[i].first, v[i].second.c_str());
}

// Why each pair that is not a strict hit missed, grouped.
struct Mistakes
{
    std::map<std::string, int> missed, relaxedOnly, falseAlarms, missedValues, falseAlarmValues;

    void collect(const TimeMLDocument &doc, const std::vector<AnchorPair> &gold, const std::vector<AnchorPair> &system,
                 const AnchorScore &score)
    {
        auto inSentence = [](const std::vector<AnchorPair> &pairs, int32_t sentence) {
            return std::any_of(pairs.begin(), pairs.end(), [&](const AnchorPair &p) { return p.sentence == sentence; });
        };
        for (size_t i = 0; i < gold.size(); ++i) {
            const AnchorPair &g = gold[i];
            if (score.goldMatch[i] == AnchorMatch::None) {
                bump(missed,
                     inSentence(system, g.sentence) ? "the sentence's events have other dates"
                                                    : "no event in the sentence");
                bump(missedValues, granularity(g.interval) + "  " + g.value);
            } else if (score.goldMatch[i] == AnchorMatch::RelaxedOnly) {
                for (const AnchorPair &s : system) {
                    if (!overlappingAnchor(g, s))
                        continue;
                    const bool wider = s.interval.start <= g.interval.start && g.interval.end <= s.interval.end;
                    const bool narrower = g.interval.start <= s.interval.start && s.interval.end <= g.interval.end;
                    bump(relaxedOnly,
                         "gold " + granularity(g.interval) + ", system " + granularity(s.interval)
                             + (wider          ? " (wider)"
                                    : narrower ? " (inside)"
                                               : " (partly overlapping)"));
                    break;
                }
            }
        }
        for (size_t i = 0; i < system.size(); ++i) {
            const AnchorPair &s = system[i];
            if (score.systemMatch[i] != AnchorMatch::None)
                continue;
            // Is the system's date a gold DATE at all? If so, the gold simply links no event of this
            // sentence to it (TimeBank does not link every event to every date).
            bool goldDate = false, goldOther = false;
            for (const GoldTimex &t : doc.timexes) {
                if (!t.range.overlaps(s.date))
                    continue;
                goldDate = goldDate || t.type == "date";
                goldOther = goldOther || t.type != "date";
            }
            std::string why = inSentence(gold, s.sentence) ? "the sentence's gold links have other dates"
                                                           : "no gold link in the sentence";
            why += goldDate ? "; the date is a gold DATE"
                : goldOther ? "; the date is a gold TIME/DURATION/SET"
                            : "; the date is no gold timex";
            bump(falseAlarms, why);
            bump(falseAlarmValues, granularity(s.interval) + "  " + s.value);
        }
    }
};

void listSentences(const std::string &name, std::u16string_view text, const core::Segmentation &seg,
                   const std::vector<AnchorPair> &gold, const std::vector<AnchorPair> &system, const AnchorScore &score)
{
    std::vector<int32_t> sentences;
    for (size_t i = 0; i < gold.size(); ++i)
        if (score.goldMatch[i] != AnchorMatch::Strict)
            sentences.push_back(gold[i].sentence);
    for (size_t i = 0; i < system.size(); ++i)
        if (score.systemMatch[i] != AnchorMatch::Strict)
            sentences.push_back(system[i].sentence);
    std::sort(sentences.begin(), sentences.end());
    sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
    for (const int32_t s : sentences) {
        std::printf("%s #%d: %s\n", name.c_str(), s,
                    oneLine(slice(text, seg.sentences[static_cast<size_t>(s)].range), 220).c_str());
        auto print = [&](const char *side, const std::vector<AnchorPair> &pairs,
                         const std::vector<AnchorMatch> &match) {
            for (size_t i = 0; i < pairs.size(); ++i)
                if (pairs[i].sentence == s)
                    std::printf("    %-6s %-8s %-24s %-22s [%s]\n", side, matchName(match[i]),
                                intervalText(pairs[i].interval).c_str(), pairs[i].value.c_str(),
                                oneLine(slice(text, pairs[i].date), 40).c_str());
        };
        print("gold", gold, score.goldMatch);
        print("system", system, score.systemMatch);
    }
}

void printRow(const std::string &part, const Totals &t)
{
    const Prf s = strictPrf(t.counts), r = relaxedPrf(t.counts);
    std::printf("%-10s %5d %6d %6d | %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f\n", part.c_str(), t.files, t.counts.gold,
                t.counts.system, s.precision, s.recall, s.f1, r.precision, r.recall, r.f1);
}

void printCounts(const std::string &part, const Totals &t)
{
    std::printf("%-10s gold pairs %d  system pairs %d  strict %d  relaxed gold %d  relaxed system %d\n", part.c_str(),
                t.counts.gold, t.counts.system, t.counts.strict, t.counts.relaxedGold, t.counts.relaxedSystem);
}

int usage(FILE *to)
{
    std::fprintf(
        to,
        "usage: lede-event-eval [--errors N] [--per-file] [--list] [--min-strict F] [--min-relaxed F] PATH...\n"
        "  PATH: a TimeML .tml file or a folder searched recursively (e.g. tempeval3/TBAQ-cleaned)\n");
    return to == stdout ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    int errors = 8;
    bool perFile = false, list = false;
    double minStrict = 0, minRelaxed = 0;
    std::vector<Input> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "--help")
            return usage(stdout);
        if (a == "--per-file") {
            perFile = true;
        } else if (a == "--list") {
            list = true;
        } else if (a == "--errors" && i + 1 < argc) {
            errors = std::atoi(argv[++i]);
        } else if (a == "--min-strict" && i + 1 < argc) {
            minStrict = std::atof(argv[++i]);
        } else if (a == "--min-relaxed" && i + 1 < argc) {
            minRelaxed = std::atof(argv[++i]);
        } else if (a.rfind("--", 0) == 0) {
            std::fprintf(stderr, "lede-event-eval: unknown option %s\n", a.c_str());
            return usage(stderr);
        } else {
            std::error_code ec;
            const fs::path root(a);
            if (fs::is_directory(root, ec)) {
                for (const auto &e : fs::recursive_directory_iterator(root, ec)) {
                    if (!e.is_regular_file() || e.path().extension() != ".tml")
                        continue;
                    const fs::path rel = fs::relative(e.path(), root, ec);
                    const std::string part =
                        std::distance(rel.begin(), rel.end()) > 1 ? rel.begin()->string() : root.filename().string();
                    inputs.push_back({e.path(), part});
                }
            } else if (fs::is_regular_file(root, ec)) {
                inputs.push_back({root, root.parent_path().filename().string()});
            } else {
                std::fprintf(stderr, "lede-event-eval: %s: no such file or folder\n", a.c_str());
                return 2;
            }
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "lede-event-eval: no .tml files found\n");
        return usage(stderr);
    }
    std::sort(inputs.begin(), inputs.end(), [](const Input &a, const Input &b) { return a.file < b.file; });

    std::map<std::string, Totals> parts;
    Totals all;
    Mistakes mistakes;
    int unreadable = 0;
    for (const Input &in : inputs) {
        const auto timeml = readTimeML(in.file);
        if (!timeml) {
            std::fprintf(stderr, "skipped (unreadable or no <TEXT>): %s\n", in.file.c_str());
            ++unreadable;
            continue;
        }
        const auto run = anchorTimeML(*timeml);
        if (!run) {
            std::fprintf(stderr, "skipped (the layout changed the text's length): %s\n", in.file.c_str());
            ++unreadable;
            continue;
        }
        const GoldAnchors &gold = run->gold;
        const SystemAnchors &system = run->system;
        const AnchorScore &score = run->score;
        add(parts[in.part], score.counts, gold, system);
        add(all, score.counts, gold, system);
        mistakes.collect(*timeml, gold.pairs, system.pairs, score);
        const std::string name = in.file.filename().string();
        if (perFile) {
            const Prf r = relaxedPrf(score.counts);
            std::printf("%-36s gold %3d system %3d strict %3d relaxed gold %3d system %3d  relaxed F1 %5.1f\n",
                        name.c_str(), score.counts.gold, score.counts.system, score.counts.strict,
                        score.counts.relaxedGold, score.counts.relaxedSystem, r.f1);
        }
        if (list)
            listSentences(name, run->document.text, run->segmentation, gold.pairs, system.pairs, score);
    }

    std::printf("Event anchoring: (sentence, date interval) pairs; P, R, F1 in percent\n");
    std::printf("%-10s %5s %6s %6s | %-17s | %-17s\n", "part", "files", "gold", "system", "strict  P    R    F1",
                "relaxed P    R    F1");
    for (const auto &[part, t] : parts)
        printRow(part, t);
    if (parts.size() > 1)
        printRow("all", all);
    std::printf("\ncounts\n");
    for (const auto &[part, t] : parts)
        printCounts(part, t);
    if (parts.size() > 1)
        printCounts("all", all);
    std::printf("\ngold links (event–DATE, anchoring relation) %d: in different sentences %d, no calendar interval %d "
                "(not scored); to the creation time %d, unresolved ids %d (not counted)\n",
                all.gold.links, all.gold.otherSentence, all.gold.unplaceable, all.gold.toCreationTime,
                all.gold.unresolved);
    std::printf("system events %d: unanchored %d (not scored)%s\n", all.system.events, all.system.unanchored,
                unreadable ? ("; files skipped " + std::to_string(unreadable)).c_str() : "");
    if (errors > 0) {
        printTop("gold pairs missed", mistakes.missed, errors);
        printTop("gold pairs missed, by granularity and value", mistakes.missedValues, errors);
        printTop("gold pairs matched only relaxed", mistakes.relaxedOnly, errors);
        printTop("system pairs with no gold overlap", mistakes.falseAlarms, errors);
        printTop("system pairs with no gold overlap, by granularity and value", mistakes.falseAlarmValues, errors);
    }
    if (unreadable == static_cast<int>(inputs.size()))
        return 1;
    const double strict = strictPrf(all.counts).f1, relaxed = relaxedPrf(all.counts).f1;
    if (strict < minStrict || relaxed < minRelaxed) {
        std::printf("\nBELOW THE FLOOR: strict F1 %.1f (floor %.1f), relaxed F1 %.1f (floor %.1f)\n", strict, minStrict,
                    relaxed, minRelaxed);
        return 1;
    }
    return 0;
}
