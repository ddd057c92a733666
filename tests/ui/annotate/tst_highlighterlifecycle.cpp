// The highlighter's life on the article's documents: removing the annotations (closing a tab) must not
// re-lay out the document on the spot, and a view whose document is replaced gets a highlighter of its own
// with the same visible kinds, the old one staying on the old document.
#include "AnnotateFixture.h"
#include "RecordingLayout.h"
#include "annotate/DocumentAnnotator.h"

#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

#include <memory>

using namespace lede;
using namespace lede::ui;

namespace {
core::Analysis fixtureAnalysis(const core::Document &doc, const core::AnalysisOptions &)
{
    return test::AnnotateFixture::analysis(doc);
}

int formattedBlocks(const QTextDocument &doc)
{
    int n = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        n += b.layout()->formats().isEmpty() ? 0 : 1;
    return n;
}
} // namespace

class TestHighlighterLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // corrections are looked up in the app data folder
    }

    void removingAnnotations_doesNotRelayoutAtOnce_thenClearsInSlices()
    {
        QObject owner; // owns the document, so the view does not delete it
        auto *doc = new QTextDocument(&owner);
        auto *layout = new test::RecordingLayout(doc);
        doc->setDocumentLayout(layout);
        doc->setPlainText(test::AnnotateFixture::viewText());
        QTextEdit view;
        view.setDocument(doc);
        auto annotator = std::make_unique<DocumentAnnotator>(&view, nullptr, &fixtureAnalysis);
        annotator->setDocument(test::AnnotateFixture::document());
        QTRY_VERIFY(annotator->model()->hasAnalysis());
        const QPointer<EntityHighlighter> highlighter = annotator->highlighter();
        highlighter->finishNow();
        QCOMPARE(formattedBlocks(*doc), 2);

        layout->changes.clear();
        annotator.reset();
        // A QSyntaxHighlighter leaving its document clears all formats in one edit: the whole document
        // laid out again on the spot. The highlighter stays instead, and clears what it drew in slices.
        QVERIFY(layout->changes.empty());
        QVERIFY(highlighter);
        QVERIFY(highlighter->isBusy());
        QTRY_VERIFY(!highlighter->isBusy());
        QCOMPARE(formattedBlocks(*doc), 0);
        QVERIFY(!layout->changes.empty());
    }

    void replacedViewDocument_getsItsOwnHighlighter_withTheSameKinds()
    {
        QObject owner;
        auto *first = new QTextDocument(&owner);
        first->setPlainText(test::AnnotateFixture::viewText());
        QTextEdit view;
        view.setDocument(first);
        DocumentAnnotator annotator(&view, nullptr, &fixtureAnalysis);
        annotator.setVisibleKinds(kDefaultVisibleKinds & ~maskOf(HighlightKind::Date));
        const QPointer<EntityHighlighter> old = annotator.highlighter();

        auto *second = new QTextDocument(&owner);
        auto *secondLayout = new test::RecordingLayout(second);
        second->setDocumentLayout(secondLayout);
        second->setPlainText(test::AnnotateFixture::viewText());
        view.setDocument(second);
        annotator.setDocument(test::AnnotateFixture::document());

        EntityHighlighter *current = annotator.highlighter();
        QVERIFY(current != old);
        QCOMPARE(current->document(), second);
        QCOMPARE(current->visibleKinds() & maskOf(HighlightKind::Date), 0);
        QVERIFY(old); // left on the first document, which owns it
        QCOMPARE(old->document(), first);

        QTRY_VERIFY(annotator.model()->hasAnalysis());
        current->finishNow();
        // People and places in both paragraphs; the hidden date nowhere.
        QCOMPARE(formattedBlocks(*second), 2);
        const QColor dateBg = current->palette().background(HighlightKind::Date);
        for (QTextBlock b = second->begin(); b.isValid(); b = b.next()) {
            for (const QTextLayout::FormatRange &r : b.layout()->formats())
                QVERIFY(r.format.background().color() != dateBg);
        }
        QCOMPARE(formattedBlocks(*first), 0);
    }

    // The reader deletes the old document when it shows the loaded article; its highlighter goes with it.
    // The kinds live on the annotator, so the new highlighter still draws what the legend says.
    void replacedAndDeletedViewDocument_newHighlighterDrawsTheChosenKinds()
    {
        auto *first = new QTextDocument;
        first->setPlainText(test::AnnotateFixture::viewText());
        QTextEdit view;
        view.setDocument(first);
        DocumentAnnotator annotator(&view, nullptr, &fixtureAnalysis);
        annotator.setVisibleKinds(kDefaultVisibleKinds & ~maskOf(HighlightKind::Person));

        QObject owner;
        auto *second = new QTextDocument(&owner);
        second->setPlainText(test::AnnotateFixture::viewText());
        view.setDocument(second);
        delete first;
        annotator.setDocument(test::AnnotateFixture::document());

        EntityHighlighter *current = annotator.highlighter();
        QCOMPARE(current->visibleKinds(), annotator.visibleKinds());
        QTRY_VERIFY(annotator.model()->hasAnalysis());
        current->finishNow();
        const QColor personBg = current->palette().background(HighlightKind::Person);
        int marks = 0;
        for (QTextBlock b = second->begin(); b.isValid(); b = b.next()) {
            for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                QVERIFY(r.format.background().color() != personBg);
                ++marks;
            }
        }
        QVERIFY(marks > 0); // places and the date are drawn
    }
};

QTEST_MAIN(TestHighlighterLifecycle)
#include "tst_highlighterlifecycle.moc"
