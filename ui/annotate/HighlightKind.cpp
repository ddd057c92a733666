// Translated names of the highlight kinds.
#include "annotate/HighlightKind.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcAnnotate, "lede.ui.annotate")

namespace lede::ui {

HighlightKind highlightKindFor(core::EntityType type)
{
    switch (type) {
    case core::EntityType::Person: return HighlightKind::Person;
    case core::EntityType::Place: return HighlightKind::Place;
    case core::EntityType::Organization: return HighlightKind::Organization;
    case core::EntityType::Other: break;
    }
    return HighlightKind::Other;
}

QString highlightKindPluralName(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person: return QCoreApplication::translate("lede::ui::HighlightKind", "People");
    case HighlightKind::Place: return QCoreApplication::translate("lede::ui::HighlightKind", "Places");
    case HighlightKind::Organization: return QCoreApplication::translate("lede::ui::HighlightKind", "Organisations");
    case HighlightKind::Date: return QCoreApplication::translate("lede::ui::HighlightKind", "Dates");
    case HighlightKind::Other: break;
    }
    return QCoreApplication::translate("lede::ui::HighlightKind", "Other");
}

QString highlightKindName(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person: return QCoreApplication::translate("lede::ui::HighlightKind", "Person");
    case HighlightKind::Place: return QCoreApplication::translate("lede::ui::HighlightKind", "Place");
    case HighlightKind::Organization: return QCoreApplication::translate("lede::ui::HighlightKind", "Organisation");
    case HighlightKind::Date: return QCoreApplication::translate("lede::ui::HighlightKind", "Date");
    case HighlightKind::Other: break;
    }
    return QCoreApplication::translate("lede::ui::HighlightKind", "Other");
}

QString entityTypeDisplayName(core::EntityType type)
{
    return highlightKindName(highlightKindFor(type));
}

QString highlightKindKey(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person: return QStringLiteral("person");
    case HighlightKind::Place: return QStringLiteral("place");
    case HighlightKind::Organization: return QStringLiteral("organization");
    case HighlightKind::Date: return QStringLiteral("date");
    case HighlightKind::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace lede::ui
