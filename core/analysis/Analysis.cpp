#include "analysis/Analysis.h"

#include "analysis/CodeRanges.h"
#include "entities/ArticleOutline.h"
#include "entities/BylineFinder.h"
#include "entities/DatelineFinder.h"
#include "entities/EntityGrouper.h"
#include "entities/EntityTypeGuess.h"
#include "entities/NameConsistency.h"
#include "entities/NameEdges.h"
#include "entities/PlaceGazetteer.h"
#include "entities/ScheduleLines.h"
#include "entities/UntaggedNames.h"
#include "events/EventExtractor.h"
#include "timex/TimexTagger.h"

#include <charconv>

namespace lede::core {

namespace {

std::optional<CalendarDate> parseIsoDate(const std::string &s)
{
    // YYYY-MM-DD, optionally followed by a time ("2022-04-25T10:00:00Z").
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    CalendarDate d;
    const char *p = s.data();
    if (std::from_chars(p, p + 4, d.year).ec != std::errc() || std::from_chars(p + 5, p + 7, d.month).ec != std::errc()
        || std::from_chars(p + 8, p + 10, d.day).ec != std::errc())
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        return std::nullopt;
    return d;
}

std::vector<TextRange> blockRanges(const Document &doc)
{
    std::vector<TextRange> ranges;
    ranges.reserve(doc.blocks.size());
    for (const Block &b : doc.blocks)
        ranges.push_back(b.range);
    return ranges;
}

void tagDates(const Document &doc, Analysis &a, const ReferenceDate &reference, const StopToken &stop)
{
    TimexOptions timexOptions;
    timexOptions.reference = reference;
    timexOptions.skip = codeRanges(doc);
    TimexResult dates = TimexTagger::tagWithReference(doc.text, a.segmentation, timexOptions, stop);
    a.dates = std::move(dates.timexes);
    a.reference = dates.reference;
}

// The tagger's mentions read as one document: their edges trimmed of words that belong to no name, the byline's, dateline's and credits' names as the layout says,
// the headline through the body, each name's mentions agreeing (NameConsistency), the company names the tagger left
// unmarked beside words that say what they are (UntaggedNames), then grouped into entities.
std::vector<Entity> groupEntities(const Document &doc, const Analysis &a, std::vector<Mention> tagged,
                                  const std::vector<TextRange> &code, const AnalysisOptions &options)
{
    std::vector<OutlineBlock> blocks;
    blocks.reserve(doc.blocks.size());
    for (const Block &b : doc.blocks)
        blocks.push_back({b.range, b.kind == BlockKind::Heading});
    const ArticleOutline outline(doc.text, a.segmentation, blocks);
    const std::shared_ptr<const PlaceGazetteer> shared = options.places ? nullptr : PlaceGazetteer::shared();
    const PlaceGazetteer *places = options.places ? options.places.get() : shared.get();
    const std::vector<Mention> mentions =
        NameEdges::trim(doc.text, a.segmentation, std::move(tagged), TypeCues::shipped(), places);

    std::vector<TextRange> dates;
    dates.reserve(a.dates.size());
    for (const Timex &t : a.dates)
        dates.push_back(t.range);
    std::vector<StructuralName> structure = BylineFinder::find(outline, mentions, TypeCues::shipped());
    const std::vector<StructuralName> datelines = DatelineFinder::find(outline, mentions, dates, places);
    structure.insert(structure.end(), datelines.begin(), datelines.end());
    const std::vector<StructuralName> venues = ScheduleLines::find(outline, mentions);
    structure.insert(structure.end(), venues.begin(), venues.end());
    EvidencedMentions consistent = NameConsistency::apply(outline, mentions, structure, places);
    // A code block can look like a dateline or a byline, and hold a headline's name or a bracketed acronym: what
    // the pass added there goes as the tagger's mentions there went.
    if (!code.empty()) {
        EvidencedMentions prose;
        for (size_t i = 0; i < consistent.mentions.size(); ++i) {
            if (!overlapsAny(code, consistent.mentions[i].range))
                prose.add(consistent.mentions[i], consistent.evidence[i]);
        }
        consistent = std::move(prose);
    }
    UntaggedNames::recover(outline, consistent, code);
    return EntityGrouper::group(doc.text, consistent.mentions, consistent.evidence);
}

// The events the dates anchor, into `a` (whose segmentation, entities and dates are there).
void findEvents(const Document &doc, Analysis &a, const StopToken &stop)
{
    a.events.clear();
    if (!stop.stopRequested())
        a.events = EventExtractor::extract(doc.text, a.segmentation, a.dates, a.entities, stop);
    a.cancelled = stop.stopRequested();
}

// Dates against `reference`, then the events they anchor, into `a` (whose segmentation and entities
// are already there).
void findDates(const Document &doc, Analysis &a, const ReferenceDate &reference, const StopToken &stop)
{
    tagDates(doc, a, reference, stop);
    findEvents(doc, a, stop);
}

} // namespace

ReferenceDate documentReferenceDate(const Document &doc, const ReferenceDate &override)
{
    if (override.date)
        return override;
    if (auto d = parseIsoDate(doc.meta.publishedDate))
        return {d, ReferenceSource::Metadata};
    return {};
}

Analysis analyzeDocument(const Document &doc, const AnalysisOptions &options)
{
    Analysis a;
    a.segmentation = Segmenter::segment(doc.text, blockRanges(doc), options.stop, options.parallel);
    if (options.stop.stopRequested()) {
        a.cancelled = true;
        return a;
    }

    // Dates need only the segmentation: they are found beside the entities (the two tasks write apart).
    std::vector<Mention> mentions;
    runTasks(options.parallel, 2, [&](std::size_t task) {
        if (task == 0) {
            tagDates(doc, a, documentReferenceDate(doc, options.reference), options.stop);
            // The dateline rule's places, read from their file on a process's first analysis, load here beside
            // the entities rather than after them.
            if (options.tagger && !options.places)
                PlaceGazetteer::shared();
        } else if (options.tagger) {
            mentions = options.tagger->tag(doc.text, a.segmentation, options.stop, options.parallel);
        }
    });
    if (options.stop.stopRequested()) {
        a.cancelled = true;
        return a;
    }
    // Names in code are identifiers, not people or places: dropped before grouping, so they neither show nor
    // lend their type or name to the prose's mentions.
    const std::vector<TextRange> code = codeRanges(doc);
    if (!code.empty())
        std::erase_if(mentions, [&](const Mention &m) { return overlapsAny(code, m.range); });
    if (options.tagger)
        a.entities = groupEntities(doc, a, std::move(mentions), code, options);
    mentions = {};
    findEvents(doc, a, options.stop);
    return a;
}

Analysis reanchorDates(const Document &doc, const Analysis &previous, const ReferenceDate &reference,
                       const StopToken &stop)
{
    Analysis a = previous;
    a.cancelled = false;
    findDates(doc, a, documentReferenceDate(doc, reference), stop);
    return a;
}

} // namespace lede::core
