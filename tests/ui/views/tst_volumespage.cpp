#include "ui/views/volumespage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/createvolumedialog.h"
#include "ui/models/volumefilterproxy.h"
#include "ui/models/volumetablemodel.h"
#include "ui/views/mainwindow.h"
#include "ui/views/volumedetailsview.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The Volumes page over the harness's Docker and Podman: rows of both nodes with sizes and use
// counts from the disk usage, create through the dialog (checked as typed), remove with a
// confirmation, the in-use refusal naming the containers and offering force, prune with the
// space freed, the search and filters, the details with the volume's JSON, and the page's place
// among the window's sections.
class TestVolumesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isASectionOfTheWindow();
    void createThroughTheDialog();
    void removeAsksFirst();
    void removeOfAVolumeInUseNamesItsUsersAndOffersForce();
    void searchAndFilters();
    void detailsShowTheJsonAndTheUsers();
    void pruneSaysWhatWillGoAndWhatItFreed();
    void usageIsAskedOnlyWhileShown();
    void onlyContainerdNodes();

private:
    bool startNodes();
    QString socketOf(const QString &nodeId) const;
    // A volume made with the engine's CLI, removed after the test; empty on failure.
    QString makeVolume(const QString &nodeId, const QString &prefix);
    QString makeUser(const QString &nodeId, const QString &volume, bool running);
    bool volumeExists(const QString &nodeId, const QString &name) const;
    int proxyRowOf(const QString &nodeId, const QString &name) const;
    // Makes the volume the current and only selected row.
    bool select(const QString &nodeId, const QString &name);
    bool usageKnown(const QString &nodeId, const QString &name) const;
    QString lastNotice() const;

    QTemporaryDir m_config;
    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<VolumesPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
    QString m_docker;
    QString m_podman;
    QList<std::function<void()>> m_cleanups;
};

void TestVolumesPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_volumespage"));
    qRegisterMetaType<VolumeInfo>();
    qRegisterMetaType<ContainerSummary>();
}

void TestVolumesPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<VolumesPage>(m_notifications.get());
    m_manager = std::make_unique<NodeManager>();
}

void TestVolumesPage::cleanup()
{
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
    for (const auto &f : std::as_const(m_cleanups))
        f();
    m_cleanups.clear();
}

bool TestVolumesPage::startNodes()
{
    if (!TestEngines::addDockerAndPodmanNodes(*m_manager))
        return false;
    m_docker = QString::fromLatin1(NodeManager::LocalId);
    m_podman = m_manager->nodes().at(1)->id();
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1100, 600);
    m_page->show();
    m_page->activateWindow();
    return QTest::qWaitForWindowActive(m_page.get());
}

QString TestVolumesPage::socketOf(const QString &nodeId) const
{
    return nodeId == m_podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
}

QString TestVolumesPage::makeVolume(const QString &nodeId, const QString &prefix)
{
    const QString name = TestEngines::uniqueName(prefix);
    const QString socket = socketOf(nodeId);
    if (TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"), name})
            .exitCode != 0)
        return {};
    m_cleanups << [socket, name] {
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"), name});
    };
    return name;
}

QString TestVolumesPage::makeUser(const QString &nodeId, const QString &volume, bool running)
{
    const QString name = TestEngines::uniqueName(QStringLiteral("vol-page-user"));
    const QString socket = socketOf(nodeId);
    QStringList args{running ? QStringLiteral("run") : QStringLiteral("create")};
    if (running)
        args << QStringLiteral("-d");
    args << QStringLiteral("--name") << name << QStringLiteral("--network")
         << QStringLiteral("none") << QStringLiteral("-v") << volume + QStringLiteral(":/data")
         << TestEngines::image();
    if (running)
        args << QStringLiteral("sleep") << QStringLiteral("600");
    if (TestEngines::docker(socket, args).exitCode != 0)
        return {};
    // Before the volume's own clean-up, which it would block.
    m_cleanups.prepend([socket, name] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    return name;
}

bool TestVolumesPage::volumeExists(const QString &nodeId, const QString &name) const
{
    return TestEngines::docker(socketOf(nodeId),
                               {QStringLiteral("volume"), QStringLiteral("inspect"), name})
               .exitCode == 0;
}

int TestVolumesPage::proxyRowOf(const QString &nodeId, const QString &name) const
{
    const int row = m_page->model()->rowOf(nodeId, name);
    if (row < 0)
        return -1;
    return m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).row();
}

