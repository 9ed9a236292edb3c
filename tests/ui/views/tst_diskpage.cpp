#include "ui/views/diskpage.h"

#include "core/services/diskoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/views/disknodepanel.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The Disk page over the harness's Docker and Podman: both nodes' figures as their engines
// report them, Refresh, an offline node greyed, and a prune confirmed (or not) in a dialog
// that names what goes, then the space freed and the figures asked again.
class TestDiskPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isASectionOfTheWindow();
    void showsBothNodesFigures();
    void offlineNodeIsGreyedWithANote();
    void refreshKeyWorksInTheWindow();
    void nodeThatGoesOfflineKeepsItsLastFigures();
    void pruneAsksFirstAndSaysWhatWasFreed_data();
    void pruneAsksFirstAndSaysWhatWasFreed();
    void pruneEverythingNamesEachKindAndCanBeDeclined();
    void pruneEverythingAcceptedOnAnEngineOfItsOwn();

private:
    bool startNodes();
    bool figuresIn();
    static QPushButton *destructiveButton(QMessageBox *box);

    QTemporaryDir m_config;
    QTranslator m_english;
    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<DiskPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
};

void TestDiskPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_diskpage"));
    qRegisterMetaType<EngineError>();
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestDiskPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<DiskPage>(m_notifications.get());
    m_manager = std::make_unique<NodeManager>();
}

void TestDiskPage::cleanup()
{
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
}

bool TestDiskPage::startNodes()
{
    if (!TestEngines::addDockerAndPodmanNodes(*m_manager))
        return false;
    m_page->setNodeManager(m_manager.get());
    m_page->resize(900, 700);
    m_page->show();
    return QTest::qWaitForWindowExposed(m_page.get());
}

bool TestDiskPage::figuresIn()
{
    return QTest::qWaitFor(
        [this] {
            const QList<DiskNodePanel *> panels = m_page->panels();
            return panels.size() == 2 &&
                   std::all_of(panels.cbegin(), panels.cend(),
                               [](DiskNodePanel *p) { return p->hasUsage() && !p->isBusy(); });
        },
        120000);
}

QPushButton *TestDiskPage::destructiveButton(QMessageBox *box)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *b : buttons) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

void TestDiskPage::isASectionOfTheWindow()
{
    MainWindow window;
    const QList<Page *> pages = window.pages();
    int disk = -1;
    int images = -1;
    int nodes = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (qobject_cast<DiskPage *>(pages.at(i)->widget()))
            disk = i;
        if (pages.at(i)->title() == QStringLiteral("Images"))
            images = i;
        if (pages.at(i)->title() == QStringLiteral("Nodes"))
            nodes = i;
    }
    QVERIFY(disk >= 0);
    QCOMPARE(pages.at(disk)->title(), QStringLiteral("Disk"));
    // After the resource pages, before Nodes.
    QVERIFY(disk > images);
    QCOMPARE(nodes, disk + 1);
    QCOMPARE(pages.at(disk)->shortcutActions().first()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_R));
}

void TestDiskPage::showsBothNodesFigures()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    // Asked because the page is shown.
    QVERIFY(figuresIn());
    const QLocale locale;
    for (DiskNodePanel *panel : m_page->panels()) {
        const DiskUsage u = panel->usage();
        QVERIFY2(u.images.count >= 1, qPrintable(panel->title())); // the test image at least
        const QList<QPair<DiskOperations::Kind, DiskUsage::Part>> parts{
            {DiskOperations::Kind::Images, u.images},
            {DiskOperations::Kind::Containers, u.containers},
            {DiskOperations::Kind::Volumes, u.volumes},
            {DiskOperations::Kind::BuildCache, u.buildCache}};
        for (const auto &[kind, part] : parts) {
            QCOMPARE(panel->figure(kind, DiskNodePanel::Count)->text(),
                     locale.toString(part.count));
            QCOMPARE(panel->figure(kind, DiskNodePanel::Active)->text(),
                     locale.toString(part.active));
            QCOMPARE(panel->figure(kind, DiskNodePanel::Size)->text(),
                     locale.formattedDataSize(part.size, 1, QLocale::DataSizeSIFormat));
            QVERIFY(panel->figure(kind, DiskNodePanel::Reclaimable)
                        ->text()
                        .startsWith(locale.formattedDataSize(part.reclaimable, 1,
                                                             QLocale::DataSizeSIFormat)));
        }
        // Build cache is pruned only where the engine keeps one (Docker).
        const bool buildCache = panel->node()->engineInfo().capabilities.buildCache;
        QCOMPARE(panel->pruneButton(DiskOperations::Kind::BuildCache)->isVisibleTo(panel),
                 buildCache);
        QVERIFY(panel->pruneEverythingButton()->isEnabled());
        QVERIFY(panel->statusLabel()->text().contains(
            locale.toString(panel->usageTime().time(), QLocale::ShortFormat)));
    }

    // Refresh asks both again, with a busy bar meanwhile.
    DiskNodePanel *first = m_page->panels().first();
    QSignalSpy asked(first, &DiskNodePanel::usageChanged);
    QVERIFY(m_page->refreshAction()->isEnabled());
    m_page->refreshAction()->trigger();
    QVERIFY(first->isBusy());
    QVERIFY(first->busyBar()->isVisibleTo(first));
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 120000);
    QVERIFY(!first->busyBar()->isVisibleTo(first));

    // Hidden, the page asks nothing and its Refresh rests.
    m_page->hide();
    QVERIFY(!m_page->refreshAction()->isEnabled());
}

