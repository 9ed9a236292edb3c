#include "ui/views/containeractions.h"
#include "ui/views/containerspage.h"
#include "ui/views/imagespage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/networkspage.h"
#include "ui/views/volumespage.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/statswatcher.h"
#include "testengines.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/models/logfiltermodel.h"
#include "ui/models/nodelistmodel.h"
#include "ui/models/volumetablemodel.h"
#include "ui/views/containerdetailsview.h"
#include "ui/views/execconsole.h"
#include "ui/views/logwindow.h"
#include "ui/views/nodesidebar.h"
#include "ui/views/nodespage.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/logview.h"
#include "ui/widgets/noticebar.h"
#include "ui/widgets/notificationarea.h"
#include "ui/widgets/statscharts.h"
#include "ui/widgets/terminalview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

// The main window under the offscreen platform, over real engines as two nodes: Docker as the
// local default and Podman as a configured node.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryNodesContainersLive();
    void actsOnASelectionAcrossNodes();
    void failedActionSaysWhy();
    void searchAndFiltersNarrowTheViews();
    void detailsShowOverviewAndInspect();
    void statsOnlyForContainersOnScreen();
    void logsTabFollowsWhileShown();
    void logWindowAndConsoleFromTheSelection();
    void followsADarkPalette();
    void healthCheckRunsOnDemandOnPodman();
    void offlineNodeExplainsAndRetries();
    void locateFailureOffersRetry();
    void languageMenuAsksForALanguage();
    void shortcutsAreListed();
    void pagesShowOnlyTheirOwnControls();
    void remembersSectionSelectionAndSort();

private:
    // A container on `socket`, labelled for this test; its id, or empty on failure.
    QString run(const QString &socket, const QString &name, bool start = true);
    bool startNodes();
    // Selects these containers (node, id) in the window's current view.
    void select(MainWindow &window, const QList<QPair<QString, QString>> &containers);
    static QString podmanId(const NodeManager &manager);
    // The ids of the selected containers, a row once.
    static QStringList selectedIds(const QAbstractItemView *view);

    QTemporaryDir m_config;
    QTranslator m_english;
    std::unique_ptr<NodeManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    QList<QPair<QString, QString>> m_created; // socket, id
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<ContainerSummary>();
    // English plural forms ("2 containers") come from the embedded English translation.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
    m_window = std::make_unique<MainWindow>();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_manager.reset();
    for (const auto &[socket, id] : std::as_const(m_created))
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    m_created.clear();
}

QString TestMainWindow::run(const QString &socket, const QString &name, bool start)
{
    const auto r =
        TestEngines::docker(socket, {start ? QStringLiteral("run") : QStringLiteral("create"),
                                     start ? QStringLiteral("-d") : QStringLiteral("--rm=false"),
                                     QStringLiteral("--name"), name, QStringLiteral("--network"),
                                     QStringLiteral("none"), QStringLiteral("--label"),
                                     QStringLiteral("gontainer.test=") + name, TestEngines::image(),
                                     QStringLiteral("sleep"), QStringLiteral("300")});
    if (r.exitCode != 0) {
        qWarning() << r.output;
        return {};
    }
    const QString id = r.output.split(QLatin1Char('\n')).last().trimmed();
    m_created.append({socket, id});
    return id;
}

