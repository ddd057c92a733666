// Word cluster table (see WordClusters.h).
#include "ner/WordClusters.h"

#include "common/Utf.h"
#include "ner/TokenInfo.h"

#include <algorithm>
#include <fstream>
#include <string>

namespace lede::core::ner {

ClusterPath ClusterPath::fromBitString(std::string_view bits)
{
    if (bits.empty() || bits.size() > static_cast<size_t>(kMaxBits))
        return {};
    uint32_t value = 0;
    for (char c : bits) {
        if (c != '0' && c != '1')
            return {};
        value = (value << 1) | static_cast<uint32_t>(c - '0');
    }
    return ClusterPath{(static_cast<uint32_t>(bits.size()) << 24) | value};
}

bool WordClusters::addKey(uint64_t key, uint32_t code)
{
    const ClusterPath p{code};
    if (key == 0 || p.length() < 1 || p.length() > ClusterPath::kMaxBits)
        return false;
    if (m_table.find(key) != FeatureTable::kMissing)
        return true;
    m_table.insert(key, code);
    m_entries.push_back({key, code});
    return true;
}

bool WordClusters::add(std::u16string_view word, ClusterPath path)
{
    if (word.empty())
        return false;
    return addKey(lowerHash(word), path.code);
}

long WordClusters::loadTsv(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return -1;
    long added = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.front() == '#')
            continue;
        const size_t tab = line.find('\t');
        if (tab == std::string::npos)
            continue;
        const size_t tab2 = line.find('\t', tab + 1);
        const std::string_view bits(line.data(), tab);
        const std::string_view word(line.data() + tab + 1, (tab2 == std::string::npos ? line.size() : tab2) - tab - 1);
        if (add(utf8ToUtf16(word), ClusterPath::fromBitString(bits)))
            ++added;
    }
    return added;
}

std::vector<Gazetteer::Entry> WordClusters::entries() const
{
    std::vector<Gazetteer::Entry> out = m_entries;
    std::sort(out.begin(), out.end());
    return out;
}

WordClusters WordClusters::frozenFromEntries(const std::vector<Gazetteer::Entry> &entries)
{
    WordClusters c;
    c.m_table = FeatureTable::frozen(
        entries.size(), [&](size_t i) { return ClusterPath{entries[i].value}.length() >= 1 ? entries[i].key : 0; },
        [&](size_t i) { return entries[i].value; });
    return c;
}

void WordClusters::freeze()
{
    m_table.freeze();
    m_entries = {};
}

WordClusters WordClusters::fromEntries(const std::vector<Gazetteer::Entry> &entries)
{
    WordClusters c;
    c.m_table.reserve(entries.size());
    c.m_entries.reserve(entries.size());
    for (const Gazetteer::Entry &e : entries)
        c.addKey(e.key, e.value);
    return c;
}

} // namespace lede::core::ner
