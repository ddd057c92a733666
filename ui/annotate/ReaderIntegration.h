// ReaderIntegration: plugs the annotation layer into the reader window through its extension points
// (tabCreated / documentLoaded / currentTabChanged, the File, Edit and View menus, the legend toolbar,
// ArticleView's context menu). The reader calls installAnnotations() once, before the window is shown.
#pragma once

namespace lede::ui {

class AnnotationController;
class MainWindow;

AnnotationController *installAnnotations(MainWindow *window);

} // namespace lede::ui
