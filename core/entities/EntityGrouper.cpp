// EntityGrouper: mention grouping by normalised keys, acronyms and partial person names (see EntityGrouper.h).
// Everything is indexed by hash maps on folded keys, so a book's 100k mentions group in near-linear time.
#include "entities/EntityGrouper.h"

#include "entities/EntityNaming.h"
#include "entities/KnownAcronyms.h"
#include "entities/NameKey.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace lede::core {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// A surname used alone this many times before a full name is not that person's (EntityGrouper.h, rule 3).
constexpr size_t kSurnameUsesBefore = 3;

struct Item
{
    TextRange range;
    EntityType type = EntityType::Other;
    size_t form = 0;  // index into m_forms
    size_t group = 0; // its key group
    MentionEvidence evidence = MentionEvidence::Tagger;
    bool namesPerson = false; // joined a person's full name as a partial name: votes "person" whatever its tag
    bool namesOrganisation = false; // an organisation's short name ("Ruch" beside "Ruch SA"): votes "organization"

    // Never a person's partial name: a place, or a name the layout says is no person (a byline's outlet "Lede").
    bool staysApart() const
    {
        return type == EntityType::Place || (evidence == MentionEvidence::Structure && type != EntityType::Person);
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

bool isGenerational(std::u16string_view t)
{
    return t == u"jr" || t == u"sr" || t == u"ii" || t == u"iii" || t == u"iv";
}

// A word that ties a name to what it is named after ("Piet of Ardenne", "Alfred the Great"): what follows it
// is not a surname, so it never stands for the person alone.
bool isNameConnector(std::u16string_view t)
{
    return t == u"of" || t == u"the" || t == u"from" || t == u"upon" || t == u"on" || t == u"at" || t == u"in";
}

std::u16string join(const std::vector<std::u16string_view> &tokens, size_t from, size_t to)
{
    std::u16string s;
    for (size_t i = from; i < to; ++i) {
        if (i > from)
            s.push_back(u' ');
        s.append(tokens[i]);
    }
    return s;
}

class Grouping final
{
public:
    Grouping(std::u16string_view text, const std::vector<Mention> &mentions,
             const std::vector<MentionEvidence> &evidence, GroupingStats &stats)
        : m_text(text), m_stats(stats)
    {
        collect(mentions, evidence);
    }

    std::vector<Entity> run()
    {
        UnionFind uf(m_groups.size());
        joinAcronyms(uf);
        joinPartialNames(uf);
        joinOrganisationShortNames(uf);
        markOrganisationShortNames();
        return assemble(uf);
    }

private:
    std::u16string_view m_text;
    GroupingStats &m_stats;
    std::vector<Item> m_items;
    std::vector<NameForm> m_forms;
    std::vector<KeyGroup> m_groups;
    std::unordered_map<std::u16string, size_t> m_groupByKey;
    std::vector<size_t> m_itemTarget; // per item: a group it joins instead of its own (ambiguous partials)

    void collect(const std::vector<Mention> &mentions, const std::vector<MentionEvidence> &evidence)
    {
        const auto size = static_cast<int64_t>(m_text.size());
        std::vector<std::pair<Mention, MentionEvidence>> valid;
        valid.reserve(mentions.size());
        for (size_t i = 0; i < mentions.size(); ++i) {
            const Mention &m = mentions[i];
            if (m.range.start >= 0 && m.range.end <= size && !m.range.empty()
                && static_cast<size_t>(m.type) < static_cast<size_t>(kEntityTypeCount))
                valid.emplace_back(m, i < evidence.size() ? evidence[i] : MentionEvidence::Tagger);
        }
        std::stable_sort(valid.begin(), valid.end(), [](const auto &a, const auto &b) {
            const TextRange &x = a.first.range, &y = b.first.range;
            return x.start != y.start ? x.start < y.start : x.end > y.end;
        });

        std::unordered_map<std::u16string, size_t> formBySurface; // surface + type marker -> form
        for (const auto &[m, evidenceOfM] : valid) {
            if (!m_items.empty() && m_items.back().range.end > m.range.start)
                continue; // overlaps the previous kept mention
            const auto text = m_text.substr(static_cast<size_t>(m.range.start), static_cast<size_t>(m.range.length()));
            std::u16string surface(text);
            surface.push_back(static_cast<char16_t>(u'0' + static_cast<int>(m.type))); // titles depend on the type
            auto [fit, inserted] = formBySurface.try_emplace(std::move(surface), m_forms.size());
            if (inserted) {
                NameForm f = analyseName(text, m.type);
                if (f.key.empty()) // no letters at all: group by the raw text
                    f.key = fit->first.substr(0, fit->first.size() - 1);
                m_forms.push_back(std::move(f));
            }
            const NameForm &form = m_forms[fit->second];
            auto [git, newGroup] = m_groupByKey.try_emplace(form.key, m_groups.size());
            if (newGroup) {
                KeyGroup g;
                g.key = form.key;
                g.tokenCount = std::max<size_t>(1, form.keyTokens.size());
                m_groups.push_back(std::move(g));
            }
            KeyGroup &g = m_groups[git->second];
            g.items.push_back(m_items.size());
            ++g.typeCounts[static_cast<size_t>(m.type)];
            if (form.allCaps && looksLikeAcronym(form.clean))
                g.acronym = true;
            m_items.push_back(Item{m.range, m.type, fit->second, git->second, evidenceOfM});
            g.apart += m_items.back().staysApart() ? 1 : 0;
        }
        m_itemTarget.assign(m_items.size(), kNone);
        m_stats.mentions = m_items.size();
        m_stats.keyGroups = m_groups.size();
    }

    // The group among `candidates` with the most mentions, then the earliest.
    size_t strongest(const std::vector<size_t> &candidates) const
    {
        size_t best = kNone;
        for (size_t c : candidates) {
            ++m_stats.candidateChecks;
            if (best == kNone || m_groups[c].items.size() > m_groups[best].items.size())
                best = c; // candidates are in first-mention order, so ties keep the earliest
        }
        return best;
    }

    void joinAcronyms(UnionFind &uf)
    {
        // Initials of every multi-word non-person name, with and without the small words.
        std::unordered_map<std::u16string, std::vector<size_t>> byInitials;
        for (size_t g = 0; g < m_groups.size(); ++g) {
            const KeyGroup &kg = m_groups[g];
            if (kg.tokenCount < 2 || kg.acronym || kg.mostlyPerson())
                continue;
            std::u16string all, content;
            for (auto t : splitWords(kg.key)) {
                all.push_back(t.front());
                if (!isAcronymSkippedWord(t))
                    content.push_back(t.front());
            }
            byInitials[content].push_back(g);
            if (all != content)
                byInitials[all].push_back(g);
        }

        std::unordered_map<std::u16string, size_t> byExpansion; // known expansion key -> first acronym group
        for (size_t g = 0; g < m_groups.size(); ++g) {
            KeyGroup &kg = m_groups[g];
            if (!kg.acronym)
                continue;
            const std::u16string_view known = knownAcronymExpansion(kg.key);
            const std::u16string knownKey = known.empty() ? std::u16string() : foldForMatching(known);
            if (!knownKey.empty()) {
                ++m_stats.candidateChecks;
                if (auto it = m_groupByKey.find(knownKey); it != m_groupByKey.end()) {
                    uf.unite(g, it->second);
                    continue;
                }
            }
            if (auto it = byInitials.find(kg.key); it != byInitials.end()) {
                if (const size_t best = strongest(it->second); best != kNone) {
                    uf.unite(g, best);
                    continue;
                }
            }
            if (!knownKey.empty()) {
                kg.expansion = std::u16string(known);
                auto [it, first] = byExpansion.try_emplace(knownKey, g);
                if (!first)
                    uf.unite(g, it->second); // "US" and "USA"
            }
        }
    }

    // Two names the tagger ran together ("Michal David's wife", "Shuah Judah"), not one person's full name: a
    // name of two words met once or twice, each of whose words the text used alone before it (a report names a
    // person in full first, and at most the surname in a headline before). No partial name joins it.
    bool runTogether(const KeyGroup &kg, const std::vector<std::u16string_view> &tokens) const
    {
        if (tokens.size() != 2 || kg.items.size() > 2)
            return false;
        const auto first = m_groupByKey.find(std::u16string(tokens[0]));
        const auto last = m_groupByKey.find(std::u16string(tokens[1]));
        if (first == m_groupByKey.end() || last == m_groupByKey.end())
            return false;
        const int32_t pairStart = m_items[kg.items.front()].range.start;
        return m_items[m_groups[first->second].items.front()].range.start < pairStart
            && m_items[m_groups[last->second].items.front()].range.start < pairStart;
    }

    void joinPartialNames(UnionFind &uf)
    {
        // Person names of two or more tokens, indexed by every proper trailing run of tokens (surnames)
        // and, separately, by their first token (a lone first name).
        std::unordered_map<std::u16string, std::vector<size_t>> bySuffix, byFirst;
        for (size_t g = 0; g < m_groups.size(); ++g) {
            const KeyGroup &kg = m_groups[g];
            if (kg.tokenCount < 2 || !kg.mostlyPerson())
                continue;
            auto tokens = splitWords(kg.key);
            while (tokens.size() > 2 && isGenerational(tokens.back()))
                tokens.pop_back(); // "Martin Luther King Jr." is found by "King"
            if (tokens.size() < 2 || runTogether(kg, tokens))
                continue;
            for (size_t from = 1; from < tokens.size(); ++from) {
                if (!isNameConnector(tokens[from - 1]))
                    bySuffix[join(tokens, from, tokens.size())].push_back(g);
            }
            byFirst[std::u16string(tokens.front())].push_back(g);
        }

        // Longer partial names first, so "King" finds "Martin Luther King" through "Luther King" as one entity.
        std::vector<size_t> order(m_groups.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return m_groups[a].tokenCount > m_groups[b].tokenCount; });

        std::vector<size_t> roots, candidateList;
        std::vector<std::pair<int32_t, size_t>> timeline; // (mention start, candidate group)
        for (size_t g : order) {
            const KeyGroup &kg = m_groups[g];
            if ((kg.count(EntityType::Person) == 0 && kg.count(EntityType::Place) > 0) || kg.apart == kg.items.size())
                continue; // a place is never a person's surname
            // A report names a person in full before it shortens the name, or after a headline's surname: a name
            // the text used alone before the full name was someone of that name already ("Moses" long before "gave
            // Moses Zipporah"; "God" before "the house of God Sherezer"). So a surname joins a full name only when
            // used alone fewer than three times before it, and a lone first name only when the full name came first.
            const auto usesBefore = [&](size_t c) {
                const int32_t at = m_items[m_groups[c].items.front()].range.start;
                return static_cast<size_t>(std::partition_point(kg.items.begin(), kg.items.end(),
                                                                [&](size_t i) { return m_items[i].range.start < at; })
                                           - kg.items.begin());
            };
            candidateList.clear();
            if (auto it = bySuffix.find(kg.key); it != bySuffix.end()) {
                for (size_t c : it->second) {
                    if (usesBefore(c) < kSurnameUsesBefore)
                        candidateList.push_back(c);
                }
            }
            if (auto f = byFirst.find(kg.key); candidateList.empty() && f != byFirst.end() && kg.tokenCount == 1) {
                for (size_t c : f->second) {
                    if (usesBefore(c) == 0)
                        candidateList.push_back(c);
                }
            }
            if (candidateList.empty())
                continue;
            const std::vector<size_t> *candidates = &candidateList;

            roots.clear();
            const size_t own = uf.find(g);
            for (size_t c : *candidates) {
                ++m_stats.candidateChecks;
                const size_t r = uf.find(c);
                if (r != own && std::find(roots.begin(), roots.end(), r) == roots.end())
                    roots.push_back(r);
            }
            if (roots.empty())
                continue;
            const bool hasPlaces = kg.apart > 0;
            if (roots.size() == 1 && !hasPlaces) {
                uf.unite(g, roots.front());
                for (size_t item : kg.items)
                    m_items[item].namesPerson = true;
                continue;
            }
            if (roots.size() == 1) {
                // "Washington" the man and "Washington" the city share a key: only the non-place mentions
                // join George Washington.
                for (size_t item : kg.items) {
                    ++m_stats.candidateChecks;
                    if (!m_items[item].staysApart()) {
                        m_itemTarget[item] = roots.front();
                        m_items[item].namesPerson = true;
                    }
                }
                continue;
            }
            // Ambiguous ("Smith" with John Smith and Mary Smith): each mention joins the full name
            // mentioned most recently before it; mentions before any full name stay on their own.
            // One merged, sorted list of the candidates' mentions keeps this linear in mentions.
            timeline.clear();
            for (size_t c : *candidates) {
                for (size_t i : m_groups[c].items) {
                    ++m_stats.candidateChecks;
                    timeline.emplace_back(m_items[i].range.start, c);
                }
            }
            std::sort(timeline.begin(), timeline.end());
            for (size_t item : kg.items) {
                ++m_stats.candidateChecks;
                if (m_items[item].staysApart())
                    continue;
                const int32_t at = m_items[item].range.start;
                const auto it = std::lower_bound(timeline.begin(), timeline.end(), std::make_pair(at, size_t(0)));
                if (it != timeline.begin()) {
                    m_itemTarget[item] = std::prev(it)->second;
                    m_items[item].namesPerson = true;
                }
            }
        }
    }

    // A one-word name after an organisation's full name that starts with it is that organisation, shortened
    // ("Carrow" after "Carrow Property Group"): it joins it and votes "organization". Left apart when it could be
    // someone else: two organisations start with the word, a person's full name contains it ("Harriet Ford"
    // beside "Ford Motor"), it names a place, it is an adjective the tagger calls "other" ("Iraqi" beside "Iraqi
    // National Congress"), or the text used it before the full name.
    void joinOrganisationShortNames(UnionFind &uf)
    {
        std::unordered_map<std::u16string_view, std::vector<size_t>> organisationsByFirst;
        std::unordered_set<std::u16string_view> personWords;
        for (size_t g = 0; g < m_groups.size(); ++g) {
            const KeyGroup &kg = m_groups[g];
            if (kg.tokenCount < 2)
                continue;
            const auto tokens = splitWords(kg.key);
            if (kg.mostlyPerson())
                personWords.insert(tokens.begin(), tokens.end());
            else if (kg.mostly(EntityType::Organization))
                organisationsByFirst[tokens.front()].push_back(g);
        }
        if (organisationsByFirst.empty())
            return;
        std::vector<size_t> roots;
        for (size_t g = 0; g < m_groups.size(); ++g) {
            const KeyGroup &kg = m_groups[g];
            if (kg.tokenCount != 1 || kg.acronym || kg.count(EntityType::Place) > 0 || personWords.contains(kg.key)
                || !(kg.mostly(EntityType::Organization) || kg.mostlyPerson()))
                continue;
            const auto it = organisationsByFirst.find(kg.key);
            if (it == organisationsByFirst.end())
                continue;
            roots.clear();
            for (size_t c : it->second) {
                ++m_stats.candidateChecks;
                const size_t r = uf.find(c);
                if (std::find(roots.begin(), roots.end(), r) == roots.end())
                    roots.push_back(r);
            }
            const size_t full = it->second.front();
            if (roots.size() != 1 || uf.find(g) != g
                || m_items[m_groups[full].items.front()].range.start > m_items[kg.items.front()].range.start)
                continue;
            uf.unite(g, full);
            for (size_t item : kg.items) {
                if (m_items[item].evidence != MentionEvidence::Structure)
                    m_items[item].namesOrganisation = true;
            }
        }
    }

    // A one-word name the tagger calls a person while the text also names an organisation that starts with it
    // ("Ruch" beside "Ruch SA", "Rotor" beside "Rotor Volgograd") is that organisation's short name: its mentions
    // vote "organization". Never a partial person name, and only the person labels: a place ("Chicago" beside
    // "Chicago Bulls") or an adjective ("Iraqi" beside "Iraqi National Congress") keeps its type.
    void markOrganisationShortNames()
    {
        std::unordered_set<std::u16string_view> organisationFirsts;
        for (const KeyGroup &kg : m_groups) {
            if (kg.tokenCount >= 2 && kg.mostly(EntityType::Organization) && !kg.mostlyPerson())
                organisationFirsts.insert(splitWords(kg.key).front());
        }
        if (organisationFirsts.empty())
            return;
        for (KeyGroup &kg : m_groups) {
            if (kg.tokenCount != 1 || kg.acronym || !kg.mostlyPerson() || !organisationFirsts.contains(kg.key))
                continue;
            ++m_stats.candidateChecks;
            for (size_t item : kg.items) {
                Item &it = m_items[item];
                if (!it.namesPerson && it.evidence != MentionEvidence::Structure && it.type == EntityType::Person)
                    it.namesOrganisation = true;
            }
        }
    }

    // Majority of the entity's mentions; a tie goes to the majority among the fullest name's own mentions
    // ("Kaneko" tagged ORG in a headline does not make Eri Kaneko an organisation), then to the earliest.
    // A partial name that joined a person's full name is that person, however the tagger labelled it.
    // A structural label stands whatever rule 3 joined it to.
    EntityType voteOf(size_t item) const
    {
        const Item &it = m_items[item];
        if (it.evidence == MentionEvidence::Structure)
            return it.type;
        return it.namesPerson ? EntityType::Person : it.namesOrganisation ? EntityType::Organization : it.type;
    }

    EntityType vote(const std::vector<size_t> &items, size_t fullest) const
    {
        std::array<int, kEntityTypeCount> counts{}, fullestCounts{};
        for (size_t i : items) {
            ++counts[static_cast<size_t>(voteOf(i))];
            if (m_items[i].group == fullest)
                ++fullestCounts[static_cast<size_t>(voteOf(i))];
        }
        const int top = *std::max_element(counts.begin(), counts.end());
        int topFullest = -1;
        for (size_t t = 0; t < counts.size(); ++t) {
            if (counts[t] == top)
                topFullest = std::max(topFullest, fullestCounts[t]);
        }
        for (size_t i : items) {
            const auto t = static_cast<size_t>(voteOf(i));
            if (counts[t] == top && fullestCounts[t] == topFullest)
                return voteOf(i);
        }
        return EntityType::Other;
    }

    // The key group with the most tokens; ties: most mentions in this entity, then the earliest.
    size_t fullestGroup(const std::vector<size_t> &items) const
    {
        // Per key group: mentions in this entity (a split "Smith" group counts only its own share).
        std::unordered_map<size_t, size_t> perGroup;
        for (size_t i : items)
            ++perGroup[m_items[i].group];
        size_t best = kNone;
        for (size_t i : items) { // text order, so ties keep the earliest
            const size_t g = m_items[i].group;
            if (best == kNone)
                best = g;
            const KeyGroup &a = m_groups[g], &b = m_groups[best];
            if (a.tokenCount > b.tokenCount || (a.tokenCount == b.tokenCount && perGroup[g] > perGroup[best]))
                best = g;
        }
        return best;
    }

    std::u16string canonicalName(const std::vector<size_t> &items, size_t best) const
    {
        // A well-known acronym never spelled out is named by its expansion.
        for (size_t i : items) {
            const KeyGroup &kg = m_groups[m_items[i].group];
            if (kg.expansion.empty())
                continue;
            const std::u16string expansionKey = foldForMatching(kg.expansion);
            if (splitWords(expansionKey).size() > m_groups[best].tokenCount)
                return kg.expansion;
        }

        std::vector<Spelling> spellings;
        spellings.reserve(items.size());
        for (size_t i : items)
            spellings.push_back({&m_forms[m_items[i].form], m_items[i].group == best,
                                 startsSentence(m_text, m_items[i].range.start)});
        return spellCanonicalName(spellings);
    }

    std::vector<Entity> assemble(UnionFind &uf)
    {
        std::unordered_map<size_t, size_t> entityOfRoot;
        std::vector<std::vector<size_t>> members;
        for (size_t i = 0; i < m_items.size(); ++i) {
            const size_t g = m_itemTarget[i] != kNone ? m_itemTarget[i] : m_items[i].group;
            auto [it, fresh] = entityOfRoot.try_emplace(uf.find(g), members.size());
            if (fresh)
                members.emplace_back();
            members[it->second].push_back(i); // items are in text order, so entities come in first-mention order
        }
        // A structural mention the vote goes against keeps its type, as an entity of its own beside the others.
        const size_t voted = members.size();
        std::vector<EntityType> types(voted);
        for (size_t e = 0; e < voted; ++e) {
            const EntityType type = vote(members[e], fullestGroup(members[e]));
            types[e] = type;
            std::array<size_t, kEntityTypeCount> apart;
            apart.fill(kNone);
            std::vector<size_t> kept;
            for (size_t i : members[e]) {
                const Item &item = m_items[i];
                if (item.evidence != MentionEvidence::Structure || item.type == type) {
                    kept.push_back(i);
                    continue;
                }
                size_t &to = apart[static_cast<size_t>(item.type)];
                if (to == kNone) {
                    to = members.size();
                    members.emplace_back();
                    types.push_back(item.type);
                }
                members[to].push_back(i);
            }
            members[e] = std::move(kept);
        }
        std::vector<size_t> order(members.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return members[a].front() < members[b].front(); });

        std::vector<Entity> entities;
        entities.reserve(members.size());
        for (size_t e : order) {
            Entity entity;
            entity.id = "e" + std::to_string(entities.size() + 1);
            entity.type = types[e];
            entity.name = canonicalName(members[e], fullestGroup(members[e]));
            entity.mentions.reserve(members[e].size());
            for (size_t i : members[e])
                entity.mentions.push_back(m_items[i].range);
            entities.push_back(std::move(entity));
        }
        return entities;
    }
};

} // namespace

std::vector<Entity> EntityGrouper::group(std::u16string_view text, const std::vector<Mention> &mentions,
                                         GroupingStats *stats)
{
    return group(text, mentions, {}, stats);
}

std::vector<Entity> EntityGrouper::group(std::u16string_view text, const std::vector<Mention> &mentions,
                                         const std::vector<MentionEvidence> &evidence, GroupingStats *stats)
{
    GroupingStats local;
    GroupingStats &s = stats ? *stats : local;
    s = GroupingStats{};
    Grouping grouping(text, mentions, evidence, s);
    return grouping.run();
}

} // namespace lede::core
