// NameConsistency: the document-level pass between the tagger and EntityGrouper, where one mention's evidence
// informs another's. In order:
//  1. The article's structure overrides the tagger: a byline's, dateline's or credit's names (StructuralName)
//     replace whatever the tagger marked over them, with MentionEvidence::Structure.
//  2. A Title Case or ALL CAPS headline is read through the body (HeadlineNames).
//  3. An acronym in brackets right after a name whose initials it spells ("the World Health Organization (WHO)")
//     takes that name's type, and is marked when the tagger missed it.
//  4. Names whose shape the tagger misreads: numbered roads, services with a "+", numbered products
//     (NumberedNames).
// The grouper then joins each name's mentions and votes on its type, keeping a structural mention's own type
// (EntityGrouper.h, rules 1-4): that is where a name typed differently in different places gets one type, and a
// surname the tagger calls an organisation joins the person named in full.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/MentionEvidence.h"
#include "entities/StructuralName.h"

#include <vector>

namespace lede::core {

class PlaceGazetteer;

class NameConsistency final
{
public:
    // `tagged` in any order; of two overlapping, the earlier, then longer, is kept (as EntityGrouper does).
    // Returns the mentions in text order, non-overlapping, each with its evidence.
    // `places` (may be null): the gazetteer whose countries a Title Case headline keeps (HeadlineNames.h).
    static EvidencedMentions apply(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                   const std::vector<StructuralName> &structural,
                                   const PlaceGazetteer *places = nullptr);
};

} // namespace lede::core
