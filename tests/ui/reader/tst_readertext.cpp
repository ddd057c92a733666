// Tests the reader's small text rules: word counts and reading time, the load-error messages,
// and the Open dialog's filter built from the core loaders.
#include "document/LoadError.h"
#include "reader/FileFilters.h"
#include "reader/LoadErrorText.h"
#include "reader/ReadingStats.h"

#include <QSet>
#include <QTest>

using namespace lede;
using Code = core::LoadError::Code;

class TestReaderText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordCount_data();
    void wordCount();
    void readingMinutes_data();
    void readingMinutes();
    void loadErrorMessage_namesTheFile_data();
    void loadErrorMessage_namesTheFile();
    void loadErrorMessages_areDistinct();
    void tooLarge_quotesTheLimit();
    void openDialogFilter_listsLoaderExtensionsAndAllFiles();
};

void TestReaderText::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("words");
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("spaces only") << QStringLiteral("  \n\t ") << qint64(0);
    QTest::newRow("simple") << QStringLiteral("The talks stalled.") << qint64(3);
    QTest::newRow("apostrophe joins") << QStringLiteral("Norvania's minister didn't sign") << qint64(4);
    QTest::newRow("curly apostrophe joins") << QStringLiteral("Norvania\u2019s minister") << qint64(2);
    QTest::newRow("hyphen joins") << QStringLiteral("Vasquez-Moreau said") << qint64(2);
    QTest::newRow("dash separates") << QStringLiteral("GENEVA \u2014 Negotiators") << qint64(2);
    QTest::newRow("double hyphen separates") << QStringLiteral("yes--no") << qint64(2);
    QTest::newRow("trailing apostrophe") << QStringLiteral("the farmers' harvest") << qint64(3);
    QTest::newRow("numbers are words") << QStringLiteral("40,000 people in 2024") << qint64(5);
    QTest::newRow("accents") << QStringLiteral("Kie\u015Blowski in Saint-R\u00E9my") << qint64(3);
    QTest::newRow("emoji is not a word") << QStringLiteral("\U0001F30D Lyon") << qint64(1);
    QTest::newRow("non-BMP letters") << QStringLiteral("\U0001D400\U0001D401 x") << qint64(2);
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral(" word") << qint64(1);
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << qint64(2);
}

void TestReaderText::wordCount()
{
    QFETCH(QString, text);
    QFETCH(qint64, words);
    QCOMPARE(ui::ReadingStats::of(text.toStdU16String()).words, words);
}

void TestReaderText::readingMinutes_data()
{
    QTest::addColumn<qint64>("words");
    QTest::addColumn<qint64>("minutes");
    QTest::newRow("none") << qint64(0) << qint64(0);
    QTest::newRow("one word") << qint64(1) << qint64(1);
    QTest::newRow("exactly one minute") << qint64(230) << qint64(1);
    QTest::newRow("just over") << qint64(231) << qint64(2);
    QTest::newRow("a long read") << qint64(4600) << qint64(20);
}

void TestReaderText::readingMinutes()
{
    QFETCH(qint64, words);
    QFETCH(qint64, minutes);
    ui::ReadingStats stats;
    stats.words = words;
    QCOMPARE(stats.readingMinutes(), minutes);
}

void TestReaderText::loadErrorMessage_namesTheFile_data()
{
    QTest::addColumn<Code>("code");
    QTest::newRow("not found") << Code::NotFound;
    QTest::newRow("folder") << Code::NotAFile;
    QTest::newRow("unreadable") << Code::Unreadable;
    QTest::newRow("too large") << Code::TooLarge;
    QTest::newRow("binary") << Code::Binary;
    QTest::newRow("unsupported") << Code::UnsupportedFormat;
    QTest::newRow("malformed") << Code::Malformed;
    QTest::newRow("cancelled") << Code::Cancelled;
}

void TestReaderText::loadErrorMessage_namesTheFile()
{
    QFETCH(Code, code);
    const QString message = ui::LoadErrorText::message(code, QStringLiteral("report.bin"));
    QVERIFY2(message.contains(QStringLiteral("report.bin")), qPrintable(message));
    QVERIFY(message.endsWith(u'.'));
}

void TestReaderText::loadErrorMessages_areDistinct()
{
    QSet<QString> seen;
    for (Code c : {Code::NotFound, Code::NotAFile, Code::Unreadable, Code::TooLarge, Code::Binary,
                   Code::UnsupportedFormat, Code::Malformed, Code::Cancelled, Code::Encrypted, Code::NoTextLayer})
        seen.insert(ui::LoadErrorText::message(c, QStringLiteral("x")));
    QCOMPARE(seen.size(), 10);
}

void TestReaderText::tooLarge_quotesTheLimit()
{
    const QString message = ui::LoadErrorText::message(Code::TooLarge, QStringLiteral("big.txt"), 200ull * 1024 * 1024);
    QVERIFY2(message.contains(QStringLiteral("200")), qPrintable(message));
}

void TestReaderText::openDialogFilter_listsLoaderExtensionsAndAllFiles()
{
    const QStringList patterns = ui::FileFilters::supportedPatterns();
    QVERIFY(patterns.contains(QStringLiteral("*.txt")));
    QVERIFY(patterns.contains(QStringLiteral("*.md")));
    for (const char *documents : {"*.pdf", "*.docx", "*.odt", "*.epub"})
        QVERIFY2(patterns.contains(QLatin1String(documents)), documents);
    const QStringList filters = ui::FileFilters::openDialogFilter().split(QStringLiteral(";;"));
    QVERIFY(filters.size() >= 3);
    QVERIFY(filters.front().contains(QStringLiteral("*.md")) && filters.front().contains(QStringLiteral("*.txt")));
    QVERIFY(filters.back().endsWith(QStringLiteral("(*)")));
}

QTEST_MAIN(TestReaderText)
#include "tst_readertext.moc"
