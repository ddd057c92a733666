// MentionScore: exact-span scoring of entity mentions on a text (gold against the analysis), with conlleval's
// counting (ChunkScorer), and the list of what went wrong, mention by mention.
#pragma once

#include "ner/ChunkScorer.h"
#include "ner/NerTagger.h"

#include <optional>
#include <string_view>
#include <vector>

namespace lede::tools {

struct MentionError
{
    enum class Kind : uint8_t {
        Missed,    // a gold mention no prediction touches
        Spurious,  // a prediction that touches no gold mention
        WrongType, // the same span with another type
        Boundary,  // overlapping spans that differ in extent (whatever the types)
    };
    Kind kind = Kind::Missed;
    std::optional<core::Mention> gold;
    std::optional<core::Mention> predicted;
};

// "missed", "spurious", "wrong type", "boundary".
const char *mentionErrorName(MentionError::Kind kind);

// Adds one text's gold and predicted mentions to `scorer` and returns the errors in text order. A mention is
// correct when one of the other side has the same start, end and type. Mentions must not cross a line ('\n');
// of overlapping mentions on one side only the first (then the longer) is scored, as EntityGrouper keeps them.
//
// The text is cut into units at white space and at every mention edge, and each line's units are given
// IOB2 tags for ChunkScorer: a match of unit spans is then exactly a match of character spans, and the figures
// are conlleval's. (For CoNLL text, whose tokens are joined by spaces, the units are its tokens unless a
// prediction ends inside one.)
std::vector<MentionError> scoreMentions(core::ner::ChunkScorer &scorer, std::u16string_view text,
                                        std::vector<core::Mention> gold, std::vector<core::Mention> predicted);

} // namespace lede::tools