bool TestVolumesPage::select(const QString &nodeId, const QString &name)
{
    m_page->selectVolume(nodeId, name);
    const QList<VolumesPage::VolumeRef> selected = m_page->selectedVolumes();
    return selected.size() == 1 && selected.first() == VolumesPage::VolumeRef{nodeId, name};
}

bool TestVolumesPage::usageKnown(const QString &nodeId, const QString &name) const
{
    const int row = m_page->model()->rowOf(nodeId, name);
    return row >= 0 && m_page->model()->usageAt(row).refCount >= 0;
}

QString TestVolumesPage::lastNotice() const
{
    const QList<NoticeBar *> notices = m_notifications->notices();
    return notices.isEmpty() ? QString() : notices.first()->text();
}

void TestVolumesPage::isASectionOfTheWindow()
{
    MainWindow window;
    VolumesPage *volumes = nullptr;
    for (Page *page : window.pages()) {
        if (auto *p = dynamic_cast<VolumesPage *>(page))
            volumes = p;
    }
    QVERIFY(volumes);
    QCOMPARE(volumes->title(), QStringLiteral("Volumes"));
    window.showPage(volumes);
    QVERIFY(volumes->isVisibleTo(&window));
    QCOMPARE(volumes->menus().size(), 1);
    for (const auto act : {VolumesPage::Act::Create, VolumesPage::Act::Remove,
                           VolumesPage::Act::Prune, VolumesPage::Act::Details})
        QVERIFY(volumes->shortcutActions().contains(volumes->action(act)));
    QCOMPARE(volumes->action(VolumesPage::Act::Create)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(volumes->action(VolumesPage::Act::Remove)->shortcut(),
             QKeySequence(QKeySequence::Delete));
    // Nothing to create on, nothing to remove, without a node.
    QVERIFY(!volumes->action(VolumesPage::Act::Create)->isEnabled());
    QVERIFY(!volumes->action(VolumesPage::Act::Remove)->isEnabled());
}

void TestVolumesPage::createThroughTheDialog()
{
    REQUIRE_ENGINES();
    QAbstractItemModelTester modelTester(m_page->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(startNodes());
    QTRY_VERIFY(m_page->action(VolumesPage::Act::Create)->isEnabled());
    // Ctrl+N opens the dialog, on the node the page looks at.
    m_page->setNodeFilter(m_podman);
    QTest::keySequence(m_page.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(m_page->createDialog());
    CreateVolumeDialog *dialog = m_page->createDialog();
    QCOMPARE(dialog->nodeId(), m_podman);
    QCOMPARE(dialog->nodeBox()->count(), 2);

    // Checked as typed: nothing can be sent until it is right.
    QTest::keyClicks(dialog->nameField(), QStringLiteral("-bad"));
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->isVisibleTo(dialog));
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("-bad")));
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("ok/no"));
    QVERIFY(!dialog->createButton()->isEnabled());
    const QString name = TestEngines::uniqueName(QStringLiteral("vol-dialog"));
    m_cleanups << [name] {
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("volume"), QStringLiteral("rm"), name});
    };
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), name);
    QVERIFY(dialog->createButton()->isEnabled());
    dialog->labelsEdit()->setPlainText(QStringLiteral("no value here"));
    QVERIFY(!dialog->createButton()->isEnabled());
    dialog->labelsEdit()->setPlainText(
        QStringLiteral("gontainer.test=page\nteam = storage\nteam=again"));
    QVERIFY2(!dialog->createButton()->isEnabled(), "a label given twice");
    dialog->labelsEdit()->setPlainText(QStringLiteral("gontainer.test=page\nteam = storage"));
    dialog->optionsEdit()->setPlainText(QStringLiteral("=x"));
    QVERIFY(!dialog->createButton()->isEnabled());
    dialog->optionsEdit()->clear();
    QVERIFY(dialog->createButton()->isEnabled());
    QCOMPARE(dialog->spec().labels.value(QStringLiteral("team")), QStringLiteral("storage"));

    QSignalSpy created(dialog, &CreateVolumeDialog::created);
    dialog->createButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 30000);
    QCOMPARE(created.first().at(0).toString(), m_podman);
    QCOMPARE(created.first().at(1).toString(), name);
    QTRY_VERIFY(!m_page->createDialog());
    QVERIFY(volumeExists(m_podman, name));
    // The new volume is the selection once its node announces it.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(m_podman, name) >= 0, 30000);
    const auto selectedIsNew = [&] {
        const QList<VolumesPage::VolumeRef> selected = m_page->selectedVolumes();
        return selected.size() == 1 && selected.first().nodeId == m_podman &&
               selected.first().name == name;
    };
    QTRY_VERIFY(selectedIsNew());
    const int row = m_page->model()->rowOf(m_podman, name);
    QCOMPARE(m_page->model()->volumeAt(row).labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("page"));
    QVERIFY(lastNotice().contains(name));

    // The same name again on that node: refused as typed.
    m_page->openCreateDialog();
    QTRY_VERIFY(m_page->createDialog());
    dialog = m_page->createDialog();
    dialog->setNode(m_podman);
    QTest::keyClicks(dialog->nameField(), name);
    QVERIFY(!dialog->createButton()->isEnabled());
    // On the other node it is free.
    dialog->setNode(m_docker);
    QVERIFY(dialog->createButton()->isEnabled());
    dialog->reject();
}

