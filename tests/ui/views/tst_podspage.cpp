#include "ui/views/podspage.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/createpoddialog.h"
#include "ui/dialogs/kubeyamldialog.h"
#include "ui/dialogs/playkubedialog.h"
#include "ui/models/podfilterproxy.h"
#include "ui/models/podtreemodel.h"
#include "ui/views/containeractions.h"
#include "ui/views/containerspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/podstatsview.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

// The Pods page over the harness's Podman (and Docker, which has no pods): the section is absent
// until a node's engine has pods; a pod created with the dialog (checked as typed) appears
// selected with its shared namespaces and its containers beneath; actions change its state;
// stats and details beside the tree; remove asks naming the pod and its containers; kube YAML
// generated, saved, the pod removed, and the file played back, the new pod selected.
class TestPodsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void absentWithoutANodeWithPods();
    void keepsItsSettings();
    void createDialogChecksAsTyped();
    void createdPodIsShownWithItsContainersAndActedOn();
    void removeAsksNamingThePodAndItsContainers();
    void kubeYamlGeneratedSavedAndPlayedBack();
    void kubeYamlOfContainersFromTheContainersPage();

private:
    bool startNodes();
    // Creates a pod through the page's dialog, with one container started in it.
    QString createPod(const QString &name, const QString &container);
    QModelIndex podRow(const QString &name) const;
    static void removePod(const QString &name);

    QTemporaryDir m_config;
    QTranslator m_english;
    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<PodsPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
    QString m_podman;
    QStringList m_pods;
};

void TestPodsPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_podspage"));
    qRegisterMetaType<PodInfo>();
    qRegisterMetaType<ContainerSummary>();
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestPodsPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<PodsPage>(m_notifications.get());
    m_manager = std::make_unique<NodeManager>();
}

void TestPodsPage::cleanup()
{
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
    for (const QString &name : std::as_const(m_pods))
        removePod(name);
    m_pods.clear();
}

void TestPodsPage::removePod(const QString &name)
{
    TestEngines::podman(TestEngines::podmanSocket(),
                        {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"),
                         QStringLiteral("-t"), QStringLiteral("0"), name});
}

bool TestPodsPage::startNodes()
{
    if (!TestEngines::addDockerAndPodmanNodes(*m_manager))
        return false;
    for (NodeService *node : m_manager->nodes()) {
        if (node->engineInfo().capabilities.pods)
            m_podman = node->id();
    }
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1100, 600);
    m_page->show();
    return !m_podman.isEmpty() && QTest::qWaitForWindowExposed(m_page.get());
}

QModelIndex TestPodsPage::podRow(const QString &name) const
{
    const QAbstractItemModel *proxy = m_page->proxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex i = proxy->index(r, 0);
        if (i.data(PodTreeModel::PodNameRole).toString() == name)
            return i;
    }
    return {};
}

QString TestPodsPage::createPod(const QString &name, const QString &container)
{
    m_pods << name;
    m_page->action(PodsPage::Act::Create)->trigger();
    CreatePodDialog *dialog = m_page->createDialog();
    if (!dialog)
        return {};
    dialog->setNode(m_podman);
    dialog->nameField()->setText(name);
    dialog->labelsField()->setPlainText(QStringLiteral("gontainer.test=podspage"));
    if (!dialog->createButton()->isEnabled())
        return {};
    dialog->createButton()->click();
    if (!QTest::qWaitFor([&] { return podRow(name).isValid(); }, 30000))
        return {};
    const QString podId = podRow(name).data(PodTreeModel::PodIdRole).toString();
    const auto run =
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--pod"),
                             name, QStringLiteral("--name"), container, TestEngines::podmanImage(),
                             QStringLiteral("/bin/sleep"), QStringLiteral("600")});
    if (run.exitCode != 0) {
        qWarning("run: %s", qPrintable(run.output));
        return {};
    }
    return podId;
}

