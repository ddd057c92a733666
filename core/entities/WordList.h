// WordList: the fixed word lists of core/entities' rules (head words, cue words, club words) and the lookup they
// share. Private to core/entities.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace lede::core {

// `w` is one of `list`'s words, exactly as written there.
template <size_t N> bool holds(const std::array<std::u16string_view, N> &list, std::u16string_view w)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

} // namespace lede::core
