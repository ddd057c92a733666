// NameEdges: the words at a tagged name's edges that belong to no name (see NameEdges.h).
#include "entities/NameEdges.h"

#include "entities/CommaNames.h"
#include "entities/EntityTypeGuess.h"
#include "entities/HeadWords.h"
#include "entities/NameEdgeWords.h"
#include "entities/OrganisationNames.h"
#include "entities/PlaceCues.h"
#include "entities/PlaceGazetteer.h"
#include "entities/RoleNames.h"
#include "entities/SportsClubs.h"
#include "entities/WordShape.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace lede::core {

namespace {

using namespace edges;

struct TokenSpan
{
    size_t first = 0, end = 0; // tokens [first, end) inside the mention
};

class Trimmer
{
public:
    Trimmer(std::u16string_view text, const Segmentation &seg)
        : m_text(text), m_tokens(seg.tokens), m_sentenceFirst(seg.tokens.size(), 0)
    {
        for (const Sentence &s : seg.sentences) {
            bool first = true;
            for (int32_t t = s.firstToken; t < s.firstToken + s.tokenCount; ++t) {
                const auto at = static_cast<size_t>(t);
                if (m_tokens[at].kind == TokenKind::Word) {
                    if (first)
                        m_sentenceFirst[at] = 1;
                    else if (t > s.firstToken && opensClause(at - 1))
                        m_sentenceFirst[at] = 2;
                    first = false;
                }
            }
        }
    }

    std::u16string_view textOf(TextRange r) const
    {
        return m_text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
    }
    std::u16string_view tokenText(size_t t) const { return textOf(m_tokens[t].range); }
    bool isWord(size_t t) const { return m_tokens[t].kind == TokenKind::Word; }
    bool lowerWord(size_t t) const { return isWord(t) && isLowerCaseWord(tokenText(t)); }
    // A sentence's first word, or a clause's after a comma, colon or semicolon: where older prose opens a
    // quotation without quotation marks ("saying, Assuredly Ezra shall reign").
    bool sentenceFirst(size_t t) const { return m_sentenceFirst[t] != 0; }
    bool clauseFirst(size_t t) const { return m_sentenceFirst[t] == 2; }
    size_t tokenCount() const { return m_tokens.size(); }

    // The tokens wholly inside `r`; empty when its edges are not token edges (then the mention is left alone).
    TokenSpan tokensOf(TextRange r) const
    {
        const auto first = std::lower_bound(m_tokens.begin(), m_tokens.end(), r.start,
                                            [](const Token &t, int32_t at) { return t.range.start < at; });
        TokenSpan span;
        span.first = static_cast<size_t>(first - m_tokens.begin());
        span.end = span.first;
        while (span.end < m_tokens.size() && m_tokens[span.end].range.end <= r.end)
            ++span.end;
        if (span.first == span.end || m_tokens[span.first].range.start != r.start
            || m_tokens[span.end - 1].range.end != r.end)
            span.end = span.first;
        return span;
    }

    // Rule 1: lower-case words off both edges; a particle may lead what is left. False when nothing is left.
    bool trimLowerCaseEdges(TokenSpan &s) const
    {
        while (s.end > s.first && lowerWord(s.end - 1)
               && !(s.end - s.first > 1 && isPossessiveClitic(tokenText(s.end - 1)) && !lowerWord(s.end - 2)))
            --s.end;
        while (s.end > s.first && lowerWord(s.first) && !(s.end - s.first > 1 && isLeadingParticle(tokenText(s.first))))
            ++s.first;
        return s.end > s.first;
    }

    // Rule 12: `s` opens with a year before a capitalised word; the year leaves it.
    bool leadingYear(TokenSpan &s) const
    {
        if (s.end - s.first < 2 || !isWord(s.first + 1) || !startsUpper(tokenText(s.first + 1)))
            return false;
        const std::u16string_view y = tokenText(s.first);
        if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; }))
            return false;
        ++s.first;
        return true;
    }

    TextRange rangeOf(TokenSpan s) const { return {m_tokens[s.first].range.start, m_tokens[s.end - 1].range.end}; }

private:
    std::u16string_view m_text;
    const std::vector<Token> &m_tokens;
    std::vector<uint8_t> m_sentenceFirst; // 1: a sentence's first word; 2: a clause's

    bool opensClause(size_t t) const
    {
        if (m_tokens[t].kind != TokenKind::Punctuation)
            return false;
        const std::u16string_view p = tokenText(t);
        return p == u"," || p == u":" || p == u";";
    }
};

// A first word is common when the text writes it in lower case inside sentences at least this many times for each
// time it capitalises it there (a quotation or a bracket may open with it: "(Verily ...").
constexpr int kLowerPerCapitalised = 4;

