#include "ui/models/containergroupproxy.h"

#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {
const QString A = QStringLiteral("nodeA");
const QString B = QStringLiteral("nodeB");
const QString Compose = QStringLiteral("com.docker.compose.project");
const QString PodmanCompose = QStringLiteral("io.podman.compose.project");
} // namespace

// Containers grouped by compose project over the filter proxy, with the model changing under
// QAbstractItemModelTester: headers, counts over every node, live label changes, the filter's
// search and sort, and ten thousand rows.
class TestContainerGroupProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupsByProjectWithHeaders();
    void headersAreNotContainers();
    void followsAddsRemovesAndLabelChanges();
    void persistentIndexesFollowTheirRows();
    void searchHidesRowsButHeadersCountTheProject();
    void sortOrdersContainersWithinGroups();
    void detachedIsEmpty();
    void tenThousandContainers();

private:
    static ContainerSummary make(const QString &name, const QString &project,
                                 ContainerSummary::State state = ContainerSummary::State::Running,
                                 const QString &label = Compose);
    // Each row as "# project" for a header or the container's name.
    QStringList rows() const;

    QTranslator m_english;
    std::unique_ptr<ContainerTableModel> m_model;
    std::unique_ptr<ContainerFilterProxy> m_filter;
    std::unique_ptr<ContainerGroupProxy> m_group;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContainerGroupProxy::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

ContainerSummary TestContainerGroupProxy::make(const QString &name, const QString &project,
                                               ContainerSummary::State state, const QString &label)
{
    ContainerSummary c;
    c.id = name + QStringLiteral("-id");
    c.name = name;
    c.image = QStringLiteral("busybox:latest");
    c.state = state;
    c.created = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    c.since = c.created;
    if (!project.isEmpty())
        c.labels.insert(label, project);
    return c;
}

