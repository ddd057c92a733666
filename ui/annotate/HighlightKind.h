// HighlightKind: the five kinds of marks the reader draws (people, places, organisations, dates, other),
// with their translated names. The UI's view of core::EntityType plus dates.
#pragma once

#include "ner/EntityType.h"

#include <QLoggingCategory>
#include <QString>

#include <array>
#include <cstdint>

Q_DECLARE_LOGGING_CATEGORY(lcAnnotate)

namespace lede::ui {

enum class HighlightKind : std::uint8_t { Person, Place, Organization, Date, Other };
inline constexpr int kHighlightKindCount = 5;

inline constexpr std::array<HighlightKind, kHighlightKindCount> kAllHighlightKinds = {
    HighlightKind::Person, HighlightKind::Place, HighlightKind::Organization, HighlightKind::Date,
    HighlightKind::Other};

HighlightKind highlightKindFor(core::EntityType type);

// Plural label for legends and group headers ("People", "Places", ...).
QString highlightKindPluralName(HighlightKind kind);
// Singular label for tooltips and the context panel ("Person", "Place", ...).
QString highlightKindName(HighlightKind kind);
// Singular label of an entity type.
QString entityTypeDisplayName(core::EntityType type);

// A stable key for settings ("person", "place", "organization", "date", "other").
QString highlightKindKey(HighlightKind kind);

// A set of kinds as a bit mask (bit i = kind i); cheap to store per text block.
using HighlightKindMask = std::uint8_t;
constexpr HighlightKindMask maskOf(HighlightKind kind)
{
    return static_cast<HighlightKindMask>(1u << static_cast<unsigned>(kind));
}
inline constexpr HighlightKindMask kDefaultVisibleKinds = maskOf(HighlightKind::Person) | maskOf(HighlightKind::Place)
    | maskOf(HighlightKind::Organization) | maskOf(HighlightKind::Date);

} // namespace lede::ui
