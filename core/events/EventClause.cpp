// EventClause: clause limits and summaries from the surface of the text alone (no parser): punctuation,
// conjunctions, relative words, and the date phrases themselves. English cue words.
#include "events/EventClause.h"

#include <algorithm>
#include <array>

namespace lede::core::events {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\u00a0' || c == u'\u2009' || c == u'\u202f';
}

bool isWordChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'\''
        || c == u'\u2019')
        return true;
    // Letters outside ASCII; the typographic punctuation that follows is not.
    return c >= 0x00c0 && !(c >= 0x2000 && c <= 0x206f) && c != u'\u00d7' && c != u'\u00f7';
}

bool isQuote(char16_t c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u201d';
}

char16_t lower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c;
}

std::u16string lowerWord(std::u16string_view w)
{
    std::u16string out(w);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

template <size_t N> bool oneOf(std::u16string_view word, const std::array<std::u16string_view, N> &list)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Joins two clauses: a clause may start after a comma before these.
constexpr std::array<std::u16string_view, 8> kCoordinators = {u"and",  u"but", u"while", u"whereas",
                                                              u"then", u"yet", u"so",    u"or"};
// Open a clause of their own.
constexpr std::array<std::u16string_view, 15> kSubordinators = {u"that",    u"which",    u"who",    u"whom",  u"whose",
                                                                u"where",   u"when",     u"before", u"after", u"until",
                                                                u"because", u"although", u"though", u"since", u"once"};
// Dropped at the start of a summary: they link the clause to what came before, not to its event.
constexpr std::array<std::u16string_view, 32> kConnectives = {
    u"and",     u"but",          u"or",           u"so",         u"yet",   u"then",    u"also",        u"meanwhile",
    u"however", u"moreover",     u"furthermore",  u"still",      u"that",  u"which",   u"who",         u"whom",
    u"where",   u"when",         u"whereas",      u"while",      u"thus",  u"hence",   u"nonetheless", u"nevertheless",
    u"besides", u"additionally", u"subsequently", u"afterwards", u"later", u"earlier", u"finally",     u"instead"};
// An adverbial phrase starting with one of these and closed by a comma leads into the clause's core.
constexpr std::array<std::u16string_view, 31> kIntroducers = {
    u"after", u"before", u"following", u"despite",    u"amid",      u"during", u"in",     u"at",
    u"on",    u"with",   u"without",   u"under",      u"according", u"for",    u"as",     u"over",
    u"by",    u"within", u"through",   u"throughout", u"until",     u"once",   u"unlike", u"like",
    u"among", u"from",   u"since",     u"when",       u"if",        u"having", u"upon"};
// Governs a date phrase; goes with it out of the summary ("on Tuesday", "in 2019").
constexpr std::array<std::u16string_view, 20> kDatePrepositions = {
    u"on",    u"in", u"at",    u"of",   u"during", u"from",   u"since",  u"by",      u"around",     u"circa",
    u"about", u"as", u"until", u"till", u"after",  u"before", u"within", u"through", u"throughout", u"to"};
// May stand before such a preposition ("shortly after 7 p.m."); goes with it.
constexpr std::array<std::u16string_view, 8> kDateAdverbs = {u"shortly", u"just", u"soon",     u"right",
                                                             u"long",    u"well", u"sometime", u"only"};
// Cannot end a summary.
constexpr std::array<std::u16string_view, 22> kDangling = {
    u"and",  u"but", u"or", u"on", u"in",  u"at",    u"of",     u"from",  u"by",      u"to",   u"since",
    u"that", u"the", u"a",  u"an", u"for", u"after", u"before", u"until", u"shortly", u"than", u"as"};

struct Word
{
    int32_t start = 0;
    int32_t end = 0;
};

// The word starting at or after `pos` within [pos, limit), if any.
Word nextWord(std::u16string_view s, int32_t pos, int32_t limit)
{
    while (pos < limit && !isWordChar(s[static_cast<size_t>(pos)]))
        ++pos;
    int32_t e = pos;
    while (e < limit && isWordChar(s[static_cast<size_t>(e)]))
        ++e;
    return {pos, e};
}

std::u16string_view slice(std::u16string_view s, int32_t start, int32_t end)
{
    return s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
}

void trimSpaces(std::u16string &s)
{
    size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    s = s.substr(b, e - b);
}

// The first word of `s` if only spaces come before it, lower-cased; and where it ends.
std::u16string leadingWord(const std::u16string &s, size_t &end)
{
    size_t e = 0;
    while (e < s.size() && isWordChar(s[e]))
        ++e;
    end = e;
    return lowerWord(std::u16string_view(s).substr(0, e));
}

void dropLeadingPunctuation(std::u16string &s)
{
    size_t b = 0;
    while (b < s.size()
           && (isSpace(s[b]) || s[b] == u',' || s[b] == u';' || s[b] == u':' || s[b] == u'\u2014' || s[b] == u'\u2013'
               || s[b] == u'-'))
        ++b;
    s.erase(0, b);
}

// "after months of debate, the council…": a short adverbial phrase with no name in it, then the clause.
bool dropIntroPhrase(std::u16string &s)
{
    size_t wordEnd = 0;
    const std::u16string first = leadingWord(s, wordEnd);
    if (!oneOf(first, kIntroducers))
        return false;
    const size_t comma = s.find(u',');
    if (comma == std::u16string::npos || comma > 80)
        return false;
    for (size_t k = wordEnd; k < comma; ++k)
        if (s[k] >= u'A' && s[k] <= u'Z' && k > 0 && isSpace(s[k - 1]))
            return false; // a name in the phrase ("In Lyon,", "After Smith left,") is part of the story
    const std::u16string_view rest = std::u16string_view(s).substr(comma + 1);
    const auto words = std::count_if(rest.begin(), rest.end(), isSpace);
    if (words < 3)
        return false;
    s.erase(0, comma + 1);
    return true;
}

void dropUnbalancedQuotes(std::u16string &s)
{
    const auto quotes = std::count_if(s.begin(), s.end(), isQuote);
    if (quotes % 2 == 0)
        return;
    if (!s.empty() && isQuote(s.front()))
        s.erase(0, 1);
    else if (!s.empty() && isQuote(s.back()))
        s.pop_back();
    else
        s.erase(std::remove_if(s.begin(), s.end(), isQuote), s.end());
}

// "GENEVA — Negotiators left…": a news dateline names where the story was filed, not who acted.
void dropDateline(std::u16string &s)
{
    size_t k = 0;
    bool letters = false;
    while (k < s.size()
           && ((s[k] >= u'A' && s[k] <= u'Z') || s[k] == u' ' || s[k] == u'.' || s[k] == u'-' || s[k] == u',')) {
        letters = letters || (s[k] >= u'A' && s[k] <= u'Z');
        ++k;
    }
    if (letters && k + 1 < s.size() && (s[k] == u'\u2014' || s[k] == u'\u2013') && k >= 3)
        s.erase(0, k + 1);
    dropLeadingPunctuation(s);
}

// A clause that is all quotation ("“We are closer than before”") is shown without its marks.
void dropWrappingQuotes(std::u16string &s)
{
    if (s.size() >= 2 && isQuote(s.front()) && isQuote(s.back()) && std::count_if(s.begin(), s.end(), isQuote) == 2) {
        s.pop_back();
        s.erase(0, 1);
    }
    while (!s.empty() && isQuote(s.front()) && std::count_if(s.begin(), s.end(), isQuote) % 2 == 1)
        s.erase(0, 1);
    while (!s.empty() && isQuote(s.back()) && std::count_if(s.begin(), s.end(), isQuote) % 2 == 1)
        s.pop_back();
}

void dropTrailing(std::u16string &s)
{
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        while (!s.empty()
               && (isSpace(s.back()) || s.back() == u',' || s.back() == u';' || s.back() == u':' || s.back() == u'.'
                   || s.back() == u'!' || s.back() == u'?' || s.back() == u'\u2014' || s.back() == u'\u2013'
                   || s.back() == u'-' || isQuote(s.back()))) {
            s.pop_back();
            changed = true;
        }
        size_t b = s.size();
        while (b > 0 && isWordChar(s[b - 1]))
            --b;
        if (b > 0 && b < s.size() && oneOf(lowerWord(std::u16string_view(s).substr(b)), kDangling)) {
            s.erase(b);
            changed = true;
        }
    }
}

