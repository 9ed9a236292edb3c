#include "ui/models/containerfilterproxy.h"

#include "ui/models/containertablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

// The search and filters over containers of two nodes.
static QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

class TestContainerFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void search_data();
    void search();
    void stateAndHealthFilters();
    void nodeFilter();
    void sortsByRawValues();
    void liveChangesKeepTheScrollPosition();
    void randomChangesMatchAProxyMadeAfresh();
    void typingOnHidesRowsOnly();
    void sortKeepsTheLastOrderAmongAlikes();

private:
    static ContainerSummary make(const QString &name, ContainerSummary::State state,
                                 ContainerSummary::Health health = ContainerSummary::Health::None);
    QStringList shown() const;

    std::unique_ptr<ContainerTableModel> m_model;
    std::unique_ptr<ContainerFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

ContainerSummary TestContainerFilterProxy::make(const QString &name, ContainerSummary::State state,
                                                ContainerSummary::Health health)
{
    ContainerSummary c;
    c.id =
        QStringLiteral("%1%2").arg(name.size()).arg(QString::fromLatin1(name.toLatin1().toHex()));
    c.name = name;
    c.image = QStringLiteral("docker.io/library/") + name + QStringLiteral(":latest");
    c.state = state;
    c.health = health;
    c.labels.insert(QStringLiteral("app"), name.left(3));
    c.labels.insert(QStringLiteral("tier"), name.endsWith(QLatin1String("db"))
                                                ? QStringLiteral("data")
                                                : QStringLiteral("web"));
    return c;
}

QStringList TestContainerFilterProxy::shown() const
{
    QStringList out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out << m_proxy->index(r, ContainerTableModel::Name).data().toString();
    out.sort();
    return out;
}

void TestContainerFilterProxy::init()
{
    m_tester.reset();
    m_model = std::make_unique<ContainerTableModel>();
    m_proxy = std::make_unique<ContainerFilterProxy>();
    m_proxy->setContainerModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    using S = ContainerSummary::State;
    using H = ContainerSummary::Health;
    m_model->setContainers(QStringLiteral("a"),
                           {make(QStringLiteral("shopweb"), S::Running, H::Healthy),
                            make(QStringLiteral("shopdb"), S::Exited)});
    m_model->setContainers(QStringLiteral("b"),
                           {make(QStringLiteral("blogweb"), S::Paused),
                            make(QStringLiteral("blogdb"), S::Running, H::Unhealthy),
                            make(QStringLiteral("cron"), S::Created, H::Starting)});
}

void TestContainerFilterProxy::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString()
                           << names({"blogdb", "blogweb", "cron", "shopdb", "shopweb"});
    QTest::newRow("name part, any case") << "SHOP" << names({"shopdb", "shopweb"});
    QTest::newRow("image") << "library/cron" << names({"cron"});
    QTest::newRow("label value") << "data" << names({"blogdb", "shopdb"});
    QTest::newRow("label key=value") << "tier=web" << names({"blogweb", "cron", "shopweb"});
    QTest::newRow("all words must match") << "blog tier=data" << names({"blogdb"});
    QTest::newRow("id from its start") << "7" << names({"blogweb", "shopweb"});
    QTest::newRow("nothing") << "zzz" << names({});
}

void TestContainerFilterProxy::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(shown(), expected);
}

void TestContainerFilterProxy::stateAndHealthFilters()
{
    using F = ContainerFilterProxy::StateFilter;
    using HF = ContainerFilterProxy::HealthFilter;
    m_proxy->setStateFilter(F::Running);
    QCOMPARE(shown(), (names({"blogdb", "shopweb"})));
    m_proxy->setStateFilter(F::Paused);
    QCOMPARE(shown(), names({"blogweb"}));
    m_proxy->setStateFilter(F::Stopped);
    QCOMPARE(shown(), (names({"cron", "shopdb"})));
    m_proxy->setStateFilter(F::All);
    m_proxy->setHealthFilter(HF::Unhealthy);
    QCOMPARE(shown(), names({"blogdb"}));
    m_proxy->setHealthFilter(HF::WithCheck);
    QCOMPARE(shown(), (names({"blogdb", "cron", "shopweb"})));
    m_proxy->setStateFilter(F::Running);
    QCOMPARE(shown(), (names({"blogdb", "shopweb"})));

    // A live change moves a container in or out of the filtered view.
    ContainerSummary cron = make(QStringLiteral("cron"), ContainerSummary::State::Running,
                                 ContainerSummary::Health::Healthy);
    m_model->updateContainers(QStringLiteral("b"), {cron});
    QCOMPARE(shown(), (names({"blogdb", "cron", "shopweb"})));
}

