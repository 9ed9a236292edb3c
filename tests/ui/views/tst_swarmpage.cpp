#include "ui/views/swarmpage.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/swarmwatcher.h"
#include "testengines.h"
#include "ui/dialogs/createsecretdialog.h"
#include "ui/dialogs/createservicedialog.h"
#include "ui/models/logmodel.h"
#include "ui/models/swarmnodemodel.h"
#include "ui/models/swarmsecretmodel.h"
#include "ui/models/swarmservicemodel.h"
#include "ui/models/swarmstackmodel.h"
#include "ui/models/swarmtaskmodel.h"
#include "ui/views/logwindow.h"
#include "ui/widgets/logview.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Swarm section against the harness's real swarm (a manager and two workers): listed only
// while a configured node is in a swarm; the cluster, its nodes and tokens from the manager; a
// worker's note; services scaled, updated, rolled back and removed through the page's actions
// and seen converging live; a node drained and activated; a task's container one click away on
// the configured worker it runs on; secrets listed without their data and removed; a worker
// killed shown down with its tasks moved.
class TestSwarmPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listedOnlyWithASwarm();
    void managerShowsTheClusterAndItsTokens();
    void workerShowsWhereItStands();
    void serviceScaledUpdatedRolledBackRemoved();
    void nodeDrainedAndActivated();
    void taskLeadsToItsContainer();
    void secretsListedAndRemoved();
    void serviceLogsInTheLogViewer();
    void secretCreatedThroughTheDialog();
    void serviceCreatedThroughTheDialog();
    void stackListedWithItsObjectsAndRemoved();
    void nodeLabelsSet();
    void workerKilledShownDownAndItsTasksMoved();

private:
    bool addSwarmNodes(bool withWorker);
    QString docker(const QStringList &args);
    // `docker service create --detach --init --name NAME ARGUMENTS...` of a service with a
    // unique name from `prefix`, removed again at cleanup, on the Services tab once its row is
    // there: its name, or empty when it was not made or its row did not come.
    QString createService(const QString &prefix, const QStringList &arguments);
    // The view's first row whose `column` shows `text`, or -1.
    static int rowWith(const QTableView *view, int column, const QString &text);
    int serviceRow(const QString &name) const;
    bool selectRow(QTableView *view, int proxyRow);
    QString cell(QTableView *view, int proxyRow, int column) const;

    QTemporaryDir m_config;
    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<SwarmPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
    QList<std::function<void()>> m_cleanups;
};

void TestSwarmPage::initTestCase()
{
    REQUIRE_SWARM();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_swarmpage"));
}

void TestSwarmPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<SwarmPage>(m_notifications.get());
    m_manager = std::make_unique<NodeManager>();
    new QAbstractItemModelTester(m_page->nodeModel(), m_page.get());
    new QAbstractItemModelTester(m_page->serviceModel(), m_page.get());
    new QAbstractItemModelTester(m_page->taskModel(), m_page.get());
    new QAbstractItemModelTester(m_page->secretModel(), m_page.get());
    new QAbstractItemModelTester(m_page->stackModel(), m_page.get());
}

void TestSwarmPage::cleanup()
{
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
    for (const auto &f : std::as_const(m_cleanups))
        f();
    m_cleanups.clear();
}

bool TestSwarmPage::addSwarmNodes(bool withWorker)
{
    m_manager->setLocalNode(Endpoint::fromUrl(TestEngines::swarmManagerUrl()),
                            QStringLiteral("manager"));
    if (withWorker) {
        NodeConfig worker;
        worker.name = QStringLiteral("worker");
        worker.url = TestEngines::swarmWorkerUrls().first();
        const QString problem = m_manager->addNode(worker);
        if (!problem.isEmpty()) {
            qWarning("adding the worker: %s", qPrintable(problem));
            return false;
        }
    }
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1100, 650);
    m_page->show();
    return QTest::qWaitFor(
        [this] {
            return m_page->available() && m_page->watcher() && m_page->watcher()->isFollowing() &&
                   !m_page->watcher()->info().clusterId.isEmpty() &&
                   m_page->nodeModel()->rowCount() == 3;
        },
        60000);
}

QString TestSwarmPage::docker(const QStringList &args)
{
    const TestEngines::Result r = TestEngines::swarmDocker(TestEngines::swarmManagerUrl(), args);
    if (r.exitCode != 0)
        qWarning("docker %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.output));
    return r.exitCode == 0 ? r.output.trimmed() : QString();
}

QString TestSwarmPage::createService(const QString &prefix, const QStringList &arguments)
{
    const QString name = TestEngines::uniqueName(prefix);
    if (docker(QStringList{QStringLiteral("service"), QStringLiteral("create"),
                           QStringLiteral("--detach"), QStringLiteral("--init"),
                           QStringLiteral("--name"), name} +
               arguments)
            .isEmpty())
        return {};
    m_cleanups << [name] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("service"), QStringLiteral("rm"), name});
    };
    m_page->tabs()->setCurrentIndex(SwarmPage::ServicesTab);
    return QTest::qWaitFor([&] { return serviceRow(name) >= 0; }, 30000) ? name : QString();
}