QStringList TestMainWindow::selectedIds(const QAbstractItemView *view)
{
    QStringList ids;
    for (const QModelIndex &i : view->selectionModel()->selectedIndexes()) {
        const QString id = i.data(ContainerTableModel::IdRole).toString();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString TestMainWindow::podmanId(const NodeManager &manager)
{
    for (NodeService *node : manager.nodes()) {
        if (node->id() != QLatin1String(NodeManager::LocalId))
            return node->id();
    }
    return {};
}

bool TestMainWindow::startNodes()
{
    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    if (!m_manager->addNode(podman).isEmpty())
        return false;
    m_window->setNodeManager(m_manager.get());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    return QTest::qWaitFor(
        [this] {
            for (NodeService *node : m_manager->nodes()) {
                if (node->state() != NodeService::State::Online)
                    return false;
            }
            return true;
        },
        20000);
}

void TestMainWindow::select(MainWindow &window, const QList<QPair<QString, QString>> &containers)
{
    QAbstractItemView *view =
        window.containersPage()->viewMode() == ContainersPage::ViewMode::Table
            ? static_cast<QAbstractItemView *>(window.containersPage()->tableView())
            : window.containersPage()->tileView();
    QItemSelection selection;
    QModelIndex last;
    for (const auto &[node, id] : containers) {
        const int row = window.containersPage()->containerModel()->rowOf(node, id);
        QVERIFY(row >= 0);
        last = window.containersPage()->containerProxy()->mapFromSource(
            window.containersPage()->containerModel()->index(row, 0));
        QVERIFY(last.isValid());
        selection.select(last, last);
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
}

void TestMainWindow::showsEveryNodesContainersLive()
{
    REQUIRE_ENGINES();
    QAbstractItemModelTester modelTester(m_window->containersPage()->containerModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_window->containersPage()->containerProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString keepName = TestEngines::uniqueName(QStringLiteral("keep"));
    const QString keep = run(TestEngines::dockerSocket(), keepName, false);
    QVERIFY(!keep.isEmpty());
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = podmanId(*m_manager);
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, keep) >= 0, 10000);

    // The sidebar lists both nodes with their state.
    QCOMPARE(m_window->nodeSidebar()->view()->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->nodeSidebar()->nodeModel()->index(1).data(NodeListModel::StateRole).toInt(),
        int(NodeService::State::Online), 10000);
    QVERIFY(m_window->statusText().contains(QStringLiteral("2 of 2 nodes online")));

    // Tiles first; select the existing container, then let new ones arrive on both nodes:
    // the selection stays put.
    QCOMPARE(m_window->containersPage()->viewMode(), ContainersPage::ViewMode::Tiles);
    QVERIFY(m_window->containersPage()->tileView()->isVisible());
    select(*m_window, {{local, keep}});
    const QString onPodmanName = TestEngines::uniqueName(QStringLiteral("pod-side"));
    const QString onPodman = run(TestEngines::podmanSocket(), onPodmanName);
    const QString onDockerName = TestEngines::uniqueName(QStringLiteral("docker-side"));
    const QString onDocker = run(TestEngines::dockerSocket(), onDockerName);
    QVERIFY(!onPodman.isEmpty() && !onDocker.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(podman, onPodman) >= 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, onDocker) >= 0, 15000);
    const int podRow = model->rowOf(podman, onPodman);
    QCOMPARE(model->index(podRow, ContainerTableModel::Node).data().toString(),
             QStringLiteral("podman"));
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(podman, onPodman), ContainerTableModel::State).data().toString(),
        QStringLiteral("Running"), 15000);
    QCOMPARE(selectedIds(m_window->containersPage()->tileView()), QStringList{keep});

    // The table shows the same model, with the selection carried over.
    m_window->containersPage()->setViewMode(ContainersPage::ViewMode::Table);
    QVERIFY(m_window->containersPage()->tableView()->isVisible());
    QVERIFY(!m_window->containersPage()->tileView()->isVisible());
    QCOMPARE(selectedIds(m_window->containersPage()->tableView()), QStringList{keep});

    // A container removed elsewhere leaves both views.
    QCOMPARE(TestEngines::docker(TestEngines::podmanSocket(),
                                 {QStringLiteral("rm"), QStringLiteral("-f"), onPodman})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(podman, onPodman) < 0, 15000);
    QCOMPARE(selectedIds(m_window->containersPage()->tableView()), QStringList{keep});

    // The view mode is remembered.
    m_window->close();
    MainWindow again;
    QCOMPARE(again.containersPage()->viewMode(), ContainersPage::ViewMode::Table);
}

