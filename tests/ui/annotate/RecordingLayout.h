// RecordingLayout: a document layout for tests that records every change the document reports to its
// layout (QAbstractTextDocumentLayout::documentChanged) and lays nothing out, so a test can count the
// relayouts that highlighting causes and check their ranges.
#pragma once

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <functional>
#include <vector>

namespace lede::test {

class RecordingLayout final : public QAbstractTextDocumentLayout
{
public:
    struct Change
    {
        int from = 0;
        int length = 0;
        friend bool operator==(const Change &, const Change &) = default;
    };

    explicit RecordingLayout(QTextDocument *document) : QAbstractTextDocumentLayout(document) {}

    std::vector<Change> changes;
    // Called inside documentChanged, after recording: stands in for a view reacting to the layout's signals.
    std::function<void()> onChange;

    void draw(QPainter *, const PaintContext &) override {}
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int from, int /*charsRemoved*/, int charsAdded) override
    {
        changes.push_back({from, charsAdded});
        if (onChange)
            onChange();
    }
};

} // namespace lede::test
