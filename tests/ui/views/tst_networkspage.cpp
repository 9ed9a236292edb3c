#include "ui/views/networkspage.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/createnetworkdialog.h"
#include "ui/models/networkfilterproxy.h"
#include "ui/models/networktablemodel.h"
#include "ui/views/containerdetailsview.h"
#include "ui/views/networkactions.h"
#include "ui/views/networkdetailsview.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

// The Networks page over the harness's Docker and Podman: rows of both nodes with search and
// filters, the create dialog checked as typed, removal refused while containers are attached
// (naming them), connect and disconnect from the page and the details, prune only when confirmed.
class TestNetworksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsOfBothNodesWithSearchAndFilters();
    void createDialogChecksAsTyped();
    void removeRefusedWhileInUseThenConfirmed_data() { addRows(); }
    void removeRefusedWhileInUseThenConfirmed();
    void connectAndDisconnectFromTheDetails_data() { addRows(); }
    void connectAndDisconnectFromTheDetails();
    void pruneNeedsConfirmation();
    void containerDetailsConnectAndDisconnect_data() { addRows(); }
    void containerDetailsConnectAndDisconnect();
    void showingThePageListsAgain();
    void onlyContainerdNodes();

private:
    static void addRows();
    bool startNodes();
    QString nodeOf(bool podman) const { return podman ? m_podman : m_docker; }
    static QString socketOf(bool podman)
    {
        return podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    }
    // Makes a network (and removes it at cleanup); `subnet` empty: the engine's choice.
    bool makeNetwork(bool podman, const QString &name, const QString &subnet = {});
    bool runOn(bool podman, const QString &container, const QString &network);
    bool select(const QString &nodeId, const QString &name);
    int row(const QString &nodeId, const QString &name) const
    {
        return m_page->model()->rowOfName(nodeId, name);
    }
    QString lastNotice() const;

    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<NetworksPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_docker;
    QString m_podman;
    QList<std::function<void()>> m_cleanups;
    QTemporaryDir m_config;
};

void TestNetworksPage::initTestCase()
{
    REQUIRE_ENGINES();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_networkspage"));
    qRegisterMetaType<NetworkInfo>();
    qRegisterMetaType<ContainerSummary>();
}

void TestNetworksPage::addRows()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestNetworksPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<NetworksPage>(m_notifications.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_manager = std::make_unique<NodeManager>();
}

void TestNetworksPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
    for (auto it = m_cleanups.crbegin(); it != m_cleanups.crend(); ++it)
        (*it)();
    m_cleanups.clear();
}

bool TestNetworksPage::startNodes()
{
    if (!TestEngines::addDockerAndPodmanNodes(*m_manager))
        return false;
    m_docker = m_manager->nodes().at(0)->id();
    m_podman = m_manager->nodes().at(1)->id();
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1000, 600);
    m_page->show();
    return true;
}

bool TestNetworksPage::makeNetwork(bool podman, const QString &name, const QString &subnet)
{
    const QString socket = socketOf(podman);
    QStringList args{QStringLiteral("network"), QStringLiteral("create")};
    if (!subnet.isEmpty())
        args << QStringLiteral("--subnet") << subnet;
    args << name;
    if (TestEngines::docker(socket, args).exitCode != 0)
        return false;
    m_cleanups << [socket, name] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), name});
    };
    // Podman announces no network it creates: its node is asked to look.
    if (NodeService *node = m_manager->node(podman ? m_podman : m_docker))
        node->relistNetworks();
    return true;
}

bool TestNetworksPage::runOn(bool podman, const QString &container, const QString &network)
{
    const QString socket = socketOf(podman);
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), container,
                 QStringLiteral("--network"), network, TestEngines::image(),
                 QStringLiteral("sleep"), QStringLiteral("300")});
    m_cleanups << [socket, container] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container});
    };
    return run.exitCode == 0;
}

bool TestNetworksPage::select(const QString &nodeId, const QString &name)
{
    const int r = row(nodeId, name);
    if (r < 0)
        return false;
    m_page->selectNetwork(nodeId, m_page->model()->networkAt(r).id);
    const QList<NetworkRef> selected = m_page->selectedNetworks();
    return selected.size() == 1 && selected.first().name == name;
}

