// bench_timeline: the timeline with a book's worth of events — sorting, one layout, a fit (its bisection
// runs the layout ~40 times), a zoom step, and painting one screen, at 5,000 and 50,000 events.
// Prints medians of 5 runs in thread CPU milliseconds. Run: QT_QPA_PLATFORM=offscreen bench_timeline
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QPixmap>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace lede;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
}

template <typename F> double medianMs(F &&work)
{
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        const double start = threadCpuMs();
        work();
        runs.push_back(threadCpuMs() - start);
    }
    std::sort(runs.begin(), runs.end());
    return runs[2];
}

// Events spread over three centuries, many sharing a day, a tenth of them ranges.
std::vector<ui::TimelineItem> book(int count)
{
    std::vector<ui::TimelineItem> items;
    items.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        ui::TimelineItem item;
        item.id = QStringLiteral("v%1").arg(i + 1);
        item.start = {1700 + (i * 37) % 300, 1 + (i * 7) % 12, 1 + (i * 13) % 28};
        item.end = item.start;
        if (i % 10 == 0)
            item.end.day = std::min(28, item.start.day + 1 + i % 9);
        item.dateText = QStringLiteral("day %1").arg(i);
        item.summary = QStringLiteral("the council met for the %1th time and argued about the bridge").arg(i);
        item.sentence = item.summary;
        item.textStart = i * 80;
        item.textEnd = item.textStart + 70;
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ui::TimelineView view;
    view.resize(360, 900);
    view.show();
    for (int count : {5000, 50000}) {
        const std::vector<ui::TimelineItem> items = book(count);
        const double order = medianMs([&] { (void)ui::TimelineOrder::of(items); });
        const ui::TimelineOrder sorted = ui::TimelineOrder::of(items);
        const double layout = medianMs([&] { (void)ui::TimelineLayout::compute(sorted, view.metrics(), 0.05); });
        const double fit = medianMs([&] { (void)ui::TimelineLayout::fitScale(sorted, view.metrics(), 900, 200); });
        const double set = medianMs([&] { view.setItems(items); });
        const double zoom = medianMs([&] { view.zoomIn(); });
        const double paint = medianMs([&] { (void)view.grab(); });
        std::printf("%6d events: sort %.1f ms, layout %.1f ms, fit %.1f ms, setItems (sort+fit+layout) %.1f ms, "
                    "zoom step %.1f ms, paint one screen %.1f ms\n",
                    count, order, layout, fit, set, zoom, paint);
    }
    return 0;
}
