#include "ui/views/containerspage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containergroupproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containeractions.h"
#include "ui/views/containerdetailsview.h"
#include "ui/widgets/containertiledelegate.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

// The Containers page grouped by compose project over the harness's Docker and Podman: the
// setting, headers with their nodes and counts, headers kept out of the selection and the
// details, both views, and a project's stop, start and removal on both nodes at once.
class TestContainersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupingIsAViewSettingThatStays();
    void groupsAProjectAcrossNodesAndActsOnIt();
    void selectsSeveralContainersOfANode();
    void containerdOffersWhatItCan();
    void preferencesShapeStopAndRemove();

private:
    // A container of `project` (none when empty) that stops at once when asked; its id.
    QString run(const QString &socket, const QString &name, const QString &project);
    bool startNodes();
    int modelRow(const QString &nodeId, const QString &id) const;
    ContainerSummary::State stateOf(const QString &nodeId, const QString &id) const;

    QTemporaryDir m_config;
    QTranslator m_english;
    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<ContainersPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
    QString m_docker;
    QString m_podman;
    QList<QPair<QString, QString>> m_created; // socket, id
};

void TestContainersPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_containerspage"));
    qRegisterMetaType<ContainerSummary>();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestContainersPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<ContainersPage>(m_notifications.get());
    m_manager = std::make_unique<NodeManager>();
}

void TestContainersPage::cleanup()
{
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
    for (const auto &[socket, id] : std::as_const(m_created))
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    m_created.clear();
}

QString TestContainersPage::run(const QString &socket, const QString &name, const QString &project)
{
    QStringList args = {QStringLiteral("run"),       QStringLiteral("-d"),
                        QStringLiteral("--name"),    name,
                        QStringLiteral("--network"), QStringLiteral("none")};
    if (!project.isEmpty()) {
        args << QStringLiteral("--label")
             << QStringLiteral("com.docker.compose.project=") + project;
        // What podman-compose adds beside it.
        if (socket == TestEngines::podmanSocket())
            args << QStringLiteral("--label")
                 << QStringLiteral("io.podman.compose.project=") + project;
    }
    args << TestEngines::image() << QStringLiteral("sh") << QStringLiteral("-c")
         << QStringLiteral("trap 'exit 0' TERM; while true; do sleep 1; done");
    const auto r = TestEngines::docker(socket, args);
    if (r.exitCode != 0) {
        qWarning() << r.output;
        return {};
    }
    const QString id = r.output.split(QLatin1Char('\n')).last().trimmed();
    m_created.append({socket, id});
    return id;
}

bool TestContainersPage::startNodes()
{
    if (!TestEngines::addDockerAndPodmanNodes(*m_manager))
        return false;
    m_docker = QString::fromLatin1(NodeManager::LocalId);
    m_podman = m_manager->nodes().at(1)->id();
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1100, 700);
    m_page->show();
    return QTest::qWaitForWindowExposed(m_page.get());
}

int TestContainersPage::modelRow(const QString &nodeId, const QString &id) const
{
    // The engines' lists give full ids.
    const ContainerTableModel *model = m_page->containerModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->nodeIdAt(r) == nodeId && model->containerAt(r).id.startsWith(id))
            return r;
    }
    return -1;
}

ContainerSummary::State TestContainersPage::stateOf(const QString &nodeId, const QString &id) const
{
    const int row = modelRow(nodeId, id);
    return row < 0 ? ContainerSummary::State::Unknown
                   : m_page->containerModel()->containerAt(row).state;
}

