#include "ui/models/containertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

namespace {
const QString N = QStringLiteral("node");
}

class TestContainerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addUpdateRemove();
    void shortIdKeepsTheNamespace_data();
    void shortIdKeepsTheNamespace();
    void removeScatteredRows();
    void persistentIndexesSurviveChanges();
    void addingAKnownIdUpdatesIt();
    void manyChangesAreOneRangedSignal();
    void displayAndSortValues();
    void nodesKeepTheirOwnRows();
    void unchangedUpdateIsSilent();
    void statsFillCpuAndMemory();
    void statusText_data();
    void statusText();

private:
    static ContainerSummary make(const QString &name,
                                 ContainerSummary::State state = ContainerSummary::State::Running);
    std::unique_ptr<ContainerTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTranslator m_english;
};

void TestContainerTableModel::initTestCase()
{
    // English plural forms ("1 minute", "3 minutes") come from the embedded English translation.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

ContainerSummary TestContainerTableModel::make(const QString &name, ContainerSummary::State state)
{
    ContainerSummary c;
    c.id = name + QStringLiteral("-id");
    c.name = name;
    c.image = QStringLiteral("busybox:latest");
    c.state = state;
    c.created = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    c.since = c.created;
    return c;
}

void TestContainerTableModel::init()
{
    m_model = std::make_unique<ContainerTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContainerTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestContainerTableModel::addUpdateRemove()
{
    m_model->setContainers(N, {make(QStringLiteral("a")), make(QStringLiteral("b"))});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ContainerTableModel::ColumnCount));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addContainers(N, {make(QStringLiteral("c"))});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("c-id")), 2);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ContainerSummary b = make(QStringLiteral("b"), ContainerSummary::State::Exited);
    b.exitCode = 1;
    m_model->updateContainers(N, {b});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, ContainerTableModel::State).data().toString(),
             ContainerTableModel::stateText(ContainerSummary::State::Exited));

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeContainers(N, {QStringLiteral("a-id"), QStringLiteral("unknown")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("b-id")), 0);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("c-id")), 1);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("a-id")), -1);
    QCOMPARE(m_model->runningCount(), 1);
}

void TestContainerTableModel::removeScatteredRows()
{
    QList<ContainerSummary> list;
    for (int i = 0; i < 10; ++i)
        list << make(QStringLiteral("n%1").arg(i));
    m_model->setContainers(N, list);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeContainers(N, {QStringLiteral("n1-id"), QStringLiteral("n2-id"),
                                  QStringLiteral("n3-id"), QStringLiteral("n7-id"),
                                  QStringLiteral("n9-id")});
    QCOMPARE(removed.count(), 3); // three contiguous runs
    QCOMPARE(m_model->rowCount(), 5);
    const QStringList expected = {QStringLiteral("n0"), QStringLiteral("n4"), QStringLiteral("n5"),
                                  QStringLiteral("n6"), QStringLiteral("n8")};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(m_model->containerAt(row).name, expected.at(row));
        QCOMPARE(m_model->rowOf(N, expected.at(row) + QStringLiteral("-id")), row);
    }
}

void TestContainerTableModel::persistentIndexesSurviveChanges()
{
    m_model->setContainers(
        N, {make(QStringLiteral("a")), make(QStringLiteral("b")), make(QStringLiteral("c"))});
    // What a view's selection holds on to.
    const QPersistentModelIndex selected = m_model->index(2, ContainerTableModel::Name);
    m_model->addContainers(N, {make(QStringLiteral("d"))});
    m_model->updateContainers(N, {make(QStringLiteral("c"), ContainerSummary::State::Paused)});
    m_model->removeContainers(N, {QStringLiteral("a-id")});
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data().toString(), QStringLiteral("c"));
}

void TestContainerTableModel::addingAKnownIdUpdatesIt()
{
    m_model->setContainers(N, {make(QStringLiteral("a"))});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addContainers(N, {make(QStringLiteral("a"), ContainerSummary::State::Exited)});
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->containerAt(0).state, ContainerSummary::State::Exited);
}

void TestContainerTableModel::manyChangesAreOneRangedSignal()
{
    QList<ContainerSummary> list;
    for (int i = 0; i < 100; ++i)
        list << make(QStringLiteral("n%1").arg(i));
    m_model->setContainers(N, list);
    for (auto &c : list)
        c.state = ContainerSummary::State::Exited;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateContainers(N, list);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 99);
}

