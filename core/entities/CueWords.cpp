// CueWords: the cue words MentionCues and UntaggedNames read around a name (see CueWords.h).
#include "entities/CueWords.h"

#include "common/DataFile.h"
#include "common/DataPaths.h"
#include "common/Utf.h"
#include "entities/NameKey.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_set>

namespace lede::core::cues {

namespace {

bool isWordChar(char16_t c)
{
    return u_isalnum(c) || c == u'\'' || c == 0x2019 || c == u'-' || (c >= 0xD800 && c <= 0xDFFF);
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F || c == u'\r';
}

CueToken tokenAt(std::u16string_view text, size_t begin, size_t end)
{
    CueToken t;
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

} // namespace

// Up to `count` tokens of text[from, limit), forward; a line break ends them.
std::vector<CueToken> tokensAfter(std::u16string_view text, size_t from, size_t limit, size_t count)
{
    std::vector<CueToken> out;
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
std::vector<CueToken> tokensBefore(std::u16string_view text, size_t from, size_t limit, size_t count)
{
    std::vector<CueToken> out;
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

bool inList(std::u16string_view w, std::initializer_list<std::u16string_view> list)
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
        u"company", u"firm", u"maker", u"carmaker", u"automaker", u"drugmaker", u"chipmaker", u"start-up", u"startup",
        u"group", u"chain", u"retailer", u"insurer", u"reinsurer", u"bank", u"lender", u"broker", u"carrier",
        u"airline", u"developer", u"brand", u"supplier", u"operator", u"publisher", u"broadcaster", u"conglomerate",
        u"manufacturer", u"producer", u"bakery", u"giant", u"subsidiary", u"arm", u"utility", u"charity", u"fintech",
        u"multinational", u"distributor", u"wholesaler", u"supermarket", u"platform", u"streamer", u"provider",
        u"builder", u"shipyard", u"shipbuilder", u"outfit", u"label", u"consultancy", u"forwarder",
        // an outlet ("the Dutch daily X", "X, the tabloid"; CoNLL-2003 dev 93.81 -> 93.84, the other dev sets unchanged)
        u"daily", u"newspaper", u"tabloid", u"weekly", u"agency"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// A company noun right before a name ("battery maker Calder", "the charity X"). A noun that is also a person's trade
// counts after an article or a hyphenated adjective only ("the broker X", "the Hamburg-based broker X"; not
// "said broker Shakil Rizvi"), and a producer or builder never does.
bool isCompanyNounBefore(const std::vector<CueToken> &before, size_t prevEnd)
{
    const std::u16string_view w = before[0].lower;
    const bool band = inList(w, {u"band", u"duo", u"trio", u"quartet", u"quintet", u"orchestra", u"choir"});
    if ((!isCompanyNoun(w) && !band) || inList(w, {u"producer", u"builder"}))
        return false;
    if (!band
        && !inList(w,
                   {u"broker", u"developer", u"publisher", u"label", u"arm", u"platform", u"provider", u"outfit",
                    u"brand", u"streamer"}))
        return true;
    return before.size() > 1
        && (inList(before[1].lower, {u"the", u"a", u"an"}) || before[1].lower.find(u'-') != std::u16string::npos
            || before[1].start < prevEnd);
}

// What a product is ("the Euclid telescope", "X, a drug for …").
bool isProductNoun(std::u16string_view w)
{
    return inList(w,
                  {u"telescope", u"rocket", u"spacecraft", u"satellite", u"probe", u"app", u"drug", u"pill", u"vaccine",
                   u"jab", u"injection", u"chatbot", u"smartphone", u"console", u"medicine", u"treatment", u"mission",
                   u"game", u"software"});
}

// What a person is, as an appositive's head ("X, a lecturer at …", "X, the firm's founder").
bool isPersonNoun(std::u16string_view w)
{
    if (inList(w,
               {u"man",        u"woman",     u"boy",         u"girl",         u"mother",    u"father",    u"son",
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
bool isCompanyPossession(const std::vector<CueToken> &after, size_t i)
{
    if (i >= after.size())
        return false;
    const std::u16string_view w = after[i].lower;
    if (w == u"chief")
        return i + 1 < after.size()
            && inList(after[i + 1].lower, {u"executive", u"financial", u"operating", u"technology", u"commercial"});
    return inList(w, {u"shares",     u"stock",        u"shareholders", u"investors",  u"customers", u"board",
                      u"ceo",        u"cfo",          u"founder",      u"co-founder", u"cofounder", u"chairman",
                      u"chairwoman", u"headquarters", u"subsidiary",   u"revenue",    u"revenues",  u"profits",
                      u"earnings",   u"employees",    u"stores"});
}

// The word after an appositive's head noun: punctuation, a preposition or a participle ("the bakery chain founded
// on Tyneside", "a start-up in Leeds"), not a noun ("a bank manager") nor a verb ("…, and Low Tide, the band
// split").
bool endsNounPhrase(const std::vector<CueToken> &after, size_t k)
{
    if (k >= after.size() || !after[k].word)
        return true;
    const std::u16string_view w = after[k].lower;
    return w.ends_with(u"ed")
        || inList(w, {u"of",    u"in",     u"at",   u"on",   u"for",   u"from", u"with", u"that",  u"which",
                      u"whose", u"who",    u"and",  u"to",   u"by",    u"once", u"now",  u"known", u"run",
                      u"set",   u"behind", u"best", u"spun", u"built", u"made", u"led",  u"until"});
}

bool isPersonPronoun(std::u16string_view w)
{
    return inList(w, {u"he", u"she", u"his", u"her", u"him", u"himself", u"herself", u"hers"});
}

bool isThingPronoun(std::u16string_view w)
{
    return inList(w, {u"its", u"itself"}) || (w == u"it");
}

// Ends the clause the first pronoun after a name is looked for in.
bool endsClause(const CueToken &t)
{
    return !t.word
        ? inList(t.lower, {u".", u";", u":", u"!", u"?", u"\"", u"\u201C", u"\u201D", u"(", u")", u"\u2014", u","})
        : inList(t.lower, {u"they", u"their", u"them", u"we", u"our", u"i", u"you", u"who", u"whose"});
}

bool isNumber(std::u16string_view w)
{
    return !w.empty() && w.size() <= 3
        && std::all_of(w.begin(), w.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

bool holdsCompanyBefore(const std::vector<CueToken> &before)
{
    return before.size() > 1 && inList(before[0].lower, {u"in", u"of"})
        && inList(before[1].lower,
                  {u"shares", u"stake", u"executive", u"ceo", u"chairman", u"chairwoman", u"founder", u"co-founder",
                   u"shareholders", u"subsidiary", u"customers"});
}

AppositiveHead appositiveHead(const std::vector<CueToken> &after, size_t b)
{
    if (b >= after.size() || !(inList(after[b].lower, {u"the", u"a", u"an"}) || isPossessive(after[b].lower)))
        return AppositiveHead::None;
    for (size_t k = b + 1; k < after.size() && k <= b + kAppositiveWords; ++k) {
        const CueToken &t = after[k];
        if (t.inName && t.word)
            continue; // "the Paris-based maker", "Finland's grid operator"
        if (!t.word
            || inList(t.lower,
                      {u"of", u"in", u"at", u"on", u"for", u"from", u"with", u"that", u"which", u"who", u"whose",
                       u"and", u"or", u"to", u"by"}))
            break;
        if (isPossessive(t.lower))
            continue; // "the firm's founder": its head comes later
        if (!endsNounPhrase(after, k + 1))
            continue; // "a bank manager", "the bakery chain"
        if (isCompanyNoun(t.lower))
            return AppositiveHead::Company;
        if (isProductNoun(t.lower))
            return AppositiveHead::Product;
        if (isPersonNoun(t.lower))
            return AppositiveHead::Person;
    }
    return AppositiveHead::None;
}

bool isFirstName(const std::u16string &folded)
{
    return firstNames().contains(folded);
}

} // namespace lede::core::cues
