// NameEdges: trims the words a tagged name picked up at its edges that belong to no name. The tagger learnt on
// news, where a name's neighbours are rarely capitalised; in older or plainer prose it runs on into them: "Mara
// wept", "Ezra the scribe", a lone "thereof", or a sentence's capitalised first word before a name ("Lo Mara",
// "Verily Ezra"). Two rules, on the tagger's mentions before the document-level passes:
//  1. Lower-case words at either edge are dropped ("Ezra the scribe" -> "Ezra"; "de Gaulle" keeps its
//     particle, which leads a name, but loses it at the end). A name wholly in lower case ("thereof" in a book,
//     "iraq" in a forum post) stays only when the tagger marks its first word at least half the times the text
//     uses it. Words of a script without case ("東京") count as capitalised: only a word with a lower-case letter
//     and no capital or digit is lower case ("iPhone" and "3com" are not).
//  2. A sentence's capitalised first word leaves a name of several words when the document tells it is a common
//     word there: written in lower case inside sentences, and capitalised there at most a quarter as often; and
//     the rest of the mention is tagged on its own elsewhere ("Verily Ezra" -> "Ezra" when the text also says
//     "verily" and names "Ezra"; "North Korea" stays when the text capitalises "North" inside its sentences).
// Linear in the tokens of the text; the second rule scans them only when some mention qualifies.
#pragma once

#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class NameEdges final
{
public:
    // `mentions` as tagged over `text`, whose segmentation is `segmentation`; returned in the same order, trimmed,
    // without those that were left with no word.
    static std::vector<Mention> trim(std::u16string_view text, const Segmentation &segmentation,
                                     std::vector<Mention> mentions);
};

} // namespace lede::core
