// AnnotatedWindow: what the annotate tests drive — a main window with a read-only article view, the window's
// AnnotationController and one real DocumentAnnotator whose analysis function the test supplies.
#pragma once

#include "annotate/AnnotationController.h"
#include "annotate/DocumentAnnotator.h"

#include <QMainWindow>
#include <QTest>
#include <QTextEdit>

#include <memory>

namespace lede::test {

struct AnnotatedWindow
{
    std::unique_ptr<QMainWindow> window;
    QTextEdit *view = nullptr;
    ui::AnnotationController *controller = nullptr;
    ui::DocumentAnnotator *annotator = nullptr;

    // Shows `viewText` in a 1000×600 window with its annotator; false when the window never appeared.
    bool open(const QString &viewText, ui::AnalysisController::AnalyzeFunction analyze)
    {
        window = std::make_unique<QMainWindow>();
        view = new QTextEdit(window.get());
        view->setReadOnly(true);
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        window->setCentralWidget(view);
        controller = new ui::AnnotationController(window.get());
        window->resize(1000, 600);
        view->setPlainText(viewText);
        annotator = new ui::DocumentAnnotator(view, view, std::move(analyze));
        controller->adoptAnnotator(annotator);
        controller->setActiveView(view);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->activateWindow();
        return true;
    }

    // Analyses `doc` and waits until the analysis is in and every block is highlighted.
    bool analyse(std::shared_ptr<const core::Document> doc)
    {
        annotator->setDocument(std::move(doc));
        if (!QTest::qWaitFor([this] { return annotator->model()->hasAnalysis(); }))
            return false;
        annotator->highlighter()->finishNow();
        return true;
    }
};

} // namespace lede::test
