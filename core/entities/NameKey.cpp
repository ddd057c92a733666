// NameKey: folding and name analysis for matching mentions (see NameKey.h).
#include "entities/NameKey.h"

#include <algorithm>
#include <iterator>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace lede::core {

namespace {

bool isApostrophe(UChar32 c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4 || c == u'`';
}

bool isDash(UChar32 c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

bool isSpace(UChar32 c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || (c > 0x7F && u_isUWhiteSpace(c));
}

// Letters that NFD does not decompose but readers treat as their base letter.
const char16_t *strokeLetter(UChar32 c)
{
    switch (c) {
    case 0x00F8: case 0x00D8: return u"o";  // ø
    case 0x0142: case 0x0141: return u"l";  // ł
    case 0x0111: case 0x0110: return u"d";  // đ
    case 0x0127: case 0x0126: return u"h";  // ħ
    case 0x0131: return u"i";               // dotless ı
    case 0x00E6: case 0x00C6: return u"ae"; // æ
    case 0x0153: case 0x0152: return u"oe"; // œ
    case 0x00DF: case 0x1E9E: return u"ss"; // ß
    case 0x00FE: case 0x00DE: return u"th"; // þ
    case 0x00F0: case 0x00D0: return u"d";  // ð
    default: return nullptr;
    }
}

bool isAscii(std::u16string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char16_t c) { return c < 0x80; });
}

void appendFolded(std::u16string &out, UChar32 c)
{
    if (isApostrophe(c) || c == u'.' || c == 0x201C || c == 0x201D || c == u'"')
        return;
    if (isSpace(c)) {
        if (!out.empty() && out.back() != u' ')
            out.push_back(u' ');
        return;
    }
    if (isDash(c)) {
        out.push_back(u'-');
        return;
    }
    if (c < 0x80) {
        out.push_back(static_cast<char16_t>(c >= u'A' && c <= u'Z' ? c + 32 : c));
        return;
    }
    if (u_charType(c) == U_NON_SPACING_MARK)
        return;
    if (const char16_t *s = strokeLetter(c)) {
        out.append(s);
        return;
    }
    const UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    if (f <= 0xFFFF) {
        out.push_back(static_cast<char16_t>(f));
    } else {
        out.push_back(static_cast<char16_t>(U16_LEAD(f)));
        out.push_back(static_cast<char16_t>(U16_TRAIL(f)));
    }
}