void capLength(std::u16string &s, size_t maxLength)
{
    if (s.size() <= maxLength)
        return;
    // Prefer a clause boundary that keeps most of the text, else the last word boundary.
    size_t cut = s.rfind(u", ", maxLength - 1);
    if (cut == std::u16string::npos || cut < maxLength / 2) {
        cut = s.rfind(u' ', maxLength - 1);
        if (cut == std::u16string::npos || cut == 0)
            cut = maxLength - 1;
    }
    s.erase(cut);
    dropTrailing(s);
    s += u'\u2026';
}

} // namespace

std::u16string wordBefore(std::u16string_view text, int32_t pos, int32_t floor)
{
    int32_t e = pos;
    while (e > floor && isSpace(text[static_cast<size_t>(e - 1)]))
        --e;
    int32_t b = e;
    while (b > floor && isWordChar(text[static_cast<size_t>(b - 1)]))
        --b;
    return lowerWord(slice(text, b, e));
}

namespace {

// Every candidate split in [from, to) with its priority: 4 after ';' or ':', 3 at ", and", 2 at a
// relative or subordinating word, 1 at a bare "and"/"but", 0 after a comma.
template <typename Fn> void forEachSplit(std::u16string_view text, int32_t from, int32_t to, Fn consider)
{
    int32_t lastComma = -1;
    for (int32_t k = from; k < to;) {
        const char16_t c = text[static_cast<size_t>(k)];
        if (c == u';' || c == u':') {
            consider(4, k + 1);
            ++k;
            continue;
        }
        if (c == u',') {
            consider(0, k + 1);
            lastComma = k;
            ++k;
            continue;
        }
        if (!isWordChar(c)) {
            ++k;
            continue;
        }
        const Word w = nextWord(text, k, to);
        const std::u16string word = lowerWord(slice(text, w.start, w.end));
        bool afterComma = lastComma >= 0;
        for (int32_t j = lastComma + 1; afterComma && j < w.start; ++j)
            afterComma = isSpace(text[static_cast<size_t>(j)]);
        if (w.start > from && w.end < to) { // a word touching a date is part of its phrase
            if (oneOf(word, kCoordinators) && afterComma)
                consider(3, lastComma);
            else if (oneOf(word, kSubordinators))
                consider(2, afterComma ? lastComma : w.start);
            else if (word == u"and" || word == u"but")
                consider(1, w.start);
        }
        lastComma = -1;
        k = w.end;
    }
}

} // namespace

