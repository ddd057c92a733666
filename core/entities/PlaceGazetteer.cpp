// PlaceGazetteer: loading the places list and iso-codes countries, and looking names up (see PlaceGazetteer.h).
#include "entities/PlaceGazetteer.h"

#include "common/DataFile.h"
#include "common/DataPaths.h"
#include "common/Utf.h"
#include "entities/NameKey.h"

#include <algorithm>
#include <charconv>

#include <nlohmann/json.hpp>

namespace lede::core {

namespace {

// Names journalists use that iso-codes does not list as name, common_name or official_name.
constexpr std::pair<std::u16string_view, std::string_view> kCountryAliases[] = {
    {u"america", "US"}, {u"us", "US"}, {u"usa", "US"}, {u"united states of america", "US"},
    {u"uk", "GB"}, {u"britain", "GB"}, {u"great britain", "GB"},
    {u"russia", "RU"}, {u"turkey", "TR"}, {u"czech republic", "CZ"}, {u"holland", "NL"},
    {u"ivory coast", "CI"}, {u"burma", "MM"}, {u"vatican", "VA"}, {u"east timor", "TL"},
    {u"cape verde", "CV"}, {u"swaziland", "SZ"}, {u"macedonia", "MK"}, {u"uae", "AE"},
    {u"brunei", "BN"}, {u"palestine", "PS"}, {u"drc", "CD"}, {u"congo", "CG"},
};

template<typename T>
bool parseNumber(std::string_view s, T &out)
{
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::u16string lookupKey(std::u16string_view name)
{
    std::u16string key = foldForMatching(stripPossessive(name));
    if (key.starts_with(u"the ") && key.size() > 4)
        key.erase(0, 4);
    return key;
}

} // namespace

PlaceGazetteer::PlaceGazetteer() = default;
PlaceGazetteer::~PlaceGazetteer() = default;

Result<std::shared_ptr<const PlaceGazetteer>, GazetteerError>
PlaceGazetteer::load(const std::filesystem::path &placesTsv, const std::filesystem::path &countriesJson)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(placesTsv, ec))
        return GazetteerError{GazetteerError::Code::NotFound, placesTsv.string() + ": not found"};
    auto data = readDataFile(placesTsv);
    if (!data)
        return GazetteerError{GazetteerError::Code::Unreadable, placesTsv.string() + ": cannot read"};

    std::shared_ptr<PlaceGazetteer> g(new PlaceGazetteer());
    forEachDataLine(*data, [&](std::string_view line) {
        std::string_view f[5];
        size_t n = 0;
        while (n < 5) {
            const size_t tab = line.find('\t');
            f[n++] = line.substr(0, tab);
            if (tab == std::string_view::npos)
                break;
            line.remove_prefix(tab + 1);
        }
        // Empty coordinates are allowed (a territory known by name only); empty population means unknown.
        Place p;
        const bool noCoordinates = n >= 4 && f[2].empty() && f[3].empty();
        p.hasCoordinates = !noCoordinates;
        if (n < 5 || f[0].empty() || f[1].size() != 2 || !isValidUtf8(f[0])
            || (!noCoordinates && (!parseNumber(f[2], p.latitude) || !parseNumber(f[3], p.longitude)))
            || (!f[4].empty() && !parseNumber(f[4], p.population)) || p.latitude < -90 || p.latitude > 90
            || p.longitude < -180 || p.longitude > 180 || p.population < 0) {
            ++g->m_skipped;
            return;
        }
        p.key = lookupKey(utf8ToUtf16(f[0]));
        if (p.key.empty()) {
            ++g->m_skipped;
            return;
        }
        p.name.assign(f[0]);
        p.country[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(f[1][0])));
        p.country[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(f[1][1])));
        g->m_places.push_back(std::move(p));
    });
    std::sort(g->m_places.begin(), g->m_places.end(), [](const Place &a, const Place &b) {
        return a.key != b.key ? a.key < b.key : a.population > b.population;
    });
    g->loadCountries(countriesJson);
    g->loadAliases(placesTsv.parent_path() / "country-aliases.tsv");
    return std::shared_ptr<const PlaceGazetteer>(std::move(g));
}

