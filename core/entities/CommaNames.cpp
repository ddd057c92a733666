// CommaNames: two names the tagger ran together over a comma (see CommaNames.h).
#include "entities/CommaNames.h"

#include "entities/MentionPass.h"
#include "entities/OrganisationNames.h"
#include "entities/WordList.h"
#include "entities/WordShape.h"

#include <array>
#include <cstddef>

namespace lede::core {

namespace {

// Words after a comma that belong to the name before it.
constexpr std::array<std::u16string_view, 8> kAfterCommaWords = {u"Jr",  u"Jr.", u"Sr", u"Sr.",
                                                                 u"and", u"or",  u"&",  u"Co."};

// Words that end a list inside one name after its commas.
constexpr std::array<std::u16string_view, 3> kListWords = {u"and", u"or", u"und"};

bool romanNumeral(std::u16string_view w)
{
    if (w.empty() || w.size() > 5)
        return false;
    for (const char16_t c : w) {
        if (c != u'I' && c != u'V' && c != u'X')
            return false;
    }
    return true;
}

class Pass final : MentionPass
{
public:
    Pass(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
        : MentionPass(text, tokens, mentions)
    {}

    void run()
    {
        std::vector<Mention> out;
        out.reserve(m_mentions.size());
        for (const Mention &m : m_mentions) {
            if (m.type == EntityType::Organization)
                split(m, out);
            else
                out.push_back(m);
        }
        m_mentions = std::move(out);
    }

private:
    bool isWord(size_t t) const { return m_tokens[t].kind == TokenKind::Word; }

    // The part after a comma at token `t` may stand as a name of its own.
    bool opensName(size_t t, size_t end) const
    {
        if (t >= end || !isWord(t) || !startsUpper(tokenText(t)))
            return false;
        const std::u16string_view w = tokenText(t);
        if (holds(kAfterCommaWords, w) || w == u"A" || w == u"An" || w == u"The" || OrganisationNames::isLegalForm(w)
            || romanNumeral(w) || w.find(u'.') != std::u16string_view::npos)
            return false;
        // "Inc ." written apart, or an initial "M ."
        return !(t + 1 < end && tokenText(t + 1) == u"." && (w.size() == 1 || OrganisationNames::isLegalForm(w)));
    }

    void split(const Mention &m, std::vector<Mention> &out) const
    {
        const size_t first = tokenFrom(m.range.start);
        if (first >= m_tokens.size() || m_tokens[first].range.start != m.range.start || !isWord(first)
            || !startsUpper(tokenText(first))) {
            out.push_back(m);
            return;
        }
        size_t end = first;
        while (end < m_tokens.size() && m_tokens[end].range.end <= m.range.end)
            ++end;
        std::vector<size_t> commas;
        for (size_t t = first + 1; t + 1 < end; ++t) {
            if (tokenText(t) != u",")
                continue;
            if (!opensName(t + 1, end)) {
                out.push_back(m);
                return;
            }
            commas.push_back(t);
        }
        // A list inside one name: "Goldman, Sachs & Co", "Bureau of Alcohol, Tobacco and Firearms", "Bold/Ogilvy,
        // Mather" ("&" and "/" anywhere, "and"/"or" after a comma).
        for (size_t t = first; t < end && !commas.empty(); ++t) {
            const std::u16string_view w = tokenText(t);
            if (w == u"&" || w == u"/" || (t > commas.front() && holds(kListWords, w))) {
                out.push_back(m);
                return;
            }
        }
        // "University of Calder, Harwick": a body named by its own words, then its campus or branch.
        if (commas.empty()
            || OrganisationNames::hasOrganisationWords(
                textOf({m_tokens[first].range.start, m_tokens[commas.front() - 1].range.end}))) {
            out.push_back(m);
            return;
        }
        size_t from = first;
        commas.push_back(end);
        for (const size_t c : commas) {
            out.push_back({{m_tokens[from].range.start, m_tokens[c - 1].range.end}, m.type});
            from = c + 1;
        }
    }
};

} // namespace

void CommaNames::apply(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
{
    Pass(text, tokens, mentions).run();
}

} // namespace lede::core