int32_t clauseSplit(std::u16string_view text, int32_t from, int32_t to)
{
    // The last candidate of the best kind is nearest the second date, so what lies between stays with
    // the first clause ("the council approved the barrier | that engineers drew in 2019").
    int best = -1;
    int32_t at = -1;
    forEachSplit(text, from, to, [&](int priority, int32_t pos) {
        if (priority >= best) {
            best = priority;
            at = pos;
        }
    });
    return at;
}

int32_t clauseBoundary(std::u16string_view text, int32_t from, int32_t to, bool first)
{
    int32_t at = -1;
    forEachSplit(text, from, to, [&](int priority, int32_t pos) {
        if (priority >= 3 && !(first && at >= 0))
            at = pos;
    });
    return at;
}

std::vector<TextRange> quotations(std::u16string_view text, int32_t from, int32_t to)
{
    std::vector<TextRange> out;
    int32_t open = -1;
    for (int32_t k = from; k < to; ++k) {
        const char16_t c = text[static_cast<size_t>(k)];
        if (c == u'\u201c' || (c == u'"' && open < 0)) {
            open = k;
        } else if ((c == u'\u201d' || c == u'"') && open >= 0) {
            out.push_back({open, k + 1});
            open = -1;
        }
    }
    if (open >= 0)
        out.push_back({open, to}); // a quotation running on past the sentence
    return out;
}

