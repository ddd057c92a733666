// ListTypes: the lists of names in a text and the type their members agree on (see ListTypes.h).
#include "entities/ListTypes.h"

#include "entities/HeadWords.h"
#include "entities/NameKey.h"
#include "entities/OrganisationNames.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace lede::core::grouping {

namespace {

// Mentions outside lists, typed as the entity is, that make its own evidence confident.
constexpr int kOutsideAgreeing = 2;

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F || c == u'\r';
}

bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c >= 0x00C0;
}

// How the text between two mentions joins them: 0 not at all, 1 a comma, 2 "and" or "or", 3 ", and" or ", or"
// (blanks around the word). "&" joins none: the names it joins are mostly one firm's (NameEdges.h, rule 7).
int joinOf(std::u16string_view gap)
{
    std::u16string compact;
    for (char16_t c : gap) {
        if (c == u'\n')
            return 0;
        if (!isBlank(c))
            compact.push_back(c);
        if (compact.size() > 4)
            return 0;
    }
    if (compact == u",")
        return 1;
    const int word = compact.front() == u',' ? 3 : 2;
    if (compact != u"and" && compact != u",and" && compact != u"or" && compact != u",or")
        return 0;
    // A word needs blanks around it ("X and Y", not "Xand Y"); a comma may lead.
    return (isBlank(gap.front()) || gap.front() == u',') && isBlank(gap.back()) ? word : 0;
}

// The word after a name at `i` (blanks skipped) is capitalised: the name modifies it ("Israeli President").
bool capitalAfter(std::u16string_view text, size_t i)
{
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return i < text.size() && text[i] >= u'A' && text[i] <= u'Z';
}

// "'s", "’s", "'" or "’" ending a word at `i` (blanks skipped): the name before it modifies a noun.
bool possessiveAt(std::u16string_view text, size_t i)
{
    while (i < text.size() && isBlank(text[i]))
        ++i;
    if (i >= text.size() || (text[i] != u'\'' && text[i] != 0x2019))
        return false;
    ++i;
    if (i < text.size() && (text[i] == u's' || text[i] == u'S'))
        ++i;
    return i >= text.size() || !isLetter(text[i]);
}

bool endsPossessive(std::u16string_view s)
{
    return s.ends_with(u"'s") || s.ends_with(u"\u2019s") || s.ends_with(u"s'") || s.ends_with(u"s\u2019");
}

// A one-word name written as an adjective ("German", "Ukrainian", "Paris-based"): a list of them modifies a noun
// ("Russian and Ukrainian miners", "NASA and German partners") rather than naming things.
bool looksAdjectival(std::u16string_view key)
{
    if (key.find(u' ') != std::u16string_view::npos)
        return false;
    if (key.find(u'-') != std::u16string_view::npos)
        return true;
    for (std::u16string_view end : {u"ish", u"ese", u"ian", u"an", u"ic", u"i", u"ite"}) {
        if (key.size() > end.size() + 2 && key.ends_with(end))
            return true;
    }
    return key == u"dutch" || key == u"french" || key == u"swiss" || key == u"thai" || key == u"greek";
}

// A word ending in a possessive right before `i` ("Brazil's Ronaldo").
bool possessiveBefore(std::u16string_view text, size_t i)
{
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    return endsPossessive(text.substr(0, i));
}

} // namespace

std::optional<EntityType> ListTypes::ownWordsType(TextRange r) const
{
    const std::u16string_view name =
        m_s.text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.end - r.start));
    if (OrganisationNames::hasOrganisationWords(name))
        return EntityType::Organization;
    const EntityType heads = HeadWords::typeOf(name, EntityType::Person);
    if (heads != EntityType::Person)
        return heads;
    return std::nullopt;
}

std::vector<size_t> ListTypes::listOfItems() const
{
    const std::u16string_view text = m_s.text;
    const size_t n = m_s.items.size();
    std::vector<bool> member(n);
    for (size_t i = 0; i < n; ++i) {
        const TextRange &r = m_s.items[i].range;
        const auto start = static_cast<size_t>(r.start), end = static_cast<size_t>(r.end);
        member[i] = !possessiveAt(text, end) && !endsPossessive(text.substr(start, end - start))
            && !possessiveBefore(text, start) && !capitalAfter(text, end);
    }
    // join[i]: how item i joins item i + 1.
    std::vector<int> join(n, 0);
    for (size_t i = 0; i + 1 < n; ++i) {
        const auto end = static_cast<size_t>(m_s.items[i].range.end);
        const auto next = static_cast<size_t>(m_s.items[i + 1].range.start);
        // A name beside itself ("Lede and Lede") is no list of names.
        if (member[i] && member[i + 1] && next > end && next - end <= 8 && m_s.items[i].group != m_s.items[i + 1].group)
            join[i] = joinOf(text.substr(end, next - end));
    }
    // A list: a run of joined items up to its last "and"/"or" ("A, B and C"; not "for A, B news agency said").
    std::vector<size_t> list(n, kNone);
    size_t lists = 0;
    for (size_t i = 0; i + 1 < n;) {
        if (join[i] == 0) {
            ++i;
            continue;
        }
        // ", and" ends a list of three or more ("A, B, and C"), never joins two ("A, made by B, and C").
        size_t j = i, last = kNone;
        for (; j + 1 < n && join[j] != 0; ++j) {
            if (join[j] == 3 && (j == i || join[j - 1] != 1))
                break;
            if (join[j] >= 2)
                last = j + 1;
        }
        bool adjectives = false;
        for (size_t k = i; last != kNone && k <= last; ++k)
            adjectives = adjectives || looksAdjectival(m_s.groups[m_s.items[k].group].key);
        if (last != kNone && !adjectives) {
            for (size_t k = i; k <= last; ++k)
                list[k] = lists;
            ++lists;
        }
        i = std::max(j, i + 1);
    }
    return list;
}

