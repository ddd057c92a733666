// MiniJson: recursive descent with a depth counter (at most 64 levels, so the recursion is bounded).
#include "document/MiniJson.h"

#include <cstdlib>

namespace lede::core::json {

namespace {

constexpr int kMaxDepth = 64;

class Parser
{
public:
    explicit Parser(std::string_view s) : m_s(s) {}

    std::optional<Value> document()
    {
        Value v;
        if (!value(v, 0))
            return std::nullopt;
        skipSpace();
        return v;
    }

private:
    void skipSpace()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }

    bool literal(std::string_view word)
    {
        if (m_s.compare(m_i, word.size(), word) != 0)
            return false;
        m_i += word.size();
        return true;
    }

    bool value(Value &v, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_i >= m_s.size())
            return false;
        const char c = m_s[m_i];
        if (c == '{') {
            v.type = Value::Type::Object;
            ++m_i;
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == '}') {
                ++m_i;
                return true;
            }
            for (;;) {
                skipSpace();
                std::string key;
                if (!string(key))
                    return false;
                skipSpace();
                if (m_i >= m_s.size() || m_s[m_i] != ':')
                    return false;
                ++m_i;
                Value member;
                if (!value(member, depth + 1))
                    return false;
                v.names.push_back(std::move(key));
                v.values.push_back(std::move(member));
                skipSpace();
                if (m_i < m_s.size() && m_s[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == '}') {
                    ++m_i;
                    return true;
                }
                return false;
            }
        }
        if (c == '[') {
            v.type = Value::Type::Array;
            ++m_i;
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == ']') {
                ++m_i;
                return true;
            }
            for (;;) {
                Value item;
                if (!value(item, depth + 1))
                    return false;
                v.items.push_back(std::move(item));
                skipSpace();
                if (m_i < m_s.size() && m_s[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == ']') {
                    ++m_i;
                    return true;
                }
                return false;
            }
        }
        if (c == '"') {
            v.type = Value::Type::String;
            return string(v.string);
        }
        if (literal("true") || literal("false")) {
            v.type = Value::Type::Bool;
            return true;
        }
        if (literal("null"))
            return true;
        const size_t start = m_i;
        while (m_i < m_s.size() && (std::string_view("+-.eE0123456789").find(m_s[m_i]) != std::string_view::npos))
            ++m_i;
        if (m_i == start)
            return false;
        v.type = Value::Type::Number;
        v.string = std::string(m_s.substr(start, m_i - start));
        return true;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    bool hex4(unsigned &cp)
    {
        if (m_i + 4 > m_s.size())
            return false;
        cp = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = m_s[m_i++];
            cp <<= 4;
            if (h >= '0' && h <= '9')
                cp |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f')
                cp |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                cp |= unsigned(h - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    bool string(std::string &out)
    {
        if (m_i >= m_s.size() || m_s[m_i] != '"')
            return false;
        ++m_i;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            if (m_i >= m_s.size())
                return false;
            const char e = m_s[m_i++];
            switch (e) {
            case 'n': out.push_back('\n'); break;
            case 't': out.push_back('\t'); break;
            case 'r': out.push_back('\r'); break;
            case 'b':
            case 'f': out.push_back(' '); break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp < 0xDC00 && m_s.compare(m_i, 2, "\\u") == 0) {
                    m_i += 2;
                    unsigned low = 0;
                    if (!hex4(low))
                        return false;
                    cp = (low >= 0xDC00 && low < 0xE000) ? 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    cp = 0xFFFD;
                }
                appendUtf8(out, cp);
                break;
            }
            default: out.push_back(e); break;
            }
        }
        return false;
    }

    std::string_view m_s;
    size_t m_i = 0;
};

} // namespace

const Value *Value::get(std::string_view key) const
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == key)
            return &values[i];
    }
    return nullptr;
}

std::optional<Value> parse(std::string_view text)
{
    return Parser(text).document();
}

} // namespace lede::core::json