void TestMainWindow::actsOnASelectionAcrossNodes()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = podmanId(*m_manager);
    const QString a =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("act-a")));
    const QString b =
        run(TestEngines::podmanSocket(), TestEngines::uniqueName(QStringLiteral("act-b")));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    const auto state = [model](const QString &node, const QString &id) {
        const int row = model->rowOf(node, id);
        return row < 0 ? ContainerSummary::State::Unknown
                       : ContainerSummary::State(
                             model->index(row, 0).data(ContainerTableModel::StateRole).toInt());
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(local, a), ContainerSummary::State::Running, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(state(podman, b), ContainerSummary::State::Running, 15000);

    // Stop both from the tiles; the notice shows progress, then the result.
    select(*m_window, {{local, a}, {podman, b}});
    QVERIFY(m_window->containersPage()->actions()->action(ContainerAction::Stop)->isEnabled());
    QVERIFY(!m_window->containersPage()->actions()->action(ContainerAction::Start)->isEnabled());
    QVERIFY(!m_window->containersPage()->actions()->action(ContainerAction::Rename)->isEnabled());
    const QString countsBefore = m_window->statusText();
    QVERIFY2(countsBefore.contains(QStringLiteral("running")), qPrintable(countsBefore));
    m_window->containersPage()->actions()->action(ContainerAction::Stop)->trigger();
    QCOMPARE(m_window->notifications()->notices().size(), 1);
    QCOMPARE(m_window->notifications()->notices().first()->kind(), NoticeBar::Kind::Progress);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->notifications()->notices().first()->kind(),
                              NoticeBar::Kind::Info, 30000);
    QCOMPARE(m_window->notifications()->notices().first()->text(),
             QStringLiteral("Stopped 2 containers."));
    QTRY_COMPARE_WITH_TIMEOUT(state(local, a), ContainerSummary::State::Exited, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(state(podman, b), ContainerSummary::State::Exited, 15000);
    // Two fewer running in the status bar.
    QVERIFY2(m_window->statusText() != countsBefore, qPrintable(m_window->statusText()));
    // Both views show it, and the selection is still the two containers.
    const QModelIndex tile = m_window->containersPage()->containerProxy()->mapFromSource(
        model->index(model->rowOf(podman, b), 0));
    QCOMPARE(tile.data(ContainerTableModel::StatusTextRole).toString().left(6),
             QStringLiteral("Exited"));
    QCOMPARE(selectedIds(m_window->containersPage()->tileView()).size(), 2);
    QTRY_VERIFY(m_window->containersPage()->actions()->action(ContainerAction::Start)->isEnabled());
    m_window->containersPage()->setViewMode(ContainersPage::ViewMode::Table);
    const QModelIndex cell = m_window->containersPage()->containerProxy()->mapFromSource(
        model->index(model->rowOf(local, a), ContainerTableModel::State));
    QCOMPARE(cell.data().toString(), QStringLiteral("Exited"));
    QCOMPARE(selectedIds(m_window->containersPage()->tableView()).size(), 2);

    // Start them again from the table.
    m_window->containersPage()->actions()->action(ContainerAction::Start)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(state(local, a), ContainerSummary::State::Running, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(state(podman, b), ContainerSummary::State::Running, 15000);

    // Rename one.
    select(*m_window, {{podman, b}});
    const QString renamed = TestEngines::uniqueName(QStringLiteral("renamed"));
    m_window->containersPage()->actions()->setAnswersForTest(
        {{}, renamed, false, false, std::nullopt});
    m_window->containersPage()->actions()->action(ContainerAction::Rename)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->containerAt(model->rowOf(podman, b)).name, renamed, 15000);

    // Commit one to an image.
    const QString repository = QStringLiteral("gontainer-test/") + renamed;
    CommitOptions commit;
    commit.repository = repository;
    commit.tag = QStringLiteral("v1");
    commit.message = QStringLiteral("saved from the window");
    m_window->containersPage()->actions()->setAnswersForTest({{}, {}, false, false, commit});
    QVERIFY(m_window->containersPage()->actions()->action(ContainerAction::Commit)->isEnabled());
    m_window->containersPage()->actions()->action(ContainerAction::Commit)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->notifications()->notices().first()->text(),
                              QStringLiteral("Committed %1 to a new image.").arg(renamed), 30000);
    const auto image = TestEngines::docker(TestEngines::podmanSocket(),
                                           {QStringLiteral("image"), QStringLiteral("inspect"),
                                            QStringLiteral("-f"), QStringLiteral("{{.Comment}}"),
                                            repository + QStringLiteral(":v1")});
    QCOMPARE(image.exitCode, 0);
    QCOMPARE(image.output.trimmed(), QStringLiteral("saved from the window"));
    TestEngines::docker(TestEngines::podmanSocket(),
                        {QStringLiteral("rmi"), repository + QStringLiteral(":v1")});

    // Remove both, running: declined first, then confirmed.
    select(*m_window, {{local, a}, {podman, b}});
    m_window->containersPage()->actions()->setAnswersForTest({{}, {}, false, false, std::nullopt});
    m_window->containersPage()->actions()->action(ContainerAction::Remove)->trigger();
    QTest::qWait(300);
    QVERIFY(model->rowOf(local, a) >= 0);
    m_window->containersPage()->actions()->setAnswersForTest({{}, {}, true, true, std::nullopt});
    m_window->containersPage()->actions()->action(ContainerAction::Remove)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, a) < 0 && model->rowOf(podman, b) < 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->notifications()->notices().first()->text(),
                              QStringLiteral("Removed 2 containers."), 10000);
    QVERIFY(!m_window->containersPage()->actions()->action(ContainerAction::Remove)->isEnabled());
}

void TestMainWindow::failedActionSaysWhy()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString takenName = TestEngines::uniqueName(QStringLiteral("taken"));
    const QString taken = run(TestEngines::dockerSocket(), takenName, false);
    const QString other =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("other")), false);
    QVERIFY(!taken.isEmpty() && !other.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, other) >= 0, 15000);

    // A name that cannot be a container name is refused before anything is sent.
    select(*m_window, {{local, other}});
    m_window->containersPage()->actions()->setAnswersForTest(
        {{}, QStringLiteral("bad name!"), false, false, std::nullopt});
    m_window->containersPage()->actions()->action(ContainerAction::Rename)->trigger();
    QCOMPARE(m_window->notifications()->notices().size(), 1);
    QCOMPARE(m_window->notifications()->notices().first()->kind(), NoticeBar::Kind::Error);
    QVERIFY(
        m_window->notifications()->notices().first()->text().contains(QStringLiteral("bad name!")));

    // A name in use: the engine refuses, and the notice gives its words and what to try.
    m_window->containersPage()->actions()->setAnswersForTest(
        {{}, takenName, false, false, std::nullopt});
    m_window->containersPage()->actions()->action(ContainerAction::Rename)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->notifications()->notices().first()->kind(),
                              NoticeBar::Kind::Error, 15000);
    const QString text = m_window->notifications()->notices().first()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Could not rename 1 of 1 container:")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("already in use")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("HTTP 409")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("choose another")), qPrintable(text));
}

