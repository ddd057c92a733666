// DistributionalClusters: a cheap, deterministic stand-in for Brown clustering. Every word seen
// at least `minCount` times is described by the words to its left and right (the `contexts`
// most frequent words, the rest pooled), and the vocabulary is split in two again and again by
// spherical 2-means over those context vectors. The sequence of left/right choices is the
// word's bit path, so prefixes of it are clusters at coarser and finer grain — the shape the NER
// features expect from Brown clusters, at a fraction of the cost (seconds, not hours).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lede::tools {

class DistributionalClusters final
{
public:
    struct Options
    {
        int minCount = 3;
        int contexts = 800; // context words kept apart; the rest share one slot per side
        int depth = 16;     // longest bit path
        int iterations = 8; // 2-means rounds per split
        int window = 1;     // context words on each side (1 or 2; each position its own slots)
    };
    explicit DistributionalClusters(Options options) : m_options(options) {}

    // Feeds one sentence (or any run of tokens) of already-keyed tokens: `keys[i]` identifies
    // the word (the NER features' lower-case hash); `surface` is kept for the output file.
    void addSentence(const std::vector<uint64_t> &keys, const std::vector<std::string> &surface);

    struct Word
    {
        std::string surface;
        uint64_t count = 0;
        std::string path; // '0'/'1'
    };
    // Clusters the vocabulary; words sorted by path, then by count (descending).
    std::vector<Word> run() const;

    size_t tokenCount() const { return m_tokens; }

private:
    Options m_options;
    std::vector<std::vector<uint64_t>> m_sentences;
    std::vector<std::pair<uint64_t, std::string>> m_surfaces; // first surface per key
    size_t m_tokens = 0;
};

} // namespace lede::tools
