// UntaggedNames: capitalised words no mention covers, made organisations by a company cue (see UntaggedNames.h).
// One pass over the sentences finds the candidates and reads the cues around each; a second adds the candidates spelt
// as a cued one. Linear in the tokens, with a binary search into the mentions per candidate.
#include "entities/UntaggedNames.h"

#include "entities/CueWords.h"
#include "entities/NameEdgeWords.h"
#include "entities/NameKey.h"
#include "entities/OrganisationNames.h"
#include "entities/WordShape.h"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace lede::core {

using namespace cues;

namespace {

constexpr size_t kMaxRunWords = 3, kAfter = 12, kBefore = 4;

// Capitalised words that are no company's name: dates, and the words that open a sentence or a clause.
bool isNeverName(std::u16string_view folded)
{
    return inList(folded, {u"monday",    u"tuesday",   u"wednesday", u"thursday", u"friday",   u"saturday", u"sunday",
                           u"january",   u"february",  u"march",     u"april",    u"may",      u"june",     u"july",
                           u"august",    u"september", u"october",   u"november", u"december", u"the",      u"a",
                           u"an",        u"i",         u"it",        u"its",      u"he",       u"she",      u"they",
                           u"we",        u"you",       u"this",      u"that",     u"these",    u"those",    u"however",
                           u"meanwhile", u"yesterday", u"today",     u"tomorrow", u"instead",  u"still",    u"now",
                           u"then",      u"also",      u"last",      u"next",     u"mr",       u"mrs",      u"ms",
                           u"dr",        u"sir"});
}

// A sentence's opening adverb, which takes a comma as a name takes an appositive ("Recently, a group of farmers").
bool isAdverb(std::u16string_view folded)
{
    return folded.ends_with(u"ly")
        || inList(folded, {u"earlier", u"later",    u"overall",     u"elsewhere", u"nonetheless", u"nevertheless",
                           u"indeed",  u"moreover", u"furthermore", u"besides",   u"otherwise",   u"thus",
                           u"hence",   u"yet",      u"again",       u"first",     u"second",      u"third",
                           u"finally", u"here",     u"there",       u"so",        u"but",         u"and"});
}

// After a name: "filed for bankruptcy", "has filed for Chapter 11", "went into administration", "went bust".
bool saysInsolvent(const std::vector<CueToken> &after)
{
    size_t k = 0;
    if (k < after.size() && inList(after[k].lower, {u"has", u"had", u"have"}))
        ++k;
    if (k + 2 < after.size() && after[k].lower == u"filed" && after[k + 1].lower == u"for")
        return inList(after[k + 2].lower,
                      {u"bankruptcy", u"insolvency", u"chapter", u"administration", u"receivership", u"liquidation"});
    if (k + 1 < after.size() && inList(after[k].lower, {u"went", u"gone", u"collapsed", u"fell"})) {
        if (inList(after[k + 1].lower, {u"bankrupt", u"bust"}))
            return true;
        return k + 2 < after.size() && after[k + 1].lower == u"into"
            && inList(after[k + 2].lower, {u"administration", u"receivership", u"liquidation", u"bankruptcy"});
    }
    return false;
}

// "X, which owns the Regus brand", "X, which also makes ...".
bool ownsWhatFollows(const std::vector<CueToken> &after)
{
    if (after.size() < 3 || after[0].lower != u"," || after[1].lower != u"which")
        return false;
    size_t k = 2;
    if (inList(after[k].lower, {u"also", u"now"}) && k + 1 < after.size())
        ++k;
    return inList(after[k].lower,
                  {u"owns", u"operates", u"makes", u"sells", u"manufactures", u"employs", u"publishes", u"runs"});
}

// An article or a possessive before the company noun right before a name, within two words ("the broker X", "the
// freight forwarder X", "Europe's biggest lender X").
bool companyNounAfterArticle(const std::vector<CueToken> &before, size_t prevEnd)
{
    if (before.empty() || !before[0].word || before[0].inName || !isCompanyNounBefore(before, prevEnd))
        return false;
    for (size_t k = 1; k < before.size() && k <= 3; ++k) {
        if (inList(before[k].lower, {u"the", u"a", u"an"}) || isPossessive(before[k].lower))
            return true;
        if (!before[k].word)
            return false;
    }
    return false;
}

// An article before a name and the noun of a company's kind after it: "the Regus brand", "a Tarnlow subsidiary".
bool kindAfter(const std::vector<CueToken> &before, const std::vector<CueToken> &after)
{
    if (before.empty() || !inList(before[0].lower, {u"the", u"a", u"an"}) || after.empty() || !after[0].word
        || after[0].inName)
        return false;
    return inList(after[0].lower,
                  {u"brand", u"group", u"chain", u"company", u"firm", u"label", u"conglomerate", u"subsidiary",
                   u"retailer", u"carmaker", u"airline", u"lender", u"insurer", u"supermarket"})
        && endsNounPhrase(after, 1);
}

struct Candidate
{
    TextRange range;    // the name's words
    TextRange withForm; // with a legal form after it ("Flexport Inc"), else range
    bool cued = false;
    std::u16string spelling; // as written
};

class Finder final
{
public:
    Finder(const ArticleOutline &outline, const EvidencedMentions &mentions, const std::vector<TextRange> &code)
        : m_outline(outline), m_text(outline.text()), m_mentions(mentions.mentions), m_code(code)
    {
        findLowerCaseOpeners();
    }

