// PlaceCues: the words around a one-word name that say it is a place, when the tagger called it an organisation or
// a person ("the river ports of Izmail and Reni", "Reni, a Danube port"). NameEdges rule 9, last. Cues, each on
// the name's own mention:
//  1. a lower-case place word and "of" right before it, with "the" before that or before one more word: "the port
//     of X", "the town of X", "the river ports of X and Y" (a name joined to a cued one by "and", "or" or a comma is
//     cued too); not "cities of Hadadezer", a king's in older prose. Never a capitalised word ("City of
//     London Corporation", "Bank of X", "Port of Rotterdam Authority" are organisations' names, and one name);
//  2. an appositive after it: "X, a town ...", "X, a small Danube port": a comma, "a"/"an", at most three words and
//     a place word, which ends the phrase (not "X, a city council member").
// Only the cued mention changes: the grouper then votes on the entity's type with the name's other mentions. (Made
// a place everywhere, the name of a king whose "city of David" a book names would be one.) "in X, <place>." ("in
// Lille, France.") was tried as a cue and changed nothing in any development set.
// Measured through the whole analysis (lede-ner-doc-eval), after HeadWords: ner-gold 88.11 -> 89.11, CoNLL-2003 dev
// 93.30 -> 93.32, UNER EWT dev 75.37 -> 75.47, CrossNER dev 72.82 -> 72.90; ner-dev, PUD, BTC, WNUT and SEC
// unchanged (rule 2 alone changes none of them; in the King James Bible it makes "Myra, a city of Lycia" a place).
// Linear in the mentions; each looks at the few tokens around it.
#pragma once

#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class PlaceCues final
{
public:
    // `mentions` over `text` in text order, non-overlapping; retyped in place. `tokens` are the text's.
    static void apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions);
};

} // namespace lede::core