void TestDiskPage::offlineNodeIsGreyedWithANote()
{
    REQUIRE_ENGINES();
    NodeConfig gone;
    gone.name = QStringLiteral("gone");
    gone.url = QStringLiteral("unix://") + TestEngines::dir() + QStringLiteral("/no-engine.sock");
    QVERIFY(m_manager->addNode(gone).isEmpty());
    m_page->setNodeManager(m_manager.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    NodeService *node = m_manager->nodes().constLast();
    DiskNodePanel *panel = m_page->panel(node->id());
    QVERIFY(panel);
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Offline, 30000);
    QTRY_COMPARE(panel->statusLabel()->text(), QStringLiteral("Offline: no figures yet."));
    QVERIFY(!panel->hasUsage());
    QVERIFY(!panel->isBusy());
    QVERIFY(!panel->pruneEverythingButton()->isEnabled());
    QVERIFY(!panel->figure(DiskOperations::Kind::Images, DiskNodePanel::Count)->isEnabled());
    QVERIFY(!panel->pruneButton(DiskOperations::Kind::Images)->isEnabled());
    // Refresh leaves it be.
    m_page->refreshAction()->trigger();
    QVERIFY(!panel->isBusy());
}

void TestDiskPage::refreshKeyWorksInTheWindow()
{
    REQUIRE_ENGINES();
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager));
    MainWindow window;
    window.setNodeManager(m_manager.get());
    DiskPage *disk = nullptr;
    for (Page *page : window.pages()) {
        if (auto *p = qobject_cast<DiskPage *>(page->widget()))
            disk = p;
    }
    QVERIFY(disk);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!disk->refreshAction()->isEnabled()); // another page is shown
    window.showPage(disk);
    QVERIFY(disk->refreshAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(disk->panels().size() == 2 && disk->panels().first()->hasUsage() &&
                                 !disk->panels().first()->isBusy(),
                             120000);
    DiskNodePanel *panel = disk->panels().first();
    QSignalSpy asked(panel, &DiskNodePanel::usageChanged);
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 120000);
}

void TestDiskPage::nodeThatGoesOfflineKeepsItsLastFigures()
{
    REQUIRE_ENGINES();
    // A Podman service of the test's own (over the harness's storage), stopped once its
    // figures are in.
    const QString socket =
        TestEngines::dir() +
        QStringLiteral("/disk-page-%1.sock").arg(QCoreApplication::applicationPid());
    QProcess *service = TestEngines::startPodmanService(socket);
    QVERIFY(service);
    auto stop = qScopeGuard([&] { TestEngines::stopPodmanService(service); });
    NodeConfig config;
    config.name = QStringLiteral("leaving");
    config.url = QStringLiteral("unix://") + socket;
    QVERIFY(m_manager->addNode(config).isEmpty());
    NodeService *node = m_manager->nodes().constLast();
    m_page->setNodeManager(m_manager.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    DiskNodePanel *panel = m_page->panel(node->id());
    QVERIFY(panel);
    // Asked when the node comes online while the page is shown.
    QTRY_VERIFY_WITH_TIMEOUT(panel->hasUsage() && !panel->isBusy(), 120000);
    QLabel *count = panel->figure(DiskOperations::Kind::Images, DiskNodePanel::Count);
    const QString figure = count->text();
    QCOMPARE(figure, QLocale().toString(panel->usage().images.count));
    QVERIFY(count->isEnabled());

    stop.dismiss();
    TestEngines::stopPodmanService(service);
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Offline, 120000);
    QTRY_VERIFY(panel->statusLabel()->text().startsWith(QStringLiteral("Offline")));
    QVERIFY2(panel->statusLabel()->text().contains(
                 QLocale().toString(panel->usageTime().time(), QLocale::ShortFormat)),
             qPrintable(panel->statusLabel()->text()));
    // The last figures stay, greyed; nothing can be pruned.
    QCOMPARE(count->text(), figure);
    QVERIFY(!count->isEnabled());
    QVERIFY(!panel->pruneEverythingButton()->isEnabled());
    QVERIFY(!panel->pruneButton(DiskOperations::Kind::Images)->isEnabled());
}