int TestSwarmPage::rowWith(const QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

int TestSwarmPage::serviceRow(const QString &name) const
{
    return rowWith(m_page->servicesView(), SwarmServiceModel::Name, name);
}

bool TestSwarmPage::selectRow(QTableView *view, int proxyRow)
{
    if (proxyRow < 0)
        return false;
    view->selectionModel()->setCurrentIndex(view->model()->index(proxyRow, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    return true;
}

QString TestSwarmPage::cell(QTableView *view, int proxyRow, int column) const
{
    return proxyRow < 0 ? QString() : view->model()->index(proxyRow, column).data().toString();
}

void TestSwarmPage::listedOnlyWithASwarm()
{
    // Docker outside a swarm and Podman: no section.
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager));
    int told = 0;
    m_page->setAvailabilityListener([&told] { ++told; });
    m_page->setNodeManager(m_manager.get());
    QTest::qWait(1000);
    QVERIFY(!m_page->available());
    QCOMPARE(m_page->nodeBox()->count(), 0);
    QVERIFY(m_page->placeholder()->isVisibleTo(m_page.get()));

    // A swarm's manager added: listed, and the window told.
    NodeConfig manager;
    manager.name = QStringLiteral("manager");
    manager.url = TestEngines::swarmManagerUrl();
    QCOMPARE(m_manager->addNode(manager), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->available(), 60000);
    QVERIFY(told >= 1);
    QCOMPARE(m_page->nodeBox()->count(), 1);
    QCOMPARE(m_page->currentNodeId(), m_manager->nodes().last()->id());
    QVERIFY(!m_page->placeholder()->isVisibleTo(m_page.get()));
    // Removed again: gone.
    m_manager->removeNode(m_manager->nodes().last()->id());
    QTRY_VERIFY(!m_page->available());
}

void TestSwarmPage::managerShowsTheClusterAndItsTokens()
{
    QVERIFY(addSwarmNodes(false));
    QCOMPARE(m_page->tabs()->count(), 5);
    const SwarmInfo info = m_page->watcher()->info();
    QCOMPARE(m_page->overviewValue(QStringLiteral("id"))->text(), info.clusterId);
    QTRY_VERIFY(
        m_page->overviewValue(QStringLiteral("nodes"))->text().contains(QLatin1String("1")));
    QVERIFY(m_page->overviewValue(QStringLiteral("nodes"))->text().contains(QLatin1String("2")));

    // The nodes: one manager, the leader, two workers, all ready.
    int managers = 0;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex i = m_page->nodeModel()->index(row, SwarmNodeModel::Role);
        if (m_page->nodeModel()->itemAt(row).role == SwarmNode::Role::Manager) {
            ++managers;
            QCOMPARE(i.siblingAtColumn(SwarmNodeModel::ManagerStatus).data().toString(),
                     SwarmNodeModel::tr("Leader"));
        }
        QTRY_COMPARE(m_page->nodeModel()->index(row, SwarmNodeModel::Status).data().toString(),
                     SwarmNodeModel::tr("Ready"));
    }
    QCOMPARE(managers, 1);

    // Tokens hidden until asked.
    QLineEdit *worker = m_page->tokenField(false);
    QCOMPARE(worker->text(), info.workerJoinToken);
    QCOMPARE(worker->echoMode(), QLineEdit::Password);
    QAction *show = m_page->action(SwarmPage::Act::ShowTokens);
    QVERIFY(show->isEnabled());
    show->trigger();
    QCOMPARE(worker->echoMode(), QLineEdit::Normal);
    show->trigger();
    QCOMPARE(worker->echoMode(), QLineEdit::Password);

    // Rotated: asked first; the new token shows.
    m_page->setAnswersForTest({});
    m_page->action(SwarmPage::Act::RotateWorkerToken)->trigger();
    QVERIFY(m_page->lastQuestion().contains(QLatin1String("worker")));
    QTest::qWait(300);
    QCOMPARE(m_page->watcher()->info().workerJoinToken, info.workerJoinToken);
    SwarmPage::Answers yes;
    yes.confirm = true;
    m_page->setAnswersForTest(yes);
    m_page->action(SwarmPage::Act::RotateWorkerToken)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(worker->text() != info.workerJoinToken, 30000);
    QVERIFY(worker->text().startsWith(QLatin1String("SWMTKN-")));
    QCOMPARE(m_page->tokenField(true)->text(), info.managerJoinToken);
}