void TestPodsPage::absentWithoutANodeWithPods()
{
    REQUIRE_ENGINES();
    MainWindow window;
    PodsPage *pods = nullptr;
    int row = -1;
    for (int i = 0; i < window.pages().size(); ++i) {
        if (auto *p = dynamic_cast<PodsPage *>(window.pages().at(i))) {
            pods = p;
            row = i;
        }
    }
    QVERIFY(pods);
    QCOMPARE(pods->title(), QStringLiteral("Pods"));
    auto *sections = window.findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY(sections);
    QListWidgetItem *item = sections->item(row);
    QVERIFY(item);
    // No nodes: no pods, no section.
    QVERIFY(!pods->available());
    QVERIFY(item->isHidden());

    // Docker alone: its capabilities say no pods.
    NodeManager manager;
    manager.setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()), QStringLiteral("test"));
    window.setNodeManager(&manager);
    QTRY_VERIFY_WITH_TIMEOUT(manager.nodes().first()->state() == NodeService::State::Online, 30000);
    QVERIFY(!manager.nodes().first()->engineInfo().capabilities.pods);
    QVERIFY(!pods->available());
    QVERIFY(item->isHidden());
    QVERIFY(!pods->action(PodsPage::Act::Create)->isEnabled());
    QVERIFY(!pods->action(PodsPage::Act::PlayKube)->isEnabled());

    // Podman comes: the section is there, and its actions while it is shown.
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    QVERIFY(manager.addNode(podman).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(pods->available(), 30000);
    QVERIFY(!item->isHidden());
    window.showPage(pods);
    QVERIFY(pods->isVisibleTo(&window));
    QVERIFY(pods->action(PodsPage::Act::Create)->isEnabled());
    QVERIFY(pods->menus().first()->menuAction()->isVisible());
    QVERIFY(pods->shortcutActions().contains(pods->action(PodsPage::Act::GenerateKube)));
    // The filter offers only nodes with pods.
    QCOMPARE(pods->nodeFilterBox()->count(), 2); // all nodes, podman

    // Podman gone: the section goes, and the window shows another.
    manager.removeNode(manager.node(QStringLiteral("podman"))->id());
    QTRY_VERIFY(!pods->available());
    QVERIFY(item->isHidden());
    QVERIFY(!pods->isVisibleTo(&window));
    window.setNodeManager(nullptr);
}

void TestPodsPage::keepsItsSettings()
{
    m_page->restoreSettings();
    QCOMPARE(m_page->proxy()->sortColumn(), int(PodTreeModel::Name));
    m_page->view()->sortByColumn(PodTreeModel::Created, Qt::DescendingOrder);
    m_page->view()->header()->resizeSection(PodTreeModel::Node, 321);
    m_page->saveSettings();

    PodsPage again(m_notifications.get());
    again.restoreSettings();
    QCOMPARE(again.proxy()->sortColumn(), int(PodTreeModel::Created));
    QCOMPARE(again.proxy()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(again.view()->header()->sectionSize(PodTreeModel::Node), 321);
}

void TestPodsPage::createDialogChecksAsTyped()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString taken = TestEngines::uniqueName(QStringLiteral("pagetaken"));
    m_pods << taken;
    const auto made = TestEngines::podman(
        TestEngines::podmanSocket(),
        {QStringLiteral("pod"), QStringLiteral("create"), QStringLiteral("--name"), taken});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    QTRY_VERIFY_WITH_TIMEOUT(podRow(taken).isValid(), 30000);

    CreatePodDialog dialog(m_manager.get(), m_podman);
    // Only nodes with pods are offered.
    QCOMPARE(dialog.nodeBox()->count(), 1);
    QCOMPARE(dialog.nodeId(), m_podman);
    QVERIFY(dialog.createButton()->isEnabled()); // an empty name: the engine makes one up
    dialog.nameField()->setText(QStringLiteral("bad name!"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("bad name!")));
    dialog.nameField()->setText(taken);
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("choose another")));
    dialog.nameField()->setText(QStringLiteral("fine-name"));
    QVERIFY(dialog.createButton()->isEnabled());
    dialog.portsField()->setText(QStringLiteral("8080:80, nonsense"));
    QVERIFY(!dialog.createButton()->isEnabled());
    dialog.portsField()->setText(QStringLiteral("8080:80, 127.0.0.1:5353:53/udp"));
    QVERIFY(dialog.createButton()->isEnabled());
    auto spec = dialog.spec();
    QVERIFY(spec);
    QCOMPARE(spec->ports.size(), 2);
    QCOMPARE(spec->ports.at(1).protocol, QStringLiteral("udp"));
    // Ports need the network shared.
    dialog.shareBox(QStringLiteral("net"))->setChecked(false);
    QVERIFY(!dialog.createButton()->isEnabled());
    dialog.portsField()->clear();
    QVERIFY(dialog.createButton()->isEnabled());
    dialog.labelsField()->setPlainText(QStringLiteral("a=b\nnot a label"));
    QVERIFY(!dialog.createButton()->isEnabled());
    dialog.labelsField()->setPlainText(QStringLiteral("a=b\n\nc = d"));
    QVERIFY(dialog.createButton()->isEnabled());
    spec = dialog.spec();
    QVERIFY(spec);
    QCOMPARE(spec->labels.value(QStringLiteral("c")), QStringLiteral("d"));
    QCOMPARE(spec->share, (QStringList{QStringLiteral("ipc"), QStringLiteral("uts")}));
    // Nothing shared: no infra container.
    for (const QString &ns : PodOperations::shareableNamespaces())
        dialog.shareBox(ns)->setChecked(false);
    spec = dialog.spec();
    QVERIFY(spec);
    QVERIFY(!spec->infra);
}

