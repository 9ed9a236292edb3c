#include "core/engine/engineerror.h"
#include "core/transport/httpreply.h"

#include "core/transport/connectionpool.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// HttpReply against local peers that misbehave in the ways a wrong or dying socket does.
class TestHttpReply : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersInPieces();
    void streamDeliversBodyAsItArrives();
    void missingSocket();
    void refusedSocket();
    void peerSpeaksGarbage();
    void silentPeerTimesOut();
    void slowUploadIsNoTimeout();
    void stalledUploadTimesOut();
    void slowFirstByteAfterUpload();
    void bodyFromFile();
    void unreadableBodyFile();
    void peerClosesMidBody();
    void abortReportsAborted();
    void hugeContentLengthFailsAtOnce();
    void oversizedChunkedBodyFails();
    void poolReusesAConnection_data();
    void poolReusesAConnection();
    void staleConnectionIsRetriedWhenIdempotent_data();
    void staleConnectionIsRetriedWhenIdempotent();
    void idleConnectionClosedByPeerLeavesPool();
    void idleConnectionExpires();
    void streamsNeverBorrow();

private:
    // Accepts one connection and hands it to `onConnection`.
    void serve(std::function<void(QLocalSocket *)> onConnection);
    HttpReply *get(int timeoutMs = 5000, bool stream = false);
    static TransportError::Kind waitForError(HttpReply *reply);

    // Answers each request by what `answer` returns for (connection number, request number on
    // that connection), both from 0; an empty answer closes the connection instead.
    void serveRequests(std::function<QByteArray(int, int)> answer);
    HttpReply *send(ConnectionPool *pool, const QByteArray &method, bool stream = false);
    int m_connections = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QLocalServer> m_server;
    QString m_path;
};

void TestHttpReply::init()
{
    m_server.reset();
    m_connections = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("peer.sock"));
}

void TestHttpReply::serve(std::function<void(QLocalSocket *)> onConnection)
{
    m_server = std::make_unique<QLocalServer>();
    QVERIFY(m_server->listen(m_path));
    connect(m_server.get(), &QLocalServer::newConnection, this, [this, onConnection] {
        QLocalSocket *socket = m_server->nextPendingConnection();
        onConnection(socket);
    });
}

HttpReply *TestHttpReply::get(int timeoutMs, bool stream)
{
    HttpRequest request;
    request.target = "/_ping";
    request.timeoutMs = timeoutMs;
    request.stream = stream;
    return new HttpReply(Endpoint::unixSocket(m_path), request, this);
}

TransportError::Kind TestHttpReply::waitForError(HttpReply *reply)
{
    QSignalSpy finished(reply, &HttpReply::finished);
    if (!reply->isFinished() && !finished.wait(60000))
        return TransportError::Kind::None;
    return reply->error().kind;
}

void TestHttpReply::answersInPieces()
{
    QByteArray request;
    serve([&request](QLocalSocket *socket) {
        connect(socket, &QLocalSocket::readyRead, socket, [socket, &request] {
            request += socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            // Write the answer in awkward pieces, across the chunk framing.
            const QByteArray answer = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\n"
                                      "Transfer-Encoding: chunked\r\n\r\n2\r\nOK\r\n0\r\n\r\n";
            for (qsizetype i = 0; i < answer.size(); i += 7) {
                socket->write(answer.mid(i, 7));
                socket->flush();
            }
        });
    });
    HttpReply *reply = get();
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!reply->error().isError());
    QCOMPARE(reply->statusCode(), 200);
    QCOMPARE(reply->header("api-version"), QByteArray("1.41"));
    QCOMPARE(reply->readAll(), QByteArray("OK"));
    QVERIFY(request.startsWith("GET /_ping HTTP/1.1\r\n"));
    QVERIFY(request.contains("\r\nHost: "));
}

