// EntityGrouper: mention grouping by normalised keys and acronyms, the type vote and the canonical name (see
// EntityGrouper.h); the joins of partial person names and organisations' short names are in ShortNameJoins.
// Everything is indexed by hash maps on folded keys, so a book's 100k mentions group in near-linear time.
#include "entities/EntityGrouper.h"

#include "entities/EntityNaming.h"
#include "entities/KnownAcronyms.h"
#include "entities/ListTypes.h"
#include "entities/MentionCues.h"
#include "entities/NameKey.h"
#include "entities/ShortNameJoins.h"
#include "entities/SportsClubs.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <unordered_map>

namespace lede::core {

namespace {

using namespace grouping;

// A person's name with an epithet ("Saul of Rehoboth") names the entity only when its short form ("Saul") is used
// fewer than this many times as often.
constexpr size_t kEpithetRarity = 10;

class Grouping final
{
public:
    Grouping(std::u16string_view text, const std::vector<Mention> &mentions,
             const std::vector<MentionEvidence> &evidence, GroupingStats &stats)
        : m_s(text, stats)
    {
        collect(mentions, evidence);
    }

    std::vector<Entity> run()
    {
        UnionFind uf(m_s.groups.size());
        joinAcronyms(uf);
        ShortNameJoins shortNames(m_s);
        shortNames.joinPartialNames(uf);
        shortNames.joinOrganisationShortNames(uf);
        shortNames.markOrganisationShortNames();
        joinClubShortNames(m_s, uf);
        return assemble(uf);
    }

private:
    GroupingState m_s;

    void collect(const std::vector<Mention> &mentions, const std::vector<MentionEvidence> &evidence)
    {
        const auto size = static_cast<int64_t>(m_s.text.size());
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
            if (!m_s.items.empty() && m_s.items.back().range.end > m.range.start)
                continue; // overlaps the previous kept mention
            const auto text =
                m_s.text.substr(static_cast<size_t>(m.range.start), static_cast<size_t>(m.range.length()));
            std::u16string surface(text);
            surface.push_back(static_cast<char16_t>(u'0' + static_cast<int>(m.type))); // titles depend on the type
            auto [fit, inserted] = formBySurface.try_emplace(std::move(surface), m_s.forms.size());
            if (inserted) {
                NameForm f = analyseName(text, m.type);
                if (f.key.empty()) // no letters at all: group by the raw text
                    f.key = fit->first.substr(0, fit->first.size() - 1);
                m_s.forms.push_back(std::move(f));
            }
            const NameForm &form = m_s.forms[fit->second];
            auto [git, newGroup] = m_s.groupByKey.try_emplace(form.key, m_s.groups.size());
            if (newGroup) {
                KeyGroup g;
                g.key = form.key;
                g.tokenCount = std::max<size_t>(1, form.keyTokens.size());
                m_s.groups.push_back(std::move(g));
            }
            KeyGroup &g = m_s.groups[git->second];
            g.items.push_back(m_s.items.size());
            ++g.typeCounts[static_cast<size_t>(m.type)];
            if (form.allCaps && looksLikeAcronym(form.clean))
                g.acronym = true;
            m_s.items.push_back(Item{m.range, m.type, fit->second, git->second, evidenceOfM});
            g.apart += m_s.items.back().staysApart() ? 1 : 0;
        }
        markPersonCues();
        m_s.itemTarget.assign(m_s.items.size(), kNone);
        m_s.stats.mentions = m_s.items.size();
        m_s.stats.keyGroups = m_s.groups.size();
    }

    // A one-word name the tagger calls a person in some places and a place in others ("Neil Jordan" ... "Jordan
    // defends his film"): its place mentions with a person cue by them (MentionCues: a title, "who", an age, he/his
    // as the first pronoun after it) may join the person as its other mentions do.
    void markPersonCues()
    {
        const MentionCues cues(m_s);
        for (KeyGroup &g : m_s.groups) {
            if (g.tokenCount != 1 || g.apart == 0 || g.count(EntityType::Person) == 0)
                continue;
            for (size_t i : g.items) {
                Item &it = m_s.items[i];
                if (it.type == EntityType::Place && it.evidence == MentionEvidence::Tagger
                    && cues.cuesOf(i, false).person > 0) {
                    it.personCue = true;
                    --g.apart;
                }
            }
        }
    }

    // The group among `candidates` with the most mentions, then the earliest.
    size_t strongest(const std::vector<size_t> &candidates) const
    {
        size_t best = kNone;
        for (size_t c : candidates) {
            ++m_s.stats.candidateChecks;
            if (best == kNone || m_s.groups[c].items.size() > m_s.groups[best].items.size())
                best = c; // candidates are in first-mention order, so ties keep the earliest
        }
        return best;
    }

