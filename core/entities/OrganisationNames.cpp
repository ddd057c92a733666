// OrganisationNames: organisations' decisive words and the pieces of one name the tagger cut apart (see
// OrganisationNames.h).
#include "entities/OrganisationNames.h"

#include "entities/MentionPass.h"
#include "entities/NameEdgeWords.h"
#include "entities/NameKey.h"
#include "entities/WordList.h"
#include "entities/WordShape.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace lede::core {

namespace {

using edges::foldLower;

// Rule 4: the last words that make a name of two or more words an organisation, folded to lower case. Chosen by
// how the training splits of the corpora (tools/ner/corpus-splits.tsv) annotate the names that end in them: an
// organisation at least nine times in ten. Left out, though often an organisation's: "Center"/"Centre" and
// "Hospital" (places as often), "Bank" ("West Bank"), "Union" ("Soviet Union"), "Federation" ("Russian
// Federation"), "Society" and "Academy" (a fellowship, a school's building), "Court", "Office" ("Oval Office"), "Co"
// without its period (a county). "Forum" heads arenas too ("Mark Taper Forum") but measured well: ner-dev +0.24,
// CrossNER dev unchanged.
constexpr std::array<std::u16string_view, 48> kLastWords = {
    u"ag",        u"agency",      u"airlines",   u"airways",      u"army",       u"association", u"authority",
    u"board",     u"bureau",      u"co-op",      u"co-operative", u"co.",        u"college",     u"commission",
    u"committee", u"cooperative", u"corp",       u"corporation",  u"council",    u"department",  u"fc",
    u"forum",     u"foundation",  u"gmbh",       u"group",        u"guard",      u"holdings",    u"inc",
    u"institut",  u"institute",   u"institutet", u"llc",          u"llp",        u"ltd",         u"ministry",
    u"mutual",    u"navy",        u"party",      u"plc",          u"police",     u"re",          u"school",
    u"se",        u"secretariat", u"shipyard",   u"shipyards",    u"university", u"universität",
};

// Rule 4: the first words that make "<word> of/de/for ..." an organisation ("University of Leeds", "Instituto de
// Astrofísica de Canarias"); never "Republic", "Kingdom", "City", "House" (places, a dynasty).
// "Academy of" and "Association for" name prizes and conferences as often.
constexpr std::array<std::u16string_view, 20> kFirstWords = {
    u"agency",       u"bank",        u"college",    u"commission",  u"committee",  u"council",    u"department",
    u"institut",     u"institute",   u"instituto",  u"istituto",    u"ministry",   u"school",     u"universidad",
    u"universidade", u"universitat", u"università", u"universität", u"université", u"university",
};

// Last words of an event's or a prize's name, which an organisation's first words may open ("Council of Europe
// Prize"): then rule 4 leaves the name alone.
constexpr std::array<std::u16string_view, 16> kEventWords = {
    u"award",    u"awards", u"championship", u"championships", u"conference", u"cup",   u"election", u"elections",
    u"festival", u"games",  u"lecture",      u"massacre",      u"medal",      u"prize", u"summit",   u"symposium"};

// The small words after a first word of kFirstWords.
constexpr std::array<std::u16string_view, 10> kOfWords = {u"da", u"de", u"del", u"der", u"des",
                                                          u"di", u"do", u"du",  u"for", u"of"};

// Rule 1: organisations the corpora annotate apart from the country or place before them ("French" + "Interior
// Ministry", "Texas" + "Republican Party").
constexpr std::array<std::u16string_view, 2> kNotJoinedAfterPlace = {u"ministry", u"party"};

// Rule 2: a place's first word before "of" ("Gulf of Finland", "Isle of Man").
constexpr std::array<std::u16string_view, 9> kPlaceOfWords = {u"Bay",  u"Cape", u"Gulf",   u"Isle",   u"Isles",
                                                              u"Lake", u"Sea",  u"Strait", u"Straits"};

// Rule 3: legal forms written after a firm's name, as written (case matters: "SE" is no "Se"). "Co", "Inc", "Ltd"
// and "Corp" may take their period. "Co" only with its period or after "&" ("Lindqvist & Co"): bare, it is a county.
constexpr std::array<std::u16string_view, 15> kLegalForms = {u"AG",   u"ASA", u"Corp", u"GmbH", u"Inc",
                                                             u"KGaA", u"LLC", u"LLP",  u"Ltd",  u"Oyj",
                                                             u"PLC",  u"Plc", u"SE",   u"SpA",  u"plc"};

// Rule 3: capitalised words between a name and its legal form ("Calder" + "Batteries SE").
constexpr size_t kMaxWordsBeforeForm = 2;

bool isSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F;
}