void ListTypes::agree(const std::vector<std::vector<size_t>> &members, std::vector<EntityType> &types,
                      const std::vector<bool> &settled) const
{
    const std::vector<size_t> list = listOfItems();
    std::vector<size_t> entityOf(m_s.items.size(), kNone);
    for (size_t e = 0; e < members.size(); ++e) {
        for (size_t i : members[e])
            entityOf[i] = e;
    }

    // Weak evidence (see ListTypes.h): 1 weak, 0 confident, -1 not yet known.
    std::vector<int> weakness(members.size(), -1);
    auto weak = [&](size_t e) {
        if (weakness[e] >= 0)
            return weakness[e] == 1;
        auto decide = [&]() {
            if (settled[e])
                return false;
            int agreeing = 0;
            size_t lastGroup = kNone;
            for (size_t i : members[e]) {
                const Item &it = m_s.items[i];
                if (it.evidence == MentionEvidence::Structure || it.namesOrganisation || it.namesPerson
                    || m_s.groups[it.group].acronym)
                    return false;
                if (list[i] == kNone && it.type == types[e] && ++agreeing >= kOutsideAgreeing)
                    return false;
                if (it.group == lastGroup)
                    continue;
                lastGroup = it.group;
                const std::vector<std::u16string_view> words = splitWords(m_s.groups[it.group].key);
                // A person's full name ("Anna Berg", "the Saviour Jesus Christ"): a word of it is a first name.
                for (size_t w = 0; words.size() > 1 && w + 1 < words.size(); ++w) {
                    if (MentionCues::isFirstName(std::u16string(words[w])))
                        return false;
                }
            }
            for (size_t i : members[e]) {
                if (m_cues.cuesOf(i, false).person > 0)
                    return false;
            }
            return true;
        };
        weakness[e] = decide() ? 1 : 0;
        return weakness[e] == 1;
    };

    // Per list: its distinct entities' types, confident and weak apart.
    struct Tally
    {
        std::array<int, kEntityTypeCount> confident{}, weak{};
    };
    std::vector<Tally> tallies;
    std::vector<size_t> lastList(members.size(), kNone);
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i] == kNone)
            continue;
        if (list[i] >= tallies.size())
            tallies.resize(list[i] + 1);
        const size_t e = entityOf[i];
        if (lastList[e] == list[i])
            continue; // counted once per list
        lastList[e] = list[i];
        auto &t = weak(e) ? tallies[list[i]].weak : tallies[list[i]].confident;
        ++t[static_cast<size_t>(types[e])];
    }

    std::vector<EntityType> revised = types;
    std::fill(lastList.begin(), lastList.end(), kNone);
    for (size_t e = 0; e < members.size(); ++e) {
        Tally mates;
        bool listed = false;
        for (size_t i : members[e]) {
            if (list[i] == kNone || lastList[e] == list[i])
                continue;
            lastList[e] = list[i];
            listed = true;
            const Tally &t = tallies[list[i]];
            for (size_t k = 0; k < mates.confident.size(); ++k) {
                mates.confident[k] += t.confident[k];
                mates.weak[k] += t.weak[k];
            }
            --mates.weak[static_cast<size_t>(types[e])]; // itself, when weak (else unused)
        }
        if (!listed || !weak(e))
            continue;
        // A name whose own words give it its type stays it ("Harwick Film Institute" in a list of prizes); it still
        // counts as weak for its mates (a band's "Fairport Convention" reads as an event).
        if (std::any_of(members[e].begin(), members[e].end(),
                        [&](size_t i) { return ownWordsType(m_s.items[i].range) == types[e]; }))
            continue;
        const auto own = static_cast<size_t>(types[e]);
        // The one type its mates agree on: the confident ones', else, for a one-word name, the weak ones' when ranked
        // above its own.
        auto agreed = [&](const std::array<int, kEntityTypeCount> &counts, int needed) {
            size_t only = kNone;
            for (size_t k = 0; k < counts.size(); ++k) {
                if (counts[k] <= 0)
                    continue;
                if (only != kNone)
                    return kNone;
                only = k;
            }
            return only != kNone && counts[only] >= needed ? only : kNone;
        };
        // Types by how surely the tagger reads them from a name's shape: a capitalised word it does not know is a
        // person or a place by default, an organisation or a product only on some evidence.
        auto rank = [](size_t t) {
            constexpr std::array<int, kEntityTypeCount> kRank = {0, 1, 3, 2}; // person, place, organisation, other
            return kRank[t];
        };
        const bool noConfident =
            std::all_of(mates.confident.begin(), mates.confident.end(), [](int c) { return c <= 0; });
        size_t to = agreed(mates.confident, 1);
        if (to == kNone && noConfident) {
            bool oneWord = true;
            for (size_t i : members[e])
                oneWord = oneWord && m_s.groups[m_s.items[i].group].tokenCount == 1;
            if (oneWord)
                to = agreed(mates.weak, 1);
            if (to != kNone && rank(to) <= rank(own))
                to = kNone;
        }
        if (to == kNone || to == own)
            continue;
        // "Microsoft and Bill Gates": a firm beside a person is common, a person the tagger does not know rare.
        if (static_cast<EntityType>(to) == EntityType::Person)
            continue;
        revised[e] = static_cast<EntityType>(to);
    }
    types = std::move(revised);
}

} // namespace lede::core::grouping
