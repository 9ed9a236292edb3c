// containerd going away under a node, on a containerd of the test's own: killed (SIGKILL) and
// started again on the same folders, stopped (SIGSTOP) and continued, and killed while a call
// and an event stream are out. What the user sees, and within how long.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/services/nodeserviceimpl.h"

#include "faultreport.h"
#include "testengines.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

namespace {

// The same bounds as the Docker and Podman engines meet (tst_fault_hang, tst_fault_streams).
constexpr int DegradedBoundMs = 5000;
constexpr int OfflineBoundMs = 10000;
constexpr int RecoveredBoundMs = 2000;
// Started again: containerd loads its containers and reconnects to the shims before it answers;
// the node is back once it answers (the socket watcher retries at once).
constexpr int RestartedBoundMs = 5000;
constexpr int CallEndsBoundMs = 5000;

using Owned = std::unique_ptr<QProcess, void (*)(QProcess *)>;

// When the node first showed each state since start().
class StateClock
{
public:
    explicit StateClock(NodeService *node)
    {
        QObject::connect(node, &NodeService::stateChanged, &m_context,
                         [this](NodeService::State state) {
                             if (m_clock.isValid() && !m_firstAt.contains(int(state)))
                                 m_firstAt.insert(int(state), m_clock.elapsed());
                         });
    }
    void start()
    {
        m_firstAt.clear();
        m_clock.start();
    }
    qint64 waitFor(NodeService::State state, int boundMs)
    {
        const int left = int(qMax<qint64>(0, boundMs - m_clock.elapsed()));
        if (!QTest::qWaitFor([&] { return m_firstAt.contains(int(state)); }, left))
            return -1;
        return m_firstAt.value(int(state), -1);
    }

private:
    QObject m_context;
    QElapsedTimer m_clock;
    QHash<int, qint64> m_firstAt;
};

QString endpointUrl(const QString &dir)
{
    return QStringLiteral("containerd://%1/containerd.sock?namespace=%2")
        .arg(dir, TestEngines::containerdNamespace());
}

std::optional<ContainerSummary> find(const QList<ContainerSummary> &list, const QString &id)
{
    for (const ContainerSummary &c : list) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

// A unix socket in front of containerd's that notes how every connection made to it begins, and
// that can turn everyone away (each new connection closed once it has said its first bytes, the
// open ones closed), as an engine that is there and not answering would.
class SocketRelay
{
public:
    SocketRelay(const QString &path, const QString &upstream)
        : m_upstream(upstream)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    bool isListening() const { return m_server.isListening(); }
    void setTurningAway(bool away)
    {
        m_away = away;
        if (away) {
            for (QLocalSocket *client :
                 m_server.findChildren<QLocalSocket *>(QString(), Qt::FindDirectChildrenOnly))
                client->abort();
        }
    }
    // The first bytes of each connection that said any.
    QList<QByteArray> openings() const { return m_openings; }
    qsizetype turnedAway() const { return m_turnedAway; }

private:
    void accept(QLocalSocket *client)
    {
        client->setParent(&m_server);
        QObject::connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        auto *upstream = m_away ? nullptr : new QLocalSocket(client);
        QObject::connect(client, &QLocalSocket::readyRead, client, [this, client, upstream] {
            if (!client->property("seen").toBool()) {
                client->setProperty("seen", true);
                m_openings << client->peek(8);
                if (!upstream) {
                    ++m_turnedAway;
                    client->abort();
                    return;
                }
            }
            if (upstream && upstream->state() == QLocalSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        if (!upstream)
            return;
        QObject::connect(upstream, &QLocalSocket::readyRead, client,
                         [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QLocalSocket::connected, client,
                         [client, upstream] { upstream->write(client->readAll()); });
        QObject::connect(upstream, &QLocalSocket::disconnected, client, &QLocalSocket::abort);
        QObject::connect(upstream, &QLocalSocket::errorOccurred, client, &QLocalSocket::abort);
        upstream->connectToServer(m_upstream);
    }

    QLocalServer m_server;
    QString m_upstream;
    QList<QByteArray> m_openings;
    qsizetype m_turnedAway = 0;
    bool m_away = false;
};

} // namespace

class TestFaultContainerd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAndRestarted();
    void stopped();
    void killedWithACallAndAStreamOut();
    void knocksWithItsOwnPing();

private:
    QString shortDir(const QString &prefix) const
    {
        return TestEngines::dir() + QLatin1Char('/') + prefix +
               QString::number(QCoreApplication::applicationPid());
    }
};

void TestFaultContainerd::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineEvent>();
}

// SIGKILL: Offline within the bound; started again on the same folders: Online, the same
// containers in the same states (the running one's task kept by its shim), and events flow again
// (the node subscribes anew).
void TestFaultContainerd::killedAndRestarted()
{
    REQUIRE_CONTAINERD();
    const QString dir = shortDir(QStringLiteral("ck"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    Owned containerd(TestEngines::startOwnContainerd(dir), TestEngines::stopOwnContainerd);
    QVERIFY(containerd);
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const auto running = TestEngines::runContainerdContainer(
        QStringLiteral("fault-running"), {QStringLiteral("sleep"), QStringLiteral("600")}, {}, {},
        socket);
    QCOMPARE(running.exitCode, 0);
    const auto exited = TestEngines::runContainerdContainer(
        QStringLiteral("fault-exited"), {QStringLiteral("sleep"), QStringLiteral("600")}, {}, {},
        socket);
    QCOMPARE(exited.exitCode, 0);
    const QString ns = TestEngines::containerdNamespace();
    QCOMPARE(TestEngines::ctrAt(socket, ns,
                                {QStringLiteral("tasks"), QStringLiteral("kill"),
                                 QStringLiteral("-s"), QStringLiteral("SIGKILL"), exited.output})
                 .exitCode,
             0);
    const QString runningId = ContainerdIds::join(ns, running.output);
    const QString exitedId = ContainerdIds::join(ns, exited.output);

    NodeServiceImpl node(QStringLiteral("containerd-fault"), Endpoint::fromUrl(endpointUrl(dir)));
    StateClock clock(&node);
    node.start();
    QTRY_VERIFY2_WITH_TIMEOUT(node.state() == NodeService::State::Online,
                              qPrintable(node.lastError().userText()), 60000);
    const auto states = [&] {
        const auto r = find(node.containers(), runningId);
        const auto e = find(node.containers(), exitedId);
        return std::make_pair(r ? r->state : ContainerSummary::State::Unknown,
                              e ? e->state : ContainerSummary::State::Unknown);
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        states(), std::make_pair(ContainerSummary::State::Running, ContainerSummary::State::Exited),
        30000);
    const qsizetype before = node.containers().size();

    // The running container's process, as `ctr tasks ls` gives it (TASK PID STATUS).
    qint64 taskPid = 0;
    const auto tasks =
        TestEngines::ctrAt(socket, ns, {QStringLiteral("tasks"), QStringLiteral("ls")});
    for (const QString &line : tasks.output.split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.size() >= 3 && words.first() == running.output)
            taskPid = words.at(1).toLongLong();
    }
    const auto pid = pid_t(containerd->processId());
    clock.start();
    QCOMPARE(::kill(pid, SIGKILL), 0);
    const qint64 offline = clock.waitFor(NodeService::State::Offline, OfflineBoundMs);
    QVERIFY2(offline >= 0, "not Offline within the bound after containerd was killed");
    QVERIFY(node.lastError().isError());
    QVERIFY(!node.lastError().userText().isEmpty());
    FaultReport::record(QStringLiteral("containerd killed (SIGKILL)"),
                        QStringLiteral("node shown Offline"), OfflineBoundMs, offline);
    QTRY_COMPARE_WITH_TIMEOUT(containerd->state(), QProcess::NotRunning, 10000);
    // The container's process lives on in its shim without containerd.
    QVERIFY(taskPid > 0);
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(taskPid)));

    // Started again on the same folders.
    Owned again(TestEngines::startOwnContainerd(dir), TestEngines::stopOwnContainerd);
    QVERIFY(again);
    containerd.reset(); // the killed one: only deleted, its folder answers again
    clock.start();
    const qint64 online = clock.waitFor(NodeService::State::Online, RestartedBoundMs);
    QVERIFY2(online >= 0, qPrintable(QStringLiteral("not Online within %1 ms of the restart: %2")
                                         .arg(RestartedBoundMs)
                                         .arg(node.lastError().userText())));
    FaultReport::record(QStringLiteral("containerd started again after a kill"),
                        QStringLiteral("node shown Online again"), RestartedBoundMs, online);
    // Nothing lost: the same containers, the running one still running (its shim kept it), as
    // the same process.
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(taskPid)));
    QTRY_COMPARE_WITH_TIMEOUT(
        states(), std::make_pair(ContainerSummary::State::Running, ContainerSummary::State::Exited),
        10000);
    QCOMPARE(node.containers().size(), before);

