// lede-cli end to end: exit codes, the unchanged-text contract, the analyze JSON schema and its code point offsets.
#include "TestHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(LEDE_CLI_PATH), args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void help_printsUsageAndSucceeds()
    {
        const Run r = runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("analyze"));
    }

    void version_printsVersion()
    {
        const Run r = runCli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("lede-cli "));
    }

    void unknownCommand_failsWithOneLineReason()
    {
        const Run r = runCli({u"frobnicate"_s});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void textOfMissingFile_failsWithReasonOnStderr()
    {
        const Run r = runCli({u"text"_s, u"/nonexistent/article.txt"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("article.txt"));
    }

    void textOfUtf8File_isTheFileUnchanged()
    {
        QTemporaryDir dir;
        const QByteArray bytes = "A short title\n\nFirst paragraph with caf\xC3\xA9 and \xF0\x9F\x98\x80.\n\n"
                                 "Second paragraph.\nWith a short second line.\n";
        const Run r = runCli({u"text"_s, writeFile(dir, u"a.txt"_s, bytes)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, bytes);
    }

    void textOfUrl_isThePageText()
    {
        const Run r = runCli({u"text"_s, m_server.url(u"/redirect"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, TestHttpServer::pageText());
        QVERIFY(r.err.isEmpty());
    }

    void analyzeOfUrl_namesTheAddressAndTheFetchTime()
    {
        const Run r = runCli({u"analyze"_s, m_server.url(u"/story.md"_s)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"source"_s).toString(), m_server.url(u"/story.md"_s));
        QCOMPARE(root.value(u"format"_s).toString(), u"markdown"_s);
        QCOMPARE(root.value(u"title"_s).toString(), u"Harbour Notes"_s);
        QVERIFY(root.value(u"fetched_at"_s).toString().endsWith(u'Z'));
    }

    void textOfUrl_failsWithOneLineReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("404") << m_server.url(u"/missing"_s) << QByteArray("HTTP status 404");
        QTest::newRow("too many redirects") << m_server.url(u"/loop/0"_s) << QByteArray("too many redirects");
        QTest::newRow("too large") << m_server.url(u"/declared-huge"_s) << QByteArray("larger than the limit of 20 MB");
        QTest::newRow("ftp") << u"ftp://127.0.0.1/a.txt"_s << QByteArray("only http and https");
    }
    void textOfUrl_failsWithOneLineReason()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, reason);
        const Run r = runCli({u"text"_s, url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QVERIFY(r.err.contains(url.toUtf8()));
    }

    void analyze_offsetsAreCodePointsAfterAnEmoji()
    {
        QTemporaryDir dir;
        const QByteArray bytes = "\xF0\x9F\x98\x80 Angela Merkel visited Paris on 3 March 2015.\n";
        const Run r = runCli({u"analyze"_s, writeFile(dir, u"e.txt"_s, bytes)});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"source", "format", "title", "reference_date", "text", "entities", "dates", "events"})
            QVERIFY2(root.contains(QLatin1String(key)), key);
        QCOMPARE(root.value(u"format"_s).toString(), u"text"_s);
        const QString text = root.value(u"text"_s).toString();
        const QList<uint> codePoints = text.toUcs4();

        bool sawParis = false;
        for (const QJsonValue &e : root.value(u"entities"_s).toArray()) {
            const QJsonObject entity = e.toObject();
            for (const QJsonValue &m : entity.value(u"mentions"_s).toArray()) {
                const int start = m[u"start"_s].toInt();
                const int end = m[u"end"_s].toInt();
                const QString surface = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start),
                                                          end - start);
                if (surface == u"Paris"_s) {
                    sawParis = true;
                    QCOMPARE(entity.value(u"type"_s).toString(), u"place"_s);
                }
            }
        }
        QVERIFY(sawParis);

        const QJsonArray dates = root.value(u"dates"_s).toArray();
        QVERIFY(!dates.isEmpty());
        const QJsonObject date = dates.first().toObject();
        const QString surface = QString::fromUcs4(
            reinterpret_cast<const char32_t *>(codePoints.constData() + date[u"start"_s].toInt()),
            date[u"end"_s].toInt() - date[u"start"_s].toInt());
        QCOMPARE(surface, u"3 March 2015"_s);
        QCOMPARE(date[u"value"_s].toString(), u"2015-03-03"_s);
    }

    void analyzeWithDct_reportsReferenceDate()
    {
        QTemporaryDir dir;
        const Run r = runCli({u"analyze"_s, u"--dct"_s, u"2022-04-25"_s,
                              writeFile(dir, u"d.txt"_s, "The minister resigned yesterday.\n")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"reference_date"_s).toString(), u"2022-04-25"_s);
        const QJsonArray dates = root.value(u"dates"_s).toArray();
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.first()[u"value"_s].toString(), u"2022-04-24"_s);
    }

    void analyze_eventsFollowTheSchema()
    {
        QTemporaryDir dir;
        // An emoji first, so code point offsets differ from UTF-16 ones; a BCE year for ISO expanded
        // years; text order differs from chronological order.
        const QByteArray bytes = "\xF0\x9F\x98\x80 Maria Jansen opened the mill on 3 March 2015. "
                                 "The old mill had burned in 44 BC. The flood came on 14 June.\n";
        const Run r = runCli({u"analyze"_s, writeFile(dir, u"v.txt"_s, bytes)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QList<uint> codePoints = root.value(u"text"_s).toString().toUcs4();
        auto surface = [&](const QJsonObject &span) {
            const int start = span[u"start"_s].toInt();
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start),
                                     span[u"end"_s].toInt() - start);
        };
        const QJsonArray events = root.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 3);

        const QJsonObject bce = events[0].toObject();
        QCOMPARE(bce.keys(),
                 (QStringList{u"date"_s, u"end"_s, u"id"_s, u"participants"_s, u"sentence"_s, u"start"_s, u"summary"_s,
                              u"value"_s}));
        QCOMPARE(bce[u"id"_s].toString(), u"v1"_s);
        QCOMPARE(bce[u"start"_s].toString(), u"-0043-01-01"_s);
        QCOMPARE(bce[u"end"_s].toString(), u"-0043-12-31"_s);
        QCOMPARE(bce[u"value"_s].toString(), u"BC0044"_s);
        QCOMPARE(surface(bce[u"date"_s].toObject()), u"44 BC"_s);
        QCOMPARE(surface(bce[u"sentence"_s].toObject()), u"The old mill had burned in 44 BC."_s);
        QCOMPARE(bce[u"summary"_s].toString(), u"The old mill had burned"_s);

        const QJsonObject opened = events[1].toObject();
        QCOMPARE(opened[u"id"_s].toString(), u"v2"_s);
        QCOMPARE(opened[u"start"_s].toString(), u"2015-03-03"_s);
        QCOMPARE(opened[u"end"_s].toString(), u"2015-03-03"_s);
        QCOMPARE(surface(opened[u"date"_s].toObject()), u"3 March 2015"_s);
        // Participants are entity ids of the same output.
        const QJsonArray participants = opened[u"participants"_s].toArray();
        QVERIFY(!participants.isEmpty());
        bool found = false;
        for (const QJsonValue &e : root.value(u"entities"_s).toArray())
            found = found || e[u"id"_s].toString() == participants.first().toString();
        QVERIFY(found);

        // A later day without a year takes the year the story is in.
        QCOMPARE(events[2][u"start"_s].toString(), u"2015-06-14"_s);
    }

    void analyze_eventWithUnknownYearHasNoBounds()
    {
        QTemporaryDir dir;
        const Run r = runCli({u"analyze"_s, writeFile(dir, u"u.txt"_s, "The flood came on 14 June.\n")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(r.out).object().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 1);
        QVERIFY(events[0][u"start"_s].isNull());
        QVERIFY(events[0][u"end"_s].isNull());
        QCOMPARE(events[0][u"value"_s].toString(), u"XXXX-06-14"_s);
        QCOMPARE(events[0][u"summary"_s].toString(), u"The flood came"_s);
    }

    void analyzeWithBadDct_fails_data()
    {
        QTest::addColumn<QString>("dct");
        QTest::newRow("30 February") << u"2022-02-30"_s;
        QTest::newRow("29 February outside a leap year") << u"2023-02-29"_s;
        QTest::newRow("year 0 does not exist") << u"0000-06-01"_s;
        QTest::newRow("a negative year") << u"-001-06-01"_s;
        QTest::newRow("9999 would give five-digit years") << u"9999-12-31"_s;
        QTest::newRow("month 13") << u"2022-13-01"_s;
        QTest::newRow("not a date") << u"yesterday!"_s;
    }

    void analyzeWithBadDct_fails()
    {
        QFETCH(QString, dct);
        QTemporaryDir dir;
        const Run r = runCli({u"analyze"_s, u"--dct"_s, dct, writeFile(dir, u"d.txt"_s, "Text.\n")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("--dct"));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    void analyzeWithLeapDayDct_isAccepted()
    {
        QTemporaryDir dir;
        const Run r =
            runCli({u"analyze"_s, u"--dct"_s, u"2024-02-29"_s, writeFile(dir, u"d.txt"_s, "See you tomorrow.\n")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray dates = QJsonDocument::fromJson(r.out).object().value(u"dates"_s).toArray();
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.first()[u"value"_s].toString(), u"2024-03-01"_s);
    }

    void analyzeOfBinaryFile_failsCleanly()
    {
        QTemporaryDir dir;
        QByteArray bytes(4096, '\0');
        bytes[10] = 'x';
        const Run r = runCli({u"analyze"_s, writeFile(dir, u"b.txt"_s, bytes)});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
    }

private:
    TestHttpServer m_server;
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