void TestMainWindow::searchAndFiltersNarrowTheViews()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = podmanId(*m_manager);
    const QString runningName = TestEngines::uniqueName(QStringLiteral("flt-run"));
    const QString running = run(TestEngines::podmanSocket(), runningName);
    const QString createdName = TestEngines::uniqueName(QStringLiteral("flt-new"));
    const QString created = run(TestEngines::dockerSocket(), createdName, false);
    QVERIFY(!running.isEmpty() && !created.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowOf(podman, running) >= 0 && model->rowOf(local, created) >= 0, 15000);
    ContainerFilterProxy *proxy = m_window->containersPage()->containerProxy();
    const auto shown = [proxy] {
        QStringList names;
        for (int r = 0; r < proxy->rowCount(); ++r)
            names << proxy->index(r, 0).data(ContainerTableModel::NameRole).toString();
        return names;
    };

    // Search by label value (each container is labelled with its own name).
    QTest::keyClicks(m_window->containersPage()->searchField(),
                     QStringLiteral("gontainer.test=") + runningName);
    QCOMPARE(shown(), QStringList{runningName});
    m_window->containersPage()->searchField()->clear();
    QTest::keyClicks(m_window->containersPage()->searchField(), created.left(10));
    QCOMPARE(shown(), QStringList{createdName});
    // Esc clears the search.
    QTest::keyClick(m_window->containersPage()->searchField(), Qt::Key_Escape);
    QVERIFY(m_window->containersPage()->searchField()->text().isEmpty());
    QVERIFY(shown().contains(runningName) && shown().contains(createdName));

    // The state filter; nothing matching shows the placeholder, not an empty grid.
    auto *stateFilter = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    stateFilter->setCurrentIndex(int(ContainerFilterProxy::StateFilter::Running));
    QVERIFY(shown().contains(runningName));
    QVERIFY(!shown().contains(createdName));
    stateFilter->setCurrentIndex(int(ContainerFilterProxy::StateFilter::Stopped));
    QVERIFY(shown().contains(createdName));
    QVERIFY(!shown().contains(runningName));
    QTest::keyClicks(m_window->containersPage()->searchField(),
                     QStringLiteral("no-such-container-anywhere"));
    QCOMPARE(proxy->rowCount(), 0);
    auto *placeholder = m_window->findChild<QLabel *>(QStringLiteral("placeholder"));
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("No container matches")));
    m_window->containersPage()->searchField()->clear();
    stateFilter->setCurrentIndex(0);

    // Choosing a node in the sidebar shows only its containers.
    const int podRow = m_window->nodeSidebar()->nodeModel()->rowOf(podman);
    m_window->nodeSidebar()->view()->setCurrentIndex(
        m_window->nodeSidebar()->nodeModel()->index(podRow));
    QCOMPARE(proxy->nodeFilter(), podman);
    QVERIFY(shown().contains(runningName));
    QVERIFY(!shown().contains(createdName));
    auto *nodeFilter = m_window->findChild<QComboBox *>(QStringLiteral("nodeFilter"));
    nodeFilter->setCurrentIndex(0);
    QVERIFY(shown().contains(createdName));

    // On the Nodes page, the node chosen in the sidebar is the one whose details show.
    m_window->showPage(m_window->nodesPage());
    for (NodeService *node : m_manager->nodes()) {
        m_window->nodeSidebar()->view()->setCurrentIndex(
            m_window->nodeSidebar()->nodeModel()->index(
                m_window->nodeSidebar()->nodeModel()->rowOf(node->id())));
        QCOMPARE(m_window->nodesPage()->node(), node);
    }
    m_window->showPage(m_window->containersPage());
}

void TestMainWindow::detailsShowOverviewAndInspect()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString podman = podmanId(*m_manager);
    const QString name = TestEngines::uniqueName(QStringLiteral("details"));
    const QString id = run(TestEngines::podmanSocket(), name);
    QVERIFY(!id.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(podman, id) >= 0, 15000);
    select(*m_window, {{podman, id}});
    m_window->containersPage()->actions()->action(ContainerActions::Open::Details)->trigger();
    ContainerDetailsView *details = m_window->containersPage()->detailsView();
    QVERIFY(details->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(details->details().id, id, 15000);
    const QString overview = details->overview()->toPlainText();
    QVERIFY2(overview.contains(TestEngines::podmanImage()), qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("sleep 300")), qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("gontainer.test=") + name), qPrintable(overview));
    QVERIFY(overview.contains(QStringLiteral("podman")));

    details->tabs()->setCurrentIndex(ContainerDetailsView::InspectTab);
    QVERIFY(details->inspect()->text().contains(id));
    QTest::keyClicks(details->inspect()->findField(), QStringLiteral("\"Id\""));
    QVERIFY(details->inspect()->editor()->textCursor().hasSelection());
    QCOMPARE(details->inspect()->editor()->textCursor().selectedText(), QStringLiteral("\"Id\""));

    // A change of state reaches the open details.
    QCOMPARE(
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), id})
            .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(details->details().state, ContainerSummary::State::Exited, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(details->overview()->toPlainText().contains(QStringLiteral("Exited")),
                             5000);

    // Esc closes it.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!details->isVisible());
}

