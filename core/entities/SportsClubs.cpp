// SportsClubs: clubs named after their towns in sports reports (see SportsClubs.h).
#include "entities/SportsClubs.h"

#include "entities/MentionPass.h"
#include "entities/NameEdgeWords.h"
#include "entities/NameKey.h"
#include "entities/PlaceGazetteer.h"
#include "entities/WordList.h"
#include "entities/WordShape.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <unordered_map>

namespace lede::core {

namespace {

using edges::foldLower;

// A club's or a team's last words, folded to lower case. Not "Rangers": an American team's nickname too ("Texas
// Rangers"), whose short name CoNLL-2003 annotates as the state (see SportsClubs.h).
constexpr std::array<std::u16string_view, 13> kClubWords = {u"afc",       u"albion",    u"athletic", u"city", u"county",
                                                            u"fc",        u"hotspur",   u"rovers",   u"town", u"united",
                                                            u"wanderers", u"wednesday", u"argyle"};

// Sports words, as written inside sentences (lower case): each counts once however often the text uses it.
constexpr std::array<std::u16string_view, 40> kSportsWords = {
    u"match",       u"goal",     u"goals",      u"striker",   u"midfielder", u"defender",      u"goalkeeper",
    u"league",      u"fixture",  u"fixtures",   u"kick-off",  u"half-time",  u"penalty",       u"equaliser",
    u"replay",      u"season",   u"beat",       u"draw",      u"drew",       u"scored",        u"scoring",
    u"innings",     u"wicket",   u"wickets",    u"soccer",    u"football",   u"rugby",         u"cricket",
    u"premiership", u"division", u"relegation", u"promotion", u"semi-final", u"quarter-final", u"stadium",
    u"manager",     u"coach",    u"cup",        u"header",    u"club"};

constexpr int kMinSportsCues = 3;
constexpr int kMaxScoreCues = 2;

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F;
}

// The whole of `name` is a known place ("Cape Town", "Kansas City").
bool knownPlace(std::u16string_view name)
{
    const std::shared_ptr<const PlaceGazetteer> places = PlaceGazetteer::shared();
    return places && places->lookup(name).has_value();
}

class Pass final : MentionPass
{
public:
    Pass(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
        : MentionPass(text, tokens, mentions)
    {}

    void run()
    {
        for (size_t i = 0; i < m_mentions.size(); ++i) {
            Mention &m = m_mentions[i];
            if (m.type == EntityType::Organization)
                continue;
            const std::vector<std::u16string_view> words = splitWords(textOf(m.range));
            if (words.empty() || words.size() > 3)
                continue;
            TextRange club = m.range;
            if (words.size() >= 2 && startsUpper(words.back()) && SportsClubs::isClubWord(words.back())) {
                // the whole name
            } else if (words.size() <= 2) {
                const size_t next = clubWordAfter(m.range.end);
                if (next == m_tokens.size()
                    || (i + 1 < m_mentions.size() && m_mentions[i + 1].range.start < m_tokens[next].range.end))
                    continue;
                club.end = m_tokens[next].range.end;
            } else {
                continue;
            }
            if (!sports() || knownPlace(textOf(club)))
                continue;
            m.range = club;
            m.type = EntityType::Organization;
        }
    }

private:
    int m_sports = -1; // unknown yet

    bool sports()
    {
        if (m_sports < 0)
            m_sports = SportsClubs::isSportsText(m_text) ? 1 : 0;
        return m_sports == 1;
    }

    // The token of a capitalised club word one space after `end`, followed by no capitalised word; m_tokens.size()
    // when there is none.
    size_t clubWordAfter(int32_t end) const
    {
        const size_t t = tokenFrom(end + 1);
        if (t >= m_tokens.size() || m_tokens[t].range.start != end + 1 || !isSpace(m_text[static_cast<size_t>(end)])
            || m_tokens[t].kind != TokenKind::Word)
            return m_tokens.size();
        const std::u16string_view w = tokenText(t);
        if (!startsUpper(w) || !SportsClubs::isClubWord(w))
            return m_tokens.size();
        if (t + 1 < m_tokens.size() && m_tokens[t + 1].kind == TokenKind::Word && startsUpper(tokenText(t + 1)))
            return m_tokens.size(); // "Stockport County Council"
        return t;
    }
};

} // namespace

bool SportsClubs::isClubWord(std::u16string_view word)
{
    return word.size() >= 2 && word.size() <= 10 && holds(kClubWords, foldLower(word));
}

bool SportsClubs::isSportsText(std::u16string_view text)
{
    std::array<bool, kSportsWords.size()> seen{};
    int cues = 0, scores = 0;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n && cues < kMinSportsCues) {
        const char16_t c = text[i];
        if (isAsciiDigit(c)) {
            // A score: one or two digits, a hyphen or an en dash, one or two digits, no digit or dash around.
            size_t j = i;
            while (j < n && isAsciiDigit(text[j]))
                ++j;
            const size_t left = j - i;
            const bool before = i > 0
                && (isAsciiDigit(text[i - 1]) || text[i - 1] == u'-' || text[i - 1] == u'.' || text[i - 1] == u'/'
                    || text[i - 1] == u',');
            if (!before && left <= 2 && j + 1 < n && (text[j] == u'-' || text[j] == 0x2013)
                && isAsciiDigit(text[j + 1])) {
                size_t k = j + 1;
                while (k < n && isAsciiDigit(text[k]))
                    ++k;
                const bool after = k < n
                    && (isAsciiDigit(text[k]) || text[k] == u'-' || text[k] == 0x2013 || text[k] == u'/'
                        || (text[k] == u'.' && k + 1 < n && isAsciiDigit(text[k + 1])));
                if (k - (j + 1) <= 2 && !after && scores < kMaxScoreCues) {
                    ++scores;
                    ++cues;
                }
                j = k;
            }
            i = j;
            continue;
        }
        if (c < u'a' || c > u'z' || (i > 0 && isWordChar(text[i - 1]))) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < n && isWordChar(text[j]))
            ++j;
        const std::u16string_view w = text.substr(i, j - i);
        for (size_t k = 0; k < kSportsWords.size(); ++k) {
            if (!seen[k] && kSportsWords[k] == w) {
                seen[k] = true;
                ++cues;
                break;
            }
        }
        i = j;
    }
    return cues >= kMinSportsCues;
}

