// StructuralName: a name whose type the article's layout states, whatever the tagger said: a byline's
// author and outlet, a dateline's city and agency, the names in a "Reporting by …; Editing by …" credit, the venue
// of a sports schedule's line.
#pragma once

#include "common/TextRange.h"
#include "ner/EntityType.h"

#include <cstdint>

namespace lede::core {

enum class StructureKind : uint8_t {
    BylineAuthor,   // "By Marta Okonkwo" -> person
    BylineOutlet,   // "…, Lede" -> organisation
    CreditName,     // "Reporting by …; Editing by …" -> person
    CreditPlace,    // "Reporting by … in Nairobi" -> place
    DatelinePlace,  // "GENEVA —", "PORTLAND, Maine —" -> place
    DatelineAgency, // "… (Reuters) -" -> organisation
    ScheduleVenue,  // "KANSAS CITY AT DETROIT" (a schedule's line) -> place
};

struct StructuralName
{
    TextRange range;
    EntityType type = EntityType::Other;
    StructureKind kind = StructureKind::BylineAuthor;

    bool operator==(const StructuralName &) const = default;
};

} // namespace lede::core
