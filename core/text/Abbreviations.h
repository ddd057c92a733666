// Abbreviations: which words written with a final period are abbreviations, and how likely such a
// period is to end a sentence as well. Used by the tokenizer (keep "Mr." as one token) and by the
// sentence splitter (no break after "Mr.", "J.", "No. 10").
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::core {

enum class AbbreviationKind : uint8_t {
    None,
    Title,    // precedes a name or a number and never ends a sentence: "Mr.", "Dr.", "Gen.", "St.", "e.g."
    Numbered, // "No.", "Vol.", "pp.": an abbreviation only when a number follows
    Initial,  // a single capital letter: "J." in "J. R. R. Tolkien"; may also end a sentence ("Plan B.")
    Trailing, // may end a sentence: "U.S.", "Inc.", "Corp.", "Jan.", "a.m.", "etc."
};

// Classifies `word` (without the final period). Words with an inner period ("U.S", "Ph.D") are Trailing.
AbbreviationKind classifyAbbreviation(std::u16string_view word);

// True for words that typically start a sentence ("The", "He", "But"). After a Trailing or Initial
// abbreviation, such a word means the period ended the sentence too: "in the U.S. The next year".
bool isSentenceStarter(std::u16string_view word);

} // namespace lede::core
