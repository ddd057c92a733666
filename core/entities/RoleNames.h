// RoleNames: a role or an office and "of" that the tagger took into the name they belong to. In encyclopaedic text
// a person's offices and honours come as "Fellow of the Royal Society", "President of the Ecology Society", "Program
// Chair of the Vision Conference", "Board of Directors of the Friends Foundation", and the tagger marks the whole as
// one name (typed "other" or a person by its first words). The corpora, CoNLL-2003's guidelines first, mark only
// the name after "of". NameEdges rule 11, before the words that decide a name's type (rule 8). Rule:
//  - A mention that opens with a role word (Fellow, Member, President, Vice-President, Chair, Chairman, Director,
//    Directors, Governors, Regents, Representatives, Trustee, Dean, Rector, Chancellor, Founder, Secretary-General,
//    Treasurer; as written, capitalised), after at most two capitalised words ("Program Chair", "Foreign Member",
//    "Vice President"), then "of" and "the" or not, loses those words; again if what is left opens so. "Board" is
//    a role only before its members' role ("Board of Directors of the X" -> "X"): else it is the body's own name
//    ("Board of Control for Tarn Rowing": a sports body named so).
//    What is left must start with a capitalised word and have two words or more, or be tagged on its own
//    elsewhere in the text ("Member of Parliament" and "Chancellor of the Exchequer" stay: "Parliament" alone
//    may be no name the text gives).
//    A person's mention loses its role only when what is left is tagged elsewhere or is an organisation by its own
//    words (OrganisationNames rule 4): it may run on into the person's name ("President of the Orrel Republic Anna
//    Berg").
//  - Its type: that of the same name tagged elsewhere; else a person or "other" becomes an organisation (one is a
//    fellow or a president of a body), or "other" when the name has an event's word (a conference, a congress, a
//    symposium, games: "Chair of the Vision Conference 2031"). HeadWords and OrganisationNames then retype it by
//    its own words as any name.
// Lower-case roles ("a fellow of the Royal Society") are NameEdges rule 1's: lower-case words leave a name's edge.
// Measured through the whole analysis (lede-ner-doc-eval): CrossNER dev 1886 -> 1888 names right (3 right, 1 lost
// where CrossNER keeps "Fellow of the" in the name, 1 boundary error becomes a type error), CoNLL-2003 dev +1;
// ner-dev, ner-gold, the other dev splits and the King James Bible unchanged. On CoNLL-2003 train, where the tagger
// is right, it changes nothing (NameEdges.h, rule 11).
// Linear in the mentions; each looks at its own first few tokens.
#pragma once

#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <string_view>
#include <vector>

namespace lede::core {

class RoleNames final
{
public:
    // `mentions` over `text` in text order, non-overlapping; trimmed and retyped in place. `tokens` are the text's.
    static void apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions);
};

} // namespace lede::core
