// NameKey: the normalised forms of a name used to decide which mentions name the same thing.
// "President António Guterres's" -> clean "António Guterres", key "antonio guterres".
#pragma once

#include "ner/EntityType.h"

#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

// Case-folded, diacritics removed (NFD minus non-spacing marks, plus letters with strokes: ø, ł, đ …),
// dots and apostrophes dropped, dashes unified to '-', runs of white space to one space, trimmed.
// "U.S." -> "us", "São  Paulo" -> "sao paulo", "O’Brien" -> "obrien". Never throws.
std::u16string foldForMatching(std::u16string_view s);

struct NameForm
{
    std::u16string clean;             // surface without surrounding punctuation, possessive, title, "the"
    std::u16string key;               // foldForMatching(clean)
    std::vector<std::u16string> keyTokens; // key split at spaces
    bool allCaps = false;             // every cased letter of `clean` is upper case (headline or acronym)
    bool hasLower = false;            // some letter of `clean` is lower case
    bool leadingThe = false;          // a capital "The" was stripped ("The Guardian")
};

// Analyses one mention's text. Leading titles ("President", "Mr.", "Dr", "Sir") are stripped only when the
// mention is a person, and only while a name remains ("President" alone stays). Never throws; an input
// without letters gives an empty key.
NameForm analyseName(std::u16string_view surface, EntityType type);

// The words of `s`, split at white space (views into `s`).
std::vector<std::u16string_view> splitWords(std::u16string_view s);

// Possessive stripped ("Putin's", "Putin’s", "PUTIN'S", "Guterres'") — used by analyseName and lookups.
std::u16string_view stripPossessive(std::u16string_view s);

// True for a token that reads as an acronym: 2–8 letters, all upper case (any script), optionally dotted
// ("U.S.", "WHO", "ЗОЖ").
bool looksLikeAcronym(std::u16string_view clean);

// True for a folded small word an acronym may leave out of its initials ("of", "the", "and", "for", "&", "de" …):
// "CPJ" is the Committee to Protect Journalists.
bool isAcronymSkippedWord(std::u16string_view folded);

} // namespace lede::core