QString TestNetworksPage::lastNotice() const
{
    const QList<NoticeBar *> notices = m_notifications->notices();
    return notices.isEmpty() ? QString() : notices.first()->text();
}

void TestNetworksPage::rowsOfBothNodesWithSearchAndFilters()
{
    QVERIFY(startNodes());
    QCOMPARE(m_page->title(), QStringLiteral("Networks"));
    const QString name = TestEngines::uniqueName(QStringLiteral("page-net"));
    QVERIFY(makeNetwork(false, name));
    QVERIFY(makeNetwork(true, name));
    QTRY_VERIFY_WITH_TIMEOUT(row(m_docker, name) >= 0 && row(m_podman, name) >= 0, 30000);
    m_page->searchField()->setText(name);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    m_page->setNodeFilter(m_podman);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(NetworkTableModel::NodeIdRole).toString(), m_podman);
    m_page->setNodeFilter({});
    m_page->useFilterBox()->setCurrentIndex(int(NetworkFilterProxy::UseFilter::InUse));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QVERIFY(!m_page->placeholder()->text().isEmpty());
    m_page->useFilterBox()->setCurrentIndex(int(NetworkFilterProxy::UseFilter::Unused));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QVERIFY(!m_page->countsLabel()->text().isEmpty());

    // Enter (Inspect) shows the details with the engine's JSON.
    m_page->useFilterBox()->setCurrentIndex(0);
    QVERIFY(select(m_docker, name));
    m_page->actions()->action(NetworkActions::Act::Inspect)->trigger();
    QVERIFY(m_page->detailsView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detailsView()->inspect()->text().contains(name), 30000);
    QVERIFY(m_page->detailsView()->overview()->toPlainText().contains(QLatin1String("bridge")));
}