void TestSwarmPage::workerShowsWhereItStands()
{
    QVERIFY(addSwarmNodes(true));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeBox()->count(), 2, 30000);
    // The manager is chosen first.
    QCOMPARE(m_page->currentNodeId(), QString::fromLatin1(NodeManager::LocalId));
    const QString worker = m_manager->nodes().last()->id();
    m_page->setCurrentNode(worker);
    QCOMPARE(m_page->currentNodeId(), worker);
    QTRY_VERIFY(m_page->placeholder()->isVisibleTo(m_page.get()));
    QVERIFY(m_page->placeholder()->text().contains(QLatin1String("worker")));
    QVERIFY(m_page->placeholder()->text().contains(QLatin1String(":2377")));
    QCOMPARE(m_page->nodeModel()->rowCount(), 0);
    QVERIFY(!m_page->action(SwarmPage::Act::ShowTokens)->isEnabled());
    // The configured worker is marked in the manager's nodes table.
    m_page->setCurrentNode(QString::fromLatin1(NodeManager::LocalId));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowCount(), 3, 30000);
    int bold = 0;
    for (int row = 0; row < 3; ++row) {
        bold += m_page->nodeModel()
                        ->index(row, SwarmNodeModel::Hostname)
                        .data(Qt::FontRole)
                        .value<QFont>()
                        .bold()
                    ? 1
                    : 0;
    }
    QCOMPARE(bold, 2);
}

void TestSwarmPage::serviceScaledUpdatedRolledBackRemoved()
{
    QVERIFY(addSwarmNodes(false));
    const QString name = createService(
        QStringLiteral("gsw-page"),
        {QStringLiteral("--replicas"), QStringLiteral("1"), QStringLiteral("--update-parallelism"),
         QStringLiteral("2"),
         // Seconds between the update's two batches: time to see it half done.
         QStringLiteral("--update-delay"), QStringLiteral("5s"), QStringLiteral("gsw-test:1"),
         QStringLiteral("sleep"), QStringLiteral("3600")});
    QVERIFY(!name.isEmpty());
    QTableView *services = m_page->servicesView();
    QTRY_COMPARE_WITH_TIMEOUT(cell(services, serviceRow(name), SwarmServiceModel::Replicas),
                              SwarmServiceModel::tr("%1 / %2").arg(1).arg(1), 120000);
    QVERIFY(selectRow(services, serviceRow(name)));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->taskModel()->rowCount(), 1, 30000);
    // Kept for the next start (MainWindow keeps the key): a page made again selects the service
    // once the swarm lists it.
    const QString key = m_page->selectionKey();
    QVERIFY(!key.isEmpty());
    {
        SwarmPage again(m_notifications.get());
        again.restoreSelection(key);
        again.setNodeManager(m_manager.get());
        again.show(); // the swarm is listed while its page is shown
        QTRY_VERIFY_WITH_TIMEOUT(again.servicesView()->selectionModel()->hasSelection(), 60000);
        QCOMPARE(again.selectionKey(), key);
        QCOMPARE(cell(again.servicesView(), again.servicesView()->currentIndex().row(),
                      SwarmServiceModel::Name),
                 name);
    }

    // Scaled through the page: the count converges and the tasks follow.
    QAction *scale = m_page->action(SwarmPage::Act::Scale);
    QVERIFY(scale->isEnabled());
    SwarmPage::Answers answers;
    answers.replicas = 3;
    answers.image = QStringLiteral("gsw-test:2");
    answers.confirm = true;
    m_page->setAnswersForTest(answers);
    scale->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(services, serviceRow(name), SwarmServiceModel::Replicas),
                              SwarmServiceModel::tr("%1 / %2").arg(3).arg(3), 120000);
    const auto running = [this] {
        int n = 0;
        for (const SwarmTask &t : m_page->taskModel()->items())
            n += t.running() && t.desiredState == QLatin1String("running") ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(running(), 3, 60000);

    // The image rolled through, with its state and progress in the Update column, then rolled
    // back.
    QStringList shown;
    QObject watching;
    connect(m_page->serviceModel(), &QAbstractItemModel::dataChanged, &watching, [&] {
        const QString now = cell(services, serviceRow(name), SwarmServiceModel::UpdateStatus);
        if (!shown.contains(now))
            shown << now;
    });
    QVERIFY(m_page->action(SwarmPage::Act::UpdateImage)->isEnabled());
    m_page->action(SwarmPage::Act::UpdateImage)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(services, serviceRow(name), SwarmServiceModel::Image),
                              QStringLiteral("gsw-test:2"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(services, serviceRow(name), SwarmServiceModel::UpdateStatus),
                              SwarmServiceModel::tr("Updated"), 180000);
    // Two of the three tasks on the new image while the last batch waited its 5 s.
    const QString half = SwarmServiceModel::tr("%1: %2 of %3 tasks")
                             .arg(SwarmServiceModel::tr("Updating"))
                             .arg(2)
                             .arg(3);
    QVERIFY2(shown.contains(half), qPrintable(shown.join(QLatin1String(" | "))));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->action(SwarmPage::Act::Rollback)->isEnabled(), 30000);
    m_page->action(SwarmPage::Act::Rollback)->trigger();
    QVERIFY(m_page->lastQuestion().contains(name));
    QTRY_COMPARE_WITH_TIMEOUT(cell(services, serviceRow(name), SwarmServiceModel::Image),
                              QStringLiteral("gsw-test:1"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(services, serviceRow(name), SwarmServiceModel::UpdateStatus),
                              SwarmServiceModel::tr("Rolled back"), 180000);

    // Removed, asked first.
    QVERIFY(selectRow(services, serviceRow(name)));
    m_page->action(SwarmPage::Act::RemoveService)->trigger();
    QVERIFY(m_page->lastQuestion().contains(name));
    QTRY_COMPARE_WITH_TIMEOUT(serviceRow(name), -1, 30000);
    QTRY_COMPARE(m_page->taskModel()->rowCount(), 0);
}

