// MentionPass: what NameEdges' later passes over a document's mentions share (OrganisationNames, PlaceCues): the
// text, its tokens, the mentions they change in place, and the lookups between them. Private to core/entities.
#pragma once

#include "ner/NerTagger.h"
#include "text/Segmenter.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core {

class MentionPass
{
protected:
    MentionPass(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
        : m_text(text), m_tokens(tokens), m_mentions(mentions)
    {}

    std::u16string_view m_text;
    const std::vector<Token> &m_tokens;
    std::vector<Mention> &m_mentions;

    std::u16string_view textOf(TextRange r) const
    {
        return m_text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
    }
    std::u16string_view tokenText(size_t t) const { return textOf(m_tokens[t].range); }

    // The first token that starts at or after `at`; m_tokens.size() when none.
    size_t tokenFrom(int32_t at) const
    {
        return static_cast<size_t>(std::lower_bound(m_tokens.begin(), m_tokens.end(), at,
                                                    [](const Token &t, int32_t a) { return t.range.start < a; })
                                   - m_tokens.begin());
    }
};

} // namespace lede::core
