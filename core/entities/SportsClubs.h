// SportsClubs: clubs and teams named after their towns, in sports reports. A report on football, rugby or cricket
// names a club after a place ("Stockport County", "Caernarfon Town"), which the tagger, reading the place's name
// first, calls a place; and it then shortens the club to the town's name ("Stockport had led through a header"),
// which stays a place in every mention. The corpora annotate a town's name that stands for its club or team as an
// organisation (CoNLL-2003's sports pages). Two rules, only in a text that reads as a sports report (isSportsText):
//  1. A name of two or more words whose last word is a club's (County, Town, City, United, Rovers, Athletic, Albion,
//     Wanderers, Hotspur, Argyle, Wednesday, FC, AFC) is an organisation, whatever the tagger said, unless the whole name
//     is a known place (the shipped gazetteer: "Cape Town", "Kansas City", "Mexico City"). A club word the tagger
//     left out right after a one-word or two-word place ("Stockport" + "County") joins it, unless a capitalised
//     word follows ("Stockport County Council"). NameEdges rule 10, last.
//  2. A name that is such a club's name without its club word ("Stockport" beside "Stockport County") is that
//     club: it joins it and votes "organization", even where the tagger called it a place: the full name in the
//     text is what overrides "it names a place". Not when two clubs shorten to it ("Sheffield United",
//     "Sheffield Wednesday"). A dateline's place keeps its own type (EntityGrouper keeps a structural mention the
//     vote goes against apart). Run by EntityGrouper after the organisations' short names (ShortNameJoins).
// A sports report: at least kMinSportsCues cues among the text's words: distinct sports words written in lower case
// (match, goal, striker, league, fixture, kick-off, beat, innings ...) and scores ("4-2", up to two of them).
// Linear in the text (scanned once, only when a candidate name is found) and in the mentions.
// Measured through the whole analysis (lede-ner-doc-eval): ner-dev 89.39 -> 90.35 (rule 1 alone 89.87; rule 2 needs
// rule 1's names), CoNLL-2003 dev 93.32 -> 93.34 ("Norwich City" in a results list); ner-gold (89.11), UNER EWT and
// PUD, CrossNER, BTC, WNUT and SEC dev unchanged; the King James Bible's entities unchanged. "Rangers" as a club word
// made "Texas" beside "Texas Rangers" the team where CoNLL-2003 annotates the state (93.30): left out. A threshold of
// two cues measured the same as three; five missed the results list.
#pragma once

#include "entities/GroupingState.h"
#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class SportsClubs final
{
public:
    // Rule 1 over `mentions` as tagged over `text` (tokens: its segmentation's).
    static void apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions);

    // The text reads as a sports report (see the file comment).
    static bool isSportsText(std::u16string_view text);

    // `word` (any case) is a club's last word ("County", "UNITED", "fc").
    static bool isClubWord(std::u16string_view word);
};

namespace grouping {

// Rule 2 on the grouper's state: joins a club's short name to it and marks its mentions as the organisation's.
void joinClubShortNames(GroupingState &state, UnionFind &uf);

} // namespace grouping

} // namespace lede::core
