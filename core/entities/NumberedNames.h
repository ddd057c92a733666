// NumberedNames: names whose shape the tagger misreads, found by their pattern after NameConsistency's other steps:
//  1. A numbered road ("Route 44", "Highway 401", "Interstate 95") is a place, marked where the tagger left it out
//     or marked its word alone. (Development articles: ner-dev 77.62 -> 77.91, ner-gold 81.27 -> 81.47; CoNLL-2003
//     dev 93.01 -> 93.02.)
//  2. A name with a "+" right after it is a service, "other" ("Disney+", "Apple TV+"), not the firm the tagger read
//     (ner-gold 81.47 -> 82.14).
//  3. A one-word name with a number or a Roman numeral after it and a lower-case word after that is a product, a
//     mission or a model, "other" ("Falcon 9 rocket", "Apollo 17 crew", "Renault 5 hatchback"); a results line's
//     "Leeds 2 Chelsea 1" has a name after the number, not a lower-case word; a score, a measure or a table's row
//     ("Somerset 83 and 174", "the Olympic 100 metres") has a small word or unit after it, or other small numbers
//     beside it. (ner-dev 84.15 -> 84.39, UNER EWT dev +0.04, WNUT-17 dev +0.05, BTC dev -0.02; CoNLL-2003 dev
//     unchanged, 92.60 without the last two conditions.)
// Private to core/entities.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/MentionEvidence.h"

namespace lede::core {

class NumberedNames final
{
public:
    // `mentions` in text order, non-overlapping; stays so.
    static void apply(const ArticleOutline &outline, EvidencedMentions &mentions);
};

} // namespace lede::core
