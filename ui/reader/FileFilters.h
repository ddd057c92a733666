// FileFilters: what the Open dialog offers, built from the registered core format loaders, so a
// new loader appears in the dialog without touching the UI.
#pragma once

#include <QString>
#include <QStringList>

namespace lede::ui {

class FileFilters final
{
public:
    // Glob patterns of every supported extension, e.g. {"*.md", "*.markdown", "*.txt"}.
    static QStringList supportedPatterns();
    // "All supported documents (…);;Markdown (…);;…;;All files (*)", translated.
    static QString openDialogFilter();
};

} // namespace lede::ui
