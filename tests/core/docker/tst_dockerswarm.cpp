#include "core/docker/dockerengine.h"

#include "testengines.h"

#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <optional>

// DockerEngine's swarm calls against the harness's real swarm (a manager and two workers, each
// a dockerd in namespaces of its own), and what engines outside a swarm, or without swarms,
// answer.
class TestDockerSwarm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whereEachEngineStands();
    void nodesOfTheSwarm();
    void workerRefusesTheClustersCalls();
    void serviceAcrossNodesScaledUpdatedRolledBack();
    void drainMovesTasksAway();
    void secretsAndConfigs();
    void workerKilledIsDownAndItsTasksMove();

private:
    template<typename T>
    static EngineResult<T>
    await(const std::function<CallHandle(QObject *, Engine::Callback<T>)> &start,
          int timeoutMs = 60000)
    {
        std::optional<EngineResult<T>> result;
        QObject context;
        start(&context, [&](const EngineResult<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return EngineResult<T>::failure(
                EngineError::make(EngineError::Kind::Timeout, QStringLiteral("test waited")));
        return *result;
    }
    static EngineError
    awaitDone(const std::function<CallHandle(QObject *, Engine::DoneCallback)> &start,
              int timeoutMs = 60000)
    {
        std::optional<EngineError> result;
        QObject context;
        start(&context, [&](const EngineError &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("test waited"));
        return *result;
    }
    QList<SwarmTask> tasksOf(const QString &serviceId);
    std::optional<SwarmService> service(const QString &id);
    // Running tasks of the service, and the nodes they run on.
    int running(const QString &serviceId, QSet<QString> *nodes = nullptr);
    QString createSleeper(const QString &name, int replicas);

    std::unique_ptr<DockerEngine> m_manager;
    std::unique_ptr<DockerEngine> m_worker;
};

void TestDockerSwarm::initTestCase()
{
    REQUIRE_SWARM();
    m_manager = std::make_unique<DockerEngine>(Endpoint::fromUrl(TestEngines::swarmManagerUrl()));
    QVERIFY(!TestEngines::swarmWorkerUrls().isEmpty());
    m_worker =
        std::make_unique<DockerEngine>(Endpoint::fromUrl(TestEngines::swarmWorkerUrls().first()));
    for (DockerEngine *engine : {m_manager.get(), m_worker.get()}) {
        const auto info = await<EngineInfo>([engine](QObject *c, Engine::InfoCallback cb) {
            engine->identify(c, std::move(cb));
            return CallHandle();
        });
        QVERIFY2(info.ok(), qPrintable(info.error.userText()));
        QVERIFY(info.value.capabilities.swarm);
    }
}

QList<SwarmTask> TestDockerSwarm::tasksOf(const QString &serviceId)
{
    const auto tasks = await<QList<SwarmTask>>(
        [&](QObject *c, auto cb) { return m_manager->listTasks(serviceId, c, std::move(cb)); });
    return tasks.ok() ? tasks.value : QList<SwarmTask>();
}

std::optional<SwarmService> TestDockerSwarm::service(const QString &id)
{
    const auto services = await<QList<SwarmService>>(
        [&](QObject *c, auto cb) { return m_manager->listServices(c, std::move(cb)); });
    if (!services.ok())
        return std::nullopt;
    for (const SwarmService &s : services.value) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

int TestDockerSwarm::running(const QString &serviceId, QSet<QString> *nodes)
{
    int count = 0;
    for (const SwarmTask &t : tasksOf(serviceId)) {
        if (t.running() && t.desiredState == QLatin1String("running")) {
            ++count;
            if (nodes)
                nodes->insert(t.nodeId);
        }
    }
    return count;
}

QString TestDockerSwarm::createSleeper(const QString &name, int replicas)
{
    SwarmServiceSpec spec;
    spec.name = name;
    spec.image = QStringLiteral("gsw-test:1");
    spec.command = {QStringLiteral("sleep"), QStringLiteral("3600")};
    spec.replicas = replicas;
    spec.init = true;
    spec.restartDelayNs = 1000000000;
    spec.updateParallelism = 2;
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("1")}};
    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return m_manager->createService(spec, c, std::move(cb)); });
    if (!created.ok())
        qWarning("service create: %s", qPrintable(created.error.userText()));
    return created.ok() ? created.value.id : QString();
}