void TestHttpReply::streamDeliversBodyAsItArrives()
{
    QPointer<QLocalSocket> peer;
    serve([&peer](QLocalSocket *socket) {
        peer = socket;
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        });
    });
    // A stream has no overall time limit: a short one here must not end it.
    HttpReply *reply = get(100, true);
    QSignalSpy headers(reply, &HttpReply::headersArrived);
    QSignalSpy data(reply, &HttpReply::readyRead);
    QVERIFY(headers.wait(5000));
    QTest::qWait(300);
    QVERIFY(!reply->isFinished());
    peer->write("6\r\nevent1\r\n");
    QVERIFY(data.wait(5000));
    QCOMPARE(reply->readAll(), QByteArray("event1"));
    peer->write("6\r\nevent2\r\n");
    QVERIFY(data.wait(5000));
    QCOMPARE(reply->readAll(), QByteArray("event2"));
    // The engine going away ends the stream with an error, not silence.
    peer->abort();
    QCOMPARE(waitForError(reply), TransportError::Kind::Closed);
}

void TestHttpReply::missingSocket()
{
    HttpReply *reply = get();
    QCOMPARE(waitForError(reply), TransportError::Kind::NoSocket);
    QVERIFY(EngineError(reply->error()).userText().contains(m_path));
}

void TestHttpReply::refusedSocket()
{
    // A socket file that nobody listens on, as a crashed engine leaves behind.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = m_path.toLocal8Bit();
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    HttpReply *reply = get();
    QCOMPARE(waitForError(reply), TransportError::Kind::Refused);
}

void TestHttpReply::peerSpeaksGarbage()
{
    serve([](QLocalSocket *socket) {
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("SSH-2.0-OpenSSH_9.2p1 Debian\r\n");
        });
    });
    HttpReply *reply = get();
    QCOMPARE(waitForError(reply), TransportError::Kind::Protocol);
    QVERIFY(!EngineError(reply->error()).userText().isEmpty());
}

void TestHttpReply::silentPeerTimesOut()
{
    serve([](QLocalSocket *) {});
    HttpReply *reply = get(300);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(waitForError(reply), TransportError::Kind::Timeout);
    // The connect phase gets its own few seconds; the overall limit is what ends it here (a
    // Timeout, not the test's wait running out). The bound only catches a reply that hangs on.
    QVERIFY(timer.elapsed() < 60000);
}

namespace {

// A POST stream with a body far larger than the sockets' buffers.
HttpRequest bigUpload(qsizetype bytes)
{
    HttpRequest request;
    request.method = "POST";
    request.target = "/build";
    request.stream = true;
    request.body = QByteArray(bytes, 'x');
    return request;
}

// Takes a request and its body in, not reading at all until `resumeAfterMs`, then answers once
// all of it is in, after `answerAfterMs` more (-1: never). `received` counts the body bytes.
void slowPeer(QLocalSocket *socket, int resumeAfterMs, int answerAfterMs, qsizetype *received)
{
    socket->setReadBufferSize(64 * 1024); // the rest waits in the kernel, pushing back
    auto *reading = new bool(false);
    QObject::connect(socket, &QObject::destroyed, socket, [reading] { delete reading; });
    auto *buffer = new QByteArray;
    QObject::connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
    const auto take = [socket, reading, buffer, received, answerAfterMs] {
        if (!*reading)
            return;
        buffer->append(socket->readAll());
        const qsizetype head = buffer->indexOf("\r\n\r\n");
        if (head < 0)
            return;
        const qsizetype at = buffer->indexOf("Content-Length: ");
        const qsizetype length =
            buffer->mid(at + 16, buffer->indexOf('\r', at) - at - 16).toLongLong();
        *received = buffer->size() - head - 4;
        if (*received < length || answerAfterMs < 0)
            return;
        *reading = false;
        QTimer::singleShot(answerAfterMs, socket, [socket] {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");
        });
    };
    QObject::connect(socket, &QLocalSocket::readyRead, socket, take);
    QTimer::singleShot(resumeAfterMs, socket, [reading, take] {
        *reading = true;
        take();
    });
}

} // namespace

