// EventAnchorScore: scores event anchoring as (sentence, date interval) pairs. The gold pairs come from a
// TimeML file's event–date links, the system pairs from core events; both are placed in one segmentation.
#pragma once

#include "TimeMLReader.h"
#include "document/Document.h"
#include "events/Event.h"
#include "text/Segmenter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lede::tools {

// One anchoring: "something in sentence `sentence` happened within `interval`". Two pairs are the same
// when sentence and interval are; `value` (the TIMEX3 value it came from) is only for reports.
struct AnchorPair
{
    int32_t sentence = -1; // index into Segmentation::sentences
    core::DateInterval interval;
    std::string value;    // for reports only, like `date`
    core::TextRange date; // the date expression it came from
};

bool sameAnchor(const AnchorPair &a, const AnchorPair &b);
// Same sentence and calendar intervals that share at least one day. A year-unknown interval only
// overlaps another year-unknown one (by month and day).
bool overlappingAnchor(const AnchorPair &a, const AnchorPair &b);

// The sentence holding UTF-16 offset `pos`, or -1 when it falls between sentences.
int32_t sentenceAt(const core::Segmentation &segmentation, int32_t pos);

// The TLINK relations that place an event within (or at the edge of) a date. The list is closed under
// inversion, so a link written from the date's side (timeID … relatedToEventInstance) counts the same.
bool isAnchoringRelation(const std::string &relType);

struct GoldAnchors
{
    std::vector<AnchorPair> pairs; // distinct, in sentence order
    int links = 0;                 // TLINKs between an event and a DATE timex with an anchoring relation
    int otherSentence = 0;         // of those, event and date in different sentences: not scored
    int unplaceable = 0;           // of those, in one sentence, but the value has no calendar interval
                                   // (PRESENT_REF, XXXX-WXX-2, FUTURE_REF): not scored
    int toCreationTime = 0;        // event–DCT links with an anchoring relation: the DCT is in no sentence
    int unresolved = 0;            // links naming an instance, event or timex the file lacks
};

GoldAnchors goldAnchors(const TimeMLDocument &doc, const core::Segmentation &segmentation);

struct SystemAnchors
{
    std::vector<AnchorPair> pairs; // distinct, in sentence order
    int events = 0;                // events produced
    int unanchored = 0;            // of those, with no calendar interval: not scored
};

// A merged event is anchored in every sentence where it is told (Event::mentions), as the gold links are.
SystemAnchors systemAnchors(const std::vector<core::Event> &events, const core::Segmentation &segmentation);

enum class AnchorMatch : uint8_t { Strict, RelaxedOnly, None };

struct AnchorCounts
{
    int gold = 0;
    int system = 0;
    int strict = 0;        // pairs in both
    int relaxedGold = 0;   // gold pairs overlapping some system pair of their sentence
    int relaxedSystem = 0; // system pairs overlapping some gold pair of their sentence
    AnchorCounts &operator+=(const AnchorCounts &o);
};

struct AnchorScore
{
    AnchorCounts counts;
    std::vector<AnchorMatch> goldMatch;   // one per gold pair
    std::vector<AnchorMatch> systemMatch; // one per system pair
};

// Pairs are expected distinct (as goldAnchors/systemAnchors give them).
AnchorScore scoreAnchors(const std::vector<AnchorPair> &gold, const std::vector<AnchorPair> &system);

struct Prf
{
    double precision = 0; // percent
    double recall = 0;
    double f1 = 0;
};
Prf strictPrf(const AnchorCounts &c);
Prf relaxedPrf(const AnchorCounts &c);

// One TimeML file through the whole pipeline: its text laid out as the reader would open it (paragraphs
// at blank lines, the same offsets), analysed by lede::core::analyzeDocument with the creation time as the
// reference date and no entity tagger (participants are not scored), and scored.
struct DocumentAnchoring
{
    core::Document document;
    core::Segmentation segmentation;
    GoldAnchors gold;
    SystemAnchors system;
    AnchorScore score;
};

// nullopt when the layout would change the text's length (the gold offsets would no longer fit).
std::optional<DocumentAnchoring> anchorTimeML(const TimeMLDocument &timeml);

} // namespace lede::tools
