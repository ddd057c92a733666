// BylineFinder: bylines and wire credits parsed over a sentence's tokens (see BylineFinder.h).
#include "entities/BylineFinder.h"

#include "entities/WordShape.h"

#include <algorithm>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace lede::core {

namespace {

template <size_t N> bool isOneOf(std::u16string_view w, const std::u16string_view (&list)[N])
{
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Small words inside a name: "Ludwig van Beethoven", "Ana de Armas".
bool isNameParticle(std::u16string_view w)
{
    static constexpr std::u16string_view kParticles[] = {u"van", u"von", u"de",  u"der", u"den", u"da", u"di",
                                                         u"du",  u"dos", u"das", u"del", u"la",  u"le", u"al",
                                                         u"bin", u"ibn", u"ter", u"ten", u"y"};
    return isOneOf(w, kParticles);
}

// Words that describe the writer's job: "Staff Writer", "Washington correspondent", "Reuters staff".
bool isRoleWord(std::u16string_view w)
{
    static constexpr std::u16string_view kRoles[] = {
        u"writer", u"reporter", u"correspondent", u"editor",  u"columnist",    u"contributor", u"staff",
        u"bureau", u"chief",    u"senior",        u"special", u"contributing", u"political",   u"foreign",
        u"critic", u"producer", u"photographer",  u"intern",  u"desk",         u"team",        u"newsroom",
        u"Writer", u"Reporter", u"Correspondent", u"Editor",  u"Columnist",    u"Contributor", u"Staff",
        u"Bureau", u"Chief",    u"Senior",        u"Special", u"Contributing", u"Political",   u"Foreign",
        u"Critic", u"Producer", u"Photographer",  u"Intern",  u"Desk",         u"Team",        u"Newsroom",
        u"WRITER", u"REPORTER", u"CORRESPONDENT", u"EDITOR",  u"STAFF"};
    return isOneOf(w, kRoles);
}

// Capitalised words that open a sentence or a phrase but never a person's name.
bool isCapitalisedFunctionWord(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {u"The", u"THE", u"A",   u"An",   u"Our",  u"OUR", u"Your",
                                                     u"His", u"Her", u"Its", u"This", u"That", u"In",  u"And"};
    return isOneOf(w, kWords);
}

// Calendar words read like capitalised names: "By Tuesday Morning, markets had calmed."
bool isCalendarWord(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {
        u"Monday",  u"Tuesday",   u"Wednesday", u"Thursday", u"Friday",   u"Saturday", u"Sunday",
        u"January", u"February",  u"March",     u"April",    u"May",      u"June",     u"July",
        u"August",  u"September", u"October",   u"November", u"December", u"Morning",  u"Afternoon",
        u"Evening", u"Night",     u"Noon",      u"Midnight", u"Today",    u"Tomorrow", u"Yesterday"};
    return isOneOf(w, kWords);
}

// What opens a byline's date or time stamp: "March 3, 2025", "Updated 9:40", "5 min read".
bool opensStamp(std::u16string_view w)
{
    return isCalendarWord(w) || (!w.empty() && w.front() >= u'0' && w.front() <= u'9') || w == u"Updated"
        || w == u"Published" || w == u"Posted" || w == u"UPDATED" || w == u"PUBLISHED";
}

bool isAnd(std::u16string_view w)
{
    return w == u"and" || w == u"AND" || w == u"&";
}

bool isCreditCue(std::u16string_view w)
{
    static constexpr std::u16string_view kCues[] = {
        u"Reporting", u"reporting", u"Editing", u"editing", u"Writing",  u"writing",  u"Compiled", u"compiled",
        u"Edited",    u"edited",    u"Written", u"written", u"Reported", u"reported", u"Produced", u"produced"};
    return isOneOf(w, kCues);
}

// The tokens of one sentence, read as words.
class Words final
{
public:
    Words(const ArticleOutline &outline, size_t sentence, const TypeCues &cues)
        : m_outline(outline), m_tokens(outline.tokens(sentence)), m_cues(cues)
    {}

    size_t size() const { return m_tokens.size(); }
    std::u16string_view at(size_t i) const { return i < m_tokens.size() ? m_outline.textOf(m_tokens[i].range) : u""; }
    TextRange range(size_t from, size_t to) const { return {m_tokens[from].range.start, m_tokens[to - 1].range.end}; }
    bool atEnd(size_t i) const { return i >= size() || (i + 1 == size() && (at(i) == u"." || at(i) == u")")); }

    bool isNameWord(std::u16string_view w) const
    {
        return startsUpper(w) && hasNameCharacters(w) && !isRoleWord(w) && !isCapitalisedFunctionWord(w)
            && !isCalendarWord(w) && !m_cues.isPersonTitle(w) && !m_cues.isOrganisationWord(w);
    }

    // A person's name of two to four words starting at `i` (a title before it is skipped: "Dr Ann Lee"): its range
    // of tokens, or nullopt. More than four capitalised words in a row are a phrase, not a name.
    std::optional<std::pair<size_t, size_t>> name(size_t i) const
    {
        if (i < size() && startsUpper(at(i)) && m_cues.isPersonTitle(at(i)))
            ++i;
        size_t j = i;
        int words = 0;
        while (j < size()) {
            const std::u16string_view w = at(j);
            if (isNameWord(w)) {
                ++words;
                ++j;
            } else if (words > 0 && isNameParticle(w) && j + 1 < size() && isNameWord(at(j + 1))) {
                ++j;
            } else {
                break;
            }
        }
        if (words < 2 || words > 4)
            return std::nullopt;
        return std::make_pair(i, j);
    }

private:
    const ArticleOutline &m_outline;
    std::span<const Token> m_tokens;
    const TypeCues &m_cues;
};

bool taggedAs(const std::vector<Mention> &tagged, TextRange r, EntityType type)
{
    return std::any_of(tagged.begin(), tagged.end(), [&](const Mention &m) {
        return m.type == type && m.range.overlaps(r) && m.range.start >= r.start;
    });
}

// A list of names from `i`: "Ann Lee", "Ann Lee and Tom Roe", "Ann Lee, Tom Roe and Eve Sun". A comma continues the
// list only when the names after it end in "and NAME": in "By Ann Lee, Harbour Post" or "By Ann Lee, Harbour Post,
// March 3" the run after the comma is an outlet. Returns where the list ends; `names` gets the ranges.
std::optional<size_t> nameList(const Words &w, size_t i, std::vector<TextRange> &names)
{
    const auto first = w.name(i);
    if (!first)
        return std::nullopt;
    names.push_back(w.range(first->first, first->second));
    i = first->second;
    while (i < w.size()) {
        const std::u16string_view t = w.at(i);
        if (isAnd(t) || (t == u"," && isAnd(w.at(i + 1)))) { // "and Eve Sun", the serial ", and Eve Sun"
            const auto last = w.name(i + (t == u"," ? 2 : 1));
            if (!last)
                return std::nullopt; // "and" must lead to a name
            names.push_back(w.range(last->first, last->second));
            i = last->second;
            continue;
        }
        if (t != u",")
            break;
        std::vector<TextRange> middle; // ", Tom Roe, Eve Sun" up to the "and" that closes the list
        size_t j = i;
        while (w.at(j) == u"," && !isAnd(w.at(j + 1))) {
            const auto more = w.name(j + 1);
            if (!more)
                break;
            middle.push_back(w.range(more->first, more->second));
            j = more->second;
        }
        if (middle.empty() || !(isAnd(w.at(j)) || (w.at(j) == u"," && isAnd(w.at(j + 1)))))
            break;
        names.insert(names.end(), middle.begin(), middle.end());
        i = j;
    }
    return i;
}

void addAll(std::vector<StructuralName> &out, const std::vector<TextRange> &ranges, EntityType type, StructureKind kind)
{
    for (const TextRange &r : ranges)
        out.push_back({r, type, kind});
}

// "By NAME[S] [(,||/|—) OUTLET [lower-case words] [— anything]]" as the whole sentence.
void parseByline(const Words &w, const std::vector<Mention> &tagged, std::vector<StructuralName> &out)
{
    const std::u16string_view by = w.at(0);
    if (by != u"By" && by != u"BY" && by != u"by")
        return;
    std::vector<TextRange> authors;
    const auto end = nameList(w, 1, authors);
    if (!end)
        return;
    size_t i = *end;
    std::optional<TextRange> outlet;
    if (!w.atEnd(i)) {
        const std::u16string_view sep = w.at(i);
        if (sep != u"," && sep != u"|" && sep != u"/" && sep != u"\u00B7" && sep != u"\u2022" && !isDashToken(sep))
            return;
        if (opensStamp(w.at(i + 1))) {
            addAll(out, authors, EntityType::Person, StructureKind::BylineAuthor);
            return; // "By Ann Lee, March 3, 2025": the rest is when, not who
        }
        size_t j = i + 1;
        if (j < w.size() && (w.at(j) == u"The" || w.at(j) == u"the"))
            ++j; // "The Harbour Post": the outlet's words start after it; a capital "The" is part of its name
        size_t k = j;
        while (k < w.size() && k - j < 6) {
            const std::u16string_view t = w.at(k);
            const bool connector = k > j && (t == u"of" || isAnd(t) || t == u"for" || t == u"on") && k + 1 < w.size()
                && startsUpper(w.at(k + 1));
            if (!(startsUpper(t) || connector) || isRoleWord(t))
                break;
            ++k;
        }
        // What follows the outlet: lower-case words ("sample article"), then the end, a stamp, or a dash and anything.
        bool roleAfter = k < w.size() && isRoleWord(w.at(k));
        size_t m = k;
        while (m < w.size() && !isDashToken(w.at(m)) && w.at(m) != u"|" && !opensStamp(w.at(m))) {
            const std::u16string_view t = w.at(m);
            const WordCase c = wordCase(t);
            if (c == WordCase::Capitalised || c == WordCase::AllCaps) {
                if (!isRoleWord(t))
                    return; // more names than a byline holds: not one
            } else if (c == WordCase::NoLetters && t != u"," && t != u".") {
                return;
            }
            roleAfter = roleAfter || isRoleWord(t);
            ++m;
        }
        if (k == j && !roleAfter)
            return; // "By Ann Lee, who …": a comma and words that describe no writer
        if (k > j && !roleAfter) {
            const TextRange run = w.range(j, k);
            const auto asName = w.name(j);
            // "By Ann Lee, Tom Roe": two authors. Not after "and" (it closed the list), nor after "|" or a dash,
            // nor after "The" ("By Ann Lee, The Harbour Post"), which starts no person's name.
            if (sep == u"," && j == i + 1 && asName && asName->second == k && authors.size() == 1
                && taggedAs(tagged, run, EntityType::Person))
                authors.push_back(run);
            else
                outlet = j > i + 1 && w.at(i + 1) == u"The" ? w.range(i + 1, k) : run;
        }
    }
    addAll(out, authors, EntityType::Person, StructureKind::BylineAuthor);
    if (outlet)
        out.push_back({*outlet, EntityType::Organization, StructureKind::BylineOutlet});
}

// "[(]CUE by NAME [in PLACE] [(,|and) NAME [in PLACE]]… [; CUE by …]…[)][.]" as the whole sentence.
void parseCredit(const Words &w, const std::vector<Mention> &tagged, std::vector<StructuralName> &out)
{
    size_t i = w.at(0) == u"(" ? 1 : 0;
    std::vector<StructuralName> found;
    while (true) {
        if (w.at(i) == u"Additional" || w.at(i) == u"additional")
            ++i;
        if (!isCreditCue(w.at(i)) || (w.at(i + 1) != u"by" && w.at(i + 1) != u"By"))
            return;
        i += 2;
        while (true) {
            const auto name = w.name(i);
            if (!name)
                return;
            found.push_back({w.range(name->first, name->second), EntityType::Person, StructureKind::CreditName});
            i = name->second;
            if (w.at(i) == u"in") {
                // "in Nairobi", "in New Delhi and Mumbai": places until a name or the segment's end.
                ++i;
                while (true) {
                    size_t k = i;
                    while (k < w.size() && k - i < 3 && wordCase(w.at(k)) == WordCase::Capitalised)
                        ++k;
                    if (k == i)
                        return;
                    const TextRange place = w.range(i, k);
                    found.push_back({place, EntityType::Place, StructureKind::CreditPlace});
                    i = k;
                    if (!isAnd(w.at(i)))
                        break;
                    const auto nextName = w.name(i + 1);
                    const bool nextIsPlace =
                        !nextName || taggedAs(tagged, w.range(nextName->first, nextName->second), EntityType::Place);
                    if (!nextIsPlace)
                        break;
                    ++i;
                }
            }
            if (w.at(i) == u"," && isAnd(w.at(i + 1)))
                i += 2;
            else if (w.at(i) == u"," || isAnd(w.at(i)))
                ++i;
            else
                break;
        }
        if (w.at(i) == u";") {
            ++i;
            continue;
        }
        if (w.at(i) == u")")
            ++i;
        if (!w.atEnd(i))
            return;
        break;
    }
    out.insert(out.end(), found.begin(), found.end());
}

} // namespace

std::vector<StructuralName> BylineFinder::find(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                               const TypeCues &cues)
{
    std::vector<StructuralName> out;
    for (size_t s = 0; s < outline.sentenceCount(); ++s) {
        if (outline.tokens(s).size() < 2)
            continue;
        const Words words(outline, s, cues);
        if (outline.opensParagraph(s) && outline.paragraphIndex(s) < kBylineParagraphs)
            parseByline(words, tagged, out);
        parseCredit(words, tagged, out);
    }
    return out;
}

} // namespace lede::core