// An upload that takes longer than the old fixed deadline (5 s until the answer's headers,
// counted from the connect) succeeds: the engine reads slowly, but bytes move.
void TestHttpReply::slowUploadIsNoTimeout()
{
    qsizetype received = 0;
    serve([&received](QLocalSocket *socket) { slowPeer(socket, 6000, 0, &received); });
    const HttpRequest request = bigUpload(16 * 1024 * 1024);
    auto *reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
    QSignalSpy progress(reply, &HttpReply::uploadProgress);
    QCOMPARE(waitForError(reply), TransportError::Kind::None);
    QCOMPARE(reply->statusCode(), 200);
    QCOMPARE(received, request.body.size());
    QVERIFY(progress.count() >= 2);
    const qint64 total = progress.last().at(1).toLongLong();
    QVERIFY(total > request.body.size());
    QCOMPARE(progress.last().at(0).toLongLong(), total);
    QVERIFY(progress.first().at(0).toLongLong() < total);
}

// An upload the peer stops taking fails once no byte has moved for the stall time.
void TestHttpReply::stalledUploadTimesOut()
{
    qsizetype received = 0;
    serve([&received](QLocalSocket *socket) { slowPeer(socket, 24 * 3600 * 1000, 0, &received); });
    HttpRequest request = bigUpload(16 * 1024 * 1024);
    request.stallMs = 300;
    auto *reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
    QCOMPARE(waitForError(reply), TransportError::Kind::Timeout);
    QCOMPARE(received, 0);
}

// After the upload, a stream's first byte may take as long as the request allows (a build's
// engine unpacking the context), here longer than the connect deadline; past it, a Timeout.
void TestHttpReply::slowFirstByteAfterUpload()
{
    qsizetype received = 0;
    serve([&received](QLocalSocket *socket) { slowPeer(socket, 0, 6000, &received); });
    HttpRequest request = bigUpload(4 * 1024 * 1024);
    request.firstByteMs = HttpRequest::SlowFirstByteMs;
    auto *reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
    QCOMPARE(waitForError(reply), TransportError::Kind::None);
    QCOMPARE(reply->readAll(), QByteArray("OK"));

    serve([&received](QLocalSocket *socket) { slowPeer(socket, 0, -1, &received); });
    request.firstByteMs = 300;
    reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
    QCOMPARE(waitForError(reply), TransportError::Kind::Timeout);
    QCOMPARE(received, request.body.size()); // it was all sent: the answer is what was late
}

// A body read from a file as the connection drains (a build's packed context): the engine gets
// the file's bytes, and a slow reader is no timeout.
void TestHttpReply::bodyFromFile()
{
    QByteArray content(6 * 1024 * 1024 + 123, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 7919) >> 3);
    const QString path = m_dir->filePath(QStringLiteral("body.tar"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();

    QByteArray got;
    serve([&got](QLocalSocket *socket) {
        socket->setReadBufferSize(64 * 1024);
        connect(socket, &QLocalSocket::readyRead, socket, [socket, &got] {
            got += socket->readAll();
            const qsizetype head = got.indexOf("\r\n\r\n");
            const qsizetype at = got.indexOf("Content-Length: ");
            if (head < 0 || at < 0)
                return;
            const qint64 length = got.mid(at + 16, got.indexOf('\r', at) - at - 16).toLongLong();
            if (got.size() - head - 4 == length) {
                got.remove(0, head + 4);
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");
            }
        });
    });
    HttpRequest request;
    request.method = "POST";
    request.target = "/build";
    request.stream = true;
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-tar")});
    request.bodyFile = path;
    request.bodyFileSize = content.size();
    auto *reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
    QSignalSpy progress(reply, &HttpReply::uploadProgress);
    QCOMPARE(waitForError(reply), TransportError::Kind::None);
    QCOMPARE(reply->readAll(), QByteArray("OK"));
    QCOMPARE(got.size(), content.size());
    QVERIFY(got == content);
    QVERIFY(progress.count() >= 2);
    QVERIFY(progress.last().at(1).toLongLong() > content.size());
    QCOMPARE(progress.last().at(0), progress.last().at(1));
}

// A body file that is gone, or shorter than announced, fails the exchange as bad input.
void TestHttpReply::unreadableBodyFile()
{
    const auto run = [this](const QString &path, qint64 size) {
        serve([](QLocalSocket *socket) {
            connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); });
        });
        HttpRequest request;
        request.method = "POST";
        request.target = "/build";
        request.stream = true;
        request.bodyFile = path;
        request.bodyFileSize = size;
        auto *reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
        const TransportError::Kind kind = waitForError(reply);
        m_server.reset();
        return std::pair{kind, reply->error().message};
    };
    const auto [missing, missingText] = run(m_dir->filePath(QStringLiteral("none.tar")), 10);
    QCOMPARE(missing, TransportError::Kind::BadInput);
    QVERIFY2(missingText.contains(QStringLiteral("none.tar")), qPrintable(missingText));
    QCOMPARE(EngineError(TransportError::make(missing, missingText)).kind,
             EngineError::Kind::BadInput);

    const QString path = m_dir->filePath(QStringLiteral("short.tar"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3 * 1024 * 1024, 'x'));
    file.close();
    const auto [shortKind, shortText] = run(path, 4 * 1024 * 1024);
    QCOMPARE(shortKind, TransportError::Kind::BadInput);
    QVERIFY2(shortText.contains(QStringLiteral("shorter")), qPrintable(shortText));
}