void TestNetworksPage::createDialogChecksAsTyped()
{
    QVERIFY(startNodes());
    // A network whose subnet the new one must not overlap.
    const QString taken = TestEngines::uniqueName(QStringLiteral("page-taken"));
    QString subnet;
    for (;;) {
        subnet = QStringLiteral("10.%1.%2.0/24")
                     .arg(QRandomGenerator::global()->bounded(100, 200))
                     .arg(QRandomGenerator::global()->bounded(0, 256));
        bool free = true;
        for (const NetworkInfo &n : m_manager->node(m_docker)->networks()) {
            for (const NetworkSubnet &s : n.subnets)
                free = free && s.subnet != subnet;
        }
        if (free)
            break;
    }
    const QString prefix = subnet.left(subnet.size() - 4);
    QVERIFY(makeNetwork(false, taken, subnet));
    QTRY_VERIFY_WITH_TIMEOUT(row(m_docker, taken) >= 0, 30000);

    m_page->setNodeFilter(m_docker);
    QAction *create = m_page->actions()->action(NetworkActions::Act::Create);
    QVERIFY(create->isEnabled());
    QCOMPARE(create->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    create->trigger();
    CreateNetworkDialog *dialog = m_page->actions()->createDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->selectedNode(), m_manager->node(m_docker));
    auto *name = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("name")));
    auto *subnetField = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("subnet")));
    auto *gateway = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("gateway")));
    auto *range = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("ipRange")));
    auto *labels = qobject_cast<QPlainTextEdit *>(dialog->field(QStringLiteral("labels")));
    auto *internal = qobject_cast<QCheckBox *>(dialog->field(QStringLiteral("internal")));
    QVERIFY(name && subnetField && gateway && range && labels && internal);
    QVERIFY(!dialog->createButton()->isEnabled());

    // Each mistake is named under its field as it is typed, and Create stays off.
    QTest::keyClicks(name, QStringLiteral("-bad"));
    QVERIFY(!dialog->problem(QStringLiteral("name")).isEmpty());
    name->clear();
    QTest::keyClicks(name, taken);
    QVERIFY(dialog->problem(QStringLiteral("name")).contains(taken));
    const QString fresh = TestEngines::uniqueName(QStringLiteral("page-made"));
    m_cleanups << [fresh] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("network"), QStringLiteral("rm"), fresh});
    };
    name->setText(fresh);
    QVERIFY(dialog->problem(QStringLiteral("name")).isEmpty());
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::keyClicks(subnetField, QStringLiteral("10.1.2.3"));
    QVERIFY(!dialog->problem(QStringLiteral("subnet")).isEmpty());
    QVERIFY(!dialog->createButton()->isEnabled());
    subnetField->setText(prefix + QStringLiteral("0/25"));
    QVERIFY2(dialog->problem(QStringLiteral("subnet")).contains(taken),
             qPrintable(dialog->problem(QStringLiteral("subnet"))));
    QVERIFY(!dialog->createButton()->isEnabled());
    // A subnet of its own: the next /24 that nothing uses.
    QString own;
    for (int third = 0; third < 256 && own.isEmpty(); ++third) {
        const QString candidate = QStringLiteral("10.%1.%2.0/24")
                                      .arg(QRandomGenerator::global()->bounded(200, 250))
                                      .arg(third);
        subnetField->setText(candidate);
        if (dialog->problem(QStringLiteral("subnet")).isEmpty())
            own = candidate;
    }
    QVERIFY(!own.isEmpty());
    const QString ownPrefix = own.left(own.size() - 4);
    QTest::keyClicks(gateway, QStringLiteral("10.0.0.1"));
    QVERIFY(!dialog->problem(QStringLiteral("gateway")).isEmpty());
    QVERIFY(!dialog->createButton()->isEnabled());
    gateway->setText(ownPrefix + QStringLiteral("1"));
    QVERIFY(dialog->problem(QStringLiteral("gateway")).isEmpty());
    range->setText(QStringLiteral("192.168.0.0/25"));
    QVERIFY(!dialog->problem(QStringLiteral("ipRange")).isEmpty());
    range->setText(ownPrefix + QStringLiteral("128/25"));
    QVERIFY(dialog->problem(QStringLiteral("ipRange")).isEmpty());
    labels->setPlainText(QStringLiteral("no equals"));
    QVERIFY(!dialog->problem(QStringLiteral("labels")).isEmpty());
    labels->setPlainText(QStringLiteral("gontainer.test=page"));
    internal->setChecked(true);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);

    // Made as typed, and selected on the page once the node lists it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->selectedNetworks().isEmpty() &&
                                 m_page->selectedNetworks().first().name == fresh,
                             30000);
    const NetworkInfo made = m_page->model()->networkAt(row(m_docker, fresh));
    QVERIFY(made.internal);
    QCOMPARE(made.labels.value(QStringLiteral("gontainer.test")), QStringLiteral("page"));
    QCOMPARE(made.subnets.size(), 1);
    QCOMPARE(made.subnets.first().subnet, own);
    QCOMPARE(made.subnets.first().gateway, ownPrefix + QStringLiteral("1"));
    QCOMPARE(made.subnets.first().ipRange, ownPrefix + QStringLiteral("128/25"));
}

void TestNetworksPage::removeRefusedWhileInUseThenConfirmed()
{
    QFETCH(bool, podman);
    QVERIFY(startNodes());
    const QString node = nodeOf(podman);
    const QString name = TestEngines::uniqueName(QStringLiteral("page-rm"));
    const QString user = TestEngines::uniqueName(QStringLiteral("page-rm-user"));
    QVERIFY(makeNetwork(podman, name));
    QVERIFY(runOn(podman, user, name));
    QTRY_VERIFY_WITH_TIMEOUT(row(node, name) >= 0 && m_page->model()->usersAt(row(node, name)) == 1,
                             30000);
    QVERIFY(select(node, name));
    QAction *remove = m_page->actions()->action(NetworkActions::Act::Remove);
    QVERIFY(remove->isEnabled());
    m_page->actions()->setAnswersForTest({true, {}, {}});
    remove->trigger();
    // Refused before asking the engine, naming the container.
    QVERIFY2(lastNotice().contains(user), qPrintable(lastNotice()));
    QVERIFY(row(node, name) >= 0);

    QCOMPARE(
        TestEngines::docker(socketOf(podman), {QStringLiteral("rm"), QStringLiteral("-f"), user})
            .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->usersAt(row(node, name)), 0, 30000);
    // Without a confirmation nothing goes.
    m_page->actions()->setAnswersForTest({false, {}, {}});
    remove->trigger();
    QTest::qWait(0);
    QVERIFY(row(node, name) >= 0);
    m_page->actions()->setAnswersForTest({true, {}, {}});
    remove->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(row(node, name) < 0, 30000);
    QVERIFY(lastNotice().contains(name));
    QVERIFY(TestEngines::docker(socketOf(podman),
                                {QStringLiteral("network"), QStringLiteral("inspect"), name})
                .exitCode != 0);
}

