// TaggerProvider: the process-wide NER model, loaded once, off the UI thread, on first use.
// Every document's analysis waits for the same load; a failed load is remembered (dates still work).
//
// A QFuture holds one continuation: a second then() on the same future replaces the first (Qt 6 warns
// "the existing continuation is overwritten"), so tabs that attached while the model loaded lost their
// analysis. shared() therefore hands each caller a future of its own, fulfilled when the load ends.
#pragma once

#include "ner/NerTagger.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>

namespace lede::ui {

struct TaggerState
{
    std::shared_ptr<const core::NerTagger> tagger; // null when the model could not be loaded
    QString error;                                 // translated reason when tagger is null
};

class TaggerProvider final
{
public:
    using Loader = std::function<TaggerState()>;

    // Starts loading on the first call; every call returns a future of its own (wait on it with
    // whenFinished), finished with the same state once the model is loaded. Thread-safe.
    static QFuture<TaggerState> shared();
    // For tests and tools that load their own model: later shared() calls return this.
    static void override(std::shared_ptr<const core::NerTagger> tagger, const QString &error = {});
    // Forgets the model, as at process start: the next shared() runs `loader` (the shipped model when
    // empty). Tests use it for a cold start; a loader may wait before loading, to fix the timing.
    static void reset(Loader loader = {});
    // The shipped model, as shared() loads it (blocking; for loaders passed to reset()).
    static TaggerState loadDefault();
};

} // namespace lede::ui
