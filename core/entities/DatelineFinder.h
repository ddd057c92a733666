// DatelineFinder: the place (and agency) a news paragraph opens with — "GENEVA —", "Portland, Maine —",
// "NAIROBI (Reuters) -", "LAGOS, March 3 (AFP) –", and the wire form "LONDON 1996-08-30" on a line of its own.
// The city and region are places and the agency an organisation, whatever the tagger said. Only at the start of a
// paragraph, never in a Title Case or ALL CAPS headline, and the city needs evidence that it is a place.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/StructuralName.h"
#include "ner/NerTagger.h"

#include <vector>

namespace lede::core {

class PlaceGazetteer;

class DatelineFinder final
{
public:
    // `tagged`: the tagger's mentions (any order); `dates`: the date expressions found in the text (in text order),
    // of which a calendar date ("March 3", "1996-08-30") may stand between the city and the dash. `places` may be
    // null. The evidence a city needs, beyond the shape and not being a lead-in ("UPDATE —", "SOCCER -"):
    // - the tagger marks exactly it as a place; or
    // - the gazetteer knows it, and the tagger does not call it a person (unless region, date or agency come
    //   before the dash: "Hashimoto -- who …" is an aside about a person, "NICE, France -" a dateline); or
    // - it is unknown but region, date or agency come before a dash ("PORT ARDENT, Norvania (AP) —"), and the
    //   tagger does not call it a person; or
    // - it is the wire's ALL CAPS "CITY DATE" line and the tagger marked nothing there.
    // At least three words must follow a dash, the first not in lower case ("Hashimoto -- who …" is an aside).
    // Results in text order.
    static std::vector<StructuralName> find(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                            const std::vector<TextRange> &dates, const PlaceGazetteer *places);
};

} // namespace lede::core
