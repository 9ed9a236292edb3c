#include "core/docker/dockerevents.h"
#include "core/docker/dockerswarmjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Swarm payloads recorded from Docker 20.10 in a swarm of a manager and two workers
// (tests/data/docker-20.10-swarm-*), and the bodies that change a swarm.
class TestDockerSwarmJson : public QObject
{
    Q_OBJECT

private slots:
    void localStateOfAWorker();
    void cluster();
    void nodes();
    void nodeUpdateKeepsTheRestOfTheSpec();
    void servicesWithStatus();
    void serviceBeingUpdated();
    void tasks();
    void serviceCreateBody();
    void scaleAndImageChangeOnlyTheirField();
    void secrets();
    void createdAnswers();
    void events();
};

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(GONTAINER_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestDockerSwarmJson::localStateOfAWorker()
{
    QJsonObject info;
    info.insert(QLatin1String("Swarm"),
                objectOf(readData(QStringLiteral("docker-20.10-swarm-worker-info-swarm.json"))));
    const auto state = DockerSwarmJson::parseLocalState(QJsonDocument(info).toJson());
    QVERIFY(state);
    QVERIFY(state->active());
    QVERIFY(!state->manager);
    QCOMPARE(state->nodeId, QStringLiteral("wre4fus8kmk5lcg6qt8i09qsg"));
    QCOMPARE(state->nodeAddress, QStringLiteral("192.168.251.11"));
    QCOMPARE(state->remoteManagers.size(), 1);
    QCOMPARE(state->remoteManagers.first().address, QStringLiteral("192.168.251.10:2377"));
    QCOMPARE(state->nodes, -1); // a worker does not count them
    QVERIFY(state->clusterId.isEmpty());

    // Not in a swarm (a fresh engine's /info).
    const auto inactive = DockerSwarmJson::parseLocalState(
        R"({"Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"inactive","ControlAvailable":false,"Error":"","RemoteManagers":null}})");
    QVERIFY(inactive);
    QCOMPARE(inactive->localState, SwarmInfo::LocalState::Inactive);
    QVERIFY(!DockerSwarmJson::parseLocalState("not json"));
}

void TestDockerSwarmJson::cluster()
{
    SwarmInfo info;
    QVERIFY(DockerSwarmJson::addCluster(readData(QStringLiteral("docker-20.10-swarm-swarm.json")),
                                        &info));
    QCOMPARE(info.clusterId, QStringLiteral("otupfujq66y7c3edarizfc8le"));
    QCOMPARE(info.version, qint64(10));
    QCOMPARE(info.clusterName, QStringLiteral("default"));
    QCOMPARE(info.dispatcherHeartbeatNs, qint64(1000000000));
    QCOMPARE(info.raftElectionTick, 10);
    QCOMPARE(info.dataPathPort, 4789);
    QCOMPARE(info.defaultAddressPool, QStringList{QStringLiteral("10.0.0.0/8")});
    QVERIFY(info.workerJoinToken.startsWith(QLatin1String("SWMTKN-1-")));
    QVERIFY(info.managerJoinToken.startsWith(QLatin1String("SWMTKN-1-")));
    QVERIFY(info.workerJoinToken != info.managerJoinToken);
    // The spec goes back whole with an update.
    QCOMPARE(objectOf(info.specJson).value(QLatin1String("Name")).toString(),
             QStringLiteral("default"));
    QVERIFY(objectOf(info.specJson).contains(QLatin1String("Raft")));
    SwarmInfo none;
    QVERIFY(!DockerSwarmJson::addCluster(R"({"message":"not a manager"})", &none));
}

