// The article in a window: clicking a highlighted mention selects its entity and fills the context panel,
// F3 walks the mentions, Escape clears, and corrections (merge, rename) survive closing and reopening.
#include "AnnotateFixture.h"
#include "AnnotatedWindow.h"
#include "TextPoint.h"
#include "annotate/AnnotationController.h"
#include "annotate/ContextPanel.h"
#include "annotate/CorrectionsStore.h"
#include "annotate/EntityPanel.h"
#include "annotate/FindBar.h"
#include "annotate/TaggerProvider.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace lede;
using namespace lede::ui;

namespace {
core::Analysis fixtureAnalysis(const core::Document &doc, const core::AnalysisOptions &)
{
    return test::AnnotateFixture::analysis(doc);
}
} // namespace

class TestAnnotationController final : public QObject
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
        QFile::remove(CorrectionsStore::pathFor(CorrectionsStore::keyFor(m_doc->text)));
        openWindow();
    }
    void cleanup() { m_window.reset(); }

    void clickOnMention_selectsEntity_andContextListsItsMentions_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<int>("mentions");
        QTest::newRow("surname, second paragraph") << "Kaneko" << 1 << "e1" << 2;
        QTest::newRow("name after emoji") << "Guterres" << 0 << "e2" << 1;
        QTest::newRow("place") << "Paris" << 0 << "e3" << 2;
    }
    void clickOnMention_selectsEntity_andContextListsItsMentions()
    {
        QFETCH(QString, needle);
        QFETCH(int, block);
        QFETCH(QString, entity);
        QFETCH(int, mentions);
        clickOn(needle, block);
        QCOMPARE(m_annotator->selectedEntity(), entity.toStdString());
        QCOMPARE(m_controller->contextPanel()->entityId(), entity.toStdString());
        QCOMPARE(m_controller->contextPanel()->mentionLineCount(), mentions);
        QCOMPARE(m_controller->entityPanel()->selectedEntities(), std::vector<std::string>{entity.toStdString()});
    }

    void clickOnPlainWord_selectsNothing()
    {
        clickOn(QStringLiteral("met"), 0);
        QVERIFY(m_annotator->selectedEntity().empty());
    }

    void f3_movesToNextMention_andShiftF3_back()
    {
        clickOn(QStringLiteral("Eri"), 0);
        QCOMPARE(m_annotator->selectedEntity(), std::string("e1"));
        const core::Entity *e = m_annotator->model()->entity("e1");
        QTest::keyClick(m_view, Qt::Key_F3);
        QCOMPARE(m_view->textCursor().position(), m_annotator->toViewPosition(e->mentions[1].start));
        QTest::keyClick(m_view, Qt::Key_F3); // wraps
        QCOMPARE(m_view->textCursor().position(), m_annotator->toViewPosition(e->mentions[0].start));
        QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_view->textCursor().position(), m_annotator->toViewPosition(e->mentions[1].start));
        QVERIFY(!m_view->extraSelections().isEmpty());
    }

    void escape_clearsSelection()
    {
        clickOn(QStringLiteral("Paris"), 0);
        QVERIFY(!m_annotator->selectedEntity().empty());
        QTest::keyClick(m_view, Qt::Key_Escape);
        QVERIFY(m_annotator->selectedEntity().empty());
        QVERIFY(m_controller->contextPanel()->entityId().empty());
    }

    void entityPanel_selection_selectsInArticle()
    {
        m_controller->entityPanel()->setFilterText(QStringLiteral("guter"));
        QCOMPARE(m_controller->entityPanel()->visibleEntityCount(), 1);
        m_controller->entityPanel()->setFilterText({});
        QCOMPARE(m_controller->entityPanel()->visibleEntityCount(), 3);
        Q_EMIT m_controller->entityPanel()->entitySelected("e3");
        QCOMPARE(m_annotator->selectedEntity(), std::string("e3"));
        QCOMPARE(m_controller->contextPanel()->mentionLineCount(), 2);
    }

    void findBar_marksAllMatches_andSteps()
    {
        m_controller->findBar()->setAnnotator(m_annotator);
        m_controller->findBar()->setQuery(QStringLiteral("paris"));
        QCOMPARE(m_controller->findBar()->matchCount(), 2);
        const int first = m_view->textCursor().position();
        QVERIFY(m_controller->findBar()->findNext());
        QVERIFY(m_view->textCursor().position() != first);
        QCOMPARE(m_view->extraSelections().size(), 2);
    }

    void mergeAndRename_persistAcrossReopen()
    {
        m_annotator->mergeEntities("e2", "e1");
        m_annotator->renameEntity("e1", QStringLiteral("E. Kaneko"));
        QTRY_COMPARE(m_annotator->model()->entities().size(), size_t(2));
        QVERIFY(QFile::exists(CorrectionsStore::pathFor(CorrectionsStore::keyFor(m_doc->text))));

        // Close the document, open it again: the analysis is fresh, the corrections are re-applied.
        m_window.reset();
        openWindow();
        const auto &entities = m_annotator->model()->entities();
        QCOMPARE(entities.size(), size_t(2));
        const core::Entity *kaneko = nullptr;
        for (const core::Entity &e : entities) {
            QVERIFY(e.name != u"António Guterres");
            if (e.name == u"E. Kaneko")
                kaneko = &e;
        }
        QVERIFY(kaneko);
        QCOMPARE(kaneko->mentions.size(), size_t(3));
        clickOn(QStringLiteral("Guterres"), 0);
        QCOMPARE(m_controller->contextPanel()->headline(), QStringLiteral("E. Kaneko"));
        QCOMPARE(m_controller->contextPanel()->mentionLineCount(), 3);
    }

    void exports_writeCsvJsonAndPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY(m_controller->exportEntitiesCsv(dir.filePath(QStringLiteral("e.csv")), &error));
        QFile csv(dir.filePath(QStringLiteral("e.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("name,type,mentions,first_sentence\r\nEri Kaneko,person,2,"));
        QVERIFY(m_controller->exportAnalysisJson(dir.filePath(QStringLiteral("a.json")), &error));
        QFile json(dir.filePath(QStringLiteral("a.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonDocument parsed = QJsonDocument::fromJson(json.readAll());
        QVERIFY(parsed.isObject());
        QVERIFY(parsed.object().contains(QStringLiteral("entities")));
        PrintJob *job = m_controller->exportPdf(dir.filePath(QStringLiteral("p.pdf")));
        QVERIFY(job);
        QSignalSpy done(job, &PrintJob::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.front().front().value<PrintJob::Outcome>(), PrintJob::Outcome::Printed);
        QFile pdf(dir.filePath(QStringLiteral("p.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

private:
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

    void clickOn(const QString &needle, int block)
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, test::pointOn(m_view, needle, block));
    }

    std::shared_ptr<const core::Document> m_doc;
    std::unique_ptr<QMainWindow> m_window;
    QTextEdit *m_view = nullptr;
    AnnotationController *m_controller = nullptr;
    DocumentAnnotator *m_annotator = nullptr;
};

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