void TestMainWindow::statsOnlyForContainersOnScreen()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString shownName = TestEngines::uniqueName(QStringLiteral("stats-shown"));
    const QString shown = run(TestEngines::dockerSocket(), shownName);
    const QString hidden =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("stats-hidden")));
    QVERIFY(!shown.isEmpty() && !hidden.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, shown) >= 0 && model->rowOf(local, hidden) >= 0,
                             15000);
    // Only one of them on screen.
    QTest::keyClicks(m_window->containersPage()->searchField(), shownName);
    QCOMPARE(m_window->containersPage()->containerProxy()->rowCount(), 1);
    const QString shownKey = StatsWatcher::key(local, shown);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->containersPage()->statsWatcher()->watched(),
                              QSet<QString>{shownKey}, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(model->rowOf(local, shown), 0)
                                 .data(ContainerTableModel::HasStatsRole)
                                 .toBool(),
                             15000);
    QVERIFY(!model->index(model->rowOf(local, hidden), 0)
                 .data(ContainerTableModel::HasStatsRole)
                 .toBool());

    // The table's CPU and memory columns, and the details' Stats tab.
    m_window->containersPage()->setViewMode(ContainersPage::ViewMode::Table);
    QVERIFY(!model->index(model->rowOf(local, shown), ContainerTableModel::Memory)
                 .data()
                 .toString()
                 .isEmpty());
    select(*m_window, {{local, shown}});
    m_window->containersPage()->actions()->action(ContainerActions::Open::Details)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->containersPage()->detailsView()->statsCharts()->sampleCount() >= 2, 15000);
    QVERIFY(m_window->containersPage()->detailsView()->statsCharts()->summaryText().startsWith(
        QStringLiteral("CPU")));

    // Hidden window: no stream at all.
    m_window->hide();
    QCOMPARE(m_window->containersPage()->statsWatcher()->watched(), QSet<QString>());
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->containersPage()->statsWatcher()->watched(),
                              QSet<QString>{shownKey}, 10000);
}

void TestMainWindow::logsTabFollowsWhileShown()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString podman = podmanId(*m_manager);
    const auto r = TestEngines::runDetached(
        TestEngines::podmanSocket(), TestEngines::uniqueName(QStringLiteral("talker")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("echo hello; echo oops >&2; i=0; while sleep 0.3; do i=$((i+1)); echo tick "
                        "$i; done")});
    QCOMPARE(r.exitCode, 0);
    const QString id = r.output.trimmed();
    m_created.append({TestEngines::podmanSocket(), id});
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(podman, id) >= 0, 15000);
    select(*m_window, {{podman, id}});
    m_window->containersPage()->actions()->action(ContainerActions::Open::Details)->trigger();
    ContainerDetailsView *details = m_window->containersPage()->detailsView();
    LogView *logs = details->logView();
    QVERIFY(!logs->isFollowing());
    details->tabs()->setCurrentIndex(ContainerDetailsView::LogsTab);
    QVERIFY(logs->isFollowing());
    const auto text = [logs] {
        QStringList lines;
        for (int row = 0; row < logs->filterModel()->rowCount(); ++row)
            lines << logs->filterModel()->index(row).data().toString();
        return lines;
    };
    QTRY_VERIFY_WITH_TIMEOUT(text().contains(QStringLiteral("tick 3")), 15000);
    QCOMPARE(text().first(), QStringLiteral("hello"));
    QVERIFY(text().contains(QStringLiteral("oops")));
    // Another tab: the stream closes.
    details->tabs()->setCurrentIndex(ContainerDetailsView::OverviewTab);
    QVERIFY(!logs->isFollowing());
    // The container stops: the log says so, with its exit code.
    details->tabs()->setCurrentIndex(ContainerDetailsView::LogsTab);
    QVERIFY(logs->isFollowing());
    QCOMPARE(
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), id})
            .exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(logs->statusText().contains(QStringLiteral("exited with code")),
                             15000);
}