void TestContainerTableModel::displayAndSortValues()
{
    ContainerSummary web = make(QStringLiteral("Web"));
    web.ports = {{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")}};
    ContainerSummary db = make(QStringLiteral("db"), ContainerSummary::State::Exited);
    db.created = web.created.addSecs(-3600);
    m_model->setContainers(N, {web, db});
    m_model->setNow(web.created.addSecs(5 * 60));

    QCOMPARE(m_model->headerData(ContainerTableModel::Ports, Qt::Horizontal).toString(),
             QStringLiteral("Ports"));
    QCOMPARE(m_model->index(0, ContainerTableModel::Ports).data().toString(),
             QStringLiteral("0.0.0.0:8080->80/tcp"));
    QCOMPARE(m_model->index(0, ContainerTableModel::Created).data().toString(),
             QStringLiteral("5 minutes ago"));
    QCOMPARE(m_model->index(0, 0).data(ContainerTableModel::IdRole).toString(), web.id);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ContainerTableModel::SortRole);
    proxy.sort(ContainerTableModel::Name);
    QCOMPARE(proxy.index(0, ContainerTableModel::Name).data().toString(), QStringLiteral("db"));
    proxy.sort(ContainerTableModel::State);
    QCOMPARE(proxy.index(0, ContainerTableModel::Name).data().toString(), QStringLiteral("Web"));
    proxy.sort(ContainerTableModel::Created);
    QCOMPARE(proxy.index(0, ContainerTableModel::Name).data().toString(), QStringLiteral("db"));
}

void TestContainerTableModel::nodesKeepTheirOwnRows()
{
    const QString other = QStringLiteral("other");
    m_model->setNodeName(N, QStringLiteral("Laptop"));
    m_model->setNodeName(other, QStringLiteral("Build server"));
    m_model->setContainers(N, {make(QStringLiteral("a")), make(QStringLiteral("b"))});
    // The same id on another node is another container.
    m_model->setContainers(other, {make(QStringLiteral("a")), make(QStringLiteral("z"))});
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(other, QStringLiteral("a-id")), 2);
    QCOMPARE(m_model->index(2, ContainerTableModel::Node).data().toString(),
             QStringLiteral("Build server"));
    QCOMPARE(m_model->index(0, 0).data(ContainerTableModel::NodeIdRole).toString(), N);
    QCOMPARE(m_model->index(0, 0).data(ContainerTableModel::NodeNameRole).toString(),
             QStringLiteral("Laptop"));

    // A node's fresh list replaces only its own rows, keeping those still there in place.
    const QPersistentModelIndex kept =
        m_model->index(m_model->rowOf(other, QStringLiteral("z-id")), 0);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setContainers(N, {make(QStringLiteral("b")), make(QStringLiteral("c"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 5 - 1);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("a-id")), -1);
    QVERIFY(m_model->rowOf(N, QStringLiteral("c-id")) >= 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("z"));

    m_model->removeNode(N);
    QCOMPARE(m_model->rowCount(), 2);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->nodeIdAt(r), other);
}

void TestContainerTableModel::unchangedUpdateIsSilent()
{
    ContainerSummary a = make(QStringLiteral("a"));
    a.health = ContainerSummary::Health::Unhealthy;
    m_model->setContainers(N, {a});
    QCOMPARE(m_model->unhealthyCount(), 1);
    QCOMPARE(m_model->index(0, ContainerTableModel::Health).data().toString(),
             QStringLiteral("Unhealthy"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateContainers(N, {a});
    QCOMPARE(changed.count(), 0);
}

void TestContainerTableModel::statsFillCpuAndMemory()
{
    m_model->setContainers(
        N, {make(QStringLiteral("a")), make(QStringLiteral("b"), ContainerSummary::State::Exited)});
    const int a = m_model->rowOf(N, QStringLiteral("a-id"));
    QVERIFY(!m_model->index(a, 0).data(ContainerTableModel::HasStatsRole).toBool());
    QCOMPARE(m_model->index(a, ContainerTableModel::Cpu).data().toString(), QString());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < ContainerTableModel::HistoryLength + 5; ++i) {
        ContainerStats s;
        s.id = QStringLiteral("a-id");
        s.cpuPercent = 12.5 + i;
        s.memoryUsage = 3 * 1024 * 1024;
        s.memoryLimit = 64 * 1024 * 1024;
        s.memoryPercent = 3.0 / 64 * 100;
        m_model->addStats(N, s);
    }
    // The samples are in the row at once, and told to the views together a moment later: the
    // sparklines' column and the figures' columns, once.
    QVERIFY(m_model->index(a, 0).data(ContainerTableModel::HasStatsRole).toBool());
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 2);
    QTest::qWait(600);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(a, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(a, 0));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), m_model->index(a, ContainerTableModel::Cpu));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), m_model->index(a, ContainerTableModel::Memory));
    QCOMPARE(m_model->index(a, ContainerTableModel::Cpu).data().toString(),
             QStringLiteral("46.5 %"));
    QCOMPARE(m_model->index(a, ContainerTableModel::Memory).data().toString(),
             QStringLiteral("3.0 MB"));
    const auto history =
        m_model->index(a, 0).data(ContainerTableModel::CpuHistoryRole).value<QList<qreal>>();
    QCOMPARE(history.size(), ContainerTableModel::HistoryLength);
    QCOMPARE(history.last(), 46.5);
    QCOMPARE(
        m_model->index(a, ContainerTableModel::Cpu).data(ContainerTableModel::SortRole).toDouble(),
        46.5);

    // Samples for a stopped container (or an unknown one) are ignored; stopping forgets them.
    ContainerStats late;
    late.id = QStringLiteral("b-id");
    m_model->addStats(N, late);
    QVERIFY(!m_model->index(m_model->rowOf(N, QStringLiteral("b-id")), 0)
                 .data(ContainerTableModel::HasStatsRole)
                 .toBool());
    m_model->updateContainers(N, {make(QStringLiteral("a"), ContainerSummary::State::Exited)});
    QVERIFY(!m_model->index(a, 0).data(ContainerTableModel::HasStatsRole).toBool());
    QCOMPARE(m_model->index(a, ContainerTableModel::Cpu).data().toString(), QString());
}