void TestDiskPage::pruneAsksFirstAndSaysWhatWasFreed_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestDiskPage::pruneAsksFirstAndSaysWhatWasFreed()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("disk-page"));
    const auto created = TestEngines::docker(
        socket,
        {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
         QStringLiteral("gontainer.test.disk=") + name, QStringLiteral("--network"),
         QStringLiteral("none"), TestEngines::image(), QStringLiteral("true")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    const auto exists = [&] {
        return TestEngines::docker(socket,
                                   {QStringLiteral("container"), QStringLiteral("inspect"), name})
                   .exitCode == 0;
    };
    QVERIFY(startNodes());
    NodeService *node = m_manager->nodes().at(podman ? 1 : 0);
    QCOMPARE(node->engineInfo().kind, podman ? EngineInfo::Kind::Podman : EngineInfo::Kind::Docker);
    QTRY_VERIFY_WITH_TIMEOUT(
        DiskOperations::plannedNames(node, {}, DiskOperations::Kind::Containers, false)
            .contains(name),
        30000);
    QVERIFY(figuresIn());
    DiskNodePanel *panel = m_page->panel(node->id());
    QVERIFY(panel);
    QVERIFY(panel->usage().containers.count > panel->usage().containers.active);
    QPushButton *prune = panel->pruneButton(DiskOperations::Kind::Containers);
    QVERIFY(prune->isEnabled());

    // Declined: nothing goes.
    prune->click();
    QTRY_VERIFY(panel->confirmation());
    QMessageBox *box = panel->confirmation();
    QVERIFY(box->text().contains(node->name()));
    const QStringList planned =
        DiskOperations::plannedNames(node, panel->usage(), DiskOperations::Kind::Containers, false);
    if (planned.size() <= DiskNodePanel::MaxNamesListed)
        QVERIFY2(box->informativeText().contains(name), qPrintable(box->informativeText()));
    else
        QVERIFY2(box->informativeText().contains(QStringLiteral("more")),
                 qPrintable(box->informativeText()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!panel->confirmation());
    QVERIFY(!panel->isBusy());
    QVERIFY(!panel->resultLabel()->isVisibleTo(panel));
    QVERIFY(exists());

    // Accepted: the container goes, the panel says what was freed and asks the figures again.
    QSignalSpy asked(panel, &DiskNodePanel::usageChanged);
    QSignalSpy finished(panel, &DiskNodePanel::pruneFinished);
    prune->click();
    QTRY_VERIFY(panel->confirmation());
    QPushButton *go = destructiveButton(panel->confirmation());
    QVERIFY(go);
    go->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!exists());
    QVERIFY(panel->resultLabel()->isVisibleTo(panel));
    const QString freed = QLocale().formattedDataSize(finished.first().at(0).toLongLong(), 1,
                                                      QLocale::DataSizeSIFormat);
    QVERIFY2(panel->resultLabel()->text().contains(freed),
             qPrintable(panel->resultLabel()->text()));
    QVERIFY2(panel->resultLabel()->text().contains(QStringLiteral("freed")),
             qPrintable(panel->resultLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 120000);
    QVERIFY(!panel->isBusy());
    // The result is in the notifications too.
    QVERIFY(!m_notifications->notices().isEmpty());
}

void TestDiskPage::pruneEverythingNamesEachKindAndCanBeDeclined()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    QVERIFY(figuresIn());
    for (DiskNodePanel *panel : m_page->panels()) {
        QSignalSpy finished(panel, &DiskNodePanel::pruneFinished);
        panel->pruneEverythingButton()->click();
        QTRY_VERIFY(panel->confirmation());
        QMessageBox *box = panel->confirmation();
        const QString plan = box->informativeText();
        QVERIFY2(plan.contains(QStringLiteral("stopped container")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("networks no container uses")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("no container uses, up to")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("no container uses, with")), qPrintable(plan));
        QCOMPARE(plan.contains(QStringLiteral("build cache")),
                 panel->node()->engineInfo().capabilities.buildCache);
        // The order they go in: containers first, so that what they held can go after.
        QVERIFY(plan.indexOf(QStringLiteral("stopped container")) <
                plan.indexOf(QStringLiteral("networks no container uses")));
        QVERIFY(plan.indexOf(QStringLiteral("networks no container uses")) <
                plan.indexOf(QStringLiteral("no container uses, up to")));
        QVERIFY(plan.indexOf(QStringLiteral("no container uses, up to")) <
                plan.indexOf(QStringLiteral("no container uses, with")));
        QVERIFY(destructiveButton(box));
        // Declined (never accepted here: the harness's engines are shared with other tests).
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!panel->confirmation());
        QVERIFY(!panel->isBusy());
        QCOMPARE(finished.count(), 0);

        // Images: dangling ones unless the user asks for every unused one.
        panel->pruneButton(DiskOperations::Kind::Images)->click();
        QTRY_VERIFY(panel->confirmation());
        box = panel->confirmation();
        QVERIFY(box->checkBox());
        QVERIFY(!box->checkBox()->isChecked());
        QVERIFY2(box->informativeText().contains(QStringLiteral("dangling")),
                 qPrintable(box->informativeText()));
        box->checkBox()->setChecked(true);
        QVERIFY2(box->informativeText().contains(QStringLiteral("no container uses")),
                 qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!panel->confirmation());
        QCOMPARE(finished.count(), 0);
    }
}