void TestSwarmPage::nodeDrainedAndActivated()
{
    QVERIFY(addSwarmNodes(false));
    m_page->tabs()->setCurrentIndex(SwarmPage::NodesTab);
    QTableView *nodes = m_page->nodesView();
    const int worker = rowWith(nodes, SwarmNodeModel::Role, SwarmNodeModel::tr("Worker"));
    QVERIFY(selectRow(nodes, worker));
    const QString id = nodes->model()->index(worker, 0).data(SwarmNodeModel::IdRole).toString();
    const auto availability = [this, id] {
        const int row = m_page->nodeModel()->rowOf(id);
        return m_page->nodeModel()->index(row, SwarmNodeModel::Availability).data().toString();
    };
    auto reactivate = qScopeGuard([this, id] {
        docker({QStringLiteral("node"), QStringLiteral("update"), QStringLiteral("--availability"),
                QStringLiteral("active"), id});
    });
    QVERIFY(m_page->action(SwarmPage::Act::Promote)->isEnabled());
    QVERIFY(!m_page->action(SwarmPage::Act::Demote)->isEnabled());
    SwarmPage::Answers yes;
    yes.confirm = true;
    m_page->setAnswersForTest(yes);
    m_page->action(SwarmPage::Act::Drain)->trigger();
    QVERIFY(m_page->lastQuestion().contains(QLatin1String("Drain")));
    QTRY_COMPARE_WITH_TIMEOUT(availability(), SwarmNodeModel::tr("Drained"), 30000);
    // The selection is kept across the update.
    QCOMPARE(nodes->selectionModel()->selectedRows().size(), 1);
    const int row = m_page->nodeModel()->rowOf(id);
    QSortFilterProxyModel *proxy = qobject_cast<QSortFilterProxyModel *>(nodes->model());
    QVERIFY(selectRow(nodes, proxy->mapFromSource(m_page->nodeModel()->index(row, 0)).row()));
    m_page->action(SwarmPage::Act::Activate)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(availability(), SwarmNodeModel::tr("Active"), 30000);
}

void TestSwarmPage::taskLeadsToItsContainer()
{
    QVERIFY(addSwarmNodes(true));
    const QString worker = m_manager->nodes().last()->id();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeBox()->count(), 2, 30000);
    // Global: one task on each node, so one runs on the configured worker.
    const QString name = createService(QStringLiteral("gsw-click"),
                                       {QStringLiteral("--mode"), QStringLiteral("global"),
                                        QStringLiteral("gsw-test:1"), QStringLiteral("sleep"),
                                        QStringLiteral("3600")});
    QVERIFY(!name.isEmpty());
    QVERIFY(selectRow(m_page->servicesView(), serviceRow(name)));
    const QString workerSwarmId = [this, worker] {
        for (SwarmWatcher *w : m_page->findChildren<SwarmWatcher *>()) {
            if (w->node() && w->node()->id() == worker)
                return w->info().nodeId;
        }
        return QString();
    }();
    QVERIFY(!workerSwarmId.isEmpty());
    QTableView *tasks = m_page->tasksView();
    const auto workerTaskRow = [tasks, workerSwarmId] {
        for (int row = 0; row < tasks->model()->rowCount(); ++row) {
            const QModelIndex i = tasks->model()->index(row, 0);
            if (i.data(SwarmTaskModel::NodeIdRole).toString() == workerSwarmId &&
                !i.data(SwarmTaskModel::ContainerIdRole).toString().isEmpty())
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(workerTaskRow() >= 0, 120000);
    QCOMPARE(cell(tasks, workerTaskRow(), SwarmTaskModel::Node).isEmpty(), false);
    QSignalSpy activated(m_page.get(), &SwarmPage::containerActivated);
    const QModelIndex task = tasks->model()->index(workerTaskRow(), 0);
    Q_EMIT tasks->activated(task);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), worker);
    QCOMPARE(activated.first().at(1).toString(),
             task.data(SwarmTaskModel::ContainerIdRole).toString());
    // The container is the one the worker's engine runs.
    const TestEngines::Result inspect =
        TestEngines::swarmDocker(TestEngines::swarmWorkerUrls().first(),
                                 {QStringLiteral("inspect"), QStringLiteral("--format"),
                                  QStringLiteral("{{.State.Running}}"),
                                  task.data(SwarmTaskModel::ContainerIdRole).toString()});
    QCOMPARE(inspect.output.trimmed(), QStringLiteral("true"));
}

