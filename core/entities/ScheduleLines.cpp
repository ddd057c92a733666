// ScheduleLines: the venue of an "AWAY at HOME" schedule line (see ScheduleLines.h).
#include "entities/ScheduleLines.h"

#include <algorithm>

namespace lede::core {

namespace {

bool isAt(std::u16string_view w)
{
    return w == u"at" || w == u"AT" || w == u"At";
}

// The mention of `sorted` (by start) that covers exactly [start, end) of the text, or null.
const Mention *exactly(const std::vector<Mention> &sorted, int32_t start, int32_t end)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), start,
                                     [](const Mention &m, int32_t at) { return m.range.start < at; });
    return it != sorted.end() && it->range.start == start && it->range.end == end ? &*it : nullptr;
}

} // namespace

std::vector<StructuralName> ScheduleLines::find(const ArticleOutline &outline, const std::vector<Mention> &tagged)
{
    std::vector<StructuralName> out;
    std::vector<Mention> sorted;
    for (size_t s = 0; s < outline.sentenceCount(); ++s) {
        if (!outline.wholeParagraph(s))
            continue;
        const std::span<const Token> tokens = outline.tokens(s);
        size_t end = tokens.size();
        if (end > 0 && tokens[end - 1].kind == TokenKind::Punctuation && outline.textOf(tokens[end - 1].range) == u".")
            --end;
        // "NAME at NAME": at least one word either side, "at" once.
        if (end < 3 || end > 12)
            continue;
        size_t at = 0;
        int ats = 0;
        for (size_t i = 1; i + 1 < end; ++i) {
            if (tokens[i].kind == TokenKind::Word && isAt(outline.textOf(tokens[i].range))) {
                at = i;
                ++ats;
            }
        }
        if (ats != 1)
            continue;
        if (sorted.empty()) {
            sorted = tagged;
            std::sort(sorted.begin(), sorted.end(),
                      [](const Mention &a, const Mention &b) { return a.range.start < b.range.start; });
        }
        const Mention *away = exactly(sorted, tokens[0].range.start, tokens[at - 1].range.end);
        const Mention *home = exactly(sorted, tokens[at + 1].range.start, tokens[end - 1].range.end);
        if (away && home && home->type == EntityType::Place)
            out.push_back({home->range, EntityType::Place, StructureKind::ScheduleVenue});
    }
    return out;
}

} // namespace lede::core
