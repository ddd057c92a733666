// Gazetteer loading (derived TSV/text lists and iso-codes JSON) and phrase matching.
#include "ner/Gazetteer.h"

#include "common/DataFile.h"
#include "common/Utf.h"
#include "ner/FeatureHash.h"
#include "ner/TokenInfo.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace lede::core::ner {

namespace {

constexpr uint32_t kMaskBits = (1u << Gazetteer::kCategoryCount) - 1;

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0xA0 || c == u'\r' || c == u'\n';
}

// The data lines of a file (see forEachDataLine); false when it cannot be read.
template<typename Fn>
bool forEachLine(const std::filesystem::path &file, Fn &&fn)
{
    const auto data = readDataFile(file);
    if (!data)
        return false;
    forEachDataLine(*data, fn);
    return true;
}

} // namespace

std::filesystem::path Gazetteer::defaultIsoCodesDir()
{
    return "/usr/share/iso-codes/json";
}

uint64_t Gazetteer::phraseKey(const uint64_t *lowers, size_t n)
{
    uint64_t h = kFnvOffset;
    for (size_t i = 0; i < n; ++i)
        h = combine(h, lowers[i]);
    return h == 0 ? 1 : h;
}

uint64_t Gazetteer::tokenise(std::u16string_view phrase, std::vector<uint64_t> &lowers) const
{
    lowers.clear();
    size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && isSpace(phrase[i]))
            ++i;
        const size_t start = i;
        while (i < phrase.size() && !isSpace(phrase[i]))
            ++i;
        if (i > start)
            lowers.push_back(lowerHash(phrase.substr(start, i - start)));
    }
    return lowers.empty() ? 0 : phraseKey(lowers.data(), lowers.size());
}

void Gazetteer::add(std::u16string_view phrase, Category category)
{
    std::vector<uint64_t> lowers;
    const uint64_t key = tokenise(phrase, lowers);
    if (key == 0 || lowers.size() > kMaxPhraseTokens)
        return;
    m_building[key] |= 1u << category;
    uint32_t &longest = m_buildingStarts[lowers.front()];
    longest = std::max<uint32_t>(longest, static_cast<uint32_t>(lowers.size()));
}

void Gazetteer::add(std::string_view utf8Phrase, Category category)
{
    add(utf8ToUtf16(utf8Phrase), category);
}

bool Gazetteer::contains(std::u16string_view phrase, Category c) const
{
    std::vector<uint64_t> lowers;
    const uint64_t key = tokenise(phrase, lowers);
    const uint32_t mask = m_phrases.find(key);
    return mask != FeatureTable::kMissing && (mask & (1u << c)) != 0;
}

std::vector<std::string> Gazetteer::load(const std::filesystem::path &dir, const std::filesystem::path &isoCodesDir)
{
    std::vector<std::string> sources;

    // Countries and subdivisions first, so that places.tsv's country rows are not counted as cities.
    auto readIso = [&](const char *file, const char *section, Category c, std::initializer_list<const char *> fields) {
        std::ifstream in(isoCodesDir / file, std::ios::binary);
        if (!in)
            return;
        const nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
        if (!doc.is_object() || !doc.contains(section) || !doc[section].is_array())
            return;
        for (const auto &entry : doc[section]) {
            for (const char *f : fields) {
                if (!entry.contains(f) || !entry[f].is_string())
                    continue;
                const std::string &name = entry[f].get_ref<const std::string &>();
                // "Korea, Republic of" and "Bonaire, Sint Eustatius and Saba" are not how news writes them.
                if (name.find_first_of(",([") == std::string::npos)
                    add(std::string_view(name), c);
            }
        }
        sources.emplace_back(file);
    };
    readIso("iso_3166-1.json", "3166-1", Country, {"name", "common_name", "official_name"});
    readIso("iso_3166-2.json", "3166-2", Subdivision, {"name"});
    if (forEachLine(dir / "country-aliases.tsv", [&](std::string_view line) { add(line.substr(0, line.find('\t')), Country); }))
        sources.emplace_back("country-aliases.tsv");

    if (forEachLine(dir / "places.tsv", [&](std::string_view line) {
            // name \t country \t lat \t lon \t population
            const size_t tab = line.find('\t');
            if (tab == std::string_view::npos || tab == 0)
                return;
            const std::string_view name = line.substr(0, tab);
            std::vector<uint64_t> lowers;
            const uint64_t key = tokenise(utf8ToUtf16(name), lowers);
            if (auto it = m_building.find(key); it != m_building.end() && (it->second & (1u << Country)))
                return;
            const size_t popTab = line.rfind('\t');
            long long population = 0;
            if (popTab != std::string_view::npos && popTab > tab) {
                for (char ch : line.substr(popTab + 1)) {
                    if (ch < '0' || ch > '9')
                        break;
                    population = std::min<long long>(population * 10 + (ch - '0'), 1LL << 40);
                }
            }
            add(name, City);
            if (population >= 500000)
                add(name, BigCity);
        }))
        sources.emplace_back("places.tsv");

    const std::pair<const char *, Category> lists[] = {
        {"first-names.txt", FirstName}, {"org-cues.txt", OrgCue},         {"person-titles.txt", PersonTitle},
        {"place-cues.txt", PlaceCue},   {"person-names.txt", PersonName}, {"companies.txt", Company},
    };
    for (const auto &[file, category] : lists) {
        const Category c = category;
        if (forEachLine(dir / file, [&](std::string_view line) { add(line, c); }))
            sources.emplace_back(file);
    }
    freeze();
    return sources;
}

