// ContainerdEngine's containers against the harness's containerd: the list (names, states, exit
// codes, ports, namespaces, Docker's read-only namespace), a list of some ids, lists by label
// and image, and the details.
#include "core/containerd/containerdcontainerjson.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/services/imageoperations.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>

#include <github.com/containerd/containerd/api/services/namespaces/v1/namespace.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>

#include <grpcpp/create_channel.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

#include <optional>

namespace capi = containerd::services::containers::v1;

namespace {

// Waits in an event loop of its own, which ends as the answer comes (QTest::qWaitFor would
// sleep in steps of 10 ms, which the timing below would count).
template<typename T, typename Start>
EngineResult<T> await(Start start)
{
    std::optional<EngineResult<T>> out;
    QObject context;
    QEventLoop loop;
    start(&context, [&out, &loop](const EngineResult<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return EngineResult<T>::failure(EngineError::make(EngineError::Kind::Timeout, {}));
    return *out;
}

QList<ContainerSummary> listOf(ContainerdEngine &engine, const QStringList &ids = {})
{
    const auto r = await<QList<ContainerSummary>>(
        [&](QObject *c, auto cb) { engine.listContainers(ids, c, cb); });
    if (!r.ok())
        qWarning() << "list failed:" << r.error.userText();
    return r.value;
}

std::optional<ContainerSummary> find(const QList<ContainerSummary> &list, const QString &id)
{
    for (const ContainerSummary &c : list) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QString full(const QString &id)
{
    return ContainerdIds::join(TestEngines::containerdNamespace(), id);
}

void removeContainer(const QString &socket, const QString &ns, const QString &id)
{
    TestEngines::ctrAt(
        socket, ns,
        {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
    TestEngines::ctrAt(socket, ns, {QStringLiteral("containers"), QStringLiteral("delete"), id});
}

// A container record made straight through containers.v1 (no image needed), in `ns`.
bool createRecord(const QString &ns, const QString &id, const QString &name)
{
    auto channel = grpc::CreateChannel("unix:" + TestEngines::containerdSocket().toStdString(),
                                       grpc::InsecureChannelCredentials());
    auto stub = capi::Containers::NewStub(channel);
    grpc::ClientContext context;
    context.AddMetadata("containerd-namespace", ns.toStdString());
    capi::CreateContainerRequest request;
    capi::Container *c = request.mutable_container();
    c->set_id(id.toStdString());
    c->set_image("docker.io/library/busybox:latest");
    c->mutable_runtime()->set_name("io.containerd.runc.v2");
    (*c->mutable_labels())["nerdctl/name"] = name.toStdString();
    c->mutable_spec()->set_type_url("types.containerd.io/opencontainers/runtime-spec/1/Spec");
    c->mutable_spec()->set_value("{\"ociVersion\":\"1.0.2\"}");
    capi::CreateContainerResponse response;
    const grpc::Status status = stub->Create(&context, request, &response);
    if (!status.ok())
        qWarning() << "create failed:" << QString::fromStdString(status.error_message());
    return status.ok();
}

void deleteRecord(const QString &ns, const QString &id)
{
    TestEngines::ctrAt(TestEngines::containerdSocket(), ns,
                       {QStringLiteral("containers"), QStringLiteral("delete"), id});
}

} // namespace

class TestContainerdContainers final : public QObject
{
    Q_OBJECT

private slots:
    void parsesNerdctlLabels();
    void statusTexts();
    void listsNamesStatesAndExitCodes();
    void listsOnlyTheIdsAsked();
    void listsEveryNamespaceOrOne();
    void dockersNamespaceIsReadOnly();
    void listsByLabelAndImage();
    void detailsFromSpecAndTask();
    void detailsOfAnExitAndOfNone();
    void nodesImageUsersAreItsContainers();
    void aThousandContainers();
};

void TestContainerdContainers::parsesNerdctlLabels()
{
    const QList<PortMapping> ports = ContainerdContainerJson::portsFromLabel(QStringLiteral(
        R"([{"HostPort":8080,"ContainerPort":80,"Protocol":"tcp","HostIP":"0.0.0.0"},)"
        R"({"HostPort":5353,"ContainerPort":53,"Protocol":"udp","HostIP":"127.0.0.1"}])"));
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports.at(0),
             (PortMapping{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")}));
    QCOMPARE(ports.at(1),
             (PortMapping{QStringLiteral("127.0.0.1"), 53, 5353, QStringLiteral("udp")}));
    QVERIFY(ContainerdContainerJson::portsFromLabel(QStringLiteral("not json")).isEmpty());
    QCOMPARE(ContainerdContainerJson::networksFromLabel(QStringLiteral(R"(["zeta","bridge"])")),
             (QStringList{QStringLiteral("bridge"), QStringLiteral("zeta")}));
}

void TestContainerdContainers::statusTexts()
{
    using C = ContainerSummary::State;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ContainerdContainerJson::statusText(C::Running, -1, {}, now), QStringLiteral("Up"));
    QCOMPARE(ContainerdContainerJson::statusText(C::Exited, 3, now.addSecs(-300), now),
             QStringLiteral("Exited (3) 5 minutes ago"));
    QCOMPARE(ContainerdContainerJson::statusText(C::Created, -1, now, now),
             QStringLiteral("Created"));
    QCOMPARE(ContainerdContainerJson::humanDuration(0), QStringLiteral("Less than a second"));
    QCOMPARE(ContainerdContainerJson::humanDuration(61), QStringLiteral("About a minute"));
    QCOMPARE(ContainerdContainerJson::humanDuration(3 * 3600), QStringLiteral("3 hours"));
    QCOMPARE(ContainerdContainerJson::humanDuration(3 * 86400), QStringLiteral("3 days"));
}

void TestContainerdContainers::listsNamesStatesAndExitCodes()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const QString runningName = TestEngines::uniqueName(QStringLiteral("up"));
    const auto running = TestEngines::runContainerdContainer(
        runningName, {QStringLiteral("sleep"), QStringLiteral("300")},
        {QStringLiteral("nerdctl/ports=[{\"HostPort\":8080,\"ContainerPort\":80,\"Protocol\":"
                        "\"tcp\",\"HostIP\":\"0.0.0.0\"}]")});
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto cleanRunning = qScopeGuard([&] { removeContainer(socket, ns, running.output); });
    const QString exitedName = TestEngines::uniqueName(QStringLiteral("three"));
    const auto exited = TestEngines::runContainerdContainer(
        exitedName, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
    QVERIFY2(exited.exitCode == 0, qPrintable(exited.output));
    auto cleanExited = qScopeGuard([&] { removeContainer(socket, ns, exited.output); });
    // Never started: no task. No name label: the id stands in.
    const QString createdId = TestEngines::uniqueName(QStringLiteral("made"));
    const auto created =
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("create"),
                          TestEngines::containerdImage(), createdId, QStringLiteral("true")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    auto cleanCreated = qScopeGuard([&] { removeContainer(socket, ns, createdId); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QList<ContainerSummary> list;
    // The exit is the task's, a moment after ctr run returns.
    QVERIFY(QTest::qWaitFor(
        [&] {
            list = listOf(engine);
            const auto e = find(list, full(exited.output));
            return e && e->state == ContainerSummary::State::Exited;
        },
        30000));

    const auto up = find(list, full(running.output));
    QVERIFY(up);
    QCOMPARE(up->name, runningName);
    QCOMPARE(up->state, ContainerSummary::State::Running);
    QCOMPARE(up->status, QStringLiteral("Up"));
    QCOMPARE(up->image, TestEngines::containerdImage());
    QCOMPARE(up->namespaceName, ns);
    QVERIFY(!up->readOnly);
    QVERIFY(up->created.isValid());
    QVERIFY(qAbs(up->created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(up->labels.value(QStringLiteral("nerdctl/name")), runningName);
    QCOMPARE(up->ports,
             (QList<PortMapping>{{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")}}));
    // Its image's id is the one the image list gives the image, so the Images page counts it
    // and ImageOperations::usersOf finds it; a refresh of the one row (an event's) says the
    // same.
    const auto images =
        await<QList<ImageSummary>>([&](QObject *c, auto cb) { engine.listImages(false, c, cb); });
    QVERIFY2(images.ok(), qPrintable(images.error.userText()));
    QString imageId;
    for (const ImageSummary &image : images.value) {
        if (image.namespaceName == ns && image.repoTags.contains(TestEngines::containerdImage()))
            imageId = image.id;
    }
    QVERIFY(!imageId.isEmpty());
    QCOMPARE(up->imageId, imageId);
    const QList<ContainerSummary> refreshed = listOf(engine, {full(running.output)});
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.first().imageId, imageId);

    const auto three = find(list, full(exited.output));
    QCOMPARE(three->name, exitedName);
    QCOMPARE(three->exitCode, 3);
    QVERIFY2(three->status.startsWith(QStringLiteral("Exited (3) ")), qPrintable(three->status));
    QVERIFY(three->since.isValid());
    QVERIFY(three->since >= three->created.addSecs(-1));

    const auto none = find(list, full(createdId));
    QVERIFY(none);
    QCOMPARE(none->name, createdId);
    QCOMPARE(none->state, ContainerSummary::State::Created);
    QCOMPARE(none->status, QStringLiteral("Created"));
}

void TestContainerdContainers::listsOnlyTheIdsAsked()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const auto a =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("a")),
                                            {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(a.exitCode == 0, qPrintable(a.output));
    auto cleanA = qScopeGuard([&] { removeContainer(socket, ns, a.output); });
    const auto b =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("b")),
                                            {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(b.exitCode == 0, qPrintable(b.output));
    auto cleanB = qScopeGuard([&] { removeContainer(socket, ns, b.output); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QList<ContainerSummary> one = listOf(engine, {full(a.output)});
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().id, full(a.output));
    QCOMPARE(one.first().state, ContainerSummary::State::Running);
    // Both, and one that is gone: only those that are there.
    const QList<ContainerSummary> two =
        listOf(engine, {full(a.output), full(b.output), full(QStringLiteral("no-such-container"))});
    QCOMPARE(two.size(), 2);
    QVERIFY(find(two, full(b.output)));
    // Past the handful asked one by one: the tasks' list joins them the same way.
    QStringList many = {full(a.output)};
    for (int i = 0; i < 20; ++i)
        many << full(QStringLiteral("absent-%1").arg(i));
    const QList<ContainerSummary> joined = listOf(engine, many);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().state, ContainerSummary::State::Running);
}

void TestContainerdContainers::listsEveryNamespaceOrOne()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const QString mine = TestEngines::uniqueName(QStringLiteral("here"));
    const auto here =
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("create"),
                          TestEngines::containerdImage(), mine, QStringLiteral("true")});
    QVERIFY2(here.exitCode == 0, qPrintable(here.output));
    auto cleanHere = qScopeGuard([&] { removeContainer(socket, ns, mine); });
    const QString theirs = TestEngines::uniqueName(QStringLiteral("there"));
    const auto there =
        TestEngines::ctrAt(socket, QStringLiteral("default"),
                           {QStringLiteral("containers"), QStringLiteral("create"),
                            TestEngines::containerdImage(), theirs, QStringLiteral("true")});
    QVERIFY2(there.exitCode == 0, qPrintable(there.output));
    auto cleanThere =
        qScopeGuard([&] { removeContainer(socket, QStringLiteral("default"), theirs); });

    // No namespace in the address: every namespace, each row saying which.
    ContainerdEngine all(Endpoint::fromUrl(QStringLiteral("containerd://") + socket));
    const QList<ContainerSummary> everything = listOf(all);
    const auto a = find(everything, ContainerdIds::join(ns, mine));
    const auto b = find(everything, ContainerdIds::join(QStringLiteral("default"), theirs));
    QVERIFY(a);
    QVERIFY(b);
    QCOMPARE(a->namespaceName, ns);
    QCOMPARE(b->namespaceName, QStringLiteral("default"));

    // ?namespace=: that one only.
    ContainerdEngine one(TestEngines::containerdEndpoint());
    const QList<ContainerSummary> only = listOf(one);
    QVERIFY(find(only, ContainerdIds::join(ns, mine)));
    QVERIFY(!find(only, ContainerdIds::join(QStringLiteral("default"), theirs)));
    for (const ContainerSummary &c : only)
        QCOMPARE(c.namespaceName, ns);
}

void TestContainerdContainers::dockersNamespaceIsReadOnly()
{
    REQUIRE_CONTAINERD();
    const QString id = TestEngines::uniqueName(QStringLiteral("docker-made"));
    QVERIFY(createRecord(QStringLiteral("moby"), id, QStringLiteral("from-docker")));
    auto clean = qScopeGuard([&] { deleteRecord(QStringLiteral("moby"), id); });
    ContainerdEngine all(
        Endpoint::fromUrl(QStringLiteral("containerd://") + TestEngines::containerdSocket()));
    const auto moby = find(listOf(all), ContainerdIds::join(QStringLiteral("moby"), id));
    QVERIFY(moby);
    QVERIFY(moby->readOnly);
    QCOMPARE(moby->namespaceName, QStringLiteral("moby"));
    QCOMPARE(moby->name, QStringLiteral("from-docker"));
    QCOMPARE(moby->state, ContainerSummary::State::Created);
    // The test namespace's own rows are not.
    ContainerdEngine one(TestEngines::containerdEndpoint());
    for (const ContainerSummary &c : listOf(one))
        QVERIFY(!c.readOnly);
}

void TestContainerdContainers::listsByLabelAndImage()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const QString project = TestEngines::uniqueName(QStringLiteral("proj"));
    const auto run = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("labelled")),
        {QStringLiteral("sleep"), QStringLiteral("300")},
        {QStringLiteral("com.docker.compose.project=") + project});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto clean = qScopeGuard([&] { removeContainer(socket, ns, run.output); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const auto where = [&](const QString &filter, const QString &value) {
        return await<QList<ContainerSummary>>(
            [&](QObject *c, auto cb) { engine.listContainersWhere(filter, value, c, cb); });
    };
    const auto byValue =
        where(QStringLiteral("label"), QStringLiteral("com.docker.compose.project=") + project);
    QVERIFY2(byValue.ok(), qPrintable(byValue.error.userText()));
    QCOMPARE(byValue.value.size(), 1);
    QCOMPARE(byValue.value.first().id, full(run.output));
    const auto otherValue =
        where(QStringLiteral("label"), QStringLiteral("com.docker.compose.project=not-") + project);
    QVERIFY(otherValue.ok());
    QVERIFY(otherValue.value.isEmpty());
    const auto byKey = where(QStringLiteral("label"), QStringLiteral("com.docker.compose.project"));
    QVERIFY(find(byKey.value, full(run.output)));
    // The image as people write it (docker.io and :latest left out).
    const auto byImage =
        where(QStringLiteral("ancestor"), QStringLiteral("gontainer-test/busybox"));
    QVERIFY2(byImage.ok(), qPrintable(byImage.error.userText()));
    QVERIFY(find(byImage.value, full(run.output)));
    const auto otherImage = where(QStringLiteral("ancestor"), QStringLiteral("alpine"));
    QVERIFY(!find(otherImage.value, full(run.output)));
    // containerd has no volumes: nothing uses one. Filters it has no such thing for: said so.
    const auto byVolume = where(QStringLiteral("volume"), QStringLiteral("data"));
    QVERIFY(byVolume.ok());
    QVERIFY(byVolume.value.isEmpty());
    const auto unknown = where(QStringLiteral("health"), QStringLiteral("healthy"));
    QCOMPARE(unknown.error.kind, EngineError::Kind::Unsupported);
}

void TestContainerdContainers::detailsFromSpecAndTask()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const QString name = TestEngines::uniqueName(QStringLiteral("detailed"));
    const auto run =
        TestEngines::runContainerdContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")},
                                            {QStringLiteral("com.docker.compose.project=shop"),
                                             QStringLiteral("com.docker.compose.service=web"),
                                             QStringLiteral("io.kubernetes.pod.name=web-0"),
                                             QStringLiteral("io.kubernetes.pod.namespace=prod")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto clean = qScopeGuard([&] { removeContainer(socket, ns, run.output); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const auto r = await<ContainerDetails>(
        [&](QObject *c, auto cb) { engine.inspectContainer(full(run.output), c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    const ContainerDetails &d = r.value;
    QCOMPARE(d.id, full(run.output));
    QCOMPARE(d.name, name);
    QCOMPARE(d.image, TestEngines::containerdImage());
    QCOMPARE(d.state, ContainerSummary::State::Running);
    QCOMPARE(d.stateText, QStringLiteral("running"));
    QVERIFY(d.pid > 0);
    QVERIFY(d.created.isValid());
    QCOMPARE(d.spec.command, (QStringList{QStringLiteral("sleep"), QStringLiteral("300")}));
    QVERIFY2(!d.spec.env.filter(QStringLiteral("PATH=")).isEmpty(),
             qPrintable(d.spec.env.join(QLatin1Char(' '))));
    QCOMPARE(d.spec.workingDir, QStringLiteral("/"));
    QCOMPARE(d.spec.labels.value(QStringLiteral("com.docker.compose.service")),
             QStringLiteral("web"));
    const auto fact = [&d](const QString &label) {
        for (const auto &f : d.facts) {
            if (f.first == label)
                return f.second;
        }
        return QString();
    };
    QVERIFY(fact(QStringLiteral("Namespace")).isEmpty()); // the summary's namespaceName has it
    QVERIFY2(fact(QStringLiteral("Runtime")).startsWith(QStringLiteral("io.containerd.runc")),
             qPrintable(fact(QStringLiteral("Runtime"))));
    QCOMPARE(fact(QStringLiteral("Snapshotter")), QStringLiteral("overlayfs"));
    QCOMPARE(fact(QStringLiteral("Snapshot")), run.output);
    QCOMPARE(fact(QStringLiteral("Compose project")), QStringLiteral("shop"));
    QCOMPARE(fact(QStringLiteral("Compose service")), QStringLiteral("web"));
    QCOMPARE(fact(QStringLiteral("Kubernetes pod")), QStringLiteral("web-0"));
    QCOMPARE(fact(QStringLiteral("Kubernetes namespace")), QStringLiteral("prod"));

    const QJsonObject raw = QJsonDocument::fromJson(d.rawJson).object();
    QCOMPARE(raw.value(QLatin1String("ID")).toString(), run.output);
    QCOMPARE(raw.value(QLatin1String("Spec"))
                 .toObject()
                 .value(QLatin1String("process"))
                 .toObject()
                 .value(QLatin1String("args"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(raw.value(QLatin1String("Task")).toObject().value(QLatin1String("Status")).toString(),
             QStringLiteral("RUNNING"));
    QCOMPARE(raw.value(QLatin1String("Task")).toObject().value(QLatin1String("Pid")).toInt(),
             d.pid);
}

void TestContainerdContainers::detailsOfAnExitAndOfNone()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const auto run = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("exit3")),
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto clean = qScopeGuard([&] { removeContainer(socket, ns, run.output); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    ContainerDetails d;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto r = await<ContainerDetails>(
                [&](QObject *c, auto cb) { engine.inspectContainer(full(run.output), c, cb); });
            d = r.value;
            return r.ok() && d.state == ContainerSummary::State::Exited;
        },
        30000));
    QCOMPARE(d.exitCode, 3);
    QCOMPARE(d.stateText, QStringLiteral("stopped"));
    QVERIFY(d.finishedAt.isValid());

    const auto missing = await<ContainerDetails>([&](QObject *c, auto cb) {
        engine.inspectContainer(full(QStringLiteral("no-such-container")), c, cb);
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error.httpStatus, 404);
}

// A thousand containers (with a real container's spec, as nerdctl's carry) in a namespace of
// their own: every one listed with its name, and the time beside that of the two raw calls.
// The Images page counts an image's containers, and ImageOperations::usersOf finds them, from
// the node's rows: a containerd container's row names the image's id as the node's image list
// does.
void TestContainerdContainers::nodesImageUsersAreItsContainers()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const auto running =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("user")),
                                            {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto clean = qScopeGuard([&] { removeContainer(socket, ns, running.output); });

    NodeServiceImpl node(QStringLiteral("containerd"), TestEngines::containerdEndpoint());
    node.start();
    const auto imageOf = [&node, &ns]() -> std::optional<ImageSummary> {
        for (const ImageSummary &image : node.images()) {
            if (image.namespaceName == ns &&
                image.repoTags.contains(TestEngines::containerdImage()))
                return image;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(imageOf() && find(node.containers(), full(running.output)), 60000);
    const ImageSummary image = *imageOf();
    QVERIFY(image.containers >= 1);
    const QList<ContainerSummary> users = ImageOperations::usersOf(&node, image.id);
    QVERIFY(find(users, full(running.output)));
    for (const ContainerSummary &c : users)
        QVERIFY2(image.repoTags.contains(c.image), qPrintable(c.image));
}

void TestContainerdContainers::aThousandContainers()
{
    REQUIRE_CONTAINERD();
    constexpr int Count = 1000;
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::uniqueName(QStringLiteral("many"));
    auto channel =
        grpc::CreateChannel("unix:" + socket.toStdString(), grpc::InsecureChannelCredentials());
    auto containers = capi::Containers::NewStub(channel);
    const auto context = [&ns](grpc::ClientContext &c) {
        c.AddMetadata("containerd-namespace", ns.toStdString());
    };
    // A real spec: the one ctr makes.
    const QString model = TestEngines::uniqueName(QStringLiteral("model"));
    QVERIFY(TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("create"),
                              TestEngines::containerdImage(), model, QStringLiteral("true")})
                .exitCode == 0);
    auto cleanModel =
        qScopeGuard([&] { removeContainer(socket, TestEngines::containerdNamespace(), model); });
    capi::Container spec;
    {
        grpc::ClientContext c;
        c.AddMetadata("containerd-namespace", TestEngines::containerdNamespace().toStdString());
        capi::GetContainerRequest q;
        q.set_id(model.toStdString());
        capi::GetContainerResponse r;
        QVERIFY(containers->Get(&c, q, &r).ok());
        spec = r.container();
    }
    QVERIFY(spec.spec().value().size() > 1000);
    auto cleanAll = qScopeGuard([&] {
        for (int i = 0; i < Count; ++i) {
            grpc::ClientContext c;
            context(c);
            capi::DeleteContainerRequest q;
            q.set_id(QStringLiteral("c%1").arg(i).toStdString());
            google::protobuf::Empty e;
            containers->Delete(&c, q, &e);
        }
        auto namespaces = containerd::services::namespaces::v1::Namespaces::NewStub(channel);
        grpc::ClientContext c;
        containerd::services::namespaces::v1::DeleteNamespaceRequest q;
        q.set_name(ns.toStdString());
        google::protobuf::Empty e;
        namespaces->Delete(&c, q, &e);
    });
    for (int i = 0; i < Count; ++i) {
        grpc::ClientContext c;
        context(c);
        capi::CreateContainerRequest q;
        *q.mutable_container() = spec;
        q.mutable_container()->set_id(QStringLiteral("c%1").arg(i).toStdString());
        q.mutable_container()->clear_created_at();
        q.mutable_container()->clear_updated_at();
        (*q.mutable_container()->mutable_labels())["nerdctl/name"] =
            QStringLiteral("name-%1").arg(i).toStdString();
        capi::CreateContainerResponse r;
        const grpc::Status status = containers->Create(&c, q, &r);
        QVERIFY2(status.ok(), status.error_message().c_str());
    }

    auto tasks = containerd::services::tasks::v1::Tasks::NewStub(channel);
    qint64 rawNs = 0;
    qint64 listNs = 0;
    ContainerdEngine engine(Endpoint::fromUrl(QStringLiteral("containerd://") + socket +
                                              QStringLiteral("?namespace=") + ns));
    // Warmed up once, then the best of a few of each.
    for (int round = 0; round < 4; ++round) {
        QElapsedTimer t;
        t.start();
        grpc::ClientContext c1;
        context(c1);
        capi::ListContainersResponse all;
        QVERIFY(containers->List(&c1, capi::ListContainersRequest(), &all).ok());
        grpc::ClientContext c2;
        context(c2);
        containerd::services::tasks::v1::ListTasksResponse running;
        QVERIFY(
            tasks->List(&c2, containerd::services::tasks::v1::ListTasksRequest(), &running).ok());
        const qint64 raw = t.nsecsElapsed();
        QCOMPARE(all.containers_size(), Count);
        t.restart();
        const QList<ContainerSummary> list = listOf(engine);
        const qint64 ours = t.nsecsElapsed();
        QCOMPARE(list.size(), Count);
        if (round == 0)
            continue;
        rawNs = rawNs == 0 ? raw : qMin(rawNs, raw);
        listNs = listNs == 0 ? ours : qMin(listNs, ours);
    }
    const QList<ContainerSummary> list = listOf(engine);
    QSet<QString> names;
    for (const ContainerSummary &c : list) {
        QCOMPARE(c.state, ContainerSummary::State::Created);
        names.insert(c.name);
    }
    QCOMPARE(names.size(), Count);
    QVERIFY(names.contains(QStringLiteral("name-999")));
    qInfo("%d containers: raw containers.List + tasks.List %.1f ms, the engine's list %.1f ms "
          "(%.2fx)",
          Count, double(rawNs) / 1e6, double(listNs) / 1e6, double(listNs) / double(rawNs));
}

QTEST_GUILESS_MAIN(TestContainerdContainers)
#include "tst_containerd_containers.moc"
