// PdfLayout: words -> lines (same band, moving right) -> running headers and footers dropped -> paragraphs
// (a break where the gap is wider than the usual line spacing, where a line is indented, after a short line
// that ends a sentence, where the font size changes, at a bullet) -> headings by size.
#include "document/PdfLayout.h"

#include "common/Utf.h"
#include "document/DocumentBuilder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace lede::core {

namespace {

struct Line
{
    std::u16string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double size = 0;
    double textX0 = 0; // where the text starts after a bullet
    int page = 0;
    bool bullet = false;
    bool shortLine = false; // ends well before its column's right edge
};

bool isBulletWord(std::u16string_view w)
{
    return w.size() == 1
        && (w[0] == 0x2022 || w[0] == 0x25E6 || w[0] == 0x25AA || w[0] == 0x2023 || w[0] == 0x25CF || w[0] == 0x2013
            || w[0] == u'-' || w[0] == u'*' || w[0] == 0x25A0 || w[0] == 0x2043);
}

// Ligature glyphs (ﬁ, ﬂ, …) as letters, so that words match what readers type.
void appendExpanded(std::u16string &out, std::u16string_view text)
{
    static constexpr const char16_t *kLigatures[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"ft", u"st"};
    for (const char16_t c : text) {
        if (c >= 0xFB00 && c <= 0xFB06)
            out += kLigatures[c - 0xFB00];
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            out.push_back(u' ');
        else
            out.push_back(c);
    }
}

std::vector<Line> linesOf(const PdfPage &page, int pageIndex)
{
    std::vector<Line> lines;
    const PdfWord *prev = nullptr;
    double charWeight = 0;
    for (const PdfWord &w : page.words) {
        if (w.text.empty())
            continue;
        const double mid = (w.y0 + w.y1) / 2;
        const double size = w.fontSize > 0 ? w.fontSize : std::max(1.0, w.y1 - w.y0);
        const bool sameLine =
            prev && !lines.empty() && mid >= lines.back().y0 && mid <= lines.back().y1 && w.x0 >= prev->x1 - size * 0.5;
        if (!sameLine) {
            Line line;
            line.x0 = w.x0;
            line.y0 = w.y0;
            line.y1 = w.y1;
            line.page = pageIndex;
            line.textX0 = w.x0;
            line.bullet = isBulletWord(w.text);
            lines.push_back(line);
            charWeight = 0;
        } else {
            Line &line = lines.back();
            if (!line.text.empty() && (prev->spaceAfter || w.x0 - prev->x1 > size * 0.15))
                line.text.push_back(u' ');
            if (line.bullet && line.textX0 == line.x0)
                line.textX0 = w.x0;
        }
        Line &line = lines.back();
        if (!(line.bullet && line.text.empty() && line.x0 == w.x0))
            appendExpanded(line.text, w.text);
        line.x1 = std::max(line.x1, w.x1);
        line.y0 = std::min(line.y0, w.y0);
        line.y1 = std::max(line.y1, w.y1);
        const double weight = static_cast<double>(w.text.size());
        line.size = (line.size * charWeight + size * weight) / (charWeight + weight);
        charWeight += weight;
        prev = &w;
    }
    // A line is short when another line of its column reaches much further right. (Pages with thousands of
    // lines are not prose; they compare with the page's widest line, so that the work stays linear.)
    double pageRight = 0;
    for (const Line &line : lines)
        pageRight = std::max(pageRight, line.x1);
    const bool many = lines.size() > 1000;
    for (Line &line : lines) {
        double right = many ? pageRight : line.x1;
        for (size_t i = 0; !many && i < lines.size(); ++i) {
            const Line &other = lines[i];
            if (std::abs(other.x0 - line.x0) < 3 * line.size && std::abs(other.size - line.size) < 0.2 * line.size)
                right = std::max(right, other.x1);
        }
        line.shortLine = line.x1 < right - 2.5 * line.size;
    }
    return lines;
}

// The text with digit runs and lone roman numerals as '#', so that "Page 3" and "Page 12" compare equal.
std::u16string repeatKey(const Line &line)
{
    std::u16string key;
    bool inDigits = false;
    for (const char16_t c : line.text) {
        if (c >= u'0' && c <= u'9') {
            if (!inDigits)
                key.push_back(u'#');
            inDigits = true;
            continue;
        }
        inDigits = false;
        key.push_back(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c);
    }
    if (!key.empty() && key.find_first_not_of(u"ivxlc") == std::u16string::npos)
        return u"#";
    return key;
}

// Lines in the top or bottom eighth of their page whose text (numbers aside) recurs there on many pages.
void dropRunningLines(std::vector<std::vector<Line>> &pages, const std::vector<PdfPage> &source)
{
    const size_t pageCount = pages.size();
    const auto inBand = [&](const Line &line, size_t p, bool top) {
        const double h = source[p].height > 0 ? source[p].height : 792;
        return top ? line.y1 < h * 0.125 : line.y0 > h * 0.875;
    };
    // A bare page number needs no repetition to be recognised: the digits of the page's own number.
    for (size_t p = 0; p < pageCount; ++p) {
        const std::u16string number = utf8ToUtf16(std::to_string(p + 1));
        auto &lines = pages[p];
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&](const Line &line) {
                                       return line.text == number && (inBand(line, p, true) || inBand(line, p, false));
                                   }),
                    lines.end());
    }
    if (pageCount < 2)
        return;
    std::map<std::pair<bool, std::u16string>, std::set<size_t>> seen;
    for (size_t p = 0; p < pageCount; ++p)
        for (const Line &line : pages[p])
            for (const bool top : {true, false})
                if (inBand(line, p, top))
                    seen[{top, repeatKey(line)}].insert(p);
    const size_t needed = std::max<size_t>(2, (pageCount * 2 + 4) / 5); // on 40% of the pages or more
    for (size_t p = 0; p < pageCount; ++p) {
        auto &lines = pages[p];
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&](const Line &line) {
                                       for (const bool top : {true, false}) {
                                           if (!inBand(line, p, top))
                                               continue;
                                           const auto it = seen.find({top, repeatKey(line)});
                                           if (it != seen.end() && it->second.size() >= needed)
                                               return true;
                                       }
                                       return false;
                                   }),
                    lines.end());
    }
}