void TestDockerSwarm::whereEachEngineStands()
{
    const auto manager = await<SwarmInfo>(
        [&](QObject *c, auto cb) { return m_manager->swarmInfo(c, std::move(cb)); });
    QVERIFY2(manager.ok(), qPrintable(manager.error.userText()));
    QVERIFY(manager.value.active());
    QVERIFY(manager.value.manager);
    QVERIFY(!manager.value.clusterId.isEmpty());
    QCOMPARE(manager.value.nodes, 3);
    QCOMPARE(manager.value.managers, 1);
    QVERIFY(manager.value.workerJoinToken.startsWith(QLatin1String("SWMTKN-1-")));

    const auto worker = await<SwarmInfo>(
        [&](QObject *c, auto cb) { return m_worker->swarmInfo(c, std::move(cb)); });
    QVERIFY2(worker.ok(), qPrintable(worker.error.userText()));
    QVERIFY(worker.value.active());
    QVERIFY(!worker.value.manager);
    QVERIFY(worker.value.clusterId.isEmpty()); // a worker cannot read the cluster
    QCOMPARE(worker.value.remoteManagers.size(), 1);
    QCOMPARE(worker.value.remoteManagers.first().nodeId, manager.value.nodeId);

    // Asked apart: where the manager stands without its cluster, the cluster without where it
    // stands, and a worker refused the cluster.
    const auto local = await<SwarmInfo>(
        [&](QObject *c, auto cb) { return m_manager->swarmLocalState(c, std::move(cb)); });
    QVERIFY2(local.ok(), qPrintable(local.error.userText()));
    QVERIFY(local.value.manager);
    QCOMPARE(local.value.nodeId, manager.value.nodeId);
    QVERIFY(local.value.clusterId.isEmpty());
    const auto cluster = await<SwarmInfo>(
        [&](QObject *c, auto cb) { return m_manager->swarmCluster(c, std::move(cb)); });
    QVERIFY2(cluster.ok(), qPrintable(cluster.error.userText()));
    QCOMPARE(cluster.value.clusterId, manager.value.clusterId);
    QVERIFY(cluster.value.nodeId.isEmpty());
    QCOMPARE(cluster.value.withLocalStateOf(local.value), manager.value);
    const auto refused = await<SwarmInfo>(
        [&](QObject *c, auto cb) { return m_worker->swarmCluster(c, std::move(cb)); });
    QVERIFY(!refused.ok());

    // The harness's own dockerd is in no swarm; Podman has none at all.
    DockerEngine docker(Endpoint::fromUrl(QStringLiteral("unix://") + TestEngines::dockerSocket()));
    const auto alone =
        await<SwarmInfo>([&](QObject *c, auto cb) { return docker.swarmInfo(c, std::move(cb)); });
    QVERIFY2(alone.ok(), qPrintable(alone.error.userText()));
    QCOMPARE(alone.value.localState, SwarmInfo::LocalState::Inactive);
    DockerEngine podman(Endpoint::fromUrl(QStringLiteral("unix://") + TestEngines::podmanSocket()));
    const auto identified = await<EngineInfo>([&](QObject *c, Engine::InfoCallback cb) {
        podman.identify(c, std::move(cb));
        return CallHandle();
    });
    QVERIFY(identified.ok());
    QVERIFY(!identified.value.capabilities.swarm);
    const auto none = await<QList<SwarmService>>(
        [&](QObject *c, auto cb) { return podman.listServices(c, std::move(cb)); });
    QCOMPARE(none.error.kind, EngineError::Kind::Unsupported);

    // A new worker token: the old one no longer is the swarm's.
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->rotateJoinToken(manager.value, false, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    const auto rotated = await<SwarmInfo>(
        [&](QObject *c, auto cb) { return m_manager->swarmInfo(c, std::move(cb)); });
    QVERIFY(rotated.ok());
    QVERIFY(rotated.value.workerJoinToken != manager.value.workerJoinToken);
    QCOMPARE(rotated.value.managerJoinToken, manager.value.managerJoinToken);
}

void TestDockerSwarm::nodesOfTheSwarm()
{
    const auto nodes = await<QList<SwarmNode>>(
        [&](QObject *c, auto cb) { return m_manager->listSwarmNodes(c, std::move(cb)); });
    QVERIFY2(nodes.ok(), qPrintable(nodes.error.userText()));
    QCOMPARE(nodes.value.size(), 3);
    int managers = 0;
    int leaders = 0;
    QSet<QString> names;
    for (const SwarmNode &n : nodes.value) {
        managers += n.role == SwarmNode::Role::Manager ? 1 : 0;
        leaders += n.leader ? 1 : 0;
        names.insert(n.engineLabels.value(QStringLiteral("gsw.node")));
        QVERIFY(!n.hostname.isEmpty());
        QVERIFY(!n.engineVersion.isEmpty());
        QVERIFY(n.nanoCpus > 0);
    }
    QCOMPARE(managers, 1);
    QCOMPARE(leaders, 1);
    QCOMPARE(names,
             (QSet<QString>{QStringLiteral("m"), QStringLiteral("w1"), QStringLiteral("w2")}));

    // Labels set and taken away; the node's role and availability stay.
    SwarmNode w1;
    for (const SwarmNode &n : nodes.value) {
        if (n.engineLabels.value(QStringLiteral("gsw.node")) == QLatin1String("w1"))
            w1 = n;
    }
    SwarmNodeUpdate labels;
    labels.labels = QMap<QString, QString>{{QStringLiteral("disk"), QStringLiteral("ssd")}};
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->updateSwarmNode(w1, labels, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    auto after = await<QList<SwarmNode>>(
        [&](QObject *c, auto cb) { return m_manager->listSwarmNodes(c, std::move(cb)); });
    QVERIFY(after.ok());
    SwarmNode changed;
    for (const SwarmNode &n : after.value) {
        if (n.id == w1.id)
            changed = n;
    }
    QCOMPARE(changed.labels.value(QStringLiteral("disk")), QStringLiteral("ssd"));
    QCOMPARE(changed.role, SwarmNode::Role::Worker);
    QCOMPARE(changed.availability, SwarmNode::Availability::Active);
    // An update from a stale version is refused, not applied over the newer one.
    SwarmNodeUpdate stale;
    stale.labels = QMap<QString, QString>{};
    const EngineError refused = awaitDone([&](QObject *c, auto cb) {
        return m_manager->updateSwarmNode(w1, stale, c, std::move(cb));
    });
    QVERIFY(refused.isError());
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->updateSwarmNode(changed, stale, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
}

void TestDockerSwarm::workerRefusesTheClustersCalls()
{
    const auto nodes = await<QList<SwarmNode>>(
        [&](QObject *c, auto cb) { return m_worker->listSwarmNodes(c, std::move(cb)); });
    QVERIFY(!nodes.ok());
    QCOMPARE(nodes.error.httpStatus, 503);
    QVERIFY2(nodes.error.message.contains(QLatin1String("not a swarm manager")),
             qPrintable(nodes.error.message));
}

void TestDockerSwarm::serviceAcrossNodesScaledUpdatedRolledBack()
{
    const QString id = createSleeper(TestEngines::uniqueName(QStringLiteral("sl")), 4);
    QVERIFY(!id.isEmpty());
    auto remove = qScopeGuard([&] {
        awaitDone(
            [&](QObject *c, auto cb) { return m_manager->removeService(id, c, std::move(cb)); });
    });
    // Four replicas, on more than one machine.
    QSet<QString> nodes;
    QTRY_VERIFY_WITH_TIMEOUT((nodes.clear(), running(id, &nodes) == 4), 120000);
    QVERIFY2(nodes.size() >= 2, "the tasks all ran on one node");
    auto listed = service(id);
    QVERIFY(listed);
    QCOMPARE(listed->replicas, 4);
    QTRY_VERIFY_WITH_TIMEOUT(service(id)->runningTasks == 4, 60000);
    QCOMPARE(service(id)->desiredTasks, 4);

    // Scaled up, then down.
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->scaleService(*service(id), 6, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    QTRY_VERIFY_WITH_TIMEOUT(running(id) == 6, 120000);
    // From a service read before the scale: read again and made anew, not refused.
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->scaleService(*listed, 2, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    QTRY_VERIFY_WITH_TIMEOUT(running(id) == 2, 120000);
    QCOMPARE(service(id)->replicas, 2);

    // Another image, rolled through; then back.
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->updateServiceImage(*service(id), QStringLiteral("gsw-test:2"), c,
                                                      std::move(cb));
             }).kind,
             EngineError::Kind::None);
    QTRY_VERIFY_WITH_TIMEOUT(service(id)->updateState == SwarmService::UpdateState::Completed,
                             180000);
    QCOMPARE(service(id)->imageName(), QStringLiteral("gsw-test:2"));
    QVERIFY(service(id)->canRollBack);
    QTRY_VERIFY_WITH_TIMEOUT(running(id) == 2, 120000);
    for (const SwarmTask &t : tasksOf(id)) {
        if (t.running())
            QCOMPARE(t.image.section(QLatin1Char('@'), 0, 0), QStringLiteral("gsw-test:2"));
    }
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->rollbackService(*service(id), c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    QTRY_VERIFY_WITH_TIMEOUT(
        service(id)->updateState == SwarmService::UpdateState::RollbackCompleted, 180000);
    QCOMPARE(service(id)->imageName(), QStringLiteral("gsw-test:1"));

    // A global service has no replicas to set.
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 SwarmService global = *service(id);
                 global.mode = SwarmService::Mode::Global;
                 return m_manager->scaleService(global, 3, c, std::move(cb));
             }).kind,
             EngineError::Kind::BadInput);

    remove.dismiss();
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->removeService(id, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    QVERIFY(!service(id));
}

void TestDockerSwarm::drainMovesTasksAway()
{
    const QString id = createSleeper(TestEngines::uniqueName(QStringLiteral("dr")), 3);
    QVERIFY(!id.isEmpty());
    auto remove = qScopeGuard([&] {
        awaitDone(
            [&](QObject *c, auto cb) { return m_manager->removeService(id, c, std::move(cb)); });
    });
    QTRY_VERIFY_WITH_TIMEOUT(running(id) == 3, 120000);
    const auto nodes = await<QList<SwarmNode>>(
        [&](QObject *c, auto cb) { return m_manager->listSwarmNodes(c, std::move(cb)); });
    QVERIFY(nodes.ok());
    SwarmNode w2;
    for (const SwarmNode &n : nodes.value) {
        if (n.engineLabels.value(QStringLiteral("gsw.node")) == QLatin1String("w2"))
            w2 = n;
    }
    QVERIFY(!w2.id.isEmpty());
    SwarmNodeUpdate drain;
    drain.availability = SwarmNode::Availability::Drain;
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->updateSwarmNode(w2, drain, c, std::move(cb));
             }).kind,
             EngineError::Kind::None);
    auto activate = qScopeGuard([&] {
        const auto now = await<QList<SwarmNode>>(
            [&](QObject *c, auto cb) { return m_manager->listSwarmNodes(c, std::move(cb)); });
        for (const SwarmNode &n : now.value) {
            if (n.id == w2.id) {
                SwarmNodeUpdate active;
                active.availability = SwarmNode::Availability::Active;
                awaitDone([&](QObject *c, auto cb) {
                    return m_manager->updateSwarmNode(n, active, c, std::move(cb));
                });
            }
        }
    });
    // All three run again, none of them on the drained node.
    QSet<QString> on;
    QTRY_VERIFY_WITH_TIMEOUT((on.clear(), running(id, &on) == 3 && !on.contains(w2.id)), 120000);
}