void TestPodsPage::createdPodIsShownWithItsContainersAndActedOn()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    QAbstractItemModelTester modelTester(m_page->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString name = TestEngines::uniqueName(QStringLiteral("pagepod"));
    const QString container = TestEngines::uniqueName(QStringLiteral("pagepod-c"));
    const QString podId = createPod(name, container);
    QVERIFY(!podId.isEmpty());
    // Selected once it came, with its shared namespaces from its inspect.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->selectedPods().isEmpty(), 30000);
    QCOMPARE(m_page->selectedPods().first().podId, podId);
    const QModelIndex row = podRow(name);
    QTRY_COMPARE_WITH_TIMEOUT(row.siblingAtColumn(PodTreeModel::Shared).data().toString(),
                              QStringLiteral("ipc, net, uts"), 30000);
    QCOMPARE(m_page->model()
                 ->podAt(m_page->model()->rowOf(m_podman, podId))
                 .labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("podspage"));
    // Its container beneath it, and the pod running.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->proxy()->rowCount(podRow(name)) == 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(podRow(name).data(PodTreeModel::StateRole).toString(),
                              QStringLiteral("Running"), 30000);
    QCOMPARE(m_page->selectedPods().first().containers, QStringList{container});

    // Actions as the state allows.
    QTRY_VERIFY(m_page->action(PodsPage::Act::Stop)->isEnabled());
    QVERIFY(!m_page->action(PodsPage::Act::Unpause)->isEnabled());
    m_page->action(PodsPage::Act::Pause)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(podRow(name).data(PodTreeModel::StateRole).toString(),
                              QStringLiteral("Paused"), 30000);
    QTRY_VERIFY(m_page->action(PodsPage::Act::Unpause)->isEnabled());
    m_page->action(PodsPage::Act::Unpause)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(podRow(name).data(PodTreeModel::StateRole).toString(),
                              QStringLiteral("Running"), 30000);

    // Stats: a table asked again and again while shown.
    m_page->view()->setCurrentIndex(podRow(name));
    m_page->action(PodsPage::Act::Stats)->trigger();
    QVERIFY(m_page->sidePanel()->isVisible());
    QCOMPARE(m_page->sidePanel()->currentWidget(), m_page->statsView());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statsView()->samples() >= 2, 30000);
    QTableWidget *table = m_page->statsView()->table();
    bool found = false;
    for (int r = 0; r < table->rowCount(); ++r)
        found = found || table->item(r, 0)->text() == container;
    QVERIFY(found);
    // Details: the pod's inspect JSON.
    m_page->action(PodsPage::Act::Details)->trigger();
    QCOMPARE(m_page->sidePanel()->currentWidget(), m_page->detailsView());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detailsView()->text().contains(podId), 30000);
    QVERIFY(m_page->detailsView()->text().contains(QLatin1String("SharedNamespaces")));
    m_page->hideSide();
    const int samples = m_page->statsView()->samples();
    QCOMPARE(samples, 0); // no pod: nothing asked while hidden

    m_page->action(PodsPage::Act::Stop)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        podRow(name).data(PodTreeModel::StateRole).toString() != QLatin1String("Running"), 60000);
    QTRY_VERIFY(m_page->action(PodsPage::Act::Start)->isEnabled());
    QVERIFY(!m_page->action(PodsPage::Act::Pause)->isEnabled());

    // The search finds the pod by its container's name, and the node filter keeps it.
    m_page->searchField()->setText(container);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    m_page->setNodeFilter(m_podman);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    m_page->searchField()->clear();
}

