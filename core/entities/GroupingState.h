// GroupingState: what EntityGrouper's passes share while they group one document's mentions: the mentions kept,
// their key groups and the union of groups the joining rules build. Private to core/entities.
#pragma once

#include "entities/EntityGrouper.h"
#include "entities/NameKey.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lede::core::grouping {

inline constexpr size_t kNone = static_cast<size_t>(-1);

struct Item
{
    TextRange range;
    EntityType type = EntityType::Other;
    size_t form = 0;  // index into GroupingState::forms
    size_t group = 0; // its key group
    MentionEvidence evidence = MentionEvidence::Tagger;
    bool namesPerson = false;       // joined a person's full name as a partial name: votes "person" whatever its tag
    bool namesOrganisation = false; // an organisation's short name ("Ruch" beside "Ruch SA"): votes "organization"
    bool personCue = false;         // a one-word place the words around call a person ("Jordan defends his film")

    // Never a person's partial name: a place (unless a person cue stands by it, where the text names the person of
    // that surname too), or a name the layout says is no person (a byline's outlet "Lede").
    bool staysApart() const
    {
        return (type == EntityType::Place && !personCue)
            || (evidence == MentionEvidence::Structure && type != EntityType::Person);
    }
};

struct KeyGroup
{
    std::u16string key;
    size_t tokenCount = 0;
    std::vector<size_t> items; // in text order
    // Votes, one a mention. A structural label is sure of its own mention but says nothing of the name's others: a
    // "MILAN" dateline does not make the club a sports report keeps calling Milan a place. (Measured on the
    // CoNLL-2003 dev set through the whole analysis: counting it three times, as before, 92.69; once, 92.91.)
    std::array<int, kEntityTypeCount> typeCounts{};
    bool acronym = false;
    size_t apart = 0;         // items that stay apart from people (Item::staysApart)
    std::u16string expansion; // a well-known acronym's name when the text never spells it out

    int count(EntityType t) const { return typeCounts[static_cast<size_t>(t)]; }
    bool mostly(EntityType t) const
    {
        return std::all_of(typeCounts.begin(), typeCounts.end(), [&](int c) { return count(t) >= c; });
    }
    bool mostlyPerson() const { return mostly(EntityType::Person); }
};

class UnionFind final
{
public:
    explicit UnionFind(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), size_t(0)); }
    size_t find(size_t x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(size_t a, size_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b); // the earlier group stays the root
    }

private:
    std::vector<size_t> m_parent;
};

// One document's mentions as the grouping passes see them.
struct GroupingState
{
    GroupingState(std::u16string_view text, GroupingStats &stats) : text(text), stats(stats) {}

    std::u16string_view text;
    GroupingStats &stats;
    std::vector<Item> items;
    std::vector<NameForm> forms;
    std::vector<KeyGroup> groups;
    std::unordered_map<std::u16string, size_t> groupByKey;
    std::vector<size_t> itemTarget; // per item: a group it joins instead of its own (ambiguous partials)
};

} // namespace lede::core::grouping
