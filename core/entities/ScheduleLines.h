// ScheduleLines: a sports schedule's "AWAY at HOME" lines ("KANSAS CITY AT DETROIT", "Boston at Oakland"), where
// the first name is the visiting team and the second the venue: a place, as the news corpora annotate it, although
// the same town names the home team in the results around it. The tagger reads the venue so from the line's shape;
// the entity vote would make it the club the report names in every other line. A line of its own holding nothing
// but two of the tagger's names and "at" between them, the second typed a place, keeps that place as the layout's
// (StructuralName): the grouper then keeps it an entity of its own beside the club. Measured through the whole
// analysis (lede-ner-doc-eval) on CoNLL-2003 dev, a development set with baseball schedules: 93.34 -> 93.81; the
// other corpora's dev splits, the dev articles and the King James Bible's analysis unchanged.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/StructuralName.h"
#include "ner/NerTagger.h"

#include <vector>

namespace lede::core {

class ScheduleLines final
{
public:
    // `tagged`: the tagger's mentions, any order. Results in text order.
    static std::vector<StructuralName> find(const ArticleOutline &outline, const std::vector<Mention> &tagged);
};

} // namespace lede::core
