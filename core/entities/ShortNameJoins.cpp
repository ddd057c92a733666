// ShortNameJoins: the joins of a person's partial name and an organisation's short name to the full name (see
// ShortNameJoins.h and rule 3 of EntityGrouper.h), indexed by hash maps on folded keys like the rest of the grouping.
#include "entities/ShortNameJoins.h"

#include "entities/OrganisationNames.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace lede::core::grouping {

namespace {

// A surname used alone this many times before a full name is not that person's (EntityGrouper.h, rule 3).
constexpr size_t kSurnameUsesBefore = 3;

// A one-word name the tagger calls a person is an organisation's short name only when used alone at most this many
// times for each mention of the organisation's full name.
constexpr size_t kShortNameUsesPerFullName = 30;

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

} // namespace

bool ShortNameJoins::spelledAsAcronym(const KeyGroup &kg) const
{
    return kg.acronym && std::all_of(kg.items.begin(), kg.items.end(), [&](size_t i) {
               return m_s.forms[m_s.items[i].form].allCaps;
           });
}

bool ShortNameJoins::runTogether(const KeyGroup &kg, const std::vector<std::u16string_view> &tokens) const
{
    if (tokens.size() != 2 || kg.items.size() > 2)
        return false;
    const auto first = m_s.groupByKey.find(std::u16string(tokens[0]));
    const auto last = m_s.groupByKey.find(std::u16string(tokens[1]));
    if (first == m_s.groupByKey.end() || last == m_s.groupByKey.end())
        return false;
    const int32_t pairStart = m_s.items[kg.items.front()].range.start;
    return m_s.items[m_s.groups[first->second].items.front()].range.start < pairStart
        && m_s.items[m_s.groups[last->second].items.front()].range.start < pairStart;
}

