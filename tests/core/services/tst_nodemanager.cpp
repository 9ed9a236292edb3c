#include "core/services/nodemanager.h"

#include "core/config/nodestore.h"
#include "core/services/nodeservice.h"
#include "core/services/nodeserviceimpl.h"

#include "testengines.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// NodeManager over three real engines at once: Docker on its socket, Docker over TLS, and a
// Podman service of the test's own that it stops and starts again.
class TestNodeManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addEditRemovePersist();
    void addRefusedByTheList();
    void threeEnginesOneDies();
    void idleNodesSendNoLists();

private:
    static bool hasContainer(NodeService *node, const QString &name);
    QTemporaryDir m_config;
};

void TestNodeManager::initTestCase()
{
    // QSettings finds its file under XDG_CONFIG_HOME: this test's own, before any use.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer-tst"));
}

void TestNodeManager::init()
{
    QSettings().clear();
}

static NodeConfig nodeConfig(const QString &name, const QString &url,
                             const QString &tlsCertPath = {})
{
    NodeConfig c;
    c.name = name;
    c.url = url;
    c.tls = !tlsCertPath.isEmpty();
    c.tlsCertPath = tlsCertPath;
    return c;
}

bool TestNodeManager::hasContainer(NodeService *node, const QString &name)
{
    const QList<ContainerSummary> list = node->containers();
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const ContainerSummary &c) { return c.name == name; });
}

void TestNodeManager::addEditRemovePersist()
{
    QString id;
    {
        NodeManager manager;
        QSignalSpy added(&manager, &NodeManager::nodeAdded);
        NodeConfig config;
        config.name = QStringLiteral("  build box ");
        config.url = QStringLiteral("unix:///nonexistent/docker.sock");
        QCOMPARE(manager.addNode(config), QString());
        QCOMPARE(added.count(), 1);
        NodeService *node = manager.node(QStringLiteral("BUILD BOX"));
        QVERIFY(node);
        QCOMPARE(node->name(), QStringLiteral("build box"));
        id = node->id();
        QVERIFY(!id.isEmpty());

        // Bad input is refused with what to fix, and nothing is lost.
        config.name = QStringLiteral("Build Box");
        QVERIFY(manager.addNode(config).contains(QStringLiteral("already")));
        config.name = QStringLiteral("other");
        config.url = QStringLiteral("http://example");
        QVERIFY(!manager.addNode(config).isEmpty());
        config.url = QStringLiteral("tcp://127.0.0.1:2376");
        config.tls = true;
        config.tlsCertPath = m_config.filePath(QStringLiteral("missing"));
        QVERIFY(manager.addNode(config).contains(QStringLiteral("ca.pem")));
        QCOMPARE(manager.nodes().size(), 1);

        // Renaming keeps the node; a new address rebuilds it under the same id.
        NodeConfig edited = node->config();
        edited.name = QStringLiteral("builder");
        QSignalSpy removed(&manager, &NodeManager::nodeRemoved);
        QCOMPARE(manager.updateNode(edited), QString());
        QCOMPARE(manager.node(id)->name(), QStringLiteral("builder"));
        QCOMPARE(removed.count(), 1); // the old service went; the new one has the same id
        QCOMPARE(manager.nodes().size(), 1);
    }
    {
        // Saved at once: a new manager (the next start of the app) finds it.
        NodeManager manager;
        manager.load();
        QCOMPARE(manager.nodes().size(), 1);
        QCOMPARE(manager.nodes().first()->id(), id);
        QCOMPARE(manager.nodes().first()->name(), QStringLiteral("builder"));

        // The local default is there until the user removes it, and stays removed.
        manager.setLocalNode(Endpoint::unixSocket(QStringLiteral("/nonexistent/podman.sock")),
                             QStringLiteral("test"));
        QCOMPARE(manager.nodes().size(), 2);
        QCOMPARE(manager.nodes().first()->id(), QString::fromLatin1(NodeManager::LocalId));
        manager.removeNode(QString::fromLatin1(NodeManager::LocalId));
        manager.removeNode(id);
        QVERIFY(manager.nodes().isEmpty());
    }
    NodeManager manager;
    manager.load();
    manager.setLocalNode(Endpoint::unixSocket(QStringLiteral("/nonexistent/podman.sock")),
                         QStringLiteral("test"));
    QVERIFY(manager.nodes().isEmpty());
    QVERIFY(NodeStore::load().isEmpty());
}

