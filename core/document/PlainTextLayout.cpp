// PlainTextLayout: paragraphs, hard-wrap detection and the title line of plain text.
#include "document/PlainTextLayout.h"

#include "common/Utf.h"

#include <algorithm>
#include <vector>

#include <unicode/uchar.h>

namespace lede::core {

namespace {

// Hard wrapping (e-mail, Project Gutenberg) happens at 60–80 columns. A paragraph whose longest line
// is outside this band was broken on purpose: verse and addresses are narrower, and text with lines
// longer than any terminal is not wrapped at all.
constexpr int32_t kMinWrapWidth = 50;
constexpr int32_t kMaxWrapWidth = 100;
// A greedy wrapper breaks a line only when the next word would pass the width. Hand-wrapped text is
// less exact, so a break counts as a wrap when the line plus the next word reaches this share of it.
constexpr double kWrapTolerance = 0.85;
constexpr int32_t kMaxTitleLength = 80;
constexpr size_t kLinesPerStopCheck = 1 << 16;

bool isBlankChar(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c == 0x00A0 || c == 0x3000 || c == 0xFEFF
        || (c >= 0x2000 && c <= 0x200B);
}

bool isAlnumAscii(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct Line
{
    int32_t start = 0;        // first unit of the line
    int32_t end = 0;          // the '\n' or the text end
    int32_t contentStart = 0; // after leading blanks
    int32_t contentEnd = 0;   // before trailing blanks; == contentStart for a blank line
    bool blank() const { return contentEnd == contentStart; }
    int32_t width() const { return contentEnd - start; } // columns used, indentation included
    bool indented() const { return contentStart > start; }
};

std::vector<Line> splitLines(std::u16string_view text)
{
    std::vector<Line> lines;
    lines.reserve(text.size() / 40 + 1);
    const auto n = static_cast<int32_t>(text.size());
    int32_t start = 0;
    while (start <= n) {
        int32_t end = start;
        while (end < n && text[end] != u'\n')
            ++end;
        Line line{start, end, start, start};
        int32_t cs = start;
        while (cs < end && isBlankChar(text[cs]))
            ++cs;
        int32_t ce = end;
        while (ce > cs && isBlankChar(text[ce - 1]))
            --ce;
        line.contentStart = cs;
        line.contentEnd = ce;
        if (start < n || lines.empty() || end > start)
            lines.push_back(line);
        if (end >= n)
            break;
        start = end + 1;
    }
    return lines;
}

int32_t firstWordLength(std::u16string_view text, const Line &line)
{
    int32_t i = line.contentStart;
    while (i < line.contentEnd && !isBlankChar(text[i]))
        ++i;
    return i - line.contentStart;
}

// A line that starts a list item or a numbered point keeps its own line even inside a wrapped paragraph.
bool startsListItem(std::u16string_view text, const Line &line)
{
    const int32_t s = line.contentStart;
    const int32_t e = line.contentEnd;
    if (e - s >= 2 && (text[s] == u'-' || text[s] == u'*' || text[s] == u'+' || text[s] == 0x2022)
        && isBlankChar(text[s + 1]))
        return true;
    int32_t i = s;
    while (i < e && i - s < 3 && text[i] >= u'0' && text[i] <= u'9')
        ++i;
    return i > s && i + 1 < e && (text[i] == u'.' || text[i] == u')') && isBlankChar(text[i + 1]);
}

// A line that stops mid-sentence before a line that starts in lower case: the sentence goes on.
bool continuesSentence(std::u16string_view text, const Line &line, const Line &next)
{
    const char16_t last = text[static_cast<size_t>(line.contentEnd - 1)];
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u'"' || last == 0x201D)
        return false;
    return u_islower(text[static_cast<size_t>(next.contentStart)]);
}

bool isWrapBreak(std::u16string_view text, const Line &line, const Line &next, int32_t width)
{
    if (next.indented() && !line.indented())
        return false; // indented-paragraph style: a new paragraph without a blank line
    if (startsListItem(text, next))
        return false;
    // Hand-wrapped text has lines shorter than a wrapper would leave; grammar still tells.
    if (line.width() * 3 >= width && continuesSentence(text, line, next))
        return true;
    if (line.width() * 2 < width)
        return false;
    const int32_t wouldBe = line.width() + 1 + firstWordLength(text, next);
    return wouldBe > static_cast<int32_t>(width * kWrapTolerance);
}

bool looksLikeTitle(std::u16string_view text, const Line &line)
{
    const int32_t length = line.contentEnd - line.contentStart;
    if (length == 0 || length > kMaxTitleLength)
        return false;
    const char16_t last = text[line.contentEnd - 1];
    if (last == u',' || last == u';')
        return false; // "Dear Anna," opens a letter, it does not name it
    for (int32_t i = line.contentStart; i < line.contentEnd; ++i) {
        if (isAlnumAscii(text[i]) || text[i] >= 0x00C0)
            return true;
    }
    return false;
}

void addBlock(Document &doc, BlockKind kind, int level, int32_t start, int32_t end)
{
    Block b;
    b.kind = kind;
    b.level = level;
    b.range = {start, end};
    doc.blocks.push_back(b);
}

} // namespace

void normaliseLineEndings(std::u16string &text)
{
    const size_t firstCr = text.find(u'\r');
    if (firstCr == std::u16string::npos)
        return;
    size_t out = firstCr;
    for (size_t in = firstCr; in < text.size(); ++in) {
        const char16_t c = text[in];
        if (c == u'\r') {
            text[out++] = u'\n';
            if (in + 1 < text.size() && text[in + 1] == u'\n')
                ++in;
        } else {
            text[out++] = c;
        }
    }
    text.resize(out);
}

std::optional<Document> layOutPlainText(std::u16string text, const StopToken &stop)
{
    normaliseLineEndings(text);
    Document doc;
    doc.meta.format = SourceFormat::Text;
    const std::vector<Line> lines = splitLines(text);

    // Paragraphs are runs of non-blank lines: [first, last) indexes into `lines`.
    size_t i = 0;
    bool seenContent = false;
    while (i < lines.size()) {
        if (i % kLinesPerStopCheck == 0 && stop.stopRequested())
            return std::nullopt;
        if (lines[i].blank()) {
            ++i;
            continue;
        }
        size_t last = i;
        int32_t width = 0;
        while (last < lines.size() && !lines[last].blank()) {
            width = std::max(width, lines[last].width());
            ++last;
        }

        const bool isFirst = !seenContent;
        seenContent = true;
        // A first short line standing alone, with more text after the blank line, is the title.
        if (isFirst && last == i + 1 && last < lines.size() && looksLikeTitle(text, lines[i])) {
            const bool moreFollows = std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(last), lines.end(),
                                                 [](const Line &l) { return !l.blank(); });
            if (moreFollows) {
                addBlock(doc, BlockKind::Heading, 1, lines[i].contentStart, lines[i].contentEnd);
                doc.meta.title = utf16ToUtf8(
                    std::u16string_view(text).substr(static_cast<size_t>(lines[i].contentStart),
                                                     static_cast<size_t>(lines[i].contentEnd - lines[i].contentStart)));
                i = last;
                continue;
            }
        }

        const bool mayBeWrapped = width >= kMinWrapWidth && width <= kMaxWrapWidth;
        int32_t blockStart = lines[i].contentStart;
        for (size_t k = i; k < last; ++k) {
            const bool joinNext = mayBeWrapped && k + 1 < last && isWrapBreak(text, lines[k], lines[k + 1], width);
            if (joinNext) {
                text[static_cast<size_t>(lines[k].end)] = u' ';
            } else {
                addBlock(doc, BlockKind::Paragraph, 0, blockStart, lines[k].contentEnd);
                if (k + 1 < last)
                    blockStart = lines[k + 1].contentStart;
            }
        }
        i = last;
    }
    doc.text = std::move(text);
    return doc;
}

} // namespace lede::core
