// ArticleLayout: geometry that agrees with itself, any document height, recolouring without
// relayout, and a view that keeps its text in place while estimates are corrected.
#include "reader/ArticleLayout.h"
#include "reader/ArticleStyle.h"
#include "reader/ArticleView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

using lede::ui::ArticleLayout;
using lede::ui::ArticleStyle;
using lede::ui::ArticleView;

namespace {

// Paragraphs with spacing, a heading, a list and a non-wrapping block: what the builder makes.
QTextDocument *makeDocument(int paragraphs, QObject *parent = nullptr)
{
    auto *doc = new QTextDocument(parent);
    doc->setDocumentMargin(20);
    QTextCursor c(doc);
    QTextBlockFormat heading;
    heading.setHeadingLevel(1);
    heading.setBottomMargin(8);
    c.setBlockFormat(heading);
    QTextCharFormat big;
    big.setFontPointSize(24);
    c.insertText(QStringLiteral("A heading"), big);
    QTextBlockFormat para;
    para.setBottomMargin(10);
    para.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    for (int i = 0; i < paragraphs; ++i) {
        c.insertBlock(para, QTextCharFormat());
        c.insertText(QStringLiteral("Paragraph %1 says that the river council met in Vienna on Monday, and that "
                                    "nobody expected an agreement before the spring floods came. ")
                         .arg(i)
                         .repeated(1 + i % 3));
    }
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    c.insertBlock(para);
    c.createList(list);
    c.insertText(QStringLiteral("first item"));
    c.insertBlock();
    c.insertText(QStringLiteral("second item"));
    QTextBlockFormat pre;
    pre.setNonBreakableLines(true);
    c.insertBlock(pre);
    c.insertText(QString(300, QLatin1Char('#')));
    return doc;
}

ArticleLayout *installLayout(QTextDocument *doc, qreal width)
{
    auto *layout = new ArticleLayout(doc);
    doc->setDocumentLayout(layout);
    doc->setPageSize(QSizeF(width, -1));
    return layout;
}

} // namespace

class TestArticleLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_stackWithoutOverlapAndFillTheDocument()
    {
        QTextDocument *doc = makeDocument(40, this);
        ArticleLayout *layout = installLayout(doc, 500);
        layout->layoutAll();
        QVERIFY(layout->isLayoutComplete());
        qreal previousBottom = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            QVERIFY2(r.top() >= previousBottom - 0.01, qPrintable(QStringLiteral("block %1").arg(b.blockNumber())));
            QVERIFY(r.height() > 0);
            previousBottom = r.bottom();
        }
        QVERIFY(layout->documentSize().height() >= previousBottom);
        QVERIFY(layout->documentSize().height() < previousBottom + 100);
        // Paragraph spacing collapses with the next block's top margin instead of adding to it.
        const QRectF first = layout->blockBoundingRect(doc->begin());
        const QRectF second = layout->blockBoundingRect(doc->begin().next());
        QCOMPARE(second.top() - first.bottom(), 8.0);
    }

    void preparedStatics_giveTheSameLayoutAndAreUsedOnce()
    {
        QTextDocument *plain = makeDocument(30, this);
        QTextDocument *prepared = makeDocument(30, this);
        ArticleLayout::prepare(prepared);
        QCOMPARE(prepared->children().size() > 0, true);
        ArticleLayout *a = installLayout(plain, 480);
        ArticleLayout *b = installLayout(prepared, 480);
        QCOMPARE(b->documentSize(), a->documentSize()); // the same estimates
        a->layoutAll();
        b->layoutAll();
        QCOMPARE(b->documentSize(), a->documentSize());
        QCOMPARE(b->blockBoundingRect(prepared->lastBlock()), a->blockBoundingRect(plain->lastBlock()));
        QVERIFY(!prepared->findChild<QObject *>(QStringLiteral("lede-prepared-blocks")));
    }

    void hitTest_findsTheCharacterWhoseCursorRectWasAskedFor()
    {
        QTextDocument *doc = makeDocument(12, this);
        ArticleLayout *layout = installLayout(doc, 420);
        for (int pos : {0, 3, 57, 160, 400, 900, doc->characterCount() - 40}) {
            const QTextBlock block = doc->findBlock(pos);
            const QRectF blockRect = layout->blockBoundingRect(block);
            const QTextLine line = block.layout()->lineForTextPosition(pos - block.position());
            QVERIFY(line.isValid());
            const qreal x = blockRect.left() + line.cursorToX(pos - block.position());
            const qreal y = blockRect.top() + line.y() + line.height() / 2;
            QCOMPARE(layout->hitTest(QPointF(x + 0.5, y), Qt::FuzzyHit), pos);
        }
        // Outside any text, an exact hit finds nothing and a fuzzy one the nearest position.
        QCOMPARE(layout->hitTest(QPointF(2, 2), Qt::ExactHit), -1);
        QCOMPARE(layout->hitTest(QPointF(2, 2), Qt::FuzzyHit), 0);
        QCOMPARE(layout->hitTest(QPointF(10, 1e9), Qt::FuzzyHit) >= doc->lastBlock().position(), true);
    }

    void documentTallerThanQFixedPageLimit_laysOutCompletely()
    {
        // QTextDocumentLayout loops for ever past ~8.4 M px (QFIXED_MAX); ours has no such limit.
        QTextDocument doc;
        QTextCursor c(&doc);
        QTextBlockFormat tall;
        tall.setLineHeight(2500, QTextBlockFormat::FixedHeight);
        for (int i = 0; i < 5000; ++i) {
            if (i)
                c.insertBlock(tall);
            else
                c.setBlockFormat(tall);
            c.insertText(QStringLiteral("line %1").arg(i));
        }
        ArticleLayout *layout = installLayout(&doc, 600);
        layout->layoutAll();
        QVERIFY(layout->documentSize().height() > 12.0e6);
        const QRectF last = layout->blockBoundingRect(doc.lastBlock());
        QVERIFY(last.top() > 12.0e6);
        QCOMPARE(doc.findBlock(layout->hitTest(last.center(), Qt::FuzzyHit)).blockNumber(), 4999);
    }

    void backgroundPass_laysOutEveryBlockAndSaysSo()
    {
        QTextDocument *doc = makeDocument(300, this);
        ArticleLayout *layout = installLayout(doc, 500);
        QVERIFY(!layout->isLayoutComplete());
        QSignalSpy completed(layout, &ArticleLayout::layoutCompleted);
        QVERIFY(completed.wait(10000));
        QVERIFY(layout->isLayoutComplete());
        QCOMPARE(layout->blockCountLaidOut(), doc->blockCount());
    }

    void recolouringLaidOutBlock_keepsLineBreaks_fontChangeRelayouts()
    {
        QTextDocument *doc = makeDocument(5, this);
        ArticleLayout *layout = installLayout(doc, 300);
        layout->layoutAll();
        const QTextBlock block = doc->begin().next().next(); // a three-sentence paragraph
        QTextLayout *tl = block.layout();
        const int lines = tl->lineCount();
        QVERIFY(lines > 2);
        const qreal height = layout->blockBoundingRect(block).height();
        QSignalSpy sizeChanges(layout, &ArticleLayout::documentSizeChanged);
        QSignalSpy repaints(layout, &ArticleLayout::update);

        QTextLayout::FormatRange colour;
        colour.start = 0;
        colour.length = 40;
        colour.format.setBackground(Qt::yellow);
        colour.format.setUnderlineStyle(QTextCharFormat::DotLine);
        tl->setFormats({colour});
        doc->markContentsDirty(block.position(), block.length());
        QCOMPARE(sizeChanges.count(), 0);
        QCOMPARE(repaints.count(), 1);
        QVERIFY(layout->isLayoutComplete()); // the height is still known: nothing to lay out again
        QCOMPARE(layout->blockBoundingRect(block).height(), height);
        QCOMPARE(tl->lineCount(), lines); // lines made again on demand, with the same breaks

        QTextLayout::FormatRange huge;
        huge.start = 0;
        huge.length = block.length() - 1;
        huge.format.setFontPointSize(40);
        tl->setFormats({huge});
        doc->markContentsDirty(block.position(), block.length());
        QVERIFY(layout->blockBoundingRect(block).height() > height);
        QCOMPARE(sizeChanges.count(), 1);
    }

    void widthChange_relayoutsAtTheNewWidth()
    {
        QTextDocument *doc = makeDocument(20, this);
        ArticleLayout *layout = installLayout(doc, 700);
        layout->layoutAll();
        const qreal wide = layout->documentSize().height();
        doc->setPageSize(QSizeF(350, -1));
        QVERIFY(!layout->isLayoutComplete());
        layout->layoutAll();
        QVERIFY(layout->documentSize().height() > wide * 1.4);
        const QTextBlock para = doc->begin().next();
        const QTextLine firstLine = para.layout()->lineAt(0);
        QVERIFY(firstLine.naturalTextWidth() <= 350 - 2 * doc->documentMargin());
    }

    void documentHeight_endsUnderTheLastBlockAfterEveryRelayout()
    {
        QTextDocument *doc = makeDocument(20, this);
        ArticleLayout *layout = installLayout(doc, 500);
        // The last block (the preformatted one) has no bottom margin: the text ends one document margin higher.
        for (const qreal width : {500.0, 400.0, 500.0}) {
            doc->setPageSize(QSizeF(width, -1));
            layout->layoutAll();
            const qreal expected = layout->blockBoundingRect(doc->lastBlock()).bottom() + doc->documentMargin();
            QVERIFY2(qAbs(layout->documentSize().height() - expected) < 0.01,
                     qPrintable(QStringLiteral("width %1: %2 instead of %3")
                                    .arg(width)
                                    .arg(layout->documentSize().height())
                                    .arg(expected)));
        }
    }

    void settingSetAgainToItsValue_keepsTheLayout_aNewValueRedoesIt()
    {
        QTextDocument *doc = makeDocument(20, this);
        ArticleLayout *layout = installLayout(doc, 500);
        layout->layoutAll();
        const QSizeF size = layout->documentSize();
        doc->setPageSize(QSizeF(500, -1)); // what QTextEdit does when it takes a document already sized
        QVERIFY(layout->isLayoutComplete());
        QCOMPARE(layout->documentSize(), size);
        doc->setDocumentMargin(doc->documentMargin() + 10);
        QVERIFY(!layout->isLayoutComplete());
        QVERIFY(layout->documentSize().height() > size.height());
    }

    void settingsChangedBeforeAnyQuestion_areAllInTheFirstEstimate()
    {
        // A view sets font and width one after the other; the layout estimates once, when asked.
        QTextDocument *lazy = makeDocument(30, this);
        ArticleLayout *a = installLayout(lazy, 700);
        QFont big = lazy->defaultFont();
        big.setPointSizeF(big.pointSizeF() * 2);
        lazy->setDefaultFont(big);
        lazy->setPageSize(QSizeF(400, -1));
        QTextDocument *direct = makeDocument(30, this);
        direct->setDefaultFont(big);
        ArticleLayout *b = installLayout(direct, 400);
        QCOMPARE(a->documentSize(), b->documentSize());
        QCOMPARE(a->blockNumberAt(1000), b->blockNumberAt(1000));
    }

    void preformattedBlock_doesNotWrapAndWidensTheDocument()
    {
        QTextDocument *doc = makeDocument(2, this);
        ArticleLayout *layout = installLayout(doc, 400);
        layout->layoutAll();
        QCOMPARE(doc->lastBlock().layout()->lineCount(), 1);
        QVERIFY(layout->documentSize().width() > 400);
    }

    void view_keepsTheSameTextOnScreenWhileEstimatesAreCorrected()
    {
        ArticleView view(ArticleStyle::fromApplication());
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTextDocument *doc = makeDocument(2000);
        view.setArticleDocument(doc);
        auto *layout = qobject_cast<ArticleLayout *>(doc->documentLayout());
        QVERIFY(layout);
        // Jump far ahead before the background pass gets there, as following a link would.
        const QTextBlock target = doc->findBlockByNumber(1500);
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(qRound(layout->blockBoundingRect(target).top()));
        QVERIFY(!layout->isLayoutComplete());
        QTRY_VERIFY_WITH_TIMEOUT(layout->isLayoutComplete(), 20000);
        QVERIFY(qAbs(layout->blockBoundingRect(target).top() - bar->value()) <= 2);
        // And what is at the top of the view is that block.
        QCOMPARE(view.cursorForPosition(QPoint(30, 5)).block().blockNumber(), 1500);
    }
};

QTEST_MAIN(TestArticleLayout)
#include "tst_articlelayout.moc"
