// EntityNaming: canonical name spelling (see EntityNaming.h).
#include "entities/EntityNaming.h"

#include <unordered_map>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace lede::core {

namespace {

std::u16string titleCase(std::u16string_view word)
{
    icu::UnicodeString s(word.data(), static_cast<int32_t>(word.size()));
    s.toTitle(nullptr, icu::Locale::getRoot());
    return std::u16string(s.getBuffer(), static_cast<size_t>(s.length()));
}

std::u16string foldCase(std::u16string_view word)
{
    icu::UnicodeString s(word.data(), static_cast<int32_t>(word.size()));
    s.toLower(icu::Locale::getRoot());
    return std::u16string(s.getBuffer(), static_cast<size_t>(s.length()));
}

int letterCount(std::u16string_view s)
{
    int n = 0;
    const auto len = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < len) {
        UChar32 c;
        U16_NEXT(s.data(), i, len, c);
        if (u_isalpha(c))
            ++n;
    }
    return n;
}

// Capitals that are part of how a word is written: "BBC", "USB-C", "AT&T", "G7".
bool keepsCapitals(std::u16string_view word)
{
    const int letters = letterCount(word);
    return letters <= 3 || (letters <= 5 && static_cast<size_t>(letters) < word.size());
}

// ALL CAPS that reads as a headline's shouting rather than an acronym: several words ("UNITED STATES"),
// or one long word ("LEICESTERSHIRE"). "NATO", "IKEA" and "USB-C" are written that way.
bool isShouting(const NameForm &f)
{
    return f.allCaps && (splitWords(f.clean).size() > 1 || letterCount(f.clean) > 6);
}

// Mixed Case over ALL CAPS over lower case.
int casingScore(const NameForm &f)
{
    return f.hasLower ? (f.allCaps ? 0 : 2) : (f.allCaps ? 1 : 0);
}

// Short words a shouted name spells in capitals that are words, not acronyms: the joining words of names
// ("BANK OF ENGLAND", "RIO DE JANEIRO"), lower case inside the name, and the few short words that open place
// and company names ("NEW YORK", "SAN DIEGO", "AIR INDIA"), title-cased. Other words of up to three
// letters stay in capitals ("BBC NEWS", "US OPEN").
enum class ShortWord : uint8_t { Acronym, Joining, Opening };

ShortWord shortWordKind(std::u16string_view word)
{
    static const std::u16string_view joining[] = {u"a",   u"am",  u"an", u"and", u"at", u"da",  u"de",  u"del",
                                                  u"der", u"des", u"di", u"du",  u"el", u"for", u"in",  u"la",
                                                  u"le",  u"of",  u"on", u"the", u"to", u"van", u"von", u"y"};
    static const std::u16string_view opening[] = {u"air", u"big", u"las", u"los", u"new", u"old",
                                                  u"red", u"rio", u"san", u"sea", u"st",  u"sun"};
    if (word.size() > 3)
        return ShortWord::Acronym;
    const std::u16string lower = foldCase(word);
    for (auto w : joining) {
        if (w == lower)
            return ShortWord::Joining;
    }
    for (auto w : opening) {
        if (w == lower)
            return ShortWord::Opening;
    }
    return ShortWord::Acronym;
}

// A headline's "VLADIMIR PUTIN" written the way the article writes its words ("Putin"), other words
// title-cased; short acronyms inside ("US OPEN") stay.
std::u16string recase(std::u16string_view caps, const std::vector<Spelling> &spellings)
{
    std::unordered_map<std::u16string, std::u16string_view> written;
    for (const Spelling &s : spellings) {
        if (!s.form->hasLower)
            continue;
        for (auto w : splitWords(s.form->clean))
            written.try_emplace(foldForMatching(w), w);
    }
    std::u16string out;
    for (auto w : splitWords(caps)) {
        if (!out.empty())
            out.push_back(u' ');
        const ShortWord kind = shortWordKind(w);
        if (auto it = written.find(foldForMatching(w)); it != written.end())
            out.append(it->second);
        else if (kind == ShortWord::Joining && !out.empty())
            out.append(foldCase(w));
        else if (kind == ShortWord::Acronym && keepsCapitals(w))
            out.append(w);
        else
            out.append(titleCase(w));
    }
    return out;
}

} // namespace

bool startsSentence(std::u16string_view text, int32_t pos)
{
    while (pos > 0 && static_cast<size_t>(pos) <= text.size()) {
        const char16_t c = text[static_cast<size_t>(pos - 1)];
        if (c == u'\n' || c == u'\r' || c == u'.' || c == u'!' || c == u'?')
            return true;
        if (c != u' ' && c != u'\t' && c != u'"' && c != 0x201C && c != u'(' && c != 0x2018 && c != u'\'')
            return false;
        --pos;
    }
    return true;
}

std::u16string spellCanonicalName(const std::vector<Spelling> &spellings)
{
    std::unordered_map<const NameForm *, int> uses;
    const NameForm *best = nullptr;
    // A capital "The" is part of the name when the article writes it mid-sentence and never drops it
    // ("The Guardian"); at the start of a sentence it says nothing.
    int theInside = 0, theDropped = 0;
    for (const Spelling &s : spellings) {
        if (!s.fullest)
            continue;
        if (!s.form->leadingThe)
            ++theDropped;
        else if (!s.sentenceInitial)
            ++theInside;
        const int n = ++uses[s.form];
        if (!best || casingScore(*s.form) > casingScore(*best)
            || (casingScore(*s.form) == casingScore(*best) && n > uses[best]))
            best = s.form;
    }
    if (!best)
        return {};
    std::u16string name = best->clean;
    if (isShouting(*best))
        name = recase(best->clean, spellings);
    if (theInside > 0 && theDropped == 0)
        name.insert(0, u"The ");
    return name;
}

} // namespace lede::core