void TestDockerSwarm::secretsAndConfigs()
{
    const QString name = TestEngines::uniqueName(QStringLiteral("pw"));
    const auto secret = await<CreatedObject>([&](QObject *c, auto cb) {
        return m_manager->createSecret(SwarmSecret::Kind::Secret, name, "hunter2",
                                       {{QStringLiteral("k"), QStringLiteral("v")}}, c,
                                       std::move(cb));
    });
    QVERIFY2(secret.ok(), qPrintable(secret.error.userText()));
    const auto secrets = await<QList<SwarmSecret>>([&](QObject *c, auto cb) {
        return m_manager->listSecrets(SwarmSecret::Kind::Secret, c, std::move(cb));
    });
    QVERIFY(secrets.ok());
    bool found = false;
    for (const SwarmSecret &s : secrets.value) {
        if (s.id == secret.value.id) {
            found = true;
            QCOMPARE(s.name, name);
            QCOMPARE(s.labels.value(QStringLiteral("k")), QStringLiteral("v"));
            QVERIFY(s.data.isEmpty()); // never shown back
        }
    }
    QVERIFY(found);
    // A second secret of that name is refused.
    const auto again = await<CreatedObject>([&](QObject *c, auto cb) {
        return m_manager->createSecret(SwarmSecret::Kind::Secret, name, "x", {}, c, std::move(cb));
    });
    QVERIFY(!again.ok());
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->removeSecret(SwarmSecret::Kind::Secret, secret.value.id, c,
                                                std::move(cb));
             }).kind,
             EngineError::Kind::None);

    const auto config = await<CreatedObject>([&](QObject *c, auto cb) {
        return m_manager->createSecret(SwarmSecret::Kind::Config, name, "listen 80\n", {}, c,
                                       std::move(cb));
    });
    QVERIFY2(config.ok(), qPrintable(config.error.userText()));
    const auto configs = await<QList<SwarmSecret>>([&](QObject *c, auto cb) {
        return m_manager->listSecrets(SwarmSecret::Kind::Config, c, std::move(cb));
    });
    QVERIFY(configs.ok());
    found = false;
    for (const SwarmSecret &s : configs.value) {
        if (s.id == config.value.id) {
            found = true;
            QCOMPARE(s.data, QByteArray("listen 80\n")); // a config's content comes back
        }
    }
    QVERIFY(found);
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return m_manager->removeSecret(SwarmSecret::Kind::Config, config.value.id, c,
                                                std::move(cb));
             }).kind,
             EngineError::Kind::None);
}

