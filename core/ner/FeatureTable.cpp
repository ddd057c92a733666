// Open-addressing feature index (see FeatureTable.h).
#include "ner/FeatureTable.h"

namespace lede::core::ner {

void FeatureTable::reserve(size_t expectedKeys)
{
    size_t cap = 16;
    while (cap < expectedKeys * 2) // load factor ≤ 0.5 keeps probe chains short
        cap <<= 1;
    if (cap <= m_slots.size())
        return;
    m_slots.assign(cap, Slot{});
    m_mask = cap - 1;
    m_keys.reserve(expectedKeys);
    m_values.reserve(expectedKeys);
    for (size_t i = 0; i < m_keys.size(); ++i)
        place(m_keys[i], m_values[i]);
}

void FeatureTable::grow()
{
    // reserve(n) sizes for 2n slots, so this doubles the table (16 slots when empty).
    reserve(m_slots.empty() ? 8 : m_slots.size());
}

void FeatureTable::place(uint64_t key, uint32_t value)
{
    const uint32_t tag = tagOf(key);
    size_t i = key & m_mask;
    while (m_slots[i].tag != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = Slot{tag, value};
}

void FeatureTable::freeze()
{
    m_keys = {};
    m_values = {};
    m_frozen = true;
}

uint32_t FeatureTable::insert(uint64_t key, uint32_t value)
{
    if (key == 0 || m_frozen)
        return kMissing;
    if (const uint32_t existing = find(key); existing != kMissing)
        return existing;
    if (m_slots.empty() || (m_size + 1) * 2 > m_slots.size())
        grow();
    place(key, value);
    m_keys.push_back(key);
    m_values.push_back(value);
    ++m_size;
    return value;
}

} // namespace lede::core::ner
