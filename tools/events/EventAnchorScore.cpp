// EventAnchorScore: gold pairs from TLINKs, system pairs from events, and the pair matching.
#include "EventAnchorScore.h"

#include "analysis/Analysis.h"
#include "document/PlainTextLayout.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace lede::tools {

namespace {

auto anchorKey(const AnchorPair &p)
{
    return std::tuple(p.sentence, p.interval.anchor, p.interval.start, p.interval.end);
}

// Sorted by sentence (then interval), each (sentence, interval) once; the first value seen is kept.
void makeDistinct(std::vector<AnchorPair> &pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const AnchorPair &a, const AnchorPair &b) { return anchorKey(a) < anchorKey(b); });
    pairs.erase(std::unique(pairs.begin(), pairs.end(), sameAnchor), pairs.end());
}

double percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

Prf prf(int hitsOfSystem, int system, int hitsOfGold, int gold)
{
    Prf r;
    r.precision = percent(hitsOfSystem, system);
    r.recall = percent(hitsOfGold, gold);
    r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
    return r;
}

} // namespace

bool sameAnchor(const AnchorPair &a, const AnchorPair &b)
{
    return anchorKey(a) == anchorKey(b);
}

bool overlappingAnchor(const AnchorPair &a, const AnchorPair &b)
{
    return a.sentence == b.sentence && a.interval.anchor == b.interval.anchor && a.interval.start <= b.interval.end
        && b.interval.start <= a.interval.end;
}

int32_t sentenceAt(const core::Segmentation &segmentation, int32_t pos)
{
    const auto &s = segmentation.sentences;
    // The first sentence starting after pos; the one before it is the only candidate.
    const auto after =
        std::upper_bound(s.begin(), s.end(), pos, [](int32_t p, const core::Sentence &x) { return p < x.range.start; });
    if (after == s.begin())
        return -1;
    const auto it = std::prev(after);
    return it->range.contains(pos) ? static_cast<int32_t>(it - s.begin()) : -1;
}

bool isAnchoringRelation(const std::string &relType)
{
    static constexpr std::array<std::string_view, 8> kRelations = {
        "IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"};
    return std::find(kRelations.begin(), kRelations.end(), relType) != kRelations.end();
}

GoldAnchors goldAnchors(const TimeMLDocument &doc, const core::Segmentation &segmentation)
{
    std::unordered_map<std::string, const GoldEvent *> events;
    for (const GoldEvent &e : doc.events)
        events.emplace(e.eid, &e);
    std::unordered_map<std::string, std::string> eventOfInstance;
    for (const GoldEventInstance &i : doc.instances)
        eventOfInstance.emplace(i.eiid, i.eventId);
    std::unordered_map<std::string, const GoldTimex *> timexes;
    for (const GoldTimex &t : doc.timexes)
        timexes.emplace(t.tid, &t);

    GoldAnchors gold;
    for (const GoldTimeLink &link : doc.timeLinks) {
        // One side an event instance, the other a timex, in either direction.
        const std::string &instance = link.eventInstance.empty() ? link.relatedEventInstance : link.eventInstance;
        const std::string &tid = link.eventInstance.empty() ? link.timeId : link.relatedTimeId;
        if (instance.empty() || tid.empty() || !isAnchoringRelation(link.relType))
            continue;
        if (tid == doc.dctId && !doc.dctId.empty()) {
            ++gold.toCreationTime;
            continue;
        }
        const auto t = timexes.find(tid);
        const auto ev = eventOfInstance.find(instance);
        const auto e = ev == eventOfInstance.end() ? events.end() : events.find(ev->second);
        if (t == timexes.end() || e == events.end()) {
            ++gold.unresolved;
            continue;
        }
        if (t->second->type != "date")
            continue;
        ++gold.links;
        const int32_t sentence = sentenceAt(segmentation, e->second->range.start);
        if (sentence < 0 || sentence != sentenceAt(segmentation, t->second->range.start)) {
            ++gold.otherSentence;
            continue;
        }
        const auto interval = core::timexInterval(t->second->value);
        if (!interval) {
            ++gold.unplaceable;
            continue;
        }
        gold.pairs.push_back({sentence, *interval, t->second->value, t->second->range});
    }
    makeDistinct(gold.pairs);
    return gold;
}