void TestDockerSwarmJson::nodes()
{
    const auto nodes =
        DockerSwarmJson::parseNodeList(readData(QStringLiteral("docker-20.10-swarm-nodes.json")));
    QVERIFY(nodes);
    QCOMPARE(nodes->size(), 3);
    const SwarmNode &m = nodes->at(0);
    QCOMPARE(m.id, QStringLiteral("0z2ry0bcxrdh6shecismmvlmx"));
    QCOMPARE(m.hostname, QStringLiteral("gsw-m"));
    QCOMPARE(m.role, SwarmNode::Role::Manager);
    QVERIFY(m.leader);
    QCOMPARE(m.reachability, SwarmNode::Reachability::Reachable);
    QCOMPARE(m.managerAddress, QStringLiteral("192.168.251.10:2377"));
    QCOMPARE(m.state, SwarmNode::State::Ready);
    QCOMPARE(m.availability, SwarmNode::Availability::Active);
    QCOMPARE(m.address, QStringLiteral("192.168.251.10"));
    QCOMPARE(m.engineVersion, QStringLiteral("20.10.24+dfsg1"));
    QCOMPARE(m.engineLabels.value(QStringLiteral("gsw.node")), QStringLiteral("m"));
    QCOMPARE(m.nanoCpus, Q_INT64_C(2000000000));
    QVERIFY(m.memoryBytes > 0);
    QCOMPARE(m.os, QStringLiteral("linux"));
    QCOMPARE(m.version, qint64(9));
    const SwarmNode &w = nodes->at(1);
    QCOMPARE(w.role, SwarmNode::Role::Worker);
    QVERIFY(!w.leader);
    QCOMPARE(w.reachability, SwarmNode::Reachability::Unknown);
    QVERIFY(!DockerSwarmJson::parseNodeList(R"({"message":"x"})"));
}

void TestDockerSwarmJson::nodeUpdateKeepsTheRestOfTheSpec()
{
    SwarmNode node;
    node.role = SwarmNode::Role::Worker;
    node.availability = SwarmNode::Availability::Active;
    node.labels = {{QStringLiteral("disk"), QStringLiteral("ssd")}};
    SwarmNodeUpdate drain;
    drain.availability = SwarmNode::Availability::Drain;
    QJsonObject body = objectOf(DockerSwarmJson::nodeUpdateBody(node, drain));
    QCOMPARE(body.value(QLatin1String("Availability")).toString(), QStringLiteral("drain"));
    QCOMPARE(body.value(QLatin1String("Role")).toString(), QStringLiteral("worker"));
    QCOMPARE(body.value(QLatin1String("Labels")).toObject().value(QLatin1String("disk")).toString(),
             QStringLiteral("ssd"));

    SwarmNodeUpdate promote;
    promote.role = SwarmNode::Role::Manager;
    promote.labels = QMap<QString, QString>{};
    body = objectOf(DockerSwarmJson::nodeUpdateBody(node, promote));
    QCOMPARE(body.value(QLatin1String("Role")).toString(), QStringLiteral("manager"));
    QCOMPARE(body.value(QLatin1String("Availability")).toString(), QStringLiteral("active"));
    QVERIFY(body.value(QLatin1String("Labels")).toObject().isEmpty());
}

void TestDockerSwarmJson::servicesWithStatus()
{
    const auto services = DockerSwarmJson::parseServiceList(
        readData(QStringLiteral("docker-20.10-swarm-services-status.json")));
    QVERIFY(services);
    QCOMPARE(services->size(), 1);
    const SwarmService &s = services->first();
    QCOMPARE(s.id, QStringLiteral("pjaogsqpqyioi5v6osrps0neu"));
    QCOMPARE(s.name, QStringLiteral("sl"));
    QCOMPARE(s.mode, SwarmService::Mode::Replicated);
    QCOMPARE(s.replicas, 4);
    QCOMPARE(s.runningTasks, 4);
    QCOMPARE(s.desiredTasks, 4);
    QCOMPARE(s.image, QStringLiteral("gsw-test:1"));
    QCOMPARE(s.updateState, SwarmService::UpdateState::None);
    QVERIFY(!s.canRollBack);
    QCOMPARE(s.version, qint64(20));
    QVERIFY(s.stack().isEmpty());
    QCOMPARE(s.spec.value(QLatin1String("Name")).toString(), QStringLiteral("sl"));
}

