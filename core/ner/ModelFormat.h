// ModelFormat: the versioned binary NER model file.
//
//   offset  size  field
//   0       8     magic "LEDENER\x1a"
//   8       4     format version (little-endian uint32, currently 3; versions 1 and 2, which end
//                 after the gazetteer or the word clusters, are still read)
//   12      4     reserved (0)
//   16      8     payload size in bytes
//   24      8     checksum of the payload (payloadChecksum)
//   32      …     payload:
//                   uint32 label count (9), uint32 stage count (1 or 2), uint32 feature count n,
//                   uint32 description length d, d bytes UTF-8 description,
//                   float scale[stages], float transitions[stages][10][9],
//                   uint64 keys[n] (ascending), int16 weights[n][stages][9],
//                   uint32 p, (uint64 key, uint32 mask)[p] gazetteer phrases,
//                   uint32 s, (uint64 key, uint32 length)[s] gazetteer phrase starts,
//                   uint32 c, (uint64 key, uint32 path)[c] word clusters (version 2; WordClusters.h),
//                   uint32 e, (uint64 key, uint32 path)[e] embedding clusters (version 3; same form)
//
// The gazetteer and the word clusters travel inside the model: the features were trained on exactly that list, so
// a newer iso-codes or an edited list cannot shift them silently, and loading needs no parsing.
// All integers and floats little-endian. A weight is int16 × scale[stage]; quantising to 16 bits
// halves the file and the working set at no measurable cost in accuracy.
#pragma once

#include "common/Result.h"
#include "ner/Gazetteer.h"
#include "ner/NerLabels.h"
#include "ner/NerTagger.h"
#include "ner/Viterbi.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core::ner {

inline constexpr char kModelMagic[8] = {'L', 'E', 'D', 'E', 'N', 'E', 'R', '\x1a'};
inline constexpr uint32_t kModelVersion = 3;
inline constexpr uint32_t kOldestModelVersion = 1;
inline constexpr size_t kModelHeaderSize = 32;

struct ModelData
{
    uint32_t stages = 1;            // 2 when the document-level second stage is present
    std::string description;        // how the model was trained (corpus, epochs, scores)
    std::vector<uint64_t> keys;     // ascending feature keys
    std::vector<int16_t> weights;   // keys.size() × stages × kLabelCount
    float scale[2] = {1.0f, 1.0f};
    Transitions transitions[2];
    std::vector<Gazetteer::Entry> gazetteerPhrases; // ascending keys
    std::vector<Gazetteer::Entry> gazetteerStarts;
    std::vector<Gazetteer::Entry> clusters; // word clusters, ascending keys (empty: no cluster features)
    std::vector<Gazetteer::Entry> embeddingClusters; // likewise, from word vectors (empty: no such features)
};

uint64_t payloadChecksum(std::string_view payload);

// Drops every feature whose quantised weights (all stages, all labels) are below `minWeight` in magnitude: most
// of a perceptron's rare features end near zero and cost table space and cache misses for nothing.
void pruneFeatures(ModelData &model, int minWeight);

std::string serializeModel(const ModelData &model);
Result<ModelData, ModelError> parseModel(std::string_view bytes);
Result<ModelData, ModelError> readModelFile(const std::filesystem::path &path);
// Writes atomically (temporary file + rename). Returns an empty string or an English error.
std::string writeModelFile(const ModelData &model, const std::filesystem::path &path);

} // namespace lede::core::ner
