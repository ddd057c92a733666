// Golden-file test: a whole wire story (tests/data/text/wire-story.txt) loaded and segmented; one line
// per sentence, tokens as text/kind. The golden file is the reviewed expectation; to regenerate it on
// purpose after an intended change, run with LEDE_REGENERATE_GOLDEN=1 and review the diff.
#include "common/Utf.h"
#include "document/DocumentLoader.h"
#include "text/Segmenter.h"

#include <QFile>
#include <QTest>

using namespace lede::core;

namespace {

char kindLetter(TokenKind k)
{
    switch (k) {
    case TokenKind::Word: return 'W';
    case TokenKind::Number: return 'N';
    case TokenKind::Punctuation: return 'P';
    case TokenKind::Symbol: return 'S';
    case TokenKind::Other: return 'O';
    }
    return '?';
}

QString render(const Document &doc, const Segmentation &seg)
{
    QString out;
    for (const Sentence &s : seg.sentences) {
        QStringList tokens;
        for (int32_t i = s.firstToken; i < s.firstToken + s.tokenCount; ++i) {
            const Token &t = seg.tokens[size_t(i)];
            tokens << QString::fromStdU16String(doc.text.substr(size_t(t.range.start), size_t(t.range.length())))
                    + QLatin1Char('/') + QLatin1Char(kindLetter(t.kind));
        }
        out += tokens.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestSegmenterGolden final : public QObject
{
    Q_OBJECT

private slots:
    void wireStory_matchesGolden()
    {
        const QString dir = QStringLiteral(LEDE_TEST_DATA_DIR "/text/");
        auto doc = loadDocument((dir + QStringLiteral("wire-story.txt")).toStdString());
        QVERIFY(doc.ok());
        QCOMPARE(doc->meta.title, std::string("Rail strike ends after 11-day stand-off"));
        std::vector<TextRange> blocks;
        for (const Block &b : doc->blocks)
            blocks.push_back(b.range);
        const QString actual = render(*doc, Segmenter::segment(doc->text, blocks));

        QFile golden(dir + QStringLiteral("wire-story.golden"));
        if (qEnvironmentVariableIsSet("LEDE_REGENERATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(actual.toUtf8());
            qInfo("regenerated %s", qPrintable(golden.fileName()));
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QStringList expectedLines = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
        const QStringList actualLines = actual.split(QLatin1Char('\n'));
        for (int i = 0; i < std::min(expectedLines.size(), actualLines.size()); ++i)
            QCOMPARE(actualLines[i], expectedLines[i]); // the first differing sentence, readable
        QCOMPARE(actualLines.size(), expectedLines.size());
    }
};

QTEST_APPLESS_MAIN(TestSegmenterGolden)
#include "tst_segmentergolden.moc"
