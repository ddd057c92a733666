// OrganisationNames: the words of an organisation's name that decide its type, and the pieces of one name the tagger
// cut apart. The tagger reads a name word by word and leans on the first words, so an organisation named after a
// place or a person comes out as one ("Harwick Falls High School" a place, "Damen Shipyards" a person), a legal
// form after a name is left out ("Greggs plc" found as "Greggs") and a place before an organisation's own words
// splits it ("Harwick Falls" + "City Council"). Rules, on the mentions NameEdges leaves, in this order:
//  1. A place and an organisation, or an adjective the tagger calls "other" and an organisation, with one space
//     between them, are one organisation when the second one's name ends in a word of rule 3 ("Harwick Falls" +
//     "City Council", "Finnish" + "Border Guard"). Never before a ministry or a party, which the corpora annotate
//     apart from the country ("French" + "Interior Ministry").
//  2. "Gulf", "Bay", "Sea", "Strait", "Isle", "Lake" or "Cape", "of" and a place are one place: "Gulf of Finland".
//  3. A legal form or "Re" (an insurer: "Swiss Re") right after a name, which the tagger left out or marked on its
//     own, joins it ("Greggs plc", "Calder Batteries SE", "Walt Disney Co.", "Lindqvist & Co.").
//  4. A name of two or more words whose last word is an organisation's (School, University, Institute, Navy,
//     Council, Agency, Association, Co-op, Mutual, Shipyards, a legal form ...) or whose first word before "of"/"de"/
//     "for" is ("University of", "Ministry of", "Instituto de") is an organisation, whatever the tagger said. The
//     words are those that head organisations in at least nine of ten names of the corpora's training splits and
//     never head a place or a work there often: not "Center", "Bank", "Hospital", "Union" ("Kennedy Space Center",
//     "West Bank").
// A one-word short name ("Greggs", "Calder") then becomes the organisation in EntityGrouper (ShortNameJoins).
// Linear in the mentions; each looks at the few tokens after it.
#pragma once

#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class OrganisationNames final
{
public:
    // `mentions` over `text` in text order, non-overlapping; stays so. `tokens` are the text's.
    static void apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions);
};

} // namespace lede::core