void SportsClubs::apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
{
    Pass(text, tokens, mentions).run();
}

namespace grouping {

void joinClubShortNames(GroupingState &s, UnionFind &uf)
{
    // Per short key ("stockport"): the club's group, or kNone when two clubs shorten to it.
    std::unordered_map<std::u16string, size_t> clubByShort;
    for (size_t g = 0; g < s.groups.size(); ++g) {
        const KeyGroup &kg = s.groups[g];
        if (kg.tokenCount < 2 || !kg.mostly(EntityType::Organization) || kg.mostlyPerson())
            continue;
        const size_t space = kg.key.rfind(u' ');
        if (space == std::u16string::npos || !SportsClubs::isClubWord(std::u16string_view(kg.key).substr(space + 1)))
            continue;
        auto [it, fresh] = clubByShort.try_emplace(kg.key.substr(0, space), g);
        if (!fresh && uf.find(it->second) != uf.find(g))
            it->second = kNone;
    }
    if (clubByShort.empty() || !SportsClubs::isSportsText(s.text))
        return;
    for (size_t g = 0; g < s.groups.size(); ++g) {
        const KeyGroup &kg = s.groups[g];
        const auto it = clubByShort.find(kg.key);
        if (it == clubByShort.end() || it->second == kNone || kg.mostlyPerson())
            continue;
        ++s.stats.candidateChecks;
        uf.unite(g, it->second);
        for (size_t item : kg.items) {
            if (s.items[item].evidence != MentionEvidence::Structure)
                s.items[item].namesOrganisation = true;
        }
    }
}

} // namespace grouping

} // namespace lede::core
