// LongBlocks: see LongBlocks.h.
#include "document/LongBlocks.h"

#include <algorithm>
#include <vector>

namespace lede::core {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x3000;
}

bool endsSentence(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == 0x3002 || c == u'"' || c == 0x201D || c == u')';
}

// Where to end the piece that starts at `start` (exclusive), given that the block goes on to `end` > start + max.
// Searched backwards over the last quarter of the window, so no piece is shorter than three quarters of it.
int32_t cutPoint(const std::u16string &text, int32_t start, int32_t end, int32_t max)
{
    const int32_t limit = std::min(end, start + max);
    const int32_t floor = start + max - max / 4;
    for (int32_t i = limit; i > floor; --i) // after a sentence's end and the space that follows it
        if (isSpace(text[static_cast<size_t>(i - 1)]) && i >= 2 && endsSentence(text[static_cast<size_t>(i - 2)]))
            return i - 1;
    for (int32_t i = limit; i > floor; --i)
        if (isSpace(text[static_cast<size_t>(i - 1)]) || text[static_cast<size_t>(i - 1)] == 0x2028)
            return i - 1;
    int32_t cut = limit; // no space at all: anywhere but inside a surrogate pair
    if (cut < end && (text[static_cast<size_t>(cut)] & 0xFC00) == 0xDC00)
        --cut;
    return cut;
}

} // namespace

void splitLongBlocks(Document &doc, int32_t maxLength)
{
    maxLength = std::max<int32_t>(maxLength, 64);
    const bool anyLong = std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block &b) {
        return b.kind != BlockKind::TableCell && b.range.length() > maxLength;
    });
    if (!anyLong)
        return;
    std::vector<Block> out;
    out.reserve(doc.blocks.size() + static_cast<size_t>(doc.text.size() / static_cast<size_t>(maxLength)) + 1);
    std::vector<int> newIndex(doc.blocks.size());
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
        const Block &b = doc.blocks[i];
        newIndex[i] = static_cast<int>(out.size());
        if (b.kind == BlockKind::TableCell || b.range.length() <= maxLength) {
            out.push_back(b);
            continue;
        }
        int32_t start = b.range.start;
        bool first = true;
        while (start < b.range.end) {
            int32_t stop = b.range.end;
            if (stop - start > maxLength)
                stop = cutPoint(doc.text, start, b.range.end, maxLength);
            if (stop <= start) // defensive: always make progress
                stop = std::min(b.range.end, start + maxLength);
            Block piece = b;
            piece.range = {start, stop};
            if (!first && (b.kind == BlockKind::ListItem || b.kind == BlockKind::Heading)) {
                piece.kind = BlockKind::Paragraph;
                piece.level = 0;
                piece.ordered = false;
                piece.number = 0;
            }
            out.push_back(piece);
            first = false;
            start = stop;
            while (start < b.range.end && isSpace(doc.text[static_cast<size_t>(start)]))
                ++start; // the spaces at a cut stay between the blocks
        }
    }
    for (Table &t : doc.tables) {
        if (t.firstBlock >= 0 && static_cast<size_t>(t.firstBlock) < newIndex.size())
            t.firstBlock = newIndex[static_cast<size_t>(t.firstBlock)];
    }
    doc.blocks = std::move(out);
}

} // namespace lede::core
