// RoleNames: a role and "of" that the tagger took into a name (see RoleNames.h).
#include "entities/RoleNames.h"

#include "entities/MentionPass.h"
#include "entities/NameEdgeWords.h"
#include "entities/OrganisationNames.h"
#include "entities/WordList.h"
#include "entities/WordShape.h"

#include <array>
#include <cstddef>
#include <unordered_map>

namespace lede::core {

namespace {

using edges::foldLower;

// Roles and offices held "of" a body, folded to lower case; written capitalised in the mention.
constexpr std::array<std::u16string_view, 23> kRoleWords = {
    u"governors",         u"regents",       u"representatives", u"board",  u"chair",    u"chairman",  u"chairperson",
    u"chairwoman",        u"chancellor",    u"co-founder",      u"dean",   u"director", u"directors", u"fellow",
    u"founder",           u"member",        u"president",       u"rector", u"trustee",  u"trustees",  u"treasurer",
    u"secretary-general", u"vice-president"};

// Words of an event's name: what is left after the role stays "other" ("Chair of the Vision Conference").
constexpr std::array<std::u16string_view, 10> kEventWords = {u"conference", u"congress", u"convention", u"festival",
                                                             u"games",      u"olympiad", u"olympics",   u"symposium",
                                                             u"workshop",   u"summit"};

// Capitalised words before the role ("Program Chair", "Foreign Member").
constexpr size_t kMaxWordsBeforeRole = 2;

class Pass final : MentionPass
{
public:
    Pass(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
        : MentionPass(text, tokens, mentions)
    {}

    void run()
    {
        std::unordered_map<std::u16string_view, EntityType> tagged;
        for (const Mention &m : m_mentions)
            tagged.try_emplace(textOf(m.range), m.type);
        for (Mention &m : m_mentions) {
            const size_t first = tokenFrom(m.range.start);
            if (first >= m_tokens.size() || m_tokens[first].range.start != m.range.start)
                continue;
            size_t end = first;
            while (end < m_tokens.size() && m_tokens[end].range.end <= m.range.end)
                ++end;
            size_t from = first;
            for (size_t rest = afterRole(from, end); rest != from; rest = afterRole(from, end))
                from = rest;
            if (from == first)
                continue;
            const TextRange left{m_tokens[from].range.start, m.range.end};
            const auto known = tagged.find(textOf(left));
            if (known == tagged.end() && wordsIn(from, end) < 2)
                continue;
            // A person's mention may run on into the person's name ("President of the Orrel Republic Anna Berg"):
            // it gives up its role only for a body its words or the text name.
            if (known == tagged.end() && m.type == EntityType::Person
                && !OrganisationNames::hasOrganisationWords(textOf(left)))
                continue;
            m.range = left;
            if (known != tagged.end())
                m.type = known->second;
            else if (m.type == EntityType::Person || m.type == EntityType::Other)
                m.type = hasEventWord(from, end) ? EntityType::Other : EntityType::Organization;
        }
    }

private:
    bool isWord(size_t t) const { return m_tokens[t].kind == TokenKind::Word; }
    bool capitalised(size_t t) const { return isWord(t) && startsUpper(tokenText(t)); }

    // The first token of the name after a role and "of" (and "the") opening tokens [from, end); `from` when none.
    size_t afterRole(size_t from, size_t end) const
    {
        for (size_t r = from; r < end && r <= from + kMaxWordsBeforeRole; ++r) {
            if (!capitalised(r))
                return from;
            if (!holds(kRoleWords, foldLower(tokenText(r))))
                continue;
            size_t t = r + 1;
            if (t >= end || tokenText(t) != u"of")
                continue;
            ++t;
            if (t < end && tokenText(t) == u"the")
                ++t;
            if (t >= end || !capitalised(t))
                return from;
            // A board is a body's own name ("Board of Control for Cricket"), a role only before its members' role
            // ("Board of Directors of the X").
            if (foldLower(tokenText(r)) == u"board" && !holds(kRoleWords, foldLower(tokenText(t))))
                return from;
            return t;
        }
        return from;
    }

    size_t wordsIn(size_t from, size_t end) const
    {
        size_t n = 0;
        for (size_t t = from; t < end; ++t)
            n += isWord(t) ? 1 : 0;
        return n;
    }

    bool hasEventWord(size_t from, size_t end) const
    {
        for (size_t t = from; t < end; ++t) {
            if (isWord(t) && holds(kEventWords, foldLower(tokenText(t))))
                return true;
        }
        return false;
    }
};

} // namespace

void RoleNames::apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
{
    Pass(text, tokens, mentions).run();
}

} // namespace lede::core
