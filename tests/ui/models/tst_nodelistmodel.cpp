#include "ui/models/nodelistmodel.h"

#include "core/services/nodemanager.h"
#include "testengines.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The sidebar's model of nodes over a NodeManager with real engines: rows follow nodes added,
// renamed (rebuilt) and removed, and each row follows its node's state and containers.
class TestNodeListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsTheManagerAndTheNodes();

private:
    QTemporaryDir m_config;
};

void TestNodeListModel::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nodelistmodel"));
    QSettings().clear();
}

void TestNodeListModel::followsTheManagerAndTheNodes()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    QCOMPARE(manager.addNode(podman), QString());

    NodeListModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    // The local default comes first, whenever it is found.
    manager.setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()), QStringLiteral("test"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), NodeListModel::IdRole).toString(),
             QString::fromLatin1(NodeManager::LocalId));
    QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("podman"));

    const auto state = [&model](int row) {
        return NodeService::State(model.data(model.index(row), NodeListModel::StateRole).toInt());
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(0), NodeService::State::Online, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(state(1), NodeService::State::Online, 30000);
    QCOMPARE(EngineInfo::Kind(model.data(model.index(0), NodeListModel::EngineRole).toInt()),
             EngineInfo::Kind::Docker);
    QCOMPARE(EngineInfo::Kind(model.data(model.index(1), NodeListModel::EngineRole).toInt()),
             EngineInfo::Kind::Podman);

    // A container made and started on the Podman node: its row counts it, in place.
    const int total = model.data(model.index(1), NodeListModel::TotalRole).toInt();
    const int running = model.data(model.index(1), NodeListModel::RunningRole).toInt();
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QString name = TestEngines::uniqueName(QStringLiteral("counted"));
    QCOMPARE(TestEngines::runDetached(TestEngines::podmanSocket(), name,
                                      {QStringLiteral("sleep"), QStringLiteral("60")})
                 .exitCode,
             0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-t"),
                             QStringLiteral("0"), name});
    });
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(1), NodeListModel::TotalRole).toInt(),
                              total + 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(1), NodeListModel::RunningRole).toInt(),
                              running + 1, 30000);
    QVERIFY(!dataChanged.isEmpty());
    for (const auto &args : std::as_const(dataChanged))
        QCOMPARE(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());

    // Renamed: the node is rebuilt in the same row.
    NodeConfig renamed = manager.nodes().at(1)->config();
    renamed.name = QStringLiteral("pods");
    QCOMPARE(manager.updateNode(renamed), QString());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("pods"));
    QCOMPARE(model.nodeAt(1), manager.nodes().at(1));
    QTRY_COMPARE_WITH_TIMEOUT(state(1), NodeService::State::Online, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(1), NodeListModel::TotalRole).toInt(),
                              total + 1, 30000);

    // An engine that is not there: offline, with the reason for the user.
    NodeConfig missing;
    missing.name = QStringLiteral("gone");
    missing.url = QStringLiteral("unix://") + m_config.filePath(QStringLiteral("none.sock"));
    QCOMPARE(manager.addNode(missing), QString());
    QCOMPARE(model.rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(state(2), NodeService::State::Offline, 30000);
    QVERIFY(!model.data(model.index(2), NodeListModel::ErrorRole).toString().isEmpty());
    QVERIFY(model.data(model.index(0), NodeListModel::ErrorRole).toString().isEmpty());

    // Removed: its row goes, the others stay as they were.
    manager.removeNode(manager.nodes().at(1)->id());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("gone"));
    QCOMPARE(model.rowOf(QString::fromLatin1(NodeManager::LocalId)), 0);
    manager.removeNode(QString::fromLatin1(NodeManager::LocalId));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestNodeListModel)
#include "tst_nodelistmodel.moc"