void TestNodeManager::addRefusedByTheList()
{
    NodeManager manager;
    // Another Gontainer saved a node of this name a moment ago; this one has not read it yet.
    NodeConfig elsewhere =
        nodeConfig(QStringLiteral("shared"), QStringLiteral("unix:///nonexistent/a.sock"));
    elsewhere.id = NodeStore::newId();
    QVERIFY(NodeStore::apply({NodeStore::Change::add(elsewhere)}).error.isEmpty());
    QSignalSpy added(&manager, &NodeManager::nodeAdded);
    const QString problem = manager.addNode(
        nodeConfig(QStringLiteral("shared"), QStringLiteral("unix:///nonexistent/b.sock")));
    QVERIFY2(problem.contains(QStringLiteral("shared")), qPrintable(problem));
    // What is shown is the list as saved: the other program's node, once.
    QCOMPARE(added.count(), 1);
    QCOMPARE(manager.nodes().size(), 1);
    QCOMPARE(manager.nodes().first()->id(), elsewhere.id);
    // The refused node, which began connecting while the list was saved, is gone.
    QCOMPARE(manager.findChildren<NodeService *>().size(), 1);
}

void TestNodeManager::threeEnginesOneDies()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/manager.XXXXXX"));
    const QString podmanSocket = dir.filePath(QStringLiteral("podman.sock"));
    std::unique_ptr<QProcess> service(TestEngines::startPodmanService(podmanSocket));
    QVERIFY(service);
    auto stop = qScopeGuard([&] {
        if (service) {
            service->terminate();
            service->waitForFinished(10000);
        }
    });

    NodeManager manager;
    const NodeConfig docker = nodeConfig(QStringLiteral("docker"),
                                         QStringLiteral("unix://") + TestEngines::dockerSocket());
    const NodeConfig secure =
        nodeConfig(QStringLiteral("secure"), TestEngines::dockerTlsEndpoint().toUrl(),
                   TestEngines::tlsCertPath());
    const NodeConfig podman =
        nodeConfig(QStringLiteral("podman"), QStringLiteral("unix://") + podmanSocket);
    for (const NodeConfig &c : {docker, secure, podman})
        QCOMPARE(manager.addNode(c), QString());
    NodeService *dockerNode = manager.node(QStringLiteral("docker"));
    NodeService *secureNode = manager.node(QStringLiteral("secure"));
    NodeService *podmanNode = manager.node(QStringLiteral("podman"));
    for (NodeService *n : manager.nodes())
        QTRY_COMPARE_WITH_TIMEOUT(n->state(), NodeService::State::Online, 30000);
    QCOMPARE(podmanNode->engineInfo().kind, EngineInfo::Kind::Podman);
    QVERIFY(secureNode->endpoint().tls);
    QTRY_VERIFY_WITH_TIMEOUT(podmanNode->details().cpus > 0, 30000);
    QVERIFY(!dockerNode->details().hostname.isEmpty());

    // A container made on each engine shows in its node by itself: at idle nothing lists again
    // (idleNodesSendNoLists), so only the event stream can bring it. The timeouts only catch
    // a hang.
    const QString onDocker = TestEngines::uniqueName(QStringLiteral("m-docker"));
    const QString onPodman = TestEngines::uniqueName(QStringLiteral("m-podman"));
    QVERIFY(TestEngines::docker(TestEngines::dockerSocket(),
                                {QStringLiteral("create"), QStringLiteral("--name"), onDocker,
                                 TestEngines::image(), QStringLiteral("true")})
                .exitCode == 0);
    QVERIFY(TestEngines::podman(podmanSocket,
                                {QStringLiteral("create"), QStringLiteral("--name"), onPodman,
                                 TestEngines::podmanImage(), QStringLiteral("true")})
                .exitCode == 0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), onDocker});
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), onPodman});
    });
    QTRY_VERIFY_WITH_TIMEOUT(hasContainer(dockerNode, onDocker), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(hasContainer(secureNode, onDocker), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(hasContainer(podmanNode, onPodman), 30000);

    // The Podman engine dies: its node goes offline without waiting for a health probe (the
    // event stream's end tells), and keeps its last known containers (stale); the other nodes
    // do not notice. With the probe further away than the timeout, which only catches a hang,
    // a probe cannot be what notices.
    auto *podmanImpl = qobject_cast<NodeServiceImpl *>(podmanNode);
    QVERIFY(podmanImpl);
    podmanImpl->setProbeIntervalMs(3600 * 1000);
    QSignalSpy dockerStates(dockerNode, &NodeService::stateChanged);
    QSignalSpy dockerRemoved(dockerNode, &NodeService::containersRemoved);
    // The retries the node announces, and when the test saw the last one.
    int lastRetrySeconds = 0;
    int retries = 0;
    QElapsedTimer sinceRetry;
    QObject listener; // goes before what its slots write to
    connect(podmanNode, &NodeService::retryScheduled, &listener, [&](int seconds) {
        lastRetrySeconds = seconds;
        ++retries;
        sinceRetry.start();
    });
    service->kill();
    service->waitForFinished(10000);
    QTRY_COMPARE_WITH_TIMEOUT(podmanNode->state(), NodeService::State::Offline, 60000);
    QVERIFY(!podmanNode->lastError().userText().isEmpty());
    QVERIFY(hasContainer(podmanNode, onPodman));
    QCOMPARE(dockerNode->state(), NodeService::State::Online);
    QCOMPARE(secureNode->state(), NodeService::State::Online);

    // While it is down, one container goes and another comes (through the harness's own Podman
    // service, over the same storage).
    const QString whileDown = TestEngines::uniqueName(QStringLiteral("m-down"));
    QVERIFY(TestEngines::podman(TestEngines::podmanSocket(), {QStringLiteral("rm"), onPodman})
                .exitCode == 0);
    QVERIFY(TestEngines::podman(TestEngines::podmanSocket(),
                                {QStringLiteral("create"), QStringLiteral("--name"), whileDown,
                                 TestEngines::podmanImage(), QStringLiteral("true")})
                .exitCode == 0);
    auto cleanupDown = qScopeGuard([&] {
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), whileDown});
    });

    // Started again: online and resynchronised by itself, without waiting for the retry it
    // announced. The backoff grows (1, 2, 4, 8, 16 s, +-20 %): wait for the 16 s step, so that
    // the engine's start has a dozen seconds before that retry would fire. The node comes back
    // on the first attempt after it (no further retry announced), before the announced delay
    // (less its rounding up) is over.
    QTRY_VERIFY_WITH_TIMEOUT(lastRetrySeconds >= 13, 60000);
    const int retriesBefore = retries;
    const int announcedSeconds = lastRetrySeconds;
    qint64 onlineAfterMs = -1;
    QObject onlineListener;
    connect(podmanNode, &NodeService::stateChanged, &onlineListener, [&](NodeService::State state) {
        if (state == NodeService::State::Online && onlineAfterMs < 0)
            onlineAfterMs = sinceRetry.elapsed();
    });
    service.reset(TestEngines::startPodmanService(podmanSocket));
    QVERIFY(service);
    QTRY_COMPARE_WITH_TIMEOUT(podmanNode->state(), NodeService::State::Online, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(hasContainer(podmanNode, whileDown), 60000);
    QVERIFY(!hasContainer(podmanNode, onPodman));
    QCOMPARE(retries, retriesBefore);
    QVERIFY2(onlineAfterMs >= 0 && onlineAfterMs < (announcedSeconds - 1) * 1000,
             qPrintable(QStringLiteral("online %1 ms after a retry announced in %2 s")
                            .arg(onlineAfterMs)
                            .arg(announcedSeconds)));
    QCOMPARE(dockerStates.count(), 0);
    QCOMPARE(dockerRemoved.count(), 0);
}