void TestContainersPage::groupingIsAViewSettingThatStays()
{
    m_page->restoreSettings();
    QVERIFY(!m_page->groupedByProject());
    QCOMPARE(m_page->viewModel(), m_page->containerProxy());
    QVERIFY(m_page->viewActions().contains(m_page->groupAction()));
    QVERIFY(m_page->shortcutActions().contains(m_page->groupAction()));
    QVERIFY(m_page->groupAction()->isCheckable());
    QVERIFY(!m_page->groupAction()->shortcut().isEmpty());
    // The project actions are in the menu only while grouped.
    QVERIFY(!m_page->actions()->projectAction(ContainerAction::Stop)->isVisible());

    m_page->groupAction()->trigger();
    QVERIFY(m_page->groupedByProject());
    QCOMPARE(m_page->tableView()->model(), m_page->groupProxy());
    QCOMPARE(m_page->tileView()->model(), m_page->groupProxy());
    QVERIFY(m_page->actions()->menu()->actions().contains(
        m_page->actions()->projectAction(ContainerAction::Stop)));
    QVERIFY(m_page->actions()->projectAction(ContainerAction::Stop)->isVisible());
    m_page->tableView()->horizontalHeader()->resizeSection(ContainerTableModel::Image, 333);
    m_page->saveSettings();

    ContainersPage again(m_notifications.get());
    again.restoreSettings();
    QVERIFY(again.groupedByProject());
    QVERIFY(again.groupAction()->isChecked());
    QCOMPARE(again.tableView()->horizontalHeader()->sectionSize(ContainerTableModel::Image), 333);
    // Off again: the views are back on the filter, the columns as they were.
    again.setGroupedByProject(false);
    QCOMPARE(again.tableView()->model(), again.containerProxy());
    QCOMPARE(again.tileView()->model(), again.containerProxy());
    QVERIFY(again.tileView()->uniformItemSizes());
    QCOMPARE(again.tileView()->gridSize(), ContainerTileDelegate::tileSize(again.fontMetrics()));
    QCOMPARE(again.tableView()->horizontalHeader()->sectionSize(ContainerTableModel::Image), 333);
}

