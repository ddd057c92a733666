// TimexPattern: a compiled token pattern such as "the? @ORDINAL quarter of? @YEAR?".
// Elements: a literal word ("quarter", alternatives "to|through"), a punctuation mark (",", "-"),
// a word class (@MONTH) whose matcher may consume several tokens and fills a slot of TimexMatch.
// Suffix "?" makes an element optional; prefix "^" requires it to touch the previous token (no space).
#pragma once

#include "timex/TimexLexicon.h"
#include "timex/TimexTokenizer.h"

#include <climits>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core::timex {

// What the elements of one match captured; the rule's normaliser reads it.
struct TimexMatch
{
    static constexpr int kUnset = INT_MIN;
    static constexpr double kSome = -2.0; // "a few", "several": an unspecified number (X)

    int year = kUnset;
    int month = 0, day = 0, weekday = 0;
    int hour = -1, minute = -1, second = -1;
    int meridiem = 0; // 1 = a.m., 2 = p.m.
    int season = 0, partOfDay = 0, ordinal = 0, decade = kUnset;
    int deictic = INT_MIN, relative = INT_MIN, shift = 0, edge = 0;
    bool anaphoric = false;   // the relative word points from the last date mentioned ("the following day")
    bool shiftFromNow = false; // the shift word counts from the reference date ("ago"), not the last date
    double number = -1.0;
    Unit unit = Unit::None;
    bool plural = false;
    bool twoDigitYear = false;
    bool qualified = false;   // set by normalisers: a qualifier ("recent") made a vague unit temporal
    bool bce = false;
    const LexEntry *word = nullptr; // the vague/set/holiday word when one matched
    int tokenEnd = 0;               // exclusive token index after the match
};

// A class matcher: returns how many tokens it consumed at `i` (0 = no match).
using ClassMatcher = int (*)(const std::vector<TimexToken> &toks, size_t i, TimexMatch &m);

struct PatternElement
{
    enum class Kind : uint8_t { Literal, Punct, Class } kind = Kind::Literal;
    bool optional = false;
    bool glued = false;
    std::vector<uint32_t> literalIds; // Literal
    std::u16string punct;             // Punct: any of these characters
    ClassMatcher matcher = nullptr;   // Class
    uint32_t firstClasses = 0;        // Class: lexicon classes a first token may have (0 = any number)
    bool acceptsNumber = false;       // Class: may start at a number token
};

class TimexPattern final
{
public:
    // Compiles `source`; literal words are registered in `lexicon`. Unknown @CLASS names throw
    // std::invalid_argument: rule tables are program data, so that is a programming error.
    TimexPattern(std::string_view source, TimexLexicon &lexicon);

    // Longest match starting at token `i`; false when none. Never crosses a line break.
    // With `endAt` set, only a match ending exactly before token `endAt` counts (for prefixes).
    bool match(const std::vector<TimexToken> &toks, size_t i, TimexMatch &out, size_t endAt = SIZE_MAX) const;

    // Cheap pre-filter: can a match start at this token at all?
    bool mayStartAt(const TimexToken &t) const;

    std::string_view source() const { return m_source; }

private:
    bool matchFrom(const std::vector<TimexToken> &toks, size_t elem, size_t tok, size_t first, TimexMatch &m,
                   TimexMatch &best, size_t endAt) const;
    static bool elementAt(const PatternElement &e, const std::vector<TimexToken> &toks, size_t tok, TimexMatch &m, int &consumed);

    std::string_view m_source;
    std::vector<PatternElement> m_elements;
    uint32_t m_startClasses = 0;       // lexicon classes that may start a match
    std::vector<uint32_t> m_startLiterals; // literal words that may start a match
    bool m_startNumber = false;        // a number token may start a match
    std::u16string m_startPunct;       // punctuation that may start a match
};

} // namespace lede::core::timex