template<typename Pred>
std::u16string_view trimBoth(std::u16string_view s, Pred lead, Pred trail)
{
    while (!s.empty() && lead(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && trail(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isOpening(char16_t c)
{
    return isSpace(c) || c == u'"' || c == u'(' || c == u'[' || c == u'{' || c == 0x201C || c == 0x00AB
        || c == u'\'' || c == 0x2018 || c == 0x2019 || c == u'*' || c == u'#' || c == u'@' || isDash(c);
}

bool isClosing(char16_t c)
{
    return isSpace(c) || c == u'"' || c == u')' || c == u']' || c == u'}' || c == 0x201D || c == 0x00BB
        || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'*' || isDash(c);
}

// Folded (dots removed) tokens stripped from the front of a person's name.
constexpr std::u16string_view kTitles[] = {
    u"mr", u"mrs", u"ms", u"miss", u"mx", u"dr", u"prof", u"professor", u"sir", u"dame", u"lord", u"lady",
    u"president", u"president-elect", u"vice", u"vice-president", u"prime", u"minister", u"chancellor",
    u"senator", u"sen", u"rep", u"representative", u"congressman", u"congresswoman", u"gov", u"governor",
    u"mayor", u"gen", u"general", u"lt", u"col", u"colonel", u"capt", u"captain", u"sgt", u"sergeant", u"adm",
    u"admiral", u"maj", u"major", u"cmdr", u"commander", u"judge", u"justice", u"secretary",
    u"secretary-general", u"ambassador", u"rev", u"reverend", u"chairman", u"chairwoman", u"ceo", u"premier",
    u"commissioner", u"inspector", u"detective", u"officer", u"coach", u"deputy", u"foreign", u"defence",
    u"defense", u"interior", u"finance", u"former", u"acting", u"chief", u"attorney", u"of", u"state",
    u"spokesman",
};

bool isTitle(std::u16string_view foldedToken)
{
    return std::find(std::begin(kTitles), std::end(kTitles), foldedToken) != std::end(kTitles);
}

} // namespace

std::vector<std::u16string_view> splitWords(std::u16string_view s)
{
    std::vector<std::u16string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        const size_t b = i;
        while (i < s.size() && !isSpace(s[i]))
            ++i;
        if (i > b)
            out.push_back(s.substr(b, i - b));
    }
    return out;
}

std::u16string foldForMatching(std::u16string_view s)
{
    std::u16string out;
    out.reserve(s.size());
    if (isAscii(s)) {
        for (char16_t c : s)
            appendFolded(out, c);
    } else {
        // Decompose first so that accents become separate marks we can drop.
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
        icu::UnicodeString src(false, s.data(), static_cast<int32_t>(s.size()));
        icu::UnicodeString decomposed;
        if (U_SUCCESS(status))
            nfd->normalize(src, decomposed, status);
        if (U_FAILURE(status) || decomposed.isBogus())
            decomposed = src;
        const char16_t *p = decomposed.getBuffer();
        const int32_t n = decomposed.length();
        int32_t i = 0;
        while (i < n) {
            UChar32 c;
            U16_NEXT(p, i, n, c);
            appendFolded(out, c);
        }
    }
    while (!out.empty() && out.back() == u' ')
        out.pop_back();
    if (!out.empty() && out.front() == u' ')
        out.erase(0, 1);
    return out;
}

std::u16string_view stripPossessive(std::u16string_view s)
{
    const auto n = s.size();
    if (n >= 3 && isApostrophe(s[n - 2]) && (s[n - 1] == u's' || s[n - 1] == u'S'))
        return s.substr(0, n - 2);
    if (n >= 3 && isApostrophe(s[n - 1]) && (s[n - 2] == u's' || s[n - 2] == u'S'))
        return s.substr(0, n - 1);
    return s;
}

bool isAcronymSkippedWord(std::u16string_view t)
{
    return t == u"of" || t == u"the" || t == u"and" || t == u"for" || t == u"&" || t == u"de" || t == u"du"
        || t == u"des" || t == u"la" || t == u"le" || t == u"on" || t == u"in" || t == u"at" || t == u"to";
}

bool looksLikeAcronym(std::u16string_view clean)
{
    int letters = 0;
    const auto n = static_cast<int32_t>(clean.size());
    int32_t i = 0;
    while (i < n) {
        UChar32 c;
        U16_NEXT(clean.data(), i, n, c);
        if (u_isUUppercase(c))
            ++letters;
        else if (c != u'.')
            return false;
    }
    return letters >= 2 && letters <= 8;
}

NameForm analyseName(std::u16string_view surface, EntityType type)
{
    NameForm f;
    std::u16string_view s = surface;
    for (;;) {
        const auto before = s.size();
        s = trimBoth(s, isOpening, isClosing);
        s = stripPossessive(s);
        while (!s.empty() && isApostrophe(s.back()))
            s.remove_suffix(1);
        if (s.size() == before)
            break;
    }
    auto tokens = splitWords(s);
    if (tokens.size() > 1 && foldForMatching(tokens.front()) == u"the") {
        f.leadingThe = tokens.front().front() == u'T';
        tokens.erase(tokens.begin());
    }
    if (type == EntityType::Person) {
        while (tokens.size() > 1 && isTitle(foldForMatching(tokens.front())))
            tokens.erase(tokens.begin());
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i)
            f.clean.push_back(u' ');
        f.clean.append(tokens[i]);
    }
    f.key = foldForMatching(f.clean);
    for (auto t : splitWords(f.key))
        f.keyTokens.emplace_back(t);

    bool upper = false;
    const int32_t n = static_cast<int32_t>(f.clean.size());
    int32_t i = 0;
    while (i < n) {
        UChar32 c;
        U16_NEXT(f.clean.data(), i, n, c);
        if (u_isULowercase(c))
            f.hasLower = true;
        else if (u_isUUppercase(c))
            upper = true;
    }
    f.allCaps = upper && !f.hasLower;
    return f;
}

} // namespace lede::core
