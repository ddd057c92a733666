// StatusText: rounding that reads naturally — minutes for an article, hours for a book.
#include "reader/StatusText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lede::ui {

namespace {
constexpr int64_t kMinutesPerHour = 60;
// From ten hours on, minutes are noise: "about 58 hours".
constexpr int64_t kHoursOnly = 10 * kMinutesPerHour;
} // namespace

QString StatusText::readingTime(int64_t minutes)
{
    minutes = std::max<int64_t>(1, minutes);
    if (minutes < kMinutesPerHour)
        return tr("%Ln min read", nullptr, static_cast<int>(minutes));
    if (minutes < kHoursOnly) {
        const int64_t rounded = (minutes + 2) / 5 * 5; // to five minutes
        const auto hours = static_cast<int>(rounded / kMinutesPerHour);
        const auto rest = static_cast<int>(rounded % kMinutesPerHour);
        if (rest == 0)
            return tr("about %Ln hour(s)", nullptr, hours);
        return tr("about %1 h %2 min").arg(hours).arg(rest);
    }
    const int64_t hours =
        std::min<int64_t>((minutes + kMinutesPerHour / 2) / kMinutesPerHour, std::numeric_limits<int>::max());
    return tr("about %Ln hour(s)", nullptr, static_cast<int>(hours));
}

int StatusText::zoomPercent(int step)
{
    return static_cast<int>(std::lround(100.0 * std::pow(1.08, step))); // ArticleView's zoom factor per step
}

QString StatusText::zoom(int step)
{
    if (step == 0)
        return {};
    return tr("Zoom %1%").arg(QLocale().toString(zoomPercent(step)));
}

} // namespace lede::ui
