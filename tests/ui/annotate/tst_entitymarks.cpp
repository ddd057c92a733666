// The selected entity's marks in a long text: the view is handed only the marks near the screen
// (Qt measures each one it is given), and scrolling brings the marks of what comes into view.
#include "annotate/DocumentAnnotator.h"
#include "annotate/EntityHighlighter.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleStyle.h"
#include "reader/ArticleView.h"

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace lede;
using lede::ui::ArticleView;
using lede::ui::DocumentAnnotator;

namespace {

constexpr int kParagraphs = 3000;

std::shared_ptr<const core::Document> longDocument()
{
    auto doc = std::make_shared<core::Document>();
    std::u16string text;
    for (int i = 0; i < kParagraphs; ++i) {
        if (!text.empty())
            text += u"\n\n";
        const auto start = static_cast<int32_t>(text.size());
        text += u"The delegates from Vienna met again, and nobody expected an agreement before spring.";
        doc->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, {start, static_cast<int32_t>(text.size())}});
    }
    doc->text = std::move(text);
    return doc;
}

// One place, "Vienna", mentioned once in every paragraph.
core::Analysis viennaEverywhere(const core::Document &doc, const core::AnalysisOptions &)
{
    core::Analysis a;
    core::Entity vienna{"e1", core::EntityType::Place, u"Vienna", {}};
    for (const core::Block &b : doc.blocks) {
        a.segmentation.sentences.push_back({b.range, 0, 0});
        const auto at = static_cast<int32_t>(doc.text.find(u"Vienna", static_cast<std::size_t>(b.range.start)));
        vienna.mentions.push_back({at, at + 6});
    }
    a.entities.push_back(std::move(vienna));
    return a;
}

int marksInBlocks(const ArticleView &view, int firstBlock, int lastBlock)
{
    int n = 0;
    for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
        const int block = s.cursor.block().blockNumber();
        n += block >= firstBlock && block <= lastBlock ? 1 : 0;
    }
    return n;
}

} // namespace

class TestEntityMarks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectingEntityWithThousandsOfMentions_marksOnlyNearTheScreen_andFollowsScrolling()
    {
        ArticleView view(ui::ArticleStyle::fromApplication());
        view.resize(800, 600);
        const auto doc = longDocument();
        view.setArticleDocument(ui::ArticleDocumentBuilder(view.articleStyle()).build(*doc).release());
        auto *annotator = new DocumentAnnotator(&view, &view, &viennaEverywhere);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        annotator->setDocument(doc);
        QTRY_VERIFY(annotator->model()->hasAnalysis());

        annotator->selectEntity("e1");
        const int handed = static_cast<int>(view.extraSelections().size());
        QVERIFY2(handed > 0 && handed < kParagraphs / 10, qPrintable(QString::number(handed)));
        // Every paragraph on screen has its mark.
        const int top = view.cursorForPosition(QPoint(0, 0)).block().blockNumber();
        const int bottom = view.cursorForPosition(QPoint(0, view.viewport()->height() - 1)).block().blockNumber();
        QCOMPARE(marksInBlocks(view, top, bottom), bottom - top + 1);

        // Far down the book, the paragraphs that come into view are marked too.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * 3 / 4);
        QCoreApplication::processEvents();
        const int top2 = view.cursorForPosition(QPoint(0, 0)).block().blockNumber();
        const int bottom2 = view.cursorForPosition(QPoint(0, view.viewport()->height() - 1)).block().blockNumber();
        QVERIFY(top2 > kParagraphs / 2);
        QCOMPARE(marksInBlocks(view, top2, bottom2), bottom2 - top2 + 1);
        QVERIFY(view.extraSelections().size() < kParagraphs / 10);

        // Clearing the selection clears the marks.
        annotator->selectEntity({});
        QVERIFY(view.extraSelections().isEmpty());
    }
};

QTEST_MAIN(TestEntityMarks)
#include "tst_entitymarks.moc"