void TestVolumesPage::removeAsksFirst()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString name = makeVolume(m_docker, QStringLiteral("vol-page-rm"));
    QVERIFY(!name.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(m_docker, name) >= 0, 30000);
    QVERIFY(select(m_docker, name));
    QVERIFY(m_page->action(VolumesPage::Act::Remove)->isEnabled());

    // Not confirmed: nothing goes. The question named the volume and its node.
    m_page->setAnswersForTest({false, false, false});
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(m_page->lastQuestion().contains(name));
    QVERIFY(m_page->lastQuestion().contains(m_manager->node(m_docker)->name()));
    QVERIFY(volumeExists(m_docker, name));

    m_page->setAnswersForTest({true, false, false});
    m_page->removeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(m_docker, name), -1, 30000);
    QVERIFY(!volumeExists(m_docker, name));
    QTRY_VERIFY(lastNotice().contains(name));

    // Asked not to confirm (Preferences): removed though the answer would refuse.
    const QString unasked = makeVolume(m_docker, QStringLiteral("vol-page-rm"));
    QVERIFY(!unasked.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(m_docker, unasked) >= 0, 30000);
    QVERIFY(select(m_docker, unasked));
    m_page->setAnswersForTest({false, false, false});
    AppSettings::setValue(AppSettings::Key::ConfirmRemove, false);
    m_page->removeSelected();
    AppSettings::remove(AppSettings::Key::ConfirmRemove);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(m_docker, unasked), -1, 30000);
    QVERIFY(!volumeExists(m_docker, unasked));
}

void TestVolumesPage::removeOfAVolumeInUseNamesItsUsersAndOffersForce()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    for (const QString &nodeId : {m_docker, m_podman}) {
        const QString name = makeVolume(nodeId, QStringLiteral("vol-page-used"));
        QVERIFY(!name.isEmpty());
        const QString running = makeUser(nodeId, name, true);
        const QString stopped = makeUser(nodeId, name, false);
        QVERIFY(!running.isEmpty() && !stopped.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(nodeId, name) >= 0, 30000);
        QVERIFY(select(nodeId, name));

        // Confirmed, refused by the engine: the question that follows names both users.
        m_page->setAnswersForTest({true, false, false});
        m_page->removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->lastQuestion().contains(running), 30000);
        QVERIFY(m_page->lastQuestion().contains(stopped));
        QTRY_VERIFY(lastNotice().contains(running));
        QVERIFY(volumeExists(nodeId, name));

        // Force: the users go first, then the volume.
        m_page->setAnswersForTest({true, true, false});
        m_page->removeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(nodeId, name), -1, 60000);
        QVERIFY(!volumeExists(nodeId, name));
        for (const QString &c : {running, stopped})
            QVERIFY(TestEngines::docker(socketOf(nodeId),
                                        {QStringLiteral("container"), QStringLiteral("inspect"), c})
                        .exitCode != 0);
    }
}

