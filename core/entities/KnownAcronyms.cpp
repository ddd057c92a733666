// KnownAcronyms: the table (see KnownAcronyms.h). Kept to unambiguous, widely used acronyms; an article
// that spells out a different expansion wins over this table (EntityGrouper checks the text first).
#include "entities/KnownAcronyms.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace lede::core {

namespace {
// Sorted by key for binary search.
constexpr std::pair<std::u16string_view, std::u16string_view> kTable[] = {
    {u"asean", u"Association of Southeast Asian Nations"},
    {u"cdc", u"Centers for Disease Control and Prevention"},
    {u"cia", u"Central Intelligence Agency"},
    {u"drc", u"Democratic Republic of the Congo"},
    {u"ecb", u"European Central Bank"},
    {u"eu", u"European Union"},
    {u"fbi", u"Federal Bureau of Investigation"},
    {u"fda", u"Food and Drug Administration"},
    {u"iaea", u"International Atomic Energy Agency"},
    {u"icc", u"International Criminal Court"},
    {u"icj", u"International Court of Justice"},
    {u"imf", u"International Monetary Fund"},
    {u"ioc", u"International Olympic Committee"},
    {u"nasa", u"National Aeronautics and Space Administration"},
    {u"nato", u"North Atlantic Treaty Organization"},
    {u"nhs", u"National Health Service"},
    {u"nsa", u"National Security Agency"},
    {u"nyc", u"New York City"},
    {u"oecd", u"Organisation for Economic Co-operation and Development"},
    {u"opec", u"Organization of the Petroleum Exporting Countries"},
    {u"prc", u"People's Republic of China"},
    {u"sec", u"Securities and Exchange Commission"},
    {u"uae", u"United Arab Emirates"},
    {u"uk", u"United Kingdom"},
    {u"un", u"United Nations"},
    {u"unesco", u"United Nations Educational, Scientific and Cultural Organization"},
    {u"unhcr", u"United Nations High Commissioner for Refugees"},
    {u"unicef", u"United Nations Children's Fund"},
    {u"us", u"United States"},
    {u"usa", u"United States"},
    {u"ussr", u"Soviet Union"},
    {u"wfp", u"World Food Programme"},
    {u"who", u"World Health Organization"},
    {u"wto", u"World Trade Organization"},
    {u"wwf", u"World Wide Fund for Nature"},
};
static_assert(std::is_sorted(std::begin(kTable), std::end(kTable),
                             [](const auto &a, const auto &b) { return a.first < b.first; }),
              "kTable must stay sorted by key");
} // namespace

std::u16string_view knownAcronymExpansion(std::u16string_view acronymKey)
{
    const auto it = std::lower_bound(std::begin(kTable), std::end(kTable), acronymKey,
                                     [](const auto &e, std::u16string_view k) { return e.first < k; });
    if (it != std::end(kTable) && it->first == acronymKey)
        return it->second;
    return {};
}

} // namespace lede::core