void TestHttpReply::peerClosesMidBody()
{
    serve([](QLocalSocket *socket) {
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
            socket->flush();
            socket->disconnectFromServer();
        });
    });
    HttpReply *reply = get();
    QCOMPARE(waitForError(reply), TransportError::Kind::Closed);
    QVERIFY(reply->error().message.contains(QStringLiteral("closed")));
}

void TestHttpReply::abortReportsAborted()
{
    serve([](QLocalSocket *) {});
    HttpReply *reply = get(10000, true);
    QSignalSpy finished(reply, &HttpReply::finished);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, TransportError::Kind::Aborted);
    reply->abort();
    QCOMPARE(finished.count(), 1);
}

void TestHttpReply::hugeContentLengthFailsAtOnce()
{
    serve([](QLocalSocket *socket) {
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\n\r\n[{\"Id\":");
        });
    });
    HttpReply *reply = get();
    QCOMPARE(waitForError(reply), TransportError::Kind::TooLarge);
    QVERIFY(reply->error().message.contains(QStringLiteral("64 MiB")));
    QVERIFY(EngineError(reply->error()).userText().contains(m_path));
    QVERIFY(reply->readAll().isEmpty());
}

void TestHttpReply::oversizedChunkedBodyFails()
{
    serve([](QLocalSocket *socket) {
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk = "400\r\n" + QByteArray(0x400, 'x') + "\r\n";
            for (int i = 0; i < 4; ++i)
                socket->write(chunk);
        });
    });
    HttpRequest request;
    request.target = "/containers/json";
    request.maxBodyBytes = 2048;
    auto *reply = new HttpReply(Endpoint::unixSocket(m_path), request, this);
    QCOMPARE(waitForError(reply), TransportError::Kind::TooLarge);
    QVERIFY(reply->readAll().isEmpty());
}

void TestHttpReply::serveRequests(std::function<QByteArray(int, int)> answer)
{
    serve([this, answer](QLocalSocket *socket) {
        const int connection = m_connections++;
        auto requests = std::make_shared<int>(0);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, socket, [=] {
            buffer->append(socket->readAll());
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                buffer->remove(0, end + 4);
                const QByteArray reply = answer(connection, (*requests)++);
                if (reply.isEmpty()) {
                    socket->disconnectFromServer();
                    return;
                }
                socket->write(reply);
                socket->flush();
            }
        });
    });
}

HttpReply *TestHttpReply::send(ConnectionPool *pool, const QByteArray &method, bool stream)
{
    HttpRequest request;
    request.method = method;
    request.target = "/containers/json";
    request.stream = stream;
    return new HttpReply(pool, Endpoint::unixSocket(m_path), request, this);
}

void TestHttpReply::poolReusesAConnection_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("connections");
    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]") << 1;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "2\r\n[]\r\n0\r\n\r\n")
                             << 1;
    QTest::newRow("no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 1;
    QTest::newRow("error status") << QByteArray(
                                         "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}")
                                  << 1;
    // Where the peer says it closes, or cannot say where the answer ends, nothing is reused.
    QTest::newRow("connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\n"
                      "Content-Length: 2\r\n\r\n[]")
        << 3;
    QTest::newRow("http/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n[]") << 3;
}

