#include "core/services/swarmwatcher.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/problemwatcher.h"
#include "testengines.h"

#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// SwarmWatcher against the harness's real swarm (a manager and two workers): what a manager,
// a worker and an engine without swarms show; services, their running counts and their tasks
// followed live from the engine's events and, while they converge, by listing again; nothing
// listed at idle; secrets listed without their data.
class TestSwarmWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void managerShowsTheCluster();
    void workerShowsOnlyWhereItStands();
    void engineWithoutSwarmsIsNotAsked();
    void askedOnceForOneConnection();
    void managerListedFromItsLocalState();
    void servicesAndTasksFollowedLive();
    void swarmStoppingItsOwnTasksIsNoProblem();
    void idleWatcherListsNothing();
    void secretsWithoutTheirData();

private:
    NodeService *nodeNamed(const QString &name) const;
    QString docker(const QStringList &args);
    std::optional<SwarmService> serviceNamed(const SwarmWatcher &w, const QString &name) const;

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
};

void TestSwarmWatcher::initTestCase()
{
    REQUIRE_SWARM();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_swarmwatcher"));
    m_manager = std::make_unique<NodeManager>();
    m_manager->setLocalNode(Endpoint::fromUrl(TestEngines::swarmManagerUrl()),
                            QStringLiteral("manager"));
    NodeConfig worker;
    worker.name = QStringLiteral("worker");
    worker.url = TestEngines::swarmWorkerUrls().first();
    QCOMPARE(m_manager->addNode(worker), QString());
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    QCOMPARE(m_manager->addNode(podman), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_manager->nodes().cbegin(), m_manager->nodes().cend(),
                    [](NodeService *n) { return n->state() == NodeService::State::Online; }),
        60000);
}

NodeService *TestSwarmWatcher::nodeNamed(const QString &name) const
{
    // The local node is the swarm's manager.
    if (name == QLatin1String("manager"))
        return m_manager->node(QString::fromLatin1(NodeManager::LocalId));
    for (NodeService *n : m_manager->nodes()) {
        if (n->name() == name)
            return n;
    }
    return nullptr;
}

