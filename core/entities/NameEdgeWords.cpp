// NameEdgeWords: NameEdges' word lists and word tests (see NameEdgeWords.h).
#include "entities/NameEdgeWords.h"

#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace lede::core::edges {

namespace {

// Particles that lead a name in lower case ("de Gaulle", "van der Merwe", "al-Assad", "bin Salman").
constexpr std::array<std::u16string_view, 21> kLeadingParticles = {
    u"al",  u"bin", u"ben", u"da",  u"das", u"de", u"del", u"della", u"den", u"der", u"di",
    u"dos", u"du",  u"el",  u"ibn", u"la",  u"le", u"ten", u"ter",   u"van", u"von"};

// Lower-case words that belong inside a name ("Bank of Halden", "Trinidad and Tobago", "the LORD thy God"): any
// other lower-case word inside a tagged name is taken for a verb or a noun the tagger ran across (rule 5).
constexpr std::array<std::u16string_view, 22> kNameInnerWords = {
    u"a",  u"an", u"and", u"at",  u"by",    u"for", u"from", u"her", u"his",  u"in",   u"its",
    u"my", u"of", u"on",  u"our", u"their", u"the", u"thy",  u"to",  u"upon", u"with", u"your"};

// Titles that styles make part of a name ("Pope Innocent II", "Prince William", "Sir Alex"), unlike an office or
// an honorific ("President", "Ms", "Bishop"). Compared folded to lower case.
constexpr std::array<std::u16string_view, 9> kStyles = {u"dame",   u"king",     u"lady",  u"lord", u"pope",
                                                        u"prince", u"princess", u"queen", u"sir"};

} // namespace

bool isLowerCaseWord(std::u16string_view w)
{
    const auto len = static_cast<int32_t>(w.size());
    int32_t i = 0;
    bool lower = false;
    while (i < len) {
        UChar32 c;
        U16_NEXT(w.data(), i, len, c);
        if (c < 0x80) { // ICU's classes there, without the calls
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                return false;
            lower = lower || (c >= 'a' && c <= 'z');
            continue;
        }
        if (u_isupper(c) || u_istitle(c) || u_isdigit(c))
            return false;
        lower = lower || u_islower(c);
    }
    return lower;
}

bool isLeadingParticle(std::u16string_view w)
{
    return std::find(kLeadingParticles.begin(), kLeadingParticles.end(), w) != kLeadingParticles.end();
}

bool isPossessiveClitic(std::u16string_view w)
{
    return w.size() == 2 && (w[0] == u'\'' || w[0] == u'\u2019') && (w[1] == u's' || w[1] == u'S');
}

bool isNameInnerWord(std::u16string_view w)
{
    return isLeadingParticle(w)
        || std::find(kNameInnerWords.begin(), kNameInnerWords.end(), w) != kNameInnerWords.end();
}

bool isStyle(std::u16string_view w)
{
    std::u16string folded;
    for (char16_t c : w)
        folded.push_back(c < 0x80 ? static_cast<char16_t>(std::tolower(c)) : c);
    return std::find(kStyles.begin(), kStyles.end(), folded) != kStyles.end();
}

// A person's title, or titles joined by hyphens ("Lieutenant-Colonel").
bool isTitleWord(std::u16string_view w, const TypeCues &cues)
{
    if (w.empty())
        return false;
    size_t from = 0;
    while (from <= w.size()) {
        const size_t dash = std::min(w.find(u'-', from), w.size());
        if (dash == from || !cues.isPersonTitle(w.substr(from, dash - from)))
            return false;
        from = dash + 1;
    }
    return true;
}

void foldLowerInto(std::u16string_view w, std::u16string &out)
{
    out.clear();
    const auto len = static_cast<int32_t>(w.size());
    int32_t i = 0;
    while (i < len) {
        UChar32 c;
        U16_NEXT(w.data(), i, len, c);
        c = toLower(c);
        if (U_IS_BMP(c)) {
            out.push_back(static_cast<char16_t>(c));
        } else {
            out.push_back(U16_LEAD(c));
            out.push_back(U16_TRAIL(c));
        }
    }
}

std::u16string foldLower(std::u16string_view w)
{
    std::u16string out;
    foldLowerInto(w, out);
    return out;
}

} // namespace lede::core::edges
