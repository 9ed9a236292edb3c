#include "ui/models/containerfilterproxy.h"

#include "ui/models/containertablemodel.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
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
#include "tst_containerfilterproxy.moc"
