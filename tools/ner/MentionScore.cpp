// Exact-span mention scoring (see MentionScore.h).
#include "MentionScore.h"

#include "ner/NerLabels.h"

#include <algorithm>
#include <set>
#include <string>

namespace lede::tools {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u00a0' || c == u'\u2028';
}

// Sorted by start, then longer first; overlapping mentions after the first dropped.
void normalise(std::vector<core::Mention> &mentions)
{
    std::sort(mentions.begin(), mentions.end(), [](const core::Mention &a, const core::Mention &b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
    });
    int32_t end = -1;
    std::erase_if(mentions, [&end](const core::Mention &m) {
        if (m.range.empty() || m.range.start < end)
            return true;
        end = m.range.end;
        return false;
    });
}

// IOB2 tags of the units [units[i], units[i + 1]) of one line, from mentions sorted and apart.
std::vector<std::string> tagUnits(const std::vector<int32_t> &starts, const std::vector<int32_t> &ends,
                                  const std::vector<core::Mention> &mentions)
{
    std::vector<std::string> tags(starts.size(), "O");
    auto m = std::lower_bound(mentions.begin(), mentions.end(), starts.empty() ? 0 : starts.front(),
                              [](const core::Mention &x, int32_t pos) { return x.range.end <= pos; });
    for (size_t u = 0; u < starts.size(); ++u) {
        while (m != mentions.end() && m->range.end <= starts[u])
            ++m;
        if (m == mentions.end() || m->range.start > starts[u] || ends[u] > m->range.end)
            continue;
        const std::string_view type = core::ner::conllTypeName(m->type);
        tags[u] = (m->range.start == starts[u] ? "B-" : "I-") + std::string(type);
    }
    return tags;
}

bool sameSpan(const core::Mention &a, const core::Mention &b)
{
    return a.range == b.range;
}

} // namespace

const char *mentionErrorName(MentionError::Kind kind)
{
    switch (kind) {
    case MentionError::Kind::Missed: return "missed";
    case MentionError::Kind::Spurious: return "spurious";
    case MentionError::Kind::WrongType: return "wrong type";
    case MentionError::Kind::Boundary: return "boundary";
    }
    return "?";
}

std::vector<MentionError> scoreMentions(core::ner::ChunkScorer &scorer, std::u16string_view text,
                                        std::vector<core::Mention> gold, std::vector<core::Mention> predicted)
{
    normalise(gold);
    normalise(predicted);

    std::set<int32_t> edges;
    for (const auto *side : {&gold, &predicted}) {
        for (const core::Mention &m : *side) {
            edges.insert(m.range.start);
            edges.insert(m.range.end);
        }
    }
    const auto size = static_cast<int32_t>(text.size());
    for (int32_t lineStart = 0; lineStart <= size;) {
        int32_t lineEnd = lineStart;
        while (lineEnd < size && text[static_cast<size_t>(lineEnd)] != u'\n')
            ++lineEnd;
        // The units of this line: runs of non-space characters, cut again at every mention edge.
        std::vector<int32_t> starts, ends;
        for (int32_t i = lineStart; i < lineEnd;) {
            if (isSpace(text[static_cast<size_t>(i)])) {
                ++i;
                continue;
            }
            int32_t j = i + 1;
            while (j < lineEnd && !isSpace(text[static_cast<size_t>(j)]) && !edges.contains(j))
                ++j;
            starts.push_back(i);
            ends.push_back(j);
            i = j;
        }
        if (!starts.empty()) {
            const std::vector<std::string> g = tagUnits(starts, ends, gold), p = tagUnits(starts, ends, predicted);
            scorer.addSentence(std::vector<std::string_view>(g.begin(), g.end()),
                               std::vector<std::string_view>(p.begin(), p.end()));
        }
        lineStart = lineEnd + 1;
    }

    // The errors: both lists are sorted and apart on each side, so one pass over each with a moving window.
    std::vector<MentionError> errors;
    size_t first = 0;
    for (const core::Mention &g : gold) {
        while (first < predicted.size() && predicted[first].range.end <= g.range.start)
            ++first;
        bool touched = false;
        for (size_t k = first; k < predicted.size() && predicted[k].range.start < g.range.end; ++k) {
            const core::Mention &p = predicted[k];
            touched = true;
            if (!sameSpan(g, p))
                errors.push_back({MentionError::Kind::Boundary, g, p});
            else if (g.type != p.type)
                errors.push_back({MentionError::Kind::WrongType, g, p});
        }
        if (!touched)
            errors.push_back({MentionError::Kind::Missed, g, std::nullopt});
    }
    first = 0;
    for (const core::Mention &p : predicted) {
        while (first < gold.size() && gold[first].range.end <= p.range.start)
            ++first;
        if (first == gold.size() || gold[first].range.start >= p.range.end)
            errors.push_back({MentionError::Kind::Spurious, std::nullopt, p});
    }
    std::stable_sort(errors.begin(), errors.end(), [](const MentionError &a, const MentionError &b) {
        const auto at = [](const MentionError &e) { return e.gold ? e.gold->range.start : e.predicted->range.start; };
        return at(a) < at(b);
    });
    return errors;
}

} // namespace lede::tools
