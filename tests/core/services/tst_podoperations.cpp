#include "core/services/podoperations.h"

#include "core/podman/libpodjson.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <optional>

// What the Pods page does to pods and kube YAML, through a real node on the harness's Podman:
// the lifecycle as the node's live snapshot shows it, create with ports, labels and shared
// namespaces, remove with the containers, one stats sample, and generate -> remove -> play. On
// Docker the capabilities say no pods, and the calls answer Unsupported.
class TestPodOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dockerHasNoPods();
    void createWithPortsLabelsAndShares();
    void lifecycleShowsInTheSnapshot();
    void removeTakesTheContainers();
    void statsGiveOneSamplePerContainer();
    void kubeGenerateThenPlayBringsThePodBack();

private:
    static std::unique_ptr<NodeServiceImpl> onlineNode(const QString &socket);
    template<typename T, typename Call>
    static EngineResult<T> await(Call call);
    template<typename Call>
    static EngineError awaitDone(Call call);
    // The pod's status in the node's snapshot; empty while it has none by that name.
    static QString statusOf(const NodeService *node, const QString &name);
    static std::optional<PodInfo> podNamed(const NodeService *node, const QString &name);
    // A pod made through PodOperations, with one container running `sleep` in it.
    static QString makePodWithContainer(NodeService *node, const QString &name,
                                        const QString &container);
    static bool containerExists(const QString &name);
    static void removePod(const QString &name);

    std::unique_ptr<NodeServiceImpl> m_podman;
};

void TestPodOperations::initTestCase()
{
    qRegisterMetaType<EngineError>();
    if (!TestEngines::available())
        return;
    m_podman = onlineNode(TestEngines::podmanSocket());
    QVERIFY(m_podman);
    QVERIFY(PodOperations::hasPods(m_podman.get()));
    QVERIFY(PodOperations::hasKube(m_podman.get()));
}

