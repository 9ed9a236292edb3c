#include "ui/models/networktablemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/networkfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString N = QStringLiteral("node");
const QString M = QStringLiteral("other");

NetworkInfo network(const QString &id, const QString &name, const QString &subnet = {},
                    const QString &gateway = {})
{
    NetworkInfo n;
    n.id = id;
    n.name = name;
    n.driver = QStringLiteral("bridge");
    n.scope = QStringLiteral("local");
    n.created = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    if (!subnet.isEmpty())
        n.subnets = {NetworkSubnet{subnet, gateway, {}}};
    return n;
}

ContainerSummary container(const QString &id, const QStringList &networks)
{
    ContainerSummary c;
    c.id = id;
    c.name = id + QStringLiteral("-name");
    c.state = ContainerSummary::State::Running;
    c.networks = networks;
    return c;
}
} // namespace

// The networks table: a row per network on each node, changed in place by the nodes' batches,
// with the count of containers attached (from the containers' own network lists), and its
// proxy's search and filters. First fed values, then over a NodeManager with the harness's
// Docker and Podman, and with its swarm's manager (overlay networks, scope swarm).
class TestNetworkTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRowPerNetwork();
    void attachedContainersCounted();
    void changedNetworkInPlace();
    void nodesKeepTheirOwnRows();
    void proxyFilters();
    void followsTheEngines();
    void swarmOverlaysWithTheirScope();

private:
    std::unique_ptr<NetworkTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_config;
};

void TestNetworkTableModel::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_networktablemodel"));
    QSettings().clear();
    qRegisterMetaType<NetworkInfo>();
    qRegisterMetaType<ContainerSummary>();
}

void TestNetworkTableModel::init()
{
    m_model = std::make_unique<NetworkTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestNetworkTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestNetworkTableModel::aRowPerNetwork()
{
    m_model->setNodeName(N, QStringLiteral("Node One"));
    m_model->setNetworks(N, {network(QStringLiteral("a1"), QStringLiteral("backend"),
                                     QStringLiteral("10.1.0.0/24"), QStringLiteral("10.1.0.1")),
                             network(QStringLiteral("b2"), QStringLiteral("bridge"))});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(NetworkTableModel::ColumnCount));
    const int row = m_model->rowOf(N, QStringLiteral("a1"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->rowOfName(N, QStringLiteral("backend")), row);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(NetworkTableModel::Name).toString(), QStringLiteral("backend"));
    QCOMPARE(cell(NetworkTableModel::Node).toString(), QStringLiteral("Node One"));
    QCOMPARE(cell(NetworkTableModel::Driver).toString(), QStringLiteral("bridge"));
    QCOMPARE(cell(NetworkTableModel::Scope).toString(), QStringLiteral("local"));
    QCOMPARE(cell(NetworkTableModel::Subnet).toString(), QStringLiteral("10.1.0.0/24"));
    QCOMPARE(cell(NetworkTableModel::Gateway).toString(), QStringLiteral("10.1.0.1"));
    QCOMPARE(cell(NetworkTableModel::Containers).toInt(), 0);
    QVERIFY(cell(NetworkTableModel::Internal).toString().isEmpty());
    QCOMPARE(cell(0, NetworkTableModel::NetworkIdRole).toString(), QStringLiteral("a1"));
    QCOMPARE(cell(0, NetworkTableModel::NodeIdRole).toString(), N);
    QVERIFY(!cell(0, NetworkTableModel::PredefinedRole).toBool());
    QVERIFY(m_model->index(m_model->rowOf(N, QStringLiteral("b2")), 0)
                .data(NetworkTableModel::PredefinedRole)
                .toBool());
    // Two subnets read as one text.
    NetworkInfo dual = network(QStringLiteral("c3"), QStringLiteral("dual"),
                               QStringLiteral("10.2.0.0/24"), QStringLiteral("10.2.0.1"));
    dual.subnets << NetworkSubnet{QStringLiteral("fd00:2::/64"), QStringLiteral("fd00:2::1"), {}};
    dual.internal = true;
    m_model->addNetworks(N, {dual});
    const int d = m_model->rowOf(N, QStringLiteral("c3"));
    QCOMPARE(m_model->index(d, NetworkTableModel::Subnet).data().toString(),
             QStringLiteral("10.2.0.0/24, fd00:2::/64"));
    QVERIFY(!m_model->index(d, NetworkTableModel::Internal).data().toString().isEmpty());
    QCOMPARE(m_model->index(d, NetworkTableModel::Internal).data(NetworkTableModel::SortRole),
             QVariant(1));
}

