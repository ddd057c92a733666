// The PDF loader on a PDF that Qt lays out and writes (embedded subset fonts, wrapped lines, real spacing):
// each paragraph comes back as one block, the heading as a heading, the title from the metadata, and the page
// number Qt prints at the foot of the page is left out.
#include "common/Utf.h"
#include "document/DocumentLoader.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>
#include <QTextDocument>

using namespace lede::core;

class TestPdfLoaderQt final : public QObject
{
    Q_OBJECT

private slots:
    void qtWrittenPdf_keepsParagraphsWhole()
    {
        const QString first = QStringLiteral(
            "The harbour master of Dunmore Point retired on Friday after thirty-one years, and the town marked the "
            "day with a brass band, a long lunch on the quay and a speech that nobody could quite hear over the "
            "gulls and the wind coming in from the open sea.");
        const QString second = QStringLiteral(
            "Her successor, a former ferry captain, said the first task would be to repair the north wall before "
            "the autumn storms arrive, and that the fish market would stay where it has always been.");
        QTextDocument text;
        text.setHtml(QStringLiteral("<h1>A quiet farewell at the harbour</h1><p>%1</p><p>%2</p>").arg(first, second));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setTitle(QStringLiteral("Harbour master retires"));
            writer.setPageSize(QPageSize(QPageSize::A5));
            text.print(&writer);
        }
        auto result = loadDocumentFromBytes(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())),
                                            "farewell.pdf");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        QCOMPARE(result->meta.title, std::string("Harbour master retires"));
        QVERIFY(!result->meta.publishedDate.empty()); // Qt writes the creation time
        std::vector<std::u16string> blocks;
        for (const Block &b : result->blocks)
            blocks.push_back(result->text.substr(static_cast<size_t>(b.range.start),
                                                 static_cast<size_t>(b.range.end - b.range.start)));
        QCOMPARE(blocks.size(), size_t(3));
        QCOMPARE(result->blocks[0].kind, BlockKind::Heading);
        QCOMPARE(QString::fromStdU16String(blocks[0]), QStringLiteral("A quiet farewell at the harbour"));
        QCOMPARE(QString::fromStdU16String(blocks[1]), first);
        QCOMPARE(QString::fromStdU16String(blocks[2]), second);
    }
};

QTEST_MAIN(TestPdfLoaderQt)
#include "tst_pdfloader_qt.moc"