void TestNetworksPage::connectAndDisconnectFromTheDetails()
{
    QFETCH(bool, podman);
    QVERIFY(startNodes());
    const QString node = nodeOf(podman);
    const QString home = TestEngines::uniqueName(QStringLiteral("page-home"));
    const QString target = TestEngines::uniqueName(QStringLiteral("page-target"));
    const QString user = TestEngines::uniqueName(QStringLiteral("page-joiner"));
    QVERIFY(makeNetwork(podman, home));
    QVERIFY(makeNetwork(podman, target));
    QVERIFY(runOn(podman, user, home));
    QTRY_VERIFY_WITH_TIMEOUT(row(node, target) >= 0 && row(node, home) >= 0 &&
                                 m_page->model()->usersAt(row(node, home)) == 1,
                             30000);
    QVERIFY(select(node, target));
    m_page->showDetails(true);
    NetworkDetailsView *details = m_page->detailsView();
    QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading() && !details->description().info.id.isEmpty(),
                             30000);
    QCOMPARE(details->containers()->topLevelItemCount(), 0);

    // Connect from the page (the container chosen, as the dialog would).
    m_page->actions()->setAnswersForTest({true, user, {QStringLiteral("joiner-alias")}});
    QAction *connectAction = m_page->actions()->action(NetworkActions::Act::Connect);
    QVERIFY(connectAction->isEnabled());
    connectAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->usersAt(row(node, target)), 1, 30000);
    QVERIFY2(lastNotice().contains(user), qPrintable(lastNotice()));
    QTRY_COMPARE_WITH_TIMEOUT(details->containers()->topLevelItemCount(), 1, 30000);
    QCOMPARE(details->containers()->topLevelItem(0)->text(0), user);

    // Disconnect from the details' list.
    details->tabs()->setCurrentIndex(NetworkDetailsView::ContainersTab);
    details->containers()->setCurrentItem(details->containers()->topLevelItem(0));
    QVERIFY(details->disconnectButton()->isEnabled());
    QTest::mouseClick(details->disconnectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->usersAt(row(node, target)), 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(details->containers()->topLevelItemCount(), 0, 30000);
    const auto inspected = TestEngines::docker(
        socketOf(podman), {QStringLiteral("inspect"), QStringLiteral("-f"),
                           QStringLiteral("{{json .NetworkSettings.Networks}}"), user});
    QVERIFY2(!inspected.output.contains(target), qPrintable(inspected.output));
}

void TestNetworksPage::pruneNeedsConfirmation()
{
    QVERIFY(startNodes());
    const QString name = TestEngines::uniqueName(QStringLiteral("page-unused"));
    QVERIFY(makeNetwork(false, name));
    QTRY_VERIFY_WITH_TIMEOUT(row(m_docker, name) >= 0, 30000);
    m_page->setNodeFilter(m_docker);
    m_page->actions()->setCurrentNode(m_docker);
    m_page->actions()->setAnswersForTest({false, {}, {}});
    QAction *prune = m_page->actions()->action(NetworkActions::Act::Prune);
    QVERIFY(prune->isEnabled());
    prune->trigger();
    QTest::qWait(0);
    // Not confirmed: the unused network stays.
    QVERIFY(TestEngines::docker(TestEngines::dockerSocket(),
                                {QStringLiteral("network"), QStringLiteral("inspect"), name})
                .exitCode == 0);
    QVERIFY(row(m_docker, name) >= 0);
}

