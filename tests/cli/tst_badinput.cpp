// The bad-input matrix (issue 13): every row runs `lede-cli text` and `lede-cli analyze` on an input made at
// test time and expects either success or one clear line on stderr naming the reason, with exit code 0 or 1;
// never a crash, a signal or a hang. The reader shares the core checks (loadDocument), so its refusals have
// the same reasons. lede-cli does not read stored corrections (only the reader does; see
// tst_correctionsstore), so there is no corrections row here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 120000; // far above any row's time; only a hang reaches it

struct Run
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `path` as raw bytes through the shell's printf, so names that are not valid UTF-8 reach lede-cli intact
// (QProcess would re-encode a QString argument).
Run runCli(const QString &command, const QByteArray &path)
{
    QByteArray escaped;
    for (const char c : path)
        escaped += "\\0" + QByteArray::number(static_cast<unsigned char>(c), 8);
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(u"/bin/sh"_s,
            {u"-c"_s, u"exec \"$0\" \"$1\" \"$(printf '%b' \"$2\")\""_s, QStringLiteral(LEDE_CLI_PATH), command,
             QString::fromLatin1(escaped)});
    Run r;
    r.finished = p.waitForFinished(kTimeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char hi = static_cast<char>(c.unicode() >> 8);
        const char lo = static_cast<char>(c.unicode() & 0xFF);
        out += bigEndian ? QByteArray{&hi, 1} + QByteArray{&lo, 1} : QByteArray{&lo, 1} + QByteArray{&hi, 1};
    }
    return out;
}

// A Markdown pipe table of about `bytes` bytes.
QByteArray markdownTable(qsizetype bytes)
{
    QByteArray out = "| Station | Reading | Note |\n|---|---|---|\n";
    for (int row = 0; out.size() < bytes; ++row)
        out += "| North gate " + QByteArray::number(row) + " | " + QByteArray::number(row % 97) + " mm | calm, dry |\n";
    return out;
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void textAndAnalyze_succeedOrGiveAClearReason_data();
    void textAndAnalyze_succeedOrGiveAClearReason();

private:
    QByteArray write(const QByteArray &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_pipe[2] = {-1, -1};
};

QByteArray TestBadInput::write(const QByteArray &name, const QByteArray &bytes)
{
    // Through open(2) with the raw name: QFile would need a QString, which cannot hold every byte sequence.
    const QByteArray path = QFile::encodeName(m_dir.path()) + '/' + name;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::write(fd, bytes.constData(), static_cast<size_t>(bytes.size())) != bytes.size())
        qFatal("cannot write a test input");
    ::close(fd);
    return path;
}

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(::pipe(m_pipe), 0); // held open and quiet: a reader of it would wait for ever
}

void TestBadInput::cleanupTestCase()
{
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
}

