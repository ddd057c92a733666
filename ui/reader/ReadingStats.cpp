// ReadingStats: a word counter that agrees with what a reader would call a word.
#include "reader/ReadingStats.h"

#include <QChar>

namespace lede::ui {

namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

bool isJoiner(char32_t c)
{
    return c == u'\'' || c == u'-' || c == 0x2019 /* ’ */ || c == 0x2010 /* ‐ */;
}

} // namespace

ReadingStats ReadingStats::of(std::u16string_view text)
{
    ReadingStats stats;
    bool inWord = false;
    bool pendingJoiner = false;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        char32_t c = text[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1])) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isWordChar(c)) {
            if (!inWord)
                ++stats.words;
            inWord = true;
            pendingJoiner = false;
        } else if (inWord && !pendingJoiner && isJoiner(c)) {
            // Keep the word open; it closes if no word character follows.
            pendingJoiner = true;
        } else {
            inWord = false;
            pendingJoiner = false;
        }
    }
    return stats;
}

} // namespace lede::ui
