#include "ui/models/podtreemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/podfilterproxy.h"

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

PodInfo pod(const QString &id, const QString &name, const QList<PodContainer> &containers,
            const QString &status = QStringLiteral("Running"))
{
    PodInfo p;
    p.id = id;
    p.name = name;
    p.status = status;
    p.created = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    p.infraId = id + QStringLiteral("-infra");
    p.containers << PodContainer{p.infraId, id + QStringLiteral("-infra-name"),
                                 QStringLiteral("running")};
    p.containers << containers;
    return p;
}

PodContainer container(const QString &id, const QString &state = QStringLiteral("running"))
{
    return PodContainer{id, id + QStringLiteral("-name"), state};
}
} // namespace

// The pods tree: a row per pod on each node with its containers under it, changed in place by
// the nodes' batches; its proxy's search and node filter. First fed values, then over a
// NodeManager with the harness's Docker (no pods) and Podman.
class TestPodTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aTreeOfPodsAndContainers();
    void containersChangeInPlace();
    void removeKeepsOtherRowsAndTheirChildren();
    void sharedNamespacesAreHandedIn();
    void proxySearchesAndFiltersByNode();
    void followsTheEngines();

private:
    std::unique_ptr<PodTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_config;
};

void TestPodTreeModel::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_podtreemodel"));
    QSettings().clear();
    qRegisterMetaType<PodInfo>();
}

void TestPodTreeModel::init()
{
    m_model = std::make_unique<PodTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPodTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestPodTreeModel::aTreeOfPodsAndContainers()
{
    m_model->setNodeName(N, QStringLiteral("Node One"));
    m_model->setPods(
        N, {pod(QStringLiteral("p1"), QStringLiteral("web"),
                {container(QStringLiteral("c1")), container(QStringLiteral("c2"))}),
            pod(QStringLiteral("p2"), QStringLiteral("db"), {}, QStringLiteral("Degraded"))});
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex web = m_model->podIndex(N, QStringLiteral("p1"));
    QVERIFY(web.isValid());
    QCOMPARE(m_model->rowCount(web), 3); // the infra container and two
    QCOMPARE(web.data().toString(), QStringLiteral("web"));
    QCOMPARE(web.siblingAtColumn(PodTreeModel::Node).data().toString(), QStringLiteral("Node One"));
    QCOMPARE(web.siblingAtColumn(PodTreeModel::Containers).data().toInt(), 2);
    QCOMPARE(web.siblingAtColumn(PodTreeModel::State).data(PodTreeModel::StateRole).toString(),
             QStringLiteral("Running"));
    QVERIFY(web.data(PodTreeModel::IsPodRole).toBool());
    QVERIFY(web.data(PodTreeModel::ContainerIdRole).toString().isEmpty());

    const QModelIndex infra = m_model->index(0, PodTreeModel::Infra, web);
    QCOMPARE(infra.parent(), web);
    QCOMPARE(infra.data(PodTreeModel::ContainerIdRole).toString(), QStringLiteral("p1-infra"));
    QCOMPARE(infra.data(PodTreeModel::SortRole).toInt(), 0); // marked as the infra one
    const QModelIndex c2 = m_model->index(2, PodTreeModel::Name, web);
    QCOMPARE(c2.data().toString(), QStringLiteral("c2-name"));
    QCOMPARE(c2.data(PodTreeModel::PodIdRole).toString(), QStringLiteral("p1"));
    QCOMPARE(c2.data(PodTreeModel::NodeIdRole).toString(), N);
    QVERIFY(!c2.data(PodTreeModel::IsPodRole).toBool());
    QCOMPARE(m_model->rowCount(c2), 0);

    const QModelIndex db = m_model->podIndex(N, QStringLiteral("p2"));
    QCOMPARE(m_model->rowCount(db), 1);
    QCOMPARE(db.siblingAtColumn(PodTreeModel::Containers).data().toInt(), 0);
    QVERIFY(!db.siblingAtColumn(PodTreeModel::State).data().toString().isEmpty());
    // Degraded sorts before stopped pods and after running ones.
    QVERIFY(db.siblingAtColumn(PodTreeModel::State).data(PodTreeModel::SortRole).toInt() >
            web.siblingAtColumn(PodTreeModel::State).data(PodTreeModel::SortRole).toInt());
}

void TestPodTreeModel::containersChangeInPlace()
{
    m_model->setPods(N, {pod(QStringLiteral("p1"), QStringLiteral("web"),
                             {container(QStringLiteral("c1")), container(QStringLiteral("c2")),
                              container(QStringLiteral("c3"))})});
    const QModelIndex web = m_model->podIndex(N, QStringLiteral("p1"));
    const QPersistentModelIndex c3 = m_model->index(3, 0, web);
    QCOMPARE(c3.data().toString(), QStringLiteral("c3-name"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // c2 goes, c3 stops, c4 comes; the pod's own row changes state.
    m_model->addPods(N, {pod(QStringLiteral("p1"), QStringLiteral("web"),
                             {container(QStringLiteral("c1")),
                              container(QStringLiteral("c3"), QStringLiteral("exited")),
                              container(QStringLiteral("c4"))},
                             QStringLiteral("Degraded"))});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).value<QModelIndex>(), web);
    QCOMPARE(removed.first().at(1).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), web);
    QCOMPARE(m_model->rowCount(web), 4);
    QVERIFY(c3.isValid());
    QCOMPARE(c3.row(), 2);
    QCOMPARE(c3.data(PodTreeModel::StateRole).toString(), QStringLiteral("exited"));
    QCOMPARE(m_model->index(3, 0, web).data().toString(), QStringLiteral("c4-name"));
    QCOMPARE(web.data(PodTreeModel::StateRole).toString(), QStringLiteral("Degraded"));
    QCOMPARE(web.siblingAtColumn(PodTreeModel::Containers).data().toInt(), 3);

    // The same again changes nothing.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->addPods(N, {pod(QStringLiteral("p1"), QStringLiteral("web"),
                             {container(QStringLiteral("c1")),
                              container(QStringLiteral("c3"), QStringLiteral("exited")),
                              container(QStringLiteral("c4"))},
                             QStringLiteral("Degraded"))});
    QCOMPARE(changed.size(), 0);
}

