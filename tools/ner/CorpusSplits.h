// CorpusSplits: which documents of each training corpus are for training, for choosing (dev) and for reporting
// (test). Decided once, by document, and committed (tools/ner/corpus-splits.tsv, written by lede-ner-splits), so
// every model is selected and scored on the same documents and a test document never steers a choice.
//
// File format, one row per corpus file (TAB-separated, '#' starts a comment):
//   corpus  file  misc  documents  train  dev  test
// `file` is relative to the corpora directory; `misc` is "full" when the file annotates MISC as CoNLL-2003 does
// and "partial" when its MISC is missing or narrower (an O token there may be a MISC name; the trainer treats it
// as unknown and the scores leave MISC out); `documents` is the file's document count, checked on reading; the
// split columns list document indices (0-based) as ranges ("0-9,12,15-20"), "-" when empty.
#pragma once

#include "ner/ConllCorpus.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lede::tools {

enum class Split : uint8_t { Train, Dev, Test };

struct CorpusFile
{
    std::string corpus; // "btc", "conll2003", …
    std::string file;   // relative to the corpora directory
    bool partialMisc = false;
    std::vector<Split> splitOf; // per document
};

struct CorpusSplits
{
    std::vector<CorpusFile> files;

    // Reads a splits file; on failure returns nullopt and sets `error` (English, with the line number).
    static std::optional<CorpusSplits> read(const std::filesystem::path &path, std::string &error);
    std::string serialize() const;
};

// "0-3,5,7-9" for the ascending indices given; "-" when there are none.
std::string formatRanges(const std::vector<uint32_t> &indices);
// The inverse; nullopt when malformed.
std::optional<std::vector<uint32_t>> parseRanges(const std::string &text);

// The documents of `from` at `indices`, as a corpus of their own (lines copied, indices renumbered).
void appendDocuments(core::ner::ConllCorpus &to, const core::ner::ConllCorpus &from,
                     const std::vector<uint32_t> &indices);

// One split of a corpus file, read from `corporaDir`: the documents and, per document, whether MISC is partial.
struct SplitSelection
{
    core::ner::ConllCorpus corpus;
    std::vector<uint8_t> partialMisc;  // per document of `corpus`
    std::vector<std::string> corpusOf; // per document: its corpus name
};
// Appends `split` of every file in `splits` whose corpus is in `only` (all when empty). False and `error` set
// when a file cannot be read or its document count differs from the splits file's.
bool selectSplit(const CorpusSplits &splits, const std::filesystem::path &corporaDir, Split split,
                 const std::vector<std::string> &only, SplitSelection &out, std::string &error);

} // namespace lede::tools