std::vector<Gazetteer::Entry> Gazetteer::phraseEntries() const
{
    std::vector<Entry> out;
    out.reserve(m_building.size());
    for (const auto &[key, mask] : m_building)
        out.push_back(Entry{key, mask});
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Gazetteer::Entry> Gazetteer::startEntries() const
{
    std::vector<Entry> out;
    out.reserve(m_buildingStarts.size());
    for (const auto &[key, longest] : m_buildingStarts)
        out.push_back(Entry{key, longest});
    std::sort(out.begin(), out.end());
    return out;
}

Gazetteer Gazetteer::fromEntries(const std::vector<Entry> &phrases, const std::vector<Entry> &starts)
{
    Gazetteer g;
    g.m_building.reserve(phrases.size());
    for (const Entry &e : phrases) {
        if (e.key != 0)
            g.m_building.emplace(e.key, e.value & kMaskBits);
    }
    g.m_buildingStarts.reserve(starts.size());
    for (const Entry &e : starts) {
        if (e.key != 0)
            g.m_buildingStarts.emplace(e.key, std::min<uint32_t>(e.value, kMaxPhraseTokens));
    }
    g.freeze();
    return g;
}

Gazetteer Gazetteer::frozenFromEntries(const std::vector<Entry> &phrases, const std::vector<Entry> &starts)
{
    Gazetteer g;
    g.m_phrases = FeatureTable::frozen(
        phrases.size(), [&](size_t i) { return phrases[i].key; },
        [&](size_t i) { return phrases[i].value & kMaskBits; });
    g.m_starts = FeatureTable::frozen(
        starts.size(), [&](size_t i) { return starts[i].key; },
        [&](size_t i) { return std::min<uint32_t>(starts[i].value, kMaxPhraseTokens); });
    return g;
}

void Gazetteer::freeze()
{
    // The build maps stay the master copy, so add() after freeze() followed by freeze() works.
    m_phrases = FeatureTable(m_building.size());
    for (const auto &[key, mask] : m_building)
        m_phrases.insert(key, mask);
    m_starts = FeatureTable(m_buildingStarts.size());
    for (const auto &[key, longest] : m_buildingStarts)
        m_starts.insert(key, longest);
}

void Gazetteer::match(const uint64_t *lowers, size_t n, uint32_t *codes) const
{
    std::fill(codes, codes + n, 0u);
    if (m_starts.size() == 0)
        return;
    // Length of the longest match per token and category so far; phrases are ≤ 6 tokens.
    std::vector<uint8_t> bestLen;
    for (size_t i = 0; i < n; ++i) {
        const uint32_t longest = m_starts.find(lowers[i]);
        if (longest == FeatureTable::kMissing)
            continue;
        uint64_t h = kFnvOffset;
        const size_t maxLen = std::min<size_t>(longest, n - i);
        for (size_t len = 1; len <= maxLen; ++len) {
            h = combine(h, lowers[i + len - 1]);
            const uint32_t found = m_phrases.find(h == 0 ? 1 : h);
            if (found == FeatureTable::kMissing)
                continue;
            const uint32_t mask = found & kMaskBits;
            if (bestLen.empty())
                bestLen.assign(n * kCategoryCount, 0);
            for (int c = 0; c < kCategoryCount; ++c) {
                if (!(mask & (1u << c)))
                    continue;
                for (size_t j = i; j < i + len; ++j) {
                    uint8_t &best = bestLen[j * kCategoryCount + c];
                    if (best >= len)
                        continue;
                    best = static_cast<uint8_t>(len);
                    const uint32_t pos = len == 1 ? Unit : j == i ? Begin : j + 1 == i + len ? Last : Inside;
                    codes[j] = (codes[j] & ~(7u << (3 * c))) | (pos << (3 * c));
                }
            }
        }
    }
}

} // namespace lede::core::ner