    void joinAcronyms(UnionFind &uf)
    {
        // Initials of every multi-word non-person name, with and without the small words.
        std::unordered_map<std::u16string, std::vector<size_t>> byInitials;
        for (size_t g = 0; g < m_s.groups.size(); ++g) {
            const KeyGroup &kg = m_s.groups[g];
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
        for (size_t g = 0; g < m_s.groups.size(); ++g) {
            KeyGroup &kg = m_s.groups[g];
            if (!kg.acronym)
                continue;
            const std::u16string_view known = knownAcronymExpansion(kg.key);
            const std::u16string knownKey = known.empty() ? std::u16string() : foldForMatching(known);
            if (!knownKey.empty()) {
                ++m_s.stats.candidateChecks;
                if (auto it = m_s.groupByKey.find(knownKey); it != m_s.groupByKey.end()) {
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

    // Majority of the entity's mentions; a tie goes to the majority among the fullest name's own mentions
    // ("Kaneko" tagged ORG in a headline does not make Eri Kaneko an organisation), then to the earliest.
    // A partial name that joined a person's full name is that person, however the tagger labelled it.
    // A structural label stands whatever rule 3 joined it to.
    EntityType voteOf(size_t item) const
    {
        const Item &it = m_s.items[item];
        if (it.evidence == MentionEvidence::Structure)
            return it.type;
        return it.namesPerson ? EntityType::Person : it.namesOrganisation ? EntityType::Organization : it.type;
    }

    EntityType vote(const std::vector<size_t> &items, size_t fullest) const
    {
        std::array<int, kEntityTypeCount> counts{}, fullestCounts{};
        for (size_t i : items) {
            ++counts[static_cast<size_t>(voteOf(i))];
            if (m_s.items[i].group == fullest)
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
            ++perGroup[m_s.items[i].group];
        size_t best = kNone;
        for (size_t i : items) { // text order, so ties keep the earliest
            const size_t g = m_s.items[i].group;
            if (best == kNone)
                best = g;
            const KeyGroup &a = m_s.groups[g], &b = m_s.groups[best];
            if (a.tokenCount > b.tokenCount || (a.tokenCount == b.tokenCount && perGroup[g] > perGroup[best]))
                best = g;
        }
        return best;
    }

    // The key group that names the entity: the fullest, unless it is a person's name with an epithet that the text
    // seldom uses ("Saul of Rehoboth" once beside "Saul" hundreds of times in a book, "Aaron the Levite"), where the
    // name the text uses is the better one.
    size_t namingGroup(const std::vector<size_t> &items, EntityType type) const
    {
        const size_t fullest = fullestGroup(items);
        if (type != EntityType::Person)
            return fullest;
        const std::u16string &key = m_s.groups[fullest].key;
        const size_t space = key.find(u' ');
        if (space == std::u16string::npos)
            return fullest;
        const std::u16string_view rest = std::u16string_view(key).substr(space + 1);
        if (!rest.starts_with(u"of ") && !rest.starts_with(u"the "))
            return fullest;
        const std::u16string_view first = std::u16string_view(key).substr(0, space);
        std::unordered_map<size_t, size_t> perGroup;
        for (size_t i : items)
            ++perGroup[m_s.items[i].group];
        for (const auto &[g, n] : perGroup) {
            if (m_s.groups[g].key == first && n >= kEpithetRarity * perGroup[fullest])
                return g;
        }
        return fullest;
    }

    std::u16string canonicalName(const std::vector<size_t> &items, size_t best) const
    {
        // A well-known acronym never spelled out is named by its expansion.
        for (size_t i : items) {
            const KeyGroup &kg = m_s.groups[m_s.items[i].group];
            if (kg.expansion.empty())
                continue;
            const std::u16string expansionKey = foldForMatching(kg.expansion);
            if (splitWords(expansionKey).size() > m_s.groups[best].tokenCount)
                return kg.expansion;
        }

        std::vector<Spelling> spellings;
        spellings.reserve(items.size());
        for (size_t i : items)
            spellings.push_back({&m_s.forms[m_s.items[i].form], m_s.items[i].group == best,
                                 startsSentence(m_s.text, m_s.items[i].range.start)});
        return spellCanonicalName(spellings);
    }

    std::vector<Entity> assemble(UnionFind &uf)
    {
        std::unordered_map<size_t, size_t> entityOfRoot;
        std::vector<std::vector<size_t>> members;
        for (size_t i = 0; i < m_s.items.size(); ++i) {
            const size_t g = m_s.itemTarget[i] != kNone ? m_s.itemTarget[i] : m_s.items[i].group;
            auto [it, fresh] = entityOfRoot.try_emplace(uf.find(g), members.size());
            if (fresh)
                members.emplace_back();
            members[it->second].push_back(i); // items are in text order, so entities come in first-mention order
        }
        // A structural mention the vote goes against keeps its type, as an entity of its own beside the others.
        const size_t voted = members.size();
        std::vector<EntityType> types(voted);
        std::vector<bool> settled(voted); // typed by the words around it rather than by the vote
        const MentionCues cues(m_s);
        for (size_t e = 0; e < voted; ++e) {
            const EntityType byVote = vote(members[e], fullestGroup(members[e]));
            const EntityType type = cues.revote(members[e], byVote);
            types[e] = type;
            settled[e] = type != byVote;
            std::array<size_t, kEntityTypeCount> apart;
            apart.fill(kNone);
            std::vector<size_t> kept;
            for (size_t i : members[e]) {
                const Item &item = m_s.items[i];
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
        settled.resize(members.size(), true); // a structural mention split off keeps its type
        ListTypes(m_s, cues).agree(members, types, settled);
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
            entity.name = canonicalName(members[e], namingGroup(members[e], types[e]));
            entity.mentions.reserve(members[e].size());
            for (size_t i : members[e])
                entity.mentions.push_back(m_s.items[i].range);
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
