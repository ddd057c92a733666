// GoldArticle: reads a hand-annotated article of tests/data/ner-gold, where every entity is marked inline as
// [PER Volodymyr Zelenskyy], [LOC Kyiv], [ORG WeWork] or [MISC Ukrainian], into the text the tagger sees (the
// markup stripped) and the gold mentions on it. The format and the annotation guidelines: that folder's README.
//
// The syntax is strict on purpose, so that a slip in hand annotation is an error with a line and column rather
// than a silently different gold standard: every '[' opens an annotation, annotations do not nest and end on their
// line, the name is neither empty nor padded with spaces, and a literal bracket or backslash is written \[ \] \\.
// Lines starting with '#' at the top of the file are comments.
#pragma once

#include "common/Result.h"
#include "ner/NerTagger.h"

#include <string>
#include <string_view>
#include <vector>

namespace lede::tools {

struct GoldArticle
{
    std::u16string text;                 // the markup stripped; line ends normalised to '\n'
    std::vector<core::Mention> mentions; // in text order, UTF-16 offsets into text
    int firstLine = 1;                   // the file's line on which text begins (after the comments)
};

struct GoldMarkupError
{
    int line = 0;   // 1-based, in the file
    int column = 0; // 1-based, in code points
    std::string message;
};

core::Result<GoldArticle, GoldMarkupError> parseGoldArticle(std::string_view utf8);

} // namespace lede::tools
