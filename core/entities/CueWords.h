// CueWords: the words around a name that say what it is, shared by the rules that read them: MentionCues (the
// tagger's mentions, after grouping) and UntaggedNames (names the tagger left unmarked). The text around a name is
// read as CueTokens, a few either side, lower-cased and cut at the line. Private to core/entities.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core::cues {

struct CueToken
{
    std::u16string lower; // lower case, ’ as '
    bool word = false;    // letters or digits (else one punctuation character, or "\n")
    size_t start = 0;     // in the text
    bool inName = false;  // part of another mention (set by the caller)
};

// The words an appositive's description is looked for in ("X, the San Francisco freight forwarder").
constexpr size_t kAppositiveWords = 6;

// Up to `count` tokens of text[from, limit), forward; a line break ends them.
std::vector<CueToken> tokensAfter(std::u16string_view text, size_t from, size_t limit, size_t count);
// Up to `count` tokens of text[limit, from), backward (the nearest first); a line break ends them.
std::vector<CueToken> tokensBefore(std::u16string_view text, size_t from, size_t limit, size_t count);

bool inList(std::u16string_view w, std::initializer_list<std::u16string_view> list);
bool isPossessive(std::u16string_view w); // "x's", "xs'"

// The head nouns of a company's description ("the bakery chain", "a start-up", "battery maker").
bool isCompanyNoun(std::u16string_view w);
// A company noun right before a name (`before` nearest first: "battery maker Calder", "the broker X"); a noun that
// is also a person's trade only after an article, a hyphenated adjective or a name ending at or after `prevEnd`.
bool isCompanyNounBefore(const std::vector<CueToken> &before, size_t prevEnd);
// What a product is ("the Euclid telescope", "X, a drug for …").
bool isProductNoun(std::u16string_view w);
// What a person is, as an appositive's head ("X, a lecturer at …", "X, the firm's founder").
bool isPersonNoun(std::u16string_view w);
// after[i] (after "X's"): a company's people, shares and customers ("chief executive", "shares", "customers").
bool isCompanyPossession(const std::vector<CueToken> &after, size_t i);
// "shares in", "a stake in", "chief executive of" right before a name (`before` nearest first).
bool holdsCompanyBefore(const std::vector<CueToken> &before);
// after[k] ends the noun phrase an appositive's head closes: punctuation, a preposition or a participle.
bool endsNounPhrase(const std::vector<CueToken> &after, size_t k);

enum class AppositiveHead { None, Company, Product, Person };
// The head of the description that starts at after[b] with an article or a possessive ("the bakery chain founded
// …", "Finland's grid operator", "a lecturer at …"); None when after[b] starts no such description.
AppositiveHead appositiveHead(const std::vector<CueToken> &after, size_t b);

bool isPersonPronoun(std::u16string_view w); // he, she, his, her, ...
bool isThingPronoun(std::u16string_view w);  // it, its, itself
// Ends the clause the first pronoun after a name is looked for in.
bool endsClause(const CueToken &t);
bool isNumber(std::u16string_view w); // 1-3 digits ("Wren, 45,")

// A folded word that is a known first name (gazetteers/first-names.txt).
bool isFirstName(const std::u16string &folded);

} // namespace lede::core::cues
