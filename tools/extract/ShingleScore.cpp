// ShingleScore: tokens by ICU character properties, shingles counted in a hash map.
#include "ShingleScore.h"

#include <string>
#include <unordered_map>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lede::tools {

namespace {

bool isWordChar(UChar32 c)
{
    return c == '_' || u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

std::vector<std::string> words(std::string_view s)
{
    std::vector<std::string> out;
    std::string word;
    const auto *p = reinterpret_cast<const uint8_t *>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT_OR_FFFD(p, i, length, c);
        if (isWordChar(c)) {
            word.append(s.substr(size_t(start), size_t(i - start)));
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        out.push_back(std::move(word));
    return out;
}

std::unordered_map<std::string, int> shingles(std::string_view text, int n)
{
    const std::vector<std::string> w = words(text);
    std::unordered_map<std::string, int> out;
    if (w.empty())
        return out;
    const size_t count = w.size() >= size_t(n) ? w.size() - size_t(n) + 1 : 1;
    for (size_t i = 0; i < count; ++i) {
        std::string key;
        for (size_t k = i; k < std::min(w.size(), i + size_t(n)); ++k) {
            key += w[k];
            key.push_back('\x1F');
        }
        ++out[key];
    }
    return out;
}

} // namespace

ShingleScore scoreShingles(std::string_view truth, std::string_view extracted, int n)
{
    const auto t = shingles(truth, n);
    const auto e = shingles(extracted, n);
    long tp = 0, fp = 0, fn = 0;
    for (const auto &[key, count] : e) {
        const auto it = t.find(key);
        const int common = it == t.end() ? 0 : std::min(count, it->second);
        tp += common;
        fp += count - common;
    }
    for (const auto &[key, count] : t) {
        const auto it = e.find(key);
        fn += count - (it == e.end() ? 0 : std::min(count, it->second));
    }
    ShingleScore s;
    s.precision = tp + fp > 0 ? double(tp) / double(tp + fp) : (t.empty() ? 1.0 : 0.0);
    s.recall = tp + fn > 0 ? double(tp) / double(tp + fn) : 1.0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

} // namespace lede::tools
