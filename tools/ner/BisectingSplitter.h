// BisectingSplitter: recursive spherical 2-means over unit-length vectors, the engine of both cluster tables the
// NER features use (DistributionalClusters' context vectors, EmbeddingClusters' word vectors). Each split's
// left/right choice is one bit of a word's path, so prefixes of the path are clusters at coarser and finer grain —
// the shape the features expect from Brown clusters. Deterministic: the same vectors give the same paths.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lede::tools {

// A sparse vector of (dimension, value) entries, sorted by dimension and L2-normalised.
struct SparseVector
{
    std::vector<std::pair<uint32_t, float>> entries;
};

class BisectingSplitter final
{
public:
    // `weights` rank the words: the heaviest word seeds a split (counts, or any frequency proxy). All vectors share
    // `dims` dimensions. The references must outlive the splitter.
    BisectingSplitter(const std::vector<SparseVector> &vectors, const std::vector<uint64_t> &weights, size_t dims,
                      int iterations, int depth)
        : m_vectors(vectors), m_weights(weights), m_dims(dims), m_iterations(iterations), m_depth(depth)
    {}

    // Assigns paths[w] ('0'/'1' strings) for every w in `words`, extending `prefix`; paths must be sized for every
    // index in `words`.
    void split(std::vector<uint32_t> words, const std::string &prefix, std::vector<std::string> &paths) const;

private:
    const std::vector<SparseVector> &m_vectors;
    const std::vector<uint64_t> &m_weights;
    size_t m_dims;
    int m_iterations;
    int m_depth;
};

} // namespace lede::tools
