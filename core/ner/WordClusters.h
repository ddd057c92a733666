// WordClusters: a word → hierarchical cluster path table (Brown-cluster style bit strings),
// looked up by the token's normalised lower-case hash (TokenInfo::lower). The features use
// prefixes of the path, so words the training data never labelled still share weights with
// distributionally similar words that it did ("Feyenoord" with other club names).
#pragma once

#include "ner/FeatureTable.h"
#include "ner/Gazetteer.h"

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace lede::core::ner {

// A path of up to kMaxBits bits, most significant first; 0 means "no cluster".
struct ClusterPath
{
    static constexpr int kMaxBits = 24;
    uint32_t code = 0; // bits 24-31: length (1..24), bits 0-23: the path

    bool known() const { return code != 0; }
    int length() const { return static_cast<int>(code >> 24); }
    uint32_t bits() const { return code & 0xFFFFFFu; }
    // The first `n` bits (all of them when the path is shorter), as a code of its own.
    uint32_t prefix(int n) const
    {
        const int len = length();
        if (n >= len)
            return code;
        return (static_cast<uint32_t>(n) << 24) | (bits() >> (len - n));
    }
    // From a string of '0'/'1'; nullopt-like zero code when it is empty, too long or not binary.
    static ClusterPath fromBitString(std::string_view bits);
};

class WordClusters final
{
public:
    WordClusters() = default;

    // Adds a word (any case; the key is its normalised lower-case hash). Later adds of the same
    // form are ignored. Returns false when the path is invalid.
    bool add(std::u16string_view word, ClusterPath path);
    // Reads "bitpath<TAB>word[<TAB>count]" lines (the format of Liang's Brown clustering
    // tool). Returns the number of words read, or -1 when the file cannot be opened.
    long loadTsv(const std::filesystem::path &file);

    ClusterPath find(uint64_t lowerHash) const
    {
        const uint32_t v = m_table.find(lowerHash);
        return ClusterPath{v == FeatureTable::kMissing ? 0u : v};
    }
    size_t size() const { return m_table.size(); }
    bool empty() const { return m_table.size() == 0; }

    // (lower-case hash, path code) pairs sorted by key — how a model file carries the table —
    // and a table rebuilt from them (entries with a zero key or code are skipped).
    std::vector<Gazetteer::Entry> entries() const;
    static WordClusters fromEntries(const std::vector<Gazetteer::Entry> &entries);
    // For lookups only from here on: frees what adding and entries() need (a loaded model's 341k-word table
    // would otherwise hold every entry twice). size() stays.
    void freeze();
    // A lookup-only table straight from a model's (distinct, valid) entries: one pass, nothing kept for entries().
    static WordClusters frozenFromEntries(const std::vector<Gazetteer::Entry> &entries);

private:
    bool addKey(uint64_t key, uint32_t code);

    FeatureTable m_table;
    std::vector<Gazetteer::Entry> m_entries;
};

} // namespace lede::core::ner
