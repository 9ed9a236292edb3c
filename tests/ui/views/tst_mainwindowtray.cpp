#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/desktop/desktopnotifier.h"
#include "ui/desktop/fakenotificationserver.h"
#include "ui/desktop/trayicon.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containerspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/nodesidebar.h"

#include <QApplication>
#include <QDBusConnection>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The window in the tray: closing hides it and the nodes stay watched (a container turning
// unhealthy meanwhile is notified, listed in the tray's menu and badged on its icon), the menu
// opens what it lists, and Quit quits. The offscreen platform has no tray, so the tests assume
// one (TrayIcon::assumeAvailable); notifications go to a fake server on a private session bus.
class TestMainWindowTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closingHidesInTheTray();
    void quitQuitsAndNoTrayMeansClosing();
    void problemsWhileHiddenAreNotifiedAndListed();

private:
    static QAction *trayAction(TrayIcon *tray, const QString &text);

    QTemporaryDir m_config;
    QTranslator m_english;
    FakeNotificationServer m_server;
    std::unique_ptr<NodeManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_created;
};

void TestMainWindowTray::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowtray"));
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<ContainerSummary>();
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "no session bus: run under tests/harness/with-keyring.sh");
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    TrayIcon::assumeAvailable(true);
}

void TestMainWindowTray::init()
{
    QSettings().clear();
    m_server.received.clear();
    m_manager = std::make_unique<NodeManager>();
    m_window = std::make_unique<MainWindow>();
    QTRY_VERIFY(m_window->desktopNotifier()->isAvailable());
}

void TestMainWindowTray::cleanup()
{
    m_window.reset();
    m_manager.reset();
    for (const QString &id : std::as_const(m_created))
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), id});
    m_created.clear();
    TrayIcon::assumeAvailable(true);
}

QAction *TestMainWindowTray::trayAction(TrayIcon *tray, const QString &text)
{
    for (QAction *a : tray->menu()->actions()) {
        if (a->text().contains(text))
            return a;
    }
    return nullptr;
}

void TestMainWindowTray::closingHidesInTheTray()
{
    MainWindow &window = *m_window;
    QVERIFY(window.trayIcon());
    QVERIFY(window.closesToTray());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    window.showAtStart();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Closed: not closed, hidden; the user is told once where it went.
    QVERIFY(!window.close());
    QVERIFY(!window.isVisible());
    QTRY_COMPARE(m_server.received.size(), 1);
    QCOMPARE(m_server.received.first().summary, QStringLiteral("Gontainer is still running"));
    QVERIFY(AppSettings::value(AppSettings::Key::TrayHintShown).toBool());
    // The tray's Show brings it back.
    QAction *show = trayAction(window.trayIcon(), QStringLiteral("Show Gontainer"));
    QVERIFY(show);
    show->trigger();
    QVERIFY(window.isVisible());
    QVERIFY(!window.close());
    QVERIFY(!window.isVisible());
    // Not a second time.
    QTest::qWait(100);
    QCOMPARE(m_server.received.size(), 1);

    // Start hidden: the window is not shown at start.
    auto *startHidden = window.findChild<QAction *>(QStringLiteral("startHiddenAction"));
    QVERIFY(startHidden);
    QVERIFY(startHidden->isEnabled());
    startHidden->trigger();
    QVERIFY(AppSettings::value(AppSettings::Key::StartHidden).toBool());
    MainWindow second;
    second.showAtStart();
    QVERIFY(!second.isVisible());
    QVERIFY(second.trayIcon()->isVisible());

    // The choice off: closing closes, and the last window closed ends the app again.
    auto *closeToTray = window.findChild<QAction *>(QStringLiteral("closeToTrayAction"));
    QVERIFY(closeToTray);
    QVERIFY(closeToTray->isChecked());
    closeToTray->trigger();
    QVERIFY(!AppSettings::value(AppSettings::Key::CloseToTray).toBool());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(!startHidden->isEnabled());
    // Starting hidden needs the tray to come back from.
    MainWindow third;
    third.showAtStart();
    QVERIFY(third.isVisible());
    third.hide();
    window.show();
    QVERIFY(window.close());
}

