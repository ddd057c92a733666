// CorrectionsStore with files it cannot use: a damaged file is kept aside under a dated name (never lost to
// the next save), a file from a newer Lede is never replaced or removed, and a failed removal is reported.
#include "annotate/CorrectionsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace lede;
using ui::CorrectionsStore;

namespace {

const QString kKey = QStringLiteral("0123abcd");

void writeStored(const QByteArray &bytes)
{
    const QString path = CorrectionsStore::pathFor(kKey);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the stored corrections");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

core::Corrections oneCorrection()
{
    core::Corrections c;
    c.removeMention(core::TextRange{0, 4});
    return c;
}

const QByteArray kNewer = "{\"format\":\"lede-corrections\",\"version\":7,\"corrections\":[{\"op\":\"teleport\"}]}";

} // namespace

class TestCorrectionsStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QDir(QFileInfo(CorrectionsStore::pathFor(kKey)).absolutePath()).removeRecursively(); }
    void cleanupTestCase() { init(); }

    void damagedFile_isKeptAsideUnderADatedName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << QByteArray("{\"format\":\"lede-corrections\",\"version\":1,\"corr");
        QTest::newRow("not JSON") << QByteArray("these are not the corrections you are looking for");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("another format") << QByteArray("{\"format\":\"shopping-list\",\"version\":1}");
        QTest::newRow("another document's")
            << QByteArray("{\"format\":\"lede-corrections\",\"version\":1,\"document\":\"ffff\",\"corrections\":[]}");
        QTest::newRow("bad entry") << QByteArray("{\"format\":\"lede-corrections\",\"version\":1,\"corrections\":[7]}");
    }

    void damagedFile_isKeptAsideUnderADatedName()
    {
        QFETCH(QByteArray, bytes);
        writeStored(bytes);
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        const CorrectionsStore::Opened opened = CorrectionsStore::open(kKey, when);
        QCOMPARE(opened.found, CorrectionsStore::Found::SetAside);
        QVERIFY(!opened.corrections);
        QCOMPARE(QFileInfo(opened.keptAs).fileName(), kKey + QStringLiteral(".damaged-20260304-050607.json"));
        QCOMPARE(readFile(opened.keptAs), bytes);
        QVERIFY(!QFileInfo::exists(CorrectionsStore::pathFor(kKey)));
        // Told once: the next open finds nothing, and a save writes a fresh file beside the kept one.
        QCOMPARE(CorrectionsStore::open(kKey, when).found, CorrectionsStore::Found::Nothing);
        QCOMPARE(CorrectionsStore::save(kKey, oneCorrection()), CorrectionsStore::Saved::Done);
        QCOMPARE(readFile(opened.keptAs), bytes);
    }

    void damagedTwiceInOneSecond_keepsBoth()
    {
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        writeStored("first damage");
        const QString first = CorrectionsStore::open(kKey, when).keptAs;
        writeStored("second damage");
        const QString second = CorrectionsStore::open(kKey, when).keptAs;
        QVERIFY(first != second);
        QCOMPARE(readFile(first), QByteArray("first damage"));
        QCOMPARE(readFile(second), QByteArray("second damage"));
    }

    void fileFromANewerVersion_isNeverReplacedOrRemoved()
    {
        writeStored(kNewer);
        const CorrectionsStore::Opened opened = CorrectionsStore::open(kKey);
        QCOMPARE(opened.found, CorrectionsStore::Found::Newer);
        QVERIFY(opened.keptAs.isEmpty());
        QCOMPARE(CorrectionsStore::save(kKey, oneCorrection()), CorrectionsStore::Saved::NewerFile);
        QCOMPARE(CorrectionsStore::save(kKey, core::Corrections()), CorrectionsStore::Saved::NewerFile);
        QCOMPARE(readFile(CorrectionsStore::pathFor(kKey)), kNewer);
    }

    void readableFile_isRead()
    {
        writeStored(QByteArray::fromStdString(oneCorrection().toJson(kKey.toStdString())));
        const CorrectionsStore::Opened opened = CorrectionsStore::open(kKey);
        QCOMPARE(opened.found, CorrectionsStore::Found::Read);
        QVERIFY(opened.corrections);
        QCOMPARE(*opened.corrections, oneCorrection());
    }

    void emptyLog_whenTheFileCannotBeRemoved_reportsFailure()
    {
        // A folder where the file should be: removing it fails, even for root.
        const QString path = CorrectionsStore::pathFor(kKey);
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QCOMPARE(CorrectionsStore::save(kKey, core::Corrections()), CorrectionsStore::Saved::Failed);
        QCOMPARE(CorrectionsStore::open(kKey).found, CorrectionsStore::Found::Locked); // left as it is
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestCorrectionsStore)
#include "tst_correctionsstore.moc"