void TestContainerTableModel::statusText_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("expected");
    const int none = int(ContainerSummary::Health::None);
    const int running = int(ContainerSummary::State::Running);
    QTest::newRow("just started") << running << qint64(5) << -1 << none << "Up less than a minute";
    QTest::newRow("one minute") << running << qint64(61) << -1 << none << "Up 1 minute";
    QTest::newRow("hours, healthy")
        << running << qint64(3 * 3600 + 5) << -1 << int(ContainerSummary::Health::Healthy)
        << "Up 3 hours (healthy)";
    QTest::newRow("days") << running << qint64(3 * 86400) << -1 << none << "Up 3 days";
    QTest::newRow("weeks") << running << qint64(21 * 86400) << -1 << none << "Up 3 weeks";
    QTest::newRow("exited") << int(ContainerSummary::State::Exited) << qint64(120) << 137 << none
                            << "Exited (137) 2 minutes ago";
    QTest::newRow("created") << int(ContainerSummary::State::Created) << qint64(0) << -1 << none
                             << "Created";
    QTest::newRow("paused") << int(ContainerSummary::State::Paused) << qint64(600) << -1 << none
                            << "Paused, up 10 minutes";
    QTest::newRow("unknown age") << running << qint64(-1) << -1 << none << "Up";
    // Started after the model's clock last ticked.
    QTest::newRow("since the last tick")
        << running << qint64(-20) << -1 << none << "Up less than a minute";
    QTest::newRow("exited just now")
        << int(ContainerSummary::State::Exited) << qint64(3) << 0 << none << "Exited (0) just now";
}

void TestContainerTableModel::statusText()
{
    QFETCH(int, state);
    QFETCH(qint64, age);
    QFETCH(int, exitCode);
    QFETCH(int, health);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    ContainerSummary c = make(QStringLiteral("x"), ContainerSummary::State(state));
    c.since = age != -1 ? now.addSecs(-age) : QDateTime();
    c.exitCode = exitCode;
    c.health = ContainerSummary::Health(health);
    m_model->setContainers(N, {c});
    m_model->setNow(now);
    QCOMPARE(m_model->statusText(m_model->containerAt(0)), expected);
    // The Status column leaves the health to its own column.
    QVERIFY(expected.startsWith(m_model->index(0, ContainerTableModel::Status).data().toString()));
    QCOMPARE(m_model->index(0, ContainerTableModel::Status)
                 .data()
                 .toString()
                 .contains(QLatin1String("healthy")),
             false);
}

void TestContainerTableModel::shortIdKeepsTheNamespace_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("shown");
    const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("docker") << hex << hex.left(12);
    QTest::newRow("containerd") << QStringLiteral("default/") + hex
                                << QStringLiteral("default/0123456789ab");
    QTest::newRow("named") << QStringLiteral("k8s.io/web") << QStringLiteral("k8s.io/web");
    QTest::newRow("empty") << QString() << QString();
}

void TestContainerTableModel::shortIdKeepsTheNamespace()
{
    QFETCH(QString, id);
    QFETCH(QString, shown);
    QCOMPARE(ContainerTableModel::shortId(id), shown);
}

QTEST_MAIN(TestContainerTableModel)
#include "tst_containertablemodel.moc"
