// Finding one's way through the mentions of an entity in a long article: F3 / Shift+F3 mark the current
// mention apart from the others and say "n of m"; the first F3 after choosing an entity starts from the
// reader's position; every jump centres the mention; choosing an entity in the panel goes to its first
// mention after the reading position; a filtered entity panel counts what it shows per group.
#include "annotate/AnnotationController.h"
#include "annotate/ContextPanel.h"
#include "annotate/CorrectionsStore.h"
#include "annotate/EntityPanel.h"
#include "annotate/TaggerProvider.h"
#include "annotate/ViewCentering.h"

#include <QFile>
#include <QListView>
#include <QMainWindow>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

#include <memory>

using namespace lede;
using namespace lede::ui;

namespace {

constexpr int kParagraphs = 90;
// Paragraphs that name someone or somewhere, and who.
const QList<std::pair<int, QString>> kNames = {
    {4, QStringLiteral("Ilse Varga")},  {22, QStringLiteral("Ilse Varga")},  {45, QStringLiteral("Ilse Varga")},
    {70, QStringLiteral("Ilse Varga")}, {30, QStringLiteral("Tomas Reyes")}, {12, QStringLiteral("Ilse Brandt")},
    {50, QStringLiteral("Lisbon")},     {60, QStringLiteral("Lisbon")},
};

QStringList paragraphs()
{
    QStringList out;
    for (int i = 0; i < kParagraphs; ++i) {
        QString p =
            QStringLiteral("Paragraph %1 walks slowly along the harbour wall, counting boats and gulls.").arg(i);
        for (const auto &[at, name] : kNames) {
            if (at == i)
                p += QStringLiteral(" Later %1 waved from the ferry.").arg(name);
        }
        out << p;
    }
    return out;
}

std::shared_ptr<const core::Document> longDocument()
{
    auto doc = std::make_shared<core::Document>();
    QString text;
    for (const QString &p : paragraphs()) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const auto start = static_cast<int32_t>(text.size());
        text += p;
        doc->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, {start, static_cast<int32_t>(text.size())}});
    }
    doc->text = text.toStdU16String();
    doc->meta.sourcePath = "harbour.txt";
    return doc;
}

std::vector<core::TextRange> rangesOf(const core::Document &doc, const QString &name)
{
    const QString text = QString::fromStdU16String(doc.text);
    std::vector<core::TextRange> out;
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
        out.push_back({static_cast<int32_t>(at), static_cast<int32_t>(at + name.size())});
    return out;
}

core::Analysis longAnalysis(const core::Document &doc, const core::AnalysisOptions &)
{
    core::Analysis a;
    for (const core::Block &b : doc.blocks)
        a.segmentation.sentences.push_back({b.range, 0, 0});
    const auto add = [&](const char *id, core::EntityType type, const QString &name) {
        a.entities.push_back({id, type, name.toStdU16String(), rangesOf(doc, name)});
    };
    add("e1", core::EntityType::Person, QStringLiteral("Ilse Varga"));
    add("e2", core::EntityType::Person, QStringLiteral("Tomas Reyes"));
    add("e3", core::EntityType::Person, QStringLiteral("Ilse Brandt"));
    add("e4", core::EntityType::Place, QStringLiteral("Lisbon"));
    return a;
}

} // namespace