void TestContainersPage::groupsAProjectAcrossNodesAndActsOnIt()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    // By name, every container.
    m_page->restoreSettings();
    const QString project = TestEngines::uniqueName(QStringLiteral("proj")).toLower();
    const QString web = run(TestEngines::dockerSocket(), project + QStringLiteral("-web"), project);
    const QString db = run(TestEngines::dockerSocket(), project + QStringLiteral("-db"), project);
    const QString worker =
        run(TestEngines::podmanSocket(), project + QStringLiteral("-worker"), project);
    const QString loose = run(TestEngines::podmanSocket(), project + QStringLiteral("-loose"), {});
    QVERIFY(!web.isEmpty() && !db.isEmpty() && !worker.isEmpty() && !loose.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(m_docker, web) == ContainerSummary::State::Running &&
                                 stateOf(m_docker, db) == ContainerSummary::State::Running &&
                                 stateOf(m_podman, worker) == ContainerSummary::State::Running &&
                                 stateOf(m_podman, loose) == ContainerSummary::State::Running,
                             30000);

    m_page->setViewMode(ContainersPage::ViewMode::Table);
    // The page's own view of the group: live under the tester from here on.
    m_page->setGroupedByProject(true);
    ContainerGroupProxy *group = m_page->groupProxy();
    QAbstractItemModelTester tester(group, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = m_page->tableView();
    QCOMPARE(table->model(), group);

    // The project's header: its name, both nodes, its counts; its three containers under it.
    const int header = group->headerRow(project);
    QVERIFY(header >= 0);
    const QModelIndex h = group->index(header, 0);
    QVERIFY(group->isHeader(h));
    QCOMPARE(h.data().toString(), project);
    QStringList nodes = {m_manager->node(m_docker)->name(), m_manager->node(m_podman)->name()};
    nodes.sort(Qt::CaseInsensitive);
    QCOMPARE(h.data(ContainerGroupProxy::GroupNodesRole).toStringList(), nodes);
    QCOMPARE(h.siblingAtColumn(ContainerTableModel::Node).data().toString(),
             nodes.join(QStringLiteral(", ")));
    QCOMPARE(h.data(ContainerGroupProxy::GroupTotalRole).toInt(), 3);
    QCOMPARE(h.data(ContainerGroupProxy::GroupRunningRole).toInt(), 3);
    QCOMPARE(h.siblingAtColumn(ContainerTableModel::State).data().toString(),
             QStringLiteral("3 of 3 running"));
    QStringList under;
    for (int r = header + 1; r < group->rowCount() && !group->isHeader(group->index(r, 0)); ++r)
        under << group->index(r, 0).data(ContainerTableModel::NameRole).toString();
    QCOMPARE(under, QStringList({project + QStringLiteral("-db"), project + QStringLiteral("-web"),
                                 project + QStringLiteral("-worker")}));
    // The container without a project is in the last group.
    const int looseRow = m_page->viewIndexOf(modelRow(m_podman, loose)).row();
    QVERIFY(looseRow > group->headerRow(QString()));

    // A selection over the header holds the containers only; the header current, no details.
    m_page->selectContainer(m_docker, web);
    QCOMPARE(m_page->selectedContainers().size(), 1);
    table->selectionModel()->select(
        QItemSelection(group->index(header, 0), group->index(header + 2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(group->index(header, 0),
                                             QItemSelectionModel::NoUpdate);
    QList<QString> selected;
    for (const ContainerActions::Selected &s : m_page->selectedContainers())
        selected << s.container.name;
    QCOMPARE(selected,
             QList<QString>({project + QStringLiteral("-db"), project + QStringLiteral("-web")}));
    QVERIFY(!m_page->hasCurrent());
    QCOMPARE(m_page->currentProject(), project);
    table->selectionModel()->clearSelection();
    QTRY_VERIFY(!m_page->actions()->action(ContainerAction::Stop)->isEnabled());
    QVERIFY(!m_page->actions()->action(ContainerActions::Open::Details)->isEnabled());
    ContainerActions *actions = m_page->actions();
    QVERIFY(actions->projectAction(ContainerAction::Stop)->isEnabled());
    QVERIFY(!actions->projectAction(ContainerAction::Start)->isEnabled());
    m_page->showDetails(false);
    m_page->showDetails(true);
    QVERIFY(m_page->detailsView()->isHidden());

    // The tiles show the same rows; the header has a line of its own.
    m_page->setViewMode(ContainersPage::ViewMode::Tiles);
    QListView *tiles = m_page->tileView();
    QCOMPARE(tiles->currentIndex(), group->index(header, 0));
    QTRY_VERIFY(tiles->visualRect(group->index(header, 0)).isValid());
    const QRect headerRect = tiles->visualRect(group->index(header, 0));
    const QRect firstTile = tiles->visualRect(group->index(header + 1, 0));
    QVERIFY(headerRect.width() > firstTile.width());
    QVERIFY(firstTile.top() >= headerRect.bottom());
    QCOMPARE(firstTile.left(), headerRect.left());
    QCOMPARE(m_page->currentProject(), project);

    // Stop the project: its containers on both nodes stop; the one without a project runs on.
    actions->projectAction(ContainerAction::Stop)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(m_docker, web) == ContainerSummary::State::Exited &&
                                 stateOf(m_docker, db) == ContainerSummary::State::Exited &&
                                 stateOf(m_podman, worker) == ContainerSummary::State::Exited,
                             60000);
    QCOMPARE(stateOf(m_podman, loose), ContainerSummary::State::Running);
    QTRY_COMPARE(group->index(group->headerRow(project), 0)
                     .data(ContainerGroupProxy::GroupRunningRole)
                     .toInt(),
                 0);
    QCOMPARE(group->index(group->headerRow(project), ContainerTableModel::State).data().toString(),
             QStringLiteral("0 of 3 running"));
    // The header stays current through the changes; now the project can start.
    QCOMPARE(m_page->currentProject(), project);
    QTRY_VERIFY(actions->projectAction(ContainerAction::Start)->isEnabled());
    QVERIFY(!actions->projectAction(ContainerAction::Stop)->isEnabled());

    // Start it again, on both nodes.
    actions->projectAction(ContainerAction::Start)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(m_docker, web) == ContainerSummary::State::Running &&
                                 stateOf(m_docker, db) == ContainerSummary::State::Running &&
                                 stateOf(m_podman, worker) == ContainerSummary::State::Running,
                             60000);

    // Remove it: not without a confirmation; then all three go, and their header.
    actions->setAnswersForTest({{}, {}, false, false, std::nullopt});
    actions->projectAction(ContainerAction::Remove)->trigger();
    QVERIFY(modelRow(m_docker, web) >= 0);
    QTRY_VERIFY(actions->projectAction(ContainerAction::Remove)->isEnabled());
    actions->setAnswersForTest({{}, {}, true, false, std::nullopt});
    actions->projectAction(ContainerAction::Remove)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(modelRow(m_docker, web) < 0 && modelRow(m_docker, db) < 0 &&
                                 modelRow(m_podman, worker) < 0,
                             60000);
    QTRY_COMPARE(group->headerRow(project), -1);
    QVERIFY(modelRow(m_podman, loose) >= 0);
    QCOMPARE(m_page->currentProject(), QString());

    // Ungrouped again: the views are on the filter and keep the selection.
    QVERIFY(m_page->selectContainer(m_podman, loose));
    m_page->setGroupedByProject(false);
    QCOMPARE(tiles->model(), m_page->containerProxy());
    QCOMPARE(m_page->selectedContainers().size(), 1);
    QCOMPARE(m_page->selectedContainers().first().container.name,
             project + QStringLiteral("-loose"));
}

// The Preferences' stop timeout reaches the engine: containers that ignore SIGTERM and ask for
// ten minutes stop at once with 0 s. Removing without confirmation when asked not to confirm.
void TestContainersPage::preferencesShapeStopAndRemove()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    ContainerActions *actions = m_page->actions();
    AppSettings::setValue(AppSettings::Key::StopTimeout, 0);
    for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()}) {
        const QString nodeId = socket == TestEngines::dockerSocket() ? m_docker : m_podman;
        const auto r = TestEngines::docker(
            socket,
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
             TestEngines::uniqueName(QStringLiteral("stubborn")), QStringLiteral("--network"),
             QStringLiteral("none"), QStringLiteral("--stop-timeout"), QStringLiteral("600"),
             TestEngines::image(), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("trap '' TERM; while true; do sleep 1; done")});
        QCOMPARE(r.exitCode, 0);
        const QString id = r.output.split(QLatin1Char('\n')).last().trimmed();
        m_created.append({socket, id});
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(nodeId, id) == ContainerSummary::State::Running, 30000);
        QVERIFY(m_page->selectContainer(nodeId, id));
        // Removing a running container stops it by force: asked also when removals are not
        // (and here refused).
        AppSettings::setValue(AppSettings::Key::ConfirmRemove, false);
        actions->setAnswersForTest({{}, {}, false, false, std::nullopt});
        QTRY_VERIFY(actions->action(ContainerAction::Remove)->isEnabled());
        const qsizetype notices = m_notifications->notices().size();
        actions->action(ContainerAction::Remove)->trigger();
        QCOMPARE(m_notifications->notices().size(), notices); // no removal started
        AppSettings::remove(AppSettings::Key::ConfirmRemove);
        QTRY_VERIFY(actions->action(ContainerAction::Stop)->isEnabled());
        actions->action(ContainerAction::Stop)->trigger();
        // Its own 600 s would outlast this wait.
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(nodeId, id) == ContainerSummary::State::Exited, 120000);

        // Not asked, though the test's answer would refuse.
        AppSettings::setValue(AppSettings::Key::ConfirmRemove, false);
        actions->setAnswersForTest({{}, {}, false, false, std::nullopt});
        QVERIFY(m_page->selectContainer(nodeId, id));
        QTRY_VERIFY(actions->action(ContainerAction::Remove)->isEnabled());
        actions->action(ContainerAction::Remove)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(modelRow(nodeId, id) < 0, 60000);
        AppSettings::setValue(AppSettings::Key::ConfirmRemove, true);
    }
}

