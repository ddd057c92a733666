// lede-ner-gazetteers: derives the compact gazetteers shipped in resources/data/gazetteers from
// ../shared (GeoNames cities, first-name lists) and Debian's iso-codes (countries).
//
//   lede-ner-gazetteers [--shared ../shared] [--iso-codes /usr/share/iso-codes/json]
//                       [--out resources/data/gazetteers] [--min-births 2000]
//                       [--people-names DIR/dict/people-names.txt] [--companies DIR/dict/companies.txt]
//
// Writes places.tsv (name, ISO alpha-2, latitude, longitude, population; sorted by name; cities
// and countries — a country's coordinates are the population-weighted centre of its listed
// cities and its population their sum, a lower bound) and first-names.txt. The cue-word lists
// (org-cues.txt, person-titles.txt, place-cues.txt) and country-aliases.tsv (read here) are written by hand.
// With --people-names and --companies (the word lists of the npm packages @cspell/dict-people-names and
// @cspell/dict-companies, MIT; `npm pack` them and unpack), also person-names.txt (first names and surnames) and
// companies.txt (company and brand names, two characters or more). The tagger uses every list as features,
// never as an override.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Place
{
    std::string name, country;
    double lat = 0, lon = 0;
    long long population = 0;
    bool hasCoordinates = false;
};

std::vector<std::string> splitTabs(const std::string &line)
{
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t'))
        out.push_back(field);
    return out;
}

bool usableName(const std::string &name)
{
    return !name.empty() && name.find_first_of("\t\n\r,([") == std::string::npos;
}

std::string formatCoordinate(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.5f", v);
    return buf;
}