void TestSwarmPage::secretsListedAndRemoved()
{
    QVERIFY(addSwarmNodes(false));
    const QString name = TestEngines::uniqueName(QStringLiteral("gsw-page-secret"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("s")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("never-shown-back");
    file.close();
    QVERIFY(!docker({QStringLiteral("secret"), QStringLiteral("create"), name, file.fileName()})
                 .isEmpty());
    m_cleanups << [name] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("secret"), QStringLiteral("rm"), name});
    };
    m_page->tabs()->setCurrentIndex(SwarmPage::SecretsTab);
    QTableView *view = m_page->secretsView();
    const auto rowOf = [view, name] {
        return rowWith(view, SwarmSecretModel::Name, name);
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 30000);
    const QModelIndex i = view->model()->index(rowOf(), 0);
    QCOMPARE(i.siblingAtColumn(SwarmSecretModel::Kind).data().toString(),
             SwarmSecretModel::tr("Secret"));
    for (int column = 0; column < SwarmSecretModel::ColumnCount; ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            QVERIFY(!i.siblingAtColumn(column).data(role).toString().contains(
                QLatin1String("never-shown-back")));
    }
    // The search narrows the table.
    m_page->searchField()->setText(name);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(selectRow(view, 0));
    SwarmPage::Answers yes;
    yes.confirm = true;
    m_page->setAnswersForTest(yes);
    QVERIFY(m_page->action(SwarmPage::Act::RemoveSecret)->isEnabled());
    m_page->action(SwarmPage::Act::RemoveSecret)->trigger();
    QVERIFY(m_page->lastQuestion().contains(name));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(), -1, 30000);
}

void TestSwarmPage::serviceLogsInTheLogViewer()
{
    QVERIFY(addSwarmNodes(false));
    // Global: a task on each machine, each printing the machine's name.
    const QString name = createService(
        QStringLiteral("gsw-page-logs"),
        {QStringLiteral("--mode"), QStringLiteral("global"), QStringLiteral("--hostname"),
         QStringLiteral("{{.Node.Hostname}}"), QStringLiteral("gsw-test:1"), QStringLiteral("sh"),
         QStringLiteral("-c"), QStringLiteral("echo out-$(hostname); sleep 3600")});
    QVERIFY(!name.isEmpty());
    QVERIFY(selectRow(m_page->servicesView(), serviceRow(name)));
    // Its tasks known, so that the lines are labelled with their machines' names.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->taskModel()->rowCount(), 3, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_page->taskModel()->items().cbegin(),
                                         m_page->taskModel()->items().cend(),
                                         [](const SwarmTask &t) { return t.running(); }),
                             120000);
    QVERIFY(m_page->action(SwarmPage::Act::Logs)->isEnabled());
    m_page->action(SwarmPage::Act::Logs)->trigger();
    QCOMPARE(m_page->logWindows().size(), 1);
    LogView *view = m_page->logWindows().first()->logView();
    // Every machine's line, each begun with its task and machine, followed live.
    const auto lines = [view] {
        QStringList out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out << QString::fromUtf8(
                view->model()->index(row, 0).data(LogModel::RawTextRole).toByteArray());
        return out;
    };
    QTRY_COMPARE_WITH_TIMEOUT(lines().size(), 3, 60000);
    for (const QString &line : lines()) {
        const QString host = line.section(QStringLiteral("| out-"), 1);
        QVERIFY2(!host.isEmpty(), qPrintable(line));
        QVERIFY2(line.startsWith(name + QLatin1Char('.')), qPrintable(line));
        QVERIFY2(line.contains(QLatin1Char('@') + host + QStringLiteral(" | ")), qPrintable(line));
    }
    QCOMPARE(view->follower(0)->state(), LogFollower::State::Following);
    // The service removed: its log is over.
    QVERIFY(!docker({QStringLiteral("service"), QStringLiteral("rm"), name}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(view->follower(0)->state() == LogFollower::State::Ended ||
                                 view->follower(0)->state() == LogFollower::State::Failed,
                             60000);
    m_page->logWindows().first()->close();
    QTRY_VERIFY(m_page->logWindows().isEmpty());
}

void TestSwarmPage::secretCreatedThroughTheDialog()
{
    QVERIFY(addSwarmNodes(false));
    QTRY_VERIFY(m_page->action(SwarmPage::Act::CreateSecret)->isEnabled());
    m_page->action(SwarmPage::Act::CreateSecret)->trigger();
    CreateSecretDialog *dialog = m_page->createSecretDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), SwarmSecret::Kind::Secret);
    // Checked as typed.
    QVERIFY(!dialog->createButton()->isEnabled());
    dialog->nameField()->setText(QStringLiteral("-bad"));
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("-bad")));
    const QString name = TestEngines::uniqueName(QStringLiteral("gsw-dialog"));
    dialog->nameField()->setText(name);
    QVERIFY(!dialog->createButton()->isEnabled()); // no content yet
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from-a-file");
    file.close();
    dialog->fileField()->setText(dir.filePath(QStringLiteral("missing")));
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("missing")));
    dialog->fileField()->setText(file.fileName());
    dialog->labelsEdit()->setPlainText(QStringLiteral("team=web"));
    QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
    m_cleanups << [name] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("secret"), QStringLiteral("rm"), name});
    };
    QPointer<CreateSecretDialog> guard(dialog);
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 30000);
    // In the table, with its label, its content only in the swarm.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(m_page->secretModel()->items().cbegin(), m_page->secretModel()->items().cend(),
                    [&name](const SwarmSecret &s) {
                        return s.name == name &&
                               s.labels.value(QStringLiteral("team")) == QLatin1String("web");
                    }),
        30000);
    QCOMPARE(m_page->tabs()->currentIndex(), int(SwarmPage::SecretsTab));
    // A second one of the same name is refused as typed.
    m_page->action(SwarmPage::Act::CreateSecret)->trigger();
    dialog = m_page->createSecretDialog();
    dialog->nameField()->setText(name);
    dialog->contentEdit()->setPlainText(QStringLiteral("x"));
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(name));
    dialog->close();
}

