// Docker, Podman and containerd side by side in one window: the Containers page over a
// NodeManager with the harness's three engines as nodes, all Online, a container of each in
// one table, each row under its own node.
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containerspage.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestMixedNodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threeEnginesInOneTable();

private:
    QTemporaryDir m_config;
};

void TestMixedNodes::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mixednodes"));
    qRegisterMetaType<ContainerSummary>();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
}

void TestMixedNodes::threeEnginesInOneTable()
{
    REQUIRE_CONTAINERD();
    QSettings().clear();
    const QString dockerName = TestEngines::uniqueName(QStringLiteral("mix-docker")).toLower();
    const QString podmanName = TestEngines::uniqueName(QStringLiteral("mix-podman")).toLower();
    const QString ctrdName = TestEngines::uniqueName(QStringLiteral("mix-ctrd")).toLower();
    const QStringList sleep{QStringLiteral("sleep"), QStringLiteral("300")};
    const auto docker = TestEngines::runDetached(TestEngines::dockerSocket(), dockerName, sleep);
    const auto podman = TestEngines::runDetached(TestEngines::podmanSocket(), podmanName, sleep);
    const auto ctrd = TestEngines::runContainerdContainer(ctrdName, sleep);
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), dockerName});
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), podmanName});
        if (!ctrd.output.isEmpty()) {
            TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("delete"),
                              QStringLiteral("--force"), ctrd.output});
            TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), ctrd.output});
        }
    });
    QVERIFY2(docker.exitCode == 0, qPrintable(docker.output));
    QVERIFY2(podman.exitCode == 0, qPrintable(podman.output));
    QVERIFY2(ctrd.exitCode == 0, qPrintable(ctrd.output));

    NotificationArea notifications;
    NodeManager manager;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(manager));
    NodeConfig config;
    config.name = QStringLiteral("containerd");
    config.url = TestEngines::containerdEndpointUrl();
    QCOMPARE(manager.addNode(config), QString());
    QCOMPARE(manager.nodes().size(), 3);
    const auto allOnline = [&manager] {
        const QList<NodeService *> nodes = manager.nodes();
        return std::all_of(nodes.cbegin(), nodes.cend(),
                           [](NodeService *n) { return n->state() == NodeService::State::Online; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allOnline(), 60000);
    // Each node's engine as it identified itself (the full description follows the first list).
    const auto kinds = [&manager] {
        QHash<QString, EngineInfo::Kind> byName;
        for (NodeService *n : manager.nodes())
            byName.insert(n->name(), n->engineInfo().kind);
        return byName;
    };
    const QHash<QString, EngineInfo::Kind> expectedKinds = {
        {manager.nodes().at(0)->name(), EngineInfo::Kind::Docker},
        {QStringLiteral("podman"), EngineInfo::Kind::Podman},
        {QStringLiteral("containerd"), EngineInfo::Kind::Containerd}};
    QTRY_COMPARE_WITH_TIMEOUT(kinds(), expectedKinds, 30000);
    const QString dockerNode = manager.nodes().at(0)->name();

    ContainersPage page(&notifications);
    page.setNodeManager(&manager);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ContainerTableModel *model = page.containerModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Each container once, in the row of its own node, the node column naming that node.
    const auto rowOf = [model](const QString &name) {
        int found = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, ContainerTableModel::Name).data().toString() == name)
                found = found < 0 ? r : -2;
        }
        return found;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(dockerName) >= 0 && rowOf(podmanName) >= 0 && rowOf(ctrdName) >= 0, 30000);
    const QList<std::pair<QString, QString>> expected = {{dockerName, dockerNode},
                                                         {podmanName, QStringLiteral("podman")},
                                                         {ctrdName, QStringLiteral("containerd")}};
    for (const auto &[name, nodeName] : expected) {
        const int row = rowOf(name);
        QCOMPARE(model->index(row, ContainerTableModel::Node).data().toString(), nodeName);
        NodeService *node = manager.node(model->nodeIdAt(row));
        QVERIFY(node);
        QCOMPARE(node->config().name, nodeName);
        QCOMPARE(model->containerAt(row).state, ContainerSummary::State::Running);
    }
    QCOMPARE(model->containerAt(rowOf(ctrdName)).id,
             TestEngines::containerdNamespace() + QLatin1Char('/') + ctrd.output);
}

QTEST_MAIN(TestMixedNodes)
#include "tst_mixednodes.moc"
