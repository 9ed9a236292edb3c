#include "ui/models/volumetablemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"

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

VolumeInfo volume(const QString &name, const QMap<QString, QString> &labels = {})
{
    VolumeInfo v;
    v.name = name;
    v.driver = QStringLiteral("local");
    v.mountpoint = QStringLiteral("/var/lib/docker/volumes/") + name + QStringLiteral("/_data");
    v.scope = QStringLiteral("local");
    v.created = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    v.labels = labels;
    return v;
}
} // namespace

// The volumes table: a row per volume on each node, changed in place by the nodes' batches,
// with sizes and use counts handed in from the disk usage. First fed values, then over a
// NodeManager with the harness's Docker and Podman, where volumes come and go live.
class TestVolumeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRowPerVolumePerNode();
    void changesInPlace();
    void usageFillsSizeAndContainers();
    void displayAndSortValues();
    void followsTheEngines();

private:
    std::unique_ptr<VolumeTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_config;
};

void TestVolumeTableModel::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_volumetablemodel"));
    QSettings().clear();
    qRegisterMetaType<VolumeInfo>();
}

void TestVolumeTableModel::init()
{
    m_model = std::make_unique<VolumeTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestVolumeTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestVolumeTableModel::aRowPerVolumePerNode()
{
    m_model->setNodeName(N, QStringLiteral("Node One"));
    m_model->setVolumes(N, {volume(QStringLiteral("data")), volume(QStringLiteral("cache"))});
    // The same name on another node is another volume.
    m_model->setVolumes(M, {volume(QStringLiteral("data"))});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(VolumeTableModel::ColumnCount));
    const int row = m_model->rowOf(N, QStringLiteral("data"));
    QVERIFY(row >= 0);
    QVERIFY(m_model->rowOf(M, QStringLiteral("data")) >= 0);
    QVERIFY(m_model->rowOf(M, QStringLiteral("data")) != row);
    QCOMPARE(m_model->rowOf(M, QStringLiteral("cache")), -1);
    QCOMPARE(m_model->index(row, VolumeTableModel::Node).data().toString(),
             QStringLiteral("Node One"));
    QCOMPARE(m_model->index(row, VolumeTableModel::Name).data().toString(), QStringLiteral("data"));
    QCOMPARE(m_model->index(row, 0).data(VolumeTableModel::NodeIdRole).toString(), N);
    QCOMPARE(m_model->index(row, 0).data(VolumeTableModel::VolumeNameRole).toString(),
             QStringLiteral("data"));

    // A list again: what is gone goes, what is new comes, the rest stays where it is.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setVolumes(N, {volume(QStringLiteral("data")), volume(QStringLiteral("logs"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("cache")), -1);
    QVERIFY(m_model->rowOf(N, QStringLiteral("logs")) >= 0);
    QCOMPARE(m_model->volumeAt(m_model->rowOf(N, QStringLiteral("data"))).name,
             QStringLiteral("data"));

    m_model->removeNode(M);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(M, QStringLiteral("data")), -1);
    // Every remaining row is still found where it is.
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->rowOf(m_model->nodeIdAt(r), m_model->volumeAt(r).name), r);
}

void TestVolumeTableModel::changesInPlace()
{
    m_model->setVolumes(N, {volume(QStringLiteral("a")), volume(QStringLiteral("b"))});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    VolumeInfo b = volume(QStringLiteral("b"), {{QStringLiteral("team"), QStringLiteral("x")}});
    m_model->updateVolumes(N, {b});
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = m_model->rowOf(N, QStringLiteral("b"));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(m_model->index(row, VolumeTableModel::Labels).data().toString(),
             QStringLiteral("team=x"));
    // The same again changes nothing.
    m_model->updateVolumes(N, {b});
    QCOMPARE(changed.count(), 1);
    // An added volume already there is a change, not a second row.
    m_model->addVolumes(N, {volume(QStringLiteral("a"))});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.count(), 0);
    m_model->removeVolumes(N, {QStringLiteral("a"), QStringLiteral("absent")});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("b")), 0);
}

