// FileFilters: one filter line per loader plus "all supported" and "all files".
#include "reader/FileFilters.h"

#include "document/DocumentLoader.h"

#include <QCoreApplication>

namespace lede::ui {

namespace {

// Format names are words for the user, so they live here rather than in the core.
QString formatDisplayName(core::SourceFormat format)
{
    switch (format) {
    case core::SourceFormat::Text: return QCoreApplication::translate("lede::ui::FileFilters", "Plain text");
    case core::SourceFormat::Markdown: return QCoreApplication::translate("lede::ui::FileFilters", "Markdown");
    case core::SourceFormat::Html: return QCoreApplication::translate("lede::ui::FileFilters", "Web pages");
    case core::SourceFormat::Pdf: return QCoreApplication::translate("lede::ui::FileFilters", "PDF documents");
    case core::SourceFormat::Epub: return QCoreApplication::translate("lede::ui::FileFilters", "EPUB books");
    case core::SourceFormat::Docx: return QCoreApplication::translate("lede::ui::FileFilters", "Word documents");
    case core::SourceFormat::Odt:
        return QCoreApplication::translate("lede::ui::FileFilters", "OpenDocument text");
    }
    return QCoreApplication::translate("lede::ui::FileFilters", "Documents");
}

QStringList patternsOf(const core::FormatLoader &loader)
{
    QStringList patterns;
    for (const std::string &ext : loader.extensions())
        patterns.append(QStringLiteral("*.") + QString::fromStdString(ext));
    return patterns;
}

} // namespace

QStringList FileFilters::supportedPatterns()
{
    QStringList all;
    for (const auto &loader : core::formatLoaders())
        for (const QString &p : patternsOf(*loader))
            if (!all.contains(p))
                all.append(p);
    return all;
}

QString FileFilters::openDialogFilter()
{
    QStringList filters;
    const QStringList all = supportedPatterns();
    if (!all.isEmpty())
        filters.append(QCoreApplication::translate("lede::ui::FileFilters", "All supported documents (%1)")
                           .arg(all.join(u' ')));
    for (const auto &loader : core::formatLoaders()) {
        const QStringList patterns = patternsOf(*loader);
        if (!patterns.isEmpty())
            filters.append(QStringLiteral("%1 (%2)").arg(formatDisplayName(loader->format()), patterns.join(u' ')));
    }
    filters.append(QCoreApplication::translate("lede::ui::FileFilters", "All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

} // namespace lede::ui
