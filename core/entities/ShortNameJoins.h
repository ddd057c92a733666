// ShortNameJoins: EntityGrouper's passes that join a shortened name to the full name it stands for: a person's
// partial name ("Kaneko" to "Eri Kaneko", rule 3 of EntityGrouper.h) and an organisation's one-word short name
// ("Carrow" to "Carrow Property Group"). Private to core/entities.
#pragma once

#include "entities/GroupingState.h"

#include <string_view>
#include <vector>

namespace lede::core::grouping {

class ShortNameJoins final
{
public:
    explicit ShortNameJoins(GroupingState &state) : m_s(state) {}

    // Rule 3 of EntityGrouper.h: a person's partial name joins the full name that contains it.
    void joinPartialNames(UnionFind &uf);

    // A one-word name after an organisation's full name that starts with it is that organisation, shortened
    // ("Carrow" after "Carrow Property Group"): it joins it and votes "organization". Left apart when it could be
    // someone else: two organisations start with the word, a person's full name contains it ("Harriet Ford"
    // beside "Ford Motor"), it names a place, it is an adjective the tagger calls "other" ("Iraqi" beside "Iraqi
    // National Congress"), or the text used it before the full name (unless the full name ends in a legal form: "Greggs"
    // in a headline, "Greggs plc" below it).
    void joinOrganisationShortNames(UnionFind &uf);

    // A one-word name the tagger calls a person while the text also names an organisation that starts with it
    // ("Ruch" beside "Ruch SA", "Rotor" beside "Rotor Volgograd") is that organisation's short name: its mentions
    // vote "organization". Never a partial person name, and only the person labels: a place ("Chicago" beside
    // "Chicago Bulls") or an adjective ("Iraqi" beside "Iraqi National Congress") keeps its type; nor a name used
    // alone more than 30 times for each mention of the organisations it starts ("God" beside "God of Isaac").
    // A headline's ALL CAPS ("GREGGS") does not make a name an acronym, which these two rules leave alone, when the
    // text also writes it otherwise ("Greggs").
    void markOrganisationShortNames();

private:
    GroupingState &m_s;

    // An acronym the text never writes otherwise: a headline's "GREGGS" beside the body's "Greggs" is a name.
    bool spelledAsAcronym(const KeyGroup &kg) const;

    // Two names the tagger ran together ("Michal David's wife", "Shuah Judah"), not one person's full name: a
    // name of two words met once or twice, each of whose words the text used alone before it (a report names a
    // person in full first, and at most the surname in a headline before). No partial name joins it.
    bool runTogether(const KeyGroup &kg, const std::vector<std::u16string_view> &tokens) const;
};

} // namespace lede::core::grouping