    std::vector<Candidate> candidates()
    {
        std::vector<Candidate> out;
        for (size_t s = 0; s < m_outline.sentenceCount(); ++s) {
            if (!m_outline.inHeadline(s))
                readSentence(m_outline.tokens(s), out);
        }
        return out;
    }

private:
    const ArticleOutline &m_outline;
    std::u16string_view m_text;
    const std::vector<Mention> &m_mentions;
    const std::vector<TextRange> &m_code;
    std::unordered_set<std::u16string> m_lower; // the clauses' first words the text also writes in lower case, folded

    // m_lower: the words that open a sentence or a quote as a name's would, which the text also writes in lower case
    // ("In", "Shares"). Only those are looked for: a book has hundreds of thousands of lower-case words.
    void findLowerCaseOpeners()
    {
        std::unordered_set<std::u16string> openers;
        edges::WordFilter filter;
        for (size_t s = 0; s < m_outline.sentenceCount(); ++s) {
            if (m_outline.inHeadline(s))
                continue;
            const std::span<const Token> tokens = m_outline.tokens(s);
            for (size_t i = 0; i < tokens.size(); ++i) {
                TextRange word;
                bool possessive = false;
                if (tokens[i].kind == TokenKind::Word && opensClause(tokens, i, m_text)
                    && nameWord(tokens[i], word, possessive)) {
                    const std::u16string_view w = m_outline.textOf(tokens[i].range);
                    std::u16string first(w); // the filter reads a word's length and lower-case first letter
                    first[0] = static_cast<char16_t>(edges::toLower(first[0]));
                    filter.add(first);
                    openers.insert(foldForMatching(w));
                }
            }
        }
        if (openers.empty())
            return;
        for (size_t s = 0; s < m_outline.sentenceCount(); ++s) {
            for (const Token &t : m_outline.tokens(s)) {
                const std::u16string_view w = m_outline.textOf(t.range);
                if (t.kind != TokenKind::Word || !filter.mayHold(w) || wordCase(w) != WordCase::Lower)
                    continue;
                std::u16string folded = foldForMatching(w);
                if (openers.contains(folded))
                    m_lower.insert(std::move(folded));
            }
        }
    }

