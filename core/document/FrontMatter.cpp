// FrontMatter: key: value lines and the date formats found in the front matter of blogs.
#include "document/FrontMatter.h"

#include <array>
#include <cstdio>
#include <optional>
#include <vector>

namespace lede::core {

namespace {

std::string_view trim(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string_view unquote(std::string_view s)
{
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
        return s.substr(1, s.size() - 2);
    return s;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Splits "March 5, 2024" into words and numbers; other characters separate them.
std::vector<std::string_view> dateParts(std::string_view s)
{
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i < s.size() && parts.size() < 8) {
        if (isDigit(s[i]) || isAlpha(s[i])) {
            const bool digits = isDigit(s[i]);
            size_t j = i;
            while (j < s.size() && (digits ? isDigit(s[j]) : isAlpha(s[j])))
                ++j;
            parts.push_back(s.substr(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    return parts;
}

std::optional<int> number(std::string_view s)
{
    if (s.empty() || s.size() > 4 || !isDigit(s[0]))
        return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<int> month(std::string_view s)
{
    static constexpr std::array<std::string_view, 12> names = {"january", "february", "march",     "april",
                                                                "may",     "june",     "july",      "august",
                                                                "september", "october", "november", "december"};
    if (s.size() < 3)
        return std::nullopt;
    for (size_t m = 0; m < names.size(); ++m) {
        if (s.size() <= names[m].size() && equalsIgnoringCase(s, names[m].substr(0, s.size())))
            return static_cast<int>(m + 1);
    }
    if (equalsIgnoringCase(s, "sept"))
        return 9;
    return std::nullopt;
}

std::string format(int y, int m, int d)
{
    static constexpr std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days[static_cast<size_t>(m - 1)]
        || (m == 2 && d == 29 && !leap))
        return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

} // namespace

std::string normaliseDate(std::string_view value)
{
    const std::vector<std::string_view> p = dateParts(trim(unquote(trim(value))));
    if (p.size() < 3)
        return {};
    // Numeric, year first: 2024-03-05, 2024/3/5, 2024-03-05T10:00:00Z (the time is ignored).
    if (p[0].size() == 4 && number(p[0]) && number(p[1]) && number(p[2]))
        return format(*number(p[0]), *number(p[1]), *number(p[2]));
    // March 5, 2024 / Mar 5 2024
    if (auto m = month(p[0]); m && number(p[1]) && p[2].size() == 4 && number(p[2]))
        return format(*number(p[2]), *m, *number(p[1]));
    // 5 March 2024
    if (auto m = month(p[1]); m && number(p[0]) && p[2].size() == 4 && number(p[2]))
        return format(*number(p[2]), *m, *number(p[0]));
    return {};
}

FrontMatter parseFrontMatter(std::string_view utf8)
{
    FrontMatter fm;
    if (utf8.substr(0, 4) != "---\n")
        return fm;
    size_t pos = 4;
    std::vector<std::pair<std::string_view, std::string_view>> pairs;
    while (pos < utf8.size()) {
        const size_t eol = utf8.find('\n', pos);
        const size_t end = eol == std::string_view::npos ? utf8.size() : eol;
        const std::string_view line = utf8.substr(pos, end - pos);
        const size_t next = eol == std::string_view::npos ? utf8.size() : eol + 1;
        if (trim(line) == "---" || trim(line) == "...") {
            for (const auto &[key, val] : pairs) {
                const std::string_view v = trim(unquote(trim(val)));
                if (equalsIgnoringCase(key, "title"))
                    fm.title = v;
                else if (equalsIgnoringCase(key, "author"))
                    fm.author = v;
                else if (equalsIgnoringCase(key, "date"))
                    fm.date = normaliseDate(v);
            }
            fm.length = next;
            return fm;
        }
        // Top-level "key: value"; indented lines belong to nested values and are skipped.
        if (!line.empty() && line[0] != ' ' && line[0] != '\t' && line[0] != '#') {
            if (const size_t colon = line.find(':'); colon != std::string_view::npos)
                pairs.emplace_back(trim(line.substr(0, colon)), line.substr(colon + 1));
        }
        pos = next;
    }
    return fm; // never closed: not front matter but a thematic break followed by text
}

} // namespace lede::core