double bodySize(const std::vector<std::vector<Line>> &pages)
{
    std::map<long, double> weight; // size in half points -> characters
    for (const auto &lines : pages)
        for (const Line &line : lines)
            weight[std::lround(line.size * 2)] += static_cast<double>(line.text.size());
    long best = 20;
    double bestWeight = -1;
    for (const auto &[size, w] : weight)
        if (w > bestWeight) {
            best = size;
            bestWeight = w;
        }
    return static_cast<double>(best) / 2;
}

// The usual distance between the tops of consecutive body lines.
double lineSpacing(const std::vector<std::vector<Line>> &pages, double body)
{
    std::vector<double> gaps;
    for (const auto &lines : pages)
        for (size_t i = 1; i < lines.size(); ++i) {
            const Line &a = lines[i - 1];
            const Line &b = lines[i];
            const double gap = b.y0 - a.y0;
            if (std::abs(a.size - body) < 0.15 * body && std::abs(b.size - body) < 0.15 * body && gap > 0.5 * body
                && gap < 3 * body)
                gaps.push_back(gap);
        }
    if (gaps.empty())
        return body * 1.25;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
    return gaps[gaps.size() / 2];
}

bool endsSentence(const std::u16string &text)
{
    const size_t end = text.find_last_not_of(u" ");
    if (end == std::u16string::npos)
        return true;
    const char16_t c = text[end];
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == 0x201D || c == u')' || c == 0x2019;
}

