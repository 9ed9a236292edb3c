#include "core/docker/dockerengine.h"
#include "core/engine/engineerror.h"
#include "core/engine/eventstream.h"
#include "core/transport/httprequest.h"
#include "faultreport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

// Fake engines that answer /_ping like Docker, then misbehave on one endpoint: bodies too large
// to hold, chunks without end, one byte a second, floods of headers, JSON nested a million deep,
// an endpoint that never answers. What the user must see each time: the call ends with a clear
// error (too large, timed out, not understood) within a bound, memory stays bounded, the node
// stays usable (other calls answer) and nothing crashes.
namespace {

constexpr qint64 MiB = 1024 * 1024;
// What a hostile answer may cost: the largest body a short call holds (64 MiB) and the
// buffers around it, with room for a busy machine, never the gigabyte announced.
constexpr qint64 MemoryBoundBytes = 160 * MiB;

// Resident memory in bytes (a /proc/self/status field: VmRSS, or VmHWM for the peak).
qint64 statusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// The peak resident memory since the last reset (writing 5 to clear_refs resets VmHWM), or,
// where that is not allowed, the highest VmRSS sampled every 20 ms.
class PeakMemory final
{
public:
    PeakMemory()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        m_hwmReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        m_base = statusBytes("VmRSS");
        m_peak = m_base;
        QObject::connect(&m_sampler, &QTimer::timeout, &m_sampler,
                         [this] { m_peak = qMax(m_peak, statusBytes("VmRSS")); });
        m_sampler.start(20);
    }
    // How far resident memory rose above where it was at the start.
    qint64 growth() const
    {
        const qint64 peak = qMax(m_peak, m_hwmReset ? statusBytes("VmHWM") : statusBytes("VmRSS"));
        return qMax<qint64>(0, peak - m_base);
    }

private:
    QTimer m_sampler;
    bool m_hwmReset = false;
    qint64 m_base = 0;
    qint64 m_peak = 0;
};

// Runs the event loop until `done` or `timeoutMs`. Unlike QTest::qWaitFor, which sleeps 10 ms
// between rounds, it never sleeps while bytes are waiting, so what is measured is the app's own
// pace (the fake engine runs in the same thread).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start(5);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

QString mib(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / double(MiB), 0, 'f', 1);
}

const QByteArray VersionJson =
    R"({"Platform":{"Name":"Docker Engine - Community"},"Version":"20.10.24","ApiVersion":"1.41",)"
    R"("MinAPIVersion":"1.12","Os":"linux","Arch":"amd64","KernelVersion":"6.1.0",)"
    R"("Components":[{"Name":"Engine","Version":"20.10.24"}]})";

// One unix socket that answers like Docker. Every request whose path contains `hostilePath`
// goes to `hostile`, which owns that connection from then on (unless it returns false: it gave
// a whole answer, and the connection may carry the next request); the rest get sane answers.
class FakeEngine final : public QObject
{
public:
    using Hostile = std::function<bool(QLocalSocket *)>;

