// TestHttpServer: a small HTTP/1.1 server on 127.0.0.1 for the download tests. It runs on its own thread
// (the fetcher blocks the test's thread; the reader's event loop must stay free) and serves a fixed set of
// routes, one connection at a time, each closed after its response:
//   /page.txt        a short text/plain article          /story.md        a text/markdown article
//   /raw/notes.md    Markdown sent as text/plain          /agent           echoes the request's User-Agent
//   /redirect        302 to /page.txt                    /hops/N          N redirects, then /page.txt
//   /loop/N          redirects forever                   /to-ftp          302 to an ftp: address
//   /missing         404                                 /broken          500
//   /slow            100 bytes every 50 ms of a 100 kB body, until the client hangs up
//   /stall           reads the request and never answers
//   /declared-huge   Content-Length of 50 MB             /chunked-huge    64 kB chunks with no length, up to 50 MB
//   /gzip            a gzip-encoded text/plain article    /gzip-zeros      400 kB of zeros in 432 gzip bytes
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>

class QThread;

class TestHttpServer final
{
public:
    TestHttpServer();
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" + path.
    QString url(const QString &path) const;
    QByteArray url8(const char *path) const { return url(QString::fromLatin1(path)).toUtf8(); }
    // The request paths served so far, in order.
    QList<QByteArray> requests() const;

    // The article served at /page.txt (and, gzip-encoded, at /gzip).
    static QByteArray pageText();
    static QByteArray storyMarkdown();

private:
    void run();

    std::promise<quint16> m_listening;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_requests;
};