void TestDiskPage::pruneEverythingAcceptedOnAnEngineOfItsOwn()
{
    REQUIRE_ENGINES();
    // Accepted only on a Podman service of the test's own: everything unused goes.
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/diskpage-XXXXXX"));
    QVERIFY(dir.isValid());
    dir.setAutoRemove(false); // read-only layers: the harness removes it at the end
    const QString socket = dir.path() + QStringLiteral("/podman.sock");
    QProcess *service = TestEngines::startOwnPodmanService(dir.path());
    QVERIFY(service);
    auto stop = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("rm"), QStringLiteral("--all"), QStringLiteral("--force")});
        TestEngines::stopPodmanService(service);
    });
    const QString archive = dir.path() + QStringLiteral("/image.tar");
    const auto saved = TestEngines::podman(
        TestEngines::podmanSocket(),
        {QStringLiteral("save"), QStringLiteral("-o"), archive, TestEngines::podmanImage()});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    const auto loaded =
        TestEngines::podman(socket, {QStringLiteral("load"), QStringLiteral("-i"), archive});
    QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.output));
    const auto created = TestEngines::podman(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("stopped"),
                 TestEngines::podmanImage(), QStringLiteral("true")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const auto volume = TestEngines::podman(
        socket, {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("unused")});
    QVERIFY2(volume.exitCode == 0, qPrintable(volume.output));

    NodeConfig config;
    config.name = QStringLiteral("own");
    config.url = QStringLiteral("unix://") + socket;
    QVERIFY(m_manager->addNode(config).isEmpty());
    NodeService *node = m_manager->nodes().constLast();
    m_page->setNodeManager(m_manager.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    DiskNodePanel *panel = m_page->panel(node->id());
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->hasUsage() && !panel->isBusy(), 120000);
    QCOMPARE(panel->usage().containers.count, 1);
    QCOMPARE(panel->usage().images.count, 1);
    QCOMPARE(panel->usage().volumes.count, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!node->containers().isEmpty(), 30000);

    QSignalSpy finished(panel, &DiskNodePanel::pruneFinished);
    QSignalSpy asked(panel, &DiskNodePanel::usageChanged);
    panel->pruneEverythingButton()->click();
    QTRY_VERIFY(panel->confirmation());
    // Few enough to be named.
    const QString plan = panel->confirmation()->informativeText();
    QVERIFY2(plan.contains(QStringLiteral("stopped")) && plan.contains(QStringLiteral("unused")) &&
                 plan.contains(TestEngines::podmanImage()),
             qPrintable(plan));
    QPushButton *go = destructiveButton(panel->confirmation());
    QVERIFY(go);
    go->click();
    QVERIFY(panel->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    const qint64 freed = finished.first().at(0).toLongLong();
    QVERIFY(freed > 0); // the image went with its container
    QVERIFY2(panel->resultLabel()->text().contains(
                 QLocale().formattedDataSize(freed, 1, QLocale::DataSizeSIFormat)),
             qPrintable(panel->resultLabel()->text()));
    // The figures asked again: nothing left.
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 120000);
    QCOMPARE(panel->usage().containers.count, 0);
    QCOMPARE(panel->usage().images.count, 0);
    QCOMPARE(panel->usage().volumes.count, 0);
    QCOMPARE(panel->figure(DiskOperations::Kind::Images, DiskNodePanel::Count)->text(),
             QLocale().toString(0));
}

QTEST_MAIN(TestDiskPage)
#include "tst_diskpage.moc"
