// FeatureTable: an open-addressing hash index from 64-bit feature keys to row numbers.
// Slots are 8 bytes — the low key bits pick the home slot, the high 32 bits are stored as a
// tag — so a 100k-feature model's index is 2 MB and mostly stays in cache; a wrong match needs
// two different keys agreeing in ~50 bits. Linear probing, load factor ≤ 0.5 (≤ 2/3 when frozen). The full keys are
// kept aside (never touched by find) so the table can grow. It is rebuilt at load time from the
// model's sorted key list (a few milliseconds), never serialised.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lede::core::ner {

class FeatureTable final
{
public:
    static constexpr uint32_t kMissing = 0xFFFFFFFFu;

    FeatureTable() = default;
    explicit FeatureTable(size_t expectedKeys) { reserve(expectedKeys); }

    void reserve(size_t expectedKeys);
    // Inserts key → value, or returns the existing value. key must not be 0.
    uint32_t insert(uint64_t key, uint32_t value);
    uint32_t find(uint64_t key) const
    {
        if (m_slots.empty())
            return kMissing;
        const uint32_t tag = tagOf(key);
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.tag == tag)
                return s.value;
            if (s.tag == 0)
                return kMissing;
        }
    }
    // Starts loading the key's home slot into the cache (lookups of many keys overlap their misses).
    void prefetch(uint64_t key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[key & m_mask]);
    }
    size_t size() const { return m_size; }
    // Releases the copy of the keys that growing needs: a loaded model's tables never grow, and the copy is a third
    // of their memory. insert() afterwards is refused (returns kMissing).
    void freeze();

    // A frozen table built in one pass from `n` distinct keys (`keyAt(i)`, `valueAt(i)`; zero keys skipped): no
    // duplicate probe and no copy kept for growing, which is how a loaded model's tables are made.
    template <typename KeyAt, typename ValueAt> static FeatureTable frozen(size_t n, KeyAt keyAt, ValueAt valueAt)
    {
        // A table that never grows may be fuller than a growing one: load factor ≤ 2/3 (a miss then probes about
        // five slots, mostly in its home cache line) instead of ≤ 1/2 halves a 300k-key table's memory.
        FeatureTable t;
        size_t cap = 16;
        while (cap * 2 < n * 3)
            cap <<= 1;
        t.m_slots.assign(cap, Slot{});
        t.m_mask = cap - 1;
        for (size_t i = 0; i < n; ++i) {
            const uint64_t key = keyAt(i);
            if (key == 0)
                continue;
            t.place(key, valueAt(i));
            ++t.m_size;
        }
        t.m_frozen = true;
        return t;
    }

private:
    struct Slot
    {
        uint32_t tag = 0; // 0 = empty
        uint32_t value = 0;
    };
    static uint32_t tagOf(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }
    void grow();
    void place(uint64_t key, uint32_t value);

    std::vector<Slot> m_slots;
    std::vector<uint64_t> m_keys; // every inserted key, in insertion order
    std::vector<uint32_t> m_values;
    size_t m_mask = 0;
    size_t m_size = 0;
    bool m_frozen = false;
};

} // namespace lede::core::ner
