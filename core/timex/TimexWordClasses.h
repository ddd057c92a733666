// TimexWordClasses: the @CLASS elements a timex pattern may use, by name.
#pragma once

#include "timex/TimexPattern.h"

#include <cstdint>
#include <string_view>

namespace lede::core::timex {

struct WordClassInfo
{
    std::string_view name;
    ClassMatcher fn;
    uint32_t firstClasses;      // lexicon classes a first token may have
    bool number;                // may start at a number token
    std::u16string_view punct;  // punctuation it may start at
};

// nullptr for an unknown name.
const WordClassInfo *findWordClass(std::string_view name);

} // namespace lede::core::timex
