#include "core/services/networkoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/networkvalidation.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <optional>

// What the Networks page does to networks, through a real node on real engines (Docker and
// Podman): create with addresses and labels, inspect, the in-use refusal that names the
// containers, connect and disconnect, prune by label, and a container created with a fixed
// address.
class TestNetworkOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createGivesWhatWasAsked_data() { addRows(); }
    void createGivesWhatWasAsked();
    void createRefusesAnOverlappingSubnet_data() { addRows(); }
    void createRefusesAnOverlappingSubnet();
    void removeRefusedWhileInUseNamesTheContainers_data() { addRows(); }
    void removeRefusedWhileInUseNamesTheContainers();
    void connectAndDisconnect_data() { addRows(); }
    void connectAndDisconnect();
    void pruneRemovesUnusedLabelledNetworks_data() { addRows(); }
    void pruneRemovesUnusedLabelledNetworks();
    void containerGetsItsStaticAddress_data() { addRows(); }
    void containerGetsItsStaticAddress();

private:
    static void addRows();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const QString &socket);
    template<typename T, typename Call>
    static EngineResult<T> await(Call call);
    template<typename Call>
    static EngineError awaitDone(Call call);
    // A /24 no network of the node uses ("10.A.B.0/24").
    static QString freeSubnet(const NodeService *node);
    static QString prefixOf(const QString &subnet) { return subnet.left(subnet.size() - 4); }
    static bool networkExists(const QString &socket, const QString &name);
    static bool hasNetwork(const NodeService *node, const QString &name);
    static std::optional<ContainerSummary> container(const NodeService *node, const QString &name);
};

void TestNetworkOperations::initTestCase()
{
    REQUIRE_ENGINES();
    qRegisterMetaType<EngineError>();
}

void TestNetworkOperations::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true;
}

