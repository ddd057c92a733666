// OrganisationNames: the words of an organisation's name that decide its type, and the pieces of one name the tagger
// cut apart. The tagger reads a name word by word and leans on the first words, so an organisation named after a
// place or a person comes out as one ("Harwick Falls High School" a place, "Damen Shipyards" a person), a legal
// form after a name is left out ("Greggs plc" found as "Greggs") and a place before an organisation's own words
// splits it ("Harwick Falls" + "City Council"). Rules, on the mentions NameEdges leaves, in this order:
//  1. A place and an organisation, or an adjective the tagger calls "other" and an organisation, with one space
//     between them, are one organisation when the second one is a name of rule 4 ("Harwick Falls" + "City Council",
//     "Finnish" + "Border Guard"). Never before a ministry or a party, which the corpora annotate apart from the
//     country ("French" + "Interior Ministry", "Texas" + "Republican Party").
//  2. "Gulf", "Bay", "Sea", "Strait", "Isle", "Lake" or "Cape", "of" and a place are one place: "Gulf of Finland".
//  3. A legal form (plc, SE, AG, GmbH, Inc, Ltd, LLC, Corp, Co. ...) or "Re" (an insurer: "Swiss Re") right after a
//     name, which the tagger left out or marked on its own, joins it and makes it an organisation ("Greggs plc",
//     "Walt Disney Co.", "Lindqvist & Co."); a legal form also with up to two capitalised words the tagger left out
//     between them ("Calder" + "Batteries SE"). Not "Co" without its period (a county) nor a reply's "Re:".
//  4. A name of two or more words whose last word is an organisation's (School, University, Institute, Navy,
//     Council, Agency, Association, Co-op, Mutual, Shipyards, a legal form ...) or whose first word before "of"/"de"/
//     "for" is ("University of", "Ministry of", "Instituto de") is an organisation, whatever the tagger said. The
//     words are those that head organisations in at least nine of ten names of the corpora's training splits and
//     never head a place or a work there often: not "Center", "Bank", "Hospital", "Union" ("Kennedy Space Center",
//     "West Bank"). A first word does not count before an event's or a prize's last word ("Academy of Country Music
//     Awards").
// A one-word short name ("Greggs", "Calder") then becomes the organisation in EntityGrouper (ShortNameJoins).
// Linear in the mentions; each looks at the few tokens after it.
// Measured through the whole analysis (lede-ner-doc-eval): ner-dev 76.90 -> 82.54, ner-gold 80.60 -> 83.42, CoNLL-2003
// dev 93.01 -> 93.10, UNER EWT dev 74.81 -> 74.91, CrossNER dev 72.77 -> 72.82, the other dev splits unchanged.
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

    // The last word of a folded name key (NameKey.h: "greggs plc", "walt disney co") is a legal form of rule 3.
    static bool endsWithLegalForm(std::u16string_view key);

    // `name` (as written, two words or more) is an organisation's by its own words (rule 4: "Harwick Film Institute").
    static bool hasOrganisationWords(std::u16string_view name);

    // A word written as a legal form of rule 3 ("plc", "Inc", "Inc.", "GmbH"; not a bare "Co").
    static bool isLegalForm(std::u16string_view word);
};

} // namespace lede::core