void TestContainerFilterProxy::nodeFilter()
{
    m_proxy->setNodeFilter(QStringLiteral("a"));
    QCOMPARE(shown(), (names({"shopdb", "shopweb"})));
    m_proxy->setSearchText(QStringLiteral("web"));
    QCOMPARE(shown(), names({"shopweb"}));
    m_proxy->setNodeFilter(QString());
    // cron is labelled tier=web.
    QCOMPARE(shown(), (names({"blogweb", "cron", "shopweb"})));
    // Rows of a removed node leave the view.
    m_model->removeNode(QStringLiteral("a"));
    QCOMPARE(shown(), (names({"blogweb", "cron"})));
}

void TestContainerFilterProxy::sortsByRawValues()
{
    m_proxy->sort(ContainerTableModel::State);
    // Running first, then paused, created, exited.
    QCOMPARE(m_proxy->index(2, 0).data().toString(), QStringLiteral("blogweb"));
    QCOMPARE(m_proxy->index(4, 0).data().toString(), QStringLiteral("shopdb"));
    m_proxy->sort(ContainerTableModel::Health);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("blogdb"));
    m_proxy->sort(ContainerTableModel::Node, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, ContainerTableModel::Node).data().toString(), QStringLiteral("b"));
}

void TestContainerFilterProxy::liveChangesKeepTheScrollPosition()
{
    QList<ContainerSummary> many;
    for (int i = 0; i < 300; ++i)
        many << make(QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0')),
                     ContainerSummary::State::Running);
    m_model->setContainers(QStringLiteral("c"), many);
    m_proxy->sort(ContainerTableModel::Name);
    QTableView view;
    view.setModel(m_proxy.get());
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex target = m_proxy->index(m_proxy->rowCount() / 2, 0);
    view.scrollTo(target, QAbstractItemView::PositionAtTop);
    view.selectionModel()->select(target,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString targetName = target.data().toString();
    const int scroll = view.verticalScrollBar()->value();
    const QString top = view.indexAt(QPoint(5, 5)).data().toString();
    QVERIFY(scroll > 0);

    // Every container changes state, new ones arrive (sorting after), one below goes away.
    for (ContainerSummary &c : many)
        c.state = ContainerSummary::State::Exited;
    m_model->updateContainers(QStringLiteral("c"), many);
    QList<ContainerSummary> later;
    for (int i = 0; i < 10; ++i)
        later << make(QStringLiteral("z%1").arg(i), ContainerSummary::State::Created);
    m_model->addContainers(QStringLiteral("c"), later);
    m_model->removeContainers(QStringLiteral("c"), {many.last().id});
    QCoreApplication::processEvents();

    QCOMPARE(view.verticalScrollBar()->value(), scroll);
    QCOMPARE(view.indexAt(QPoint(5, 5)).data().toString(), top);
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), targetName);
}