void TestContainerGroupProxy::init()
{
    m_model = std::make_unique<ContainerTableModel>();
    m_model->setNodeName(A, QStringLiteral("alpha"));
    m_model->setNodeName(B, QStringLiteral("beta"));
    m_filter = std::make_unique<ContainerFilterProxy>();
    m_filter->setContainerModel(m_model.get());
    m_filter->sort(ContainerTableModel::Name, Qt::AscendingOrder);
    m_group = std::make_unique<ContainerGroupProxy>();
    m_group->setSourceModel(m_filter.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_group.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContainerGroupProxy::cleanup()
{
    m_tester.reset();
    m_group.reset();
    m_filter.reset();
    m_model.reset();
}

QStringList TestContainerGroupProxy::rows() const
{
    QStringList out;
    for (int r = 0; r < m_group->rowCount(); ++r) {
        const QModelIndex i = m_group->index(r, 0);
        out << (m_group->isHeader(i) ? QStringLiteral("# ") + i.data().toString()
                                     : i.data(ContainerTableModel::NameRole).toString());
    }
    return out;
}

void TestContainerGroupProxy::groupsByProjectWithHeaders()
{
    ContainerSummary api = make(QStringLiteral("api"), QStringLiteral("Alpha"));
    api.health = ContainerSummary::Health::Unhealthy;
    m_model->setContainers(A, {make(QStringLiteral("web-1"), QStringLiteral("shop")), api,
                               make(QStringLiteral("loose"), {})});
    // podman-compose's own label alone is enough.
    m_model->setContainers(B, {make(QStringLiteral("db-1"), QStringLiteral("shop"),
                                    ContainerSummary::State::Exited, PodmanCompose),
                               make(QStringLiteral("web-2"), QStringLiteral("shop"))});

    // By project, case aside; the containers without one last; the filter's order inside.
    QCOMPARE(rows(), QStringList({QStringLiteral("# Alpha"), QStringLiteral("api"),
                                  QStringLiteral("# shop"), QStringLiteral("db-1"),
                                  QStringLiteral("web-1"), QStringLiteral("web-2"),
                                  QStringLiteral("# No project"), QStringLiteral("loose")}));

    const QModelIndex shop = m_group->index(m_group->headerRow(QStringLiteral("shop")), 0);
    QCOMPARE(shop.row(), 2);
    QCOMPARE(shop.data(ContainerGroupProxy::GroupTotalRole).toInt(), 3);
    QCOMPARE(shop.data(ContainerGroupProxy::GroupRunningRole).toInt(), 2);
    QCOMPARE(shop.data(ContainerGroupProxy::GroupUnhealthyRole).toInt(), 0);
    QCOMPARE(shop.data(ContainerGroupProxy::GroupNodesRole).toStringList(),
             QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(shop.siblingAtColumn(ContainerTableModel::Node).data().toString(),
             QStringLiteral("alpha, beta"));
    QCOMPARE(shop.siblingAtColumn(ContainerTableModel::State).data().toString(),
             QStringLiteral("2 of 3 running"));
    QCOMPARE(shop.siblingAtColumn(ContainerTableModel::Health).data().toString(), QString());
    const QModelIndex alpha = m_group->index(0, 0);
    QCOMPARE(alpha.data(ContainerGroupProxy::GroupUnhealthyRole).toInt(), 1);
    QCOMPARE(alpha.siblingAtColumn(ContainerTableModel::Health).data().toString(),
             QStringLiteral("1 unhealthy"));
    QCOMPARE(m_group->projectOf(alpha), QStringLiteral("Alpha"));
    QCOMPARE(m_group->index(6, 0).data(ContainerGroupProxy::GroupProjectRole).toString(),
             QString());

    // A container row is the filter's row, every column.
    const QModelIndex db = m_group->index(3, ContainerTableModel::Node);
    QCOMPARE(db.data().toString(), QStringLiteral("beta"));
    QCOMPARE(m_group->mapFromSource(m_group->mapToSource(db)), db);
    QCOMPARE(m_group->headerData(ContainerTableModel::Image, Qt::Horizontal).toString(),
             QStringLiteral("Image"));

    // The project's rows in the model, on both nodes.
    QList<QString> names;
    for (const int r : m_group->modelRowsOf(QStringLiteral("shop")))
        names << m_model->containerAt(r).name;
    std::sort(names.begin(), names.end());
    QCOMPARE(names, QStringList({QStringLiteral("db-1"), QStringLiteral("web-1"),
                                 QStringLiteral("web-2")}));
}

void TestContainerGroupProxy::headersAreNotContainers()
{
    m_model->setContainers(A, {make(QStringLiteral("web"), QStringLiteral("p"))});
    const QModelIndex header = m_group->index(0, 0);
    QVERIFY(m_group->isHeader(header));
    QVERIFY(!m_group->isHeader(m_group->index(1, 0)));
    QVERIFY(!m_group->mapToSource(header).isValid());
    QCOMPARE(m_group->flags(header), Qt::ItemIsEnabled);
    QVERIFY(m_group->flags(m_group->index(1, 0)).testFlag(Qt::ItemIsSelectable));
    QVERIFY(!header.data(ContainerTableModel::IdRole).isValid());
    QCOMPARE(m_group->index(1, 0).data(ContainerTableModel::IdRole).toString(),
             QStringLiteral("web-id"));
    QCOMPARE(m_group->index(1, 0).data(ContainerGroupProxy::HeaderRole).toBool(), false);

    // A selection of everything holds the container only.
    QItemSelectionModel selection(m_group.get());
    selection.select(QItemSelection(m_group->index(0, 0), m_group->index(1, 0)),
                     QItemSelectionModel::Select);
    QCOMPARE(selection.selectedIndexes(), QModelIndexList{m_group->index(1, 0)});
}

void TestContainerGroupProxy::followsAddsRemovesAndLabelChanges()
{
    m_model->setContainers(
        A, {make(QStringLiteral("a1"), QStringLiteral("one")), make(QStringLiteral("b1"), {})});
    QCOMPARE(rows(), QStringList({QStringLiteral("# one"), QStringLiteral("a1"),
                                  QStringLiteral("# No project"), QStringLiteral("b1")}));

    // A new project on another node.
    m_model->addContainers(B, {make(QStringLiteral("c2"), QStringLiteral("two")),
                               make(QStringLiteral("a2"), QStringLiteral("one"))});
    QCOMPARE(rows(),
             QStringList({QStringLiteral("# one"), QStringLiteral("a1"), QStringLiteral("a2"),
                          QStringLiteral("# two"), QStringLiteral("c2"),
                          QStringLiteral("# No project"), QStringLiteral("b1")}));
    const QModelIndex one = m_group->index(0, 0);
    QCOMPARE(one.data(ContainerGroupProxy::GroupTotalRole).toInt(), 2);
    QCOMPARE(one.data(ContainerGroupProxy::GroupNodesRole).toStringList().size(), 2);

    // A label that changes moves the container to its new group; the old one empties away.
    QSignalSpy headers(m_group.get(), &QAbstractItemModel::dataChanged);
    m_model->updateContainers(B, {make(QStringLiteral("c2"), QStringLiteral("one"))});
    QCOMPARE(rows(), QStringList({QStringLiteral("# one"), QStringLiteral("a1"),
                                  QStringLiteral("a2"), QStringLiteral("c2"),
                                  QStringLiteral("# No project"), QStringLiteral("b1")}));
    QCOMPARE(m_group->headerRow(QStringLiteral("two")), -1);
    QCOMPARE(m_group->index(0, 0).data(ContainerGroupProxy::GroupTotalRole).toInt(), 3);

    // A state change updates the counts, and the header is told (once for the burst).
    m_model->updateContainers(
        A, {make(QStringLiteral("a1"), QStringLiteral("one"), ContainerSummary::State::Exited)});
    QCOMPARE(m_group->index(0, 0).data(ContainerGroupProxy::GroupRunningRole).toInt(), 2);
    QTRY_VERIFY(std::any_of(headers.cbegin(), headers.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == 0 && args.at(0).toModelIndex().column() == 0;
    }));

    // A label added to a container of no project; then the loose group is gone.
    m_model->updateContainers(A, {make(QStringLiteral("b1"), QStringLiteral("three"))});
    QCOMPARE(rows(),
             QStringList({QStringLiteral("# one"), QStringLiteral("a1"), QStringLiteral("a2"),
                          QStringLiteral("c2"), QStringLiteral("# three"), QStringLiteral("b1")}));

    // Removing containers, and a whole node.
    m_model->removeContainers(A, {QStringLiteral("a1-id")});
    QCOMPARE(rows(),
             QStringList({QStringLiteral("# one"), QStringLiteral("a2"), QStringLiteral("c2"),
                          QStringLiteral("# three"), QStringLiteral("b1")}));
    m_model->removeNode(B);
    QCOMPARE(rows(), QStringList({QStringLiteral("# three"), QStringLiteral("b1")}));
    m_model->removeNode(A);
    QCOMPARE(m_group->rowCount(), 0);
}

void TestContainerGroupProxy::persistentIndexesFollowTheirRows()
{
    m_model->setContainers(A, {make(QStringLiteral("x"), QStringLiteral("p")),
                               make(QStringLiteral("y"), QStringLiteral("q"))});
    const QPersistentModelIndex x = m_group->index(1, ContainerTableModel::Image);
    const QPersistentModelIndex q = m_group->index(2, 0);
    QCOMPARE(x.data(ContainerTableModel::NameRole).toString(), QStringLiteral("x"));
    QCOMPARE(m_group->projectOf(q), QStringLiteral("q"));

    // A new project sorts before both; then x moves to q.
    m_model->addContainers(B, {make(QStringLiteral("z"), QStringLiteral("a"))});
    QCOMPARE(x.row(), 3);
    QCOMPARE(q.row(), 4);
    m_model->updateContainers(A, {make(QStringLiteral("x"), QStringLiteral("q"))});
    QVERIFY(x.isValid());
    QCOMPARE(x.column(), int(ContainerTableModel::Image));
    QCOMPARE(x.data(ContainerTableModel::NameRole).toString(), QStringLiteral("x"));
    QCOMPARE(m_group->index(x.row() - 1, 0).data().toString(), QStringLiteral("q"));
    QCOMPARE(m_group->projectOf(q), QStringLiteral("q"));
    QCOMPARE(m_group->headerRow(QStringLiteral("p")), -1);

    // A removed container, and the header of a project that goes, are gone for good.
    m_model->removeContainers(A, {QStringLiteral("x-id"), QStringLiteral("y-id")});
    QVERIFY(!x.isValid());
    QVERIFY(!q.isValid());
}

void TestContainerGroupProxy::searchHidesRowsButHeadersCountTheProject()
{
    m_model->setContainers(
        A, {make(QStringLiteral("web"), QStringLiteral("shop")),
            make(QStringLiteral("db"), QStringLiteral("shop"), ContainerSummary::State::Exited),
            make(QStringLiteral("cache"), QStringLiteral("blog"))});
    m_filter->setSearchText(QStringLiteral("web"));
    QCOMPARE(rows(), QStringList({QStringLiteral("# shop"), QStringLiteral("web")}));
    // The header is the whole project's, db too.
    QCOMPARE(m_group->index(0, 0).data(ContainerGroupProxy::GroupTotalRole).toInt(), 2);
    m_filter->setSearchText(QString());
    m_filter->setStateFilter(ContainerFilterProxy::StateFilter::Stopped);
    QCOMPARE(rows(), QStringList({QStringLiteral("# shop"), QStringLiteral("db")}));
    // A change that brings a hidden container into the filter adds it to its group.
    m_model->updateContainers(A, {make(QStringLiteral("cache"), QStringLiteral("blog"),
                                       ContainerSummary::State::Exited)});
    QCOMPARE(rows(), QStringList({QStringLiteral("# blog"), QStringLiteral("cache"),
                                  QStringLiteral("# shop"), QStringLiteral("db")}));
}

void TestContainerGroupProxy::sortOrdersContainersWithinGroups()
{
    m_model->setContainers(A, {make(QStringLiteral("a"), QStringLiteral("p")),
                               make(QStringLiteral("b"), QStringLiteral("p")),
                               make(QStringLiteral("c"), QStringLiteral("q"))});
    m_group->sort(ContainerTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(m_filter->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(rows(), QStringList({QStringLiteral("# p"), QStringLiteral("b"), QStringLiteral("a"),
                                  QStringLiteral("# q"), QStringLiteral("c")}));
}

void TestContainerGroupProxy::detachedIsEmpty()
{
    m_model->setContainers(A, {make(QStringLiteral("a"), QStringLiteral("p"))});
    QCOMPARE(m_group->rowCount(), 2);
    QSignalSpy reset(m_group.get(), &QAbstractItemModel::modelReset);
    m_group->setSourceModel(nullptr);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_group->rowCount(), 0);
    QCOMPARE(m_group->columnCount(), 0);
    // No longer following the model.
    m_model->addContainers(A, {make(QStringLiteral("b"), QStringLiteral("p"))});
    QCOMPARE(m_group->rowCount(), 0);
    m_group->setSourceModel(m_filter.get());
    QCOMPARE(rows(),
             QStringList({QStringLiteral("# p"), QStringLiteral("a"), QStringLiteral("b")}));
}

void TestContainerGroupProxy::tenThousandContainers()
{
    // Off the tester: it walks every row on each change.
    m_tester.reset();
    m_group->setSourceModel(nullptr);
    QList<ContainerSummary> list;
    for (int i = 0; i < 10000; ++i)
        list << make(QStringLiteral("c%1").arg(i, 5, 10, QLatin1Char('0')),
                     i % 5 == 0 ? QString() : QStringLiteral("project-%1").arg(i % 500));
    m_model->setContainers(A, list);

    QElapsedTimer timer;
    timer.start();
    m_group->setSourceModel(m_filter.get());
    const qint64 group = timer.elapsed();
    QCOMPARE(m_group->rowCount(), 10000 + 401);
    QCOMPARE(m_group->index(0, 0).data(ContainerGroupProxy::GroupTotalRole).toInt(), 20);

    // A batch of state changes (as after a compose down): counts follow.
    for (int i = 0; i < 1000; ++i)
        list[i].state = ContainerSummary::State::Exited;
    timer.restart();
    m_model->updateContainers(A, list.mid(0, 1000));
    const int running = m_group->index(m_group->headerRow(QStringLiteral("project-1")), 0)
                            .data(ContainerGroupProxy::GroupRunningRole)
                            .toInt();
    const qint64 update = timer.elapsed();
    QCOMPARE(running, 18);

    // One new container, sorted into the middle.
    timer.restart();
    m_model->addContainers(B, {make(QStringLiteral("c05000x"), QStringLiteral("project-7"))});
    const qint64 add = timer.elapsed();
    QCOMPARE(m_group->rowCount(), 10000 + 401 + 1);
    // A search keystroke re-filters every row, then the groups are made again.
    const auto keystrokes = [this]() -> qint64 {
        QElapsedTimer t;
        t.start();
        for (const char *text : {"c0", "c01", "c0", ""}) {
            m_filter->setSearchText(QString::fromLatin1(text));
            // As a view would: the filter's rows made at once.
            if (!m_filter->index(0, 0).isValid())
                return -1;
        }
        return t.nsecsElapsed() / 4000;
    };
    const qint64 groupedKey = keystrokes();
    m_group->setSourceModel(nullptr);
    const qint64 plainKey = keystrokes();
    QVERIFY(groupedKey >= 0 && plainKey >= 0);
    qInfo("10,000 containers in 401 groups: grouped in %lld ms, 1,000 changes in %lld ms, "
          "one added in %lld ms; a search keystroke %lld us grouped, %lld us not",
          group, update, add, groupedKey, plainKey);
}

QTEST_MAIN(TestContainerGroupProxy)
#include "tst_containergroupproxy.moc"
