#include "core/services/nodeserviceimpl.h"

#include "faultreport.h"
#include "testengines.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <memory>

namespace {

// What the user must see, and within how long of the fault (or of its end).
constexpr int DegradedBoundMs = 5000;
constexpr int OfflineBoundMs = 10000;
constexpr int RecoveredBoundMs = 2000;

// A TCP relay on 127.0.0.1 in a thread of its own, in front of another port: a firewall rule
// on the relay's port makes a node behind it go dark without touching the engine's own port,
// which other tests use.
class Relay final : public QThread
{
public:
    explicit Relay(quint16 upstream)
        : m_upstream(upstream)
    {}
    ~Relay() override
    {
        quit();
        wait();
    }

    // Starts relaying; the port it listens on (0 when it could not).
    quint16 listen()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, this] {
            while (QTcpSocket *client = server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                    QObject::connect(from, &QTcpSocket::readyRead, to,
                                     [from, to] { to->write(from->readAll()); });
                };
                pipe(client, upstream);
                pipe(upstream, client);
                QObject::connect(upstream, &QTcpSocket::connected, client,
                                 [client, upstream] { upstream->write(client->readAll()); });
                auto close = [client] {
                    client->deleteLater();
                };
                QObject::connect(client, &QTcpSocket::disconnected, client, close);
                QObject::connect(upstream, &QTcpSocket::disconnected, client, close);
                QObject::connect(upstream, &QTcpSocket::errorOccurred, client, close);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            }
        });
        m_ready.release();
        exec();
    }

private:
    quint16 m_upstream;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

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
    // Waits up to `boundMs` from start() for `state`; its time, or -1.
    qint64 waitFor(NodeService::State state, int boundMs)
    {
        const int left = int(qMax<qint64>(0, boundMs - m_clock.elapsed()));
        if (!QTest::qWaitFor([&] { return m_firstAt.contains(int(state)); }, left))
            return -1;
        return m_firstAt.value(int(state), -1);
    }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QObject m_context;
    QElapsedTimer m_clock;
    QHash<int, qint64> m_firstAt;
};

bool runIptables(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("iptables"), QStringList{QStringLiteral("-w")} + args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        qWarning("iptables %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
        return false;
    }
    return true;
}

// Both directions of `port` on this network namespace: packets to and from it vanish.
QList<QStringList> dropRules(quint16 port)
{
    const QString p = QString::number(port);
    return {{QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"),
             QStringLiteral("--dport"), p, QStringLiteral("-j"), QStringLiteral("DROP")},
            {QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"),
             QStringLiteral("--sport"), p, QStringLiteral("-j"), QStringLiteral("DROP")}};
}

} // namespace

// An engine that hangs (SIGSTOP) or a remote node that goes dark (its packets dropped): the
// node is shown Degraded within 5 s and Offline within 10 s, and Online again within 2 s of the
// engine answering again.
class TestFaultHang : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dockerSigstop();
    void dockerShortHang();
    void podmanSigstop();
    void tlsNodeGoesDark();
    void sshNodeGoesDark();

private:
    // The scenario on `node`: `fault` starts it, `heal` ends it; `what` names it in the report.
    void hangAndRecover(NodeServiceImpl &node, const QString &what,
                        const std::function<bool()> &fault, const std::function<bool()> &heal);
    void goDark(NodeServiceImpl &node, const QString &what, quint16 relayPort);
    static bool waitOnline(NodeService &node);
    static QString shortDir(const QString &prefix);
};

void TestFaultHang::initTestCase()
{
    qRegisterMetaType<EngineError>();
}

bool TestFaultHang::waitOnline(NodeService &node)
{
    return QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 60000);
}

QString TestFaultHang::shortDir(const QString &prefix)
{
    // Unix socket paths stay under 108 bytes: the harness's directory is short.
    return TestEngines::dir() + QLatin1Char('/') + prefix +
           QString::number(QCoreApplication::applicationPid());
}

