// TestHttpServer: blocking QTcpServer/QTcpSocket calls on a QThread; no event loop runs there.
#include "TestHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <chrono>
#include <thread>

namespace {

using namespace std::chrono_literals;

// Generated with: python3 -c 'import gzip; print(gzip.compress(PAGE, mtime=0).hex())' (PAGE = pageText()).
constexpr char kGzipPageHex[] =
    "1f8b0800000000000203158cc10d80201004ff54b115508435d800848523128e006ae85efc4e66e614a2e42453"
    "f41ec4453676144d8901533a8921b90d7846ed44706fb5c61c0b55b56e83889a202eec4d9c3bd2670f7eeeddb2"
    "e6030e19865860000000";

// gzip.compress(bytes(400 * 1024), mtime=0): a 25-byte head, 396 zero bytes, an 11-byte tail.
QByteArray gzipZeros()
{
    return QByteArray::fromHex("1f8b0800000000000203edc13101000000c2a0f54f6d0d0fa0") + QByteArray(396, '\0')
        + QByteArray::fromHex("80570302aec72500400600");
}

bool writeAll(QTcpSocket &socket, const QByteArray &bytes)
{
    if (socket.write(bytes) != bytes.size())
        return false;
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(5000))
            return false;
    }
    return socket.state() == QAbstractSocket::ConnectedState;
}

QByteArray response(const QByteArray &status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nConnection: close\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray redirect(const QByteArray &location)
{
    return response("302 Found", "Location: " + location + "\r\n", {});
}

QByteArray headerValue(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

TestHttpServer::TestHttpServer()
{
    // A QThread, not a std::thread: Qt's sockets want the event dispatcher a QThread sets up.
    auto port = m_listening.get_future();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
    m_port = port.get();
}

TestHttpServer::~TestHttpServer()
{
    m_stop = true;
    m_thread->wait();
}

QString TestHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QList<QByteArray> TestHttpServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QByteArray TestHttpServer::pageText()
{
    return "The lighthouse keeper logged three ships before dawn.\n\nBy noon the fog had lifted over the bay.\n";
}

QByteArray TestHttpServer::storyMarkdown()
{
    return "# Harbour Notes\n\nThe ferry from Kelby left at nine with forty passengers.\n\n"
           "Its captain, Ines Varga, said the crossing was calm.\n";
}

void TestHttpServer::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_listening.set_value(0);
        return;
    }
    m_listening.set_value(server.serverPort());

    while (!m_stop) {
        if (!server.waitForNewConnection(50))
            continue;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        if (!socket)
            continue;
        QByteArray request;
        while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
            request += socket->readAll();
        const QList<QByteArray> firstLine = request.left(request.indexOf('\r')).split(' ');
        const QByteArray path = firstLine.size() >= 2 ? firstLine[1] : QByteArray();
        {
            std::lock_guard lock(m_mutex);
            m_requests.append(path);
        }
        const QByteArray text = "Content-Type: text/plain; charset=utf-8\r\n";

        if (path == "/page.txt") {
            writeAll(*socket, response("200 OK", text, pageText()));
        } else if (path == "/story.md") {
            writeAll(*socket, response("200 OK", "Content-Type: text/markdown; charset=utf-8\r\n", storyMarkdown()));
        } else if (path == "/raw/notes.md") {
            writeAll(*socket, response("200 OK", text, storyMarkdown()));
        } else if (path == "/agent") {
            writeAll(*socket, response("200 OK", text, headerValue(request, "user-agent")));
        } else if (path == "/redirect") {
            writeAll(*socket, redirect("/page.txt"));
        } else if (path.startsWith("/hops/")) {
            const int left = path.mid(6).toInt();
            writeAll(*socket, redirect(left > 1 ? "/hops/" + QByteArray::number(left - 1) : QByteArray("/page.txt")));
        } else if (path.startsWith("/loop/")) {
            writeAll(*socket, redirect("/loop/" + QByteArray::number(path.mid(6).toInt() + 1)));
        } else if (path == "/to-ftp") {
            writeAll(*socket, redirect("ftp://127.0.0.1/article.txt"));
        } else if (path == "/missing") {
            writeAll(*socket, response("404 Not Found", text, "No such article here.\n"));
        } else if (path == "/broken") {
            writeAll(*socket, response("500 Internal Server Error", text, "Something broke.\n"));
        } else if (path == "/slow") {
            if (writeAll(*socket,
                         "HTTP/1.1 200 OK\r\nConnection: close\r\n" + text + "Content-Length: 100000\r\n\r\n")) {
                const QByteArray piece(100, 'a');
                for (int i = 0; i < 1000 && !m_stop && writeAll(*socket, piece); ++i)
                    std::this_thread::sleep_for(50ms);
            }
        } else if (path == "/stall") {
            for (int i = 0; i < 200 && !m_stop && socket->state() == QAbstractSocket::ConnectedState; ++i)
                socket->waitForReadyRead(50); // notices the client hanging up
        } else if (path == "/declared-huge") {
            writeAll(*socket,
                     "HTTP/1.1 200 OK\r\nConnection: close\r\n" + text + "Content-Length: 50000000\r\n\r\n"
                         + QByteArray(1000, 'b'));
        } else if (path == "/chunked-huge") {
            if (writeAll(*socket,
                         "HTTP/1.1 200 OK\r\nConnection: close\r\n" + text + "Transfer-Encoding: chunked\r\n\r\n")) {
                const QByteArray chunk =
                    QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'c') + "\r\n";
                for (int i = 0; i < 800 && !m_stop && writeAll(*socket, chunk); ++i) {}
            }
        } else if (path == "/gzip") {
            writeAll(*socket,
                     response("200 OK", text + "Content-Encoding: gzip\r\n", QByteArray::fromHex(kGzipPageHex)));
        } else if (path == "/gzip-zeros") {
            writeAll(*socket, response("200 OK", text + "Content-Encoding: gzip\r\n", gzipZeros()));
        } else {
            writeAll(*socket, response("404 Not Found", text, "Unknown test route.\n"));
        }
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(1000);
    }
}