void TestBadInput::textAndAnalyze_succeedOrGiveAClearReason_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("reason");       // empty: the row must succeed; else a phrase stderr must hold
    QTest::addColumn<QByteArray>("textContains"); // for rows that succeed: a piece of the printed text
    QTest::addColumn<bool>("textOnly");           // analyze skipped (too slow for CI; a smaller row covers it)

    const QByteArray dir = QFile::encodeName(m_dir.path());
    const QString sentence = u"The ferry to Kirkwall leaves at dawn, café open."_s;

    QTest::newRow("empty file") << write("empty.txt", {}) << QByteArray() << QByteArray() << false;
    QTest::newRow("single NUL") << write("nul.txt", QByteArray(1, '\0')) << QByteArray("binary") << QByteArray() << false;
    QTest::newRow("binary file") << write("image.txt", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20))
                                 << QByteArray("binary") << QByteArray() << false;
    QTest::newRow("invalid UTF-8") << write("broken.txt", "Half a character \xE2\x82 then more words.\n")
                                   << QByteArray() << QByteArray("then more words") << false;
    QTest::newRow("UTF-16LE with BOM") << write("le-bom.txt", utf16(sentence, false, true)) << QByteArray()
                                       << sentence.toUtf8() << false;
    QTest::newRow("UTF-16BE with BOM") << write("be-bom.txt", utf16(sentence, true, true)) << QByteArray()
                                       << sentence.toUtf8() << false;
    QTest::newRow("UTF-16LE without BOM") << write("le.txt", utf16(sentence, false, false)) << QByteArray()
                                          << sentence.toUtf8() << false;
    QTest::newRow("Latin-1") << write("latin1.txt", sentence.toLatin1()) << QByteArray() << sentence.toUtf8() << false;
    QTest::newRow("cp1252") << write("cp1252.txt", "\x93Quoted\x94 words cost \x80" "5 at the kiosk.\n")
                            << QByteArray() << QByteArray("\xE2\x80\x9CQuoted\xE2\x80\x9D words cost \xE2\x82\xAC" "5") << false;
    QTest::newRow("folder") << dir << QByteArray("is a folder") << QByteArray() << false;
    QTest::newRow("missing path") << dir + "/not-here.txt" << QByteArray("no such file") << QByteArray() << false;
    const QByteArray fifo = dir + "/queue";
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QTest::newRow("FIFO") << fifo << QByteArray("device, pipe or socket") << QByteArray() << false;
    QTest::newRow("/dev/zero") << QByteArray("/dev/zero") << QByteArray("device, pipe or socket") << QByteArray() << false;
    QTest::newRow("/dev/urandom") << QByteArray("/dev/urandom") << QByteArray("device, pipe or socket") << QByteArray() << false;
    QTest::newRow("char device") << QByteArray("/dev/null") << QByteArray("device, pipe or socket") << QByteArray() << false;
    QTest::newRow("a quiet pipe behind a file-like path")
        << "/proc/" + QByteArray::number(::getpid()) + "/fd/" + QByteArray::number(m_pipe[0])
        << QByteArray("device, pipe or socket") << QByteArray() << false;
    QTest::newRow("/proc file of size 0") << QByteArray("/proc/self/status") << QByteArray() << QByteArray("Name:") << false;
    const QByteArray loopA = dir + "/loop-a.txt";
    const QByteArray loopB = dir + "/loop-b.txt";
    QCOMPARE(::symlink(loopB.constData(), loopA.constData()), 0);
    QCOMPARE(::symlink(loopA.constData(), loopB.constData()), 0);
    QTest::newRow("symlink loop") << loopA << QByteArray("link loop") << QByteArray() << false;
    QTest::newRow("non-UTF-8 file name") << write("caf\xE9 menu.txt", "Soup of the day.\n") << QByteArray()
                                         << QByteArray("Soup of the day.") << false;
    QTest::newRow("path with spaces and non-ASCII") << write("notes d\xC3\xA9j\xC3\xA0 vu \xE6\x97\xA5.txt", "Seen before.\n")
                                                    << QByteArray() << QByteArray("Seen before.") << false;
    QTest::newRow("1 million newlines") << write("newlines.txt", QByteArray(1000000, '\n')) << QByteArray()
                                        << QByteArray() << false;
    QTest::newRow("100,000 nested quotes") << write("quotes.md", repeated("> ", 100000) + "deep\n") << QByteArray()
                                           << QByteArray("deep") << false;
    QTest::newRow("100,000 nested lists") << write("lists.md", repeated("- ", 100000) + "deep\n") << QByteArray()
                                          << QByteArray("deep") << false;
    // Analysing 10 MB takes about 100 s on a busy 2-core machine: the 10 MB row only loads it (text), the
    // 1 MB row goes through both.
    QTest::newRow("10 MB table") << write("table.md", markdownTable(10 * 1024 * 1024)) << QByteArray()
                                 << QByteArray("North gate 17") << true;
    QTest::newRow("1 MB table") << write("table1.md", markdownTable(1024 * 1024)) << QByteArray()
                                << QByteArray("North gate 17") << false;
    QTest::newRow("50,000 unclosed brackets (Markdown)") << write("brackets.md", repeated("[", 50000) + "end\n")
                                                         << QByteArray() << QByteArray("end") << false;
    QTest::newRow("50,000 unclosed parentheses (text)") << write("parens.txt", repeated("(", 50000) + "end\n")
                                                        << QByteArray() << QByteArray("end") << false;
}

void TestBadInput::textAndAnalyze_succeedOrGiveAClearReason()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, textContains);
    QFETCH(bool, textOnly);

    const QStringList commands = textOnly ? QStringList{u"text"_s} : QStringList{u"text"_s, u"analyze"_s};
    for (const QString &command : commands) {
        const Run r = runCli(command, path);
        const QByteArray what = command.toUtf8() + ": exit " + QByteArray::number(r.exitCode) + ", stderr: " + r.err;
        QVERIFY2(r.finished, "lede-cli did not finish (a hang)");
        QVERIFY2(!r.crashed, what.constData());
        if (reason.isEmpty()) {
            QVERIFY2(r.exitCode == 0, what.constData());
            if (command == u"text"_s && !textContains.isEmpty())
                QVERIFY2(r.out.contains(textContains), r.out.left(300).constData());
            if (command == u"analyze"_s)
                QVERIFY2(r.out.startsWith('{'), r.out.left(300).constData());
        } else {
            QVERIFY2(r.exitCode == 1, what.constData());
            QVERIFY(r.out.isEmpty());
            // One line, the program's name, the path as given, and the reason.
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.startsWith("lede-cli: " + path + ": "), r.err.constData());
            QVERIFY2(r.err.contains(reason), r.err.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
