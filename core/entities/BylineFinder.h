// BylineFinder: the authors and outlet of an article's byline ("By Marta Okonkwo, Lede", "By Ann Lee and Tom Roe |
// The Harbour Post", "BY ANN LEE") and the names in a wire credit ("Reporting by Ann Lee in Nairobi; Editing by
// Tom Roe"). Their layout says what they are, so they hold whatever the tagger made of them. Conservative: only a
// sentence that is nothing but a byline or a credit counts, and a byline only among the first paragraphs.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/EntityTypeGuess.h"
#include "entities/StructuralName.h"
#include "ner/NerTagger.h"

#include <vector>

namespace lede::core {

class BylineFinder final
{
public:
    // A byline opens one of the first kBylineParagraphs paragraphs (a headline, a standfirst and a date may come
    // before it); a credit may stand anywhere.
    static constexpr int32_t kBylineParagraphs = 5;

    // `tagged`: the tagger's mentions (any order). They only tell a second author from an outlet: in
    // "By Ann Lee, Tom Roe" the tagger calling "Tom Roe" a person makes it one. `cues`: a title before a name
    // ("By Dr Ann Lee") is skipped, and a run holding an organisation word ("By The Press Team") is no person.
    // Results in text order.
    static std::vector<StructuralName> find(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                            const TypeCues &cues);
};

} // namespace lede::core