int usage()
{
    std::cerr << "usage: lede-ner-gazetteers [--shared DIR] [--iso-codes DIR] [--out DIR] [--min-births N]\n"
                 "                           [--people-names FILE] [--companies FILE]\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    fs::path shared = "../shared", iso = "/usr/share/iso-codes/json", out = "resources/data/gazetteers";
    long long minBirths = 2000;
    fs::path peopleNames, companies;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        if (a == "--shared")
            shared = argv[++i];
        else if (a == "--iso-codes")
            iso = argv[++i];
        else if (a == "--out")
            out = argv[++i];
        else if (a == "--min-births")
            minBirths = std::atoll(argv[++i]);
        else if (a == "--people-names")
            peopleNames = argv[++i];
        else if (a == "--companies")
            companies = argv[++i];
        else
            return usage();
    }

    // Cities.
    const fs::path citiesFile = shared / "gazetteers/geonames-libgeonames/cities_libgeonames0_0.3.0.tsv";
    std::ifstream cities(citiesFile);
    if (!cities) {
        std::cerr << "cannot read " << citiesFile << "\n";
        return 1;
    }
    std::map<std::pair<std::string, std::string>, Place> places; // (name, country) → largest
    struct Centre { double x = 0, y = 0, z = 0, weight = 0; long long population = 0; };
    std::map<std::string, Centre> centres;
    std::string line;
    std::getline(cities, line); // header
    while (std::getline(cities, line)) {
        const auto f = splitTabs(line);
        if (f.size() < 8 || !usableName(f[0]) || f[3].size() != 2)
            continue;
        Place p{f[0], f[3], std::atof(f[5].c_str()), std::atof(f[6].c_str()), std::atoll(f[7].c_str()), true};
        auto &slot = places[{p.name, p.country}];
        if (slot.name.empty() || p.population > slot.population)
            slot = p;
        // Averaging unit vectors, not degrees, keeps countries across the antimeridian right.
        const double la = p.lat * M_PI / 180, lo = p.lon * M_PI / 180, w = static_cast<double>(std::max(p.population, 1LL));
        Centre &c = centres[p.country];
        c.x += w * std::cos(la) * std::cos(lo);
        c.y += w * std::cos(la) * std::sin(lo);
        c.z += w * std::sin(la);
        c.weight += w;
        c.population += p.population;
    }

    // Countries.
    std::ifstream isoIn(iso / "iso_3166-1.json");
    const auto isoDoc = nlohmann::json::parse(isoIn, nullptr, false);
    if (!isoDoc.is_object() || !isoDoc.contains("3166-1")) {
        std::cerr << "cannot read " << (iso / "iso_3166-1.json") << "\n";
        return 1;
    }
    size_t countries = 0;
    std::vector<std::pair<std::string, std::string>> countryNames; // (name, alpha-2)
    for (const auto &entry : isoDoc["3166-1"]) {
        const std::string code = entry.value("alpha_2", "");
        if (code.size() != 2)
            continue;
        for (const char *field : {"name", "common_name"})
            countryNames.emplace_back(entry.value(field, ""), code);
    }
    // The hand-written short names ("Russia" for "Russian Federation") live beside the output.
    std::ifstream aliases(out / "country-aliases.tsv");
    while (std::getline(aliases, line)) {
        const auto f = splitTabs(line);
        if (f.size() >= 2 && !f[0].empty() && f[0][0] != '#')
            countryNames.emplace_back(f[0], f[1]);
    }
    {
        for (const auto &[name, code] : countryNames) {
            if (!usableName(name))
                continue;
            Place p{name, code, 0, 0, 0, false};
            if (auto it = centres.find(code); it != centres.end() && it->second.weight > 0) {
                const Centre &c = it->second;
                p.lat = std::atan2(c.z, std::hypot(c.x, c.y)) * 180 / M_PI;
                p.lon = std::atan2(c.y, c.x) * 180 / M_PI;
                p.population = c.population;
                p.hasCoordinates = true;
            }
            places[{p.name, p.country}] = p; // a country outranks a city of the same name and code
            ++countries;
        }
    }

    std::vector<Place> sorted;
    sorted.reserve(places.size());
    for (auto &[key, p] : places)
        sorted.push_back(std::move(p));
    std::stable_sort(sorted.begin(), sorted.end(), [](const Place &a, const Place &b) {
        return a.name != b.name ? a.name < b.name : a.population > b.population;
    });
    fs::create_directories(out);
    std::ofstream placesOut(out / "places.tsv", std::ios::binary | std::ios::trunc);
    for (const Place &p : sorted) {
        placesOut << p.name << '\t' << p.country << '\t' << (p.hasCoordinates ? formatCoordinate(p.lat) : "") << '\t'
                  << (p.hasCoordinates ? formatCoordinate(p.lon) : "") << '\t' << p.population << '\n';
    }

    // First names: the English lists plus every US name given at least `minBirths` times.
    std::set<std::string> names;
    for (const char *file : {"female-first-names-en.txt", "male-first-names-en.txt"}) {
        std::ifstream in(shared / "gazetteers/first-names-stdlib" / file);
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (usableName(line))
                names.insert(line);
        }
    }
    std::ifstream ssa(shared / "gazetteers/us-baby-names/ssa_national_name_sex_totals_1880_2024.tsv");
    std::getline(ssa, line);
    while (std::getline(ssa, line)) {
        const auto f = splitTabs(line);
        if (f.size() < 3 || std::atoll(f[2].c_str()) < minBirths || !usableName(f[0]))
            continue;
        std::string name = f[0];
        name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
        names.insert(name);
    }
    std::ofstream namesOut(out / "first-names.txt", std::ios::binary | std::ios::trunc);
    for (const auto &n : names)
        namesOut << n << '\n';

    std::cout << "places.tsv: " << sorted.size() << " names (" << countries << " country names)\n"
              << "first-names.txt: " << names.size() << " names\n";

    // The cspell word lists: one name a line, '#' comments; kept as they are, sorted, without duplicates.
    for (const auto &[from, to] : {std::pair{peopleNames, "person-names.txt"}, std::pair{companies, "companies.txt"}}) {
        if (from.empty())
            continue;
        std::ifstream in(from);
        if (!in) {
            std::cerr << "cannot read " << from << "\n";
            return 1;
        }
        std::set<std::string> entries;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (line.size() >= 2 && line.front() != '#')
                entries.insert(line);
        }
        std::ofstream listOut(out / to, std::ios::binary | std::ios::trunc);
        for (const auto &e : entries)
            listOut << e << '\n';
        std::cout << to << ": " << entries.size() << " names\n";
    }
    return 0;
}