void TestNetworkTableModel::attachedContainersCounted()
{
    m_model->setNetworks(N, {network(QStringLiteral("a1"), QStringLiteral("backend")),
                             network(QStringLiteral("b2"), QStringLiteral("frontend"))});
    const int backend = m_model->rowOf(N, QStringLiteral("a1"));
    const int frontend = m_model->rowOf(N, QStringLiteral("b2"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->addContainers(N, {container(QStringLiteral("c1"), {QStringLiteral("backend")}),
                               container(QStringLiteral("c2"),
                                         {QStringLiteral("backend"), QStringLiteral("frontend")})});
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->usersAt(backend), 2);
    QCOMPARE(m_model->usersAt(frontend), 1);
    QCOMPARE(m_model->index(backend, NetworkTableModel::Containers).data().toInt(), 2);
    QVERIFY(m_model->index(backend, 0).data(NetworkTableModel::InUseRole).toBool());
    QCOMPARE(m_model->usersOf(N, QStringLiteral("backend")),
             (QStringList{QStringLiteral("c1-name"), QStringLiteral("c2-name")}));
    QCOMPARE(
        m_model->index(backend, NetworkTableModel::Containers).data(Qt::ToolTipRole).toString(),
        QStringLiteral("c1-name\nc2-name"));
    // A container leaves one network.
    m_model->addContainers(N, {container(QStringLiteral("c2"), {QStringLiteral("frontend")})});
    QCOMPARE(m_model->usersAt(backend), 1);
    QCOMPARE(m_model->usersAt(frontend), 1);
    // Containers removed.
    m_model->removeContainers(N, {QStringLiteral("c1"), QStringLiteral("c2")});
    QCOMPARE(m_model->usersAt(backend), 0);
    QCOMPARE(m_model->usersAt(frontend), 0);
    QVERIFY(!m_model->index(backend, 0).data(NetworkTableModel::InUseRole).toBool());
    // A container attached before its network is listed counts once it comes.
    m_model->addContainers(N, {container(QStringLiteral("c3"), {QStringLiteral("later")})});
    m_model->addNetworks(N, {network(QStringLiteral("l9"), QStringLiteral("later"))});
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("l9"))), 1);
    // setContainers replaces the node's set.
    m_model->setContainers(N, {container(QStringLiteral("c4"), {QStringLiteral("frontend")})});
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("l9"))), 0);
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("b2"))), 1);
}

void TestNetworkTableModel::changedNetworkInPlace()
{
    m_model->setNetworks(N, {network(QStringLiteral("a1"), QStringLiteral("backend"))});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    NetworkInfo n = network(QStringLiteral("a1"), QStringLiteral("backend"));
    n.labels.insert(QStringLiteral("k"), QStringLiteral("v"));
    m_model->addNetworks(N, {n});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->networkAt(0).labels.value(QStringLiteral("k")), QStringLiteral("v"));
    // The same again changes nothing.
    m_model->addNetworks(N, {n});
    QCOMPARE(changed.size(), 1);
    m_model->removeNetworks(N, {QStringLiteral("a1")});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOfName(N, QStringLiteral("backend")), -1);
}

void TestNetworkTableModel::nodesKeepTheirOwnRows()
{
    m_model->setNetworks(N, {network(QStringLiteral("a1"), QStringLiteral("same"))});
    m_model->setNetworks(M, {network(QStringLiteral("a1"), QStringLiteral("same")),
                             network(QStringLiteral("b2"), QStringLiteral("only"))});
    QCOMPARE(m_model->rowCount(), 3);
    m_model->addContainers(M, {container(QStringLiteral("c1"), {QStringLiteral("same")})});
    QCOMPARE(m_model->usersAt(m_model->rowOf(M, QStringLiteral("a1"))), 1);
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("a1"))), 0);
    m_model->setNetworks(N, {});
    QCOMPARE(m_model->rowCount(), 2);
    m_model->removeNode(M);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestNetworkTableModel::proxyFilters()
{
    NetworkFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setNetworkModel(m_model.get());
    m_model->setNetworks(
        N,
        {network(QStringLiteral("a1"), QStringLiteral("backend"), QStringLiteral("10.1.0.0/24")),
         network(QStringLiteral("b2"), QStringLiteral("frontend"), QStringLiteral("10.9.0.0/24"))});
    m_model->setNetworks(M, {network(QStringLiteral("c3"), QStringLiteral("cache"))});
    m_model->addContainers(N, {container(QStringLiteral("c1"), {QStringLiteral("backend")})});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("10.9"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("frontend"));
    proxy.setSearchText(QStringLiteral("BRIDGE end"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText({});
    proxy.setNodeFilter(M);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setNodeFilter({});
    proxy.setUseFilter(NetworkFilterProxy::UseFilter::InUse);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("backend"));
    proxy.setUseFilter(NetworkFilterProxy::UseFilter::Unused);
    QCOMPARE(proxy.rowCount(), 2);
    // Follows a container leaving at once.
    m_model->removeContainers(N, {QStringLiteral("c1")});
    QCOMPARE(proxy.rowCount(), 3);
    // Sorted by containers attached, by value.
    proxy.setUseFilter(NetworkFilterProxy::UseFilter::All);
    m_model->addContainers(N, {container(QStringLiteral("x"), {QStringLiteral("frontend")}),
                               container(QStringLiteral("y"), {QStringLiteral("frontend")}),
                               container(QStringLiteral("z"), {QStringLiteral("backend")})});
    proxy.sort(NetworkTableModel::Containers, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, NetworkTableModel::Name).data().toString(), QStringLiteral("frontend"));
    QCOMPARE(proxy.index(1, NetworkTableModel::Name).data().toString(), QStringLiteral("backend"));
    // Names in natural order.
    m_model->addNetworks(M, {network(QStringLiteral("n10"), QStringLiteral("net-10")),
                             network(QStringLiteral("n2"), QStringLiteral("net-2"))});
    proxy.sort(NetworkTableModel::Name, Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, NetworkTableModel::Name).data().toString();
    QVERIFY2(names.indexOf(QStringLiteral("net-2")) < names.indexOf(QStringLiteral("net-10")),
             qPrintable(names.join(QLatin1Char(' '))));
}