void TestFaultHang::hangAndRecover(NodeServiceImpl &node, const QString &what,
                                   const std::function<bool()> &fault,
                                   const std::function<bool()> &heal)
{
    StateClock clock(&node);
    node.start();
    QVERIFY2(waitOnline(node), qPrintable(node.lastError().userText()));
    // A probe or two in, as a node that has been up a while.
    QSignalSpy probes(&node, &NodeService::healthProbed);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 30000);

    QVERIFY(fault());
    clock.start();
    const qint64 degraded = clock.waitFor(NodeService::State::Degraded, DegradedBoundMs);
    QVERIFY2(degraded >= 0, qPrintable(QStringLiteral("%1: not Degraded within %2 ms (now %3)")
                                           .arg(what)
                                           .arg(DegradedBoundMs)
                                           .arg(QVariant::fromValue(node.state()).toString())));
    FaultReport::record(what, QStringLiteral("node shown Degraded (not answering)"),
                        DegradedBoundMs, degraded);
    const qint64 offline = clock.waitFor(NodeService::State::Offline, OfflineBoundMs);
    QVERIFY2(
        offline >= 0,
        qPrintable(QStringLiteral("%1: not Offline within %2 ms").arg(what).arg(OfflineBoundMs)));
    QCOMPARE(node.lastError().kind, EngineError::Kind::Timeout);
    QVERIFY(!node.lastError().userText().isEmpty());
    FaultReport::record(what, QStringLiteral("node shown Offline"), OfflineBoundMs, offline);

    QVERIFY(heal());
    clock.start();
    const qint64 online = clock.waitFor(NodeService::State::Online, RecoveredBoundMs);
    QVERIFY2(online >= 0,
             qPrintable(QStringLiteral("%1: not Online within %2 ms of the end (now %3)")
                            .arg(what)
                            .arg(RecoveredBoundMs)
                            .arg(QVariant::fromValue(node.state()).toString())));
    FaultReport::record(what + QStringLiteral(", ended"), QStringLiteral("node shown Online again"),
                        RecoveredBoundMs, online);
}