QTEST_MAIN(TestContainerFilterProxy)
// The proxy keeps its order and rows through live changes, a piece at a time. Whatever it
// went through, it must show the rows a proxy made afresh over the same rows shows, in the
// order of sort values Qt's own sorting proxy gives the model's sort role, and every persistent
// index must still point at its container (or be gone with it).
void TestContainerFilterProxy::randomChangesMatchAProxyMadeAfresh()
{
    using S = ContainerSummary::State;
    const quint32 seed = 20261205;
    QRandomGenerator random(seed);
    const QStringList words = {QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("db"),
                               QStringLiteral("blog"), QStringLiteral("cron")};
    const QList<S> states = {S::Running, S::Exited, S::Paused, S::Created};
    int made = 0;
    const auto fresh = [&] {
        const QString name = QStringLiteral("%1%2-%3")
                                 .arg(words.at(random.bounded(int(words.size()))),
                                      words.at(random.bounded(int(words.size()))))
                                 .arg(made++);
        ContainerSummary c = make(name, states.at(random.bounded(int(states.size()))));
        c.created = QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(50) * 60);
        return c;
    };
    const QStringList nodes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList searches = {QString(),
                                  QStringLiteral("s"),
                                  QStringLiteral("sh"),
                                  QStringLiteral("shop"),
                                  QStringLiteral("shop w"),
                                  QStringLiteral("db"),
                                  QStringLiteral("tier=data"),
                                  QStringLiteral("1")};
    const QList<int> columns = {-1,
                                ContainerTableModel::Name,
                                ContainerTableModel::Image,
                                ContainerTableModel::State,
                                ContainerTableModel::Status,
                                ContainerTableModel::Created,
                                ContainerTableModel::Node};

    // What the views would hold on to: a persistent index on some shown rows, by container.
    QList<QPair<QPersistentModelIndex, QString>> held;
    const auto idOf = [&](const QModelIndex &proxyIndex) -> QString {
        const int row = m_proxy->mapToSource(proxyIndex).row();
        return m_model->nodeIdAt(row) + QLatin1Char('/') + m_model->containerAt(row).id;
    };
    for (int step = 0; step < 600; ++step) {
        const QString node = nodes.at(random.bounded(int(nodes.size())));
        QList<ContainerSummary> mine;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->nodeIdAt(r) == node)
                mine.append(m_model->containerAt(r));
        }
        QString what;
        switch (random.bounded(9)) {
        case 0:
        case 1: {
            QList<ContainerSummary> added;
            for (int i = random.bounded(1, 25); i > 0; --i)
                added.append(fresh());
            m_model->addContainers(node, added);
            what = QStringLiteral("added %1 to %2").arg(added.size()).arg(node);
            break;
        }
        case 2: {
            QStringList ids;
            for (const ContainerSummary &c : std::as_const(mine)) {
                if (random.bounded(4) == 0)
                    ids << c.id;
            }
            m_model->removeContainers(node, ids);
            what = QStringLiteral("removed %1 from %2").arg(ids.size()).arg(node);
            break;
        }
        case 3: {
            QList<ContainerSummary> changed;
            for (ContainerSummary c : std::as_const(mine)) {
                if (random.bounded(3) != 0)
                    continue;
                c.state = states.at(random.bounded(int(states.size())));
                c.since = QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(100));
                if (random.bounded(4) == 0)
                    c.image = QStringLiteral("img-%1").arg(random.bounded(10));
                changed.append(c);
            }
            m_model->updateContainers(node, changed);
            what = QStringLiteral("changed %1 on %2").arg(changed.size()).arg(node);
            break;
        }
        case 4:
            if (random.bounded(6) == 0) {
                m_model->removeNode(node);
                what = QStringLiteral("removed node %1").arg(node);
            } else {
                m_model->setNodeName(node,
                                     QStringLiteral("%1-%2").arg(random.bounded(9)).arg(node));
                what = QStringLiteral("renamed node %1").arg(node);
            }
            break;
        case 5:
            m_proxy->setSearchText(searches.at(random.bounded(int(searches.size()))));
            what = QStringLiteral("search %1").arg(m_proxy->searchText());
            break;
        case 6:
            m_proxy->setStateFilter(
                ContainerFilterProxy::StateFilter(random.bounded(4))); // All .. Stopped
            m_proxy->setNodeFilter(random.bounded(3) == 0 ? node : QString());
            what = QStringLiteral("filters");
            break;
        case 7:
            m_proxy->sort(columns.at(random.bounded(int(columns.size()))),
                          random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            what = QStringLiteral("sort %1").arg(m_proxy->sortColumn());
            break;
        default:
            if (m_proxy->rowCount() > 0) {
                const QModelIndex i = m_proxy->index(random.bounded(m_proxy->rowCount()), 0);
                held.append({QPersistentModelIndex(i), idOf(i)});
            }
            what = QStringLiteral("held a row");
            break;
        }
        const QString context =
            QStringLiteral("step %1 (%2), seed %3").arg(step).arg(what).arg(seed);

        ContainerFilterProxy afresh;
        afresh.setContainerModel(m_model.get());
        afresh.setSearchText(m_proxy->searchText());
        afresh.setNodeFilter(m_proxy->nodeFilter());
        afresh.setStateFilter(m_proxy->stateFilter());
        afresh.sort(m_proxy->sortColumn(), m_proxy->sortOrder());
        // Rows alike in the sort column may stand in any order (they keep the last sort's); what
        // must match is which rows are shown and the sequence of their sort values.
        const int column = m_proxy->sortColumn();
        const auto sortValue = [&](int sourceRow) -> QString {
            if (column < 0)
                return QString::number(sourceRow);
            const QVariant v =
                m_model->index(sourceRow, column).data(ContainerTableModel::SortRole);
            return v.typeId() == QMetaType::QString ? v.toString().toCaseFolded() : v.toString();
        };
        QStringList expectedValues;
        QSortFilterProxyModel qt;
        qt.setSourceModel(m_model.get());
        qt.setSortRole(ContainerTableModel::SortRole);
        qt.setSortCaseSensitivity(Qt::CaseInsensitive);
        qt.sort(column, m_proxy->sortOrder());
        for (int r = 0; r < qt.rowCount(); ++r) {
            const QModelIndex s = qt.mapToSource(qt.index(r, 0));
            if (afresh.mapFromSource(s).isValid())
                expectedValues << sortValue(s.row());
        }
        QStringList actual;
        QStringList actualValues;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            actual << idOf(m_proxy->index(r, 0));
            actualValues << sortValue(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        }
        QStringList afreshRows;
        for (int r = 0; r < afresh.rowCount(); ++r) {
            const int row = afresh.mapToSource(afresh.index(r, 0)).row();
            afreshRows << m_model->nodeIdAt(row) + QLatin1Char('/') + m_model->containerAt(row).id;
        }
        actual.sort();
        afreshRows.sort();
        if (actual != afreshRows || actualValues != expectedValues)
            QFAIL(qPrintable(context));
        for (qsizetype i = held.size() - 1; i >= 0; --i) {
            if (!held.at(i).first.isValid()) {
                held.removeAt(i);
                continue;
            }
            if (idOf(held.at(i).first) != held.at(i).second)
                QFAIL(qPrintable(QStringLiteral("a held row moved to another container at ") +
                                 context));
        }
    }
}