// What a volume's "Show Containers" asks: every container of the node that uses it selected,
// the first current with its details, also when the search hid them.
void TestContainersPage::selectsSeveralContainersOfANode()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString prefix = TestEngines::uniqueName(QStringLiteral("sel")).toLower();
    const QString a = run(TestEngines::dockerSocket(), prefix + QStringLiteral("-a"), {});
    const QString b = run(TestEngines::dockerSocket(), prefix + QStringLiteral("-b"), {});
    const QString c = run(TestEngines::dockerSocket(), prefix + QStringLiteral("-c"), {});
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(modelRow(m_docker, a) >= 0 && modelRow(m_docker, b) >= 0 &&
                                 modelRow(m_docker, c) >= 0,
                             30000);
    const auto fullId = [this](const QString &id) {
        return m_page->containerModel()->containerAt(modelRow(m_docker, id)).id;
    };
    for (const ContainersPage::ViewMode mode :
         {ContainersPage::ViewMode::Table, ContainersPage::ViewMode::Tiles}) {
        m_page->setViewMode(mode);
        m_page->searchField()->setText(prefix + QStringLiteral("-c"));
        QVERIFY(m_page->selectContainers(m_docker,
                                         {fullId(a), fullId(c), QStringLiteral("no-such-id")}));
        QVERIFY(m_page->searchField()->text().isEmpty());
        QStringList names;
        for (const auto &selected : m_page->selectedContainers())
            names << selected.container.name;
        names.sort();
        QCOMPARE(names,
                 QStringList({prefix + QStringLiteral("-a"), prefix + QStringLiteral("-c")}));
        QVERIFY(m_page->detailsView()->isVisible());
    }
    QVERIFY(!m_page->selectContainers(m_docker, {QStringLiteral("no-such-id")}));
    QVERIFY(!m_page->selectContainers(m_podman, {fullId(a)}));
}