// Rule 4's test on the words of one name.
bool hasOrganisationWords(const std::vector<std::u16string_view> &words)
{
    if (words.size() < 2)
        return false;
    const std::u16string last = foldLower(words.back());
    if (holds(kLastWords, last))
        return true;
    if (last.size() > 1 && last.back() == u'.' && last != u"co." && holds(kLastWords, last.substr(0, last.size() - 1)))
        return true; // "Inc.", "Ltd."
    return words.size() >= 3 && holds(kFirstWords, foldLower(words[0])) && holds(kOfWords, words[1])
        && !holds(kEventWords, last);
}

class Pass final : MentionPass
{
public:
    Pass(std::u16string_view text, const std::vector<Token> &tokens, std::vector<Mention> &mentions)
        : MentionPass(text, tokens, mentions)
    {}

    void run()
    {
        joinNeighbours();
        // Compacted in place: the mentions a legal form's span takes in are dropped.
        size_t out = 0;
        for (size_t i = 0; i < m_mentions.size();) {
            Mention m = m_mentions[i];
            i = addLegalForm(m, i);
            m_mentions[out++] = m;
        }
        m_mentions.resize(out);
        for (Mention &m : m_mentions) {
            const std::u16string_view name = textOf(m.range);
            const bool oneWord = std::none_of(name.begin(), name.end(),
                                              [](char16_t c) { return isSpace(c) || c == u'\t' || c == u'\n'; });
            if (m.type != EntityType::Organization && !oneWord && hasOrganisationWords(splitWords(name)))
                m.type = EntityType::Organization;
        }
    }

private:
    std::u16string_view between(const Mention &a, const Mention &b) const
    {
        return a.range.end <= b.range.start ? textOf({a.range.end, b.range.start}) : std::u16string_view(u"\n");
    }

    // Token `t` follows `end` after exactly one space on the same line.
    bool oneSpaceBefore(size_t t, int32_t end) const
    {
        return t < m_tokens.size() && m_tokens[t].range.start == end + 1 && isSpace(m_text[static_cast<size_t>(end)]);
    }

    // Rules 1 and 2: neighbouring mentions that are one name.
    void joinNeighbours()
    {
        size_t out = 0;
        for (size_t i = 0; i < m_mentions.size(); ++i) {
            if (out > 0 && joins(m_mentions[out - 1], m_mentions[i]))
                continue;
            m_mentions[out++] = m_mentions[i];
        }
        m_mentions.resize(out);
    }

    // Joins `b` into `a` when they are one name (rule 1 or 2).
    bool joins(Mention &a, const Mention &b) const
    {
        const std::u16string_view gap = between(a, b);
        if (gap.size() == 1 && isSpace(gap[0]) && (a.type == EntityType::Place || a.type == EntityType::Other)) {
            const std::vector<std::u16string_view> second = splitWords(textOf(b.range));
            if (second.size() >= 2 && hasOrganisationWords(second)
                && !holds(kNotJoinedAfterPlace, foldLower(second.back()))) {
                a = {{a.range.start, b.range.end}, EntityType::Organization};
                return true;
            }
        }
        if (gap == u" of " && b.type == EntityType::Place && holds(kPlaceOfWords, textOf(a.range))) {
            a = {{a.range.start, b.range.end}, EntityType::Place};
            return true;
        }
        return false;
    }

