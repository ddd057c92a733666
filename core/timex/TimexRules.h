// TimexRules: a language's temporal grammar as data — a lexicon and a table of rules, each a token
// pattern with a normalisation function, grouped by family. Adding a language = adding one table.
#pragma once

#include "timex/TimexContext.h"
#include "timex/TimexLexicon.h"
#include "timex/TimexPattern.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace lede::core::timex {

enum class RuleFamily : uint8_t { ExplicitDate, Time, Relative, Duration, Set, Vague };

// Returns nullopt to reject a match the pattern alone cannot rule out (e.g. "February 30").
using Normaliser = std::optional<TimexValue> (*)(const TimexMatch &, const TimexContext &);

struct RuleSpec
{
    RuleFamily family;
    std::string_view pattern;
    Normaliser normalise;
    std::string_view notFollowedBy = {}; // a pattern that must not match right after the expression
    std::string_view followedBy = {};    // a pattern that must match right after it (not part of the span)
    std::string_view precededBy = {};    // a one-token pattern that must match right before it ("will one day")
};

// Words that widen a match to the left without changing its value ("the", "early", "about"):
// TimeML spans include them.
struct PrefixSpec
{
    std::string_view pattern;
    bool numericOnly = false;    // "about", "nearly", "at least" widen "two years (ago)", not "Wednesday"
    bool relativeOnly = false;   // "earlier" widens "this week" but not "Friday"
};

struct LanguageRules
{
    std::vector<LexiconWord> lexicon;
    std::vector<RuleSpec> rules;
    std::vector<PrefixSpec> prefixes;
    // Connectors of a range between two expressions ("to", "through", "-"), and the openers that
    // make "and" a range connector ("between 2019 and 2021").
    std::vector<std::string_view> rangeConnectors;
    std::vector<std::string_view> rangeOpeners; // widen the range span: "from", "between"
    // Words linking a time to the day named right after it ("at 9 p.m. on Friday"): the time is on
    // that day.
    std::vector<std::string_view> timeDayLinks;
    // Words that widen a match to the right without changing its value ("or so", "and beyond").
    std::vector<std::string_view> suffixes;
    // Patterns that, right after a match, veto it: "6-year-old" is an age, not a duration.
    std::vector<std::string_view> vetoAfter;
};

const LanguageRules &englishRules();
std::vector<LexiconWord> englishLexiconWords(); // the lexicon part, in EnglishTimexLexicon.cpp

struct CompiledRule
{
    RuleFamily family;
    TimexPattern pattern;
    Normaliser normalise;
    std::optional<TimexPattern> notFollowedBy;
    std::optional<TimexPattern> followedBy;
    std::optional<TimexPattern> precededBy;
};

// A language's rules compiled once; immutable and shared by all threads afterwards.
class TimexGrammar final
{
public:
    explicit TimexGrammar(const LanguageRules &rules);

    static const TimexGrammar &english();

    const TimexLexicon &lexicon() const { return m_lexicon; }
    const std::vector<CompiledRule> &rules() const { return m_rules; }
    struct Prefix
    {
        TimexPattern pattern;
        bool numericOnly;
        bool relativeOnly;
    };
    const std::vector<Prefix> &prefixes() const { return m_prefixes; }
    const std::vector<TimexPattern> &vetoes() const { return m_vetoes; }
    const std::vector<TimexPattern> &suffixes() const { return m_suffixes; }
    // The rules that may start at this token (precomputed per word, for numbers and for punctuation).
    const std::vector<uint16_t> &rulesStartingAt(const TimexToken &t) const;
    // False for words that no rule matches alone ("the", "every"): a match there needs a next word
    // the lexicon knows, so the tagger can skip them before a plain word.
    bool canStandAlone(const LexEntry &e) const { return e.id < m_standsAlone.size() && m_standsAlone[e.id]; }
    bool isRangeConnector(const TimexToken &t) const;
    bool isRangeOpener(const TimexToken &t) const;
    bool isTimeDayLink(const TimexToken &t) const;
    uint32_t literalId(std::string_view word) const; // UINT32_MAX when absent

private:
    TimexLexicon m_lexicon;
    std::vector<CompiledRule> m_rules;
    std::vector<Prefix> m_prefixes;
    std::vector<TimexPattern> m_vetoes;
    std::vector<TimexPattern> m_suffixes;
    std::vector<std::vector<uint16_t>> m_startsByWord; // by lexicon id
    std::vector<bool> m_standsAlone; // by lexicon id
    std::vector<uint16_t> m_startsAtNumber, m_startsAtApostrophe, m_none;
    std::vector<uint32_t> m_connectorIds, m_openerIds, m_timeDayLinkIds;
    std::u16string m_connectorPunct;
};

} // namespace lede::core::timex