// A containerd node (a containerd of this test's own, every namespace) beside Docker: the
// container actions are those its capabilities allow, the others off with the reason; a
// container in Docker's "moby" namespace is marked and every action on it is off, also in a
// selection with a Docker container; the Namespace column comes into view.
void TestContainersPage::containerdOffersWhatItCan()
{
    REQUIRE_CONTAINERD();
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/cp.XXXXXX"));
    QProcess *containerd = TestEngines::startOwnContainerd(dir.path());
    QVERIFY(containerd);
    auto stop = qScopeGuard([containerd] { TestEngines::stopOwnContainerd(containerd); });
    const QString socket = dir.filePath(QStringLiteral("containerd.sock"));
    // Docker's own namespace, as a containerd under dockerd has it: one created container.
    const QString archive = qEnvironmentVariable("GONTAINER_TEST_CONTAINERD_ARCHIVE");
    QVERIFY(!archive.isEmpty());
    auto imported =
        TestEngines::ctrAt(socket, QStringLiteral("moby"),
                           {QStringLiteral("images"), QStringLiteral("import"), archive});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
    const QString mobyId =
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    auto created = TestEngines::ctrAt(socket, QStringLiteral("moby"),
                                      {QStringLiteral("containers"), QStringLiteral("create"),
                                       TestEngines::containerdImage(), mobyId});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const QString name = TestEngines::uniqueName(QStringLiteral("ctrd")).toLower();
    const auto ran = TestEngines::runContainerdContainer(
        name, {QStringLiteral("sleep"), QStringLiteral("300")}, {}, {}, socket);
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
    const QString ctrId =
        TestEngines::containerdNamespace() + QLatin1Char('/') + ran.output.trimmed();
    const QString dockerName = TestEngines::uniqueName(QStringLiteral("dck")).toLower();
    const QString docker = run(TestEngines::dockerSocket(), dockerName, {});
    QVERIFY(!docker.isEmpty());

    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    NodeConfig config;
    config.name = QStringLiteral("ctrd");
    config.url = QStringLiteral("containerd://") + socket;
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->nodes().last();
    m_docker = QString::fromLatin1(NodeManager::LocalId);
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QString moby = QStringLiteral("moby/") + mobyId;
    QTRY_VERIFY_WITH_TIMEOUT(modelRow(node->id(), ctrId) >= 0 && modelRow(node->id(), moby) >= 0 &&
                                 modelRow(m_docker, docker) >= 0,
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(node->id(), ctrId), ContainerSummary::State::Running, 30000);
    const EngineCapabilities caps = node->engineInfo().capabilities;
    QVERIFY(caps.namespaces && !caps.exec);
    const ContainerTableModel *model = m_page->containerModel();
    QVERIFY(
        !m_page->tableView()->horizontalHeader()->isSectionHidden(ContainerTableModel::Namespace));
    QCOMPARE(
        model->index(modelRow(node->id(), moby), ContainerTableModel::Namespace).data().toString(),
        QStringLiteral("moby"));

    ContainerActions *actions = m_page->actions();
    const auto act = [actions](ContainerAction a) {
        return actions->action(a);
    };
    const auto open = [actions](ContainerActions::Open o) {
        return actions->action(o);
    };

    // The running containerd container: what its engine has, and no console (no exec).
    QVERIFY(m_page->selectContainer(node->id(), ctrId));
    for (ContainerAction a :
         {ContainerAction::Stop, ContainerAction::Restart, ContainerAction::Pause,
          ContainerAction::Kill, ContainerAction::Remove})
        QVERIFY(act(a)->isEnabled());
    QCOMPARE(act(ContainerAction::Rename)->isEnabled(), caps.containerRename);
    QCOMPARE(act(ContainerAction::Commit)->isEnabled(), caps.commit);
    QCOMPARE(open(ContainerActions::Open::Logs)->isEnabled(), caps.logs);
    QVERIFY(!open(ContainerActions::Open::Console)->isEnabled());
    QVERIFY(!open(ContainerActions::Open::Terminal)->isEnabled());
    const QString why = actions->disabledReason(open(ContainerActions::Open::Console));
    QVERIFY2(why.contains(QStringLiteral("cannot run commands")) && why.contains(node->name()),
             qPrintable(why));
    QCOMPARE(open(ContainerActions::Open::Console)->toolTip(), why);
    // Its details: no Networks tab where the engine has none.
    QTabWidget *tabs = m_page->detailsView()->tabs();
    QCOMPARE(tabs->isTabEnabled(ContainerDetailsView::NetworksTab), caps.networks);
    QCOMPARE(tabs->isTabEnabled(ContainerDetailsView::StatsTab), caps.stats);
    // No health checks on containerd: its Health tab is off, saying why.
    QVERIFY(!caps.healthchecks);
    QVERIFY(!tabs->isTabEnabled(ContainerDetailsView::HealthTab));
    QVERIFY(tabs->tabToolTip(ContainerDetailsView::HealthTab).contains(node->name()));

    // The Docker one: the console is there, its tool tip its own again.
    const QString dockerFull = model->containerAt(modelRow(m_docker, docker)).id;
    QVERIFY(m_page->selectContainer(m_docker, dockerFull));
    QVERIFY(open(ContainerActions::Open::Console)->isEnabled());
    QVERIFY(actions->disabledReason(open(ContainerActions::Open::Console)).isEmpty());
    QVERIFY(open(ContainerActions::Open::Console)->toolTip() != why);
    QVERIFY(act(ContainerAction::Rename)->isEnabled());
    QVERIFY(tabs->isTabEnabled(ContainerDetailsView::NetworksTab));
    QVERIFY(tabs->isTabEnabled(ContainerDetailsView::HealthTab));

    // Docker's own container seen through containerd: marked, nothing to do but look.
    QVERIFY(m_page->selectContainer(node->id(), moby));
    const int mobyRow = modelRow(node->id(), moby);
    QVERIFY(model->index(mobyRow, ContainerTableModel::Name)
                .data(ContainerTableModel::ReadOnlyRole)
                .toBool());
    QVERIFY(model->index(mobyRow, ContainerTableModel::Name)
                .data()
                .toString()
                .endsWith(ContainerTableModel::readOnlyMark()));
    for (ContainerAction a : {ContainerAction::Start, ContainerAction::Restart,
                              ContainerAction::Remove, ContainerAction::Rename}) {
        QVERIFY(!act(a)->isEnabled());
        QCOMPARE(actions->disabledReason(act(a)), ContainerActions::readOnlyText());
    }
    QCOMPARE(act(ContainerAction::Start)->toolTip(), ContainerActions::readOnlyText());
    QVERIFY(open(ContainerActions::Open::Details)->isEnabled());
    // Its details say where it lives and who manages it.
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_page->detailsView()->overview()->toPlainText().contains(ContainerActions::readOnlyText()),
        qPrintable(m_page->detailsView()->overview()->toPlainText()), 30000);
    QVERIFY(m_page->detailsView()->overview()->toPlainText().contains(QStringLiteral("Namespace")));
    QVERIFY(m_page->detailsView()->overview()->toPlainText().contains(mobyId.left(12)));

    // With a Docker container in the same selection: still nothing.
    m_page->setViewMode(ContainersPage::ViewMode::Table);
    QVERIFY(m_page->selectContainer(node->id(), moby));
    QItemSelectionModel *selection = m_page->tableView()->selectionModel();
    selection->select(m_page->viewIndexOf(modelRow(m_docker, docker)),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedContainers().size(), 2);
    QVERIFY(!act(ContainerAction::Remove)->isEnabled());
    QCOMPARE(actions->disabledReason(act(ContainerAction::Remove)),
             ContainerActions::readOnlyText());
    // The Docker and the containerd container together: what both can do.
    selection->select(m_page->viewIndexOf(modelRow(node->id(), ctrId)),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(m_page->viewIndexOf(mobyRow),
                      QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedContainers().size(), 2);
    QVERIFY(act(ContainerAction::Stop)->isEnabled());
    QVERIFY(act(ContainerAction::Remove)->isEnabled());
    QCOMPARE(open(ContainerActions::Open::Logs)->isEnabled(), caps.logs);
    QVERIFY(!open(ContainerActions::Open::KubeYaml)->isEnabled());

    // Health filters while Docker is there; with containerd alone they could match nothing:
    // off, every container shown.
    auto *healthFilter = m_page->findChild<QComboBox *>(QStringLiteral("healthFilter"));
    QVERIFY(healthFilter);
    QVERIFY(healthFilter->isEnabled());
    healthFilter->setCurrentIndex(int(ContainerFilterProxy::HealthFilter::Healthy));
    m_manager->removeNode(m_docker);
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->nodes().size() == 1, 10000);
    QTRY_VERIFY(!healthFilter->isEnabled());
    QVERIFY(!healthFilter->toolTip().isEmpty());
    QCOMPARE(m_page->containerProxy()->healthFilter(), ContainerFilterProxy::HealthFilter::All);
    QVERIFY(m_page->viewIndexOf(modelRow(node->id(), ctrId)).isValid());
    // The user's choice is kept, saved and restored through the containerd-only time.
    const int healthy = int(ContainerFilterProxy::HealthFilter::Healthy);
    QCOMPARE(healthFilter->currentIndex(), healthy);
    m_page->saveSettings();
    QCOMPARE(AppSettings::healthFilter(), healthy);
    m_page->restoreSettings();
    QVERIFY(!healthFilter->isEnabled());
    QCOMPARE(healthFilter->currentIndex(), healthy);
    QCOMPARE(m_page->containerProxy()->healthFilter(), ContainerFilterProxy::HealthFilter::All);
    m_page->saveSettings();
    QCOMPARE(AppSettings::healthFilter(), healthy);
    // A node with health checks again: the saved choice filters again.
    NodeConfig dockerAgain;
    dockerAgain.name = QStringLiteral("docker-again");
    dockerAgain.url = Endpoint::unixSocket(TestEngines::dockerSocket()).toUrl();
    QCOMPARE(m_manager->addNode(dockerAgain), QString());
    QTRY_VERIFY(healthFilter->isEnabled());
    QCOMPARE(healthFilter->currentIndex(), healthy);
    QCOMPARE(m_page->containerProxy()->healthFilter(), ContainerFilterProxy::HealthFilter::Healthy);
    QTRY_VERIFY(!m_page->viewIndexOf(modelRow(node->id(), ctrId)).isValid());

    m_page.reset();
    m_manager.reset();
    TestEngines::ctrAt(socket, TestEngines::containerdNamespace(),
                       {QStringLiteral("task"), QStringLiteral("kill"), QStringLiteral("-s"),
                        QStringLiteral("SIGKILL"), ran.output.trimmed()});
}

QTEST_MAIN(TestContainersPage)
#include "tst_containerspage.moc"
