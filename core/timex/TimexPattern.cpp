// TimexPattern: pattern compilation and the backtracking matcher (word classes are in TimexWordClasses).
#include "timex/TimexPattern.h"

#include "timex/TimexWordClasses.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace lede::core::timex {

TimexPattern::TimexPattern(std::string_view source, TimexLexicon &lexicon) : m_source(source)
{
    size_t pos = 0;
    while (pos < source.size()) {
        while (pos < source.size() && source[pos] == ' ')
            ++pos;
        if (pos >= source.size())
            break;
        size_t end = source.find(' ', pos);
        if (end == std::string_view::npos)
            end = source.size();
        std::string_view item = source.substr(pos, end - pos);
        pos = end;
        PatternElement e;
        if (item.size() > 1 && item.front() == '^') {
            e.glued = true;
            item.remove_prefix(1);
        }
        if (item.size() > 1 && item.back() == '?') {
            e.optional = true;
            item.remove_suffix(1);
        }
        if (item.front() == '@') {
            const std::string_view name = item.substr(1);
            const WordClassInfo *it = findWordClass(name);
            if (!it)
                throw std::invalid_argument("unknown word class in timex pattern: " + std::string(item));
            e.kind = PatternElement::Kind::Class;
            e.matcher = it->fn;
            e.firstClasses = it->firstClasses;
            e.acceptsNumber = it->number;
            e.punct = std::u16string(it->punct);
            if (name == "A") {
                e.literalIds.push_back(lexicon.addLiteral("a"));
                e.literalIds.push_back(lexicon.addLiteral("an"));
            }
        } else {
            size_t a = 0;
            while (a <= item.size()) {
                size_t b = item.find('|', a);
                if (b == std::string_view::npos)
                    b = item.size();
                const std::string_view alt = item.substr(a, b - a);
                const unsigned char c0 = alt.empty() ? 0 : static_cast<unsigned char>(alt[0]);
                if (!alt.empty() && ((c0 >= 'a' && c0 <= 'z') || (c0 >= '0' && c0 <= '9'))) {
                    e.kind = PatternElement::Kind::Literal;
                    e.literalIds.push_back(lexicon.addLiteral(alt));
                } else if (alt.size() == 1) {
                    e.kind = PatternElement::Kind::Punct;
                    e.punct.push_back(static_cast<char16_t>(c0));
                }
                a = b + 1;
            }
        }
        m_elements.push_back(std::move(e));
    }
    // What may start a match: every element up to and including the first mandatory one.
    for (const PatternElement &e : m_elements) {
        switch (e.kind) {
        case PatternElement::Kind::Literal:
            m_startLiterals.insert(m_startLiterals.end(), e.literalIds.begin(), e.literalIds.end());
            break;
        case PatternElement::Kind::Punct:
            m_startPunct += e.punct;
            break;
        case PatternElement::Kind::Class:
            m_startClasses |= e.firstClasses;
            m_startNumber = m_startNumber || e.acceptsNumber;
            m_startPunct += e.punct;
            m_startLiterals.insert(m_startLiterals.end(), e.literalIds.begin(), e.literalIds.end());
            break;
        }
        if (!e.optional)
            break;
    }
}

bool TimexPattern::mayStartAt(const TimexToken &t) const
{
    switch (t.kind) {
    case TokKind::Number: return m_startNumber;
    case TokKind::Punct: return m_startPunct.find(t.ch) != std::u16string::npos;
    case TokKind::Word:
        if (!t.lex)
            return false;
        if (t.lex->classes & m_startClasses & ~kLiteral)
            return true;
        return std::find(m_startLiterals.begin(), m_startLiterals.end(), t.lex->id) != m_startLiterals.end();
    }
    return false;
}

bool TimexPattern::elementAt(const PatternElement &e, const std::vector<TimexToken> &toks, size_t tok, TimexMatch &m, int &consumed)
{
    if (tok >= toks.size())
        return false;
    if (e.glued && toks[tok].spaceBefore)
        return false;
    switch (e.kind) {
    case PatternElement::Kind::Literal:
        if (!toks[tok].lex || std::find(e.literalIds.begin(), e.literalIds.end(), toks[tok].lex->id) == e.literalIds.end())
            return false;
        consumed = 1;
        return true;
    case PatternElement::Kind::Punct:
        if (toks[tok].kind != TokKind::Punct || e.punct.find(toks[tok].ch) == std::u16string::npos)
            return false;
        consumed = 1;
        return true;
    case PatternElement::Kind::Class:
        if (!e.literalIds.empty()
            && (!toks[tok].lex || std::find(e.literalIds.begin(), e.literalIds.end(), toks[tok].lex->id) == e.literalIds.end()))
            return false;
        consumed = e.matcher(toks, tok, m);
        if (consumed <= 0)
            return false;
        // An expression never continues over a line break (headlines, list items).
        for (size_t k = tok + 1; k < tok + static_cast<size_t>(consumed); ++k)
            if (toks[k].lineBefore)
                return false;
        return true;
    }
    return false;
}

bool TimexPattern::matchFrom(const std::vector<TimexToken> &toks, size_t elem, size_t tok, size_t first, TimexMatch &m,
                             TimexMatch &best, size_t endAt) const
{
    if (tok > endAt)
        return false;
    if (elem == m_elements.size()) {
        if (endAt != SIZE_MAX && tok != endAt)
            return false;
        if (static_cast<int>(tok) > best.tokenEnd) {
            best = m;
            best.tokenEnd = static_cast<int>(tok);
        }
        return true;
    }
    const PatternElement &e = m_elements[elem];
    bool any = false;
    // Only the first token of the match may follow a line break, whichever element it fills
    // (an optional first element may be skipped: "fiscal? @ORDINAL" at the start of a paragraph).
    if (tok < toks.size() && !(tok > first && toks[tok].lineBefore)) {
        TimexMatch trial = m;
        int consumed = 0;
        if (elementAt(e, toks, tok, trial, consumed))
            any = matchFrom(toks, elem + 1, tok + static_cast<size_t>(consumed), first, trial, best, endAt) || any;
    }
    if (e.optional)
        any = matchFrom(toks, elem + 1, tok, first, m, best, endAt) || any;
    return any;
}

bool TimexPattern::match(const std::vector<TimexToken> &toks, size_t i, TimexMatch &out, size_t endAt) const
{
    TimexMatch m;
    TimexMatch best;
    best.tokenEnd = static_cast<int>(i);
    if (!matchFrom(toks, 0, i, i, m, best, endAt) || best.tokenEnd <= static_cast<int>(i))
        return false;
    out = best;
    return true;
}

} // namespace lede::core::timex