class TestMentionNavigation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TaggerProvider::override(nullptr);
        m_doc = longDocument();
        QFile::remove(CorrectionsStore::pathFor(CorrectionsStore::keyFor(m_doc->text)));
    }
    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    void f3_marksTheCurrentMentionApart_andSaysNOfM()
    {
        m_annotator->selectEntity("e1");
        QCOMPARE(m_annotator->currentMention(), -1);
        QCOMPARE(m_context()->summary(), QStringLiteral("Person · 4 mentions"));
        QTest::keyClick(m_view, Qt::Key_F3);
        QCOMPARE(m_annotator->currentMention(), 0);
        QCOMPARE(m_context()->summary(), QStringLiteral("Person · mention 1 of 4"));
        QCOMPARE(m_context()->currentMention(), 0);
        QCOMPARE(m_context()->lines()->selectionModel()->selectedRows().value(0).row(), 0);
        verifyCurrentMarkedApart(0);

        QTest::keyClick(m_view, Qt::Key_F3);
        QCOMPARE(m_context()->summary(), QStringLiteral("Person · mention 2 of 4"));
        QCOMPARE(m_context()->lines()->selectionModel()->selectedRows().value(0).row(), 1);
        verifyCurrentMarkedApart(1);
        QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_context()->summary(), QStringLiteral("Person · mention 1 of 4"));
        QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
        QCOMPARE(m_context()->summary(), QStringLiteral("Person · mention 4 of 4"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("4 of 4")));
    }

    void firstF3AfterChoosingAnEntity_goesToTheFirstMentionAfterTheCursor()
    {
        // The caret sits in paragraph 30, between the second (22) and third (45) mention.
        placeCaretIn(30);
        m_annotator->selectEntity("e1");
        QTest::keyClick(m_view, Qt::Key_F3);
        QCOMPARE(m_annotator->currentMention(), 2);
        QCOMPARE(m_view->textCursor().block().blockNumber(), 45);
        verifyCurrentMarkedApart(2);
    }

    void firstShiftF3_goesToTheLastMentionBeforeTheCursor()
    {
        placeCaretIn(30);
        m_annotator->selectEntity("e1");
        QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_annotator->currentMention(), 1);
        QCOMPARE(m_view->textCursor().block().blockNumber(), 22);
    }

    void jumps_centreTheMention_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("F3") << "f3";
        QTest::newRow("context line") << "context";
        QTest::newRow("entity panel") << "panel";
    }
    void jumps_centreTheMention()
    {
        QFETCH(QString, how);
        placeCaretIn(30);
        const core::TextRange target = m_doc->blocks[45].range;
        if (how == QLatin1String("f3")) {
            m_annotator->selectEntity("e1");
            QTest::keyClick(m_view, Qt::Key_F3);
        } else if (how == QLatin1String("context")) {
            m_annotator->selectEntity("e1");
            Q_EMIT m_context()->mentionActivated(m_annotator->model()->entity("e1")->mentions[2]);
        } else {
            Q_EMIT m_controller->entityPanel()->entitySelected("e1");
        }
        QCOMPARE(m_annotator->currentMention(), 2);
        const core::TextRange mention = m_annotator->model()->entity("e1")->mentions[2];
        QVERIFY(target.contains(mention.start));
        verifyCentred(mention);
    }

    void centerOnRange_centresAnyStretch()
    {
        const int from = m_annotator->toViewPosition(m_doc->blocks[60].range.start);
        centerOnRange(m_view, from, from + 9);
        QTextCursor c(m_view->document());
        c.setPosition(from);
        const int y = m_view->cursorRect(c).center().y();
        QVERIFY2(std::abs(y - m_view->viewport()->height() / 2) <= m_view->fontMetrics().lineSpacing(),
                 qPrintable(QStringLiteral("y %1 of %2").arg(y).arg(m_view->viewport()->height())));
        QCOMPARE(m_view->textCursor().position(), 0); // the caret stays
        centerOnRange(nullptr, 0, 1);                 // harmless
        centerOnRange(m_view, -5, 1 << 30);           // clamped
    }

    void choosingAnEntityInThePanel_goesToItsFirstMentionAfterTheReadingPosition()
    {
        // Scrolled to paragraph 62 with the caret left at the top: the reader is around 62, not at the caret.
        QTextCursor c(m_view->document()->findBlockByNumber(62));
        centerOnRange(m_view, c.position(), c.position());
        QVERIFY(!m_view->viewport()->rect().intersects(m_view->cursorRect()));
        const int readingAt = m_annotator->readingPosition();
        QVERIFY(readingAt > m_view->document()->findBlockByNumber(45).position());
        Q_EMIT m_controller->entityPanel()->entitySelected("e4"); // Lisbon: 50 and 60
        QCOMPARE(m_annotator->selectedEntity(), std::string("e4"));
        const int expected = readingAt <= m_view->document()->findBlockByNumber(50).position() ? 0 : 1;
        QCOMPARE(m_annotator->currentMention(), expected);
        QCOMPARE(m_context()->summary(), QStringLiteral("Place · mention %1 of 2").arg(expected + 1));
        verifyCentred(m_annotator->model()->entity("e4")->mentions[static_cast<size_t>(expected)]);
    }

    void filteringTheEntityPanel_countsWhatEachGroupShows()
    {
        EntityPanel *panel = m_controller->entityPanel();
        QCOMPARE(panel->groupLabels(), (QStringList{QStringLiteral("People (3)"), QStringLiteral("Places (1)")}));
        panel->setFilterText(QStringLiteral("ilse"));
        QCOMPARE(panel->groupLabels(), QStringList{QStringLiteral("People (2 of 3)")});
        panel->setFilterText(QStringLiteral("lis"));
        QCOMPARE(panel->groupLabels(), QStringList{QStringLiteral("Places (1 of 1)")});
        // The filter matches names only: "of" and "Peo" are in group labels, not in any name.
        panel->setFilterText(QStringLiteral("of"));
        QVERIFY(panel->groupLabels().isEmpty());
        panel->setFilterText(QStringLiteral("Peo"));
        QVERIFY(panel->groupLabels().isEmpty());
        panel->setFilterText({});
        QCOMPARE(panel->groupLabels(), (QStringList{QStringLiteral("People (3)"), QStringLiteral("Places (1)")}));
    }

    void correction_whileFiltered_keepsTheCounts()
    {
        EntityPanel *panel = m_controller->entityPanel();
        panel->setFilterText(QStringLiteral("ilse"));
        m_annotator->removeEntity("e3");
        QTRY_COMPARE(panel->groupLabels(), QStringList{QStringLiteral("People (1 of 2)")});
        m_annotator->undoStack()->undo();
        QTRY_COMPARE(panel->groupLabels(), QStringList{QStringLiteral("People (2 of 3)")});
    }