    FakeEngine(const QString &path, const QByteArray &hostilePath, Hostile hostile)
        : m_hostilePath(hostilePath)
        , m_hostile(std::move(hostile))
    {
        QLocalServer::removeServer(path);
        m_listening = m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool isListening() const { return m_listening; }
    // How many requests went to the hostile endpoint, and how many were answered sanely.
    int hostileRequests() const { return m_hostileRequests; }
    int saneRequests() const { return m_saneRequests; }

private:
    void serve(QLocalSocket *socket)
    {
        if (socket->property("hostile").toBool()) {
            socket->readAll(); // what a hostile engine does with the rest is its own business
            return;
        }
        QByteArray &pending = m_pending[socket];
        pending.append(socket->readAll());
        for (qsizetype end = pending.indexOf("\r\n\r\n"); end >= 0;
             end = pending.indexOf("\r\n\r\n")) {
            const QByteArray head = pending.left(end);
            pending.remove(0, end + 4);
            const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
            const QByteArray target = words.value(1);
            if (!m_hostilePath.isEmpty() && target.contains(m_hostilePath)) {
                ++m_hostileRequests;
                if (m_hostile(socket)) {
                    m_pending.remove(socket);
                    socket->setProperty("hostile", true);
                    return;
                }
                continue;
            }
            ++m_saneRequests;
            answer(socket, target);
        }
    }

    static void answer(QLocalSocket *socket, const QByteArray &target)
    {
        QByteArray body = "OK";
        QByteArray type = "text/plain; charset=utf-8";
        if (target.endsWith("/version")) {
            body = VersionJson;
            type = "application/json";
        } else if (!target.startsWith("/_ping")) {
            body = R"({"message":"page not found"})";
            type = "application/json";
        }
        const int status = target.startsWith("/_ping") || target.endsWith("/version") ? 200 : 404;
        socket->write(
            "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found") +
            "\r\nApi-Version: 1.41\r\nServer: Docker/20.10.24 (linux)\r\nOstype: "
            "linux\r\nContent-Type: " +
            type + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QLocalServer m_server;
    bool m_listening = false;
    QByteArray m_hostilePath;
    Hostile m_hostile;
    QHash<QLocalSocket *, QByteArray> m_pending;
    int m_hostileRequests = 0;
    int m_saneRequests = 0;
};

// Writes what `next` makes whenever the socket has taken what it had (at most `high` bytes
// waiting), until `next` returns nothing or the peer goes: a fast peer without holding a
// gigabyte in the test's own memory.
void pump(QLocalSocket *socket, std::function<QByteArray()> next, qint64 high = 2 * MiB)
{
    auto fill = [socket, next = std::move(next), high] {
        while (socket->state() == QLocalSocket::ConnectedState && socket->bytesToWrite() < high) {
            const QByteArray piece = next();
            if (piece.isEmpty())
                return;
            socket->write(piece);
        }
    };
    QObject::connect(socket, &QLocalSocket::bytesWritten, socket, fill);
    fill();
}

// Writes `piece` every `intervalMs` until the peer goes.
void drip(QLocalSocket *socket, std::function<QByteArray()> next, int intervalMs)
{
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, next = std::move(next)] {
        if (socket->state() != QLocalSocket::ConnectedState)
            return;
        const QByteArray piece = next();
        if (!piece.isEmpty())
            socket->write(piece);
    });
    timer->start(intervalMs);
}

const QByteArray OkHead = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nServer: Docker/20.10.24 "
                          "(linux)\r\nContent-Type: application/json\r\n";

} // namespace

class TestFaultHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hugeAnnouncedBody();
    void hugeChunkedBody();
    void endlessChunks();
    void slowLoris();
    void headerFlood();
    void headerLineFlood();
    void deepJson();
    void endlessEventValue();
    void deepEventValue();
    void partialHang();

private:
    // Starts the fake engine and a DockerEngine that has identified it.
    bool start(const QByteArray &hostilePath, FakeEngine::Hostile hostile);
    // The container list (the call the window makes most): its error, and how long it took.
    EngineError listContainers(qint64 *elapsedMs, int waitMs);
    EngineError inspectContainer(qint64 *elapsedMs, int waitMs);
    // Follows the engine's events until the stream ends: why, and how long it took.
    EngineError followEvents(qint64 *elapsedMs, int waitMs);
    // The node still answers: a ping and the version, each well within a few seconds.
    void checkStillUsable(const QString &scenario);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
};