void TestPodsPage::removeAsksNamingThePodAndItsContainers()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString name = TestEngines::uniqueName(QStringLiteral("pagerm"));
    const QString container = TestEngines::uniqueName(QStringLiteral("pagerm-c"));
    const QString podId = createPod(name, container);
    QVERIFY(!podId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->proxy()->rowCount(podRow(name)) == 2, 30000);
    m_page->selectPods(m_podman, {podId});
    QCOMPARE(m_page->selectedPods().size(), 1);
    const QString question = PodsPage::removeQuestion(m_page->selectedPods());
    QVERIFY2(question.contains(name) && question.contains(container), qPrintable(question));

    // Not confirmed: nothing goes.
    m_page->setRemoveAnswerForTest(false);
    m_page->action(PodsPage::Act::Remove)->trigger();
    QTest::qWait(0);
    QVERIFY(TestEngines::podman(TestEngines::podmanSocket(),
                                {QStringLiteral("pod"), QStringLiteral("exists"), name})
                .exitCode == 0);
    // Confirmed: the pod and its running container go.
    m_page->setRemoveAnswerForTest(true);
    m_page->action(PodsPage::Act::Remove)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!podRow(name).isValid(), 60000);
    QVERIFY(TestEngines::podman(TestEngines::podmanSocket(),
                                {QStringLiteral("container"), QStringLiteral("exists"), container})
                .exitCode != 0);
}

