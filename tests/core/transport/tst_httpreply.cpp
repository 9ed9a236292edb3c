#include "core/transport/httpreply.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    void peerClosesMidBody();
    void abortReportsAborted();
    void hugeContentLengthFailsAtOnce();
    void oversizedChunkedBodyFails();

private:
    // Accepts one connection and hands it to `onConnection`.
    void serve(std::function<void(QLocalSocket *)> onConnection);
    HttpReply *get(int timeoutMs = 5000, bool stream = false);
    static EngineError::Kind waitForError(HttpReply *reply);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QLocalServer> m_server;
    QString m_path;
};

void TestHttpReply::init()
{
    m_server.reset();
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

EngineError::Kind TestHttpReply::waitForError(HttpReply *reply)
{
    QSignalSpy finished(reply, &HttpReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        return EngineError::Kind::None;
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
    QCOMPARE(waitForError(reply), EngineError::Kind::Closed);
}

void TestHttpReply::missingSocket()
{
    HttpReply *reply = get();
    QCOMPARE(waitForError(reply), EngineError::Kind::NoSocket);
    QVERIFY(reply->error().userText().contains(m_path));
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
    QCOMPARE(waitForError(reply), EngineError::Kind::Refused);
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
    QCOMPARE(waitForError(reply), EngineError::Kind::Protocol);
    QVERIFY(!reply->error().userText().isEmpty());
}

void TestHttpReply::silentPeerTimesOut()
{
    serve([](QLocalSocket *) {});
    HttpReply *reply = get(300);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(waitForError(reply), EngineError::Kind::Timeout);
    // The connect phase gets its own few seconds; the overall limit is what ends it here.
    QVERIFY(timer.elapsed() < 10000);
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
    QCOMPARE(waitForError(reply), EngineError::Kind::Closed);
    QVERIFY(reply->error().message.contains(QStringLiteral("closed")));
}

void TestHttpReply::abortReportsAborted()
{
    serve([](QLocalSocket *) {});
    HttpReply *reply = get(10000, true);
    QSignalSpy finished(reply, &HttpReply::finished);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, EngineError::Kind::Aborted);
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
    QCOMPARE(waitForError(reply), EngineError::Kind::TooLarge);
    QVERIFY(reply->error().message.contains(QStringLiteral("64 MiB")));
    QVERIFY(reply->error().userText().contains(m_path));
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
    QCOMPARE(waitForError(reply), EngineError::Kind::TooLarge);
    QVERIFY(reply->readAll().isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpReply)
#include "tst_httpreply.moc"
