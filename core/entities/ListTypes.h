// ListTypes: names coordinated in one list are of one type. "Greggs up against Pret A Manger and WHSmith", "Google
// DeepMind and Meta", "Wegovy or Mounjaro": the tagger types the member it does not know from its shape alone (a
// firm as "other" or a place, a drug as a person), while its list-mates say what it is.
// A list: mentions next to each other on one line with only ",", "and", "or", ", and", ", or" between them, up to the
// last "and"/"or" ("A, B and C"; a comma alone is no list: "on Chechnya, Interfax said"; ", and" only ends a list of
// three or more: not "Wegovy, made by Novo Nordisk, and Mounjaro"); "&" joins none (NameEdges.h, rule 7). No member
// is followed or preceded by a possessive ("Brazil's Ronaldo and Italy's Maldini") or followed by a capitalised word
// ("Ruch and French President Chirac"), and a list with a one-word adjective in it ("NASA and German partners",
// "Russian and Ukrainian miners") modifies a noun: it is none.
// The rule, after the type vote and MentionCues' revote (EntityGrouper.h, rule 4), for an entity with weak evidence:
// no mention typed by the layout, joined as a partial or short name, or an acronym; its type not set by MentionCues;
// no person's full name among its names (of several words, one before the last a known first name); no person cue
// near any mention (MentionCues::cuesOf); and fewer than 2 of its mentions outside lists tagged its type. Its mates
// are confident when their evidence is not weak.
//  - When its confident mates (one or more) all have one type, other than its own, it takes that type.
//  - With no confident mate, a one-word name takes the type its weak mates all share when that type ranks above its
//    own: organisation > other > place > person (a capitalised word the tagger does not know is a person or a place
//    by default, an organisation or a product only on some evidence).
//  - Nothing becomes a person: a firm is often coordinated with a person ("Microsoft and Bill Gates").
//  - A name whose own words give it the type it has (OrganisationNames rule 4, HeadWords: "Harwick Film Institute",
//    "Tarnow Mountains") keeps it: in a list of prizes an institute that awards one is still an organisation. It
//    stays weak for its mates (a band's "Fairport Convention" reads as an event and must not make its list-mates
//    events). CrossNER dev 73.42 -> 73.50; ner-dev, ner-gold, CoNLL-2003 dev, the other dev splits and the King
//    James Bible unchanged.
// Measured through the whole analysis (lede-ner-doc-eval; development sets): ner-dev 89.39 -> 90.35, ner-gold 89.11
// (=), CoNLL-2003 dev 93.32 (=), dev splits: UNER EWT 75.47 -> 75.44, CrossNER 72.90 -> 72.98, WNUT-17 56.76 ->
// 56.89, PUD, BTC, SEC unchanged. In the King James Bible 37 of 3,776 entities change type, most of them towns in
// Joshua's lists typed as persons that become places.
// Linear in the mentions: each list's type counts are made once and each member takes its own share out.
// Private to core/entities.
#pragma once

#include "entities/GroupingState.h"
#include "entities/MentionCues.h"

#include <optional>
#include <vector>

namespace lede::core::grouping {

class ListTypes final
{
public:
    ListTypes(const GroupingState &state, const MentionCues &cues) : m_s(state), m_cues(cues) {}

    // `members[e]`: entity e's items in text order; `types[e]` its type, revised in place; `settled[e]`: its type
    // was set by the words around it (MentionCues) rather than by the tagger's vote.
    void agree(const std::vector<std::vector<size_t>> &members, std::vector<EntityType> &types,
               const std::vector<bool> &settled) const;

private:
    const GroupingState &m_s;
    const MentionCues &m_cues;

    std::vector<size_t> listOfItems() const;
    // The type a name's own words give it (OrganisationNames rule 4, HeadWords); none when they give none.
    std::optional<EntityType> ownWordsType(TextRange r) const;
};

} // namespace lede::core::grouping
