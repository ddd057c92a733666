// AnnotationController: window-level wiring of panels, legend, find bar, shortcuts and exports.
#include "annotate/AnnotationController.h"

#include "annotate/AddEntityDialog.h"
#include "annotate/ArticleExportActions.h"
#include "annotate/ContextPanel.h"
#include "annotate/EntityPanel.h"
#include "annotate/FindBar.h"
#include "annotate/HighlightLegend.h"
#include "annotate/WindowAction.h"
#include "entities/EntityTypeGuess.h"
#include "entities/PlaceGazetteer.h"
#include "reader/ProblemDialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoGroup>
#include <QtConcurrent/QtConcurrentRun>

namespace lede::ui {

namespace {
constexpr int kMessageMs = 6000;
} // namespace

AnnotationController::AnnotationController(QMainWindow *window, QToolBar *legendBar)
    : QObject(window), m_window(window), m_entityPanel(new EntityPanel), m_contextPanel(new ContextPanel),
      m_entityDock(new QDockWidget(tr("Entities"), window)), m_contextDock(new QDockWidget(tr("Context"), window)),
      m_legend(new HighlightLegend(this)), m_legendBar(legendBar), m_findBar(new FindBar),
      m_findToolBar(new QToolBar(tr("Find"), window)), m_progress(new QProgressBar),
      m_exports(new ArticleExportActions(window, this))
{
    m_entityDock->setObjectName(QStringLiteral("entityDock"));
    m_entityDock->setWidget(m_entityPanel);
    m_contextDock->setObjectName(QStringLiteral("contextDock"));
    m_contextDock->setWidget(m_contextPanel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_entityDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_contextDock);
    if (!m_legendBar) {
        m_legendBar = new QToolBar(tr("Highlights"), window);
        m_legendBar->setObjectName(QStringLiteral("legendToolBar"));
        window->addToolBar(Qt::TopToolBarArea, m_legendBar);
    }
    m_legendBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_legendBar->addActions(m_legend->kindActions());
    m_findToolBar->setObjectName(QStringLiteral("findToolBar"));
    m_findToolBar->setMovable(false);
    m_findToolBar->addWidget(m_findBar);
    window->addToolBar(Qt::BottomToolBarArea, m_findToolBar);
    m_findToolBar->hide();
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setToolTip(tr("Finding people, places, organisations and dates…"));
    window->statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();

    auto makeAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addWindowAction(m_window, text, key, this, slot);
    };
    m_findAction = makeAction(tr("&Find in Article…"), QKeySequence::Find, &AnnotationController::showFind);
    m_nextMention = makeAction(tr("&Next Mention"), QKeySequence(Qt::Key_F3), [this] {
        if (m_active)
            m_active->nextMention();
    });
    m_previousMention = makeAction(tr("&Previous Mention"), QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] {
        if (m_active)
            m_active->previousMention();
    });
    m_clearSelection = makeAction(tr("&Clear Selection"), QKeySequence(Qt::Key_Escape),
                                  &AnnotationController::clearSelectionOrFind);
    // The group's actions follow the active tab's stack: enabled and named ("Undo Rename “Paris”…") by it.
    m_undoGroup = new QUndoGroup(this);
    m_undo = m_undoGroup->createUndoAction(m_window, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(m_window, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    m_redo->setShortcuts(redoKeys);
    // QUndoGroup would write "<prefix> <command>"; a whole template lets a translation add its own
    // punctuation ("Rückgängig: …"). These run after the actions' own slots, so their text wins.
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo, [this](const QString &command) {
        m_undo->setText(command.isEmpty()
                            ? tr("&Undo")
                            : tr("&Undo %1", "%1 the change to undo: 'Rename “Paris” to “Lyon”'").arg(command));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo, [this](const QString &command) {
        m_redo->setText(command.isEmpty()
                            ? tr("&Redo")
                            : tr("&Redo %1", "%1 the change to redo: 'Rename “Paris” to “Lyon”'").arg(command));
    });
    for (QAction *a : {m_undo, m_redo}) {
        a->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(a);
    }

    connect(m_findBar, &FindBar::closed, this, [this] {
        m_findToolBar->hide();
        if (m_active && m_active->view())
            m_active->view()->setFocus();
    });
    connect(m_legend, &HighlightLegend::visibleKindsChanged, this, [this](HighlightKindMask kinds) {
        for (const auto &a : m_annotators) {
            if (a)
                a->setVisibleKinds(kinds);
        }
    });
    connect(m_entityPanel, &EntityPanel::entitySelected, this, &AnnotationController::goToEntity);
    connect(m_entityPanel, &EntityPanel::mergeRequested, this, [this](const std::string &from, const std::string &into) {
        if (m_active)
            m_active->mergeEntities(from, into);
    });
    connect(m_entityPanel, &EntityPanel::renameRequested, this, &AnnotationController::renameWithDialog);
    connect(m_entityPanel, &EntityPanel::retypeRequested, this, [this](const std::string &id, core::EntityType t) {
        if (m_active)
            m_active->retypeEntity(id, t);
    });
    connect(m_entityPanel, &EntityPanel::removeRequested, this, [this](const std::string &id) {
        if (m_active)
            m_active->removeEntity(id);
    });
    connect(m_contextPanel, &ContextPanel::mentionActivated, this, [this](core::TextRange range) {
        if (m_active)
            m_active->revealMention(range);
    });
    connect(m_contextPanel, &ContextPanel::entityActivated, this, &AnnotationController::goToEntity);

    // The gazetteer is a large file: read it once, in the background.
    connect(&m_gazetteerLoad, &QFutureWatcher<std::shared_ptr<const core::PlaceGazetteer>>::finished, this,
            [this] { m_contextPanel->setGazetteer(m_gazetteerLoad.result()); });
    m_gazetteerLoad.setFuture(QtConcurrent::run([] {
        core::TypeCues::shipped(); // read the small cue lists of Add as Entity… here too, off the UI thread
        return core::PlaceGazetteer::shared();
    }));
    window->installEventFilter(this);
    updateActions();
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    // Light and dark swatches follow the palette, like the highlights themselves.
    if (watched == m_window && event->type() == QEvent::PaletteChange)
        m_legend->updateIcons(m_window->palette());
    return QObject::eventFilter(watched, event);
}

AnnotationController::~AnnotationController()
{
    m_gazetteerLoad.waitForFinished(); // a short file read; the worker must not outlive its watcher
}

DocumentAnnotator *AnnotationController::annotatorFor(QTextEdit *view)
{
    if (!view)
        return nullptr;
    for (const auto &a : m_annotators) {
        if (a && a->view() == view)
            return a;
    }
    auto *annotator = new DocumentAnnotator(view, view);
    adoptAnnotator(annotator);
    return annotator;
}

void AnnotationController::adoptAnnotator(DocumentAnnotator *annotator)
{
    annotator->setVisibleKinds(m_legend->visibleKinds());
    std::erase_if(m_annotators, [](const QPointer<DocumentAnnotator> &p) { return p.isNull(); });
    m_annotators.emplace_back(annotator);
    connect(annotator, &DocumentAnnotator::message, this, [this, annotator](const QString &text) {
        if (annotator == m_active)
            showMessage(text);
    });
    connect(annotator, &DocumentAnnotator::selectedEntityChanged, this, [this, annotator](const std::string &id) {
        if (annotator == m_active)
            onSelectedEntityChanged(id);
    });
    connect(annotator, &DocumentAnnotator::currentMentionChanged, this, [this, annotator](int index, int count) {
        if (annotator != m_active)
            return;
        m_contextPanel->setCurrentMention(index);
        if (index >= 0) {
            m_mentionMessage =
                tr("Mention %1 of %2").arg(m_window->locale().toString(index + 1), m_window->locale().toString(count));
            showMessage(m_mentionMessage);
        } else if (!m_mentionMessage.isEmpty() && m_window->statusBar()->currentMessage() == m_mentionMessage) {
            m_window->statusBar()->clearMessage(); // no current mention any more: do not leave a stale one
        }
    });
    connect(annotator, &DocumentAnnotator::problem, this, [this](const QString &text, const QString &details) {
        // Window-modal and non-blocking, like the reader's own messages; it names the document, so it may come
        // from a tab in the background.
        auto *box = new ProblemDialog(text, details, {}, m_window);
        box->setObjectName(QStringLiteral("correctionsProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(annotator, &DocumentAnnotator::addEntityRequested, this, &AnnotationController::onAddEntityRequested);
    connect(annotator, &DocumentAnnotator::renameRequested, this, [this, annotator](const std::string &id) {
        if (annotator == m_active)
            renameWithDialog(id);
    });
    connect(annotator, &DocumentAnnotator::mergeRequested, this, [this, annotator](const std::string &id) {
        if (annotator == m_active)
            mergeWithDialog(id);
    });
    m_undoGroup->addStack(annotator->undoStack());
    connect(annotator->analysis(), &AnalysisController::busy, this, [this, annotator](bool running) {
        if (annotator == m_active)
            m_progress->setVisible(running);
    });
    connect(annotator->model(), &AnnotationModel::analysisChanged, this, &AnnotationController::updateActions);
}

void AnnotationController::setActiveView(QTextEdit *view)
{
    DocumentAnnotator *next = view ? annotatorFor(view) : nullptr;
    if (next == m_active)
        return;
    m_active = next;
    m_entityPanel->setModel(next ? next->model() : nullptr);
    m_contextPanel->setModel(next ? next->model() : nullptr);
    m_findBar->setAnnotator(next);
    m_exports->setAnnotator(next);
    m_undoGroup->setActiveStack(next ? next->undoStack() : nullptr);
    m_progress->setVisible(next && next->analysis()->isRunning());
    onSelectedEntityChanged(next ? next->selectedEntity() : std::string());
    updateActions();
}

void AnnotationController::addViewMenuActions(QMenu *viewMenu) const
{
    QMenu *highlights = viewMenu->addMenu(tr("&Highlight"));
    highlights->addActions(m_legend->kindActions());
    if (!viewMenu->actions().contains(m_legendBar->toggleViewAction()))
        viewMenu->addAction(m_legendBar->toggleViewAction());
    viewMenu->addAction(m_entityDock->toggleViewAction());
    viewMenu->addAction(m_contextDock->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_findAction);
    viewMenu->addAction(m_nextMention);
    viewMenu->addAction(m_previousMention);
    viewMenu->addAction(m_clearSelection);
}

void AnnotationController::addEditMenuActions(QMenu *editMenu) const
{
    QAction *first = editMenu->actions().value(0);
    editMenu->insertAction(first, m_undo);
    editMenu->insertAction(first, m_redo);
    if (first)
        editMenu->insertSeparator(first);
}

void AnnotationController::addFileMenuActions(QMenu *fileMenu, QAction *before) const
{
    m_exports->addFileMenuActions(fileMenu, before);
}

bool AnnotationController::exportEntitiesCsv(const QString &path, QString *error) const
{
    return m_exports->exportEntitiesCsv(path, error);
}

bool AnnotationController::exportAnalysisJson(const QString &path, QString *error) const
{
    return m_exports->exportAnalysisJson(path, error);
}

PrintJob *AnnotationController::exportPdf(const QString &path)
{
    return m_exports->exportPdf(path);
}

PrintJob *AnnotationController::print(std::shared_ptr<QPrinter> printer)
{
    return m_exports->print(std::move(printer));
}

PrintJob *AnnotationController::printJob() const
{
    return m_exports->printJob();
}

QString AnnotationController::exportStartPath(const QString &fileName) const
{
    return m_exports->exportStartPath(fileName);
}

void AnnotationController::updateActions()
{
    const bool hasView = m_active && m_active->view();
    m_findAction->setEnabled(hasView);
    m_exports->updateActions();
}

void AnnotationController::onSelectedEntityChanged(const std::string &id)
{
    m_entityPanel->setSelectedEntity(id);
    m_contextPanel->showEntity(id);
    m_contextPanel->setCurrentMention(m_active ? m_active->currentMention() : -1);
    if (!id.empty() && !m_contextDock->isVisible())
        m_contextDock->show();
    const bool any = !id.empty();
    m_nextMention->setEnabled(any);
    m_previousMention->setEnabled(any);
}

void AnnotationController::onAddEntityRequested(int from, int to)
{
    auto *annotator = qobject_cast<DocumentAnnotator *>(sender());
    if (!annotator || !annotator->model()->hasAnalysis())
        return;
    QTextCursor c(annotator->view()->document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    // Propose the type the text suggests (a title before it, an organisation word, a known place).
    const core::TextRange range{annotator->toCoreOffset(from), annotator->toCoreOffset(to)};
    const std::shared_ptr<const core::PlaceGazetteer> places =
        m_gazetteerLoad.isFinished() ? m_gazetteerLoad.result() : nullptr;
    const auto guess =
        core::guessEntityType(annotator->model()->document()->text, range, core::TypeCues::shipped(), places.get());
    AddEntityDialog dialog(*annotator->model(), c.selectedText(), guess ? guess->type : core::EntityType::Person,
                           m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    annotator->addMention(from, to, dialog.existingEntityId(), dialog.newName(), dialog.newType());
}

void AnnotationController::renameWithDialog(const std::string &id)
{
    if (!m_active)
        return;
    const core::Entity *e = m_active->model()->entity(id);
    if (!e)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Entity"), tr("Name:"), QLineEdit::Normal,
                                               QString::fromStdU16String(e->name), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_active->renameEntity(id, name);
}

void AnnotationController::mergeWithDialog(const std::string &id)
{
    if (!m_active)
        return;
    const core::Entity *from = m_active->model()->entity(id);
    if (!from)
        return;
    // The other entities by name, with their type to tell apart a person and a place of one name.
    std::vector<const core::Entity *> others;
    for (const core::Entity &e : m_active->model()->entities()) {
        if (e.id != id)
            others.push_back(&e);
    }
    if (others.empty())
        return;
    std::stable_sort(others.begin(), others.end(), [](const core::Entity *a, const core::Entity *b) {
        return QString::localeAwareCompare(QString::fromStdU16String(a->name), QString::fromStdU16String(b->name)) < 0;
    });
    QStringList labels;
    for (const core::Entity *e : others)
        labels << tr("%1 (%2)").arg(QString::fromStdU16String(e->name), entityTypeDisplayName(e->type));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("Merge With"),
                              tr("Merge “%1” into:").arg(QString::fromStdU16String(from->name)), labels, 0, false, &ok);
    const qsizetype index = labels.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const std::string into = others[static_cast<size_t>(index)]->id;
    m_active->mergeEntities(id, into);
}

void AnnotationController::goToEntity(const std::string &id)
{
    if (!m_active)
        return;
    m_active->selectEntity(id);
    m_active->revealFirstMentionAfterPosition();
}

void AnnotationController::showFind()
{
    if (!m_active)
        return;
    m_findToolBar->show();
    m_findBar->activate();
}

void AnnotationController::clearSelectionOrFind()
{
    if (m_findToolBar->isVisible() && m_findBar->isAncestorOf(QApplication::focusWidget())) {
        m_findToolBar->hide();
        if (m_active && m_active->view())
            m_active->view()->setFocus();
        return;
    }
    if (m_active)
        m_active->selectEntity({});
}

void AnnotationController::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, kMessageMs);
}

} // namespace lede::ui
