// CommaNames: two names the tagger ran together over a comma. In encyclopaedic text names follow one another with
// only a comma between them ("the parties Orrel Front, Velder National Union and ...", "the journals Perception,
// Cognition"), and the tagger may read them as one. CoNLL-2003's guidelines mark each name apart, a place and the
// region after it too ("Paris, Texas"), but the Wikipedia corpus (CrossNER) marks "Palace Theatre, Manchester" and
// "Poole, Dorset" as one place: places stay whole. NameEdges rule 13, before the words that decide a name's type (rule 8).
// Rule: an organisation with a comma inside splits at each comma into names of their own, each keeping
// the type, when every part opens with a capitalised word and no part after a comma is
//  - a legal form ("Greggs, Inc.", "Orrel, Ltd"), a generation ("Jr.", "Sr."), a Roman numeral or an initial ("M."),
//    or written with periods ("D.C.");
//  - opened by "and"/"or" ("Society of Songwriters, Composers, and Authors" is one name) or by "A"/"An"/"The" (an
//    appositive: "Orrel, A Workers' Lobby");
// nor when the part before the first comma is an organisation by its own words (OrganisationNames rule 4: "University
// of Calder, Harwick", a campus), nor when the name holds a list of its own: "&" or "/" anywhere, "and"/"or" after a comma ("Goldman, Sachs & Co",
// "Bureau of Alcohol, Tobacco and Firearms": CoNLL-2003 train, where the tagger is right, is then unchanged).
// A person ("Allaby, M.", "Berg, Anna" in a reference) and an "other" name (a title: "Knowing Me, Knowing You") stay
// whole. Measured through the whole analysis (lede-ner-doc-eval): CrossNER dev 73.50 -> 73.62 (2 names run together
// split, 4 right), CoNLL-2003 dev 94.25 -> 94.26 (1 right); ner-dev, ner-gold, the other dev splits and the King James Bible
// unchanged (NameEdges.h, rule 13). Linear in the mentions.
#pragma once

#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class CommaNames final
{
public:
    // `mentions` over `text` in text order, non-overlapping; stays so. `tokens` are the text's.
    static void apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions);
};

} // namespace lede::core