void PlaceGazetteer::loadCountries(const std::filesystem::path &path)
{
    const auto data = readDataFile(path);
    if (!data)
        return;
    const auto root = nlohmann::json::parse(*data, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return;
    const auto list = root.find("3166-1");
    if (list == root.end() || !list->is_array())
        return;
    auto str = [](const nlohmann::json &o, const char *k) -> std::string {
        const auto it = o.find(k);
        return (it != o.end() && it->is_string()) ? it->get<std::string>() : std::string();
    };
    for (const auto &c : *list) {
        if (!c.is_object())
            continue;
        const std::string alpha2 = str(c, "alpha_2"), name = str(c, "name"), common = str(c, "common_name");
        if (alpha2.size() != 2 || name.empty())
            continue;
        m_countries.push_back(Country{alpha2, common.empty() ? name : common});
    }
    std::sort(m_countries.begin(), m_countries.end(),
              [](const Country &a, const Country &b) { return a.alpha2 < b.alpha2; });
    for (size_t i = 0; i < m_countries.size(); ++i) {
        // Key every spelling iso-codes gives; look the entry up again for its other names.
        m_countryKeys.emplace_back(lookupKey(utf8ToUtf16(m_countries[i].name)), i);
    }
    for (const auto &c : *list) {
        if (!c.is_object())
            continue;
        const Country *country = countryByCode(str(c, "alpha_2"));
        if (!country)
            continue;
        const size_t i = static_cast<size_t>(country - m_countries.data());
        for (const char *field : {"name", "official_name"}) {
            const std::string v = str(c, field);
            if (!v.empty() && isValidUtf8(v))
                m_countryKeys.emplace_back(lookupKey(utf8ToUtf16(v)), i);
        }
    }
    for (const auto &[alias, code] : kCountryAliases) {
        if (const Country *country = countryByCode(code))
            m_countryKeys.emplace_back(std::u16string(alias), static_cast<size_t>(country - m_countries.data()));
    }
    sortCountryKeys();
}

void PlaceGazetteer::loadAliases(const std::filesystem::path &path)
{
    const auto data = readDataFile(path);
    if (!data || m_countries.empty())
        return;
    forEachDataLine(*data, [&](std::string_view line) {
        const size_t tab = line.find('\t');
        if (tab == std::string_view::npos || !isValidUtf8(line))
            return;
        const Country *country = countryByCode(line.substr(tab + 1));
        std::u16string key = lookupKey(utf8ToUtf16(line.substr(0, tab)));
        if (country && !key.empty())
            m_countryKeys.emplace_back(std::move(key), static_cast<size_t>(country - m_countries.data()));
    });
    sortCountryKeys();
}

void PlaceGazetteer::sortCountryKeys()
{
    // Stable, so the first spelling added for a key (iso-codes before aliases) wins.
    std::stable_sort(m_countryKeys.begin(), m_countryKeys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_countryKeys.erase(std::unique(m_countryKeys.begin(), m_countryKeys.end(),
                                    [](const auto &a, const auto &b) { return a.first == b.first; }),
                        m_countryKeys.end());
}

const PlaceGazetteer::Country *PlaceGazetteer::countryByCode(std::string_view alpha2) const
{
    const auto it = std::lower_bound(m_countries.begin(), m_countries.end(), alpha2,
                                     [](const Country &c, std::string_view k) { return c.alpha2 < k; });
    return (it != m_countries.end() && it->alpha2 == alpha2) ? &*it : nullptr;
}

std::string PlaceGazetteer::countryName(std::string_view alpha2) const
{
    const Country *c = countryByCode(alpha2);
    return c ? c->name : std::string();
}

std::shared_ptr<const PlaceGazetteer> PlaceGazetteer::shared()
{
    // A function-local static is initialised once, thread-safely, on first use.
    static const std::shared_ptr<const PlaceGazetteer> instance = []() -> std::shared_ptr<const PlaceGazetteer> {
        const auto path = findDataFile("gazetteers/places.tsv");
        if (!path)
            return nullptr;
        auto loaded = load(*path);
        return loaded.ok() ? loaded.value() : nullptr;
    }();
    return instance;
}

std::optional<PlaceInfo> PlaceGazetteer::lookup(std::string_view utf8Name) const
{
    return lookup(std::u16string_view(utf8ToUtf16(utf8Name)));
}

std::optional<PlaceInfo> PlaceGazetteer::lookup(std::u16string_view name) const
{
    const std::u16string key = lookupKey(name);
    if (key.empty())
        return std::nullopt;
    const auto places = std::equal_range(m_places.begin(), m_places.end(), key, [](const auto &a, const auto &b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Place>)
            return a.key < b;
        else
            return a < b.key;
    });

    const auto ck = std::lower_bound(m_countryKeys.begin(), m_countryKeys.end(), key,
                                     [](const auto &e, const std::u16string &k) { return e.first < k; });
    if (ck != m_countryKeys.end() && ck->first == key) {
        const Country &c = m_countries[ck->second];
        PlaceInfo info{c.name, c.alpha2, c.name, true};
        // City-states and places listed under the country's own name lend it coordinates.
        for (auto it = places.first; it != places.second; ++it) {
            if (std::string_view(it->country, 2) == c.alpha2 && it->hasCoordinates) {
                info.hasCoordinates = true;
                info.latitude = it->latitude;
                info.longitude = it->longitude;
                info.population = it->population;
                break;
            }
        }
        return info;
    }
    if (places.first == places.second)
        return std::nullopt;
    const Place &p = *places.first; // most populous first
    PlaceInfo info;
    info.name = p.name;
    info.countryCode = std::string(p.country, 2);
    info.countryName = countryName(info.countryCode);
    info.hasCoordinates = p.hasCoordinates;
    info.latitude = p.latitude;
    info.longitude = p.longitude;
    info.population = p.population;
    return info;
}

} // namespace lede::core
