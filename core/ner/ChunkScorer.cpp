// conlleval-compatible chunk scoring (see ChunkScorer.h).
#include "ner/ChunkScorer.h"

#include <algorithm>

namespace lede::core::ner {

namespace {

// Splits "B-PER" into ('B', "PER"); "O" and anything unreadable into ('O', "").
std::pair<char, std::string_view> split(std::string_view tag)
{
    if (tag.size() >= 3 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I'))
        return {tag[0], tag.substr(2)};
    return {'O', {}};
}

} // namespace

std::vector<ChunkScorer::Chunk> ChunkScorer::chunks(const std::vector<std::string_view> &tags, size_t count)
{
    std::vector<Chunk> out;
    count = std::min(count, tags.size());
    for (size_t i = 0; i < count; ++i) {
        const auto [prefix, type] = split(tags[i]);
        if (prefix == 'O')
            continue;
        size_t j = i + 1;
        while (j < count) {
            const auto [p, t] = split(tags[j]);
            if (p != 'I' || t != type)
                break;
            ++j;
        }
        out.push_back(Chunk{i, j - 1, type});
        i = j - 1;
    }
    return out;
}

void ChunkScorer::addSentence(const std::vector<std::string_view> &gold, const std::vector<std::string_view> &predicted)
{
    const size_t n = std::min(gold.size(), predicted.size());
    m_tokens += n;
    for (size_t i = 0; i < n; ++i)
        m_correctTags += gold[i] == predicted[i] ? 1 : 0;

    const auto g = chunks(gold, n), p = chunks(predicted, n);
    auto counts = [this](std::string_view type) -> Counts & {
        auto it = m_byType.find(type);
        if (it == m_byType.end())
            it = m_byType.emplace(std::string(type), Counts{}).first;
        return it->second;
    };
    for (const Chunk &c : g) {
        ++m_overall.gold;
        ++counts(c.type).gold;
    }
    // Both lists are sorted by first token and do not overlap: one merge pass finds the matches.
    size_t k = 0;
    for (const Chunk &c : p) {
        ++m_overall.predicted;
        ++counts(c.type).predicted;
        while (k < g.size() && g[k].first < c.first)
            ++k;
        if (k < g.size() && g[k] == c) {
            ++m_overall.correct;
            ++counts(c.type).correct;
        }
    }
}

} // namespace lede::core::ner
