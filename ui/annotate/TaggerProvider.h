// TaggerProvider: the process-wide NER model, loaded once, off the UI thread, on first use.
// Every document's analysis waits on the same future; a failed load is remembered (dates still work).
#pragma once

#include "ner/NerTagger.h"

#include <QFuture>
#include <QString>

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
    // Starts loading on the first call (call from the UI thread); later calls return the same future.
    static QFuture<TaggerState> shared();
    // For tests and tools that load their own model: later shared() calls return this.
    static void override(std::shared_ptr<const core::NerTagger> tagger, const QString &error = {});
};

} // namespace lede::ui