void ShortNameJoins::joinPartialNames(UnionFind &uf)
{
    // Person names of two or more tokens, indexed by every proper trailing run of tokens (surnames)
    // and, separately, by their first token (a lone first name).
    std::unordered_map<std::u16string, std::vector<size_t>> bySuffix, byFirst;
    for (size_t g = 0; g < m_s.groups.size(); ++g) {
        const KeyGroup &kg = m_s.groups[g];
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
    std::vector<size_t> order(m_s.groups.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return m_s.groups[a].tokenCount > m_s.groups[b].tokenCount; });

    std::vector<size_t> roots, candidateList;
    std::vector<std::pair<int32_t, size_t>> timeline; // (mention start, candidate group)
    for (size_t g : order) {
        const KeyGroup &kg = m_s.groups[g];
        if ((kg.count(EntityType::Person) == 0 && kg.count(EntityType::Place) > 0) || kg.apart == kg.items.size())
            continue; // a place is never a person's surname
        // A report names a person in full before it shortens the name, or after a headline's surname: a name
        // the text used alone before the full name was someone of that name already ("Moses" long before "gave
        // Moses Zipporah"; "God" before "the house of God Sherezer"). So a surname joins a full name only when
        // used alone fewer than three times before it, and a lone first name only when the full name came first.
        const auto usesBefore = [&](size_t c) {
            const int32_t at = m_s.items[m_s.groups[c].items.front()].range.start;
            return static_cast<size_t>(std::partition_point(kg.items.begin(), kg.items.end(),
                                                            [&](size_t i) { return m_s.items[i].range.start < at; })
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
            ++m_s.stats.candidateChecks;
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
                m_s.items[item].namesPerson = true;
            continue;
        }
        if (roots.size() == 1) {
            // "Washington" the man and "Washington" the city share a key: only the non-place mentions
            // join George Washington.
            for (size_t item : kg.items) {
                ++m_s.stats.candidateChecks;
                if (!m_s.items[item].staysApart()) {
                    m_s.itemTarget[item] = roots.front();
                    m_s.items[item].namesPerson = true;
                }
            }
            continue;
        }
        // Ambiguous ("Smith" with John Smith and Mary Smith): each mention joins the full name
        // mentioned most recently before it; mentions before any full name stay on their own.
        // One merged, sorted list of the candidates' mentions keeps this linear in mentions.
        timeline.clear();
        for (size_t c : *candidates) {
            for (size_t i : m_s.groups[c].items) {
                ++m_s.stats.candidateChecks;
                timeline.emplace_back(m_s.items[i].range.start, c);
            }
        }
        std::sort(timeline.begin(), timeline.end());
        for (size_t item : kg.items) {
            ++m_s.stats.candidateChecks;
            if (m_s.items[item].staysApart())
                continue;
            const int32_t at = m_s.items[item].range.start;
            const auto it = std::lower_bound(timeline.begin(), timeline.end(), std::make_pair(at, size_t(0)));
            if (it != timeline.begin()) {
                m_s.itemTarget[item] = std::prev(it)->second;
                m_s.items[item].namesPerson = true;
            }
        }
    }
}

void ShortNameJoins::joinOrganisationShortNames(UnionFind &uf)
{
    std::unordered_map<std::u16string_view, std::vector<size_t>> organisationsByFirst;
    std::unordered_set<std::u16string_view> personWords;
    for (size_t g = 0; g < m_s.groups.size(); ++g) {
        const KeyGroup &kg = m_s.groups[g];
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
    for (size_t g = 0; g < m_s.groups.size(); ++g) {
        const KeyGroup &kg = m_s.groups[g];
        if (kg.tokenCount != 1 || spelledAsAcronym(kg) || kg.count(EntityType::Place) > 0
            || personWords.contains(kg.key) || !(kg.mostly(EntityType::Organization) || kg.mostlyPerson()))
            continue;
        const auto it = organisationsByFirst.find(kg.key);
        if (it == organisationsByFirst.end())
            continue;
        roots.clear();
        for (size_t c : it->second) {
            ++m_s.stats.candidateChecks;
            const size_t r = uf.find(c);
            if (std::find(roots.begin(), roots.end(), r) == roots.end())
                roots.push_back(r);
        }
        const size_t full = it->second.front();
        // A firm named with its legal form is that firm's short name wherever it comes ("Greggs" in the headline,
        // "Greggs plc" further down); another full name, only after it.
        const bool fullFirst =
            m_s.items[m_s.groups[full].items.front()].range.start < m_s.items[kg.items.front()].range.start;
        if (roots.size() != 1 || uf.find(g) != g
            || !(fullFirst || OrganisationNames::endsWithLegalForm(m_s.groups[full].key)))
            continue;
        uf.unite(g, full);
        for (size_t item : kg.items) {
            if (m_s.items[item].evidence != MentionEvidence::Structure)
                m_s.items[item].namesOrganisation = true;
        }
    }
}

void ShortNameJoins::markOrganisationShortNames()
{
    // Per first word: the mentions of the full names of the organisations it starts.
    std::unordered_map<std::u16string_view, size_t> organisationFirsts;
    for (const KeyGroup &kg : m_s.groups) {
        if (kg.tokenCount < 2 || !kg.mostly(EntityType::Organization) || kg.mostlyPerson())
            continue;
        organisationFirsts[splitWords(kg.key).front()] += kg.items.size();
    }
    if (organisationFirsts.empty())
        return;
    for (KeyGroup &kg : m_s.groups) {
        if (kg.tokenCount != 1 || spelledAsAcronym(kg) || !kg.mostlyPerson())
            continue;
        const auto it = organisationFirsts.find(kg.key);
        // A name used alone far more often than the organisation is someone else ("God" beside "God of Isaac").
        if (it == organisationFirsts.end() || kg.items.size() > kShortNameUsesPerFullName * it->second)
            continue;
        ++m_s.stats.candidateChecks;
        for (size_t item : kg.items) {
            Item &it = m_s.items[item];
            if (!it.namesPerson && it.evidence != MentionEvidence::Structure && it.type == EntityType::Person)
                it.namesOrganisation = true;
        }
    }
}

} // namespace lede::core::grouping