SystemAnchors systemAnchors(const std::vector<core::Event> &events, const core::Segmentation &segmentation)
{
    SystemAnchors system;
    for (const core::Event &e : events) {
        ++system.events;
        if (e.anchor == core::EventAnchor::Unanchored) {
            ++system.unanchored;
            continue;
        }
        const core::DateInterval interval{e.anchor, e.start, e.end};
        // The event's own sentence, and the sentences of its other mentions (the first mention is the
        // event's date, in that same sentence).
        system.pairs.push_back({sentenceAt(segmentation, e.sentence.start), interval, e.value, e.date});
        for (const core::TextRange &m : e.mentions)
            system.pairs.push_back({sentenceAt(segmentation, m.start), interval, e.value, m});
    }
    std::erase_if(system.pairs, [](const AnchorPair &p) { return p.sentence < 0; });
    makeDistinct(system.pairs);
    return system;
}

AnchorCounts &AnchorCounts::operator+=(const AnchorCounts &o)
{
    gold += o.gold;
    system += o.system;
    strict += o.strict;
    relaxedGold += o.relaxedGold;
    relaxedSystem += o.relaxedSystem;
    return *this;
}

AnchorScore scoreAnchors(const std::vector<AnchorPair> &gold, const std::vector<AnchorPair> &system)
{
    AnchorScore score;
    score.counts.gold = static_cast<int>(gold.size());
    score.counts.system = static_cast<int>(system.size());
    // A pair's best match against the other side: strict beats relaxed beats none.
    auto bestMatch = [](const AnchorPair &p, const std::vector<AnchorPair> &others) {
        AnchorMatch best = AnchorMatch::None;
        for (const AnchorPair &o : others) {
            if (sameAnchor(p, o))
                return AnchorMatch::Strict;
            if (overlappingAnchor(p, o))
                best = AnchorMatch::RelaxedOnly;
        }
        return best;
    };
    for (const AnchorPair &g : gold) {
        score.goldMatch.push_back(bestMatch(g, system));
        score.counts.strict += score.goldMatch.back() == AnchorMatch::Strict;
        score.counts.relaxedGold += score.goldMatch.back() != AnchorMatch::None;
    }
    for (const AnchorPair &s : system) {
        score.systemMatch.push_back(bestMatch(s, gold));
        score.counts.relaxedSystem += score.systemMatch.back() != AnchorMatch::None;
    }
    return score;
}

Prf strictPrf(const AnchorCounts &c)
{
    return prf(c.strict, c.system, c.strict, c.gold);
}

Prf relaxedPrf(const AnchorCounts &c)
{
    return prf(c.relaxedSystem, c.system, c.relaxedGold, c.gold);
}

std::optional<DocumentAnchoring> anchorTimeML(const TimeMLDocument &timeml)
{
    auto document = core::layOutPlainText(timeml.text);
    if (!document || document->text.size() != timeml.text.size())
        return std::nullopt;
    core::AnalysisOptions options;
    if (timeml.dct)
        options.reference = {timeml.dct, core::ReferenceSource::Metadata};
    core::Analysis analysis = core::analyzeDocument(*document, options);

    DocumentAnchoring run;
    run.gold = goldAnchors(timeml, analysis.segmentation);
    run.system = systemAnchors(analysis.events, analysis.segmentation);
    run.score = scoreAnchors(run.gold.pairs, run.system.pairs);
    run.document = std::move(*document);
    run.segmentation = std::move(analysis.segmentation);
    return run;
}

} // namespace lede::tools