void TestVolumeTableModel::usageFillsSizeAndContainers()
{
    m_model->setVolumes(
        N, {volume(QStringLiteral("a")), volume(QStringLiteral("b")), volume(QStringLiteral("c"))});
    const int a = m_model->rowOf(N, QStringLiteral("a"));
    const int b = m_model->rowOf(N, QStringLiteral("b"));
    const int c = m_model->rowOf(N, QStringLiteral("c"));
    // Unknown until the disk usage says.
    QCOMPARE(m_model->usageAt(a), VolumeUsage());
    QCOMPARE(m_model->index(a, VolumeTableModel::Size).data().toString(), QString());
    QCOMPARE(m_model->index(a, VolumeTableModel::Containers).data().toString(), QString());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setUsage(N, {{QStringLiteral("a"), {2500000, 2}}, {QStringLiteral("b"), {0, 0}}});
    // Rows a and b changed (one ranged signal: they are most of the rows); c is still not
    // counted.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), qMin(a, b));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), qMax(a, b));
    QCOMPARE(m_model->usageAt(a), (VolumeUsage{2500000, 2}));
    QCOMPARE(m_model->index(a, VolumeTableModel::Containers).data().toInt(), 2);
    QCOMPARE(m_model->index(a, 0).data(VolumeTableModel::RefCountRole).toInt(), 2);
    QCOMPARE(m_model->index(a, 0).data(VolumeTableModel::SizeRole).toLongLong(), 2500000);
    QVERIFY(!m_model->index(a, VolumeTableModel::Size).data().toString().isEmpty());
    QCOMPARE(m_model->index(b, VolumeTableModel::Containers).data().toInt(), 0);
    QCOMPARE(m_model->usageAt(c).refCount, -1);

    // The same usage again: no change to announce.
    m_model->setUsage(N, {{QStringLiteral("a"), {2500000, 2}}, {QStringLiteral("b"), {0, 0}}});
    QCOMPARE(changed.count(), 1);
    // A removed volume takes its usage along: one made again under its name is not counted.
    m_model->removeVolumes(N, {QStringLiteral("a")});
    m_model->addVolumes(N, {volume(QStringLiteral("a"))});
    QCOMPARE(m_model->usageAt(m_model->rowOf(N, QStringLiteral("a"))).refCount, -1);
}

void TestVolumeTableModel::displayAndSortValues()
{
    m_model->setNow(QDateTime::fromSecsSinceEpoch(1800000000 + 3 * 3600, Qt::UTC));
    m_model->setVolumes(
        N, {volume(QStringLiteral("Big"), {{QStringLiteral("b"), QString()},
                                           {QStringLiteral("a"), QStringLiteral("1")}})});
    m_model->setUsage(N, {{QStringLiteral("Big"), {123456789, 1}}});
    const auto at = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(at(VolumeTableModel::Name, VolumeTableModel::SortRole).toString(),
             QStringLiteral("big"));
    QCOMPARE(at(VolumeTableModel::Size, VolumeTableModel::SortRole).toLongLong(), 123456789);
    QCOMPARE(at(VolumeTableModel::Containers, VolumeTableModel::SortRole).toInt(), 1);
    QCOMPARE(at(VolumeTableModel::Created, VolumeTableModel::SortRole).toLongLong(), 1800000000);
    QVERIFY(!at(VolumeTableModel::Created).toString().isEmpty());
    QCOMPARE(at(VolumeTableModel::Driver).toString(), QStringLiteral("local"));
    QVERIFY(at(VolumeTableModel::Mountpoint).toString().endsWith(QStringLiteral("/Big/_data")));
    // Labels sorted by key; one without a value shows its key alone.
    QCOMPARE(at(VolumeTableModel::Labels).toString(), QStringLiteral("a=1, b"));
    QVERIFY(m_model->searchTextAt(0).contains(QStringLiteral("big")));
    QVERIFY(m_model->searchTextAt(0).contains(QStringLiteral("a=1")));
    QVERIFY(m_model->searchTextAt(0).contains(QStringLiteral("/_data")));
    for (int c = 0; c < VolumeTableModel::ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestVolumeTableModel::followsTheEngines()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(manager));
    const QString docker = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = manager.nodes().at(1)->id();
    m_model->setNodeManager(&manager);

    const QString name = TestEngines::uniqueName(QStringLiteral("vol-model"));
    auto cleanup = qScopeGuard([&] {
        for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()})
            TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"), name});
    });
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()})
        QCOMPARE(TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"),
                                              QStringLiteral("--label"),
                                              QStringLiteral("gontainer.test=model"), name})
                     .exitCode,
                 0);
    // Each node's volume is a row of its own, inserted rather than reset.
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(docker, name) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(podman, name) >= 0, 30000);
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 2);
    const int row = m_model->rowOf(docker, name);
    QCOMPARE(m_model->volumeAt(row).labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("model"));
    QCOMPARE(m_model->index(row, VolumeTableModel::Node).data().toString(),
             manager.node(docker)->name());

    // Removed on one engine: only that node's row goes.
    QCOMPARE(TestEngines::docker(TestEngines::podmanSocket(),
                                 {QStringLiteral("volume"), QStringLiteral("rm"), name})
                 .exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowOf(podman, name), -1, 30000);
    QVERIFY(m_model->rowOf(docker, name) >= 0);
    QCOMPARE(TestEngines::docker(TestEngines::dockerSocket(),
                                 {QStringLiteral("volume"), QStringLiteral("rm"), name})
                 .exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowOf(docker, name), -1, 30000);
    QCOMPARE(reset.count(), 0);

    // A node that goes takes its rows along.
    const int before = m_model->rowCount();
    int podmanRows = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        podmanRows += m_model->nodeIdAt(r) == podman ? 1 : 0;
    manager.removeNode(podman);
    QCOMPARE(m_model->rowCount(), before - podmanRows);
}

QTEST_MAIN(TestVolumeTableModel)
#include "tst_volumetablemodel.moc"