void TestSwarmPage::serviceCreatedThroughTheDialog()
{
    QVERIFY(addSwarmNodes(false));
    QTRY_VERIFY(m_page->action(SwarmPage::Act::CreateService)->isEnabled());
    m_page->action(SwarmPage::Act::CreateService)->trigger();
    CreateServiceDialog *dialog = m_page->createServiceDialog();
    QVERIFY(dialog);
    // The manager's images are offered.
    QVERIFY(dialog->imageBox()->findText(QStringLiteral("gsw-test:1")) >= 0);
    QVERIFY(!dialog->createButton()->isEnabled());
    const QString name = TestEngines::uniqueName(QStringLiteral("gsw-dialog-svc"));
    dialog->nameField()->setText(name);
    dialog->imageBox()->setCurrentText(QStringLiteral("gsw-test:1"));
    dialog->commandField()->setText(QStringLiteral("sleep 3600"));
    dialog->replicasBox()->setValue(2);
    dialog->envEdit()->setPlainText(QStringLiteral("GREETING=hello world"));
    dialog->constraintsEdit()->setPlainText(QStringLiteral("node.role==worker"));
    dialog->labelsEdit()->setPlainText(QStringLiteral("team=web"));
    dialog->memoryField()->setText(QStringLiteral("64m"));
    dialog->initBox()->setChecked(true);
    // Typed wrong: said at once, nothing sent.
    dialog->portsEdit()->setPlainText(QStringLiteral("80:notaport"));
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("80:notaport")));
    dialog->portsEdit()->setPlainText(QStringLiteral("18080:80"));
    dialog->hostModeBox()->setChecked(true);
    dialog->memoryField()->setText(QStringLiteral("lots"));
    QVERIFY(!dialog->createButton()->isEnabled());
    dialog->memoryField()->setText(QStringLiteral("64m"));
    QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
    m_cleanups << [name] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("service"), QStringLiteral("rm"), name});
    };
    QPointer<CreateServiceDialog> guard(dialog);
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 30000);

    // Made, shown and chosen; its tasks run on the workers only.
    QTRY_VERIFY_WITH_TIMEOUT(serviceRow(name) >= 0, 30000);
    QCOMPARE(m_page->tabs()->currentIndex(), int(SwarmPage::ServicesTab));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->servicesView()
                                  ->currentIndex()
                                  .siblingAtColumn(SwarmServiceModel::Name)
                                  .data()
                                  .toString(),
                              name, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(m_page->servicesView(), serviceRow(name), SwarmServiceModel::Replicas),
        SwarmServiceModel::tr("%1 / %2").arg(2).arg(2), 120000);
    QSet<QString> workers;
    for (const SwarmNode &n : m_page->nodeModel()->items()) {
        if (n.role == SwarmNode::Role::Worker)
            workers.insert(n.id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_page->taskModel()->rowCount(), 2, 30000);
    for (const SwarmTask &t : m_page->taskModel()->items())
        QVERIFY(workers.contains(t.nodeId));
    // The spec as the swarm keeps it.
    const QString spec =
        docker({QStringLiteral("service"), QStringLiteral("inspect"), QStringLiteral("--format"),
                QStringLiteral("{{json .Spec}}"), name});
    const QJsonObject o = QJsonDocument::fromJson(spec.toUtf8()).object();
    const QJsonObject container = o.value(QLatin1String("TaskTemplate"))
                                      .toObject()
                                      .value(QLatin1String("ContainerSpec"))
                                      .toObject();
    QCOMPARE(container.value(QLatin1String("Env")).toArray().first().toString(),
             QStringLiteral("GREETING=hello world"));
    QCOMPARE(container.value(QLatin1String("Init")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("Labels")).toObject().value(QLatin1String("team")).toString(),
             QStringLiteral("web"));
    QCOMPARE(o.value(QLatin1String("TaskTemplate"))
                 .toObject()
                 .value(QLatin1String("Resources"))
                 .toObject()
                 .value(QLatin1String("Limits"))
                 .toObject()
                 .value(QLatin1String("MemoryBytes"))
                 .toInteger(),
             64 * 1024 * 1024);
    const QJsonObject port = o.value(QLatin1String("EndpointSpec"))
                                 .toObject()
                                 .value(QLatin1String("Ports"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(port.value(QLatin1String("PublishedPort")).toInt(), 18080);
    QCOMPARE(port.value(QLatin1String("PublishMode")).toString(), QStringLiteral("host"));
}

void TestSwarmPage::stackListedWithItsObjectsAndRemoved()
{
    QVERIFY(addSwarmNodes(false));
    const QString stack = TestEngines::uniqueName(QStringLiteral("gsw-stack"));
    const TestEngines::Result made =
        TestEngines::deployTestStack(TestEngines::swarmManagerUrl(), stack);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    m_cleanups << [stack] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("stack"), QStringLiteral("rm"), stack});
    };
    m_page->tabs()->setCurrentIndex(SwarmPage::StacksTab);
    QTableView *stacks = m_page->stacksView();
    const auto rowOf = [stacks, stack] {
        return rowWith(stacks, SwarmStackModel::Name, stack);
    };
    // Listed with its network, secret and config, learnt from the events (nothing asked).
    const auto cellOf = [&](int column) {
        return cell(stacks, rowOf(), column);
    };
    QTRY_COMPARE_WITH_TIMEOUT(cellOf(SwarmStackModel::Networks), QStringLiteral("front"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cellOf(SwarmStackModel::Secrets), QStringLiteral("token"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cellOf(SwarmStackModel::Configs), QStringLiteral("conf"), 30000);
    QCOMPARE(cellOf(SwarmStackModel::Services), QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(cellOf(SwarmStackModel::Tasks), QStringLiteral("1 / 1"), 120000);

    // Its services below it; one leads to the Services tab with it current.
    QTableView *members = m_page->stackServicesView();
    QCOMPARE(members->model()->rowCount(), 0);
    QVERIFY(selectRow(stacks, rowOf()));
    QCOMPARE(members->model()->rowCount(), 1);
    const QString web = stack + QStringLiteral("_web");
    QCOMPARE(cell(members, 0, SwarmServiceModel::Name), web);
    Q_EMIT members->activated(members->model()->index(0, 0));
    QCOMPARE(m_page->tabs()->currentIndex(), int(SwarmPage::ServicesTab));
    QCOMPARE(cell(m_page->servicesView(), m_page->servicesView()->currentIndex().row(),
                  SwarmServiceModel::Name),
             web);

    // Removed, once confirmed, with everything of it.
    m_page->tabs()->setCurrentIndex(SwarmPage::StacksTab);
    QVERIFY(selectRow(stacks, rowOf()));
    QVERIFY(m_page->action(SwarmPage::Act::RemoveStack)->isEnabled());
    m_page->setAnswersForTest({});
    m_page->action(SwarmPage::Act::RemoveStack)->trigger();
    QVERIFY(m_page->lastQuestion().contains(stack));
    QVERIFY2(m_page->lastQuestion().contains(QLatin1String("1 network")),
             qPrintable(m_page->lastQuestion()));
    QTest::qWait(500);
    QVERIFY(rowOf() >= 0); // cancelled: still there
    SwarmPage::Answers yes;
    yes.confirm = true;
    m_page->setAnswersForTest(yes);
    m_page->action(SwarmPage::Act::RemoveStack)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(), -1, 60000);
    QCOMPARE(members->model()->rowCount(), 0);
    const QString filter = QStringLiteral("label=com.docker.stack.namespace=") + stack;
    for (const QString &kind :
         {QStringLiteral("service"), QStringLiteral("secret"), QStringLiteral("config")})
        QCOMPARE(docker({kind, QStringLiteral("ls"), QStringLiteral("-q"),
                         QStringLiteral("--filter"), filter}),
                 QString());
}

void TestSwarmPage::nodeLabelsSet()
{
    QVERIFY(addSwarmNodes(false));
    m_page->tabs()->setCurrentIndex(SwarmPage::NodesTab);
    QTableView *nodes = m_page->nodesView();
    const int worker = rowWith(nodes, SwarmNodeModel::Role, SwarmNodeModel::tr("Worker"));
    QVERIFY(selectRow(nodes, worker));
    const QString id = nodes->model()->index(worker, 0).data(SwarmNodeModel::IdRole).toString();
    m_cleanups << [id] {
        TestEngines::swarmDocker(TestEngines::swarmManagerUrl(),
                                 {QStringLiteral("node"), QStringLiteral("update"),
                                  QStringLiteral("--label-rm"), QStringLiteral("zone"),
                                  QStringLiteral("--label-rm"), QStringLiteral("tier"), id});
    };
    const auto labels = [this, id] {
        return docker({QStringLiteral("node"), QStringLiteral("inspect"),
                       QStringLiteral("--format"), QStringLiteral("{{json .Spec.Labels}}"), id});
    };
    QVERIFY(m_page->action(SwarmPage::Act::EditNodeLabels)->isEnabled());
    // Bad input is refused, and nothing is sent.
    SwarmPage::Answers answers;
    answers.labels = QStringLiteral("zone east");
    m_page->setAnswersForTest(answers);
    m_page->action(SwarmPage::Act::EditNodeLabels)->trigger();
    QVERIFY2(m_page->lastQuestion().contains(QLatin1String("key=value")),
             qPrintable(m_page->lastQuestion()));
    answers.labels = QStringLiteral("zone=east\n\n tier = db \n");
    m_page->setAnswersForTest(answers);
    m_page->action(SwarmPage::Act::EditNodeLabels)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(labels(), QStringLiteral(R"({"tier":"db","zone":"east"})"), 30000);
    // Shown in the table once the swarm says so.
    const auto shown = [this, id] {
        const int row = m_page->nodeModel()->rowOf(id);
        return m_page->nodeModel()->index(row, SwarmNodeModel::Labels).data().toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown().contains(QLatin1String("zone=east")), 30000);
    // Taking one away keeps the other.
    answers.labels = QStringLiteral("zone=east");
    m_page->setAnswersForTest(answers);
    m_page->action(SwarmPage::Act::EditNodeLabels)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(labels(), QStringLiteral(R"({"zone":"east"})"), 30000);
}

void TestSwarmPage::workerKilledShownDownAndItsTasksMoved()
{
    // Last: it kills a node of the shared swarm (and starts it again).
    QVERIFY(addSwarmNodes(false));
    const QString name = createService(QStringLiteral("gsw-kill"),
                                       {QStringLiteral("--replicas"), QStringLiteral("3"),
                                        QStringLiteral("gsw-test:1"), QStringLiteral("sleep"),
                                        QStringLiteral("3600")});
    QVERIFY(!name.isEmpty());
    QVERIFY(selectRow(m_page->servicesView(), serviceRow(name)));
    // The swarm node that is the harness's w1 (its engine label), and its row's hostname.
    QString w1;
    QString w1Host;
    const auto findW1 = [&] {
        for (const SwarmNode &n : m_page->nodeModel()->items()) {
            if (n.engineLabels.value(QStringLiteral("gsw.node")) == QLatin1String("w1")) {
                w1 = n.id;
                w1Host = n.hostname;
            }
        }
        return !w1.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(findW1(), 30000);
    // What the Tasks table shows: running tasks, and the nodes they run on.
    const auto runningOn = [this] {
        QStringList nodes;
        for (const SwarmTask &t : m_page->taskModel()->items()) {
            if (t.running() && t.desiredState == QLatin1String("running"))
                nodes << t.nodeId;
        }
        return nodes;
    };
    // The swarm spreads a service's tasks over its nodes: one runs on w1.
    QTRY_VERIFY_WITH_TIMEOUT(runningOn().size() == 3, 120000);
    QVERIFY2(runningOn().contains(w1), "no task of the service was placed on w1");

    QVERIFY(TestEngines::swarmNode(QStringLiteral("crash"), QStringLiteral("w1")));
    auto restart =
        qScopeGuard([] { TestEngines::swarmNode(QStringLiteral("start"), QStringLiteral("w1")); });
    // Shown down in the Nodes table, and its task running elsewhere in the Tasks table, with
    // nothing asked of the page: the swarm's events and the watcher say so by themselves.
    QTableView *nodes = m_page->nodesView();
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(nodes, rowWith(nodes, SwarmNodeModel::Hostname, w1Host), SwarmNodeModel::Status),
        SwarmNodeModel::tr("Down"), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(runningOn().size() == 3 && !runningOn().contains(w1), 120000);
    QTableView *tasks = m_page->tasksView();
    for (int row = 0; row < tasks->model()->rowCount(); ++row) {
        const QModelIndex i = tasks->model()->index(row, 0);
        if (i.data(SwarmTaskModel::NodeIdRole).toString() != w1)
            QVERIFY(!cell(tasks, row, SwarmTaskModel::Node).isEmpty());
    }

    // Started again, it is Ready once more (the tests after this one have the whole swarm).
    restart.dismiss();
    QVERIFY(TestEngines::swarmNode(QStringLiteral("start"), QStringLiteral("w1")));
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(nodes, rowWith(nodes, SwarmNodeModel::Hostname, w1Host), SwarmNodeModel::Status),
        SwarmNodeModel::tr("Ready"), 120000);
}

QTEST_MAIN(TestSwarmPage)
#include "tst_swarmpage.moc"
