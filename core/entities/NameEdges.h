// NameEdges: trims the words a tagged name picked up at its edges that belong to no name. The tagger learnt on
// news, where a name's neighbours are rarely capitalised; in older or plainer prose it runs on into them: "Mara
// wept", "Ezra the scribe", a lone "thereof", or a sentence's capitalised first word before a name ("Lo Mara",
// "Verily Ezra"). Two rules, on the tagger's mentions before the document-level passes:
//  1. Lower-case words at either edge are dropped ("Ezra the scribe" -> "Ezra"; "de Gaulle" keeps its
//     particle, which leads a name, but loses it at the end; a possessive "'s" the tagger marked after a
//     capitalised word stays: "Lord's", "Boatmen's"). A name wholly in lower case ("thereof" in a book,
//     "iraq" in a forum post) stays only when the tagger marks its first word at least half the times the text
//     uses it. Words of a script without case ("東京") count as capitalised: only a word with a lower-case letter
//     and no capital or digit is lower case ("iPhone" and "3com" are not).
//  2. A sentence's capitalised first word leaves a name of several words when the document tells it is a common
//     word there: written in lower case inside sentences, and capitalised there at most a quarter as often; and
//     the rest of the mention is tagged on its own elsewhere ("Verily Ezra" -> "Ezra" when the text also says
//     "verily" and names "Ezra"; "North Korea" stays when the text capitalises "North" inside its sentences).
//     A clause's first word after a comma, colon or semicolon counts as a sentence's: older prose opens a quotation
//     there without quotation marks ("saying, Assuredly Ezra shall reign").
//  3. A one-word mention in that place goes when its word is common by the same test and no name tagged inside a
//     sentence holds it ("Behold" tagged as a person; "May" stays when the text also names "Theresa May").
//  4. The interjection "O" leaves the name it calls ("O Ezra" -> "Ezra"); "O" alone is dropped.
//  5. A lower-case word inside a name that names do not hold (not "of", "and", "the", "thy", a particle...) splits
//     it in two when each side is tagged on its own elsewhere: "Jacob blessed Pharaoh" -> "Jacob", "Pharaoh".
//  6. A person's leading titles leave the name, as the corpora annotate it: "King Sihanouk" -> "Sihanouk",
//     "Lieutenant-Colonel Max Marriner" -> "Max Marriner" (titles: TypeCues, gazetteers/person-titles.txt). A
//     royal, papal or knightly style ("Prince", "Pope", "Sir") goes only when the text also names the person
//     without it: written always with the name, the Wikipedia and social-media corpora annotate it as part of it.
//  7. Two one-word names with "&" between them are one firm's name when the tagger typed them differently or
//     either as an organisation ("Douglas & Lomason"); two people or two places stay two ("Jay & Trish").
//  8. Last, the words that decide a name's type: first places' and events' (HeadWords.h: "Orion Nebula" is a place,
//     "Council of Europe Prize" an event), then organisations' decisive words and the pieces of one name the tagger
//     cut apart (OrganisationNames.h): "Damen Shipyards" is an organisation, "Greggs" + "plc", "Harwick Falls" +
//     "City Council", "Gulf of Finland".
//  9. A one-word name the tagger called an organisation or a person is a place after "the port of", "the town of"
//     ... or before ", a town", ", a Danube port" (PlaceCues.h).
// 10. In a sports report, a place and a club word ("Stockport County", "Caernarfon Town") are a club: an
//     organisation, unless the whole is a known place ("Kansas City") (SportsClubs.h).
// 11. Before rule 8, a role and "of" leave the name after them: "Fellow of the Royal Orrel Society" -> "Royal Orrel
//     Society", "Board of Directors of the X" -> "X" (RoleNames.h).
// 12. With rule 1, a year that opens a name whose lower-case head went leaves it too: "2031 Lower Saxony state
//     election" -> "Lower Saxony", "1979 Tarnow Wall movement" -> "Tarnow Wall" (CoNLL-2003 marks the name alone); what
//     is left takes the type the text gives the same name elsewhere (else an event's "other" would outvote the
//     place's other mentions), else it is a place when the gazetteer passed to trim() knows it as a country ("United
//     Kingdom"; not any town's name: "1992 Clinton campaign"), else it keeps its type.
// 13. Before rule 11, an organisation with a comma inside is the names on each side of it ("Orrel Front, Velder
//     National Union" -> two; not "Velmar, Inc.", "X, Jr.", "Goldman, Sachs & Co", "University of X, Y")
//     (CommaNames.h).
//     Measured through the whole analysis (lede-ner-doc-eval), each rule added in turn:
//                      base    +11,12   +13 (after a ListTypes change, ListTypes.h: 73.42 -> 73.50)
//       CrossNER dev   73.34   73.42    73.62   (rule 12 changes none: CrossNER marks "2031 Lower Saxony state
//       CoNLL-2003 dev 94.20   94.25    94.26    election" whole, so its 80 such names stay errors either way)
//     ner-dev (91.56), ner-gold (90.03), UNER EWT and PUD, BTC, WNUT-17, SEC dev and the King James Bible unchanged;
//     CoNLL-2003 train, where the tagger is right, unchanged but for one name wrong either way. On CrossNER train
//     (the tagger's own training text) rule 11 undoes about 12 "Fellow of the X" that CrossNER marks whole as an
//     honour: its train split marks "Fellow of the X" whole 18 times and "X" alone 18 times; the other roles
//     (President, Chairman, Member, Director, Governors) almost always "X" alone.
// Linear in the tokens of the text; rules 2 and 3 scan them only when some mention qualifies.
#pragma once

#include "entities/EntityTypeGuess.h"
#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class PlaceGazetteer;

class NameEdges final
{
public:
    // `mentions` as tagged over `text`, whose segmentation is `segmentation`; returned in the same order, trimmed,
    // without those that were left with no word, a split mention's parts in its place. `cues` gives the titles.
    // `places` (may be null) tells rule 12 which names are places.
    static std::vector<Mention> trim(std::u16string_view text, const Segmentation &segmentation,
                                     std::vector<Mention> mentions, const TypeCues &cues = TypeCues::shipped(),
                                     const PlaceGazetteer *places = nullptr);
};

} // namespace lede::core