void TestDockerSwarm::workerKilledIsDownAndItsTasksMove()
{
    // Last: it stops a node of the shared swarm (and starts it again).
    const QString id = createSleeper(TestEngines::uniqueName(QStringLiteral("kd")), 3);
    QVERIFY(!id.isEmpty());
    auto remove = qScopeGuard([&] {
        awaitDone(
            [&](QObject *c, auto cb) { return m_manager->removeService(id, c, std::move(cb)); });
    });
    QTRY_VERIFY_WITH_TIMEOUT(running(id) == 3, 120000);
    const auto nodes = await<QList<SwarmNode>>(
        [&](QObject *c, auto cb) { return m_manager->listSwarmNodes(c, std::move(cb)); });
    QVERIFY(nodes.ok());
    QString w1;
    for (const SwarmNode &n : nodes.value) {
        if (n.engineLabels.value(QStringLiteral("gsw.node")) == QLatin1String("w1"))
            w1 = n.id;
    }
    QVERIFY(TestEngines::swarmNode(QStringLiteral("crash"), QStringLiteral("w1")));
    auto restart =
        qScopeGuard([] { TestEngines::swarmNode(QStringLiteral("start"), QStringLiteral("w1")); });
    const auto stateOf = [&](const QString &nodeId) {
        const auto now = await<QList<SwarmNode>>(
            [&](QObject *c, auto cb) { return m_manager->listSwarmNodes(c, std::move(cb)); });
        for (const SwarmNode &n : now.value) {
            if (n.id == nodeId)
                return n.state;
        }
        return SwarmNode::State::Unknown;
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(w1) == SwarmNode::State::Down, 120000);
    QSet<QString> on;
    QTRY_VERIFY_WITH_TIMEOUT((on.clear(), running(id, &on) == 3 && !on.contains(w1)), 120000);
    restart.dismiss();
    QVERIFY(TestEngines::swarmNode(QStringLiteral("start"), QStringLiteral("w1")));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(w1) == SwarmNode::State::Ready, 120000);
}

QTEST_GUILESS_MAIN(TestDockerSwarm)
#include "tst_dockerswarm.moc"