void TestPodTreeModel::removeKeepsOtherRowsAndTheirChildren()
{
    m_model->setPods(
        N, {pod(QStringLiteral("a"), QStringLiteral("a"), {}),
            pod(QStringLiteral("b"), QStringLiteral("b"), {}),
            pod(QStringLiteral("c"), QStringLiteral("c"), {container(QStringLiteral("cc"))})});
    m_model->setPods(M, {pod(QStringLiteral("d"), QStringLiteral("d"), {})});
    const QPersistentModelIndex child =
        m_model->index(1, 0, m_model->podIndex(N, QStringLiteral("c")));
    QCOMPARE(child.data().toString(), QStringLiteral("cc-name"));
    m_model->removePods(N, {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(child.isValid());
    QCOMPARE(child.parent().row(), 0);
    QCOMPARE(child.parent().data().toString(), QStringLiteral("c"));
    QCOMPARE(m_model->rowOf(M, QStringLiteral("d")), 1);
    // setPods replaces the node's pods only.
    m_model->setPods(N, {pod(QStringLiteral("e"), QStringLiteral("e"), {})});
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!child.isValid());
    QVERIFY(m_model->rowOf(M, QStringLiteral("d")) >= 0);
    QVERIFY(m_model->rowOf(N, QStringLiteral("e")) >= 0);
    m_model->removeNode(M);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->podAt(0).id, QStringLiteral("e"));
}

void TestPodTreeModel::sharedNamespacesAreHandedIn()
{
    m_model->setPods(N, {pod(QStringLiteral("p1"), QStringLiteral("web"), {})});
    const QModelIndex shared = m_model->podIndex(N, QStringLiteral("p1"), PodTreeModel::Shared);
    QVERIFY(!shared.data(PodTreeModel::SharesKnownRole).toBool());
    QVERIFY(shared.data().toString().isEmpty());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSharedNamespaces(N, QStringLiteral("p1"),
                                 {QStringLiteral("ipc"), QStringLiteral("net")});
    QCOMPARE(changed.size(), 1);
    QVERIFY(shared.data(PodTreeModel::SharesKnownRole).toBool());
    QCOMPARE(shared.data().toString(), QStringLiteral("ipc, net"));
    // A later list (which has no shares) keeps them.
    PodInfo later = pod(QStringLiteral("p1"), QStringLiteral("web"), {}, QStringLiteral("Exited"));
    m_model->addPods(N, {later});
    QCOMPARE(shared.data().toString(), QStringLiteral("ipc, net"));
}