void TestMainWindowTray::quitQuitsAndNoTrayMeansClosing()
{
    MainWindow &window = *m_window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget other; // a log window, say
    other.show();
    // Quit from the tray: every window closes, the main one too, whatever the tray choice.
    QAction *quit = trayAction(window.trayIcon(), QStringLiteral("Quit"));
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(!window.isVisible());
    QVERIFY(!other.isVisible());
    // File > Quit (Ctrl+Q) does the same.
    auto *fileQuit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(fileQuit);
    QCOMPARE(fileQuit->shortcut(), QKeySequence(QKeySequence::Quit));

    // Without a tray there is none to hide in: closing closes, as before.
    TrayIcon::assumeAvailable(false);
    MainWindow plain;
    QVERIFY(!plain.trayIcon());
    QVERIFY(!plain.closesToTray());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(!plain.findChild<QAction *>(QStringLiteral("closeToTrayAction")));
    plain.showAtStart();
    QVERIFY(plain.isVisible());
    QVERIFY(plain.close());
}

void TestMainWindowTray::problemsWhileHiddenAreNotifiedAndListed()
{
    MainWindow &window = *m_window;
    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    NodeConfig gone;
    gone.name = QStringLiteral("gone");
    gone.url = QStringLiteral("unix:///nonexistent/gontainer-tray-test.sock");
    QVERIFY(m_manager->addNode(gone).isEmpty());
    window.setNodeManager(m_manager.get());
    window.showAtStart();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrayIcon *tray = window.trayIcon();
    const QIcon plainIcon = tray->currentIcon();

    // The node that cannot be reached is listed, and badges the icon.
    QTRY_VERIFY_WITH_TIMEOUT(trayAction(tray, QStringLiteral("gone is offline")), 30000);
    QCOMPARE(tray->problems().size(), 1);
    QVERIFY(tray->currentIcon().cacheKey() != plainIcon.cacheKey());
    QVERIFY2(tray->toolTip().contains(QStringLiteral("1 node offline")),
             qPrintable(tray->toolTip()));

    // Hidden in the tray, a container turns unhealthy.
    QVERIFY(!window.close());
    m_server.received.clear();
    const auto r = TestEngines::docker(
        TestEngines::dockerSocket(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
         QStringLiteral("tray-sick"), QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("--health-cmd"), QStringLiteral("false"),
         QStringLiteral("--health-interval"), QStringLiteral("1s"),
         QStringLiteral("--health-retries"), QStringLiteral("1"), TestEngines::image(),
         QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QString id = r.output.split(QLatin1Char('\n')).last().trimmed();
    m_created.append(id);

    // The desktop is told, though no window shows...
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const auto &n : std::as_const(m_server.received)) {
                if (n.summary == QLatin1String("tray-sick is unhealthy"))
                    return true;
            }
            return false;
        }(),
        60000);
    QVERIFY(!window.isVisible());
    // ...and the tray lists it beside the node.
    QTRY_VERIFY(trayAction(tray, QStringLiteral("tray-sick is unhealthy")));
    QCOMPARE(tray->problems().size(), 2);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("1 container unhealthy")),
             qPrintable(tray->toolTip()));

    // Its entry opens the window on it.
    trayAction(tray, QStringLiteral("tray-sick is unhealthy"))->trigger();
    QVERIFY(window.isVisible());
    QVERIFY(window.containersPage()->isVisible());
    const QModelIndex current = window.containersPage()->tileView()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(id.startsWith(current.data(ContainerTableModel::IdRole).toString()) ||
            current.data(ContainerTableModel::IdRole).toString().startsWith(id));

    // The node's entry opens the Nodes page on that node.
    QString goneId;
    for (NodeService *node : m_manager->nodes()) {
        if (node->name() == QLatin1String("gone"))
            goneId = node->id();
    }
    trayAction(tray, QStringLiteral("gone is offline"))->trigger();
    QVERIFY(!window.containersPage()->isVisible());
    QVERIFY(window.nodeSidebar()->currentNode());
    QCOMPARE(window.nodeSidebar()->currentNode()->id(), goneId);

    // Healthy or gone, it leaves the list, and the badge with the last problem.
    TestEngines::docker(TestEngines::dockerSocket(),
                        {QStringLiteral("rm"), QStringLiteral("-f"), id});
    QTRY_COMPARE_WITH_TIMEOUT(tray->problems().size(), 1, 20000);
    QVERIFY(!trayAction(tray, QStringLiteral("tray-sick")));
    m_manager->removeNode(goneId);
    QTRY_VERIFY(tray->problems().isEmpty());
    QCOMPARE(tray->currentIcon().cacheKey(), plainIcon.cacheKey());
}

QTEST_MAIN(TestMainWindowTray)
#include "tst_mainwindowtray.moc"
