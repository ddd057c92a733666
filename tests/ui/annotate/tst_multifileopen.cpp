// Opening several articles at once on a cold start: every tab gets its analysis, with the shipped model,
// whether the tabs ask for the model while it is still loading or after it is ready.
#include "annotate/AnnotationController.h"
#include "annotate/ReaderIntegration.h"
#include "annotate/TaggerProvider.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "reader/ReaderSettings.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;
using namespace lede::ui;

class TestMultiFileOpen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_multifileopen"));
        QVERIFY(m_dir.isValid());
        // Eight short articles of our own, each naming a person and a well-known city.
        const QStringList people{QStringLiteral("Margaret Okafor"), QStringLiteral("Daniel Whitfield"),
                                 QStringLiteral("Sofia Lindqvist"), QStringLiteral("Tomas Herrera"),
                                 QStringLiteral("Helen Marsh"),     QStringLiteral("Peter Brandt"),
                                 QStringLiteral("Laura Chen"),      QStringLiteral("Samuel Osei")};
        const QStringList cities{QStringLiteral("London"), QStringLiteral("Paris"),  QStringLiteral("Berlin"),
                                 QStringLiteral("Madrid"), QStringLiteral("Rome"),   QStringLiteral("Vienna"),
                                 QStringLiteral("Tokyo"),  QStringLiteral("Nairobi")};
        for (int i = 0; i < 8; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("article-%1.%2").arg(i).arg(i % 2 ? u"md" : u"txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("%1 arrived in %2 on Monday morning. Later that week, %1 said the talks in %2 "
                                   "had gone better than anyone expected.\n")
                        .arg(people[i], cities[i])
                        .toUtf8());
            m_paths.append(path);
        }
    }

    void init() { openReaderSettings()->clear(); }

    void eightFiles_whileTheModelLoads_allGetTheirEntities()
    {
        // The model is held back until every tab has asked for it: all of them wait on the one load.
        auto gate = std::make_shared<QSemaphore>();
        TaggerProvider::reset([gate] {
            gate->acquire();
            return TaggerProvider::loadDefault();
        });
        MainWindow window;
        AnnotationController *controller = installAnnotations(&window);
        window.openFiles(m_paths);
        QCOMPARE(window.tabCount(), 8);
        for (int i = 0; i < 8; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(window.tabAt(i)->state(), DocumentTab::State::Loaded, 20000);
        for (int i = 0; i < 8; ++i) {
            DocumentAnnotator *annotator = controller->annotatorFor(window.tabAt(i)->view());
            QVERIFY(annotator->analysis()->isRunning()); // waiting for the model
            QVERIFY(!annotator->model()->hasAnalysis());
        }
        gate->release();
        verifyEveryTabHasEntities(window, controller);
    }

    void eightFiles_coldStartAtNaturalPace_allGetTheirEntities()
    {
        TaggerProvider::reset();
        MainWindow window;
        AnnotationController *controller = installAnnotations(&window);
        window.show();
        window.openFiles(m_paths);
        QCOMPARE(window.tabCount(), 8);
        verifyEveryTabHasEntities(window, controller);
    }

    void tabOpenedAfterTheModelLoaded_getsItsEntitiesToo()
    {
        TaggerProvider::reset();
        MainWindow window;
        AnnotationController *controller = installAnnotations(&window);
        window.openFiles(m_paths.mid(0, 1));
        QTRY_VERIFY_WITH_TIMEOUT(controller->annotatorFor(window.tabAt(0)->view())->model()->hasAnalysis(), 30000);
        window.openFiles(m_paths.mid(1));
        verifyEveryTabHasEntities(window, controller);
    }

private:
    static void verifyEveryTabHasEntities(MainWindow &window, AnnotationController *controller)
    {
        for (int i = 0; i < window.tabCount(); ++i) {
            DocumentAnnotator *annotator = controller->annotatorFor(window.tabAt(i)->view());
            QTRY_VERIFY2_WITH_TIMEOUT(annotator->model()->hasAnalysis(), qPrintable(window.tabAt(i)->filePath()),
                                      30000);
            QVERIFY2(!annotator->model()->entities().empty(), qPrintable(window.tabAt(i)->filePath()));
            QVERIFY(!annotator->analysis()->isRunning());
        }
    }

    QTemporaryDir m_dir;
    QStringList m_paths;
};

QTEST_MAIN(TestMultiFileOpen)
#include "tst_multifileopen.moc"