// How a candidate first word is written inside sentences across the document.
struct WordUse
{
    int lowerInside = 0;       // "verily"
    int capitalisedInside = 0; // "Verily" not at a sentence's start
};

using TaggedTexts = std::unordered_set<std::u16string_view>;

// Rules 2 and 3 over the mentions that open a sentence or clause with a capitalised word: one that goes on to a
// name tagged elsewhere loses that word, and a one-word mention goes, when the document tells the word is common.
void trimCommonFirstWords(const Trimmer &tr, const TaggedTexts &tagged, std::vector<Mention> &mentions,
                          std::vector<TokenSpan> &spans)
{
    // The capitalised word opening mention i at a sentence or clause start; empty when it is no candidate.
    auto openingWord = [&](size_t i) -> std::u16string_view {
        const TokenSpan &s = spans[i];
        if (s.end == s.first || !tr.sentenceFirst(s.first))
            return {};
        const std::u16string_view first = tr.tokenText(s.first);
        if (first.size() >= 64 || wordCase(first) != WordCase::Capitalised)
            return {};
        return first;
    };

    // A one-word candidate whose word names hold inside sentences ("Moses" in "Then Moses spoke") is no common word,
    // unless that is rare beside the times it opens a sentence alone (a stray "made sure Unto Abraham" does not save
    // 40 "Unto"s). Found from the mentions alone, so the scan of the text below looks up only the few words left.
    std::unordered_set<std::u16string> namedInside;
    {
        struct Counts
        {
            int opening = 0, inside = 0;
        };
        std::unordered_map<std::u16string, Counts> singles;
        WordFilter singleFilter;
        for (size_t i = 0; i < mentions.size(); ++i) {
            const std::u16string_view w = openingWord(i);
            if (w.empty() || spans[i].end - spans[i].first != 1)
                continue;
            const auto it = singles.try_emplace(foldLower(w)).first;
            ++it->second.opening;
            singleFilter.add(it->first);
        }
        std::u16string folded;
        for (size_t i = 0; i < mentions.size() && !singles.empty(); ++i) {
            for (size_t t = spans[i].first; t < spans[i].end; ++t) {
                if (!tr.isWord(t) || tr.sentenceFirst(t) || !singleFilter.mayHold(tr.tokenText(t)))
                    continue;
                foldLowerInto(tr.tokenText(t), folded);
                if (const auto it = singles.find(folded); it != singles.end())
                    ++it->second.inside;
            }
        }
        for (const auto &[word, n] : singles) {
            if (n.inside * kLowerPerCapitalised >= n.opening)
                namedInside.insert(word);
        }
    }

    std::vector<size_t> candidates;
    std::unordered_map<std::u16string, WordUse> uses;
    WordFilter filter;
    for (size_t i = 0; i < mentions.size(); ++i) {
        const std::u16string_view first = openingWord(i);
        if (first.empty())
            continue;
        const TokenSpan &s = spans[i];
        if (s.end - s.first > 1) {
            const TokenSpan rest{s.first + 1, s.end};
            if (!tr.isWord(s.first + 1) || !tagged.contains(tr.textOf(tr.rangeOf(rest))))
                continue;
        } else if (namedInside.contains(foldLower(first))) {
            continue;
        }
        candidates.push_back(i);
        const auto added = uses.try_emplace(foldLower(first)).first;
        filter.add(added->first);
    }
    if (candidates.empty())
        return;

    // A word in lower case after a comma is inside a sentence; a capitalised one there may open a quotation.
    std::u16string folded;
    for (size_t t = 0; t < tr.tokenCount(); ++t) {
        if (!tr.isWord(t) || (tr.sentenceFirst(t) && !tr.clauseFirst(t)))
            continue;
        const std::u16string_view w = tr.tokenText(t);
        if (!filter.mayHold(w))
            continue;
        foldLowerInto(w, folded);
        const auto it = uses.find(folded);
        if (it == uses.end())
            continue;
        if (isLowerCaseWord(w))
            ++it->second.lowerInside;
        else if (!tr.clauseFirst(t))
            ++it->second.capitalisedInside;
    }
    std::vector<uint8_t> drop;
    for (size_t i : candidates) {
        const WordUse &use = uses.find(foldLower(tr.tokenText(spans[i].first)))->second;
        if (use.lowerInside == 0 || use.capitalisedInside * kLowerPerCapitalised > use.lowerInside)
            continue;
        if (spans[i].end - spans[i].first > 1) {
            ++spans[i].first;
            mentions[i].range = tr.rangeOf(spans[i]);
        } else {
            drop.resize(mentions.size());
            drop[i] = 1;
        }
    }
    if (drop.empty())
        return;
    size_t out = 0;
    for (size_t i = 0; i < mentions.size(); ++i) {
        if (drop[i])
            continue;
        mentions[out] = mentions[i];
        spans[out] = spans[i];
        ++out;
    }
    mentions.resize(out);
    spans.resize(out);
}