void TestDockerSwarmJson::serviceBeingUpdated()
{
    const auto s = DockerSwarmJson::parseService(
        readData(QStringLiteral("docker-20.10-swarm-service-updating.json")));
    QVERIFY(s);
    QCOMPARE(s->updateState, SwarmService::UpdateState::Updating);
    QCOMPARE(s->updateMessage, QStringLiteral("update in progress"));
    QVERIFY(s->updateStarted.isValid());
    QVERIFY(!s->updateCompleted.isValid());
    QVERIFY(s->canRollBack);
    QCOMPARE(s->image, QStringLiteral("gsw-test:2"));
    QCOMPARE(s->runningTasks, -1); // an inspect does not count tasks

    SwarmService pinned;
    pinned.image = QStringLiteral("busybox:1.36@sha256:abcdef");
    QCOMPARE(pinned.imageName(), QStringLiteral("busybox:1.36"));
    pinned.labels.insert(QStringLiteral("com.docker.stack.namespace"), QStringLiteral("web"));
    QCOMPARE(pinned.stack(), QStringLiteral("web"));
}

void TestDockerSwarmJson::tasks()
{
    const auto tasks =
        DockerSwarmJson::parseTaskList(readData(QStringLiteral("docker-20.10-swarm-tasks.json")));
    QVERIFY(tasks);
    QCOMPARE(tasks->size(), 4);
    const SwarmTask &t = tasks->first();
    QCOMPARE(t.id, QStringLiteral("h5o4c688m24t6wr34z6f5qwan"));
    QCOMPARE(t.slot, 3);
    QCOMPARE(t.nodeId, QStringLiteral("0z2ry0bcxrdh6shecismmvlmx"));
    QCOMPARE(t.serviceId, QStringLiteral("pjaogsqpqyioi5v6osrps0neu"));
    QCOMPARE(t.state, QStringLiteral("running"));
    QVERIFY(t.running());
    QCOMPARE(t.desiredState, QStringLiteral("running"));
    QCOMPARE(t.message, QStringLiteral("started"));
    QCOMPARE(t.containerId,
             QStringLiteral("c5deb06cf32fe271c4e4aab8d33edfabfc5066385766e6fbd1257bea94b1848f"));
    QCOMPARE(t.image, QStringLiteral("gsw-test:1"));
    QVERIFY(t.timestamp.isValid());
    QSet<QString> nodes;
    for (const SwarmTask &task : *tasks)
        nodes.insert(task.nodeId);
    QCOMPARE(nodes.size(), 3); // spread over the manager and both workers
}