void TestFaultHostile::init()
{
    m_engine.reset();
    m_fake.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestFaultHostile::start(const QByteArray &hostilePath, FakeEngine::Hostile hostile)
{
    const QString path = m_dir->filePath(QStringLiteral("engine.sock"));
    m_fake = std::make_unique<FakeEngine>(path, hostilePath, std::move(hostile));
    if (!m_fake->isListening())
        return false;
    m_engine = std::make_unique<DockerEngine>(Endpoint::unixSocket(path));
    std::optional<EngineResult<EngineInfo>> info;
    m_engine->identify(this, [&info](const EngineResult<EngineInfo> &r) { info = r; });
    if (!waitUntil([&info] { return info.has_value(); }, 10000) || !info->ok()) {
        qWarning() << "the fake engine was not identified:"
                   << (info ? info->error.userText() : QStringLiteral("no answer"));
        return false;
    }
    return info->value.kind == EngineInfo::Kind::Docker;
}

EngineError TestFaultHostile::listContainers(qint64 *elapsedMs, int waitMs)
{
    std::optional<EngineResult<QList<ContainerSummary>>> result;
    QElapsedTimer clock;
    clock.start();
    m_engine->listContainers(
        {}, this, [&result](const EngineResult<QList<ContainerSummary>> &r) { result = r; });
    if (!waitUntil([&result] { return result.has_value(); }, waitMs))
        return EngineError::make(EngineError::Kind::Aborted, QStringLiteral("no answer at all"));
    *elapsedMs = clock.elapsed();
    if (result->ok())
        return {};
    return result->error;
}

EngineError TestFaultHostile::inspectContainer(qint64 *elapsedMs, int waitMs)
{
    std::optional<EngineResult<ContainerDetails>> result;
    QElapsedTimer clock;
    clock.start();
    m_engine->inspectContainer(QStringLiteral("victim"), this,
                               [&result](const EngineResult<ContainerDetails> &r) { result = r; });
    if (!waitUntil([&result] { return result.has_value(); }, waitMs))
        return EngineError::make(EngineError::Kind::Aborted, QStringLiteral("no answer at all"));
    *elapsedMs = clock.elapsed();
    if (result->ok())
        return {};
    return result->error;
}

EngineError TestFaultHostile::followEvents(qint64 *elapsedMs, int waitMs)
{
    std::optional<EngineError> ended;
    QElapsedTimer clock;
    clock.start();
    EventStream *stream = m_engine->watchEvents(EventFilter{}, this);
    connect(stream, &EventStream::ended, this, [&ended](const EngineError &e) { ended = e; });
    const bool done = waitUntil([&ended] { return ended.has_value(); }, waitMs);
    *elapsedMs = clock.elapsed();
    delete stream;
    if (!done)
        return EngineError::make(EngineError::Kind::Aborted, QStringLiteral("no end at all"));
    return *ended;
}

void TestFaultHostile::checkStillUsable(const QString &scenario)
{
    constexpr qint64 BoundMs = 5000;
    QElapsedTimer clock;
    clock.start();
    std::optional<EngineError> pinged;
    m_engine->ping(this, [&pinged](const EngineError &e) { pinged = e; });
    QVERIFY(waitUntil([&pinged] { return pinged.has_value(); }, 3 * BoundMs));
    QVERIFY2(!pinged->isError(), qPrintable(pinged->userText()));
    std::optional<EngineResult<EngineInfo>> info;
    m_engine->identify(this, [&info](const EngineResult<EngineInfo> &r) { info = r; });
    QVERIFY(waitUntil([&info] { return info.has_value(); }, 3 * BoundMs));
    QVERIFY2(info->ok(), qPrintable(info->error.userText()));
    QCOMPARE(info->value.version, QStringLiteral("20.10.24"));
    const qint64 elapsed = clock.elapsed();
    FaultReport::record(scenario + QStringLiteral(", afterwards"),
                        QStringLiteral("the node answers other calls again (ping, version)"),
                        BoundMs, elapsed);
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
}

// Content-Length: 1 GiB, and the bytes to go with it, for the container list.
void TestFaultHostile::hugeAnnouncedBody()
{
    const QString scenario =
        QStringLiteral("hostile engine: 1 GiB announced for the container list");
    QVERIFY(start("/containers/json", [](QLocalSocket *socket) {
        socket->write(OkHead + "Content-Length: 1073741824\r\n\r\n[");
        const QByteArray filler(1 * MiB, ' ');
        pump(socket, [filler] { return filler; });
        return true;
    }));
    PeakMemory memory;
    constexpr qint64 BoundMs = 5000;
    qint64 elapsed = 0;
    const EngineError error = listContainers(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::TooLarge);
    QVERIFY(!error.userText().isEmpty());
    FaultReport::record(scenario,
                        QStringLiteral("the list fails at once: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// A chunked body that goes on to a gigabyte, as fast as the socket takes it: no size announced,
// so the limit must hold as the bytes arrive.
void TestFaultHostile::hugeChunkedBody()
{
    const QString scenario =
        QStringLiteral("hostile engine: a 1 GiB chunked body for the container list");
    QVERIFY(start("/containers/json", [](QLocalSocket *socket) {
        socket->write(OkHead + "Transfer-Encoding: chunked\r\n\r\n1\r\n[\r\n");
        const QByteArray chunk = "100000\r\n" + QByteArray(1 * MiB, ' ') + "\r\n";
        auto sent = std::make_shared<int>(0);
        pump(socket, [chunk, sent] { return ++*sent > 1024 ? QByteArray() : chunk; });
        return true;
    }));
    PeakMemory memory;
    constexpr qint64 BoundMs = 15000;
    qint64 elapsed = 0;
    const EngineError error = listContainers(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::TooLarge);
    FaultReport::record(scenario,
                        QStringLiteral("the list fails after 64 MiB: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// A short call answered with a chunked stream that never ends: 4 KiB every 10 ms.
void TestFaultHostile::endlessChunks()
{
    const QString scenario =
        QStringLiteral("hostile engine: endless chunks for a container's inspection");
    QVERIFY(start("/containers/victim/json", [](QLocalSocket *socket) {
        socket->write(OkHead + "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n");
        const QByteArray chunk = "1000\r\n" + QByteArray(4096, ' ') + "\r\n";
        drip(
            socket, [chunk] { return chunk; }, 10);
        return true;
    }));
    PeakMemory memory;
    // A short call's answer must be complete within its time limit (30 s for an inspection).
    constexpr qint64 BoundMs = 55000;
    qint64 elapsed = 0;
    const EngineError error = inspectContainer(&elapsed, 2 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Timeout);
    FaultReport::record(scenario,
                        QStringLiteral("the inspection fails: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// The answer's head, one byte a second.
void TestFaultHostile::slowLoris()
{
    const QString scenario =
        QStringLiteral("hostile engine: one byte a second for a container's inspection");
    QVERIFY(start("/containers/victim/json", [](QLocalSocket *socket) {
        const QByteArray all = OkHead + "X-Padding: " + QByteArray(4096, 'a') + "\r\n\r\n{}";
        auto at = std::make_shared<qsizetype>(0);
        drip(
            socket, [all, at] { return *at < all.size() ? all.mid((*at)++, 1) : QByteArray(); },
            1000);
        return true;
    }));
    constexpr qint64 BoundMs = 55000;
    qint64 elapsed = 0;
    const EngineError error = inspectContainer(&elapsed, 2 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Timeout);
    FaultReport::record(scenario,
                        QStringLiteral("the inspection fails: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    checkStillUsable(scenario);
}

// 100 000 headers.
void TestFaultHostile::headerFlood()
{
    const QString scenario =
        QStringLiteral("hostile engine: 100000 headers for the container list");
    QVERIFY(start("/containers/json", [](QLocalSocket *socket) {
        socket->write(OkHead);
        auto n = std::make_shared<int>(0);
        pump(socket, [n] {
            if (*n >= 100000)
                return QByteArray();
            QByteArray lines;
            for (int i = 0; i < 1000; ++i, ++*n)
                lines += "X-Flood-" + QByteArray::number(*n) + ": flood\r\n";
            return lines;
        });
        return true;
    }));
    PeakMemory memory;
    constexpr qint64 BoundMs = 5000;
    qint64 elapsed = 0;
    const EngineError error = listContainers(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Protocol);
    FaultReport::record(scenario,
                        QStringLiteral("the list fails at once: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// One header line of 10 MiB.
void TestFaultHostile::headerLineFlood()
{
    const QString scenario =
        QStringLiteral("hostile engine: a 10 MiB header line for the container list");
    QVERIFY(start("/containers/json", [](QLocalSocket *socket) {
        socket->write(OkHead + "X-Flood: ");
        auto sent = std::make_shared<int>(0);
        const QByteArray piece(64 * 1024, 'a');
        pump(socket, [piece, sent] { return ++*sent > 160 ? QByteArray() : piece; });
        return true;
    }));
    PeakMemory memory;
    constexpr qint64 BoundMs = 5000;
    qint64 elapsed = 0;
    const EngineError error = listContainers(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Protocol);
    FaultReport::record(scenario,
                        QStringLiteral("the list fails at once: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// A container list of a million nested arrays.
void TestFaultHostile::deepJson()
{
    const QString scenario =
        QStringLiteral("hostile engine: JSON nested a million deep for the container list");
    constexpr int Depth = 1000000;
    QVERIFY(start("/containers/json", [](QLocalSocket *socket) {
        const QByteArray body = QByteArray(Depth, '[') + QByteArray(Depth, ']');
        socket->write(OkHead + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                      body);
        return false; // a whole answer: the connection goes on serving
    }));
    PeakMemory memory;
    constexpr qint64 BoundMs = 5000;
    qint64 elapsed = 0;
    const EngineError error = listContainers(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Protocol);
    FaultReport::record(scenario,
                        QStringLiteral("the list fails at once: \"%1\"").arg(error.userText()),
                        BoundMs, elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// An event stream whose one value never ends: endless bytes inside a string.
void TestFaultHostile::endlessEventValue()
{
    const QString scenario = QStringLiteral("hostile engine: an event that never ends");
    QVERIFY(start("/events", [](QLocalSocket *socket) {
        socket->write(OkHead + "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray opening = R"({"status":"start","id":")";
        socket->write(QByteArray::number(opening.size(), 16) + "\r\n" + opening + "\r\n");
        const QByteArray chunk = "100000\r\n" + QByteArray(1 * MiB, 'a') + "\r\n";
        auto sent = std::make_shared<int>(0);
        pump(socket, [chunk, sent] { return ++*sent > 1024 ? QByteArray() : chunk; });
        return true;
    }));
    PeakMemory memory;
    constexpr qint64 BoundMs = 15000;
    qint64 elapsed = 0;
    const EngineError error = followEvents(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Protocol);
    FaultReport::record(
        scenario,
        QStringLiteral("the event stream ends after 16 MiB: \"%1\"").arg(error.userText()), BoundMs,
        elapsed);
    FaultReport::recordValue(scenario, QStringLiteral("memory stays bounded (VmRSS growth)"),
                             mib(MemoryBoundBytes), mib(memory.growth()));
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(memory.growth() < MemoryBoundBytes, qPrintable(mib(memory.growth())));
    checkStillUsable(scenario);
}

// An event nested a million deep.
void TestFaultHostile::deepEventValue()
{
    const QString scenario = QStringLiteral("hostile engine: an event nested a million deep");
    constexpr int Depth = 1000000;
    QVERIFY(start("/events", [](QLocalSocket *socket) {
        const QByteArray value = QByteArray(Depth, '[') + QByteArray(Depth, ']');
        socket->write(OkHead + "Transfer-Encoding: chunked\r\n\r\n" +
                      QByteArray::number(value.size(), 16) + "\r\n" + value + "\r\n");
        return true;
    }));
    constexpr qint64 BoundMs = 5000;
    qint64 elapsed = 0;
    const EngineError error = followEvents(&elapsed, 3 * BoundMs);
    QCOMPARE(error.kind, EngineError::Kind::Protocol);
    FaultReport::record(
        scenario, QStringLiteral("the event stream ends at once: \"%1\"").arg(error.userText()),
        BoundMs, elapsed);
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    checkStillUsable(scenario);
}

// /containers/json never answers while /_ping does: other calls go on meanwhile, and the list
// ends with a time-out.
void TestFaultHostile::partialHang()
{
    const QString scenario =
        QStringLiteral("partial hang: the container list never answers, /_ping does");
    QVERIFY(start("/containers/json", [](QLocalSocket *) { return true; }));
    std::optional<EngineResult<QList<ContainerSummary>>> result;
    QElapsedTimer clock;
    clock.start();
    m_engine->listContainers(
        {}, this, [&result](const EngineResult<QList<ContainerSummary>> &r) { result = r; });
    QVERIFY(waitUntil([this] { return m_fake->hostileRequests() == 1; }, 5000));
    // While the list hangs, the node answers other calls.
    checkStillUsable(scenario + QStringLiteral(" (while the list hangs)"));
    QVERIFY(!result.has_value());
    // The list's own time limit is 60 s.
    constexpr qint64 BoundMs = 110000;
    QVERIFY(waitUntil([&result] { return result.has_value(); }, 2 * BoundMs));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!result->ok());
    QCOMPARE(result->error.kind, EngineError::Kind::Timeout);
    FaultReport::record(scenario,
                        QStringLiteral("the list fails: \"%1\"").arg(result->error.userText()),
                        BoundMs, elapsed);
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    checkStillUsable(scenario);
}

QTEST_GUILESS_MAIN(TestFaultHostile)
#include "tst_fault_hostile.moc"
