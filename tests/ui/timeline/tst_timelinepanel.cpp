// The timeline dock in a reader window, on the real analysis (model, dates, events): opening an event puts
// the article's cursor in its sentence with the sentence centred; a new reference date moves a relative
// event; selecting an entity filters the timeline and "Show All Events" brings the rest back; the header
// says where the reference date came from. The article is written for this test.
#include "annotate/AnnotationController.h"
#include "annotate/CorrectionsStore.h"
#include "annotate/DocumentAnnotator.h"
#include "annotate/ReaderIntegration.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "timeline/TimelineController.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace lede;
using namespace lede::ui;

namespace {

constexpr int kAnalysisTimeoutMs = 30000;

// A small-harbour news story with a dateline; filler paragraphs make the article taller than the view.
QString article()
{
    QStringList p{
        QStringLiteral("---\ntitle: Ferry returns to Skerray after winter repairs\ndate: 2025-03-12\n---\n"),
        QStringLiteral("# Ferry returns to Skerray after winter repairs"),
        QStringLiteral("SKERRAY — The island ferry will carry passengers again next Friday, the operator said on "
                       "Wednesday."),
        QStringLiteral("Ada Palmer, the harbour master, closed the north quay on 3 March 2025 after a storm "
                       "loosened its pilings."),
    };
    for (int i = 0; i < 14; ++i)
        p << QStringLiteral("Boats waited in the bay while divers checked the stones of the old wall, one by one, "
                            "and the gulls kept their usual watch over the nets drying on the slipway.");
    p << QStringLiteral("The council approved a grant for new pilings on 5 February 2025.");
    p << QStringLiteral("Ada Palmer will inspect the repaired quay on 20 March 2025 with two engineers.");
    for (int i = 0; i < 14; ++i)
        p << QStringLiteral("Fishermen said the harbour had never looked so quiet in spring, with the ice plant "
                            "shut and the chandlery selling little more than rope and tea.");
    return p.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

int entryIndex(const TimelineController &timeline, const QString &sentencePart)
{
    const auto &entries = timeline.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].sentence.contains(sentencePart))
            return static_cast<int>(i);
    }
    return -1;
}

// The event anchored to the date expression `words` ("next Friday").
int expressionIndex(const TimelineController &timeline, const QString &words)
{
    const auto &entries = timeline.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].dateExpression == words)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

class TestTimelinePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("skerray.md"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(article().toUtf8());
    }

    void init()
    {
        forgetStoredCorrections();
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        forgetStoredCorrections();
    }

    void chosenReferenceDate_isKeptWhenTheArticleIsReopened_untilTheArticlesDateIsRestored()
    {
        m_timeline->panel()->chooseReferenceDate(QDate(2025, 6, 2));
        QTRY_VERIFY(m_timeline->panel()->canRestoreArticleDate());
        const QString key = CorrectionsStore::keyFor(m_annotator->model()->document()->text);
        const auto stored = CorrectionsStore::load(key);
        QVERIFY(stored && stored->referenceDate());
        QCOMPARE(*stored->referenceDate(), (core::CalendarDate{2025, 6, 2}));

        m_window.reset();
        openWindow();
        QCOMPARE(m_annotator->model()->analysis()->reference.source, core::ReferenceSource::User);
        QCOMPARE(m_annotator->model()->analysis()->reference.date, (std::optional<core::CalendarDate>{{2025, 6, 2}}));
        const int index = expressionIndex(*m_timeline, QStringLiteral("next Friday"));
        QVERIFY(index >= 0);
        QCOMPARE(m_timeline->entries()[static_cast<size_t>(index)].start.month, 6);
        QVERIFY(m_timeline->panel()->referenceSourceText().contains(QStringLiteral("you")));

        // "Use Article's Date" forgets the choice, on disk too.
        m_timeline->panel()->restoreArticleDate();
        QTRY_VERIFY(!m_timeline->panel()->canRestoreArticleDate());
        const auto cleared = CorrectionsStore::load(key);
        QVERIFY(!cleared || !cleared->referenceDate());
        m_window.reset();
        openWindow();
        QCOMPARE(m_annotator->model()->analysis()->reference.source, core::ReferenceSource::Metadata);
    }

    void historyHeader_writesYearsBeforeTheCommonEraAsTheCardsDo()
    {
        // The history has no date of its own; its first date, "around 620 BC", is its reference.
        DocumentAnnotator *history = openHistory();
        QVERIFY(history);
        QCOMPARE(history->model()->analysis()->reference.source, core::ReferenceSource::Narrative);
        QCOMPARE(history->model()->analysis()->reference.date->year, -619); // astronomical: 0 is 1 BC
        const QString header = m_timeline->panel()->referenceText();
        QVERIFY2(header.contains(QStringLiteral("620 BC")) && !header.contains(QStringLiteral("621")),
                 qPrintable(header));
        const auto &entries = m_timeline->entries();
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const TimelineEntry &e) { return e.dateText.contains(QStringLiteral("620 BC")); }));
    }

    void noRawDateCode_reachesTheTimeline_ofTheSampleOrTheHistory()
    {
        static const QRegularExpression code(
            QStringLiteral("XX|\\d{4}-\\d|BC\\d|\\bP\\d|_REF|T(MO|AF|EV|NI|DT)\\b|W\\d|\\bH[12]\\b|\\bQ[1-4]\\b"));
        const auto check = [&] {
            QVERIFY(!m_timeline->entries().empty());
            for (const TimelineEntry &e : m_timeline->entries())
                QVERIFY2(!code.match(e.dateText).hasMatch() && !e.dateText.isEmpty(), qPrintable(e.dateText));
        };
        QVERIFY(openHistory());
        check();
        m_window->openFiles({QStringLiteral(LEDE_SOURCE_DIR "/resources/data/samples/sample-article.md")});
        QTRY_COMPARE(m_window->tabCount(), 3);
        QTRY_VERIFY(m_window->currentTab()->state() == DocumentTab::State::Loaded);
        DocumentAnnotator *sample = m_annotations->annotatorFor(m_window->currentTab()->view());
        QTRY_VERIFY_WITH_TIMEOUT(sample->model()->hasAnalysis(), kAnalysisTimeoutMs);
        QTRY_VERIFY(m_timeline->annotator() == sample && !m_timeline->entries().empty());
        check();
    }