void TestNetworksPage::containerDetailsConnectAndDisconnect()
{
    QFETCH(bool, podman);
    QVERIFY(startNodes());
    const QString node = nodeOf(podman);
    const QString home = TestEngines::uniqueName(QStringLiteral("details-home"));
    const QString target = TestEngines::uniqueName(QStringLiteral("details-target"));
    const QString user = TestEngines::uniqueName(QStringLiteral("details-user"));
    QVERIFY(makeNetwork(podman, home));
    QVERIFY(makeNetwork(podman, target));
    QVERIFY(runOn(podman, user, home));
    NodeService *service = m_manager->node(node);
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ContainerSummary &c : service->containers()) {
                if (c.name == user)
                    id = c.id;
            }
            return !id.isEmpty();
        }(),
        30000);
    ContainerDetailsView details;
    details.setContainer(service, id);
    details.show();
    details.tabs()->setCurrentIndex(ContainerDetailsView::NetworksTab);
    const auto listed = [&details] {
        QStringList names;
        for (int i = 0; i < details.networksList()->topLevelItemCount(); ++i)
            names << details.networksList()->topLevelItem(i)->text(0);
        return names;
    };
    QTRY_COMPARE_WITH_TIMEOUT(listed(), QStringList{home}, 30000);
    QVERIFY(details.connectNetworkButton()->isEnabled());
    QVERIFY(!details.disconnectNetworkButton()->isEnabled());

    // Connect (what the dialog answers), then the list and the networks table follow.
    details.connectToNetwork(target);
    QTRY_VERIFY_WITH_TIMEOUT(listed().contains(target), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->usersAt(row(node, target)), 1, 30000);
    QVERIFY2(details.networksStatus()->text().contains(target),
             qPrintable(details.networksStatus()->text()));

    // Disconnect the chosen network.
    for (int i = 0; i < details.networksList()->topLevelItemCount(); ++i) {
        if (details.networksList()->topLevelItem(i)->text(0) == target)
            details.networksList()->setCurrentItem(details.networksList()->topLevelItem(i));
    }
    QVERIFY(details.disconnectNetworkButton()->isEnabled());
    QTest::mouseClick(details.disconnectNetworkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(listed(), QStringList{home}, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->usersAt(row(node, target)), 0, 30000);
}

void TestNetworksPage::showingThePageListsAgain()
{
    QVERIFY(startNodes());
    // Made behind the node's back on Podman, which announces no network it creates.
    const QString name = TestEngines::uniqueName(QStringLiteral("page-unseen"));
    QCOMPARE(TestEngines::docker(TestEngines::podmanSocket(),
                                 {QStringLiteral("network"), QStringLiteral("create"), name})
                 .exitCode,
             0);
    m_cleanups << [name] {
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("network"), QStringLiteral("rm"), name});
    };
    m_page->hide();
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(row(m_podman, name) >= 0, 30000);
}

// With only a containerd node (an engine without networks) the page says there are none to
// have, and New Network and Prune are off; a Docker node beside it brings them back.
void TestNetworksPage::onlyContainerdNodes()
{
    REQUIRE_CONTAINERD();
    NodeConfig config;
    config.name = QStringLiteral("ctrd");
    config.url = TestEngines::containerdEndpointUrl();
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->nodes().last();
    m_page->setNodeManager(m_manager.get());
    m_page->show();
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);
    QVERIFY(!node->engineInfo().capabilities.networks);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_page->placeholder()->text().contains(QStringLiteral("has networks")),
        qPrintable(m_page->placeholder()->text()), 10000);
    QVERIFY(m_page->placeholder()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->actions()->action(NetworkActions::Act::Create)->isEnabled());
    QVERIFY(!m_page->actions()->action(NetworkActions::Act::Prune)->isEnabled());

    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->actions()->action(NetworkActions::Act::Create)->isEnabled(),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->placeholder()->text().contains(QStringLiteral("has networks")) ||
            !m_page->placeholder()->isVisibleTo(m_page.get()),
        30000);
}

QTEST_MAIN(TestNetworksPage)
#include "tst_networkspage.moc"