// A letter typed at the end of the search only hides rows: as removed rows when they are few
// runs (the views keep their places), and no signal at all when nothing goes.
void TestContainerFilterProxy::typingOnHidesRowsOnly()
{
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    m_proxy->sort(ContainerTableModel::Name);
    QCOMPARE(layouts.size(), 1);
    // Every image is "…/library/NAME:latest": "g" is in the blog containers' names only.
    m_proxy->setSearchText(QStringLiteral("g"));
    QCOMPARE(shown(), (names({"blogdb", "blogweb"})));
    QCOMPARE(removed.size(), 1);
    const QPersistentModelIndex blogweb = m_proxy->index(1, ContainerTableModel::Name);
    QCOMPARE(blogweb.data().toString(), QStringLiteral("blogweb"));
    m_proxy->setSearchText(QStringLiteral("gw"));
    QCOMPARE(shown(), names({"blogweb"}));
    QCOMPARE(removed.size(), 2);
    m_proxy->setSearchText(QStringLiteral("gwe"));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(blogweb.row(), 0);
    QCOMPARE(inserted.size(), 0);
    // Taking the letters back shows the rows again, around the one held.
    m_proxy->setSearchText(QString());
    QCOMPARE(shown(), (names({"blogdb", "blogweb", "cron", "shopdb", "shopweb"})));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(blogweb.row(), 1);
    QCOMPARE(layouts.size(), 1);
}

// A sort by name, then by state: each state's containers by name, as a sorting proxy does.
void TestContainerFilterProxy::sortKeepsTheLastOrderAmongAlikes()
{
    const auto running = [this] {
        QStringList out;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, ContainerTableModel::State).data().toString() ==
                ContainerTableModel::stateText(ContainerSummary::State::Running))
                out << m_proxy->index(r, ContainerTableModel::Name).data().toString();
        }
        return out;
    };
    // The model lists shopweb before blogdb (both running).
    m_proxy->sort(ContainerTableModel::Name, Qt::AscendingOrder);
    m_proxy->sort(ContainerTableModel::State, Qt::AscendingOrder);
    QCOMPARE(running(), (names({"blogdb", "shopweb"})));
    m_proxy->sort(ContainerTableModel::Name, Qt::DescendingOrder);
    m_proxy->sort(ContainerTableModel::State, Qt::DescendingOrder);
    QCOMPARE(running(), (names({"shopweb", "blogdb"})));
    // Without a sort column, the model's own order.
    m_proxy->sort(-1);
    QCOMPARE(m_proxy->index(0, ContainerTableModel::Name).data().toString(),
             QStringLiteral("shopweb"));
}

#include "tst_containerfilterproxy.moc"
