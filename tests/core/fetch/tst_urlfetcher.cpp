// UrlFetcher and loadDocumentFromUrl against a local server the test starts: pages, redirects, errors,
// cancellation, timeouts and the size limit, checked by Content-Length, while receiving and after gzip.
#include "TestHttpServer.h"

#include "fetch/UrlDocument.h"
#include "fetch/UrlFetcher.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <atomic>

using namespace lede::core;

namespace {

std::string str(const QByteArray &bytes)
{
    return bytes.toStdString();
}

QString codeName(const FetchError &error)
{
    return QString::fromLatin1(fetchErrorCodeName(error.code));
}

} // namespace

Q_DECLARE_METATYPE(FetchError::Code)

class TestUrlFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.isListening()); }

    void page_returnsBodyTypeAndTime()
    {
        const auto page = fetchUrl(m_server.url8("/page.txt").toStdString());
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().detail.c_str());
        QCOMPARE(page->bytes, str(TestHttpServer::pageText()));
        QCOMPARE(page->contentType, std::string("text/plain; charset=utf-8"));
        QCOMPARE(page->httpStatus, 200L);
        QCOMPARE(page->finalUrl, m_server.url8("/page.txt").toStdString());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(QString::fromStdString(page->fetchedAt))
                    .hasMatch());
    }

    void request_namesLedeAsTheUserAgent()
    {
        const auto page = fetchUrl(str(m_server.url8("/agent")));
        QVERIFY(page.ok());
        QVERIFY(page->bytes.starts_with("Lede/"));
        QCOMPARE(page->bytes, fetchUserAgent());
    }

    void redirect_isFollowedAndTheFinalAddressReported()
    {
        const auto page = fetchUrl(str(m_server.url8("/redirect")));
        QVERIFY(page.ok());
        QCOMPARE(page->bytes, str(TestHttpServer::pageText()));
        QCOMPARE(page->finalUrl, str(m_server.url8("/page.txt")));
    }

    void redirects_upToTheLimitAreFollowed()
    {
        FetchOptions options;
        options.maxRedirects = 5;
        QVERIFY(fetchUrl(str(m_server.url8("/hops/5")), options).ok()); // five redirects, the last to the page
        const auto tooMany = fetchUrl(str(m_server.url8("/hops/6")), options);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, FetchError::Code::TooManyRedirects);
    }

    void redirectLoop_isRefusedAsTooManyRedirects()
    {
        const auto page = fetchUrl(str(m_server.url8("/loop/0")));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::TooManyRedirects);
    }

    void redirectToFtp_isRefused()
    {
        const auto page = fetchUrl(str(m_server.url8("/to-ftp")));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::UnsupportedScheme);
    }

    void errorStatus_isReportedWithTheStatus_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<long>("status");
        QTest::newRow("not found") << QByteArray("/missing") << 404L;
        QTest::newRow("server error") << QByteArray("/broken") << 500L;
    }
    void errorStatus_isReportedWithTheStatus()
    {
        QFETCH(QByteArray, path);
        QFETCH(long, status);
        const auto page = fetchUrl(str(m_server.url8(path.constData())));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::HttpStatus);
        QCOMPARE(page.error().httpStatus, status);
    }

    void addressesThatAreNotHttp_areRefusedWithoutARequest_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:%1/page.txt");
        QTest::newRow("file") << QStringLiteral("file:///etc/hostname");
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:%1/page.txt");
        QTest::newRow("scheme only") << QStringLiteral("http://");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("empty") << QString();
    }
    void addressesThatAreNotHttp_areRefusedWithoutARequest()
    {
        QFETCH(QString, url);
        const auto before = m_server.requests().size();
        const auto page =
            fetchUrl(QString(url).replace(QStringLiteral("%1"), QString::number(m_server.port())).toStdString());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::UnsupportedScheme);
        QCOMPARE(m_server.requests().size(), before);
    }

    void isWebUrl_acceptsHttpAndHttpsInAnyCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("web");
        QTest::newRow("http") << QStringLiteral("http://example.org/a") << true;
        QTest::newRow("https upper case") << QStringLiteral("HTTPS://example.org") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << false;
        QTest::newRow("path") << QStringLiteral("/home/ana/http://x") << false;
        QTest::newRow("bare") << QStringLiteral("example.org") << false;
    }
    void isWebUrl_acceptsHttpAndHttpsInAnyCase()
    {
        QFETCH(QString, text);
        QFETCH(bool, web);
        QCOMPARE(isWebUrl(text.toStdString()), web);
    }

    void slowResponse_isCancelledByTheStopToken()
    {
        StopSource source;
        FetchOptions options;
        options.stop = source.token();
        std::atomic<uint64_t> seen{0};
        options.progress = [&](uint64_t received, uint64_t) {
            seen = received;
            if (received >= 300)
                source.requestStop();
        };
        const auto page = fetchUrl(str(m_server.url8("/slow")), options);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::Cancelled);
        QVERIFY(seen >= 300);
        QVERIFY(seen < 100000);
    }

    void stopRequestedBeforehand_sendsNoRequest()
    {
        StopSource source;
        source.requestStop();
        FetchOptions options;
        options.stop = source.token();
        const auto before = m_server.requests().size();
        const auto page = fetchUrl(str(m_server.url8("/page.txt")), options);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::Cancelled);
        QCOMPARE(m_server.requests().size(), before);
    }

    void silentServer_timesOut()
    {
        FetchOptions options;
        options.totalTimeoutMs = 300;
        const auto page = fetchUrl(str(m_server.url8("/stall")), options);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::TimedOut);
    }

    void closedPort_cannotConnect()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto page = fetchUrl("http://127.0.0.1:" + std::to_string(port) + "/page.txt");
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::ConnectFailed);
    }

    void declaredLengthOverTheLimit_isRefusedBeforeTheBody()
    {
        const auto page = fetchUrl(str(m_server.url8("/declared-huge"))); // the default 20 MB limit
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::TooLarge);
    }

    void chunkedBodyOverTheLimit_isRefusedWhileReceiving()
    {
        FetchOptions options;
        uint64_t most = 0;
        options.progress = [&](uint64_t received, uint64_t) { most = std::max(most, received); };
        const auto page = fetchUrl(str(m_server.url8("/chunked-huge")), options); // 50 MB offered, 20 MB allowed
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, FetchError::Code::TooLarge);
        QVERIFY2(most <= options.maxBytes + 256 * 1024, QByteArray::number(qulonglong(most)).constData());
    }

    void gzipBody_isDecoded()
    {
        const auto page = fetchUrl(str(m_server.url8("/gzip")));
        QVERIFY(page.ok());
        QCOMPARE(page->bytes, str(TestHttpServer::pageText()));
    }

    void gzipBodyInflatingPastTheLimit_isRefused()
    {
        FetchOptions options;
        options.maxBytes = 256 * 1024;
        const auto refused = fetchUrl(str(m_server.url8("/gzip-zeros")), options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, FetchError::Code::TooLarge);
        options.maxBytes = 1024 * 1024; // the same body, inflated (400 kB), fits under 1 MB
        const auto allowed = fetchUrl(str(m_server.url8("/gzip-zeros")), options);
        QVERIFY(allowed.ok());
        QCOMPARE(allowed->bytes.size(), size_t(400 * 1024));
    }

    void nameHint_followsTheContentTypeThenTheAddress_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hint");
        QTest::newRow("html") << QStringLiteral("text/html; charset=UTF-8") << QStringLiteral("https://a.org/news/1")
                              << QStringLiteral("page.html");
        QTest::newRow("html upper case, spaces") << QStringLiteral(" Text/HTML ") << QStringLiteral("https://a.org/")
                                                 << QStringLiteral("page.html");
        QTest::newRow("xhtml") << QStringLiteral("application/xhtml+xml") << QStringLiteral("https://a.org/x")
                               << QStringLiteral("page.xhtml");
        QTest::newRow("markdown") << QStringLiteral("text/markdown") << QStringLiteral("https://a.org/readme")
                                  << QStringLiteral("page.md");
        QTest::newRow("plain") << QStringLiteral("text/plain") << QStringLiteral("https://a.org/notes")
                               << QStringLiteral("page.txt");
        QTest::newRow("plain for a .md address") << QStringLiteral("text/plain; charset=utf-8")
                                                 << QStringLiteral("https://a.org/raw/notes.md?ref=main#top")
                                                 << QStringLiteral("notes.md");
        QTest::newRow("octet-stream for a .txt address") << QStringLiteral("application/octet-stream")
                                                         << QStringLiteral("https://a.org/f/story.TXT")
                                                         << QStringLiteral("story.TXT");
        QTest::newRow("html for a .md address") << QStringLiteral("text/html") << QStringLiteral("https://a.org/a.md")
                                                << QStringLiteral("page.html");
        QTest::newRow("no type, no name") << QString() << QStringLiteral("https://a.org") << QStringLiteral("page");
        QTest::newRow("unknown type") << QStringLiteral("image/png") << QStringLiteral("https://a.org/p.png")
                                      << QStringLiteral("page");
    }
    void nameHint_followsTheContentTypeThenTheAddress()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, url);
        QFETCH(QString, hint);
        QCOMPARE(QString::fromStdString(nameHintForPage(contentType.toStdString(), url.toStdString())), hint);
    }

    void loadFromUrl_keepsTheAddressAndTheTime()
    {
        const auto doc = loadDocumentFromUrl(str(m_server.url8("/redirect")));
        QVERIFY(doc.ok());
        QCOMPARE(doc->meta.sourceUrl, str(m_server.url8("/page.txt")));
        QVERIFY(!doc->meta.fetchedAt.empty());
        QCOMPARE(doc->meta.format, SourceFormat::Text);
        QCOMPARE(doc->blocks.size(), size_t(2));
        QVERIFY(doc->meta.sourcePath.empty());
    }

    void loadFromUrl_readsMarkdownByTypeAndByAddress_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("text/markdown") << QByteArray("/story.md");
        QTest::newRow("text/plain, .md address") << QByteArray("/raw/notes.md");
    }
    void loadFromUrl_readsMarkdownByTypeAndByAddress()
    {
        QFETCH(QByteArray, path);
        const auto doc = loadDocumentFromUrl(str(m_server.url8(path.constData())));
        QVERIFY(doc.ok());
        QCOMPARE(doc->meta.format, SourceFormat::Markdown);
        QCOMPARE(doc->meta.title, std::string("Harbour Notes"));
        QCOMPARE(doc->blocks.front().kind, BlockKind::Heading);
    }

    void loadFromUrl_reportsTheDownloadFailure()
    {
        const auto doc = loadDocumentFromUrl(str(m_server.url8("/missing")));
        QVERIFY(!doc.ok());
        QVERIFY(std::holds_alternative<FetchError>(doc.error()));
        const auto &error = std::get<FetchError>(doc.error());
        QCOMPARE(error.httpStatus, 404L);
        QCOMPARE(codeName(error), QStringLiteral("the server answered with an error"));
    }

private:
    TestHttpServer m_server;
};

QTEST_APPLESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