std::unique_ptr<NodeServiceImpl> TestPodOperations::onlineNode(const QString &socket)
{
    auto node =
        std::make_unique<NodeServiceImpl>(QStringLiteral("pods"), Endpoint::unixSocket(socket));
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

template<typename T, typename Call>
EngineResult<T> TestPodOperations::await(Call call)
{
    QObject receiver;
    std::optional<EngineResult<T>> result;
    call(&receiver, [&result](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineResult<T>::failure(
            EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time")));
    return *result;
}

template<typename Call>
EngineError TestPodOperations::awaitDone(Call call)
{
    QObject receiver;
    std::optional<EngineError> result;
    call(&receiver, [&result](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time"));
    return *result;
}

std::optional<PodInfo> TestPodOperations::podNamed(const NodeService *node, const QString &name)
{
    const QList<PodInfo> pods = node->pods();
    for (const PodInfo &p : pods) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString TestPodOperations::statusOf(const NodeService *node, const QString &name)
{
    const auto pod = podNamed(node, name);
    return pod ? pod->status : QString();
}

QString TestPodOperations::makePodWithContainer(NodeService *node, const QString &name,
                                                const QString &container)
{
    PodSpec spec;
    spec.name = name;
    const auto created = await<CreatedObject>(
        [&](QObject *receiver, auto done) { PodOperations::create(node, spec, receiver, done); });
    if (!created.ok()) {
        qWarning("create: %s", qPrintable(created.error.userText()));
        return {};
    }
    const auto run =
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--pod"),
                             name, QStringLiteral("--name"), container, TestEngines::podmanImage(),
                             // A path: the test image sets no PATH, and kube play (unlike
                             // run) gives none.
                             QStringLiteral("/bin/sleep"), QStringLiteral("600")});
    if (run.exitCode != 0) {
        qWarning("run: %s", qPrintable(run.output));
        return {};
    }
    return created.value.id;
}

bool TestPodOperations::containerExists(const QString &name)
{
    return TestEngines::podman(TestEngines::podmanSocket(),
                               {QStringLiteral("container"), QStringLiteral("exists"), name})
               .exitCode == 0;
}

void TestPodOperations::removePod(const QString &name)
{
    TestEngines::podman(TestEngines::podmanSocket(),
                        {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"),
                         QStringLiteral("-t"), QStringLiteral("0"), name});
}

void TestPodOperations::dockerHasNoPods()
{
    REQUIRE_ENGINES();
    const auto docker = onlineNode(TestEngines::dockerSocket());
    QVERIFY(docker);
    QVERIFY(!PodOperations::hasPods(docker.get()));
    QVERIFY(!PodOperations::hasKube(docker.get()));
    QVERIFY(docker->pods().isEmpty());
    PodSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("nopod"));
    const auto r = await<CreatedObject>([&](QObject *receiver, auto done) {
        PodOperations::create(docker.get(), spec, receiver, done);
    });
    QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);
    const auto kube = await<QString>([&](QObject *receiver, auto done) {
        PodOperations::generateKube(docker.get(), {spec.name}, receiver, done);
    });
    QCOMPARE(kube.error.kind, EngineError::Kind::Unsupported);
}

void TestPodOperations::createWithPortsLabelsAndShares()
{
    REQUIRE_ENGINES();
    NodeService *node = m_podman.get();
    PodSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("podcreate"));
    spec.labels.insert(QStringLiteral("gontainer.test"), QStringLiteral("pods"));
    spec.share = {QStringLiteral("ipc"), QStringLiteral("net")};
    PortBinding port;
    port.containerPort = 8080;
    port.hostPort = 0; // the engine picks one
    spec.ports << port;
    auto cleanup = qScopeGuard([&] { removePod(spec.name); });
    const auto created = await<CreatedObject>(
        [&](QObject *receiver, auto done) { PodOperations::create(node, spec, receiver, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    QVERIFY(!created.value.id.isEmpty());
    // The snapshot follows from the engine's event.
    QTRY_VERIFY_WITH_TIMEOUT(podNamed(node, spec.name).has_value(), 30000);
    QCOMPARE(podNamed(node, spec.name)->labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("pods"));
    QVERIFY(!podNamed(node, spec.name)->infraId.isEmpty());

    const auto inspected = await<PodInfo>([&](QObject *receiver, auto done) {
        PodOperations::inspect(node, spec.name, receiver, done);
    });
    QVERIFY2(inspected.ok(), qPrintable(inspected.error.userText()));
    QCOMPARE(inspected.value.id, created.value.id);
    QCOMPARE(inspected.value.labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("pods"));
    QStringList shares = inspected.value.sharedNamespaces;
    shares.sort();
    QCOMPARE(shares, spec.share);
    // The ports go with the request (the harness's Podman runs pods without a network, so
    // its inspect shows no binding to compare).
    const QJsonObject body = QJsonDocument::fromJson(LibpodJson::podCreateBody(spec)).object();
    const QJsonArray mappings = body.value(QLatin1String("portmappings")).toArray();
    QCOMPARE(mappings.size(), 1);
    QCOMPARE(mappings.first().toObject().value(QLatin1String("container_port")).toInt(), 8080);
    QCOMPARE(body.value(QLatin1String("shared_namespaces")).toArray().size(), 2);

    // Without a choice, the engine's default namespaces are shared.
    PodSpec plain;
    plain.name = TestEngines::uniqueName(QStringLiteral("podplain"));
    auto cleanupPlain = qScopeGuard([&] { removePod(plain.name); });
    QVERIFY(!QJsonDocument::fromJson(LibpodJson::podCreateBody(plain))
                 .object()
                 .contains(QLatin1String("shared_namespaces")));
    const auto plainMade = await<CreatedObject>(
        [&](QObject *receiver, auto done) { PodOperations::create(node, plain, receiver, done); });
    QVERIFY2(plainMade.ok(), qPrintable(plainMade.error.userText()));
    const auto plainInspected = await<PodInfo>([&](QObject *receiver, auto done) {
        PodOperations::inspect(node, plain.name, receiver, done);
    });
    QVERIFY2(plainInspected.ok(), qPrintable(plainInspected.error.userText()));
    QVERIFY(plainInspected.value.sharedNamespaces.contains(QLatin1String("net")));

    // The name is taken now.
    const auto again = await<CreatedObject>(
        [&](QObject *receiver, auto done) { PodOperations::create(node, spec, receiver, done); });
    QVERIFY(!again.ok());
    QCOMPARE(again.error.kind, EngineError::Kind::NameInUse);
}

void TestPodOperations::lifecycleShowsInTheSnapshot()
{
    REQUIRE_ENGINES();
    NodeService *node = m_podman.get();
    const QString name = TestEngines::uniqueName(QStringLiteral("podlife"));
    const QString container = TestEngines::uniqueName(QStringLiteral("podlife-c"));
    auto cleanup = qScopeGuard([&] { removePod(name); });
    QVERIFY(!makePodWithContainer(node, name, container).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);

    const auto act = [&](PodOperations::Action action) {
        return awaitDone([&](QObject *receiver, auto done) {
            PodOperations::act(node, name, action, receiver, done);
        });
    };
    EngineError e = act(PodOperations::Action::Pause);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Paused"), 30000);
    e = act(PodOperations::Action::Unpause);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);
    e = act(PodOperations::Action::Kill);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(node, name) != QLatin1String("Running"), 30000);
    e = act(PodOperations::Action::Start);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);
    e = act(PodOperations::Action::Restart);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);
    e = act(PodOperations::Action::Stop);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(node, name) == QLatin1String("Exited") ||
                                 statusOf(node, name) == QLatin1String("Stopped"),
                             60000);
    // The pod's containers are listed with it, the infra one among them.
    const auto pod = podNamed(node, name);
    QVERIFY(pod);
    QVERIFY(std::any_of(pod->containers.cbegin(), pod->containers.cend(),
                        [&](const PodContainer &c) { return c.name == container; }));
    QVERIFY(std::any_of(pod->containers.cbegin(), pod->containers.cend(),
                        [&](const PodContainer &c) { return c.id == pod->infraId; }));

    // An absent pod is the engine's refusal, not a success.
    e = awaitDone([&](QObject *receiver, auto done) {
        PodOperations::act(node, name + QStringLiteral("-absent"), PodOperations::Action::Start,
                           receiver, done);
    });
    QVERIFY(e.isError());
}