QString TestSwarmWatcher::docker(const QStringList &args)
{
    const TestEngines::Result r = TestEngines::swarmDocker(TestEngines::swarmManagerUrl(), args);
    if (r.exitCode != 0)
        qWarning("docker %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.output));
    return r.exitCode == 0 ? r.output.trimmed() : QString();
}

std::optional<SwarmService> TestSwarmWatcher::serviceNamed(const SwarmWatcher &w,
                                                           const QString &name) const
{
    for (const SwarmService &s : w.services()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void TestSwarmWatcher::managerShowsTheCluster()
{
    SwarmWatcher w(nodeNamed(QStringLiteral("manager")));
    // Where it stands first, then the cluster's description.
    QTRY_VERIFY_WITH_TIMEOUT(w.hasInfo(), 30000);
    QVERIFY(w.isManager());
    QTRY_VERIFY_WITH_TIMEOUT(!w.info().clusterId.isEmpty(), 30000);
    QVERIFY(!w.info().workerJoinToken.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w.nodes().size(), 3, 30000);
    int managers = 0;
    for (const SwarmNode &n : w.nodes())
        managers += n.role == SwarmNode::Role::Manager ? 1 : 0;
    QCOMPARE(managers, 1);
    QTRY_VERIFY_WITH_TIMEOUT(w.isFollowing(), 30000);
    QVERIFY(!w.lastError().isError());
}

void TestSwarmWatcher::workerShowsOnlyWhereItStands()
{
    SwarmWatcher w(nodeNamed(QStringLiteral("worker")));
    QTRY_VERIFY_WITH_TIMEOUT(w.hasInfo(), 30000);
    QVERIFY(w.info().active());
    QVERIFY(!w.isManager());
    QVERIFY(!w.info().remoteManagers.isEmpty());
    // Nothing a worker refuses is asked of it.
    QTest::qWait(500);
    QVERIFY(w.nodes().isEmpty());
    QCOMPARE(w.listCount(SwarmWatcher::Nodes), 0);
    QCOMPARE(w.listCount(SwarmWatcher::Services), 0);
    QCOMPARE(w.listCount(SwarmWatcher::Cluster), 0);
    QVERIFY(!w.isFollowing());
    QVERIFY(!w.lastError().isError());
}

void TestSwarmWatcher::engineWithoutSwarmsIsNotAsked()
{
    NodeService *podman = nodeNamed(QStringLiteral("podman"));
    QVERIFY(!podman->engineInfo().capabilities.swarm);
    SwarmWatcher w(podman);
    w.refresh();
    QTest::qWait(300);
    QVERIFY(!w.hasInfo());
    QCOMPARE(w.listCount(SwarmWatcher::Info), 0);
    QVERIFY(!w.lastError().isError());
}

void TestSwarmWatcher::askedOnceForOneConnection()
{
    // The manager added once more, watched from the moment it is added: where it stands is
    // asked once for the connection, though the node goes online and is described (its engine
    // details filled in) after the watcher began.
    NodeConfig again;
    again.name = QStringLiteral("manager-again");
    again.url = TestEngines::swarmManagerUrl();
    QCOMPARE(m_manager->addNode(again), QString());
    NodeService *node = nodeNamed(again.name);
    QVERIFY(node);
    auto cleanup = qScopeGuard([&] { m_manager->removeNode(node->id()); });
    SwarmWatcher w(node);
    QTRY_VERIFY_WITH_TIMEOUT(w.isFollowing() && !w.nodes().isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        node->state() == NodeService::State::Online && node->details().cpus > 0, 30000);
    QTest::qWait(300);
    QCOMPARE(w.listCount(SwarmWatcher::Info), 1);
    QVERIFY(w.isManager());
    QVERIFY(!w.lastError().isError());
}

void TestSwarmWatcher::managerListedFromItsLocalState()
{
    // A manager added: its watchers know it for a manager from /info, and the cluster is listed
    // from then on, beside the cluster's own description (/swarm), not after it. One that
    // follows the cluster has asked its lists by the time it tells where the node stands; one
    // that does not (as the Swarm page's watchers of the nodes not shown) asks them the moment
    // it is told to follow, not once its events are open.
    NodeConfig again;
    again.name = QStringLiteral("manager-listed");
    again.url = TestEngines::swarmManagerUrl();
    QCOMPARE(m_manager->addNode(again), QString());
    NodeService *node = nodeNamed(again.name);
    QVERIFY(node);
    auto cleanup = qScopeGuard([&] { m_manager->removeNode(node->id()); });
    SwarmWatcher following(node);
    SwarmWatcher shown(node);
    shown.setFollowCluster(false);
    struct First
    {
        bool seen = false;
        bool manager = false;
        bool clusterKnown = false;
        int servicesAsked = -1;
        int clusterAsked = -1;
    };
    First firstFollowing;
    First firstShown;
    // What a watcher has asked when it first tells where the node stands; `follow`: told to
    // follow the cluster then.
    const auto record = [this](SwarmWatcher &w, First &first, bool follow) {
        connect(&w, &SwarmWatcher::infoChanged, this, [&w, &first, follow](const SwarmInfo &info) {
            if (std::exchange(first.seen, true))
                return;
            first.manager = w.isManager();
            first.clusterKnown = !info.clusterId.isEmpty();
            if (follow)
                w.setFollowCluster(true);
            first.servicesAsked = w.listCount(SwarmWatcher::Services);
            first.clusterAsked = w.listCount(SwarmWatcher::Cluster);
        });
    };
    record(following, firstFollowing, false);
    record(shown, firstShown, true);
    QTRY_VERIFY_WITH_TIMEOUT(firstFollowing.seen && firstShown.seen, 30000);
    for (const First &first : {firstFollowing, firstShown}) {
        QVERIFY(first.manager);
        QVERIFY(!first.clusterKnown);
        QCOMPARE(first.servicesAsked, 1);
        QCOMPARE(first.clusterAsked, 1);
    }
    // Then the cluster's description fills in the rest, and both follow the cluster.
    for (SwarmWatcher *w : {&following, &shown}) {
        QTRY_VERIFY_WITH_TIMEOUT(!w->info().clusterId.isEmpty(), 30000);
        QVERIFY(w->isManager());
        QVERIFY(!w->info().nodeId.isEmpty());
        QVERIFY(!w->info().workerJoinToken.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w->isFollowing() && w->nodes().size() == 3, 30000);
        QVERIFY(!w->lastError().isError());
    }
    QCOMPARE(following.listCount(SwarmWatcher::Info), 1);
}

void TestSwarmWatcher::servicesAndTasksFollowedLive()
{
    SwarmWatcher w(nodeNamed(QStringLiteral("manager")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isFollowing(), 30000);
    QSignalSpy listed(&w, &SwarmWatcher::servicesListed);
    const QString name = TestEngines::uniqueName(QStringLiteral("gsw-watch"));
    const QString id =
        docker({QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("--detach"),
                QStringLiteral("--init"), QStringLiteral("--name"), name,
                QStringLiteral("--replicas"), QStringLiteral("2"), QStringLiteral("gsw-test:1"),
                QStringLiteral("sleep"), QStringLiteral("3600")});
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] {
        docker({QStringLiteral("service"), QStringLiteral("rm"), name});
    });

    // Seen from its create event; its running count climbs with no event, by listing again.
    QTRY_VERIFY_WITH_TIMEOUT(serviceNamed(w, name).has_value(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(serviceNamed(w, name)->runningTasks, 2, 120000);
    QCOMPARE(serviceNamed(w, name)->desiredTasks, 2);

    w.setTaskService(serviceNamed(w, name)->id);
    const auto runningTasks = [&w] {
        int n = 0;
        for (const SwarmTask &t : w.tasks())
            n += t.running() && t.desiredState == QLatin1String("running") ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(runningTasks(), 2, 60000);
    for (const SwarmTask &t : w.tasks())
        QCOMPARE(t.serviceId, serviceNamed(w, name)->id);

    // Scaled by someone else: the update event has the service inspected at once (its
    // replicas in the row before the full list comes), then the count converging.
    const int inspected = w.inspectCount();
    QCOMPARE(TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                      {QStringLiteral("service"), QStringLiteral("scale"),
                                       QStringLiteral("--detach"), name + QStringLiteral("=4")})
                 .exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(serviceNamed(w, name)->replicas, 4, 30000);
    QVERIFY(w.inspectCount() > inspected);
    QCOMPARE(serviceNamed(w, name)->desiredTasks, 4);
    QTRY_COMPARE_WITH_TIMEOUT(serviceNamed(w, name)->runningTasks, 4, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(runningTasks(), 4, 60000);
    QSet<QString> nodes;
    for (const SwarmTask &t : w.tasks()) {
        if (t.running())
            nodes.insert(t.nodeId);
    }
    QVERIFY2(nodes.size() >= 2, "the tasks run on more than one machine");
    // Converged: the listing again stops.
    QTRY_VERIFY_WITH_TIMEOUT(!w.isPolling(), 30000);

    cleanup.dismiss();
    QVERIFY(!docker({QStringLiteral("service"), QStringLiteral("rm"), name}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!serviceNamed(w, name).has_value(), 30000);
    QVERIFY(listed.count() >= 3);
}

void TestSwarmWatcher::swarmStoppingItsOwnTasksIsNoProblem()
{
    // What a person is told about exits on the manager: the swarm stopping tasks of its own (a
    // scale down) is no problem; a task failing by itself is, and so is a plain container
    // stopped from outside Gontainer (the control: the stop's signal alone does not silence).
    ProblemWatcher problems(m_manager.get());
    QSignalSpy said(&problems, &ProblemWatcher::problem);
    NodeService *manager = nodeNamed(QStringLiteral("manager"));
    const QString calm = TestEngines::uniqueName(QStringLiteral("gsw-calm"));
    const QString failing = TestEngines::uniqueName(QStringLiteral("gsw-fail"));
    const QString plain = TestEngines::uniqueName(QStringLiteral("gsw-plain"));
    auto cleanup = qScopeGuard([&] {
        docker({QStringLiteral("service"), QStringLiteral("rm"), calm, failing});
        docker({QStringLiteral("rm"), QStringLiteral("-f"), plain});
    });
    const auto running = [manager](const QString &prefix) {
        int n = 0;
        for (const ContainerSummary &c : manager->containers())
            n += c.name.startsWith(prefix) && c.state == ContainerSummary::State::Running ? 1 : 0;
        return n;
    };
    const QString onManager = QStringLiteral("node.role==manager");
    QVERIFY(!docker({QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("-d"),
                     QStringLiteral("--init"), QStringLiteral("--name"), calm,
                     QStringLiteral("--replicas"), QStringLiteral("2"),
                     QStringLiteral("--constraint"), onManager, QStringLiteral("gsw-test:1"),
                     QStringLiteral("sleep"), QStringLiteral("3600")})
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(running(calm + QLatin1Char('.')), 2, 120000);
    QVERIFY(!docker({QStringLiteral("service"), QStringLiteral("scale"), QStringLiteral("-d"),
                     calm + QStringLiteral("=0")})
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(running(calm + QLatin1Char('.')), 0, 120000);

    QVERIFY(!docker({QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("-d"),
                     QStringLiteral("--name"), failing, QStringLiteral("--restart-condition"),
                     QStringLiteral("none"), QStringLiteral("--constraint"), onManager,
                     QStringLiteral("gsw-test:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("sleep 2; exit 3")})
                 .isEmpty());
    QVERIFY(!docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"),
                     QStringLiteral("--name"), plain, QStringLiteral("--network"),
                     QStringLiteral("none"), QStringLiteral("gsw-test:1"), QStringLiteral("sleep"),
                     QStringLiteral("3600")})
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(running(plain), 1, 60000);
    QVERIFY(!docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("5"), plain})
                 .isEmpty());
    const auto toldOf = [&said](const QString &prefix) {
        int n = 0;
        for (const QList<QVariant> &args : said)
            n += args.at(2).toString().startsWith(prefix) ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(toldOf(failing + QLatin1Char('.')), 1, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(toldOf(plain), 1, 60000);
    QCOMPARE(toldOf(calm), 0);
}

void TestSwarmWatcher::idleWatcherListsNothing()
{
    SwarmWatcher w(nodeNamed(QStringLiteral("manager")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isFollowing() && w.listCount(SwarmWatcher::Services) > 0, 30000);
    // Every service the other tests left is converged (removed ones drained), and the lists
    // made once the events were open are in.
    QTRY_VERIFY_WITH_TIMEOUT(w.isSettled(), 60000);
    const int services = w.listCount(SwarmWatcher::Services);
    const int nodes = w.listCount(SwarmWatcher::Nodes);
    QTest::qWait(3 * SwarmWatcher::ConvergeMs);
    QCOMPARE(w.listCount(SwarmWatcher::Services), services);
    QCOMPARE(w.listCount(SwarmWatcher::Nodes), nodes);
}

void TestSwarmWatcher::secretsWithoutTheirData()
{
    SwarmWatcher w(nodeNamed(QStringLiteral("manager")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isFollowing(), 30000);
    const QString name = TestEngines::uniqueName(QStringLiteral("gsw-secret"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("s")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hush-watcher");
    file.close();
    QVERIFY(!docker({QStringLiteral("secret"), QStringLiteral("create"), name, file.fileName()})
                 .isEmpty());
    auto cleanup = qScopeGuard([&] {
        docker({QStringLiteral("secret"), QStringLiteral("rm"), name});
    });
    const auto find = [&w, &name]() -> std::optional<SwarmSecret> {
        for (const SwarmSecret &s : w.secrets()) {
            if (s.name == name)
                return s;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(find().has_value(), 30000);
    QVERIFY(find()->data.isEmpty());
    cleanup.dismiss();
    QVERIFY(!docker({QStringLiteral("secret"), QStringLiteral("rm"), name}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!find().has_value(), 30000);
}

QTEST_GUILESS_MAIN(TestSwarmWatcher)
#include "tst_swarmwatcher.moc"