    // The first mention ending after `pos`.
    size_t mentionFrom(int32_t pos) const
    {
        return static_cast<size_t>(std::upper_bound(m_mentions.begin(), m_mentions.end(), pos,
                                                    [](int32_t p, const Mention &m) { return p < m.range.end; })
                                   - m_mentions.begin());
    }
    bool inMention(TextRange r) const
    {
        const size_t i = mentionFrom(r.start);
        return i < m_mentions.size() && m_mentions[i].range.start < r.end;
    }
    // The token is the start of an organisation's mention.
    bool startsOrganisation(const CueToken &t) const
    {
        const size_t i = mentionFrom(static_cast<int32_t>(t.start));
        return i < m_mentions.size() && static_cast<size_t>(m_mentions[i].range.start) == t.start
            && m_mentions[i].type == EntityType::Organization;
    }

    // ", now part of Motorola", ", a unit of Tarnwell Group", ", owned by ...": an organisation's part.
    bool partOfOrganisation(const std::vector<CueToken> &after) const
    {
        if (after.empty() || after[0].lower != u",")
            return false;
        size_t k = 1;
        if (k < after.size() && inList(after[k].lower, {u"now", u"since", u"later"}))
            ++k;
        if (k + 1 < after.size() && inList(after[k].lower, {u"a", u"an"})
            && inList(after[k + 1].lower, {u"unit", u"division"}))
            k += 2;
        else if (k < after.size() && inList(after[k].lower, {u"part", u"owned"}))
            ++k;
        else
            return false;
        return k + 1 < after.size() && inList(after[k].lower, {u"of", u"by"}) && startsOrganisation(after[k + 1]);
    }

    // The end of the last mention before `pos`; 0 when none.
    size_t prevEnd(int32_t pos) const
    {
        const size_t i = mentionFrom(pos);
        return i > 0 ? static_cast<size_t>(m_mentions[i - 1].range.end) : 0;
    }

    // A capitalised word that may be a name's, with its possessive "'s" cut off.
    bool nameWord(const Token &t, TextRange &word, bool &possessive) const
    {
        if (t.kind != TokenKind::Word)
            return false;
        std::u16string_view w = m_outline.textOf(t.range);
        word = t.range;
        possessive = w.size() > 2 && (w.ends_with(u"'s") || w.ends_with(u"\u2019s"));
        if (possessive) {
            w.remove_suffix(2);
            word.end -= 2;
        }
        // The cheap tests first: a book has a capitalised word in every line, most of them in mentions.
        return startsUpper(w) && !inMention(t.range)
            && !std::any_of(m_code.begin(), m_code.end(), [&](const TextRange &c) { return c.overlaps(t.range); })
            && hasNameCharacters(w) && !isNeverName(foldForMatching(w));
    }

    // Whether a word opens a sentence or a quote: its capital says nothing.
    static bool opensClause(std::span<const Token> tokens, size_t i, std::u16string_view text)
    {
        for (size_t k = i; k > 0; --k) {
            const Token &p = tokens[k - 1];
            const std::u16string_view w =
                text.substr(static_cast<size_t>(p.range.start), static_cast<size_t>(p.range.length()));
            if (p.kind == TokenKind::Word || p.kind == TokenKind::Number)
                return false;
            if (inList(w, {u":", u"\"", u"\u201C", u"\u2018", u"'"}))
                return true;
        }
        return true;
    }

    void readSentence(std::span<const Token> tokens, std::vector<Candidate> &out) const
    {
        size_t i = 0;
        while (i < tokens.size()) {
            TextRange word;
            bool possessive = false;
            if (!nameWord(tokens[i], word, possessive)) {
                ++i;
                continue;
            }
            // The run of capitalised words, one space apart, ending at a possessive.
            size_t j = i + 1;
            TextRange run = word;
            while (!possessive && j < tokens.size() && tokens[j].range.start == run.end + 1
                   && m_text[static_cast<size_t>(run.end)] == u' ' && nameWord(tokens[j], word, possessive)) {
                run.end = word.end;
                ++j;
            }
            size_t first = i;
            // A sentence's first word the text also writes in lower case is no name's ("In", "Shares").
            if (opensClause(tokens, i, m_text)
                && m_lower.contains(foldForMatching(m_outline.textOf(tokens[i].range)))) {
                ++first;
                if (first < j)
                    run.start = tokens[first].range.start;
            }
            if (first < j && j - first <= kMaxRunWords && !touchesMention(tokens, first, j))
                add(run, possessive, first == i && opensClause(tokens, i, m_text), out);
            i = j;
        }
    }