void TestNetworkTableModel::followsTheEngines()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(manager));
    m_model->setNodeManager(&manager);
    const QString docker = manager.nodes().at(0)->id();
    const QString podman = manager.nodes().at(1)->id();
    const QString name = TestEngines::uniqueName(QStringLiteral("model-net"));
    const QString user = TestEngines::uniqueName(QStringLiteral("model-user"));
    auto cleanup = qScopeGuard([&] {
        for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()}) {
            TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
            TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name});
        }
    });
    for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()}) {
        QCOMPARE(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                              QStringLiteral("--internal"), name})
                     .exitCode,
                 0);
    }
    // A new network on each engine: a row inserted, not a reset. (Podman announces no network
    // created or removed: its node is asked to look.)
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    manager.nodes().at(1)->relistNetworks();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfName(docker, name) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfName(podman, name) >= 0, 30000);
    QCOMPARE(reset.size(), 0);
    for (const QString &node : {docker, podman}) {
        const int row = m_model->rowOfName(node, name);
        QVERIFY(!m_model->index(row, NetworkTableModel::Internal).data().toString().isEmpty());
        QVERIFY(!m_model->index(row, NetworkTableModel::Subnet).data().toString().isEmpty());
        QCOMPARE(m_model->usersAt(row), 0);
    }
    // A container attached on each: counted there.
    for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()}) {
        const auto run = TestEngines::docker(
            socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), user,
                     QStringLiteral("--network"), name, TestEngines::image(),
                     QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_model->usersAt(m_model->rowOfName(docker, name)), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->usersAt(m_model->rowOfName(podman, name)), 1, 30000);
    QCOMPARE(m_model->usersOf(docker, name), QStringList{user});
    // Gone again: the count drops, then the row goes.
    for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()}) {
        QCOMPARE(TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user})
                     .exitCode,
                 0);
        QCOMPARE(
            TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name})
                .exitCode,
            0);
    }
    manager.nodes().at(1)->relistNetworks();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfName(docker, name) < 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfName(podman, name) < 0, 30000);
    QCOMPARE(reset.size(), 0);
}

void TestNetworkTableModel::swarmOverlaysWithTheirScope()
{
    REQUIRE_SWARM();
    NodeManager manager;
    NodeConfig config;
    config.name = QStringLiteral("manager");
    config.url = TestEngines::swarmManagerUrl();
    QCOMPARE(manager.addNode(config), QString());
    m_model->setNodeManager(&manager);
    // (The nodes an earlier test saved come back too: this one by its name.)
    const QString node = manager.node(config.name)->id();
    const auto cell = [this, node](const QString &name, int column) {
        return m_model->index(m_model->rowOfName(node, name), column).data().toString();
    };
    // The swarm's own routing mesh, there since the swarm was made.
    const auto rows = [this] {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->index(row, NetworkTableModel::Name).data().toString();
        return names.join(QLatin1String(", "));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(m_model->rowOfName(node, QStringLiteral("ingress")) >= 0,
                              qPrintable(rows()), 60000);
    QCOMPARE(cell(QStringLiteral("ingress"), NetworkTableModel::Driver), QStringLiteral("overlay"));
    QCOMPARE(cell(QStringLiteral("ingress"), NetworkTableModel::Scope), QStringLiteral("swarm"));
    // One made now, as a stack or a user makes one.
    const QString name = TestEngines::uniqueName(QStringLiteral("model-overlay"));
    auto cleanup = qScopeGuard([name] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("network"), QStringLiteral("rm"), name});
    });
    const TestEngines::Result made = TestEngines::swarmDocker(
        TestEngines::swarmManagerUrl(),
        {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--driver"),
         QStringLiteral("overlay"), QStringLiteral("--attachable"), QStringLiteral("--subnet"),
         QStringLiteral("10.231.7.0/24"), name});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfName(node, name) >= 0, 30000);
    QCOMPARE(cell(name, NetworkTableModel::Driver), QStringLiteral("overlay"));
    QCOMPARE(cell(name, NetworkTableModel::Scope), QStringLiteral("swarm"));
    QCOMPARE(cell(name, NetworkTableModel::Subnet), QStringLiteral("10.231.7.0/24"));
}

QTEST_MAIN(TestNetworkTableModel)
#include "tst_networktablemodel.moc"