// Rules 4-6 on one mention's tokens `s`: the interjection "O", the lower-case words that split two names, a
// person's titles. Appends what is left (none, one or several mentions) to `out`.
void splitAndStrip(const Trimmer &tr, const TaggedTexts &tagged, const TypeCues &cues, const Mention &m, TokenSpan s,
                   std::vector<Mention> &out)
{
    if (s.end == s.first) { // not on token edges: left as it is
        out.push_back(m);
        return;
    }
    if (tr.tokenText(s.first) == u"O") { // "O Ezra", the vocative; "O" alone is no name ("O'Hara" is one word)
        if (s.end - s.first == 1)
            return;
        if (tr.isWord(s.first + 1))
            ++s.first;
    }
    // A lower-case word inside that names never hold, with a name tagged elsewhere on each side of it.
    std::vector<TokenSpan> pieces;
    size_t from = s.first;
    for (size_t t = s.first + 1; t + 1 < s.end; ++t) {
        if (!tr.lowerWord(t) || isNameInnerWord(tr.tokenText(t)))
            continue;
        pieces.push_back({from, t});
        from = t + 1;
    }
    pieces.push_back({from, s.end});
    if (pieces.size() > 1) {
        for (TokenSpan &p : pieces) {
            if (!tr.trimLowerCaseEdges(p) || !tagged.contains(tr.textOf(tr.rangeOf(p)))) {
                pieces.assign(1, s);
                break;
            }
        }
    }
    for (TokenSpan p : pieces) {
        TokenSpan name = p;
        while (m.type == EntityType::Person && name.end - name.first > 1
               && isTitleWord(tr.tokenText(name.first), cues)) {
            size_t next = name.first + 1;
            if (next < name.end && tr.tokenText(next) == u".")
                ++next;
            if (next == name.end || !tr.isWord(next) || !startsUpper(tr.tokenText(next)))
                break;
            name.first = next;
        }
        // A royal, papal or knightly style goes only when the text names the person without it too, by the rest
        // or its last word ("Prince Ezra" ... "Ezra"): written always with the name, it is taken as part of it
        // ("Pope Innocent II", "Sir Ezra Vance"), as the Wikipedia and social-media corpora annotate it.
        if (name.first != p.first
            && (!isStyle(tr.tokenText(p.first)) || tagged.contains(tr.textOf(tr.rangeOf(name)))
                || tagged.contains(tr.tokenText(name.end - 1))))
            p = name;
        out.push_back({tr.rangeOf(p), m.type});
    }
}

// Rule 12: what a year and a lower-case head left of an event's name ("2031 South Korea general election") takes
// the type the text gives the same name elsewhere; else it is a place when the gazetteer knows it as a country; else
// it keeps the tagger's type (an adjective, "Australian", is "other"). `afterYear` holds the indices of those names
// in `mentions`, in order.
void retypeAfterYear(const Trimmer &tr, const PlaceGazetteer *places, const std::vector<size_t> &afterYear,
                     std::vector<Mention> &mentions)
{
    std::unordered_map<std::u16string_view, EntityType> elsewhere;
    for (size_t i = 0, k = 0; i < mentions.size(); ++i) {
        if (k < afterYear.size() && afterYear[k] == i)
            ++k;
        else
            elsewhere.try_emplace(tr.textOf(mentions[i].range), mentions[i].type);
    }
    for (const size_t i : afterYear) {
        Mention &m = mentions[i];
        if (const auto it = elsewhere.find(tr.textOf(m.range)); it != elsewhere.end()) {
            m.type = it->second;
        } else if (places && m.type != EntityType::Place) {
            const auto place = places->lookup(tr.textOf(m.range));
            if (place && place->isCountry)
                m.type = EntityType::Place;
        }
    }
}

// Counts, for each word in `words` (lower case), its occurrences as a token anywhere in the text, in any case.
void countWords(const Trimmer &tr, std::unordered_map<std::u16string, int> &words)
{
    WordFilter filter;
    for (const auto &[w, n] : words)
        filter.add(w);
    std::u16string folded;
    for (size_t t = 0; t < tr.tokenCount(); ++t) {
        const std::u16string_view w = tr.tokenText(t);
        if (!tr.isWord(t) || !filter.mayHold(w))
            continue;
        foldLowerInto(w, folded);
        if (const auto it = words.find(folded); it != words.end())
            ++it->second;
    }
}

