// The highlight legend across a restart: what the legend saved is what the next session shows and draws,
// and one click brings a hidden kind back.
#include "annotate/AnnotationController.h"
#include "annotate/HighlightLegend.h"
#include "annotate/ReaderIntegration.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "reader/ReaderSettings.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace lede;
using namespace lede::ui;

class TestLegendRestart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_legendrestart"));
        QSettings().clear();
        openReaderSettings()->clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("harbour.txt"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Margaret Okafor flew from London to Paris on Monday. In Paris, Margaret Okafor met Daniel "
                "Whitfield, who had spent the winter in Berlin.\n");
    }

    void hiddenKind_staysHiddenAndUndrawnAfterRestart()
    {
        {
            Session first(m_path);
            QVERIFY(first.legend()->action(HighlightKind::Person)->isChecked());
            QVERIFY(first.waitForHighlights());
            QVERIFY(first.drawnCount(HighlightKind::Person) > 0);
            first.legend()->action(HighlightKind::Person)->trigger(); // the user hides people
            QVERIFY(!first.legend()->action(HighlightKind::Person)->isChecked());
            first.annotator()->highlighter()->finishNow();
            QCOMPARE(first.drawnCount(HighlightKind::Person), 0);
        } // the window closes: the "restart"

        Session second(m_path);
        QVERIFY(!second.legend()->action(HighlightKind::Person)->isChecked());
        QVERIFY(second.waitForHighlights());
        QCOMPARE(second.annotator()->visibleKinds() & maskOf(HighlightKind::Person), 0);
        QCOMPARE(second.drawnCount(HighlightKind::Person), 0); // what is drawn agrees with the legend
        QVERIFY(second.drawnCount(HighlightKind::Place) > 0);

        second.legend()->action(HighlightKind::Person)->trigger(); // one click, not two
        QVERIFY(second.legend()->action(HighlightKind::Person)->isChecked());
        second.annotator()->highlighter()->finishNow();
        QVERIFY(second.drawnCount(HighlightKind::Person) > 0);
    }

private:
    // One run of the reader: a window with the annotation layer and the article open.
    class Session
    {
    public:
        explicit Session(const QString &path) : m_controller(installAnnotations(&m_window))
        {
            m_window.show();
            m_window.openFiles({path});
        }
        ~Session() { m_window.close(); }
        Q_DISABLE_COPY_MOVE(Session)

        HighlightLegend *legend() const { return m_controller->legend(); }
        DocumentAnnotator *annotator() const
        {
            return m_window.tabCount() ? m_controller->annotatorFor(m_window.tabAt(0)->view()) : nullptr;
        }
        bool waitForHighlights()
        {
            if (!QTest::qWaitFor([this] { return annotator() && annotator()->model()->hasAnalysis(); }, 30000))
                return false;
            annotator()->highlighter()->finishNow();
            return true;
        }
        // Characters drawn in `kind`'s colour in the article shown.
        int drawnCount(HighlightKind kind)
        {
            EntityHighlighter *h = annotator()->highlighter();
            const QColor colour = h->palette().background(kind);
            int count = 0;
            for (QTextBlock b = h->document()->begin(); b.isValid(); b = b.next()) {
                for (const QTextLayout::FormatRange &r : b.layout()->formats())
                    if (r.format.background().color() == colour)
                        count += r.length;
            }
            return count;
        }

    private:
        MainWindow m_window;
        AnnotationController *m_controller;
    };

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestLegendRestart)
#include "tst_legendrestart.moc"