private:
    static void forgetStoredCorrections()
    {
        QDir(QFileInfo(CorrectionsStore::pathFor(QStringLiteral("any"))).absolutePath()).removeRecursively();
    }

    DocumentAnnotator *openHistory()
    {
        const int tabs = m_window->tabCount();
        m_window->openFiles({QStringLiteral(LEDE_TEST_DATA_DIR "/ui/harbour-history.md")});
        if (!QTest::qWaitFor([&] { return m_window->tabCount() == tabs + 1; }))
            return nullptr;
        if (!QTest::qWaitFor([&] { return m_window->currentTab()->state() == DocumentTab::State::Loaded; }))
            return nullptr;
        DocumentAnnotator *history = m_annotations->annotatorFor(m_window->currentTab()->view());
        if (!QTest::qWaitFor([&] { return history->model()->hasAnalysis(); }, kAnalysisTimeoutMs))
            return nullptr;
        if (!QTest::qWaitFor([&] { return m_timeline->annotator() == history && !m_timeline->entries().empty(); }))
            return nullptr;
        return history;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 700);
        AnnotationController *annotations = installAnnotations(m_window.get());
        m_annotations = annotations;
        m_timeline = m_window->findChild<TimelineController *>();
        QVERIFY(m_timeline);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFiles({m_path});
        QTRY_VERIFY(m_window->currentTab() && m_window->currentTab()->state() == DocumentTab::State::Loaded);
        m_annotator = annotations->annotatorFor(m_window->currentTab()->view());
        QTRY_VERIFY_WITH_TIMEOUT(m_annotator->model()->hasAnalysis(), kAnalysisTimeoutMs);
        QTRY_VERIFY(!m_timeline->entries().empty());
    }