// Rule 7: the one-word names `out[at - 1]` and `out[at]`, with only "&" between them, are one firm's name when the
// tagger gave them different types or called either an organisation ("Douglas & Lomason", read as a person and a
// place); two people or two places stay two ("Jay & Trish", "Liberia & Sierra Leone").
void joinAmpersand(const Trimmer &tr, std::u16string_view text, std::vector<Mention> &out, size_t at)
{
    Mention &a = out[at - 1];
    const Mention &b = out[at];
    if (a.range.end >= b.range.start || b.range.start - a.range.end > 3
        || (a.type == b.type && a.type != EntityType::Organization))
        return;
    const TokenSpan sa = tr.tokensOf(a.range), sb = tr.tokensOf(b.range);
    if (sa.end - sa.first != 1 || sb.end - sb.first != 1)
        return;
    const std::u16string_view between =
        text.substr(static_cast<size_t>(a.range.end), static_cast<size_t>(b.range.start - a.range.end));
    if (between != u"&" && between != u" &" && between != u"& " && between != u" & ")
        return;
    a.type = EntityType::Organization;
    a.range.end = b.range.end;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(at));
}

} // namespace

std::vector<Mention> NameEdges::trim(std::u16string_view text, const Segmentation &segmentation,
                                     std::vector<Mention> mentions, const TypeCues &cues, const PlaceGazetteer *places)
{
    const Trimmer tr(text, segmentation);
    std::vector<TokenSpan> spans(mentions.size());
    std::vector<uint8_t> allLower(mentions.size(), 0);
    // A name all in lower case ("thereof" in a book, "iraq" in a forum post) stays when the tagger marks its first
    // word at least half the times the text uses it: the text's own habit of writing it so.
    std::unordered_map<std::u16string, int> taggedLower, uses;
    for (size_t i = 0; i < mentions.size(); ++i) {
        spans[i] = tr.tokensOf(mentions[i].range);
        TokenSpan s = spans[i];
        if (s.end != s.first && !tr.trimLowerCaseEdges(s)) {
            allLower[i] = 1;
            const std::u16string first = foldLower(tr.tokenText(spans[i].first));
            ++taggedLower[first];
            uses.try_emplace(first, 0);
        }
    }
    if (!uses.empty())
        countWords(tr, uses);

    // Compacted in place: the mentions of a book are many.
    size_t out = 0;
    std::vector<size_t> afterYear;
    for (size_t i = 0; i < mentions.size(); ++i) {
        TokenSpan s = spans[i];
        if (allLower[i]) {
            const std::u16string first = foldLower(tr.tokenText(s.first));
            if (2 * taggedLower[first] < uses[first])
                continue;
        } else if (s.end != s.first) { // else not on token edges: left as it is
            tr.trimLowerCaseEdges(s);
            if (s.end < spans[i].end && tr.leadingYear(s)) // rule 12: "2031 Lower Saxony [state election]"
                afterYear.push_back(out);
            mentions[i].range = tr.rangeOf(s);
        }
        mentions[out] = mentions[i];
        spans[out] = s;
        ++out;
    }
    mentions.resize(out);
    spans.resize(out);
    std::vector<uint8_t>().swap(allLower);
    if (!afterYear.empty())
        retypeAfterYear(tr, places, afterYear, mentions);

    TaggedTexts tagged;
    tagged.reserve(mentions.size());
    for (const Mention &m : mentions)
        tagged.insert(tr.textOf(m.range));
    trimCommonFirstWords(tr, tagged, mentions, spans);

    std::vector<Mention> result;
    result.reserve(mentions.size());
    for (size_t i = 0; i < mentions.size(); ++i) {
        const size_t before = result.size();
        splitAndStrip(tr, tagged, cues, mentions[i], spans[i], result);
        if (before > 0 && result.size() > before)
            joinAmpersand(tr, text, result, before);
    }
    CommaNames::apply(text, segmentation.tokens, result);        // rule 13: "A, B" run together
    RoleNames::apply(text, segmentation.tokens, result);         // rule 11: "Fellow of the X" -> "X"
    HeadWords::apply(text, result);                              // rule 8: places' and events' words
    OrganisationNames::apply(text, segmentation.tokens, result); // rule 8: organisations' words, names cut apart
    PlaceCues::apply(text, segmentation.tokens, result);         // rule 9
    SportsClubs::apply(text, segmentation.tokens, result);       // rule 10: clubs named after towns
    return result;
}

} // namespace lede::core