void TestMainWindow::logWindowAndConsoleFromTheSelection()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = podmanId(*m_manager);
    const QString a =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("la")));
    const QString b =
        run(TestEngines::podmanSocket(), TestEngines::uniqueName(QStringLiteral("lb")));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, a) >= 0 && model->rowOf(podman, b) >= 0, 15000);
    // Two containers on two nodes: one window, merged; no console for two.
    select(*m_window, {{local, a}, {podman, b}});
    QVERIFY(
        m_window->containersPage()->actions()->action(ContainerActions::Open::Logs)->isEnabled());
    QVERIFY(!m_window->containersPage()
                 ->actions()
                 ->action(ContainerActions::Open::Console)
                 ->isEnabled());
    m_window->containersPage()->actions()->action(ContainerActions::Open::Logs)->trigger();
    QCOMPARE(m_window->containersPage()->actions()->logWindows().size(), 1);
    LogWindow *logs = m_window->containersPage()->actions()->logWindows().first();
    QCOMPARE(logs->logView()->targets().size(), 2);
    QCOMPARE(logs->logView()->targets().at(1).node->name(), m_manager->node(podman)->name());
    QTRY_VERIFY_WITH_TIMEOUT(logs->logView()->isFollowing(), 10000);
    logs->close();
    QTRY_COMPARE(m_window->containersPage()->actions()->logWindows().size(), 0);

    // One running container: a console in it.
    select(*m_window, {{podman, b}});
    QTRY_VERIFY(m_window->containersPage()
                    ->actions()
                    ->action(ContainerActions::Open::Console)
                    ->isEnabled());
    QVERIFY(m_window->containersPage()
                ->actions()
                ->action(ContainerActions::Open::Terminal)
                ->isEnabled());
    m_window->containersPage()->actions()->action(ContainerActions::Open::Console)->trigger();
    auto *console = m_window->findChild<ExecConsole *>();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->terminal()->screenText().contains(QLatin1Char('#')), 20000);
    console->close();
}

void TestMainWindow::followsADarkPalette()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString id =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("dark")));
    QVERIFY(!id.isEmpty());
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(local, id) >= 0, 15000);
    select(*m_window, {{local, id}});
    m_window->containersPage()->actions()->action(ContainerActions::Open::Details)->trigger();
    JsonView *json = m_window->containersPage()->detailsView()->inspect();
    QVERIFY(!json->themeName().contains(QStringLiteral("Dark")));

    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x24, 0x26, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x2c, 0x2f, 0x34));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    dark.setColor(QPalette::Midlight, QColor(0x38, 0x3b, 0x40));
    QApplication::setPalette(dark);
    // The JSON is highlighted in a dark theme now.
    QTRY_VERIFY(json->themeName().contains(QStringLiteral("Dark")));
    // A look at it, when asked for (GONTAINER_SCREENSHOTS=folder).
    if (const QString folder = qEnvironmentVariable("GONTAINER_SCREENSHOTS"); !folder.isEmpty()) {
        m_window->resize(1300, 760);
        QTest::qWait(1500);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/dark-details.png")));
        m_window->containersPage()->setViewMode(ContainersPage::ViewMode::Table);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/dark-table.png")));
    }
}

void TestMainWindow::healthCheckRunsOnDemandOnPodman()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString podman = podmanId(*m_manager);
    const QString socket = TestEngines::podmanSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("checked"));
    // A check that would first run in an hour on its own.
    const auto r = TestEngines::docker(
        socket,
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
         QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--health-cmd"),
         QStringLiteral("echo all good"), QStringLiteral("--health-interval"), QStringLiteral("1h"),
         TestEngines::image(), QStringLiteral("sleep"), QStringLiteral("300")});
    QCOMPARE(r.exitCode, 0);
    const QString id = r.output.split(QLatin1Char('\n')).last().trimmed();
    m_created.append({socket, id});
    ContainerTableModel *model = m_window->containersPage()->containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(podman, id) >= 0, 15000);
    select(*m_window, {{podman, id}});
    m_window->containersPage()->actions()->action(ContainerActions::Open::Details)->trigger();
    ContainerDetailsView *details = m_window->containersPage()->detailsView();
    details->tabs()->setCurrentIndex(ContainerDetailsView::HealthTab);
    QTRY_VERIFY_WITH_TIMEOUT(details->runCheckButton()->isEnabled(), 15000);
    QVERIFY(details->runCheckButton()->isVisible());
    details->runCheckButton()->click();
    // The check's output shows under the last checks, and the container turns healthy.
    QTRY_VERIFY_WITH_TIMEOUT(
        details->healthTimeline()
                ->findItems(QStringLiteral("all good"), Qt::MatchContains | Qt::MatchRecursive, 2)
                .size() >= 1,
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(details->details().health.status, ContainerSummary::Health::Healthy,
                              20000);
}