    // A name the tagger cut short: a mention right before or after the run, a space apart.
    bool touchesMention(std::span<const Token> tokens, size_t first, size_t end) const
    {
        if (first > 0 && inMention(tokens[first - 1].range)
            && tokens[first - 1].range.end + 1 >= tokens[first].range.start)
            return true;
        return end < tokens.size() && inMention(tokens[end].range)
            && tokens[end - 1].range.end + 1 >= tokens[end].range.start;
    }

    // `opening`: the run opens a sentence or a quote, where an adverb takes a comma too ("Recently, a group of ...").
    void add(TextRange run, bool possessive, bool opening, std::vector<Candidate> &out) const
    {
        Candidate c;
        c.range = run;
        c.withForm = run;
        c.spelling = std::u16string(m_outline.textOf(run));
        const std::vector<std::u16string_view> words = splitWords(c.spelling);
        const std::u16string folded = foldForMatching(c.spelling);
        if (words.size() == 1 && isFirstName(folded))
            return; // "Mark, the firm's founder": two cues would be needed, as in MentionCues
        std::vector<CueToken> after = tokensAfter(m_text, static_cast<size_t>(run.end), m_text.size(), kAfter);
        for (CueToken &t : after)
            t.inName = inMention({static_cast<int32_t>(t.start), static_cast<int32_t>(t.start + t.lower.size())});
        std::vector<CueToken> before = tokensBefore(m_text, static_cast<size_t>(run.start), 0, kBefore);
        for (CueToken &t : before)
            t.inName = inMention({static_cast<int32_t>(t.start), static_cast<int32_t>(t.start + t.lower.size())});
        const size_t previous = prevEnd(run.start);
        if (possessive || (!after.empty() && (after[0].lower == u"'s" || after[0].lower == u"'"))) {
            c.cued = isCompanyPossession(after, 1); // after[0] is the "'s"
        } else if (words.size() > 1 && OrganisationNames::isLegalForm(words.back())) {
            c.cued = true;
        } else if (!after.empty() && after[0].word && !after[0].inName
                   && OrganisationNames::isLegalForm(m_text.substr(after[0].start, after[0].lower.size()))) {
            c.cued = true;
            c.withForm.end = static_cast<int32_t>(after[0].start + after[0].lower.size());
        } else {
            c.cued = (!(opening && isAdverb(folded)) && !after.empty() && after[0].lower == u","
                      && appositiveHead(after, 1) == AppositiveHead::Company)
                || ownsWhatFollows(after) || saysInsolvent(after) || holdsCompanyBefore(before)
                || companyNounAfterArticle(before, previous) || kindAfter(before, after) || partOfOrganisation(after);
        }
        out.push_back(std::move(c));
    }
};

} // namespace

void UntaggedNames::recover(const ArticleOutline &outline, EvidencedMentions &mentions,
                            const std::vector<TextRange> &code)
{
    std::vector<Candidate> candidates = Finder(outline, mentions, code).candidates();
    std::unordered_set<std::u16string> cued;
    for (const Candidate &c : candidates) {
        if (c.cued)
            cued.insert(c.spelling);
    }
    if (cued.empty())
        return;
    std::vector<Mention> added;
    for (const Candidate &c : candidates) {
        if (c.cued || cued.contains(c.spelling))
            added.push_back({c.withForm, EntityType::Organization});
    }
    mentions.insert(added, MentionEvidence::Tagger);
}

} // namespace lede::core
