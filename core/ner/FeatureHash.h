// FeatureHash: the 64-bit hashing that names features. A feature is never spelled out as a
// string; it is the mix of a template id with the hashes of the values it combines, so feature
// extraction allocates nothing. The values are part of the model file format: changing them
// invalidates trained models (bump ModelFormat's version).
#pragma once

#include <cstdint>

namespace lede::core::ner {

inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// splitmix64's finaliser: spreads every input bit over the whole word.
constexpr uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// FNV-1a step over one code point (all 21 bits, in three bytes).
constexpr uint64_t hashStep(uint64_t h, char32_t c)
{
    h = (h ^ (c & 0xff)) * kFnvPrime;
    h = (h ^ ((c >> 8) & 0xff)) * kFnvPrime;
    h = (h ^ (c >> 16)) * kFnvPrime;
    return h;
}

constexpr uint64_t combine(uint64_t a, uint64_t b)
{
    return mix64(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

// The key of feature template `tmpl` with value `value`; never 0 (0 marks an empty table slot).
constexpr uint64_t featureKey(uint32_t tmpl, uint64_t value)
{
    const uint64_t k = combine(mix64(0x51ed27a3ULL + tmpl), value);
    return k == 0 ? 1 : k;
}

} // namespace lede::core::ner