private Q_SLOTS:

    void dock_isInTheViewMenu_andNamedForLayoutSaving()
    {
        QCOMPARE(m_timeline->dock()->objectName(), QStringLiteral("timelineDock"));
        QVERIFY(m_window->viewMenu()->actions().contains(m_timeline->dock()->toggleViewAction()));
    }

    void header_saysTheReferenceDateCameFromTheArticle()
    {
        QVERIFY2(m_timeline->panel()->referenceText().contains(QStringLiteral("2025")),
                 qPrintable(m_timeline->panel()->referenceText()));
        QVERIFY(m_timeline->panel()->referenceSourceText().contains(QStringLiteral("metadata")));
        QVERIFY(!m_timeline->panel()->canRestoreArticleDate());
    }

    void activatingAnEvent_putsTheCursorInItsSentence_centredInTheView()
    {
        const int index = entryIndex(*m_timeline, QStringLiteral("will inspect the repaired quay"));
        QVERIFY(index >= 0);
        const TimelineEntry &e = m_timeline->entries()[static_cast<size_t>(index)];
        TimelineView *view = m_timeline->panel()->view();
        int item = -1;
        for (size_t i = 0; i < view->items().size(); ++i) {
            if (view->items()[i].id == e.id)
                item = static_cast<int>(i);
        }
        QVERIFY(item >= 0);
        // The keyboard way: make it current and press Enter.
        view->setFocus();
        view->setCurrentIndex(item);
        QTest::keyClick(view, Qt::Key_Return);

        ArticleView *article = m_window->currentTab()->view();
        const int from = m_annotator->toViewPosition(e.sentenceRange.start);
        const int to = m_annotator->toViewPosition(e.sentenceRange.end);
        const int cursor = article->textCursor().position();
        QVERIFY2(cursor >= from && cursor <= to,
                 qPrintable(QStringLiteral("%1 not in %2–%3").arg(cursor).arg(from).arg(to)));
        QCOMPARE(article->textCursor().selectedText(), e.sentence);
        QTest::qWait(20); // the second centring pass after the layout settles
        QTextCursor c(article->document());
        c.setPosition(from);
        const int top = article->cursorRect(c).top();
        c.setPosition(to);
        const int bottom = article->cursorRect(c).bottom();
        const int middle = (top + bottom) / 2;
        const int height = article->viewport()->height();
        QVERIFY2(std::abs(middle - height / 2) < height / 8,
                 qPrintable(QStringLiteral("sentence middle at %1 of %2").arg(middle).arg(height)));
        QVERIFY(article->verticalScrollBar()->value() > 0);
    }

    void newReferenceDate_movesTheRelativeEvent()
    {
        const int index = expressionIndex(*m_timeline, QStringLiteral("next Friday"));
        QVERIFY(index >= 0);
        const QString id = m_timeline->entries()[static_cast<size_t>(index)].id;
        const core::CalendarDate before = m_timeline->entries()[static_cast<size_t>(index)].start;
        QCOMPARE(before.year, 2025);
        QCOMPARE(before.month, 3);

        m_timeline->panel()->chooseReferenceDate(QDate(2025, 6, 2));
        QTRY_VERIFY(m_timeline->panel()->canRestoreArticleDate());
        const int moved = expressionIndex(*m_timeline, QStringLiteral("next Friday"));
        QVERIFY(moved >= 0);
        const TimelineEntry &after = m_timeline->entries()[static_cast<size_t>(moved)];
        QCOMPARE(after.start.year, 2025);
        QCOMPARE(after.start.month, 6);
        QVERIFY(after.start.day > 2 && after.start.day <= 13);
        QVERIFY(m_timeline->panel()->referenceSourceText().contains(QStringLiteral("you")));
        QCOMPARE(m_annotator->model()->analysis()->reference.source, core::ReferenceSource::User);
        // The date highlights' words follow (the tooltip reads the model's dates).
        const auto &dates = m_annotator->model()->dates();
        QVERIFY(std::any_of(dates.begin(), dates.end(),
                            [](const core::Timex &t) { return t.value.rfind("2025-06", 0) == 0; }));
        // Absolute dates stay where they are.
        const int absolute = entryIndex(*m_timeline, QStringLiteral("closed the north quay"));
        QCOMPARE(m_timeline->entries()[static_cast<size_t>(absolute)].start, (core::CalendarDate{2025, 3, 3}));

        m_timeline->panel()->restoreArticleDate();
        QTRY_VERIFY(!m_timeline->panel()->canRestoreArticleDate());
        const int back = expressionIndex(*m_timeline, QStringLiteral("next Friday"));
        QCOMPARE(m_timeline->entries()[static_cast<size_t>(back)].start, before);
        QVERIFY(m_timeline->panel()->referenceSourceText().contains(QStringLiteral("metadata")));
    }

    void correctionsInARow_showTheLastOnesParticipants()
    {
        // The entries are built on a worker after each correction; only the last build may be shown.
        const auto &entities = m_annotator->model()->entities();
        const auto ada = std::find_if(entities.begin(), entities.end(), [](const core::Entity &e) {
            return QString::fromStdU16String(e.name).contains(QStringLiteral("Palmer"));
        });
        QVERIFY(ada != entities.end());
        const std::string id = ada->id;
        m_annotator->renameEntity(id, QStringLiteral("Ada First"));
        m_annotator->renameEntity(id, QStringLiteral("Ada Second"));
        const auto names = [this] {
            QStringList all;
            for (const TimelineEntry &e : m_timeline->entries())
                all << e.participantNames;
            return all;
        };
        QTRY_VERIFY(names().contains(QStringLiteral("Ada Second")));
        QTest::qWait(100); // the first build, should it finish late, must not replace the second
        QVERIFY(names().contains(QStringLiteral("Ada Second")));
        QVERIFY(!names().contains(QStringLiteral("Ada First")));
    }

    void selectingAnEntity_filtersTheTimeline_andShowAllRestoresIt()
    {
        const auto &entities = m_annotator->model()->entities();
        const auto ada = std::find_if(entities.begin(), entities.end(), [](const core::Entity &e) {
            return QString::fromStdU16String(e.name).contains(QStringLiteral("Palmer"));
        });
        QVERIFY(ada != entities.end());
        const size_t all = m_timeline->shownEntries().size();
        QCOMPARE(all, m_timeline->entries().size());

        m_annotator->selectEntity(ada->id);
        const auto shown = m_timeline->shownEntries();
        QVERIFY(!shown.empty());
        QVERIFY(shown.size() < all);
        for (const TimelineEntry *e : shown)
            QVERIFY(e->involves(ada->id));
        QVERIFY(m_timeline->panel()->isFiltered());
        QVERIFY2(m_timeline->panel()->bannerText().contains(QStringLiteral("Palmer")),
                 qPrintable(m_timeline->panel()->bannerText()));
        QCOMPARE(m_timeline->panel()->view()->items().size(), shown.size());

        m_timeline->panel()->showAllEvents();
        QCOMPARE(m_timeline->shownEntries().size(), all);
        QVERIFY(m_timeline->panel()->bannerText().isEmpty());
        QCOMPARE(m_timeline->panel()->view()->items().size(), all);

        // Selecting again filters again; clearing the selection shows everything.
        m_annotator->selectEntity({});
        m_annotator->selectEntity(ada->id);
        QVERIFY(m_timeline->shownEntries().size() < all);
        m_annotator->selectEntity({});
        QCOMPARE(m_timeline->shownEntries().size(), all);
    }

    void scrollingTheArticle_tellsTheTimelineWhatIsOnScreen()
    {
        ArticleView *article = m_window->currentTab()->view();
        article->verticalScrollBar()->setValue(0);
        QTRY_COMPARE(m_timeline->visibleTextRange().first, 0);
        const int dateline = entryIndex(*m_timeline, QStringLiteral("next Friday"));
        const int datelineAt = m_annotator->toViewPosition(m_timeline->entries()[size_t(dateline)].sentenceRange.start);
        QVERIFY(m_timeline->visibleTextRange().second > datelineAt);
        // The article's height may still settle (its blocks are laid out as they are formatted, and the
        // docks take their first-start widths when the window shows): scroll to the end until it stays.
        QScrollBar *bar = article->verticalScrollBar();
        QTRY_VERIFY([&] {
            bar->setValue(bar->maximum());
            return m_timeline->visibleTextRange().second == article->document()->characterCount() - 1;
        }());
        QVERIFY(m_timeline->visibleTextRange().first > datelineAt);
    }

    void exports_writeFilesNextToTheArticle()
    {
        QString error, summary;
        const QString ics = m_dir.filePath(QStringLiteral("skerray-timeline.ics"));
        QVERIFY2(m_timeline->exportTo(TimelinePanel::ExportFormat::ICalendar, ics, &error, &summary),
                 qPrintable(error));
        QVERIFY(summary.contains(QStringLiteral("skerray-timeline.ics")));
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.contains("DTSTART;VALUE=DATE:20250303\r\n"));
        QVERIFY(bytes.contains("DTEND;VALUE=DATE:20250304\r\n"));
        const QString csv = m_dir.filePath(QStringLiteral("skerray-timeline.csv"));
        QVERIFY(m_timeline->exportTo(TimelinePanel::ExportFormat::Csv, csv, &error));
        QVERIFY(QFile(csv).size() > 0);
    }

    void anotherTab_showsItsOwnTimeline_withHistoryDatesInWords()
    {
        m_window->openFiles({QStringLiteral(LEDE_TEST_DATA_DIR "/ui/harbour-history.md")});
        QTRY_COMPARE(m_window->tabCount(), 2);
        QTRY_VERIFY(m_window->currentTab()->state() == DocumentTab::State::Loaded);
        DocumentAnnotator *history = m_annotations->annotatorFor(m_window->currentTab()->view());
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->hasAnalysis(), kAnalysisTimeoutMs);
        QTRY_VERIFY(m_timeline->annotator() == history && !m_timeline->entries().empty());
        QCOMPARE(entryIndex(*m_timeline, QStringLiteral("next Friday")), -1);
        bool beforeCommonEra = false;
        for (const TimelineEntry &e : m_timeline->entries()) {
            // No TIMEX3 code reaches the panel.
            QVERIFY2(!e.dateText.contains(QStringLiteral("XX")) && !e.dateText.startsWith(QLatin1Char('-'))
                         && !e.dateText.contains(QStringLiteral("BC0")),
                     qPrintable(e.dateText));
            if (e.anchor == core::EventAnchor::Dated && e.start.year < 0) {
                beforeCommonEra = true;
                QVERIFY2(e.dateText.contains(QStringLiteral("BC")), qPrintable(e.dateText));
            }
        }
        QVERIFY(beforeCommonEra);

        m_window->tabWidget()->setCurrentIndex(0);
        QTRY_VERIFY(entryIndex(*m_timeline, QStringLiteral("next Friday")) >= 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    TimelineController *m_timeline = nullptr;
    AnnotationController *m_annotations = nullptr;
    DocumentAnnotator *m_annotator = nullptr;
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
