#include "core/transport/connectionpool.h"

#include "core/engine/engineerror.h"
#include "core/transport/httpreply.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The pool's limits against a local peer that holds answers until told: how many connections
// are open at once, in which order calls go, that waiting costs a call none of its deadline,
// that streams cannot starve calls, and that the health probe never waits behind calls.
class TestConnectionPool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void limitIsHeld();
    void firstComeFirstServed();
    void queueWaitIsNotPartOfTheDeadline();
    void streamsLeaveRoomForCalls();
    void probeJumpsTheLine();
    void abortedWhileWaitingLeavesTheLine();
    void defaultLimits();

private:
    // Answers every request at once, except targets starting with /hold (answered by
    // releaseHeld()) and /stream (headers, then nothing more, until the peer is closed).
    void startPeer();
    void releaseHeld();
    HttpReply *send(const QByteArray &target, int timeoutMs = 5000, bool stream = false,
                    bool probe = false);
    static bool finishedOk(HttpReply *reply, int timeoutMs = 10000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QLocalServer> m_server;
    std::unique_ptr<ConnectionPool> m_pool;
    QString m_path;
    QList<QPair<QPointer<QLocalSocket>, int>> m_held; // socket, answers owed
    QList<QByteArray> m_targets;                      // in the order they arrived
    int m_open = 0;
    int m_peakOpen = 0;
};

void TestConnectionPool::init()
{
    m_pool.reset();
    m_server.reset();
    m_held.clear();
    m_targets.clear();
    m_open = 0;
    m_peakOpen = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("engine.sock"));
    startPeer();
    m_pool = std::make_unique<ConnectionPool>(Endpoint::unixSocket(m_path));
}

void TestConnectionPool::startPeer()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setMaxPendingConnections(1000);
    QVERIFY(m_server->listen(m_path));
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            m_peakOpen = qMax(m_peakOpen, ++m_open);
            connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
                --m_open;
                socket->deleteLater();
            });
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                qsizetype end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    const QByteArray target = head.split(' ').value(1);
                    m_targets.append(target);
                    if (target.startsWith("/stream")) {
                        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                    } else if (target.startsWith("/hold")) {
                        m_held.append({socket, 1});
                    } else {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                    }
                }
            });
        }
    });
}

void TestConnectionPool::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &h : held) {
        if (h.first)
            h.first->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }
}

HttpReply *TestConnectionPool::send(const QByteArray &target, int timeoutMs, bool stream,
                                    bool probe)
{
    HttpRequest request;
    request.target = target;
    request.timeoutMs = timeoutMs;
    request.stream = stream;
    request.probe = probe;
    return new HttpReply(m_pool.get(), Endpoint::unixSocket(m_path), request, this);
}

bool TestConnectionPool::finishedOk(HttpReply *reply, int timeoutMs)
{
    if (!reply->isFinished() && !QSignalSpy(reply, &HttpReply::finished).wait(timeoutMs))
        return false;
    return !reply->error().isError() && reply->statusCode() == 200;
}

void TestConnectionPool::limitIsHeld()
{
    m_pool->setLimits({3, 2, 5});
    QList<HttpReply *> replies;
    for (int i = 0; i < 10; ++i)
        replies.append(send("/hold/" + QByteArray::number(i)));
    QTRY_COMPARE(m_held.size(), 3);
    QCOMPARE(m_pool->inUse(ConnectionPool::Lane::Call), 3);
    QCOMPARE(m_pool->waiting(), 7);
    // Nothing more gets through while the three are held.
    QTest::qWait(200);
    QCOMPARE(m_targets.size(), 3);
    while (!m_held.isEmpty() || m_targets.size() < 10) {
        releaseHeld();
        QVERIFY(QTest::qWaitFor([&] { return !m_held.isEmpty() || m_targets.size() == 10; }));
    }
    releaseHeld();
    for (HttpReply *reply : std::as_const(replies))
        QVERIFY2(finishedOk(reply), qPrintable(EngineError(reply->error()).userText()));
    QVERIFY(m_peakOpen <= 3);
    QCOMPARE(m_pool->peakOpen(), 3);
    // The three connections were reused by the seven that waited.
    QCOMPARE(m_pool->opened(), 3);
    QCOMPARE(m_pool->waiting(), 0);
    QCOMPARE(m_pool->inUse(ConnectionPool::Lane::Call), 0);
}

void TestConnectionPool::firstComeFirstServed()
{
    m_pool->setLimits({1, 1, 2});
    HttpReply *first = send("/hold/first");
    QList<HttpReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(send("/call/" + QByteArray::number(i)));
    QTRY_COMPARE(m_held.size(), 1);
    releaseHeld();
    QVERIFY(finishedOk(first));
    for (HttpReply *reply : std::as_const(replies))
        QVERIFY(finishedOk(reply));
    QCOMPARE(m_targets, (QList<QByteArray>{"/hold/first", "/call/0", "/call/1", "/call/2",
                                           "/call/3", "/call/4", "/call/5"}));
}