void TestNodeManager::idleNodesSendNoLists()
{
    REQUIRE_ENGINES();
    const QList<std::pair<QString, bool>> engines{
        {QStringLiteral("unix://") + TestEngines::dockerSocket(), false},
        {QStringLiteral("unix://") + TestEngines::podmanSocket(), true}};
    for (const auto &[url, podman] : engines) {
        const NodeConfig config = nodeConfig(QStringLiteral("idle"), url);
        NodeServiceImpl node(config);
        node.setProbeIntervalMs(150);
        node.start();
        QVERIFY2(QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000),
                 qPrintable(url + QLatin1Char(' ') + node.lastError().userText()));
        QSignalSpy probes(&node, &NodeService::healthProbed);
        QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 30000);
        // The engine's description and the machine's details come after the first list.
        QTRY_VERIFY_WITH_TIMEOUT(node.details().cpus > 0 && !node.engineInfo().kernel.isEmpty(),
                                 30000);
        // One list of each kind on connect (Podman's own container list, and pods, on Podman).
        // The counts come with each probe: on a busy machine the first probes can come before
        // the last list was sent, so wait for a probe that saw them all.
        QStringList lists = {podman ? QStringLiteral("GET /libpod/containers/json")
                                    : QStringLiteral("GET /containers/json"),
                             QStringLiteral("GET /images/json"), QStringLiteral("GET /volumes"),
                             QStringLiteral("GET /networks")};
        if (podman)
            lists << QStringLiteral("GET /libpod/pods/json");
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(lists.cbegin(), lists.cend(),
                        [&](const QString &list) { return node.callCounts().value(list) > 0; }),
            30000);
        const QHash<QString, qint64> before = node.callCounts();
        const QString keys = QStringList(before.keys()).join(u',');
        for (const QString &list : std::as_const(lists))
            QVERIFY2(before.value(list) == 1, qPrintable(list + QStringLiteral(": ") + keys));
        // At idle, only the health probe speaks to the engine. The counts come with each
        // probe, so the probes and the pings are counted over the same window: from the probe
        // that brought `before` to the one that brings `after`.
        const qsizetype probesAtBefore = probes.count();
        QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= probesAtBefore + 8, 60000);
        const QHash<QString, qint64> after = node.callCounts();
        const qsizetype probesBetween = probes.count() - probesAtBefore;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it.key() != QLatin1String("GET /_ping"))
                QVERIFY2(it.value() == before.value(it.key()), qPrintable(it.key()));
        }
        const qint64 pingsBefore = before.value(QStringLiteral("GET /_ping"));
        QVERIFY2(after.value(QStringLiteral("GET /_ping")) == pingsBefore + probesBetween,
                 qPrintable(QStringLiteral("%1 pings before, %2 now, %3 probes between")
                                .arg(pingsBefore)
                                .arg(after.value(QStringLiteral("GET /_ping")))
                                .arg(probesBetween)));
        QVERIFY(node.latencyMs() >= 0);
        // A probe slower than the "slow" mark on a busy machine makes the node Degraded, which
        // is not what this test is about; lost it must not be.
        QVERIFY(node.state() != NodeService::State::Offline);
    }
}

QTEST_GUILESS_MAIN(TestNodeManager)
#include "tst_nodemanager.moc"