std::unique_ptr<NodeServiceImpl> TestNetworkOperations::onlineNode(const QString &socket)
{
    auto node =
        std::make_unique<NodeServiceImpl>(QStringLiteral("networks"), Endpoint::unixSocket(socket));
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

template<typename T, typename Call>
EngineResult<T> TestNetworkOperations::await(Call call)
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
EngineError TestNetworkOperations::awaitDone(Call call)
{
    QObject receiver;
    std::optional<EngineError> result;
    call(&receiver, [&result](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time"));
    return *result;
}

QString TestNetworkOperations::freeSubnet(const NodeService *node)
{
    for (;;) {
        const QString subnet = QStringLiteral("10.%1.%2.0/24")
                                   .arg(QRandomGenerator::global()->bounded(100, 200))
                                   .arg(QRandomGenerator::global()->bounded(0, 256));
        if (NetworkValidation::overlapProblem(subnet, node->networks()).isEmpty())
            return subnet;
    }
}

bool TestNetworkOperations::networkExists(const QString &socket, const QString &name)
{
    return TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("inspect"), name})
               .exitCode == 0;
}

bool TestNetworkOperations::hasNetwork(const NodeService *node, const QString &name)
{
    const QList<NetworkInfo> networks = node->networks();
    return std::any_of(networks.cbegin(), networks.cend(),
                       [&](const NetworkInfo &n) { return n.name == name; });
}

std::optional<ContainerSummary> TestNetworkOperations::container(const NodeService *node,
                                                                 const QString &name)
{
    for (const ContainerSummary &c : node->containers()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

void TestNetworkOperations::createGivesWhatWasAsked()
{
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    auto node = onlineNode(socket);
    QVERIFY(node);
    const QString name = TestEngines::uniqueName(QStringLiteral("net-create"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name});
    });
    const QString subnet = freeSubnet(node.get());
    const QString prefix = prefixOf(subnet);
    NetworkSpec spec;
    spec.name = name;
    spec.internal = true;
    spec.subnets = {
        NetworkSubnet{subnet, prefix + QStringLiteral("1"), prefix + QStringLiteral("128/25")}};
    spec.labels = {{QStringLiteral("gontainer.test"), name}};
    const auto created = await<CreatedObject>([&](QObject *receiver, auto done) {
        NetworkOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    QVERIFY(!created.value.id.isEmpty());
    // The node's snapshot follows from the engine's event.
    QTRY_VERIFY_WITH_TIMEOUT(hasNetwork(node.get(), name), 30000);

    const auto described =
        await<NetworkOperations::NetworkDescription>([&](QObject *receiver, auto done) {
            NetworkOperations::inspect(node.get(), name, receiver, done);
        });
    QVERIFY2(described.ok(), qPrintable(described.error.userText()));
    const NetworkInfo &info = described.value.info;
    QCOMPARE(info.name, name);
    QVERIFY(info.internal);
    QCOMPARE(info.labels.value(QStringLiteral("gontainer.test")), name);
    QCOMPARE(info.subnets.size(), 1);
    QCOMPARE(info.subnets.first().subnet, subnet);
    QCOMPARE(info.subnets.first().gateway, prefix + QStringLiteral("1"));
    QVERIFY(described.value.containers.isEmpty());
    // The engine's own JSON, whole.
    const QJsonObject raw = QJsonDocument::fromJson(info.rawJson).object();
    QCOMPARE(raw.value(QLatin1String("Name")).toString(), name);
    if (!podman) {
        QCOMPARE(info.subnets.first().ipRange, prefix + QStringLiteral("128/25"));
    } else {
        // Podman's compatible inspect leaves the range out; its own keeps it as a lease range
        // (from .129: it leaves out the range's own address).
        const auto own = TestEngines::podman(
            socket, {QStringLiteral("network"), QStringLiteral("inspect"), name});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.output.contains(QLatin1String("lease_range")) &&
                     own.output.contains(prefix + QStringLiteral("12")),
                 qPrintable(own.output));
    }
}

void TestNetworkOperations::createRefusesAnOverlappingSubnet()
{
    QFETCH(QString, socket);
    auto node = onlineNode(socket);
    QVERIFY(node);
    const QString first = TestEngines::uniqueName(QStringLiteral("net-first"));
    const QString second = TestEngines::uniqueName(QStringLiteral("net-second"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), first});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), second});
    });
    const QString subnet = freeSubnet(node.get());
    NetworkSpec spec;
    spec.name = first;
    spec.subnets = {NetworkSubnet{subnet, {}, {}}};
    const auto created = await<CreatedObject>([&](QObject *receiver, auto done) {
        NetworkOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(hasNetwork(node.get(), first), 30000);
    spec.name = second;
    spec.subnets = {NetworkSubnet{prefixOf(subnet) + QStringLiteral("64/26"), {}, {}}};
    const auto refused = await<CreatedObject>([&](QObject *receiver, auto done) {
        NetworkOperations::create(node.get(), spec, receiver, done);
    });
    QCOMPARE(refused.error.kind, EngineError::Kind::BadInput);
    QVERIFY2(refused.error.message.contains(first), qPrintable(refused.error.message));
    QVERIFY(!networkExists(socket, second));
}

void TestNetworkOperations::removeRefusedWhileInUseNamesTheContainers()
{
    QFETCH(QString, socket);
    auto node = onlineNode(socket);
    QVERIFY(node);
    const QString name = TestEngines::uniqueName(QStringLiteral("net-inuse"));
    const QString user = TestEngines::uniqueName(QStringLiteral("net-user"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name});
    });
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                          QStringLiteral("--subnet"), freeSubnet(node.get()), name})
                 .exitCode,
             0);
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), user,
                 QStringLiteral("--network"), name, TestEngines::image(), QStringLiteral("sleep"),
                 QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QTRY_VERIFY_WITH_TIMEOUT(container(node.get(), user).has_value() &&
                                 container(node.get(), user)->networks.contains(name),
                             30000);
    QCOMPARE(NetworkOperations::containersOn(node.get(), name).size(), 1);
    for (const NetworkInfo &n : NetworkOperations::prunePlan(node.get()))
        QVERIFY(n.name != name);

    // Refused from the snapshot, naming the container.
    const auto refused = await<NetworkOperations::Removal>([&](QObject *receiver, auto done) {
        NetworkOperations::remove(node.get(), name, receiver, done);
    });
    QCOMPARE(refused.error.kind, EngineError::Kind::InUse);
    QCOMPARE(refused.value.containers, QStringList{user});
    QVERIFY(networkExists(socket, name));

    // The inspect lists it too.
    const auto described =
        await<NetworkOperations::NetworkDescription>([&](QObject *receiver, auto done) {
            NetworkOperations::inspect(node.get(), name, receiver, done);
        });
    QVERIFY2(described.ok(), qPrintable(described.error.userText()));
    QCOMPARE(described.value.containers.size(), 1);
    QCOMPARE(described.value.containers.first().name, user);

    // Once the container is gone, the network goes.
    QCOMPARE(
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user}).exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(!container(node.get(), user).has_value(), 30000);
    const auto removed = await<NetworkOperations::Removal>([&](QObject *receiver, auto done) {
        NetworkOperations::remove(node.get(), name, receiver, done);
    });
    QVERIFY2(removed.ok(), qPrintable(removed.error.userText()));
    QVERIFY(!networkExists(socket, name));
    QTRY_VERIFY_WITH_TIMEOUT(!hasNetwork(node.get(), name), 30000);
}