void TestPodOperations::removeTakesTheContainers()
{
    REQUIRE_ENGINES();
    NodeService *node = m_podman.get();
    const QString name = TestEngines::uniqueName(QStringLiteral("podrm"));
    const QString container = TestEngines::uniqueName(QStringLiteral("podrm-c"));
    auto cleanup = qScopeGuard([&] { removePod(name); });
    QVERIFY(!makePodWithContainer(node, name, container).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);

    // Refused while its container runs, unless forced.
    EngineError e = awaitDone([&](QObject *receiver, auto done) {
        PodOperations::remove(node, name, false, receiver, done);
    });
    QVERIFY(e.isError());
    QVERIFY(containerExists(container));
    e = awaitDone([&](QObject *receiver, auto done) {
        PodOperations::remove(node, name, true, receiver, done);
    });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QVERIFY(!containerExists(container));
    QTRY_VERIFY_WITH_TIMEOUT(!podNamed(node, name).has_value(), 30000);
}

void TestPodOperations::statsGiveOneSamplePerContainer()
{
    REQUIRE_ENGINES();
    NodeService *node = m_podman.get();
    const QString name = TestEngines::uniqueName(QStringLiteral("podstats"));
    const QString container = TestEngines::uniqueName(QStringLiteral("podstats-c"));
    auto cleanup = qScopeGuard([&] { removePod(name); });
    const QString id = makePodWithContainer(node, name, container);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);
    const auto r = await<QList<PodStatsEntry>>(
        [&](QObject *receiver, auto done) { PodOperations::stats(node, name, receiver, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY(std::any_of(r.value.cbegin(), r.value.cend(), [&](const PodStatsEntry &s) {
        return s.name == container && id.startsWith(s.podId) && !s.memory.isEmpty();
    }));
}

void TestPodOperations::kubeGenerateThenPlayBringsThePodBack()
{
    REQUIRE_ENGINES();
    NodeService *node = m_podman.get();
    const QString name = TestEngines::uniqueName(QStringLiteral("podkube"));
    const QString container = TestEngines::uniqueName(QStringLiteral("podkube-c"));
    auto cleanup = qScopeGuard([&] { removePod(name); });
    QVERIFY(!makePodWithContainer(node, name, container).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);

    const auto yaml = await<QString>([&](QObject *receiver, auto done) {
        PodOperations::generateKube(node, {name}, receiver, done);
    });
    QVERIFY2(yaml.ok(), qPrintable(yaml.error.userText()));
    QVERIFY2(yaml.value.contains(QLatin1String("kind: Pod")), qPrintable(yaml.value));
    QVERIFY2(yaml.value.contains(QLatin1String("name: ") + name), qPrintable(yaml.value));

    // A container in a pod is generated through its pod; one alone, by itself.
    const auto fromMember = await<QString>([&](QObject *receiver, auto done) {
        PodOperations::generateKube(node, {container}, receiver, done);
    });
    QVERIFY(!fromMember.ok());
    const QString alone = TestEngines::uniqueName(QStringLiteral("podkube-alone"));
    const auto run = TestEngines::podman(TestEngines::podmanSocket(),
                                         {QStringLiteral("create"), QStringLiteral("--name"), alone,
                                          TestEngines::podmanImage(), QStringLiteral("sleep"),
                                          QStringLiteral("600")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto cleanupAlone = qScopeGuard([&] {
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), alone});
    });
    const auto fromContainer = await<QString>([&](QObject *receiver, auto done) {
        PodOperations::generateKube(node, {alone}, receiver, done);
    });
    QVERIFY2(fromContainer.ok(), qPrintable(fromContainer.error.userText()));
    QVERIFY2(fromContainer.value.contains(QLatin1String("kind: Pod")),
             qPrintable(fromContainer.value));

    const EngineError removed = awaitDone([&](QObject *receiver, auto done) {
        PodOperations::remove(node, name, true, receiver, done);
    });
    QVERIFY2(!removed.isError(), qPrintable(removed.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(!podNamed(node, name).has_value(), 30000);

    const auto played = await<KubePlayReport>([&](QObject *receiver, auto done) {
        PodOperations::playKube(node, yaml.value.toUtf8(), receiver, done);
    });
    QVERIFY2(played.ok(), qPrintable(played.error.userText()));
    QCOMPARE(played.value.podIds.size(), 1);
    QVERIFY2(played.value.containerErrors.isEmpty(),
             qPrintable(played.value.containerErrors.join(QLatin1Char('\n'))));
    QVERIFY(!played.value.containerIds.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(podNamed(node, name).has_value(), 30000);
    QCOMPARE(podNamed(node, name)->id, played.value.podIds.first());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(node, name), QStringLiteral("Running"), 30000);

    // Playing it again: the pod exists.
    const auto twice = await<KubePlayReport>([&](QObject *receiver, auto done) {
        PodOperations::playKube(node, yaml.value.toUtf8(), receiver, done);
    });
    QVERIFY(!twice.ok());
}

QTEST_GUILESS_MAIN(TestPodOperations)
#include "tst_podoperations.moc"