void TestPodTreeModel::proxySearchesAndFiltersByNode()
{
    PodFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPods(
        N,
        {pod(QStringLiteral("p1"), QStringLiteral("web"), {container(QStringLiteral("nginx"))}),
         pod(QStringLiteral("p2"), QStringLiteral("db"), {container(QStringLiteral("postgres"))})});
    m_model->setPods(M, {pod(QStringLiteral("p3"), QStringLiteral("web-two"), {})});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("WEB"));
    QCOMPARE(proxy.rowCount(), 2);
    // A container's name finds its pod, and the pod keeps all its containers.
    proxy.setSearchText(QStringLiteral("postgres"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("db"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    proxy.setSearchText(QStringLiteral("web two"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.setNodeFilter(M);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PodTreeModel::NodeIdRole).toString(), M);
    proxy.setNodeFilter(QString());
    proxy.sort(PodTreeModel::Name);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("db"));
    // Live changes reach the proxy.
    m_model->removePods(N, {QStringLiteral("p2")});
    QCOMPARE(proxy.rowCount(), 2);
}

void TestPodTreeModel::followsTheEngines()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(manager));
    NodeService *podman = manager.node(QStringLiteral("podman"));
    QVERIFY(podman);
    m_model->setNodeManager(&manager);
    const QString name = TestEngines::uniqueName(QStringLiteral("treepod"));
    const QString member = TestEngines::uniqueName(QStringLiteral("treepod-c"));
    const QString socket = TestEngines::podmanSocket();
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(socket,
                            {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"),
                             QStringLiteral("-t"), QStringLiteral("0"), name});
    });
    const auto made = TestEngines::podman(
        socket, {QStringLiteral("pod"), QStringLiteral("create"), QStringLiteral("--name"), name});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    const QString podId = made.output.trimmed().split(QLatin1Char('\n')).last();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(podman->id(), podId) >= 0, 30000);
    const QPersistentModelIndex row = m_model->podIndex(podman->id(), podId);
    QCOMPARE(row.data().toString(), name);
    QCOMPARE(m_model->index(row.row(), PodTreeModel::Node).data().toString(),
             QStringLiteral("podman"));

    // A container joins the pod: a child row appears under it, running.
    const auto run = TestEngines::podman(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--pod"), name,
                 QStringLiteral("--name"), member, TestEngines::podmanImage(),
                 QStringLiteral("sleep"), QStringLiteral("600")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const auto childNamed = [&](const QString &childName) {
        for (int i = 0; i < m_model->rowCount(row); ++i) {
            const QModelIndex c = m_model->index(i, 0, row);
            if (c.data(PodTreeModel::ContainerNameRole).toString() == childName)
                return QPersistentModelIndex(c);
        }
        return QPersistentModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(childNamed(member).isValid(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(childNamed(member).data(PodTreeModel::StateRole).toString(),
                              QStringLiteral("running"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(PodTreeModel::StateRole).toString(),
                              QStringLiteral("Running"), 30000);

    // No pod row belongs to the Docker node.
    for (NodeService *node : manager.nodes()) {
        if (node->engineInfo().capabilities.pods)
            continue;
        for (int i = 0; i < m_model->rowCount(); ++i)
            QVERIFY(m_model->nodeIdAt(i) != node->id());
    }

    const auto removed = TestEngines::podman(socket, {QStringLiteral("pod"), QStringLiteral("rm"),
                                                      QStringLiteral("-f"), QStringLiteral("-t"),
                                                      QStringLiteral("0"), name});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.output));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(podman->id(), podId) < 0, 30000);
    QVERIFY(!row.isValid());
    m_model->setNodeManager(nullptr);
}

QTEST_MAIN(TestPodTreeModel)
#include "tst_podtreemodel.moc"