void TestPodsPage::kubeYamlGeneratedSavedAndPlayedBack()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString name = TestEngines::uniqueName(QStringLiteral("pagekube"));
    const QString container = TestEngines::uniqueName(QStringLiteral("pagekube-c"));
    const QString podId = createPod(name, container);
    QVERIFY(!podId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->proxy()->rowCount(podRow(name)) == 2, 30000);
    // A container's row stands for its pod.
    m_page->view()->expand(podRow(name));
    const QModelIndex child = m_page->proxy()->index(0, 0, podRow(name));
    m_page->view()->selectionModel()->select(child, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedPods().size(), 1);
    QCOMPARE(m_page->selectedPods().first().podId, podId);
    QVERIFY(m_page->action(PodsPage::Act::GenerateKube)->isEnabled());
    m_page->action(PodsPage::Act::GenerateKube)->trigger();
    KubeYamlDialog *kube = m_page->kubeDialog();
    QVERIFY(kube);
    QTRY_VERIFY_WITH_TIMEOUT(!kube->yaml().isEmpty(), 30000);
    QVERIFY(kube->editor()->isReadOnly());
    QCOMPARE(kube->editor()->syntaxName(), QStringLiteral("YAML"));
    QVERIFY(kube->yaml().contains(QLatin1String("name: ") + name));
    QVERIFY(kube->saveButton()->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pod.yaml"));
    QVERIFY(kube->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), kube->yaml());
    kube->close();

    removePod(name);
    QTRY_VERIFY_WITH_TIMEOUT(!podRow(name).isValid(), 30000);

    m_page->action(PodsPage::Act::PlayKube)->trigger();
    PlayKubeDialog *play = m_page->playDialog();
    QVERIFY(play);
    QCOMPARE(play->editor()->syntaxName(), QStringLiteral("YAML"));
    QCOMPARE(play->nodeBox()->count(), 1); // Docker cannot play kube YAML
    QVERIFY(!play->playButton()->isEnabled());
    QVERIFY(!play->openFile(dir.filePath(QStringLiteral("absent.yaml"))));
    QVERIFY(play->openFile(path));
    QVERIFY(play->playButton()->isEnabled());
    play->playButton()->click();
    // The played pod is selected once its node announces it, and its containers reported.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->selectedPods().isEmpty() && m_page->selectedPods().first().name == name, 60000);
    QVERIFY(m_page->selectedPods().first().podId != podId);
    bool reported = false;
    for (NoticeBar *notice : m_notifications->notices())
        reported = reported || notice->text().contains(name + QLatin1Char('-')) ||
                   notice->text().contains(container);
    QVERIFY2(reported, "the played containers were not reported");
}

void TestPodsPage::kubeYamlOfContainersFromTheContainersPage()
{
    REQUIRE_ENGINES();
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager));
    const QString alone = TestEngines::uniqueName(QStringLiteral("kubealone"));
    const auto made = TestEngines::podman(TestEngines::podmanSocket(),
                                          {QStringLiteral("create"), QStringLiteral("--name"),
                                           alone, TestEngines::podmanImage(),
                                           QStringLiteral("/bin/sleep"), QStringLiteral("600")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto cleanupContainer = qScopeGuard([&] {
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), alone});
    });
    const QString id = made.output.trimmed().split(QLatin1Char('\n')).last();
    const auto dockerMade = TestEngines::runDetached(
        TestEngines::dockerSocket(), TestEngines::uniqueName(QStringLiteral("kubedocker")),
        {QStringLiteral("sleep"), QStringLiteral("600")});
    QVERIFY2(dockerMade.exitCode == 0, qPrintable(dockerMade.output));
    auto cleanupDocker = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), dockerMade.output});
    });
    NodeService *podman = nullptr;
    NodeService *docker = nullptr;
    for (NodeService *node : m_manager->nodes())
        (node->engineInfo().capabilities.kube ? podman : docker) = node;
    QVERIFY(podman && docker);

    ContainersPage containers(m_notifications.get());
    containers.setNodeManager(m_manager.get());
    containers.resize(1000, 600);
    containers.show();
    QVERIFY(QTest::qWaitForWindowExposed(&containers));
    QAction *kube = containers.actions()->action(ContainerActions::Open::KubeYaml);
    QVERIFY(containers.shortcutActions().contains(kube));
    // Docker writes no kube YAML: not offered for its containers.
    QTRY_VERIFY_WITH_TIMEOUT(containers.selectContainer(docker->id(), dockerMade.output), 30000);
    QTRY_VERIFY(!containers.selectedContainers().isEmpty());
    QVERIFY(!kube->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(containers.selectContainer(podman->id(), id), 30000);
    QTRY_VERIFY(kube->isEnabled());
    kube->trigger();
    // Opened over the page's window (the page itself here).
    auto *dialog = containers.findChild<KubeYamlDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->yaml().isEmpty(), 30000);
    QVERIFY2(dialog->yaml().contains(QLatin1String("kind: Pod")), qPrintable(dialog->yaml()));
    QVERIFY2(dialog->yaml().contains(QLatin1String("/bin/sleep")), qPrintable(dialog->yaml()));
    dialog->close();
}

QTEST_MAIN(TestPodsPage)
#include "tst_podspage.moc"