void TestFaultHang::dockerSigstop()
{
    REQUIRE_ENGINES();
    const QString dir = shortDir(QStringLiteral("hd"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    std::unique_ptr<QProcess, void (*)(QProcess *)> dockerd(TestEngines::startOwnDockerd(dir),
                                                            TestEngines::stopOwnDockerd);
    QVERIFY(dockerd);
    const auto pid = pid_t(dockerd->processId());
    NodeServiceImpl node(QStringLiteral("hang-docker"),
                         Endpoint::unixSocket(dir + QStringLiteral("/docker.sock")));
    hangAndRecover(
        node, QStringLiteral("dockerd stopped (SIGSTOP)"),
        [pid] { return ::kill(pid, SIGSTOP) == 0; }, [pid] { return ::kill(pid, SIGCONT) == 0; });
}

// Continued while Degraded, before it is lost: the probe left outstanding is answered.
void TestFaultHang::dockerShortHang()
{
    REQUIRE_ENGINES();
    const QString dir = shortDir(QStringLiteral("hs"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    std::unique_ptr<QProcess, void (*)(QProcess *)> dockerd(TestEngines::startOwnDockerd(dir),
                                                            TestEngines::stopOwnDockerd);
    QVERIFY(dockerd);
    const auto pid = pid_t(dockerd->processId());
    NodeServiceImpl node(QStringLiteral("short-hang"),
                         Endpoint::unixSocket(dir + QStringLiteral("/docker.sock")));
    StateClock clock(&node);
    node.start();
    QVERIFY2(waitOnline(node), qPrintable(node.lastError().userText()));
    QSignalSpy probes(&node, &NodeService::healthProbed);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 30000);
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    clock.start();
    QVERIFY(clock.waitFor(NodeService::State::Degraded, DegradedBoundMs) >= 0);
    QCOMPARE(::kill(pid, SIGCONT), 0);
    clock.start();
    const qint64 online = clock.waitFor(NodeService::State::Online, RecoveredBoundMs);
    QVERIFY2(online >= 0, qPrintable(QVariant::fromValue(node.state()).toString()));
    FaultReport::record(QStringLiteral("dockerd stopped, continued while Degraded"),
                        QStringLiteral("node shown Online again"), RecoveredBoundMs, online);
}

void TestFaultHang::podmanSigstop()
{
    REQUIRE_ENGINES();
    const QString dir = shortDir(QStringLiteral("hp"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    std::unique_ptr<QProcess, void (*)(QProcess *)> service(TestEngines::startOwnPodmanService(dir),
                                                            TestEngines::stopPodmanService);
    QVERIFY(service);
    const auto pid = pid_t(service->processId());
    auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    NodeServiceImpl node(QStringLiteral("hang-podman"),
                         Endpoint::unixSocket(dir + QStringLiteral("/podman.sock")));
    hangAndRecover(
        node, QStringLiteral("Podman service stopped (SIGSTOP)"),
        [pid] { return ::kill(pid, SIGSTOP) == 0; }, [pid] { return ::kill(pid, SIGCONT) == 0; });
}

void TestFaultHang::goDark(NodeServiceImpl &node, const QString &what, quint16 relayPort)
{
    if (!TestEngines::hasNetworkNamespace())
        QSKIP("needs the harness's private network namespace (GONTAINER_TEST_NETNS=1): a "
              "firewall rule outside it would touch the machine's own network");
    if (QStandardPaths::findExecutable(QStringLiteral("iptables")).isEmpty() &&
        !QFile::exists(QStringLiteral("/usr/sbin/iptables")))
        QSKIP("iptables is not installed: the firewall drop cannot be made");
    const QList<QStringList> rules = dropRules(relayPort);
    bool dropping = false;
    auto lift = [&] {
        bool ok = true;
        if (dropping) {
            for (const QStringList &rule : rules)
                ok = runIptables(QStringList{QStringLiteral("-D")} + rule) && ok;
            dropping = false;
        }
        return ok;
    };
    auto cleanup = qScopeGuard(lift);
    hangAndRecover(
        node, what,
        [&] {
            for (const QStringList &rule : rules) {
                if (!runIptables(QStringList{QStringLiteral("-I")} + rule))
                    return false;
                dropping = true;
            }
            return true;
        },
        lift);
}

void TestFaultHang::tlsNodeGoesDark()
{
    REQUIRE_ENGINES();
    Endpoint endpoint = TestEngines::dockerTlsEndpoint();
    Relay relay{quint16(endpoint.port)};
    endpoint.port = relay.listen();
    QVERIFY(endpoint.port > 0);
    NodeServiceImpl node(QStringLiteral("dark-tls"), endpoint);
    goDark(node, QStringLiteral("TLS node dark (packets dropped)"), quint16(endpoint.port));
}

void TestFaultHang::sshNodeGoesDark()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node (no private mount namespace)");
    Endpoint endpoint = Endpoint::fromUrl(TestEngines::sshUrl());
    const int sshPort = endpoint.port;
    Relay relay{quint16(sshPort)};
    endpoint.port = relay.listen();
    QVERIFY(endpoint.port > 0);
    // ssh checks the host key by host and port: the relay's port gets the same key.
    QFile knownHosts(TestEngines::dir() + QStringLiteral("/ssh/home/known_hosts"));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    const QByteArray before = knownHosts.readAll();
    knownHosts.close();
    const QByteArray prefix = "[127.0.0.1]:" + QByteArray::number(sshPort) + ' ';
    const qsizetype at = before.indexOf(prefix);
    QVERIFY(at >= 0);
    const qsizetype end = before.indexOf('\n', at);
    const QByteArray key = before.mid(at + prefix.size(), end < 0 ? -1 : end - at - prefix.size());
    QVERIFY(knownHosts.open(QIODevice::Append));
    knownHosts.write("[127.0.0.1]:" + QByteArray::number(endpoint.port) + ' ' + key + '\n');
    knownHosts.close();
    auto restore = qScopeGuard([&] {
        if (knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate))
            knownHosts.write(before);
        knownHosts.close();
    });
    NodeServiceImpl node(QStringLiteral("dark-ssh"), endpoint);
    goDark(node, QStringLiteral("SSH node dark (packets dropped)"), quint16(endpoint.port));
}

QTEST_GUILESS_MAIN(TestFaultHang)
#include "tst_fault_hang.moc"
