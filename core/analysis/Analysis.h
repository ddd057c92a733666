// Analysis: everything Lede finds in one document — entities, dates, events.
#pragma once

#include "common/Parallel.h"
#include "common/StopToken.h"
#include "document/Document.h"
#include "entities/Entity.h"
#include "entities/PlaceGazetteer.h"
#include "events/Event.h"
#include "ner/NerTagger.h"
#include "text/Segmenter.h"
#include "timex/Timex.h"

#include <memory>
#include <vector>

namespace lede::core {

struct Analysis
{
    Segmentation segmentation;
    std::vector<Entity> entities;   // grouped, sorted by first mention
    std::vector<Timex> dates;       // in text order
    std::vector<Event> events;      // dated happenings, chronological (EventExtractor)
    ReferenceDate reference;        // the reference date used for relative expressions, with its source
    bool cancelled = false;
};

struct AnalysisOptions
{
    std::shared_ptr<const NerTagger> tagger; // null: no entity recognition
    // The places the dateline rule knows (DatelineFinder); null: the shipped gazetteer (PlaceGazetteer::shared()),
    // or none when it is missing.
    std::shared_ptr<const PlaceGazetteer> places;
    ReferenceDate reference;                 // overrides the document's own date when set
    StopToken stop;
    // Runs independent parts at once (sentence batches, entity windows, dates beside entities); empty: serial.
    // The result is the same with any ParallelFor. It may be called from inside one of its own tasks, so the
    // calling thread must take part in the work (then nesting can never wait on itself).
    ParallelFor parallel;
};

// The reference date for relative dates: `override` when it has a date, else the document's own
// published date (metadata), else none.
ReferenceDate documentReferenceDate(const Document &doc, const ReferenceDate &override);

// Runs segmentation, entity recognition and grouping, and date recognition. Pure; thread-safe.
Analysis analyzeDocument(const Document &doc, const AnalysisOptions &options);

// A copy of `previous` with its dates and events found again against `reference` (the document's own
// date when `reference` has none): segmentation and entities are reused, no entity recognition runs.
// For a reference date the user picks. Pure; thread-safe. A stop request returns `cancelled`.
Analysis reanchorDates(const Document &doc, const Analysis &previous, const ReferenceDate &reference,
                       const StopToken &stop = {});

} // namespace lede::core