    // Events flow again: the node subscribed anew and sees the running one die.
    QElapsedTimer seen;
    seen.start();
    QCOMPARE(TestEngines::ctrAt(socket, ns,
                                {QStringLiteral("tasks"), QStringLiteral("kill"),
                                 QStringLiteral("-s"), QStringLiteral("SIGKILL"), running.output})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(states().first == ContainerSummary::State::Exited, 10000);
    FaultReport::record(QStringLiteral("containerd restarted, then a container killed"),
                        QStringLiteral("row shows it exited (events again)"), 10000,
                        seen.elapsed());
}

// SIGSTOP: Degraded, then Offline by the probe; continued: Online again.
void TestFaultContainerd::stopped()
{
    REQUIRE_CONTAINERD();
    const QString dir = shortDir(QStringLiteral("cs"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    Owned containerd(TestEngines::startOwnContainerd(dir), TestEngines::stopOwnContainerd);
    QVERIFY(containerd);
    const auto pid = pid_t(containerd->processId());
    auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    NodeServiceImpl node(QStringLiteral("containerd-stopped"), Endpoint::fromUrl(endpointUrl(dir)));
    StateClock clock(&node);
    node.start();
    QTRY_VERIFY2_WITH_TIMEOUT(node.state() == NodeService::State::Online,
                              qPrintable(node.lastError().userText()), 60000);
    QSignalSpy probes(&node, &NodeService::healthProbed);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 30000);

    QCOMPARE(::kill(pid, SIGSTOP), 0);
    clock.start();
    const qint64 degraded = clock.waitFor(NodeService::State::Degraded, DegradedBoundMs);
    QVERIFY2(degraded >= 0, "not Degraded within the bound");
    FaultReport::record(QStringLiteral("containerd stopped (SIGSTOP)"),
                        QStringLiteral("node shown Degraded (not answering)"), DegradedBoundMs,
                        degraded);
    const qint64 offline = clock.waitFor(NodeService::State::Offline, OfflineBoundMs);
    QVERIFY2(offline >= 0, "not Offline within the bound");
    QCOMPARE(node.lastError().kind, EngineError::Kind::Timeout);
    FaultReport::record(QStringLiteral("containerd stopped (SIGSTOP)"),
                        QStringLiteral("node shown Offline"), OfflineBoundMs, offline);

    QCOMPARE(::kill(pid, SIGCONT), 0);
    clock.start();
    // Lost, it is retried on its backoff; the bound is the others' once the engine answers.
    const qint64 online = clock.waitFor(NodeService::State::Online, RecoveredBoundMs);
    QVERIFY2(online >= 0, qPrintable(QStringLiteral("not Online within %1 ms of SIGCONT (%2)")
                                         .arg(RecoveredBoundMs)
                                         .arg(QVariant::fromValue(node.state()).toString())));
    FaultReport::record(QStringLiteral("containerd stopped (SIGSTOP), ended"),
                        QStringLiteral("node shown Online again"), RecoveredBoundMs, online);
}

// A call waiting on the engine (a wait for a container's exit) and an event stream, when
// containerd is killed: both end with an error at once, neither hangs.
void TestFaultContainerd::killedWithACallAndAStreamOut()
{
    REQUIRE_CONTAINERD();
    const QString dir = shortDir(QStringLiteral("cc"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    Owned containerd(TestEngines::startOwnContainerd(dir), TestEngines::stopOwnContainerd);
    QVERIFY(containerd);
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const auto running = TestEngines::runContainerdContainer(
        QStringLiteral("fault-wait"), {QStringLiteral("sleep"), QStringLiteral("600")}, {}, {},
        socket);
    QCOMPARE(running.exitCode, 0);
    const QString id = ContainerdIds::join(TestEngines::containerdNamespace(), running.output);

    ContainerdEngine engine(Endpoint::fromUrl(endpointUrl(dir)));
    QObject context;
    EventStream *events = engine.watchObjects({EngineEvent::Object::Container}, &context);
    QSignalSpy opened(events, &EventStream::opened);
    QSignalSpy ended(events, &EventStream::ended);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || !ended.isEmpty(), 30000);
    QVERIFY(ended.isEmpty());
    std::optional<EngineResult<int>> waited;
    engine.waitContainerUntil(id, Engine::WaitCondition::NextExit, &context,
                              [&](const EngineResult<int> &r) { waited = r; });
    std::optional<EngineError> ping;
    // The wait is out once the engine has answered a call made after it.
    engine.ping(&context, [&](const EngineError &e) { ping = e; });
    QTRY_VERIFY_WITH_TIMEOUT(ping.has_value(), 30000);
    QVERIFY(!ping->isError());
    QVERIFY(!waited.has_value());

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid_t(containerd->processId()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(waited.has_value() && !ended.isEmpty(), CallEndsBoundMs);
    const qint64 took = clock.elapsed();
    QVERIFY(!waited->ok());
    QVERIFY2(waited->error.kind != EngineError::Kind::Aborted,
             qPrintable(waited->error.userText()));
    QVERIFY(!waited->error.userText().isEmpty());
    const auto streamError = ended.first().value(0).value<EngineError>();
    QVERIFY(streamError.isError());
    FaultReport::record(QStringLiteral("containerd killed with a wait and events out"),
                        QStringLiteral("the call and the stream end with an error"),
                        CallEndsBoundMs, took);
    // A new call fails at once too, rather than waiting for its deadline.
    clock.start();
    std::optional<EngineError> after;
    engine.ping(&context, [&](const EngineError &e) { after = e; });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), CallEndsBoundMs);
    QVERIFY(after->isError());
    FaultReport::record(QStringLiteral("containerd killed, a new call"),
                        QStringLiteral("the call fails (no hang)"), CallEndsBoundMs,
                        clock.elapsed());
    // The shim still runs the container: started again, the next stop cleans it up.
    Owned again(TestEngines::startOwnContainerd(dir), TestEngines::stopOwnContainerd);
    QVERIFY(again);
}

// Lost while its engine is there but turns every connection away, a node knocks to see it
// back: with containerd's own ping on its gRPC channel, never with HTTP (a /_ping to a gRPC
// socket is never answered). Every connection made to the socket begins with HTTP/2's
// preface; the turned-away knocks fail and the node stays Offline; once connections are let
// through again the node is Online within the bound.
void TestFaultContainerd::knocksWithItsOwnPing()
{
    REQUIRE_CONTAINERD();
    const QString dir = shortDir(QStringLiteral("kn"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    Owned containerd(TestEngines::startOwnContainerd(dir), TestEngines::stopOwnContainerd);
    QVERIFY(containerd);
    const QString relayPath = dir + QStringLiteral("/relay.sock");
    SocketRelay relay(relayPath, dir + QStringLiteral("/containerd.sock"));
    QVERIFY(relay.isListening());
    NodeServiceImpl node(
        QStringLiteral("containerd-knock"),
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2")
                              .arg(relayPath, TestEngines::containerdNamespace())));
    StateClock clock(&node);
    node.start();
    QTRY_VERIFY2_WITH_TIMEOUT(node.state() == NodeService::State::Online,
                              qPrintable(node.lastError().userText()), 60000);
    QSignalSpy probes(&node, &NodeService::healthProbed);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 30000);

    relay.setTurningAway(true);
    clock.start();
    QVERIFY2(clock.waitFor(NodeService::State::Offline, OfflineBoundMs) >= 0,
             "not Offline within the bound once every connection was turned away");
    // Knocks (and gRPC's own reconnects) come and are turned away: the node stays Offline.
    const qsizetype before = relay.turnedAway();
    QTRY_VERIFY_WITH_TIMEOUT(relay.turnedAway() >= before + 2, 20000);
    QVERIFY(node.state() != NodeService::State::Online);
    const QByteArray preface("PRI * HT");
    for (const QByteArray &opening : relay.openings())
        QVERIFY2(!opening.isEmpty() && preface.startsWith(opening), opening.constData());

    relay.setTurningAway(false);
    clock.start();
    const qint64 online = clock.waitFor(NodeService::State::Online, RecoveredBoundMs + 4000);
    QVERIFY2(online >= 0, qPrintable(QStringLiteral("not Online again (%1)")
                                         .arg(QVariant::fromValue(node.state()).toString())));
    FaultReport::record(QStringLiteral("containerd turning connections away, ended"),
                        QStringLiteral("node shown Online again (knocked)"),
                        RecoveredBoundMs + 4000, online);
    for (const QByteArray &opening : relay.openings())
        QVERIFY2(!opening.isEmpty() && preface.startsWith(opening), opening.constData());
}

QTEST_GUILESS_MAIN(TestFaultContainerd)
#include "tst_fault_containerd.moc"
