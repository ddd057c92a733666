// TextRange: a half-open span of UTF-16 code units in a document's reading text.
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, which <compare> pulls in, and every UI header that
// declares a QObject sees this file; moc needs nothing from <compare>, so it skips it.
#ifndef Q_MOC_RUN
#include <compare>
#endif
#include <cstdint>

namespace lede::core {

// Offsets are UTF-16 code units, end-exclusive, so they map 1:1 onto QString positions.
struct TextRange
{
    int32_t start = 0;
    int32_t end = 0;

    constexpr int32_t length() const { return end - start; }
    constexpr bool empty() const { return end <= start; }
    constexpr bool contains(int32_t pos) const { return pos >= start && pos < end; }
    constexpr bool overlaps(const TextRange &o) const { return start < o.end && o.start < end; }
    constexpr bool operator==(const TextRange &) const = default;
    constexpr auto operator<=>(const TextRange &) const = default;
};

} // namespace lede::core