void TestMainWindow::offlineNodeExplainsAndRetries()
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("absent.sock"));
    NodeConfig absent;
    absent.name = QStringLiteral("absent");
    absent.url = QStringLiteral("unix://") + socket;
    QCOMPARE(m_manager->addNode(absent), QString());
    m_window->setNodeManager(m_manager.get());
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noticeBar()->isVisible(), 10000);
    QVERIFY(m_window->noticeBar()->text().contains(socket));
    QVERIFY(m_window->noticeBar()->text().startsWith(QStringLiteral("absent is offline")));
    QCOMPARE(m_window->noticeBar()->kind(), NoticeBar::Kind::Error);
    QVERIFY(m_window->statusText().contains(QStringLiteral("0 of 1 node online")));
    QPushButton *retry = m_window->noticeBar()->actionButton();
    QVERIFY(retry->isVisible());
    NodeService *node = m_manager->nodes().first();
    QSignalSpy states(node, &NodeService::stateChanged);
    retry->click();
    // Retrying reconnects at once (and fails again, the socket being absent) without hanging.
    QVERIFY(states.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(node->state() == NodeService::State::Offline, 5000);

    // Removing the node takes the notice with it.
    m_manager->removeNode(node->id());
    QVERIFY(!m_window->noticeBar()->isVisible());
    QCOMPARE(m_window->nodeSidebar()->nodeModel()->rowCount(), 0);
}

void TestMainWindow::locateFailureOffersRetry()
{
    m_window->show();
    m_window->showLocating(QStringLiteral("Looking…"));
    QCOMPARE(m_window->noticeBar()->kind(), NoticeBar::Kind::Progress);
    QVERIFY(!m_window->noticeBar()->actionButton()->isVisible());
    m_window->showLocateFailed(QStringLiteral("No engine here."));
    QCOMPARE(m_window->noticeBar()->kind(), NoticeBar::Kind::Error);
    QSignalSpy retry(m_window.get(), &MainWindow::retryLocateRequested);
    m_window->noticeBar()->actionButton()->click();
    QCOMPARE(retry.count(), 1);
}

void TestMainWindow::languageMenuAsksForALanguage()
{
    QSignalSpy requested(m_window.get(), &MainWindow::languageRequested);
    QAction *korean = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->data().toString() == QLatin1String("ko"))
            korean = action;
    }
    QVERIFY(korean);
    korean->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("ko"));
    QVERIFY(korean->isChecked());
}

void TestMainWindow::shortcutsAreListed()
{
    QList<QAction *> actions;
    for (const auto act : {ContainerAction::Start, ContainerAction::Stop, ContainerAction::Remove})
        actions << m_window->containersPage()->actions()->action(act);
    ShortcutsDialog dialog(actions);
    QTableWidget *table = dialog.table();
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
    QVERIFY2(keys.contains(QStringLiteral("Start=Ctrl+Shift+S")),
             qPrintable(keys.join(QLatin1Char(','))));
    QVERIFY2(keys.contains(QStringLiteral("Remove=Del")), qPrintable(keys.join(QLatin1Char(','))));
}

// The Images page shows its own controls, not the containers' (whose keys would act on a
// selection out of sight), and an image's container is one click from the Containers page.
void TestMainWindow::pagesShowOnlyTheirOwnControls()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString id =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("pg")));
    QVERIFY(!id.isEmpty());
    ContainersPage *containers = m_window->containersPage();
    QTRY_VERIFY_WITH_TIMEOUT(containers->containerModel()->rowOf(local, id) >= 0, 15000);
    select(*m_window, {{local, id}});
    QVERIFY(containers->actions()->action(ContainerAction::Remove)->isEnabled());
    auto *sections = m_window->findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY(sections);
    QMenu *containerMenu = containers->actions()->menu();

    sections->setCurrentRow(1); // Images
    QCOMPARE(m_window->imagesPage()->isVisible(), true);
    // The toolbar lays its items out on the next turn of the event loop.
    QTRY_VERIFY(!containers->searchField()->isVisible());
    QVERIFY(!containerMenu->menuAction()->isVisible());
    QVERIFY(!containers->actions()->action(ContainerAction::Remove)->isEnabled());
    QVERIFY(!containers->detailsView()->isVisible());

    // The Images page's keys are live window-wide while it is shown, and only then.
    QVERIFY(m_window->imagesPage()->buildAction()->isEnabled());
    QCOMPARE(m_window->imagesPage()->buildAction()->shortcutContext(), Qt::WindowShortcut);

    // The details of an image name its containers; activating one shows it on its page.
    Q_EMIT m_window->imagesPage()->containerActivated(local, id);
    QVERIFY(containers->isVisible());
    QCOMPARE(sections->currentRow(), 0);
    QTRY_VERIFY(containers->searchField()->isVisible());
    QVERIFY(containerMenu->menuAction()->isVisible());
    const auto selected = containers->selectedContainers();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().container.id, id);
    QVERIFY(containers->actions()->action(ContainerAction::Remove)->isEnabled());
    QVERIFY(containers->detailsView()->isVisible());
    QVERIFY(!m_window->imagesPage()->buildAction()->isEnabled());

    // So do a network's details and a volume's.
    for (int section : {2, 3}) {
        sections->setCurrentRow(section);
        QVERIFY(!containers->isVisible());
        containers->tableView()->clearSelection();
        containers->tileView()->clearSelection();
        QVERIFY(containers->selectedContainers().isEmpty());
        QWidget *page = m_window->pages().at(section)->widget();
        if (auto *networks = qobject_cast<NetworksPage *>(page))
            Q_EMIT networks->containerActivated(local, id);
        else if (auto *volumes = qobject_cast<VolumesPage *>(page))
            Q_EMIT volumes->containerActivated(local, id);
        else
            QFAIL("sections 2 and 3 are Volumes and Networks");
        QVERIFY(containers->isVisible());
        QCOMPARE(containers->selectedContainers().size(), 1);
        QCOMPARE(containers->selectedContainers().first().container.id, id);
    }
}

