// MentionCues: the cue words around a mention, counted per entity, and the vote they change (see MentionCues.h).
// Each mention's context is a few tokens either side, cut at the line and at the neighbouring mentions, so the
// work is linear in the number of mentions.
#include "entities/MentionCues.h"

#include "common/DataFile.h"
#include "common/DataPaths.h"
#include "common/Utf.h"
#include "entities/EntityTypeGuess.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

namespace lede::core::grouping {

namespace {

struct Token
{
    std::u16string lower; // lower case, ’ as '
    bool word = false;    // letters or digits (else one punctuation character, or "\n")
    size_t start = 0;     // in the text
    bool inName = false;  // part of another mention
};

bool isWordChar(char16_t c)
{
    return u_isalnum(c) || c == u'\'' || c == 0x2019 || c == u'-' || (c >= 0xD800 && c <= 0xDFFF);
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F || c == u'\r';
}

Token tokenAt(std::u16string_view text, size_t begin, size_t end)
{
    Token t;
    t.word = isWordChar(text[begin]);
    t.start = begin;
    t.lower.reserve(end - begin);
    for (size_t i = begin; i < end; ++i) {
        const char16_t c = text[i];
        t.lower.push_back(c == 0x2019    ? u'\''
                              : c < 0x80 ? (c >= u'A' && c <= u'Z' ? c + 32 : c)
                                         : static_cast<char16_t>(u_tolower(c)));
    }
    return t;
}

// Up to `count` tokens of text[from, limit), forward; a line break ends them.
std::vector<Token> tokensAfter(std::u16string_view text, size_t from, size_t limit, size_t count)
{
    std::vector<Token> out;
    size_t i = from;
    while (i < limit && out.size() < count) {
        if (isBlank(text[i])) {
            ++i;
            continue;
        }
        if (text[i] == u'\n')
            break;
        size_t j = i + 1;
        if (isWordChar(text[i])) {
            while (j < limit && isWordChar(text[j]))
                ++j;
        }
        out.push_back(tokenAt(text, i, j));
        i = j;
    }
    return out;
}

// Up to `count` tokens of text[limit, from), backward (the nearest first); a line break ends them.
std::vector<Token> tokensBefore(std::u16string_view text, size_t from, size_t limit, size_t count)
{
    std::vector<Token> out;
    size_t i = from;
    while (i > limit && out.size() < count) {
        if (isBlank(text[i - 1])) {
            --i;
            continue;
        }
        if (text[i - 1] == u'\n')
            break;
        size_t j = i - 1;
        if (isWordChar(text[j])) {
            while (j > limit && isWordChar(text[j - 1]))
                --j;
        }
        out.push_back(tokenAt(text, j, i));
        i = j;
    }
    return out;
}

bool in(std::u16string_view w, std::initializer_list<std::u16string_view> list)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

bool isPossessive(std::u16string_view w)
{
    return w.ends_with(u"'s") || w.ends_with(u"s'");
}

// The head nouns of a company's description ("the bakery chain", "a start-up", "battery maker").
bool isCompanyNoun(std::u16string_view w)
{
    static constexpr std::u16string_view kNouns[] = {
        u"company",     u"firm",         u"maker",        u"carmaker", u"automaker", u"drugmaker",
        u"chipmaker",   u"start-up",     u"startup",      u"group",    u"chain",     u"retailer",
        u"insurer",     u"reinsurer",    u"bank",         u"lender",   u"broker",    u"carrier",
        u"airline",     u"developer",    u"brand",        u"supplier", u"operator",  u"publisher",
        u"broadcaster", u"conglomerate", u"manufacturer", u"producer", u"bakery",    u"giant",
        u"subsidiary",  u"arm",          u"utility",      u"charity",  u"fintech",   u"multinational",
        u"distributor", u"wholesaler",   u"supermarket",  u"platform", u"streamer",  u"provider",
        u"builder",     u"shipyard",     u"shipbuilder",  u"outfit",   u"label",     u"consultancy"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// A company noun right before a name ("battery maker Calder", "the charity X"). A noun that is also a person's trade
// counts after an article or a hyphenated adjective only ("the broker X", "the Hamburg-based broker X"; not
// "said broker Shakil Rizvi"), and a producer or builder never does.
bool isCompanyNounBefore(const std::vector<Token> &before, size_t prevEnd)
{
    const std::u16string_view w = before[0].lower;
    const bool band = in(w, {u"band", u"duo", u"trio", u"quartet", u"quintet", u"orchestra", u"choir"});
    if ((!isCompanyNoun(w) && !band) || in(w, {u"producer", u"builder"}))
        return false;
    if (!band
        && !in(w,
               {u"broker", u"developer", u"publisher", u"label", u"arm", u"platform", u"provider", u"outfit", u"brand",
                u"streamer"}))
        return true;
    return before.size() > 1
        && (in(before[1].lower, {u"the", u"a", u"an"}) || before[1].lower.find(u'-') != std::u16string::npos
            || before[1].start < prevEnd);
}

// What a product is ("the Euclid telescope", "X, a drug for …").
bool isProductNoun(std::u16string_view w)
{
    return in(w,
              {u"telescope", u"rocket", u"spacecraft", u"satellite", u"probe", u"app", u"drug", u"pill", u"vaccine",
               u"jab", u"injection", u"chatbot", u"smartphone", u"console", u"medicine", u"treatment", u"mission",
               u"game", u"software"});
}

// What a person is, as an appositive's head ("X, a lecturer at …", "X, the firm's founder").
bool isPersonNoun(std::u16string_view w)
{
    if (in(w, {u"man",        u"woman",     u"boy",         u"girl",         u"mother",    u"father",    u"son",
               u"daughter",   u"wife",      u"husband",     u"brother",      u"sister",    u"director",  u"founder",
               u"co-founder", u"lawyer",    u"lecturer",    u"minister",     u"president", u"executive", u"chairman",
               u"chairwoman", u"spokesman", u"spokeswoman", u"spokesperson", u"manager",   u"player",    u"coach",
               u"singer",     u"actor",     u"actress",     u"writer",       u"author",    u"professor", u"researcher",
               u"astronomer", u"doctor",    u"nurse",       u"teacher",      u"student",   u"official",  u"officer",
               u"senator",    u"leader",    u"resident",    u"farmer",       u"owner",     u"worker",    u"captain",
               u"partner",    u"head",      u"chief",       u"boss",         u"engineer",  u"designer",  u"member",
               u"veteran",    u"mayor",     u"governor"}))
        return true;
    return w.ends_with(u"ist") || w.ends_with(u"ian");
}

// After "X's": a company's people, shares and customers.
bool isCompanyPossession(const std::vector<Token> &after, size_t i)
{
    if (i >= after.size())
        return false;
    const std::u16string_view w = after[i].lower;
    if (w == u"chief")
        return i + 1 < after.size()
            && in(after[i + 1].lower, {u"executive", u"financial", u"operating", u"technology", u"commercial"});
    return in(w,
              {u"shares",     u"stock",   u"shareholders", u"investors", u"customers", u"board",      u"ceo",
               u"cfo",        u"founder", u"co-founder",   u"cofounder", u"chairman",  u"chairwoman", u"headquarters",
               u"subsidiary", u"revenue", u"revenues",     u"profits",   u"earnings",  u"employees",  u"stores"});
}

// The word after an appositive's head noun: punctuation, a preposition or a participle ("the bakery chain founded
// on Tyneside", "a start-up in Leeds"), not a noun ("a bank manager") nor a verb ("…, and Low Tide, the band
// split").
bool endsNounPhrase(const std::vector<Token> &after, size_t k)
{
    if (k >= after.size() || !after[k].word)
        return true;
    const std::u16string_view w = after[k].lower;
    return w.ends_with(u"ed")
        || in(w, {u"of",    u"in",     u"at",   u"on",   u"for",   u"from", u"with", u"that",  u"which",
                  u"whose", u"who",    u"and",  u"to",   u"by",    u"once", u"now",  u"known", u"run",
                  u"set",   u"behind", u"best", u"spun", u"built", u"made", u"led",  u"until"});
}

bool isPersonPronoun(std::u16string_view w)
{
    return in(w, {u"he", u"she", u"his", u"her", u"him", u"himself", u"herself", u"hers"});
}

bool isThingPronoun(std::u16string_view w)
{
    return in(w, {u"its", u"itself"}) || (w == u"it");
}

// Ends the clause the first pronoun after a name is looked for in.
bool endsClause(const Token &t)
{
    return !t.word
        ? in(t.lower, {u".", u";", u":", u"!", u"?", u"\"", u"\u201C", u"\u201D", u"(", u")", u"\u2014", u","})
        : in(t.lower, {u"they", u"their", u"them", u"we", u"our", u"i", u"you", u"who", u"whose"});
}

bool isNumber(std::u16string_view w)
{
    return !w.empty() && w.size() <= 3
        && std::all_of(w.begin(), w.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

// A name written as an adjective ("Swedish", "Paris-based", "France-registered", "Israeli"): "shares of X" and
// "X, the ..." are about the noun after it.
bool looksAdjectival(std::u16string_view w)
{
    if (w.find(u'-') != std::u16string_view::npos)
        return true;
    for (std::u16string_view end : {u"ish", u"ese", u"ian", u"an", u"ic", u"i", u"ite"}) {
        if (w.size() > end.size() + 2 && w.ends_with(end))
            return true;
    }
    return in(w, {u"dutch", u"french", u"swiss", u"thai", u"greek"});
}

// Folded first names (gazetteers/first-names.txt), read once; empty when the file is absent.
const std::unordered_set<std::u16string> &firstNames()
{
    static const std::unordered_set<std::u16string> names = [] {
        std::unordered_set<std::u16string> out;
        if (const auto path = findDataFile("gazetteers/first-names.txt")) {
            if (const auto text = readDataFile(*path))
                forEachDataLine(*text, [&](std::string_view line) { out.insert(foldForMatching(utf8ToUtf16(line))); });
        }
        return out;
    }();
    return names;
}

constexpr size_t kAfter = 16, kBefore = 3, kAppositiveWords = 6;

} // namespace

CueCounts MentionCues::cuesOf(size_t item, bool modifier) const
{
    CueCounts c;
    const std::u16string_view text = m_s.text;
    const Item &it = m_s.items[item];
    const auto start = static_cast<size_t>(it.range.start), end = static_cast<size_t>(it.range.end);
    const size_t prevEnd = item > 0 ? static_cast<size_t>(m_s.items[item - 1].range.end) : 0;
    // After it, the words of other names are read too ("X, the Paris-based maker"), marked so none counts as a cue.
    std::vector<Token> after = tokensAfter(text, end, text.size(), kAfter);
    for (size_t k = 0, j = item + 1; k < after.size(); ++k) {
        while (j < m_s.items.size() && static_cast<size_t>(m_s.items[j].range.end) <= after[k].start)
            ++j;
        after[k].inName = j < m_s.items.size() && static_cast<size_t>(m_s.items[j].range.start) <= after[k].start;
    }
    // Before it, words of a name are no cue words, but may be the adjective before one ("the Hamburg-based broker").
    std::vector<Token> before = tokensBefore(text, start, 0, kBefore);
    if (!before.empty() && before[0].start < prevEnd)
        before.clear();
    const std::vector<Token> inside = tokensAfter(text, start, end, 2);

    // A possessive: "Calder's" as the mention, or "'s" right after it.
    bool possessive = !inside.empty() && isPossessive(inside.back().lower);
    size_t a = 0;
    if (!after.empty() && (after[0].lower == u"'s" || after[0].lower == u"'")) {
        possessive = true;
        a = 1;
    }

    // Before: a title or a company noun; "shares in", "chief executive of".
    const TypeCues &cues = TypeCues::shipped();
    if (!inside.empty() && inside.size() > 1 && cues.isPersonTitle(inside[0].lower))
        ++c.person;
    if (!before.empty()) {
        const std::u16string_view b1 = before[0].lower;
        const bool dotted = b1 == u"." && before.size() > 1 && before[1].lower.size() <= 4;
        if (before[0].word && cues.isPersonTitle(b1))
            ++c.person;
        else if (dotted && cues.isPersonTitle(before[1].lower))
            ++c.person;
        else if (before[0].word && isCompanyNounBefore(before, prevEnd))
            ++c.organisation;
        else if (before.size() > 1 && in(b1, {u"in", u"of"})
                 && in(before[1].lower,
                       {u"shares", u"stake", u"executive", u"ceo", u"chairman", u"chairwoman", u"founder",
                        u"co-founder", u"shareholders", u"subsidiary", u"customers"}))
            ++c.organisation;
    }

    if (possessive) {
        if (isCompanyPossession(after, a))
            ++c.organisation;
        return c; // "Calder's chief executive said he": the pronoun is someone else's
    }
    if (a < after.size() && after[a].inName)
        return c; // another name right after it
    if (!modifier && a < after.size() && after[a].word && (isCompanyNoun(after[a].lower) || after[a].lower == u"shares")
        && !(a + 1 < after.size() && isPossessive(after[a + 1].lower)) && !isPossessive(after[a].lower))
        ++c.organisation; // "the Iliad group", "a Disney brand", "Greggs shares"
    else if (!modifier && a < after.size() && after[a].word && isProductNoun(after[a].lower))
        ++c.product;
    if (a < after.size() && after[a].lower == u"who")
        ++c.person;
    if (a < after.size() && after[a].lower == u"which")
        ++c.nonPerson;

    size_t scan = a; // where the first pronoun is looked for
    if (a < after.size() && after[a].lower == u",") {
        // An appositive: an age, who/which, or a description whose head says what the name is.
        const size_t b = a + 1;
        if (b < after.size() && isNumber(after[b].lower) && b + 1 < after.size() && !after[b + 1].word)
            ++c.person;
        else if (b < after.size() && after[b].lower == u"who")
            ++c.person;
        else if (b < after.size() && after[b].lower == u"which")
            ++c.nonPerson;
        else if (b < after.size() && after[b].lower == u"whose") {
            // "X, whose shares fell", "X, whose travel arm runs …"
            for (size_t k = b + 1; k < after.size() && k <= b + 2 && after[k].word; ++k) {
                if (isCompanyPossession(after, k) || in(after[k].lower, {u"arm", u"parent", u"owner"})) {
                    ++c.organisation;
                    break;
                }
            }
        } else if (b < after.size() && (in(after[b].lower, {u"the", u"a", u"an"}) || isPossessive(after[b].lower))) {
            for (size_t k = b + 1; k < after.size() && k <= b + kAppositiveWords; ++k) {
                const Token &t = after[k];
                if (t.inName && t.word)
                    continue; // "the Paris-based maker", "Finland's grid operator"
                if (!t.word
                    || in(t.lower,
                          {u"of", u"in", u"at", u"on", u"for", u"from", u"with", u"that", u"which", u"who", u"whose",
                           u"and", u"or", u"to", u"by"}))
                    break;
                if (isPossessive(t.lower))
                    continue; // "the firm's founder": its head comes later
                if (!endsNounPhrase(after, k + 1))
                    continue; // "a bank manager", "the bakery chain"
                if (isCompanyNoun(t.lower)) {
                    ++c.organisation;
                    break;
                }
                if (isProductNoun(t.lower)) {
                    ++c.product;
                    break;
                }
                if (isPersonNoun(t.lower) && !isCompanyNoun(t.lower)) {
                    ++c.person;
                    break;
                }
            }
        }
        // The pronoun after an appositive belongs to the name: skip to its closing comma.
        size_t k = a + 1;
        while (k < after.size() && after[k].lower != u"," && !endsClause(after[k]))
            ++k;
        scan = k < after.size() && after[k].lower == u"," ? k + 1 : after.size();
    }
    for (size_t k = scan; k < after.size(); ++k) {
        const Token &t = after[k];
        if (isPersonPronoun(t.lower)) {
            ++c.person;
            break;
        }
        if (isThingPronoun(t.lower)) {
            ++c.nonPerson;
            break;
        }
        if (endsClause(t) || t.inName)
            break;
    }
    return c;
}

bool MentionCues::isFirstName(const std::u16string &folded)
{
    return firstNames().contains(folded);
}

EntityType MentionCues::revote(const std::vector<size_t> &items, EntityType voted) const
{
    if (voted != EntityType::Person && voted != EntityType::Other && voted != EntityType::Place)
        return voted;
    bool firstName = false;                    // a one-word name that is a first name too ("Wren", "Calder")
    std::vector<size_t> seenGroups, seenForms; // an entity has few names, which a book repeats thousands of times
    auto seen = [](std::vector<size_t> &v, size_t x) {
        if (std::find(v.begin(), v.end(), x) != v.end())
            return true;
        v.push_back(x);
        return false;
    };
    for (size_t i : items) {
        const Item &it = m_s.items[i];
        if (it.namesOrganisation || it.evidence == MentionEvidence::Structure)
            return voted;
        if (voted == EntityType::Other && !seen(seenForms, it.form) && looksAdjectival(m_s.forms[it.form].key))
            return voted;
        if (seen(seenGroups, it.group))
            continue;
        const KeyGroup &g = m_s.groups[it.group];
        const std::vector<std::u16string_view> tokens = splitWords(g.key);
        if (tokens.empty() || (tokens.size() > 1 && firstNames().contains(std::u16string(tokens.front()))))
            return voted; // a person's full name ("Eri Kaneko"), unlike "Kestrel Nine" or "Versus Arthritis"
        firstName = firstName || (tokens.size() == 1 && firstNames().contains(g.key));
    }
    CueCounts sum;
    for (size_t i : items) {
        // A noun after a place, or after an "other" name of several words, is what the name modifies ("a Dublin
        // label", "their World Cup group"); after a one-word "other" it says what the name is ("the Iliad group").
        const bool modifier =
            voted == EntityType::Place || (voted == EntityType::Other && m_s.groups[m_s.items[i].group].tokenCount > 1);
        const CueCounts c = cuesOf(i, modifier);
        if (c.person > 0)
            return voted; // one person cue decides (decide()): a book's "David" is not read 1,000 times
        sum.person += c.person;
        sum.nonPerson += c.nonPerson;
        sum.organisation += c.organisation;
        sum.product += c.product;
    }
    return decide(sum, voted, firstName);
}

EntityType MentionCues::decide(const CueCounts &sum, EntityType voted, bool firstName)
{
    if (sum.person > 0)
        return voted;
    const int needed = voted == EntityType::Place || firstName ? 2 : 1;
    if (sum.organisation >= needed && sum.organisation >= sum.product)
        return EntityType::Organization;
    if (voted == EntityType::Person && sum.product > sum.organisation)
        return EntityType::Other;
    return voted;
}

} // namespace lede::core::grouping