void TestConnectionPool::queueWaitIsNotPartOfTheDeadline()
{
    m_pool->setLimits({1, 1, 2});
    HttpReply *slow = send("/hold/slow");
    // Its answer deadline is a fifth of the time it waits in line.
    HttpReply *patient = send("/call/patient", 300);
    QTRY_COMPARE(m_held.size(), 1);
    QElapsedTimer waited;
    waited.start();
    QVERIFY(QTest::qWaitFor([&] { return waited.elapsed() >= 1500; }, 5000));
    QVERIFY(!patient->isFinished());
    releaseHeld();
    QVERIFY(finishedOk(slow));
    QVERIFY2(finishedOk(patient), qPrintable(EngineError(patient->error()).userText()));
    QVERIFY(patient->reusedConnection());
}

void TestConnectionPool::streamsLeaveRoomForCalls()
{
    // Three places, of which streams may hold two: a call always has one.
    m_pool->setLimits({3, 2, 3});
    QList<HttpReply *> streams;
    for (int i = 0; i < 4; ++i)
        streams.append(send("/stream/" + QByteArray::number(i), 5000, true));
    QTRY_COMPARE(m_targets.size(), 2);
    QCOMPARE(m_pool->inUse(ConnectionPool::Lane::Stream), 2);
    QCOMPARE(m_pool->waiting(), 2);
    // Calls get through beside the open streams, one after the other.
    for (int i = 0; i < 3; ++i) {
        HttpReply *call = send("/call/" + QByteArray::number(i));
        QVERIFY2(finishedOk(call), qPrintable(EngineError(call->error()).userText()));
    }
    QCOMPARE(m_pool->waiting(), 2);
    // A stream that ends makes room for the next stream in line, not before.
    QVERIFY(!streams.at(2)->headersReceived());
    streams.at(0)->abort();
    QTRY_VERIFY(streams.at(2)->headersReceived());
    QCOMPARE(m_pool->waiting(), 1);
    QVERIFY(!streams.at(3)->headersReceived());
    QVERIFY(m_pool->peakOpen() <= 3);
    qDeleteAll(streams);
    QCOMPARE(m_pool->inUse(ConnectionPool::Lane::Stream), 0);
    QCOMPARE(m_pool->waiting(), 0);
}

void TestConnectionPool::probeJumpsTheLine()
{
    m_pool->setLimits({2, 1, 2});
    QList<HttpReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies.append(send("/hold/" + QByteArray::number(i)));
    QTRY_COMPARE(m_held.size(), 2);
    HttpReply *probe = send("/_ping", 2000, false, true);
    QVERIFY2(finishedOk(probe, 5000), qPrintable(EngineError(probe->error()).userText()));
    QCOMPARE(m_pool->waiting(), 18);
    while (m_targets.size() < 21 || !m_held.isEmpty()) {
        releaseHeld();
        QVERIFY(QTest::qWaitFor([&] { return !m_held.isEmpty() || m_targets.size() == 21; }));
    }
    for (HttpReply *reply : std::as_const(replies))
        QVERIFY(finishedOk(reply));
    // Two calls and the probe's own place.
    QVERIFY(m_pool->peakOpen() <= 3);
}

void TestConnectionPool::abortedWhileWaitingLeavesTheLine()
{
    m_pool->setLimits({1, 1, 2});
    HttpReply *first = send("/hold/first");
    HttpReply *gone = send("/call/gone");
    HttpReply *aborted = send("/call/aborted");
    HttpReply *last = send("/call/last");
    QCOMPARE(m_pool->waiting(), 3);
    delete gone;
    aborted->abort();
    QCOMPARE(aborted->error().kind, TransportError::Kind::Aborted);
    QCOMPARE(m_pool->waiting(), 1);
    QTRY_COMPARE(m_held.size(), 1);
    releaseHeld();
    QVERIFY(finishedOk(first));
    QVERIFY(finishedOk(last));
    QCOMPARE(m_targets, (QList<QByteArray>{"/hold/first", "/call/last"}));
}

void TestConnectionPool::defaultLimits()
{
    const auto local = ConnectionPool::defaultLimits(Endpoint::unixSocket(QStringLiteral("/s")));
    QCOMPARE(local.calls, 16);
    // Over SSH's stdio bridge every connection is a session: fewer than sshd's MaxSessions
    // (10) with the probe's, and streams never take the calls' last two.
    const auto ssh =
        ConnectionPool::defaultLimits(Endpoint::fromUrl(QStringLiteral("ssh://u@h:2222")));
    QVERIFY(ssh.total + 1 <= 10);
    QVERIFY(ssh.streams <= ssh.total - 2);
    QVERIFY(ssh.calls <= ssh.total);
}

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"
