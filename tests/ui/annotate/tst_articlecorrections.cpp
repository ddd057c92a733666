// Corrections where the reader is: the article's context menu offers the entity panel's corrections for
// the name under the pointer and Add as Entity… for a selection, beside Qt's Copy and Select All; every
// correction is a step of the tab's undo stack (Edit ▸ Undo / Redo, Ctrl+Z / Ctrl+Shift+Z), and undoing
// or redoing leaves the saved corrections in step with what is shown.
#include "AnnotateFixture.h"
#include "AnnotatedWindow.h"
#include "TextPoint.h"
#include "annotate/AddEntityDialog.h"
#include "annotate/AnnotationController.h"
#include "annotate/ContextPanel.h"
#include "annotate/CorrectionsStore.h"
#include "annotate/TaggerProvider.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleView.h"
#include "reader/ProblemDialog.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QUndoGroup>

#include <functional>
#include <memory>

using namespace lede;
using namespace lede::ui;

namespace {
core::Analysis fixtureAnalysis(const core::Document &doc, const core::AnalysisOptions &)
{
    return test::AnnotateFixture::analysis(doc);
}

QAction *findAction(QMenu *menu, const QString &objectName)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == objectName)
            return a;
        if (a->menu()) {
            if (QAction *inner = findAction(a->menu(), objectName))
                return inner;
        }
    }
    return nullptr;
}

QStringList texts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            out << a->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0);
    }
    return out;
}

// Runs `answer` on the next modal dialog once it is shown (the dialogs of the menu's actions are modal).
void whenDialogShows(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        answer(QApplication::activeModalWidget());
    });
}
} // namespace

