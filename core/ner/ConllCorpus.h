// ConllCorpus: CoNLL-format NER data — token in the first column, gold tag in the last, a blank
// line ends a sentence, "-DOCSTART-" lines separate documents. Keeps every line in order so a
// tool can write the file back with predictions added.
#pragma once

#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace lede::core::ner {

struct ConllLine
{
    enum class Kind : uint8_t { Token, Blank, DocStart };
    Kind kind = Kind::Blank;
    std::string token; // first column (Token lines)
    std::string gold;  // last column, "O" when the line has a single column
    std::string raw;   // the line as read, without its line ending
};

struct ConllCorpus
{
    struct Document
    {
        std::vector<std::vector<uint32_t>> sentences; // indices into lines
    };

    std::vector<ConllLine> lines;
    std::vector<Document> documents;
    // The gold tags' scheme: true for IOB1 (I-X opens chunks, B-X only between adjacent chunks
    // of one type), false for IOB2. Decided by which scheme's evidence the tags show; IOB2 when
    // there is none either way.
    bool iob1 = false;

    static ConllCorpus parse(std::istream &in);
    static std::optional<ConllCorpus> readFile(const std::filesystem::path &path);

    size_t tokenCount() const;
};

} // namespace lede::core::ner
