// MentionCues: what the words around an entity's mentions say it is, read after grouping, for the names the tagger
// types from their shape alone (an unknown company "Greggs" or "Calder" typed a person in every mention).
// News text says what a name is:
//  - a person: a title before it ("Mr", "Dr", "chief executive"; gazetteers/person-titles.txt), "who" or an age
//    after it ("Wren, 45,"), he/she/his/her/him as the first pronoun after it in its clause, an appositive naming a
//    person ("X, a lecturer", "X, the firm's founder", "X, a bank manager");
//  - not a person: it/its as that first pronoun ("Greggs said its sales"), "which" right after it;
//  - an organisation: "shares in/of X", "X's shares/chief executive/founder/board/customers", "chief executive of X",
//    "X, whose shares/travel arm", an appositive headed by a company noun ("X, the bakery chain founded …", "X, a
//    start-up in Leeds", "X, Finland's grid operator"; the names inside it are read through), such a noun right
//    before it ("battery maker X", "the trio X"; a noun that is also a trade only after an article: "the broker X",
//    not "said broker X") or a group word after it ("the Iliad group", "a Disney brand");
//  - a product: "the X telescope", "X, a drug for …".
// The vote (revote): an entity the grouper typed person, other or place, none of whose names is a person's full
// name (two or more words, the first a known first name: gazetteers/first-names.txt), no mention of which the layout
// typed (a byline's, a dateline's) nor an organisation's short name, and with no person cue near any mention, is an
// organisation when its organisation cues reach 1 (2 for a one-word first name such as "Wren", or a place; an
// appositive headed by a company noun counts 2: "Flexport, the San Francisco freight forwarder," is no place — UNER
// EWT dev 75.71 -> 76.52, one entity of 8 mentions; the other dev sets and the KJV unchanged) and are
// no fewer than its product cues; a person with more product cues than organisation cues is "other". An adjective
// ("Swedish", "Paris-based", "Shiite") keeps its type, and a noun after a place or after an "other" name of several
// words is not read ("a Dublin label", "their World Cup group"). "Which" alone changes nothing: in books it marks
// places as often as companies. Measured through the whole analysis (lede-ner-doc-eval): ner-dev 76.90 -> 83.33,
// ner-gold 80.60 -> 80.94, CoNLL-2003 dev 93.01 -> 93.19, UNER EWT dev 74.81 -> 75.13, the other dev splits and the
// King James Bible's entities unchanged.
// Later, "it"/"its" as the first pronoun, within four words of a "person" that is no first name ("Hulu built its
// audience", "Tolvane said it would"; not "Tolvane read it", "X argued that ... as it did", a handle's "@maya its so
// good"), with no person cue anywhere, make it an organisation (CoNLL-2003 dev 93.84 -> 93.91, CrossNER dev 72.98 ->
// 73.02, the other dev sets and the King James Bible unchanged; counting any "it" in the clause cost ner-gold 0.66
// and BTC 0.46, and retyped six of the Bible's people and places). A place the gazetteer knows is not told apart:
// the grouper has no gazetteer, and no dev set had such a case.
// The cue words themselves are CueWords.h's, shared with UntaggedNames (names the tagger left unmarked).
// Private to core/entities.
#pragma once

#include "entities/GroupingState.h"

#include <vector>

namespace lede::core::grouping {

struct CueCounts
{
    int person = 0;       // a person cue
    int nonPerson = 0;    // it/its, "which": anything but a person
    int thing = 0;        // it/its as the first pronoun after the name
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

    // The cues around one mention. `modifier`: the name modifies a noun after it ("a Dublin label"), which then
    // says nothing of what the name is.
    CueCounts cuesOf(size_t item, bool modifier) const;

    // A folded word that is a known first name (gazetteers/first-names.txt).
    static bool isFirstName(const std::u16string &folded);

private:
    const GroupingState &m_s;

    // The vote given the cues counted over the entity's mentions.
    static EntityType decide(const CueCounts &sum, EntityType voted, bool firstName);
};

} // namespace lede::core::grouping
