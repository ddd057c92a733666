// TimexGrammar: compiles a LanguageRules table once per process.
#include "timex/TimexRules.h"

#include <algorithm>

namespace lede::core::timex {

TimexGrammar::TimexGrammar(const LanguageRules &rules) : m_lexicon(rules.lexicon)
{
    m_rules.reserve(rules.rules.size());
    for (const RuleSpec &r : rules.rules) {
        std::optional<TimexPattern> veto;
        if (!r.notFollowedBy.empty())
            veto.emplace(r.notFollowedBy, m_lexicon);
        std::optional<TimexPattern> lookahead;
        if (!r.followedBy.empty())
            lookahead.emplace(r.followedBy, m_lexicon);
        std::optional<TimexPattern> lookbehind;
        if (!r.precededBy.empty())
            lookbehind.emplace(r.precededBy, m_lexicon);
        m_rules.push_back({r.family, TimexPattern(r.pattern, m_lexicon), r.normalise, std::move(veto), std::move(lookahead),
                           std::move(lookbehind)});
    }
    for (const PrefixSpec &p : rules.prefixes)
        m_prefixes.push_back({TimexPattern(p.pattern, m_lexicon), p.numericOnly, p.relativeOnly});
    for (std::string_view v : rules.suffixes)
        m_suffixes.emplace_back(v, m_lexicon);
    for (std::string_view v : rules.vetoAfter)
        m_vetoes.emplace_back(v, m_lexicon);
    for (std::string_view c : rules.rangeConnectors) {
        if (c.size() == 1 && !(c[0] >= 'a' && c[0] <= 'z'))
            m_connectorPunct.push_back(static_cast<char16_t>(c[0]));
        else
            m_connectorIds.push_back(m_lexicon.addLiteral(c));
    }
    for (std::string_view o : rules.rangeOpeners)
        m_openerIds.push_back(m_lexicon.addLiteral(o));
    for (std::string_view l : rules.timeDayLinks)
        m_timeDayLinkIds.push_back(m_lexicon.addLiteral(l));

    // Index the rules by the tokens that can start them, so the tagger never asks rules that cannot.
    m_startsByWord.resize(m_lexicon.size());
    for (size_t r = 0; r < m_rules.size(); ++r) {
        TimexToken probe;
        probe.kind = TokKind::Number;
        if (m_rules[r].pattern.mayStartAt(probe))
            m_startsAtNumber.push_back(static_cast<uint16_t>(r));
        probe.kind = TokKind::Punct;
        probe.ch = u'\'';
        if (m_rules[r].pattern.mayStartAt(probe))
            m_startsAtApostrophe.push_back(static_cast<uint16_t>(r));
        probe.kind = TokKind::Word;
        for (uint32_t id = 0; id < m_lexicon.size(); ++id) {
            probe.lex = &m_lexicon.entry(id);
            if (m_rules[r].pattern.mayStartAt(probe))
                m_startsByWord[id].push_back(static_cast<uint16_t>(r));
        }
    }
    // Probe each word followed by a word no rule knows: does any rule match the word alone?
    m_standsAlone.assign(m_lexicon.size(), false);
    std::vector<TimexToken> probe(2);
    probe[1].kind = TokKind::Word;
    for (uint32_t id = 0; id < m_lexicon.size(); ++id) {
        probe[0].kind = TokKind::Word;
        probe[0].lex = &m_lexicon.entry(id);
        probe[0].capitalized = true;
        probe[0].end = 3;
        probe[1].start = 4;
        probe[1].end = 8;
        for (const uint16_t r : m_startsByWord[id]) {
            TimexMatch m;
            if (m_rules[r].pattern.match(probe, 0, m)) {
                m_standsAlone[id] = true;
                break;
            }
        }
    }
}

const std::vector<uint16_t> &TimexGrammar::rulesStartingAt(const TimexToken &t) const
{
    switch (t.kind) {
    case TokKind::Number: return m_startsAtNumber;
    case TokKind::Punct: return t.ch == u'\'' ? m_startsAtApostrophe : m_none;
    case TokKind::Word: return t.lex && t.lex->id < m_startsByWord.size() ? m_startsByWord[t.lex->id] : m_none;
    }
    return m_none;
}

const TimexGrammar &TimexGrammar::english()
{
    static const TimexGrammar grammar(englishRules());
    return grammar;
}

bool TimexGrammar::isRangeConnector(const TimexToken &t) const
{
    if (t.kind == TokKind::Punct)
        return m_connectorPunct.find(t.ch) != std::u16string::npos;
    return t.lex && std::find(m_connectorIds.begin(), m_connectorIds.end(), t.lex->id) != m_connectorIds.end();
}

bool TimexGrammar::isRangeOpener(const TimexToken &t) const
{
    return t.lex && std::find(m_openerIds.begin(), m_openerIds.end(), t.lex->id) != m_openerIds.end();
}

bool TimexGrammar::isTimeDayLink(const TimexToken &t) const
{
    return t.lex && std::find(m_timeDayLinkIds.begin(), m_timeDayLinkIds.end(), t.lex->id) != m_timeDayLinkIds.end();
}

uint32_t TimexGrammar::literalId(std::string_view word) const
{
    const LexEntry *e = m_lexicon.findLower(word);
    return e ? e->id : UINT32_MAX;
}

} // namespace lede::core::timex
