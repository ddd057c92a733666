// PlaceGazetteer: what Lede knows about a place name — its country and coordinates — from the shipped
// places list (gazetteers/places.tsv: name<TAB>countryCode<TAB>lat<TAB>lon<TAB>population; lat/lon may both be
// empty for a place known by name only) and the
// country names of Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json).
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

struct PlaceInfo
{
    std::string name;        // UTF-8, as spelled in the gazetteer (or the country's English name)
    std::string countryCode; // ISO 3166-1 alpha-2 ("FR")
    std::string countryName; // English common name from iso-codes ("France", "South Korea")
    bool isCountry = false;  // the name is the country itself
    bool hasCoordinates = false;
    double latitude = 0;
    double longitude = 0;
    int64_t population = 0; // 0 when unknown
};

struct GazetteerError
{
    enum class Code : uint8_t { NotFound, Unreadable, BadFormat };
    Code code = Code::Unreadable;
    std::string detail; // English, for logs
};

class PlaceGazetteer final
{
public:
    static constexpr const char *kDefaultCountriesPath = "/usr/share/iso-codes/json/iso_3166-1.json";

    // Loads both files, and country-aliases.tsv (alias<TAB>alpha-2) when it lies beside placesTsv. A missing
    // or unreadable countries file is not fatal (countries are then unnamed); a missing places file is.
    // Malformed lines are skipped and counted.
    static Result<std::shared_ptr<const PlaceGazetteer>, GazetteerError>
    load(const std::filesystem::path &placesTsv,
         const std::filesystem::path &countriesJson = kDefaultCountriesPath);

    // The shipped gazetteer (findDataFile("gazetteers/places.tsv")), loaded lazily on first call and then
    // shared; thread-safe. Null when the file is absent or unreadable (the error is logged nowhere: ask load()).
    static std::shared_ptr<const PlaceGazetteer> shared();

    // Case- and diacritic-insensitive ("sao paulo" finds "São Paulo"; a trailing possessive and a leading
    // "the" are ignored). A country name or a common alias ("U.S.", "Britain") gives the country; otherwise
    // the most populous place of that name.
    std::optional<PlaceInfo> lookup(std::u16string_view name) const;
    std::optional<PlaceInfo> lookup(std::string_view utf8Name) const;

    // English name of an ISO alpha-2 code ("DE" -> "Germany"); empty when unknown.
    std::string countryName(std::string_view alpha2) const;

    size_t placeCount() const { return m_places.size(); }
    size_t skippedLines() const { return m_skipped; }

    PlaceGazetteer(const PlaceGazetteer &) = delete;
    PlaceGazetteer &operator=(const PlaceGazetteer &) = delete;
    PlaceGazetteer(PlaceGazetteer &&) = default;
    PlaceGazetteer &operator=(PlaceGazetteer &&) = default;
    ~PlaceGazetteer();

private:
    PlaceGazetteer();
    struct Place
    {
        std::u16string key; // NameKey fold of the name
        std::string name;
        char country[2] = {0, 0};
        float latitude = 0;
        float longitude = 0;
        int64_t population = 0;
        bool hasCoordinates = true;
    };
    struct Country
    {
        std::string alpha2;
        std::string name;
    };
    std::vector<Place> m_places;           // sorted by key, then population descending
    std::vector<Country> m_countries;      // sorted by alpha2
    std::vector<std::pair<std::u16string, size_t>> m_countryKeys; // name key -> index into m_countries, sorted
    size_t m_skipped = 0;

    const Country *countryByCode(std::string_view alpha2) const;
    void loadCountries(const std::filesystem::path &json);
    void loadAliases(const std::filesystem::path &tsv); // alias<TAB>alpha-2, beside places.tsv when shipped
    void sortCountryKeys();
};

} // namespace lede::core
