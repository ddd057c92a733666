// ReaderIntegration: one AnnotationController per reader window, one DocumentAnnotator per tab.
#include "annotate/ReaderIntegration.h"

#include "annotate/AnnotationController.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "timeline/TimelineController.h"

#include <QMenu>

namespace lede::ui {

AnnotationController *installAnnotations(MainWindow *window)
{
    auto *controller = new AnnotationController(window, window->legendToolBar());
    controller->addViewMenuActions(window->viewMenu());
    controller->addEditMenuActions(window->editMenu());
    window->editMenu()->addSeparator();
    window->editMenu()->addAction(controller->findAction());
    // Export and Print sit where the reader reserved room for them.
    controller->addFileMenuActions(window->fileMenu(), window->fileMenuInsertionPoint());

    QObject::connect(window, &MainWindow::tabCreated, controller, [controller](DocumentTab *tab) {
        DocumentAnnotator *annotator = controller->annotatorFor(tab->view());
        annotator->setShowsOwnContextMenu(false);
        QObject::connect(
            tab->view(), &ArticleView::contextMenuRequested, annotator,
            [annotator](QMenu *menu, const QPoint &position) { annotator->addContextMenuActions(menu, position); });
        QObject::connect(tab, &DocumentTab::documentLoaded, annotator,
                         [annotator](std::shared_ptr<const core::Document> document) {
                             annotator->setDocument(std::move(document));
                         });
    });
    QObject::connect(window, &MainWindow::currentTabChanged, controller, [controller](DocumentTab *tab) {
        controller->setActiveView(tab ? tab->view() : nullptr);
    });
    installTimeline(window, controller); // the timeline dock (ui/timeline)
    return controller;
}

} // namespace lede::ui