void TestVolumesPage::searchAndFilters()
{
    REQUIRE_ENGINES();
    QAbstractItemModelTester proxyTester(m_page->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(startNodes());
    const QString prefix = TestEngines::uniqueName(QStringLiteral("vol-filter"));
    const QString used = makeVolume(m_docker, prefix + QStringLiteral("-used"));
    const QString idle = makeVolume(m_docker, prefix + QStringLiteral("-idle"));
    const QString other = makeVolume(m_podman, prefix + QStringLiteral("-idle"));
    QVERIFY(!used.isEmpty() && !idle.isEmpty() && !other.isEmpty());
    QVERIFY(!makeUser(m_docker, used, false).isEmpty());
    // Sizes and use counts come with the disk usage the changes ask for.
    QTRY_VERIFY_WITH_TIMEOUT(usageKnown(m_docker, used) && usageKnown(m_docker, idle) &&
                                 usageKnown(m_podman, other),
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->usageAt(m_page->model()->rowOf(m_docker, used)).refCount, 1, 30000);
    QCOMPARE(m_page->model()->usageAt(m_page->model()->rowOf(m_docker, idle)).refCount, 0);

    QTest::keyClicks(m_page->searchField(), prefix);
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    m_page->useFilterBox()->setCurrentIndex(int(VolumeFilterProxy::UseFilter::InUse));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QVERIFY(proxyRowOf(m_docker, used) >= 0);
    m_page->useFilterBox()->setCurrentIndex(int(VolumeFilterProxy::UseFilter::Unused));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QCOMPARE(proxyRowOf(m_docker, used), -1);
    m_page->setNodeFilter(m_podman);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QVERIFY(proxyRowOf(m_podman, other) >= 0);
    m_page->setNodeFilter(QString());
    m_page->useFilterBox()->setCurrentIndex(int(VolumeFilterProxy::UseFilter::All));
    // Words in any order, each somewhere: the name and the node's mountpoint.
    m_page->searchField()->clear();
    QTest::keyClicks(m_page->searchField(),
                     QStringLiteral("_data ") + prefix + QStringLiteral("-used"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    // Esc in the search clears it.
    m_page->searchField()->setFocus();
    QTest::keyClick(m_page->searchField(), Qt::Key_Escape);
    QVERIFY(m_page->searchField()->text().isEmpty());
    QVERIFY(m_page->proxy()->rowCount() >= 3);
    // Selecting a volume the filters hide shows it.
    m_page->useFilterBox()->setCurrentIndex(int(VolumeFilterProxy::UseFilter::InUse));
    QVERIFY(select(m_docker, idle));
    QCOMPARE(m_page->proxy()->useFilter(), VolumeFilterProxy::UseFilter::All);
    QVERIFY(!m_page->countsLabel()->text().isEmpty());
}

void TestVolumesPage::detailsShowTheJsonAndTheUsers()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString name = makeVolume(m_podman, QStringLiteral("vol-page-details"));
    QVERIFY(!name.isEmpty());
    const QString user = makeUser(m_podman, name, false);
    QVERIFY(!user.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(m_podman, name) >= 0, 30000);
    QVERIFY(select(m_podman, name));
    QVERIFY(!m_page->detailsView()->isVisible());
    // Enter on the table opens the details.
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QTRY_VERIFY(m_page->detailsView()->isVisible());
    VolumeDetailsView *details = m_page->detailsView();
    QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading() && details->volume().name == name, 30000);
    QVERIFY(details->inspect()->text().contains(name));
    QVERIFY(details->inspect()->text().contains(QStringLiteral("Mountpoint")));
    QCOMPARE(details->containers()->topLevelItemCount(), 1);
    QCOMPARE(details->containers()->topLevelItem(0)->text(0), user);

    // A user chosen there asks to be shown.
    QSignalSpy activated(m_page.get(), &VolumesPage::containerActivated);
    Q_EMIT details->containers()->itemActivated(details->containers()->topLevelItem(0), 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), m_podman);
    // Show Containers asks the engine and hands over all of them.
    QSignalSpy all(m_page.get(), &VolumesPage::containersActivated);
    m_page->action(VolumesPage::Act::ShowContainers)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 30000);
    QCOMPARE(all.first().at(1).toStringList(), QStringList{activated.first().at(1).toString()});
}

