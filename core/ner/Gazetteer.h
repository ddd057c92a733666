// Gazetteer: phrase lists (countries, subdivisions, cities, first names, cue words) matched
// against token sequences. Phrases are keyed by the hashes of their tokens' lower-case forms,
// so matching a sentence costs a table probe per token plus one per candidate phrase length.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ner/FeatureTable.h"

namespace lede::core::ner {

class Gazetteer final
{
public:
    enum Category : uint8_t {
        Country,
        Subdivision,
        City,
        BigCity, // population ≥ 500,000
        FirstName,
        OrgCue,      // Ministry, Inc, University, ...
        PersonTitle, // Mr, President, coach, ...
        PlaceCue,    // River, Mount, Province, ...
        PersonName,  // first names and surnames (person-names.txt)
        Company,     // company and brand names (companies.txt)
        kCategoryCount
    };
    // Position of a token inside the longest phrase of one category covering it.
    enum Position : uint8_t { None, Unit, Begin, Inside, Last };
    static constexpr int kMaxPhraseTokens = 6;

    Gazetteer() = default;

    // Adds a phrase (tokens separated by white space). Phrases longer than kMaxPhraseTokens are ignored.
    void add(std::u16string_view phrase, Category category);
    void add(std::string_view utf8Phrase, Category category);

    // Reads the derived lists in `dir` (places.tsv, first-names.txt, org-cues.txt, person-titles.txt,
    // place-cues.txt, person-names.txt, companies.txt) and Debian's iso-codes JSON from `isoCodesDir` (countries, subdivisions).
    // Missing files are skipped; returns the names of the sources that were read.
    std::vector<std::string> load(const std::filesystem::path &dir, const std::filesystem::path &isoCodesDir);

    // Makes the added phrases searchable; call once after the last add().
    void freeze();

    // For tokens with lower-case hashes `lowers[0..n)`, writes per token 3 bits per category
    // (a Position) into codes[0..n).
    static_assert(3 * kCategoryCount <= 32, "a token's positions must fit one uint32");
    void match(const uint64_t *lowers, size_t n, uint32_t *codes) const;

    static Position positionOf(uint32_t code, Category c) { return static_cast<Position>((code >> (3 * c)) & 7); }
    size_t phraseCount() const { return m_phrases.size(); }
    bool empty() const { return m_phrases.size() == 0; }
    // True when `phrase` was added with category `c` (for tests and tools).
    bool contains(std::u16string_view phrase, Category c) const;

    static std::filesystem::path defaultIsoCodesDir();

    // The frozen tables as (key, value) lists sorted by key — how a model file carries the exact
    // gazetteer its weights were trained with — and a frozen gazetteer rebuilt from them.
    struct Entry
    {
        uint64_t key = 0;
        uint32_t value = 0;
        bool operator<(const Entry &o) const { return key < o.key; }
    };
    std::vector<Entry> phraseEntries() const;
    std::vector<Entry> startEntries() const;
    static Gazetteer fromEntries(const std::vector<Entry> &phrases, const std::vector<Entry> &starts);
    // The same for matching only (a loaded model): the tables are built in one pass and nothing is kept for add()
    // or the entry lists, which come back empty.
    static Gazetteer frozenFromEntries(const std::vector<Entry> &phrases, const std::vector<Entry> &starts);

private:
    static uint64_t phraseKey(const uint64_t *lowers, size_t n);
    uint64_t tokenise(std::u16string_view phrase, std::vector<uint64_t> &lowers) const;

    std::unordered_map<uint64_t, uint32_t> m_building;      // phrase key → category mask
    std::unordered_map<uint64_t, uint32_t> m_buildingStarts; // first token → longest phrase
    FeatureTable m_phrases; // frozen: phrase key → category mask
    FeatureTable m_starts;  // frozen: first-token hash → longest phrase length
};

} // namespace lede::core::ner