void TestNetworkOperations::connectAndDisconnect()
{
    QFETCH(QString, socket);
    auto node = onlineNode(socket);
    QVERIFY(node);
    const QString name = TestEngines::uniqueName(QStringLiteral("net-connect"));
    const QString user = TestEngines::uniqueName(QStringLiteral("net-joiner"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name});
    });
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                          QStringLiteral("--subnet"), freeSubnet(node.get()), name})
                 .exitCode,
             0);
    // Podman announces no network it creates: the node is asked to look.
    node->relistNetworks();
    // On the engine's default network first (Podman's "none" allows no other network, and
    // Podman 5 gives a container without one the harness's default, "none": it is named).
    QStringList runArgs{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                        user};
    if (socket == TestEngines::podmanSocket())
        runArgs << QStringLiteral("--network") << QStringLiteral("bridge");
    const auto run =
        TestEngines::docker(socket, runArgs << TestEngines::image() << QStringLiteral("sleep")
                                            << QStringLiteral("300"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QTRY_VERIFY_WITH_TIMEOUT(hasNetwork(node.get(), name) && container(node.get(), user), 30000);

    const EngineError connected = awaitDone([&](QObject *receiver, auto done) {
        NetworkOperations::connect(node.get(), name, user, {QStringLiteral("alias1")}, receiver,
                                   done);
    });
    QVERIFY2(!connected.isError(), qPrintable(connected.userText()));
    const auto inspected =
        TestEngines::docker(socket, {QStringLiteral("inspect"), QStringLiteral("-f"),
                                     QStringLiteral("{{json .NetworkSettings.Networks}}"), user});
    QVERIFY2(inspected.output.contains(name), qPrintable(inspected.output));
    QVERIFY2(inspected.output.contains(QLatin1String("alias1")), qPrintable(inspected.output));
    // The node's snapshot follows, though no container event says so.
    QTRY_VERIFY_WITH_TIMEOUT(container(node.get(), user)->networks.contains(name), 30000);
    const auto described =
        await<NetworkOperations::NetworkDescription>([&](QObject *receiver, auto done) {
            NetworkOperations::inspect(node.get(), name, receiver, done);
        });
    QVERIFY2(described.ok(), qPrintable(described.error.userText()));
    QCOMPARE(described.value.containers.size(), 1);
    QCOMPARE(described.value.containers.first().name, user);

    const EngineError disconnected = awaitDone([&](QObject *receiver, auto done) {
        NetworkOperations::disconnect(node.get(), name, user, false, receiver, done);
    });
    QVERIFY2(!disconnected.isError(), qPrintable(disconnected.userText()));
    const auto after =
        TestEngines::docker(socket, {QStringLiteral("inspect"), QStringLiteral("-f"),
                                     QStringLiteral("{{json .NetworkSettings.Networks}}"), user});
    QVERIFY2(!after.output.contains(name), qPrintable(after.output));
    QTRY_VERIFY_WITH_TIMEOUT(!container(node.get(), user)->networks.contains(name), 30000);

    // A container the engine does not know is its refusal, in its words.
    const EngineError missing = awaitDone([&](QObject *receiver, auto done) {
        NetworkOperations::connect(node.get(), name,
                                   TestEngines::uniqueName(QStringLiteral("nobody")), {}, receiver,
                                   done);
    });
    QVERIFY(missing.isError());
    QVERIFY(!missing.message.isEmpty());
}

void TestNetworkOperations::pruneRemovesUnusedLabelledNetworks()
{
    QFETCH(QString, socket);
    auto node = onlineNode(socket);
    QVERIFY(node);
    const QString label =
        QStringLiteral("gontainer.prune=") + TestEngines::uniqueName(QStringLiteral("netprune"));
    const QString unused = TestEngines::uniqueName(QStringLiteral("net-unused"));
    const QString used = TestEngines::uniqueName(QStringLiteral("net-used"));
    const QString user = TestEngines::uniqueName(QStringLiteral("net-keeper"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), unused});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), used});
    });
    for (const QString &n : {unused, used})
        QCOMPARE(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                              QStringLiteral("--label"), label, n})
                     .exitCode,
                 0);
    node->relistNetworks();
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), user,
                 QStringLiteral("--network"), used, TestEngines::image(), QStringLiteral("sleep"),
                 QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QTRY_VERIFY_WITH_TIMEOUT(hasNetwork(node.get(), unused) && hasNetwork(node.get(), used) &&
                                 container(node.get(), user),
                             30000);
    // The plan from the snapshot: the unused one, not the used one, nor the predefined ones.
    QStringList planned;
    for (const NetworkInfo &n : NetworkOperations::prunePlan(node.get()))
        planned << n.name;
    QVERIFY2(planned.contains(unused), qPrintable(planned.join(QLatin1Char(' '))));
    QVERIFY(!planned.contains(used));
    QVERIFY(!planned.contains(QStringLiteral("bridge")));

    const auto report = await<PruneReport>([&](QObject *receiver, auto done) {
        NetworkOperations::prune(node.get(), {label}, receiver, done);
    });
    QVERIFY2(report.ok(), qPrintable(report.error.userText()));
    QVERIFY2(report.value.deleted.contains(unused),
             qPrintable(report.value.deleted.join(QLatin1Char(' '))));
    QVERIFY(!report.value.deleted.contains(used));
    QVERIFY(!networkExists(socket, unused));
    QVERIFY(networkExists(socket, used));
    QTRY_VERIFY_WITH_TIMEOUT(!hasNetwork(node.get(), unused), 30000);
}