// Closed and opened again, the window shows the section it showed, each section's selection
// once its items are listed, and each table's sort.
void TestMainWindow::remembersSectionSelectionAndSort()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString local = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = podmanId(*m_manager);
    const QString id =
        run(TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("keep")));
    QVERIFY(!id.isEmpty());
    const QString volume = TestEngines::uniqueName(QStringLiteral("keepvol")).toLower();
    QCOMPARE(TestEngines::docker(TestEngines::podmanSocket(),
                                 {QStringLiteral("volume"), QStringLiteral("create"), volume})
                 .exitCode,
             0);
    const auto removeVolume = qScopeGuard([&] {
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("volume"), QStringLiteral("rm"), volume});
    });
    // The window's section whose page has this object name.
    const auto section = [this](const char *name) -> Page * {
        for (Page *page : m_window->pages()) {
            if (page->widget()->objectName() == QLatin1String(name))
                return page;
        }
        return nullptr;
    };
    const auto volumesOf = [&section] {
        return qobject_cast<VolumesPage *>(section("volumesPage")->widget());
    };

    ContainersPage *containers = m_window->containersPage();
    QTRY_VERIFY_WITH_TIMEOUT(containers->containerModel()->rowOf(local, id) >= 0, 15000);
    select(*m_window, {{local, id}});
    VolumesPage *volumes = volumesOf();
    QVERIFY(volumes);
    auto *sections = m_window->findChild<QListWidget *>(QStringLiteral("sections"));
    sections->setCurrentRow(int(m_window->pages().indexOf(static_cast<Page *>(volumes))));
    QVERIFY(volumes->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(volumes->model()->rowOf(podman, volume) >= 0, 15000);
    volumes->selectVolume(podman, volume);
    QCOMPARE(volumes->selectedVolumes().size(), 1);
    volumes->view()->sortByColumn(VolumeTableModel::Name, Qt::DescendingOrder);
    m_window->close();

    m_window = std::make_unique<MainWindow>();
    m_window->setNodeManager(m_manager.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    volumes = volumesOf();
    QVERIFY(volumes->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(volumes->selectedVolumes().size(), 1, 15000);
    QCOMPARE(volumes->selectedVolumes().first().nodeId, podman);
    QCOMPARE(volumes->selectedVolumes().first().name, volume);
    QCOMPARE(volumes->view()->horizontalHeader()->sortIndicatorSection(),
             int(VolumeTableModel::Name));
    QCOMPARE(volumes->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // The sort is the proxy's, not only the header's arrow.
    auto *sorted = qobject_cast<QSortFilterProxyModel *>(volumes->view()->model());
    QVERIFY(sorted);
    QCOMPARE(sorted->sortColumn(), int(VolumeTableModel::Name));
    QCOMPARE(sorted->sortOrder(), Qt::DescendingOrder);
    containers = m_window->containersPage();
    QTRY_COMPARE_WITH_TIMEOUT(containers->selectedContainers().size(), 1, 15000);
    QCOMPARE(containers->selectedContainers().first().container.id, id);
    // Selected only: the containers' details pane stays out of the Volumes section.
    QVERIFY(!containers->detailsView()->isVisible());

    // A section listed only once a node can (pods): shown when it is.
    Page *pods = section("podsPage");
    QVERIFY(pods && pods->available());
    sections = m_window->findChild<QListWidget *>(QStringLiteral("sections"));
    sections->setCurrentRow(int(m_window->pages().indexOf(pods)));
    QVERIFY(pods->widget()->isVisible());
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->containersPage()->isVisible()); // no node has pods yet
    m_window->setNodeManager(m_manager.get());
    pods = section("podsPage");
    QTRY_VERIFY(pods->widget()->isVisible());

    // Unless the user is at work in another section by then.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::mouseClick(m_window->containersPage()->searchField(), Qt::LeftButton);
    m_window->setNodeManager(m_manager.get());
    pods = section("podsPage");
    QTRY_VERIFY(pods->available());
    QVERIFY(m_window->containersPage()->isVisible());
    QVERIFY(!pods->widget()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
