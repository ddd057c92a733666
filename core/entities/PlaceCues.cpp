// PlaceCues: the words around a one-word name that say it is a place (see PlaceCues.h).
#include "entities/PlaceCues.h"

#include "entities/MentionPass.h"
#include "entities/WordList.h"

#include "entities/WordShape.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace lede::core {

namespace {

// Place words before "of" (rule 1), as written: lower case.
constexpr std::array<std::u16string_view, 20> kPlaceOfNouns = {
    u"capital", u"cities",  u"city",     u"district", u"districts", u"island",      u"islands",
    u"port",    u"ports",   u"province", u"region",   u"suburb",    u"suburbs",     u"town",
    u"towns",   u"village", u"villages", u"county",   u"harbour",   u"municipality"};

// Place words that end an appositive (rule 2).
constexpr std::array<std::u16string_view, 12> kAppositiveNouns = {
    u"city", u"county", u"district", u"harbour", u"island", u"municipality",
    u"port", u"region", u"province", u"suburb",  u"town",   u"village"};

// Words that may follow an appositive's place word and leave it the head ("a town in ...", "a port where ...").
constexpr std::array<std::u16string_view, 16> kAfterAppositive = {
    u"about", u"close", u"east",  u"in",   u"known", u"near",  u"north", u"of",
    u"on",    u"some",  u"south", u"that", u"west",  u"where", u"which", u"with"};

constexpr size_t kMaxAppositiveWords = 3;

class Pass final : MentionPass
{
public:
    Pass(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
        : MentionPass(text, tokens, mentions)
    {}

    void run()
    {
        bool previousCued = false;
        for (size_t i = 0; i < m_mentions.size(); ++i) {
            Mention &m = m_mentions[i];
            const size_t t = tokenAt(m.range.start);
            const bool oneWord = t < m_tokens.size() && m_tokens[t].range == m.range
                && m_tokens[t].kind == TokenKind::Word && startsUpper(tokenText(t));
            const bool cued = oneWord
                && (afterPlaceOf(t) || appositiveAfter(t) || (previousCued && i > 0 && joinedTo(m_mentions[i - 1], t)));
            previousCued = cued;
            if (cued && (m.type == EntityType::Organization || m.type == EntityType::Person))
                m.type = EntityType::Place;
        }
    }

private:
    // The token that starts at `at`; m_tokens.size() when none does.
    size_t tokenAt(int32_t at) const
    {
        const size_t t = tokenFrom(at);
        return t < m_tokens.size() && m_tokens[t].range.start == at ? t : m_tokens.size();
    }

    // The one-word name at token t stands alone: the next token is no capitalised word ("Port of Rotterdam
    // Authority" is one name even where the tagger cut it).
    bool standsAlone(size_t t) const
    {
        return t + 1 >= m_tokens.size() || m_tokens[t + 1].kind != TokenKind::Word || !startsUpper(tokenText(t + 1));
    }

    // Rule 1: "<place word> of" right before token t.
    bool afterPlaceOf(size_t t) const
    {
        if (t < 3 || tokenText(t - 1) != u"of" || !holds(kPlaceOfNouns, tokenText(t - 2)) || !standsAlone(t))
            return false;
        // "the" before it, or before one word before it ("the river ports of"): "cities of Hadadezer" in older
        // prose are a king's.
        const auto isThe = [&](size_t k) { return tokenText(k) == u"the" || tokenText(k) == u"The"; };
        return isThe(t - 3) || (t >= 4 && m_tokens[t - 3].kind == TokenKind::Word && isThe(t - 4));
    }

    // Rule 1: the mention at token t follows `before` after "and", "or" or a comma ("ports of Izmail and Reni").
    bool joinedTo(const Mention &before, size_t t) const
    {
        if (t == 0 || !standsAlone(t))
            return false;
        const std::u16string_view link = tokenText(t - 1);
        return (link == u"and" || link == u"or" || link == u",") && m_tokens[t - 1].range.start >= before.range.end
            && (t < 2 || m_tokens[t - 2].range.end <= before.range.end);
    }

    // Rule 2: ", a/an [up to three words] <place word>" after token t, the place word ending the phrase.
    bool appositiveAfter(size_t t) const
    {
        if (t + 3 >= m_tokens.size() || tokenText(t + 1) != u"," || !standsAlone(t))
            return false;
        const std::u16string_view article = tokenText(t + 2);
        if (article != u"a" && article != u"an")
            return false;
        for (size_t k = t + 3; k < m_tokens.size() && k <= t + 3 + kMaxAppositiveWords; ++k) {
            if (m_tokens[k].kind != TokenKind::Word)
                return false;
            if (!holds(kAppositiveNouns, tokenText(k)))
                continue;
            return k + 1 >= m_tokens.size() || m_tokens[k + 1].kind == TokenKind::Punctuation
                || holds(kAfterAppositive, tokenText(k + 1));
        }
        return false;
    }
};

} // namespace

void PlaceCues::apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
{
    Pass(text, tokens, mentions).run();
}

} // namespace lede::core
