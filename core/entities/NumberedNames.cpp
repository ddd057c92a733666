// NumberedNames: numbered roads, "+" services and numbered products (see NumberedNames.h).
#include "entities/NumberedNames.h"

#include <algorithm>
#include <span>
#include <vector>

#include <unicode/uchar.h>

namespace lede::core {

namespace {

// A road's name: its word, capitalised as a name, and a number of up to four digits with an optional letter.
bool isRoadWord(std::u16string_view w)
{
    if (w.size() < 5 || (w[0] != u'R' && w[0] != u'H' && w[0] != u'I'))
        return false; // most words, at once: this runs on every word of a book
    static constexpr std::u16string_view kWords[] = {u"Route",   u"ROUTE",      u"Highway",
                                                     u"HIGHWAY", u"Interstate", u"INTERSTATE"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool isRoadNumber(std::u16string_view w)
{
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= u'0' && w[digits] <= u'9')
        ++digits;
    const size_t rest = w.size() - digits;
    return digits >= 1 && digits <= 4 && w[0] != u'0'
        && (rest == 0
            || (rest == 1 && ((w.back() >= u'A' && w.back() <= u'Z') || (w.back() >= u'a' && w.back() <= u'z'))));
}

// Numbered roads ("Route 44", "Highway 401"), which the tagger leaves out for their number: a place, in
// place of a mention of the road's word alone.
void numberedRoads(const ArticleOutline &outline, EvidencedMentions &in)
{
    std::vector<Mention> roads;
    for (size_t s = 0; s < outline.sentenceCount(); ++s) {
        const std::span<const Token> tokens = outline.tokens(s);
        for (size_t k = 0; k + 1 < tokens.size(); ++k) {
            if (tokens[k + 1].range.start != tokens[k].range.end + 1 || !isRoadWord(outline.textOf(tokens[k].range))
                || !isRoadNumber(outline.textOf(tokens[k + 1].range)))
                continue;
            roads.push_back({{tokens[k].range.start, tokens[k + 1].range.end}, EntityType::Place});
        }
    }
    if (roads.empty())
        return;
    // Only where no mention lies but the tagger's of a part of the road's name ("[Route] 44"), which it replaces.
    std::vector<bool> replaced(in.mentions.size(), false);
    std::vector<Mention> kept;
    size_t i = 0;
    for (const Mention &road : roads) {
        while (i < in.mentions.size() && in.mentions[i].range.end <= road.range.start)
            ++i;
        bool free = true;
        std::vector<size_t> inside;
        for (size_t k = i; k < in.mentions.size() && in.mentions[k].range.start < road.range.end; ++k) {
            const bool part = in.evidence[k] == MentionEvidence::Tagger
                && in.mentions[k].range.start >= road.range.start && in.mentions[k].range.end <= road.range.end;
            free = free && part;
            inside.push_back(k);
        }
        if (!free)
            continue;
        for (size_t k : inside)
            replaced[k] = true;
        kept.push_back(road);
    }
    EvidencedMentions merged;
    size_t r = 0;
    for (size_t k = 0; k < in.mentions.size(); ++k) {
        for (; r < kept.size() && kept[r].range.start < in.mentions[k].range.start + (replaced[k] ? 1 : 0); ++r)
            merged.add(kept[r], MentionEvidence::Tagger);
        if (!replaced[k])
            merged.add(in.mentions[k], in.evidence[k]);
    }
    for (; r < kept.size(); ++r)
        merged.add(kept[r], MentionEvidence::Tagger);
    in = std::move(merged);
}

// A name with a "+" right after it is a streaming or subscription service ("Disney+", "Apple TV+"), which the
// tagger reads as the firm's name without it.
void plusServices(std::u16string_view text, EvidencedMentions &in)
{
    for (size_t i = 0; i < in.mentions.size(); ++i) {
        Mention &m = in.mentions[i];
        const auto end = static_cast<size_t>(m.range.end);
        if (in.evidence[i] != MentionEvidence::Tagger || end >= text.size() || text[end] != u'+')
            continue;
        const bool wordGoesOn = end + 1 < text.size() && (u_isalnum(text[end + 1]) || text[end + 1] == u'+');
        const bool nextStarts = i + 1 < in.mentions.size() && in.mentions[i + 1].range.start <= m.range.end + 1;
        if (wordGoesOn || nextStarts)
            continue;
        m.range.end += 1;
        m.type = EntityType::Other;
    }
}

bool isProductNumber(std::u16string_view w)
{
    static constexpr std::u16string_view kRoman[] = {u"II", u"III", u"IV", u"V", u"VI", u"VII", u"VIII", u"IX", u"X"};
    if (std::find(std::begin(kRoman), std::end(kRoman), w) != std::end(kRoman))
        return true;
    return !w.empty() && w.size() <= 3 && w[0] != u'0'
        && std::all_of(w.begin(), w.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

// The word after a product's number: lower case, and no small word or unit that follows a score or a measure
// ("Somerset 83 and 174", "the Olympic 100 metres").
bool isProductNoun(std::u16string_view w)
{
    static constexpr std::u16string_view kNot[] = {
        u"and",   u"or",     u"for",   u"to",      u"of",    u"in",  u"at",     u"on",      u"by",      u"with",
        u"from",  u"points", u"runs",  u"wickets", u"goals", u"pts", u"metres", u"meters",  u"minutes", u"seconds",
        u"hours", u"days",   u"years", u"kg",      u"km",    u"pct", u"per",    u"percent", u"votes",   u"seats"};
    return !w.empty() && w.front() >= u'a' && w.front() <= u'z'
        && std::find(std::begin(kNot), std::end(kNot), w) == std::end(kNot);
}

// A number a score or a table holds: digits, 1 to 3 of them before any separator (a year's four are left out).
bool isSmallNumber(std::u16string_view w)
{
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= u'0' && w[digits] <= u'9')
        ++digits;
    return digits >= 1 && digits <= 3;
}

// Rule 3: "Falcon 9 rocket".
void numberedProducts(const ArticleOutline &outline, EvidencedMentions &in)
{
    const std::u16string_view text = outline.text();
    for (size_t m = 0; m < in.mentions.size(); ++m) {
        Mention &name = in.mentions[m];
        const auto end = static_cast<size_t>(name.range.end);
        if (in.evidence[m] != MentionEvidence::Tagger || end + 1 >= text.size() || text[end] != u' '
            || !((text[end + 1] >= u'1' && text[end + 1] <= u'9') || text[end + 1] == u'I' || text[end + 1] == u'V'
                 || text[end + 1] == u'X'))
            continue;
        const int64_t s = outline.sentenceAt(name.range.start);
        if (s < 0)
            continue;
        const std::span<const Token> tokens = outline.tokens(static_cast<size_t>(s));
        const auto at = std::lower_bound(tokens.begin(), tokens.end(), name.range.start,
                                         [](const Token &t, int32_t start) { return t.range.start < start; });
        if (at == tokens.end() || at->range != name.range || tokens.end() - at < 3)
            continue;
        const Token &number = at[1], &after = at[2];
        const bool free = m + 1 == in.mentions.size() || in.mentions[m + 1].range.start >= number.range.end;
        if (!free || number.range.start != name.range.end + 1 || !isProductNumber(outline.textOf(number.range))
            || !isProductNoun(outline.textOf(after.range)))
            continue;
        // A sentence with other small numbers is a table's row or a score's report, not a product's name.
        const auto numbers = std::count_if(tokens.begin(), tokens.end(),
                                           [&](const Token &t) { return isSmallNumber(outline.textOf(t.range)); });
        if (numbers != 1)
            continue;
        name.range.end = number.range.end;
        name.type = EntityType::Other;
    }
}

} // namespace

void NumberedNames::apply(const ArticleOutline &outline, EvidencedMentions &mentions)
{
    numberedRoads(outline, mentions);
    plusServices(outline.text(), mentions);
    numberedProducts(outline, mentions);
}

} // namespace lede::core