void TestHttpReply::poolReusesAConnection()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, connections);
    QByteArray requests;
    serveRequests([&](int, int) { return answer; });
    ConnectionPool pool(Endpoint::unixSocket(m_path));
    for (int i = 0; i < 3; ++i) {
        HttpReply *reply = send(&pool, "GET");
        QSignalSpy finished(reply, &HttpReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(!reply->error().isError(), qPrintable(EngineError(reply->error()).userText()));
        QCOMPARE(reply->reusedConnection(), i > 0 && connections == 1);
        delete reply;
    }
    QCOMPARE(pool.opened(), connections);
    QTRY_COMPARE(m_connections, connections);
    QCOMPARE(pool.idleCount(), connections == 1 ? 1 : 0);
}

void TestHttpReply::staleConnectionIsRetriedWhenIdempotent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("retried");
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << true;
    QTest::newRow("POST") << QByteArray("POST") << false;
}

void TestHttpReply::staleConnectionIsRetriedWhenIdempotent()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, retried);
    // The first connection answers once, then closes on the next request without a word, as an
    // engine does that dropped an idle connection just as the request went out.
    serveRequests([](int connection, int request) {
        if (connection == 0 && request > 0)
            return QByteArray();
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    });
    ConnectionPool pool(Endpoint::unixSocket(m_path));
    HttpReply *first = send(&pool, "GET");
    QSignalSpy firstDone(first, &HttpReply::finished);
    QVERIFY(firstDone.wait(5000));
    QCOMPARE(pool.idleCount(), 1);

    HttpReply *second = send(&pool, method);
    QVERIFY(second->reusedConnection());
    QSignalSpy secondDone(second, &HttpReply::finished);
    QVERIFY(secondDone.wait(5000));
    QCOMPARE(second->retried(), retried);
    if (retried) {
        QVERIFY2(!second->error().isError(), qPrintable(EngineError(second->error()).userText()));
        QCOMPARE(second->readAll(), QByteArray("ok"));
        QCOMPARE(pool.opened(), 2);
    } else {
        // Sending a POST twice could do its work twice: the caller hears that it failed.
        QVERIFY(second->error().isError());
        QCOMPARE(pool.opened(), 1);
    }
}

void TestHttpReply::idleConnectionClosedByPeerLeavesPool()
{
    QPointer<QLocalSocket> peer;
    serve([&peer](QLocalSocket *socket) {
        peer = socket;
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        });
    });
    ConnectionPool pool(Endpoint::unixSocket(m_path));
    HttpReply *reply = send(&pool, "GET");
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(pool.idleCount(), 1);
    peer->disconnectFromServer();
    QTRY_COMPARE(pool.idleCount(), 0);
    // The next call does not find a dead connection: it opens a new one.
    HttpReply *next = send(&pool, "POST");
    QVERIFY(!next->reusedConnection());
    QSignalSpy nextDone(next, &HttpReply::finished);
    QVERIFY(nextDone.wait(5000));
    QVERIFY(!next->error().isError());
    QCOMPARE(pool.opened(), 2);
}

void TestHttpReply::idleConnectionExpires()
{
    serveRequests(
        [](int, int) { return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); });
    ConnectionPool pool(Endpoint::unixSocket(m_path));
    pool.setIdleTimeoutMs(200);
    HttpReply *reply = send(&pool, "GET");
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(pool.idleCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pool.idleCount(), 0, 3000);
}

void TestHttpReply::streamsNeverBorrow()
{
    serveRequests(
        [](int, int) { return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); });
    ConnectionPool pool(Endpoint::unixSocket(m_path));
    HttpReply *reply = send(&pool, "GET");
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(pool.idleCount(), 1);
    // A stream gets a connection of its own and does not give it back.
    HttpReply *stream = send(&pool, "GET", true);
    QVERIFY(!stream->reusedConnection());
    QSignalSpy streamDone(stream, &HttpReply::finished);
    QVERIFY(streamDone.wait(5000));
    QCOMPARE(pool.idleCount(), 1);
    QCOMPARE(m_connections, 2);
}

QTEST_GUILESS_MAIN(TestHttpReply)
#include "tst_httpreply.moc"