void TestNetworkOperations::containerGetsItsStaticAddress()
{
    QFETCH(QString, socket);
    auto node = onlineNode(socket);
    QVERIFY(node);
    const QString name = TestEngines::uniqueName(QStringLiteral("net-static"));
    const QString user = TestEngines::uniqueName(QStringLiteral("net-fixed"));
    const QString subnet = freeSubnet(node.get());
    const QString address = prefixOf(subnet) + QStringLiteral("42");
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name});
    });
    NetworkSpec spec;
    spec.name = name;
    spec.subnets = {NetworkSubnet{subnet, {}, {}}};
    const auto created = await<CreatedObject>([&](QObject *receiver, auto done) {
        NetworkOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));

    ContainerSpec c;
    c.name = user;
    c.image = TestEngines::image();
    c.command = {QStringLiteral("sleep"), QStringLiteral("300")};
    c.network = name;
    c.ipAddress = address;
    const auto made = await<CreatedObject>([&](QObject *receiver, auto done) {
        EngineCall::run<CreatedObject>(
            node.get(), receiver,
            [c](Engine &engine, QObject *context, Engine::Callback<CreatedObject> reply) {
                return engine.createContainer(c, context, std::move(reply));
            },
            done);
    });
    QVERIFY2(made.ok(), qPrintable(made.error.userText()));
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("start"), user}).exitCode, 0);
    const auto ip = TestEngines::docker(
        socket, {QStringLiteral("inspect"), QStringLiteral("-f"),
                 QStringLiteral("{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}"), user});
    QCOMPARE(ip.output.trimmed(), address);
}

QTEST_GUILESS_MAIN(TestNetworkOperations)
#include "tst_networkoperations.moc"