std::u16string summarizeClause(std::u16string_view text, TextRange clause, const std::vector<TextRange> &dates,
                               const std::vector<TextRange> &dropped, size_t maxLength)
{
    // Mark what goes: each date phrase with the preposition governing it and a possessive after it.
    std::vector<bool> gone(static_cast<size_t>(clause.length()), false);
    auto drop = [&](int32_t s, int32_t e) {
        for (int32_t k = std::max(s, clause.start); k < std::min(e, clause.end); ++k)
            gone[static_cast<size_t>(k - clause.start)] = true;
    };
    // `dates` is sorted by start: only the few around the clause are looked at.
    auto from = std::lower_bound(dates.begin(), dates.end(), clause.start,
                                 [](const TextRange &d, int32_t pos) { return d.start < pos; });
    while (from != dates.begin() && std::prev(from)->end > clause.start)
        --from;
    for (auto it = from; it != dates.end() && it->start < clause.end; ++it) {
        const TextRange &d = *it;
        if (!d.overlaps(clause))
            continue;
        int32_t s = d.start;
        const std::u16string prep = wordBefore(text, d.start, clause.start);
        if (oneOf(prep, kDatePrepositions)) {
            s = d.start - static_cast<int32_t>(prep.size()) - 1;
            while (s > clause.start && isSpace(text[static_cast<size_t>(s - 1)]))
                --s;
            const std::u16string adverb = wordBefore(text, s, clause.start);
            if (oneOf(adverb, kDateAdverbs))
                s -= static_cast<int32_t>(adverb.size());
        }
        int32_t e = d.end;
        if (e + 1 < clause.end && (text[static_cast<size_t>(e)] == u'\'' || text[static_cast<size_t>(e)] == u'\u2019')
            && lower(text[static_cast<size_t>(e + 1)]) == u's')
            e += 2;
        while (s > clause.start && isSpace(text[static_cast<size_t>(s - 1)]))
            --s;
        drop(s, e);
    }
    for (const TextRange &d : dropped)
        drop(d.start, d.end);
    std::u16string s;
    s.reserve(static_cast<size_t>(clause.length()));
    for (int32_t k = clause.start; k < clause.end; ++k) {
        if (gone[static_cast<size_t>(k - clause.start)])
            continue;
        char16_t c = text[static_cast<size_t>(k)];
        if (isSpace(c))
            c = u' ';
        if (c == u' ' && (s.empty() || s.back() == u' '))
            continue;
        if ((c == u',' || c == u'.' || c == u';') && !s.empty() && s.back() == u' ')
            s.pop_back();
        if (c == u',' && !s.empty() && s.back() == u',')
            continue;
        s += c;
    }
    // Leading connectives and adverbial phrases, in any order ("And then, after the vote, …").
    for (int round = 0; round < 6; ++round) {
        dropLeadingPunctuation(s);
        size_t end = 0;
        const std::u16string first = leadingWord(s, end);
        if (!first.empty() && oneOf(first, kConnectives) && end < s.size()) {
            s.erase(0, end);
            continue;
        }
        if (!dropIntroPhrase(s))
            break;
    }
    dropDateline(s);
    dropTrailing(s);
    dropWrappingQuotes(s);
    dropUnbalancedQuotes(s);
    trimSpaces(s);
    dropTrailing(s);
    capLength(s, maxLength);
    return s;
}

} // namespace lede::core::events
