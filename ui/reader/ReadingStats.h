// ReadingStats: word count and estimated reading time shown in the status bar.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::ui {

struct ReadingStats
{
    static constexpr int wordsPerMinute = 230; // a typical adult silent-reading speed for prose

    int64_t words = 0;

    // Counts runs of letters and digits (an apostrophe or hyphen between two such characters
    // stays inside the word: "don't", "well-known"). Linear; safe on any UTF-16 input.
    static ReadingStats of(std::u16string_view text);

    // Whole minutes, rounded up; 0 for an empty text.
    int64_t readingMinutes() const { return (words + wordsPerMinute - 1) / wordsPerMinute; }
};

} // namespace lede::ui
