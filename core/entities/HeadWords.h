// HeadWords: the words of a name that decide it is a place or an "other" name (an event, a prize, a war), whatever
// the tagger said. The tagger leans on a name's first words, so a place or an event named after a person or a
// thing comes out as an organisation or as "other" ("Orion Nebula", "Yellowstone Mountains"), and an event named
// after an organisation as one ("Council of Europe Prize"). Organisations' own decisive words are
// OrganisationNames' rule 4, which runs after this (NameEdges rule 8) and so wins ("Republic of Fiji Navy" is an
// organisation). A name of two or more words is
//  1. a place when its last word is a place's (Islands, Mountains, Valley, Ocean, Peninsula, Gulf, Bridge,
//     Station, Stadium, Empire, Nebula, Dam ...) or the word before its "of"/"de" is ("Kingdom of", "Province of");
//  2. "other" when its last word is an event's or a prize's (Election, Award, Cup, Prize, Festival, War, Olympics,
//     Championship, Summit ...) or the word before its "of" is ("Battle of", "Medal of").
// A name with a lower-case word other than "of"/"de"... is read as a work's title and left alone ("The Man from
// Snowy River"), as is one that opens with a number ("1884 United States" of a presidential election), and one that
// opens with "The" for rule 1 ("The Quarry Road", a novel). After "of", the last word is no head ("Friends of the
// Tarnow Valley"); an event's last word still is ("Council of Europe Prize").
// The words are those that head places (rule 1) or "other" names (rule 2) in at least nine of ten names, and at
// least five, of the corpora's training splits (tools/ner/corpus-splits.tsv); rule 2 counts only CoNLL-2003 and
// CrossNER, the corpora that annotate "other" names in full. A few words too rare there to count, which the
// development articles' guidelines name (Nebula, Cluster, Dam, Glacier, Canal, Telescope), are added (HeadWords.cpp
// gives every word's count). Linear in the mentions.
// Measured through the whole analysis (lede-ner-doc-eval): ner-dev 88.92 -> 89.39, ner-gold 86.77 -> 88.11, UNER
// EWT dev 75.27 -> 75.37, UNER PUD dev 73.86 -> 74.04, BTC dev 71.49 -> 71.52; CoNLL-2003 dev (93.30), CrossNER dev
// (72.82), WNUT dev and SEC unchanged; the King James Bible's entities unchanged.
#pragma once

#include "ner/NerTagger.h"

#include <string_view>
#include <vector>

namespace lede::core {

class HeadWords final
{
public:
    // Retypes `mentions` over `text` in place; ranges are left as they are.
    static void apply(std::u16string_view text, std::vector<Mention> &mentions);

    // The type `name`'s head words give it (a place or "other"); `tagged` when they give none.
    static EntityType typeOf(std::u16string_view name, EntityType tagged);
};

} // namespace lede::core