private:
    ContextPanel *m_context() const { return m_controller->contextPanel(); }

    void openWindow()
    {
        m_window = std::make_unique<QMainWindow>();
        m_view = new QTextEdit(m_window.get());
        m_view->setReadOnly(true);
        m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_window->setCentralWidget(m_view);
        m_controller = new AnnotationController(m_window.get());
        m_window->resize(1000, 600);
        m_view->setPlainText(paragraphs().join(QLatin1Char('\n')));
        m_annotator = new DocumentAnnotator(m_view, m_view, &longAnalysis);
        m_controller->adoptAnnotator(m_annotator);
        m_controller->setActiveView(m_view);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        m_annotator->setDocument(m_doc);
        QTRY_VERIFY(m_annotator->model()->hasAnalysis());
        m_annotator->highlighter()->finishNow();
        QVERIFY(m_view->verticalScrollBar()->maximum() > 3 * m_view->viewport()->height()); // a long article
    }

    void placeCaretIn(int paragraph)
    {
        QTextCursor c(m_view->document()->findBlockByNumber(paragraph));
        m_view->setTextCursor(c);
        m_view->ensureCursorVisible();
    }

    void verifyCentred(core::TextRange mention)
    {
        QTextCursor c(m_view->document());
        c.setPosition(m_annotator->toViewPosition(mention.start));
        const QRect start = m_view->cursorRect(c);
        c.setPosition(m_annotator->toViewPosition(mention.end));
        const int y = start.united(m_view->cursorRect(c)).center().y();
        const int middle = m_view->viewport()->height() / 2;
        QVERIFY2(std::abs(y - middle) <= m_view->fontMetrics().lineSpacing(),
                 qPrintable(QStringLiteral("mention at y %1, viewport middle %2").arg(y).arg(middle)));
    }

    // The current mention is drawn in a deeper selection colour than the entity's other mentions.
    void verifyCurrentMarkedApart(int current)
    {
        const core::Entity *e = m_annotator->model()->entity(m_annotator->selectedEntity());
        const QColor full = DocumentAnnotator::currentMentionColour(m_view->palette());
        QVERIFY(full != m_view->palette().color(QPalette::Highlight));
        int currentMarks = 0;
        int otherMarks = 0;
        for (const QTextEdit::ExtraSelection &s : m_view->extraSelections()) {
            const core::TextRange at{m_annotator->toCoreOffset(s.cursor.selectionStart()),
                                     m_annotator->toCoreOffset(s.cursor.selectionEnd())};
            const bool isCurrent = at == e->mentions[static_cast<size_t>(current)];
            if (s.format.background().color() == full) {
                QVERIFY2(isCurrent, "only the current mention has the deeper colour");
                ++currentMarks;
            } else if (std::find(e->mentions.begin(), e->mentions.end(), at) != e->mentions.end()) {
                ++otherMarks;
            }
        }
        QCOMPARE(currentMarks, 1);
        QVERIFY(otherMarks >= 1); // the others are still marked, differently
    }

    std::shared_ptr<const core::Document> m_doc;
    std::unique_ptr<QMainWindow> m_window;
    QTextEdit *m_view = nullptr;
    AnnotationController *m_controller = nullptr;
    DocumentAnnotator *m_annotator = nullptr;
};

QTEST_MAIN(TestMentionNavigation)
#include "tst_mentionnavigation.moc"
