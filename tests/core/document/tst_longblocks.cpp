// Tests for splitLongBlocks: a long block becomes pieces the reader can lay out one at a time, the text unchanged.
#include "document/DocumentLoader.h"
#include "document/LongBlocks.h"

#include <QTest>

#include <string>

using namespace lede::core;

namespace {

// One line of `sentences` short sentences of our own, with no line break: a whole book pasted as one line.
std::string oneLongLine(int sentences)
{
    std::string s;
    for (int i = 0; i < sentences; ++i)
        s += "The ferry left the harbour at dawn with " + std::to_string(i) + " crates aboard. ";
    s.pop_back();
    return s;
}

QString q(const std::u16string &s)
{
    return QString::fromStdU16String(s);
}

} // namespace

class TestLongBlocks : public QObject
{
    Q_OBJECT

private slots:
    void shortBlocks_areLeftAlone()
    {
        auto doc = loadDocumentFromBytes("One short paragraph.\n\nAnother one.\n", "a.txt");
        QVERIFY(doc);
        QCOMPARE(doc->blocks.size(), size_t(2));
    }

    void aLongLine_becomesPiecesThatCoverItsText_cutAfterSentences()
    {
        const std::string line = oneLongLine(8000); // about 460 KB
        auto doc = loadDocumentFromBytes(line, "book.txt");
        QVERIFY(doc);
        QVERIFY(doc->blocks.size() >= line.size() / kMaxBlockLength);
        int32_t previousEnd = 0;
        for (size_t i = 0; i < doc->blocks.size(); ++i) {
            const Block &b = doc->blocks[i];
            QVERIFY2(b.range.length() <= kMaxBlockLength, qPrintable(QString::number(i)));
            QCOMPARE(b.kind, BlockKind::Paragraph);
            // Only the spaces at a cut lie between two pieces: nothing of the text is lost.
            for (int32_t p = previousEnd; p < b.range.start; ++p)
                QCOMPARE(doc->text[static_cast<size_t>(p)], u' ');
            previousEnd = b.range.end;
            if (i + 1 < doc->blocks.size()) // every cut falls after a sentence's full stop
                QCOMPARE(doc->text[static_cast<size_t>(b.range.end - 1)], u'.');
        }
        QCOMPARE(previousEnd, static_cast<int32_t>(doc->text.size()));
    }

    void aLineWithoutSpaces_isCutAnyway_butNeverInsideASurrogatePair()
    {
        Document doc;
        for (int i = 0; i < 3000; ++i)
            doc.text += u"ab\U0001F600"; // 4 units each, a surrogate pair at the end of every group
        doc.blocks.push_back({BlockKind::Paragraph, 0, false, 0, {0, static_cast<int32_t>(doc.text.size())}});
        splitLongBlocks(doc, 1000);
        QVERIFY(doc.blocks.size() >= 12);
        int32_t previousEnd = 0;
        for (const Block &b : doc.blocks) {
            QCOMPARE(b.range.start, previousEnd); // no separator to skip: the pieces touch
            QVERIFY((doc.text[static_cast<size_t>(b.range.start)] & 0xFC00) != 0xDC00);
            previousEnd = b.range.end;
        }
        QCOMPARE(previousEnd, static_cast<int32_t>(doc.text.size()));
    }

    void aLongListItem_continuesAsParagraphs_andTablesAfterItKeepTheirCells()
    {
        Document doc;
        doc.text = std::u16string(3000, u'x') + u" " + std::u16string(3000, u'y') + u"\ncell";
        Block item{BlockKind::ListItem, 1, true, 7, {0, 6001}};
        Block cell{BlockKind::TableCell, 0, false, 0, {6002, 6006}};
        cell.table = 0;
        cell.header = true;
        doc.blocks = {item, cell};
        doc.tables.push_back({1, 1, 1, 1});
        splitLongBlocks(doc, 4000);
        QCOMPARE(doc.blocks.size(), size_t(3));
        QCOMPARE(doc.blocks[0].kind, BlockKind::ListItem);
        QCOMPARE(doc.blocks[0].number, 7);
        QCOMPARE(doc.blocks[1].kind, BlockKind::Paragraph); // no second bullet
        QCOMPARE(q(doc.text.substr(static_cast<size_t>(doc.blocks[1].range.start), 3)), QStringLiteral("yyy"));
        QCOMPARE(doc.tables[0].firstBlock, 2);
        QCOMPARE(doc.blocks[2].kind, BlockKind::TableCell);
    }
};

QTEST_APPLESS_MAIN(TestLongBlocks)
#include "tst_longblocks.moc"
