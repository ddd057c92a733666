// Reading the inline entity markup of the gold articles (see GoldArticle.h).
#include "GoldArticle.h"

#include "common/Utf.h"
#include "document/PlainTextLayout.h"
#include "ner/NerLabels.h"

namespace lede::tools {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\u00a0';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// Walks the source keeping the line and column (in code points) of the current position.
class Cursor
{
public:
    explicit Cursor(std::u16string_view s) : m_s(s) {}

    bool atEnd() const { return m_pos >= m_s.size(); }
    char16_t peek(size_t ahead = 0) const { return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : u'\0'; }
    int line() const { return m_line; }
    int column() const { return m_column; }

    char16_t take()
    {
        const char16_t c = m_s[m_pos++];
        if (c == u'\n') {
            ++m_line;
            m_column = 1;
        } else if (!(c >= 0xDC00 && c <= 0xDFFF)) { // the low half of a pair is the same code point
            ++m_column;
        }
        return c;
    }

private:
    std::u16string_view m_s;
    size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

GoldMarkupError errorAt(int line, int column, std::string message)
{
    return GoldMarkupError{line, column, std::move(message)};
}

} // namespace

core::Result<GoldArticle, GoldMarkupError> parseGoldArticle(std::string_view utf8)
{
    if (!core::isValidUtf8(utf8))
        return errorAt(1, 1, "the file is not valid UTF-8");
    std::u16string source = core::utf8ToUtf16(utf8);
    core::normaliseLineEndings(source);

    GoldArticle article;
    Cursor in(source);
    while (in.peek() == u'#') {
        while (!in.atEnd() && in.take() != u'\n') {}
    }
    article.firstLine = in.line();

    std::u16string &out = article.text;
    bool open = false;
    int openLine = 0, openColumn = 0;
    core::Mention current;
    while (!in.atEnd()) {
        const int line = in.line(), column = in.column();
        const char16_t c = in.peek();
        if (c == u'\\' && (in.peek(1) == u'[' || in.peek(1) == u']' || in.peek(1) == u'\\')) {
            in.take();
            out += in.take();
        } else if (c == u'[') {
            if (open) {
                return errorAt(line, column,
                               "'[' inside the annotation opened at line " + std::to_string(openLine) + ", column "
                                   + std::to_string(openColumn) + ": annotations do not nest");
            }
            size_t n = 1;
            while (isAsciiLetter(in.peek(n)))
                ++n;
            if (n == 1 || in.peek(n) != u' ') {
                return errorAt(line, column,
                               "'[' must open an annotation \"[TYPE name]\" with TYPE one of PER, LOC, ORG, MISC and "
                               "one space before the name (a literal bracket is written \\[)");
            }
            std::string type;
            for (size_t i = 1; i < n; ++i)
                type += static_cast<char>(in.peek(i));
            if (!core::ner::conllTypeFromName(type, current.type))
                return errorAt(line, column, "unknown entity type '" + type + "' (expected PER, LOC, ORG or MISC)");
            for (size_t i = 0; i <= n; ++i)
                in.take();
            if (isSpace(in.peek()) || in.peek() == u']' || in.atEnd()) {
                return errorAt(in.line(), in.column(),
                               "the name in an annotation must follow its type after exactly one space and not be "
                               "empty");
            }
            open = true;
            openLine = line;
            openColumn = column;
            current.range.start = static_cast<int32_t>(out.size());
        } else if (c == u']') {
            if (!open)
                return errorAt(line, column, "']' closes no annotation (a literal bracket is written \\])");
            if (isSpace(out.back()))
                return errorAt(line, column, "the name ends with a space: put the space after ']'");
            in.take();
            current.range.end = static_cast<int32_t>(out.size());
            article.mentions.push_back(current);
            open = false;
        } else if (c == u'\n' && open) {
            return errorAt(openLine, openColumn, "the annotation opened here is not closed on its line");
        } else {
            out += in.take();
        }
    }
    if (open)
        return errorAt(openLine, openColumn, "the annotation opened here is not closed before the end of the file");
    return article;
}

} // namespace lede::tools