class TestArticleCorrections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TaggerProvider::override(nullptr);
        m_doc = test::AnnotateFixture::document();
    }

    void init()
    {
        QDir(QFileInfo(CorrectionsStore::pathFor(key())).absolutePath()).removeRecursively(); // kept copies too
        openWindow();
    }
    void cleanup()
    {
        m_menu.reset();
        m_window.reset();
    }

    void rightClickOnName_offersCorrections_besideCopyAndSelectAll()
    {
        QMenu *menu = contextMenuOn(QStringLiteral("Paris"), 0);
        const QStringList shown = texts(menu);
        QVERIFY2(shown.contains(QStringLiteral("Copy")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("Select All")));
        for (const char *name : {"renameEntityAction", "changeTypeMenu", "mergeEntityAction", "removeEntityAction"})
            QVERIFY2(findAction(menu, QLatin1String(name)), name);
        QCOMPARE(shown.filter(QStringLiteral("Change Type")).size(), 1);
        // The menu acts on the name under the pointer, and says so by selecting it.
        QCOMPARE(m_annotator->selectedEntity(), std::string("e3"));
        QVERIFY(findAction(menu, QStringLiteral("changeTypeTo1"))->isChecked()); // a place now
        QVERIFY(!findAction(menu, QStringLiteral("addEntityAction")));           // nothing selected
    }

    void rightClickInTheReadersArticleView_reachesTheNameUnderThePointer()
    {
        // The reader's view centres a column with wide margins: the position must stay the viewport's.
        QMainWindow window;
        auto *view = new ArticleView(ArticleStyle::fromApplication(), &window);
        window.setCentralWidget(view);
        view->setArticleDocument(ArticleDocumentBuilder(view->articleStyle()).build(*m_doc).release());
        auto *annotator = new DocumentAnnotator(view, view, &fixtureAnalysis);
        annotator->setShowsOwnContextMenu(false);
        connect(view, &ArticleView::contextMenuRequested, annotator,
                [annotator](QMenu *menu, const QPoint &at) { annotator->addContextMenuActions(menu, at); });
        window.resize(1400, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        annotator->setDocument(m_doc);
        QTRY_VERIFY(annotator->model()->hasAnalysis());
        annotator->highlighter()->finishNow();

        const core::TextRange paris = test::AnnotateFixture::find(*m_doc, QStringLiteral("Paris"));
        QTextCursor c(view->document());
        c.setPosition(annotator->toViewPosition(paris.start) + 2);
        const QPoint at = view->cursorRect(c).center();
        QVERIFY(view->viewport()->pos().x() > 100); // the margins this is about
        QStringList offered;
        connect(view, &ArticleView::contextMenuRequested, this, [&offered](QMenu *menu, const QPoint &) {
            offered = texts(menu);
            QTimer::singleShot(0, menu, &QMenu::close);
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view->viewport(), &event);
        QVERIFY2(offered.contains(QStringLiteral("Remove (Not an Entity)")), qPrintable(offered.join(u'|')));
        QVERIFY(offered.contains(QStringLiteral("Select All")));
        QCOMPARE(annotator->selectedEntity(), std::string("e3"));
    }

    void rightClickOnPlainWord_offersNoCorrections()
    {
        QMenu *menu = contextMenuOn(QStringLiteral("later"), 1);
        QVERIFY(!findAction(menu, QStringLiteral("removeEntityAction")));
        QVERIFY(texts(menu).contains(QStringLiteral("Select All")));
    }

    void remove_clearsHighlightAndSelection_andUndoRedoKeepTheStoreInStep()
    {
        selectText(QStringLiteral("Paris"), 0);
        QMenu *menu = contextMenuOn(QStringLiteral("Paris"), 0);
        QVERIFY(!m_view->extraSelections().isEmpty());
        findAction(menu, QStringLiteral("removeEntityAction"))->trigger();

        QTRY_VERIFY(!m_annotator->model()->entity("e3")); // applied on a worker
        QCOMPARE(m_annotator->model()->spanCount(HighlightKind::Place), 0);
        QVERIFY(m_annotator->selectedEntity().empty());
        QVERIFY(m_controller->contextPanel()->entityId().empty());
        QVERIFY(m_view->extraSelections().isEmpty());
        QVERIFY(!m_view->textCursor().hasSelection());
        QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Mention"))); // none is current
        QCOMPARE(storedCorrections(), 1);
        QVERIFY(m_controller->undoAction()->isEnabled());
        QVERIFY(m_controller->undoAction()->text().contains(QStringLiteral("Paris")));

        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(m_annotator->model()->entity("e3"));
        QCOMPARE(m_annotator->model()->spanCount(HighlightKind::Place), 2);
        QCOMPARE(storedCorrections(), 0);
        QVERIFY(m_controller->redoAction()->isEnabled());

        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!m_annotator->model()->entity("e3"));
        QCOMPARE(storedCorrections(), 1);
    }

    void damagedStoredCorrections_areKeptAside_andTheUserIsToldOnce()
    {
        const QByteArray damaged = "{\"format\":\"lede-corrections\",\"version\":1,\"correc";
        reopenWithStored(damaged);
        const auto boxes = m_window->findChildren<ProblemDialog *>(QStringLiteral("correctionsProblem"));
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.front()->text().contains(QStringLiteral("damaged")));
        QVERIFY(boxes.front()->details().contains(QStringLiteral(".damaged-")));
        QVERIFY(!QFileInfo::exists(CorrectionsStore::pathFor(key())));

        // The next edit saves a fresh file; the damaged one stays where the message said.
        selectText(QStringLiteral("Paris"), 0);
        findAction(contextMenuOn(QStringLiteral("Paris"), 0), QStringLiteral("removeEntityAction"))->trigger();
        QCOMPARE(storedCorrections(), 1);
        const QStringList kept = QDir(QFileInfo(CorrectionsStore::pathFor(key())).absolutePath())
                                     .entryList({key() + QStringLiteral(".damaged-*")});
        QCOMPARE(kept.size(), 1);

        // Opened again: nothing more to say.
        reopenWithStored({});
        QVERIFY(m_window->findChildren<ProblemDialog *>(QStringLiteral("correctionsProblem")).isEmpty());
    }

    void storedCorrectionsFromANewerVersion_areNeverOverwritten()
    {
        const QByteArray newer = "{\"format\":\"lede-corrections\",\"version\":9,\"corrections\":[]}";
        reopenWithStored(newer);
        const auto boxes = m_window->findChildren<ProblemDialog *>(QStringLiteral("correctionsProblem"));
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.front()->text().contains(QStringLiteral("newer version")));

        selectText(QStringLiteral("Paris"), 0);
        findAction(contextMenuOn(QStringLiteral("Paris"), 0), QStringLiteral("removeEntityAction"))->trigger();
        QTRY_VERIFY(!m_annotator->model()->entity("e3"));        // shown, not saved
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier); // an empty log would remove the file
        QFile f(CorrectionsStore::pathFor(key()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), newer);
    }

    void undoToAnEmptyLog_whenTheFileCannotBeRemoved_saysSo()
    {
        selectText(QStringLiteral("Paris"), 0);
        findAction(contextMenuOn(QStringLiteral("Paris"), 0), QStringLiteral("removeEntityAction"))->trigger();
        QCOMPARE(storedCorrections(), 1);
        // Replace the file by a folder with something in it: removing it fails, even for root.
        const QString path = CorrectionsStore::pathFor(key());
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(m_annotator->model()->entity("e3"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Your corrections could not be saved."));
        QVERIFY(QDir(path).removeRecursively());
    }

    void changeType_fromTheMenu_undoesThroughTheEditMenuActions()
    {
        QMenu *menu = contextMenuOn(QStringLiteral("Guterres"), 0);
        findAction(menu, QStringLiteral("changeTypeTo2"))->trigger(); // organisation
        QTRY_COMPARE(m_annotator->model()->entity("e2")->type, core::EntityType::Organization);
        m_controller->undoAction()->trigger();
        QTRY_COMPARE(m_annotator->model()->entity("e2")->type, core::EntityType::Person);
        m_controller->redoAction()->trigger();
        QTRY_COMPARE(m_annotator->model()->entity("e2")->type, core::EntityType::Organization);
    }

    void rename_asksForTheName_andUndoes()
    {
        QMenu *menu = contextMenuOn(QStringLiteral("Kaneko"), 1);
        whenDialogShows([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            QCOMPARE(input->textValue(), QStringLiteral("Eri Kaneko"));
            input->setTextValue(QStringLiteral("Dr Eri Kaneko"));
            input->accept();
        });
        findAction(menu, QStringLiteral("renameEntityAction"))->trigger();
        QTRY_COMPARE(m_annotator->model()->entity("e1")->name, std::u16string(u"Dr Eri Kaneko"));
        QCOMPARE(m_controller->contextPanel()->headline(), QStringLiteral("Dr Eri Kaneko"));
        m_controller->undoAction()->trigger();
        QTRY_COMPARE(m_annotator->model()->entity("e1")->name, std::u16string(u"Eri Kaneko"));
        QCOMPARE(storedCorrections(), 0);
    }

    void mergeWith_asksForTheOtherEntity_andUndoes()
    {
        QMenu *menu = contextMenuOn(QStringLiteral("Guterres"), 0);
        whenDialogShows([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            QVERIFY(!input->comboBoxItems().contains(QStringLiteral("António Guterres (Person)"))); // not itself
            input->setTextValue(QStringLiteral("Eri Kaneko (Person)"));
            input->accept();
        });
        findAction(menu, QStringLiteral("mergeEntityAction"))->trigger();
        QTRY_COMPARE(m_annotator->model()->entities().size(), size_t(2));
        QCOMPARE(m_annotator->model()->entity("e1")->mentions.size(), size_t(3));
        m_controller->undoAction()->trigger();
        QTRY_COMPARE(m_annotator->model()->entities().size(), size_t(3));
        QCOMPARE(m_annotator->model()->entity("e1")->mentions.size(), size_t(2));
    }

    void addAsEntity_onASelection_addsAMention_andUndoes()
    {
        selectText(QStringLiteral("tired"), 1);
        QMenu *menu = contextMenuOn(QStringLiteral("tired"), 1);
        QAction *add = findAction(menu, QStringLiteral("addEntityAction"));
        QVERIFY(add);
        QVERIFY(add->isEnabled());
        whenDialogShows([](QWidget *dialog) {
            QVERIFY(qobject_cast<AddEntityDialog *>(dialog));
            static_cast<QDialog *>(dialog)->accept();
        });
        add->trigger();
        QTRY_COMPARE(m_annotator->model()->entities().size(), size_t(4));
        QCOMPARE(storedCorrections(), 1);
        m_controller->undoAction()->trigger();
        QTRY_COMPARE(m_annotator->model()->entities().size(), size_t(3));
        QCOMPARE(storedCorrections(), 0);
    }

    void undoStacks_arePerTab_andTheWindowFollowsTheActiveOne()
    {
        auto *second = new QTextEdit(m_window.get());
        second->setReadOnly(true);
        second->setPlainText(test::AnnotateFixture::viewText());
        auto *other = new DocumentAnnotator(second, second, &fixtureAnalysis);
        m_controller->adoptAnnotator(other);

        m_annotator->retypeEntity("e3", core::EntityType::Other);
        QVERIFY(m_controller->undoAction()->isEnabled());
        m_controller->setActiveView(second);
        QVERIFY(!m_controller->undoAction()->isEnabled()); // the other tab has nothing to undo
        m_controller->setActiveView(m_view);
        QVERIFY(m_controller->undoAction()->isEnabled());
        // Closing a tab takes its history with it.
        delete second;
        QCOMPARE(m_controller->undoGroup()->stacks().size(), 1);
    }

private:
    QString key() const { return CorrectionsStore::keyFor(m_doc->text); }

    // Closes the window, puts `bytes` (none: no file) where the article's corrections are kept, and opens it again.
    void reopenWithStored(const QByteArray &bytes)
    {
        m_menu.reset();
        m_window.reset();
        const QString path = CorrectionsStore::pathFor(key());
        QFile::remove(path);
        if (!bytes.isNull()) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        openWindow();
    }

    int storedCorrections() const
    {
        const auto stored = CorrectionsStore::load(key());
        return stored ? static_cast<int>(stored->size()) : 0;
    }

    void openWindow()
    {
        // The real annotator, with the fixture's analysis in place of the recogniser.
        test::AnnotatedWindow w;
        QVERIFY(w.open(test::AnnotateFixture::viewText(), &fixtureAnalysis));
        m_window = std::move(w.window);
        m_view = w.view;
        m_controller = w.controller;
        m_annotator = w.annotator;
        QVERIFY(w.analyse(m_doc));
    }

    void selectText(const QString &needle, int block)
    {
        const QTextBlock b = m_view->document()->findBlockByNumber(block);
        QTextCursor c(m_view->document());
        c.setPosition(b.position() + static_cast<int>(b.text().indexOf(needle)));
        c.setPosition(c.position() + static_cast<int>(needle.size()), QTextCursor::KeepAnchor);
        m_view->setTextCursor(c);
    }

    // The menu a right-click at `needle` builds, as ArticleView builds it: Qt's standard menu plus ours.
    QMenu *contextMenuOn(const QString &needle, int block)
    {
        const QPoint at = test::pointOn(m_view, needle, block);
        m_menu.reset(m_view->createStandardContextMenu(at));
        m_annotator->addContextMenuActions(m_menu.get(), at);
        return m_menu.get();
    }

    std::shared_ptr<const core::Document> m_doc;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<QMenu> m_menu;
    QTextEdit *m_view = nullptr;
    AnnotationController *m_controller = nullptr;
    DocumentAnnotator *m_annotator = nullptr;
};

QTEST_MAIN(TestArticleCorrections)
#include "tst_articlecorrections.moc"