void TestDockerSwarmJson::serviceCreateBody()
{
    SwarmServiceSpec spec;
    spec.name = QStringLiteral("web");
    spec.image = QStringLiteral("busybox:latest");
    spec.command = {QStringLiteral("httpd"), QStringLiteral("-f")};
    spec.env = {QStringLiteral("A=1")};
    spec.replicas = 3;
    spec.init = true;
    spec.ports = {SwarmPort{80, 8080, QStringLiteral("tcp"), true}};
    spec.mounts = {
        SwarmMount{QStringLiteral("bind"), QStringLiteral("/srv"), QStringLiteral("/www"), true}};
    spec.constraints = {QStringLiteral("node.role==worker")};
    spec.limitMemoryBytes = 64 << 20;
    spec.restartCondition = SwarmServiceSpec::RestartCondition::OnFailure;
    spec.restartMaxAttempts = 3;
    spec.updateParallelism = 2;
    spec.updateStartFirst = true;
    spec.updateFailureAction = SwarmServiceSpec::FailureAction::Rollback;
    spec.labels = {{QStringLiteral("team"), QStringLiteral("a")}};
    const QJsonObject o = objectOf(DockerSwarmJson::serviceCreateBody(spec));
    QCOMPARE(o.value(QLatin1String("Name")).toString(), QStringLiteral("web"));
    const QJsonObject task = o.value(QLatin1String("TaskTemplate")).toObject();
    const QJsonObject container = task.value(QLatin1String("ContainerSpec")).toObject();
    QCOMPARE(container.value(QLatin1String("Image")).toString(), QStringLiteral("busybox:latest"));
    QCOMPARE(container.value(QLatin1String("Command")).toArray().size(), 2);
    QVERIFY(container.value(QLatin1String("Init")).toBool());
    QCOMPARE(container.value(QLatin1String("Env")).toArray().first().toString(),
             QStringLiteral("A=1"));
    const QJsonObject mount = container.value(QLatin1String("Mounts")).toArray().first().toObject();
    QCOMPARE(mount.value(QLatin1String("Type")).toString(), QStringLiteral("bind"));
    QVERIFY(mount.value(QLatin1String("ReadOnly")).toBool());
    QCOMPARE(task.value(QLatin1String("Placement"))
                 .toObject()
                 .value(QLatin1String("Constraints"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("node.role==worker"));
    QCOMPARE(task.value(QLatin1String("Resources"))
                 .toObject()
                 .value(QLatin1String("Limits"))
                 .toObject()
                 .value(QLatin1String("MemoryBytes"))
                 .toDouble(),
             double(64 << 20));
    const QJsonObject restart = task.value(QLatin1String("RestartPolicy")).toObject();
    QCOMPARE(restart.value(QLatin1String("Condition")).toString(), QStringLiteral("on-failure"));
    QCOMPARE(restart.value(QLatin1String("MaxAttempts")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("Mode"))
                 .toObject()
                 .value(QLatin1String("Replicated"))
                 .toObject()
                 .value(QLatin1String("Replicas"))
                 .toInt(),
             3);
    const QJsonObject update = o.value(QLatin1String("UpdateConfig")).toObject();
    QCOMPARE(update.value(QLatin1String("Parallelism")).toInt(), 2);
    QCOMPARE(update.value(QLatin1String("Order")).toString(), QStringLiteral("start-first"));
    QCOMPARE(update.value(QLatin1String("FailureAction")).toString(), QStringLiteral("rollback"));
    const QJsonObject port = o.value(QLatin1String("EndpointSpec"))
                                 .toObject()
                                 .value(QLatin1String("Ports"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(port.value(QLatin1String("TargetPort")).toInt(), 80);
    QCOMPARE(port.value(QLatin1String("PublishedPort")).toInt(), 8080);
    QCOMPARE(port.value(QLatin1String("PublishMode")).toString(), QStringLiteral("host"));

    spec.global = true;
    const QJsonObject global = objectOf(DockerSwarmJson::serviceCreateBody(spec));
    QVERIFY(global.value(QLatin1String("Mode")).toObject().contains(QLatin1String("Global")));
    QVERIFY(!global.value(QLatin1String("Mode")).toObject().contains(QLatin1String("Replicated")));
}

void TestDockerSwarmJson::scaleAndImageChangeOnlyTheirField()
{
    const auto s = DockerSwarmJson::parseServiceList(
        readData(QStringLiteral("docker-20.10-swarm-services-status.json")));
    QVERIFY(s);
    const QJsonObject spec = s->first().spec;
    const auto scaled = DockerSwarmJson::scaledSpec(spec, 6);
    QVERIFY(scaled);
    QJsonObject o = objectOf(*scaled);
    QCOMPARE(o.value(QLatin1String("Mode"))
                 .toObject()
                 .value(QLatin1String("Replicated"))
                 .toObject()
                 .value(QLatin1String("Replicas"))
                 .toInt(),
             6);
    // Everything else as it was.
    QJsonObject before = spec;
    before.remove(QLatin1String("Mode"));
    o.remove(QLatin1String("Mode"));
    QCOMPARE(o, before);

    const auto image = DockerSwarmJson::imageSpec(spec, QStringLiteral("gsw-test:2"));
    QVERIFY(image);
    const QJsonObject task = objectOf(*image).value(QLatin1String("TaskTemplate")).toObject();
    const QJsonObject container = task.value(QLatin1String("ContainerSpec")).toObject();
    QCOMPARE(container.value(QLatin1String("Image")).toString(), QStringLiteral("gsw-test:2"));
    QCOMPARE(container.value(QLatin1String("Command")).toArray().size(), 2); // sleep 3600 kept

    QVERIFY(!DockerSwarmJson::scaledSpec(objectOf(R"({"Mode":{"Global":{}}})"), 2));
    QVERIFY(!DockerSwarmJson::scaledSpec(QJsonObject(), 2));
    QVERIFY(!DockerSwarmJson::imageSpec(QJsonObject(), QStringLiteral("gsw-test:2")));
}

void TestDockerSwarmJson::secrets()
{
    const QByteArray list =
        R"([{"ID":"s1","Version":{"Index":11},"CreatedAt":"2026-12-04T15:36:06.05Z",
        "UpdatedAt":"2026-12-04T15:36:06.05Z","Spec":{"Name":"db-password","Labels":{"a":"b"},
        "Data":"c2VjcmV0"}}])";
    const auto secrets = DockerSwarmJson::parseSecretList(list, SwarmSecret::Kind::Secret);
    QVERIFY(secrets);
    QCOMPARE(secrets->size(), 1);
    QCOMPARE(secrets->first().name, QStringLiteral("db-password"));
    QCOMPARE(secrets->first().version, qint64(11));
    QCOMPARE(secrets->first().labels.value(QStringLiteral("a")), QStringLiteral("b"));
    // A secret's data is never kept, even where an engine sent it.
    QVERIFY(secrets->first().data.isEmpty());
    const auto configs = DockerSwarmJson::parseSecretList(list, SwarmSecret::Kind::Config);
    QCOMPARE(configs->first().data, QByteArray("secret"));
    QCOMPARE(configs->first().kind, SwarmSecret::Kind::Config);

    const QJsonObject body = objectOf(DockerSwarmJson::secretCreateBody(
        QStringLiteral("token"), "top secret", {{QStringLiteral("k"), QStringLiteral("v")}}));
    QCOMPARE(body.value(QLatin1String("Name")).toString(), QStringLiteral("token"));
    QCOMPARE(QByteArray::fromBase64(body.value(QLatin1String("Data")).toString().toLatin1()),
             QByteArray("top secret"));
}

void TestDockerSwarmJson::createdAnswers()
{
    const auto created = DockerSwarmJson::parseCreated(R"({"ID":"xoimiqtaydcpolhqkatvfl81h"})");
    QVERIFY(created);
    QCOMPARE(created->id, QStringLiteral("xoimiqtaydcpolhqkatvfl81h"));
    QVERIFY(created->warnings.isEmpty());
    const auto warned = DockerSwarmJson::parseCreated(
        R"({"ID":"x","Warning":"image gsw-test:1 could not be accessed on a registry"})");
    QCOMPARE(warned->warnings.size(), 1);
    QVERIFY(!DockerSwarmJson::parseCreated(R"({"message":"name conflicts"})"));
    QVERIFY(DockerSwarmJson::updateWarnings(R"({"Warnings":null})").isEmpty());
    QCOMPARE(DockerSwarmJson::updateWarnings(R"({"Warnings":["a"]})"),
             QStringList{QStringLiteral("a")});
}

void TestDockerSwarmJson::events()
{
    EngineEvent scale;
    scale.type = QStringLiteral("service");
    scale.action = QStringLiteral("update");
    DockerEvents::classify(scale);
    QCOMPARE(scale.object, EngineEvent::Object::Service);
    QCOMPARE(scale.what, EngineEvent::Action::Other);
    EngineEvent node;
    node.type = QStringLiteral("node");
    node.action = QStringLiteral("remove");
    DockerEvents::classify(node);
    QCOMPARE(node.object, EngineEvent::Object::SwarmNode);
    QCOMPARE(node.what, EngineEvent::Action::Destroyed);
    QCOMPARE(DockerEvents::typeWords({EngineEvent::Object::Service, EngineEvent::Object::SwarmNode,
                                      EngineEvent::Object::Secret, EngineEvent::Object::Config}),
             (QStringList{QStringLiteral("service"), QStringLiteral("node"),
                          QStringLiteral("secret"), QStringLiteral("config")}));
}

QTEST_GUILESS_MAIN(TestDockerSwarmJson)
#include "tst_dockerswarmjson.moc"