void TestVolumesPage::pruneSaysWhatWillGoAndWhatItFreed()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    // The harness's engines are this run's own: a prune of every unused volume is safe here.
    const QString full = makeVolume(m_docker, QStringLiteral("vol-page-prune"));
    const QString kept = makeVolume(m_docker, QStringLiteral("vol-page-kept"));
    QVERIFY(!full.isEmpty() && !kept.isEmpty());
    QVERIFY(!makeUser(m_docker, kept, false).isEmpty());
    QCOMPARE(TestEngines::docker(TestEngines::dockerSocket(),
                                 {QStringLiteral("run"), QStringLiteral("--rm"),
                                  QStringLiteral("--network"), QStringLiteral("none"),
                                  QStringLiteral("-v"), full + QStringLiteral(":/data"),
                                  TestEngines::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("head -c 500000 /dev/urandom > /data/blob")})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(
        usageKnown(m_docker, full) &&
            m_page->model()->usageAt(m_page->model()->rowOf(m_docker, full)).size >= 500000 &&
            m_page->model()->usageAt(m_page->model()->rowOf(m_docker, kept)).refCount == 1,
        60000);
    m_page->setNodeFilter(m_docker);

    m_page->setAnswersForTest({false, false, false});
    m_page->prune();
    QVERIFY(m_page->lastQuestion().contains(full));
    QVERIFY(!m_page->lastQuestion().contains(kept));
    QVERIFY(volumeExists(m_docker, full));

    m_page->setAnswersForTest({false, false, true});
    m_page->prune();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(m_docker, full), -1, 60000);
    QVERIFY(!volumeExists(m_docker, full));
    QVERIFY(volumeExists(m_docker, kept));
    // The notice says how much went: at least the bytes written.
    QTRY_VERIFY(lastNotice().contains(m_manager->node(m_docker)->name()) &&
                !lastNotice().contains(QStringLiteral("…")));
    QVERIFY2(lastNotice().contains(QStringLiteral("freed")), qPrintable(lastNotice()));
    QVERIFY2(!lastNotice().contains(QStringLiteral(" 0 bytes")), qPrintable(lastNotice()));
}

void TestVolumesPage::usageIsAskedOnlyWhileShown()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->usageRequests(m_docker) > 0, 30000);
    const QString first = makeVolume(m_docker, QStringLiteral("vol-page-shown"));
    QVERIFY(!first.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(usageKnown(m_docker, first), 30000);

    // Hidden (another page shown): events change the rows but ask no disk usage.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isAskingUsage(), 30000);
    m_page->hide();
    const int asked = m_page->usageRequests(m_docker);
    const QString second = makeVolume(m_docker, QStringLiteral("vol-page-hidden"));
    QVERIFY(!second.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(m_docker, second) >= 0, 30000);
    QCOMPARE(m_page->usageRequests(m_docker), asked);
    QVERIFY(!usageKnown(m_docker, second));
    // Shown again: asked once more, and the new volume is counted.
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(usageKnown(m_docker, second), 30000);
    QVERIFY(m_page->usageRequests(m_docker) > asked);
}

// With only a containerd node (an engine without volumes) the page says there are none to have,
// and New Volume and Prune are off.
void TestVolumesPage::onlyContainerdNodes()
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
    QVERIFY(!node->engineInfo().capabilities.volumes);
    auto *placeholder = m_page->findChild<QLabel *>(QStringLiteral("volumePlaceholder"));
    QVERIFY(placeholder);
    QTRY_VERIFY2_WITH_TIMEOUT(placeholder->text().contains(QStringLiteral("has volumes")),
                              qPrintable(placeholder->text()), 10000);
    QVERIFY(placeholder->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->action(VolumesPage::Act::Create)->isEnabled());
    QVERIFY(!m_page->action(VolumesPage::Act::Prune)->isEnabled());
}

QTEST_MAIN(TestVolumesPage)
#include "tst_volumespage.moc"
