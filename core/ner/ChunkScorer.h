// ChunkScorer: entity-level precision, recall and F1 exactly as conlleval computes them.
// A chunk starts at B-X, or at I-X after O or after a chunk of another type; it is correct
// when gold and prediction have a chunk with the same first token, last token and type.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core::ner {

class ChunkScorer final
{
public:
    struct Counts
    {
        size_t gold = 0;
        size_t predicted = 0;
        size_t correct = 0;
        // Percentages (0–100); 0 when undefined, as conlleval prints them.
        double precision() const { return predicted ? 100.0 * static_cast<double>(correct) / static_cast<double>(predicted) : 0.0; }
        double recall() const { return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    };

    // One sentence's gold and predicted tags (same length; extra tags of the longer one are ignored).
    void addSentence(const std::vector<std::string_view> &gold, const std::vector<std::string_view> &predicted);

    const Counts &overall() const { return m_overall; }
    const std::map<std::string, Counts, std::less<>> &byType() const { return m_byType; }
    size_t tokens() const { return m_tokens; }
    size_t correctTags() const { return m_correctTags; }

    struct Chunk
    {
        size_t first = 0;
        size_t last = 0;
        std::string_view type;
        bool operator==(const Chunk &) const = default;
    };
    static std::vector<Chunk> chunks(const std::vector<std::string_view> &tags, size_t count);

private:
    Counts m_overall;
    std::map<std::string, Counts, std::less<>> m_byType;
    size_t m_tokens = 0;
    size_t m_correctTags = 0;
};

} // namespace lede::core::ner