bool isLowerStart(const std::u16string &text)
{
    return !text.empty() && ((text[0] >= u'a' && text[0] <= u'z') || (text[0] >= 0xDF && text[0] <= 0xFF));
}

bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0x24F);
}

struct Paragraph
{
    std::u16string text;
    double size = 0;
    int lines = 0;
    bool bullet = false;
};

void appendLine(Paragraph &para, const Line &line)
{
    std::u16string &t = para.text;
    if (!t.empty()) {
        const size_t n = t.size();
        const bool hyphen = t[n - 1] == u'-' || t[n - 1] == 0x2010;
        if (t[n - 1] == 0x00AD) {
            t.pop_back(); // a soft hyphen is only a break opportunity
        } else if (hyphen && n >= 2 && isLetter(t[n - 2]) && isLowerStart(line.text)) {
            t.pop_back(); // "recog-" + "nised": one word again
        } else if (t[n - 1] != u' ') {
            t.push_back(u' ');
        }
    }
    t += line.text;
    ++para.lines;
}

} // namespace

Document layoutPdf(const std::vector<PdfPage> &pages, std::string &firstHeading)
{
    std::vector<std::vector<Line>> lines;
    lines.reserve(pages.size());
    for (size_t p = 0; p < pages.size(); ++p)
        lines.push_back(linesOf(pages[p], static_cast<int>(p)));
    dropRunningLines(lines, pages);
    const double body = bodySize(lines);
    const double spacing = lineSpacing(lines, body);

    std::vector<Paragraph> paragraphs;
    const Line *prev = nullptr;
    for (const auto &pageLines : lines) {
        for (const Line &line : pageLines) {
            if (line.text.empty())
                continue;
            bool fresh = !prev || paragraphs.empty() || line.bullet;
            if (!fresh) {
                const double size = std::max(line.size, prev->size);
                const bool sizeChange = std::abs(line.size - prev->size) > 0.12 * size;
                const bool jump = line.page != prev->page || line.y0 < prev->y0 - 0.5 * size; // new page or column
                const double leftEdge = paragraphs.back().bullet ? prev->textX0 : prev->x0;
                const bool indented = line.x0 > leftEdge + 0.8 * line.size;
                if (sizeChange) {
                    fresh = true;
                } else if (jump) {
                    // A paragraph runs on over the break unless the last line closed a sentence.
                    fresh = endsSentence(prev->text) && !isLowerStart(line.text);
                } else {
                    const double gap = line.y0 - prev->y0;
                    fresh = gap > spacing * (size / body) * 1.35 || indented
                        || (prev->shortLine && endsSentence(prev->text));
                }
            }
            if (fresh) {
                Paragraph para;
                para.size = line.size;
                para.bullet = line.bullet;
                paragraphs.push_back(para);
            }
            appendLine(paragraphs.back(), line);
            prev = &line;
        }
    }

    // Headings: short paragraphs set clearly larger than the body; larger sizes get higher levels.
    std::set<long, std::greater<>> headingSizes;
    const auto isHeading = [&](const Paragraph &p) {
        return p.size >= body * 1.18 && p.lines <= 3 && p.text.size() <= 200 && !p.bullet;
    };
    for (const Paragraph &p : paragraphs)
        if (isHeading(p))
            headingSizes.insert(std::lround(p.size));
    DocumentBuilder builder;
    for (const Paragraph &p : paragraphs) {
        if (isHeading(p)) {
            const auto rank = std::distance(headingSizes.begin(), headingSizes.find(std::lround(p.size)));
            builder.beginBlock(BlockKind::Heading, std::min(6, static_cast<int>(rank) + 1));
        } else {
            builder.beginBlock(p.bullet ? BlockKind::ListItem : BlockKind::Paragraph, p.bullet ? 1 : 0);
        }
        builder.append(p.text);
        builder.endBlock();
    }
    firstHeading = builder.firstHeading();
    return builder.finish();
}

} // namespace lede::core
