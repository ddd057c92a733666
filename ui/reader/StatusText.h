// StatusText: the words the status bar uses for reading time and zoom — "12 min read", "about 3 h 20 min",
// "about 58 hours" for a book; "Zoom 126%" when the text is not at its normal size.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace lede::ui {

class StatusText final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::StatusText)

public:
    // Whole minutes of reading; at least "1 min read" for any text.
    static QString readingTime(int64_t minutes);
    // The zoom as a percentage of the normal size for ArticleView's `step`.
    static int zoomPercent(int step);
    // Empty at 100 %, so the status bar only mentions a zoom the reader chose.
    static QString zoom(int step);
};

} // namespace lede::ui