    // "SE", "Co.", "Re": a word rule 3 looks for.
    bool isFormWord(size_t t) const
    {
        std::u16string_view w = tokenText(t);
        if (w.size() > 1 && w.back() == u'.')
            w.remove_suffix(1);
        return w == u"Co" || w == u"Re" || holds(kLegalForms, w);
    }

    // Rule 3: the legal form (or "& Co.") after `m`, the mention at i, joins it, with at most two capitalised
    // words between them ("Calder" + "Batteries SE"), as do mentions inside what it spans ("Re" tagged on its own).
    // Returns the index of the first mention after the joined ones.
    size_t addLegalForm(Mention &m, size_t i) const
    {
        size_t t = tokenFrom(m.range.end);
        if (!oneSpaceBefore(t, m.range.end))
            return i + 1;
        size_t between = 0;
        while (between < kMaxWordsBeforeForm && m_tokens[t].kind == TokenKind::Word && startsUpper(tokenText(t))
               && !isFormWord(t) && oneSpaceBefore(t + 1, m_tokens[t].range.end)) {
            ++t;
            ++between;
        }
        bool ampersand = false;
        if (between == 0 && tokenText(t) == u"&") {
            ampersand = true;
            if (!oneSpaceBefore(t + 1, m_tokens[t].range.end))
                return i + 1;
            ++t;
        }
        std::u16string_view form = tokenText(t);
        const bool periodIn = form.size() > 1 && form.back() == u'.'; // "Co." as one token
        if (periodIn)
            form.remove_suffix(1);
        const bool periodNext = periodIn
            || (t + 1 < m_tokens.size() && m_tokens[t + 1].range.start == m_tokens[t].range.end
                && tokenText(t + 1) == u".");
        int32_t end = m_tokens[t].range.end;
        if (form == u"Co") {
            if (!ampersand && !periodNext)
                return i + 1;
        } else if (form == u"Re") {
            // An insurer ("Swiss Re"), never a reply's "Re:".
            if (ampersand || between > 0
                || (t + 1 < m_tokens.size() && m_tokens[t + 1].range.start == end && tokenText(t + 1) == u":"))
                return i + 1;
        } else if (ampersand || !holds(kLegalForms, form)) {
            return i + 1;
        }
        if (periodIn && !(form == u"Co" || form == u"Inc" || form == u"Ltd" || form == u"Corp"))
            return i + 1;
        if (!periodIn && periodNext && (form == u"Co" || form == u"Inc" || form == u"Ltd" || form == u"Corp"))
            end = m_tokens[t + 1].range.end;
        // Mentions inside the span join too; one reaching further leaves the name alone.
        size_t inside = i + 1;
        while (inside < m_mentions.size() && m_mentions[inside].range.start < end) {
            if (m_mentions[inside].range.end > end)
                return i + 1;
            ++inside;
        }
        m.range.end = end;
        m.type = EntityType::Organization;
        return inside;
    }
};

} // namespace

bool OrganisationNames::endsWithLegalForm(std::u16string_view key)
{
    const size_t space = key.rfind(u' ');
    if (space == std::u16string_view::npos)
        return false;
    const std::u16string_view last = key.substr(space + 1);
    if (last == u"co")
        return true;
    return std::any_of(kLegalForms.begin(), kLegalForms.end(),
                       [&](std::u16string_view form) { return foldForMatching(form) == last; });
}

bool OrganisationNames::hasOrganisationWords(std::u16string_view name)
{
    return lede::core::hasOrganisationWords(splitWords(name));
}

bool OrganisationNames::isLegalForm(std::u16string_view word)
{
    if (word.size() > 1 && word.back() == u'.')
        return word == u"Co." || holds(kLegalForms, word.substr(0, word.size() - 1));
    return holds(kLegalForms, word);
}

void OrganisationNames::apply(std::u16string_view text, const std::vector<Token> &tokens,
                              std::vector<Mention> &mentions)
{
    Pass(text, tokens, mentions).run();
}

} // namespace lede::core
