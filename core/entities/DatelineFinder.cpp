// DatelineFinder: a paragraph's opening place, date and agency before its dash (see DatelineFinder.h).
#include "entities/DatelineFinder.h"

#include "entities/PlaceGazetteer.h"
#include "entities/WordShape.h"

#include <algorithm>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace lede::core {

namespace {

// ALL CAPS words that open a paragraph before a dash without naming a place: lead-ins, labels and sections.
bool isLeadInWord(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {u"UPDATE",
                                                     u"UPDATED",
                                                     u"UPDATES",
                                                     u"BREAKING",
                                                     u"EXCLUSIVE",
                                                     u"ANALYSIS",
                                                     u"NOTE",
                                                     u"NOTES",
                                                     u"FYI",
                                                     u"WARNING",
                                                     u"CORRECTION",
                                                     u"CLARIFICATION",
                                                     u"OPINION",
                                                     u"EDITORIAL",
                                                     u"COMMENT",
                                                     u"COMMENTARY",
                                                     u"REVIEW",
                                                     u"VIDEO",
                                                     u"PHOTOS",
                                                     u"PHOTO",
                                                     u"WATCH",
                                                     u"LIVE",
                                                     u"PS",
                                                     u"NB",
                                                     u"SPOILER",
                                                     u"DISCLAIMER",
                                                     u"ADVERTISEMENT",
                                                     u"SPONSORED",
                                                     u"FLASH",
                                                     u"URGENT",
                                                     u"ALERT",
                                                     u"BULLETIN",
                                                     u"EDITOR'S",
                                                     u"EDITORS",
                                                     u"ADVISORY",
                                                     u"EMBARGOED",
                                                     u"DEVELOPING",
                                                     u"RELATED",
                                                     u"READ",
                                                     u"MORE",
                                                     u"SEE",
                                                     u"ALSO",
                                                     u"NEW",
                                                     u"SUMMARY",
                                                     u"BACKGROUND",
                                                     u"FACTBOX",
                                                     u"INTERVIEW",
                                                     u"POLL",
                                                     u"QUOTE",
                                                     u"FEATURE",
                                                     u"PROFILE",
                                                     u"OBITUARY",
                                                     u"TIMELINE",
                                                     u"GRAPHIC",
                                                     u"CHART",
                                                     u"TABLE",
                                                     u"RESULTS",
                                                     u"SCORES",
                                                     u"STANDINGS",
                                                     u"PREVIEW",
                                                     u"RECAP",
                                                     u"TRANSCRIPT",
                                                     u"Q",
                                                     u"A",
                                                     u"SOCCER",
                                                     u"FOOTBALL",
                                                     u"CRICKET",
                                                     u"TENNIS",
                                                     u"GOLF",
                                                     u"RUGBY",
                                                     u"BASEBALL",
                                                     u"BASKETBALL",
                                                     u"HOCKEY",
                                                     u"CYCLING",
                                                     u"ATHLETICS",
                                                     u"BOXING",
                                                     u"MOTORRACING",
                                                     u"MOTOR",
                                                     u"RACING",
                                                     u"SKIING",
                                                     u"SWIMMING",
                                                     u"OLYMPICS",
                                                     u"SPORT",
                                                     u"SPORTS",
                                                     u"HORSE",
                                                     u"FORMULA",
                                                     u"SQUASH",
                                                     u"BADMINTON",
                                                     u"ROWING",
                                                     u"SAILING",
                                                     u"YACHTING",
                                                     u"CHESS",
                                                     u"WRESTLING",
                                                     u"VOLLEYBALL",
                                                     u"HANDBALL",
                                                     u"JUDO",
                                                     u"NFL",
                                                     u"NBA",
                                                     u"NHL",
                                                     u"MLB",
                                                     u"BUSINESS",
                                                     u"WORLD",
                                                     u"POLITICS",
                                                     u"HEALTH",
                                                     u"SCIENCE",
                                                     u"TECH",
                                                     u"MARKETS",
                                                     u"ECONOMY",
                                                     u"ENTERTAINMENT",
                                                     u"LIFESTYLE",
                                                     u"TRAVEL",
                                                     u"WEATHER"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Small words inside a Title Case place name: "Rio de Janeiro", "Stratford-upon-Avon" is one token anyway.
bool isPlaceParticle(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {u"de",  u"del", u"la", u"le",  u"al", u"el", u"da",  u"do",
                                                     u"dos", u"das", u"di", u"der", u"am", u"an", u"sur", u"of"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

int letterCount(std::u16string_view w)
{
    int n = 0;
    const auto len = static_cast<int32_t>(w.size());
    int32_t i = 0;
    while (i < len) {
        UChar32 c;
        U16_NEXT(w.data(), i, len, c);
        n += u_isalpha(c) ? 1 : 0;
    }
    return n;
}

// "1996-08-30": the wire's date, whether or not the date tagger marked it.
bool isIsoDate(std::u16string_view w)
{
    if (w.size() != 10 || w[4] != u'-' || w[7] != u'-')
        return false;
    for (size_t i = 0; i < w.size(); ++i) {
        if (i != 4 && i != 7 && (w[i] < u'0' || w[i] > u'9'))
            return false;
    }
    return true;
}

class Opening final
{
public:
    Opening(const ArticleOutline &outline, size_t sentence)
        : m_outline(outline), m_tokens(outline.tokensToParagraphEnd(sentence))
    {}

    size_t size() const { return m_tokens.size(); }
    std::u16string_view at(size_t i) const { return i < m_tokens.size() ? m_outline.textOf(m_tokens[i].range) : u""; }
    const Token &token(size_t i) const { return m_tokens[i]; }
    TextRange range(size_t from, size_t to) const { return {m_tokens[from].range.start, m_tokens[to - 1].range.end}; }

    // A place name of up to four words from `i`, all ALL CAPS or all Capitalised (with "de", "la" … inside).
    // Returns its end, or `i` when there is none.
    size_t place(size_t i) const
    {
        const WordCase casing = wordCase(at(i));
        if ((casing != WordCase::AllCaps && casing != WordCase::Capitalised) || !hasNameCharacters(at(i)))
            return i;
        size_t j = i;
        int words = 0;
        while (j < size() && words < 4) {
            const std::u16string_view w = at(j);
            const WordCase c = wordCase(w);
            // An initial-like "ST." reads as Capitalised in ALL CAPS text; accept either capital form there.
            const bool sameCase =
                c == casing || (casing == WordCase::AllCaps && c == WordCase::Capitalised && letterCount(w) == 1);
            if (sameCase && hasNameCharacters(w)) {
                ++words;
                ++j;
            } else if (casing == WordCase::Capitalised && words > 0 && isPlaceParticle(w) && j + 1 < size()
                       && wordCase(at(j + 1)) == WordCase::Capitalised) {
                ++j;
            } else {
                break;
            }
        }
        if (j < size() && j > i && at(j) == u"." && m_tokens[j].range.start == m_tokens[j - 1].range.end
            && letterCount(at(j - 1)) <= 4)
            ++j; // "Calif.", "La.": an abbreviated region whose period the tokenizer split off
        return j;
    }

private:
    const ArticleOutline &m_outline;
    std::span<const Token> m_tokens;
};

// The tagger's type for `r`: of a mention that is exactly `r`, else Other for one that cuts across it ("Pakistan"
// of "Pakistan Link" says nothing of the whole), else nullopt.
std::optional<EntityType> taggedType(const std::vector<Mention> &tagged, TextRange r)
{
    std::optional<EntityType> type;
    for (const Mention &m : tagged) {
        if (m.range == r)
            return m.type;
        if (m.range.overlaps(r))
            type = EntityType::Other;
    }
    return type;
}

bool hasDigit(std::u16string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

// Where a date expression that starts at token `i` ends (the token after it); `i` when none starts there. Only a
// calendar date counts ("March 3", "1996-08-30"), not "decades" or "Friday".
size_t dateEnd(const Opening &o, size_t i, const std::vector<TextRange> &dates)
{
    if (i >= o.size())
        return i;
    const int32_t start = o.token(i).range.start;
    const auto it =
        std::lower_bound(dates.begin(), dates.end(), start, [](const TextRange &d, int32_t p) { return d.start < p; });
    if (it != dates.end() && it->start == start) {
        size_t j = i;
        bool digits = false;
        while (j < o.size() && o.token(j).range.start < it->end)
            digits = hasDigit(o.at(j++)) || digits;
        return digits ? j : i;
    }
    return isIsoDate(o.at(i)) ? i + 1 : i;
}

struct Dateline
{
    TextRange city;
    std::optional<TextRange> region;
    std::optional<TextRange> agency;
    bool dated = false;
    bool dashed = false; // a dash ends it (else it is the wire's "CITY DATE" line)
};

// The dateline shape at the start of sentence `s`, before any judgement of the city.
std::optional<Dateline> parse(const ArticleOutline &outline, size_t s, const std::vector<TextRange> &dates)
{
    const Opening o(outline, s);
    const size_t cityEnd = o.place(0);
    if (cityEnd == 0)
        return std::nullopt;
    Dateline d;
    d.city = o.range(0, cityEnd);
    size_t i = cityEnd;
    if (o.at(i) == u",") {
        if (const size_t e = dateEnd(o, i + 1, dates); e > i + 1) {
            d.dated = true;
            i = e;
        } else if (const size_t r = o.place(i + 1); r > i + 1) {
            d.region = o.range(i + 1, r);
            i = r;
            if (o.at(i) == u",")
                ++i;
        } else {
            return std::nullopt;
        }
    }
    if (!d.dated) {
        if (const size_t e = dateEnd(o, i, dates); e > i) {
            d.dated = true;
            i = e;
        }
    }
    if (o.at(i) == u"(") {
        size_t k = i + 1;
        while (k < o.size() && k - i <= 4 && startsUpper(o.at(k)))
            ++k;
        if (k == i + 1 || o.at(k) != u")")
            return std::nullopt;
        d.agency = o.range(i + 1, k);
        i = k + 1;
    }
    if (i < o.size() && isDashToken(o.at(i))) {
        // A report's first sentence follows the dash; "Hashimoto -- who returns …" is an aside about a person.
        if (wordCase(o.at(i + 1)) == WordCase::Lower)
            return std::nullopt;
        int words = 0;
        for (size_t k = i + 1; k < o.size(); ++k)
            words += wordCase(o.at(k)) != WordCase::NoLetters ? 1 : 0;
        d.dashed = true;
        return words >= 3 ? std::optional<Dateline>(d) : std::nullopt;
    }
    // The wire form: the place and the date are the whole line ("LONDON 1996-08-30").
    const bool lineEnds = i >= o.size() || (i + 1 == o.size() && o.at(i) == u".");
    if (d.dated && lineEnds)
        return d;
    return std::nullopt;
}

bool accepted(const Dateline &d, std::u16string_view city, const std::vector<Mention> &tagged,
              const PlaceGazetteer *places)
{
    const std::optional<EntityType> tagger = taggedType(tagged, d.city);
    const bool known = places && places->lookup(city).has_value();
    const size_t space = city.find(u' ');
    const std::u16string_view first = city.substr(0, space == std::u16string_view::npos ? city.size() : space);
    // A lead-in's word may begin a place's name the gazetteer knows ("NEW YORK 1996-08-30" is no "NEW —").
    if (wordCase(first) == WordCase::AllCaps && isLeadInWord(first) && !(known && first.size() < city.size()))
        return false;
    if (tagger == EntityType::Place)
        return true;
    if (known)
        return tagger != EntityType::Person || (d.dashed && (d.region || d.agency || d.dated));
    // The shape alone ("PORT ARDENT, Norvania (Reuters) —") is evidence enough for a name the gazetteer does not
    // know, unless the tagger reads a person there; the wire's bare "CITY DATE" line is not, when the tagger reads
    // it as something else ("UNITED NATIONS 1996-08-22").
    if (d.dashed && (d.region || d.agency || d.dated))
        return tagger != EntityType::Person;
    return d.dated && !tagger && wordCase(first) == WordCase::AllCaps;
}

} // namespace

std::vector<StructuralName> DatelineFinder::find(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                                 const std::vector<TextRange> &dates, const PlaceGazetteer *places)
{
    std::vector<StructuralName> out;
    for (size_t s = 0; s < outline.sentenceCount(); ++s) {
        if (!outline.opensParagraph(s) || outline.inCasedHeadline(s))
            continue;
        const std::optional<Dateline> d = parse(outline, s, dates);
        if (!d || !accepted(*d, outline.textOf(d->city), tagged, places))
            continue;
        out.push_back({d->city, EntityType::Place, StructureKind::DatelinePlace});
        if (d->region)
            out.push_back({*d->region, EntityType::Place, StructureKind::DatelinePlace});
        if (d->agency)
            out.push_back({*d->agency, EntityType::Organization, StructureKind::DatelineAgency});
    }
    return out;
}

} // namespace lede::core
