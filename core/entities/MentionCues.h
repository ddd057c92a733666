// MentionCues: what the words around an entity's mentions say it is, read after grouping, for the one-word names
// the tagger types from their shape alone (an unknown company "Greggs" or "Calder" typed a person in every mention).
// News text says what a name is:
//  - a person: a title before it ("Mr", "Dr", "chief executive"; gazetteers/person-titles.txt), "who" or an age
//    after it ("Wren, 45,"), he/she/his/her/him as the first pronoun after it in its clause, an appositive naming a
//    person ("X, a lecturer", "X, the firm's founder");
//  - not a person: it/its as that first pronoun ("Greggs said its sales"), "which" right after it;
//  - an organisation: "shares in/of X", "X's shares/chief executive/founder/board/customers", "chief executive of X",
//    an appositive whose head is a company noun ("X, the bakery chain founded …", "X, a start-up in Leeds", "X,
//    Finland's grid operator"), such a noun right before it ("battery maker X", "the broker X") or a group word after
//    it ("the X group", "a X brand");
//  - a product: "the X telescope", "X, a drug for …".
// Cues are counted over all the entity's mentions. Only one-word names are read (a key of one token), never a
// name joined to a person's full name (EntityGrouper.h, rule 3) nor a structural one, and any person cue keeps the
// tagger's vote: the King James Bible's one-word people have "it" near them, and "his" too.
// Private to core/entities.
#pragma once

#include "entities/GroupingState.h"

#include <vector>

namespace lede::core::grouping {

struct CueCounts
{
    int person = 0;       // a person cue
    int nonPerson = 0;    // it/its, "which": anything but a person
    int organisation = 0; // a company's words
    int product = 0;      // a product's words
};

class MentionCues final
{
public:
    explicit MentionCues(const GroupingState &state) : m_s(state) {}

    // The type of the entity made of `items` (indexes into GroupingState::items, in text order) whose mentions
    // voted `voted`: the vote itself unless the words around its mentions overrule it (see the file comment).
    EntityType revote(const std::vector<size_t> &items, EntityType voted) const;

    // The cues around one mention (tests and tools). `adjectival`: a place or an adjective ("a Dublin label",
    // "the Swedish company"), for which a noun after the name says nothing.
    CueCounts cuesOf(size_t item, bool adjectival) const;

private:
    const GroupingState &m_s;
};

} // namespace lede::core::grouping
