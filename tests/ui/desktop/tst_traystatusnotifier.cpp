#include "ui/desktop/trayicon.h"

#include "core/config/nodeconfig.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QMutex>
#include <QPixmap>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

// What a StatusNotifierItem host (the KDE, GNOME-extension, XFCE and LXQt trays) needs: a
// watcher on the session bus. This one registers the items it is given and says a host is there.
// It lives on a thread of its own, as a tray is a process of its own: Qt asks it synchronously
// whether there is a tray.
class FakeStatusNotifierWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeStatusNotifierWatcher)
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    FakeStatusNotifierWatcher() = default;
    ~FakeStatusNotifierWatcher() override = default;
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_items;
    }

public Q_SLOTS:
    // The item's bus name, or its object path on the caller's connection.
    void RegisterStatusNotifierItem(const QString &service, const QDBusMessage &message)
    {
        const QString name = service.startsWith(QLatin1Char('/')) ? message.service() : service;
        {
            const QMutexLocker lock(&m_mutex);
            m_items.append(name);
        }
        Q_EMIT StatusNotifierItemRegistered(name);
    }
    void RegisterStatusNotifierHost(const QString &) {}

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    mutable QMutex m_mutex;
    QStringList m_items;
};

// The tray icon as a real tray host sees it, through Qt's own StatusNotifierItem and dbusmenu
// export on an X server: registered with the watcher, its tooltip counting the problems, its
// icon badged while there are problems and plain after, its menu listing them, and its entries
// and a click doing what they say. Asked over D-Bus by gdbus, as a tray would ask.
class TestTrayStatusNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aTrayHostSeesTheProblems();

private:
    // gdbus's answer (its text form), the event loop running meanwhile: the item is served by
    // this thread.
    static QString gdbus(const QStringList &args);
    static QString property(const QString &service, const QString &name);
    // Menu entry ids by label, from com.canonical.dbusmenu's GetLayout.
    static QHash<QString, int> menuEntries(const QString &service, const QString &menuPath);

    QTemporaryDir m_config;
    QTranslator m_english;
    QThread m_watcherThread;
    FakeStatusNotifierWatcher *m_watcher = nullptr;
};

void TestTrayStatusNotifier::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traystatusnotifier"));
    // English plural forms ("1 node offline") come from the embedded English translation.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gdbus")).isEmpty(),
             "gdbus is missing: run installer/setup.sh");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under tests/harness/with-keyring.sh: a private session bus");

    m_watcher = new FakeStatusNotifierWatcher;
    m_watcher->moveToThread(&m_watcherThread);
    m_watcherThread.start();
    // Registered from its own thread, where its calls are answered.
    bool registered = false;
    QMetaObject::invokeMethod(
        m_watcher,
        [this, &registered] {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                QStringLiteral("watcher"));
            registered = bus.isConnected() &&
                         bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), m_watcher,
                                            QDBusConnection::ExportAllContents) &&
                         bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"));
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(registered);

    // Qt finds the tray through the watcher, as on a desktop that has one.
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(TrayIcon::isAvailable());
}

void TestTrayStatusNotifier::cleanupTestCase()
{
    // Ended in its own thread, as it was made.
    QMetaObject::invokeMethod(
        m_watcher,
        [this] {
            QDBusConnection::disconnectFromBus(QStringLiteral("watcher"));
            delete m_watcher;
            m_watcher = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_watcherThread.quit();
    m_watcherThread.wait();
}

QString TestTrayStatusNotifier::gdbus(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("gdbus"), args);
    if (!process.waitForStarted(10000))
        return QStringLiteral("gdbus did not start: ") + process.errorString();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
        return QStringLiteral("gdbus did not answer");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QString TestTrayStatusNotifier::property(const QString &service, const QString &name)
{
    return gdbus({QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                  service, QStringLiteral("--object-path"), QStringLiteral("/StatusNotifierItem"),
                  QStringLiteral("--method"), QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                  QStringLiteral("org.kde.StatusNotifierItem"), name});
}

QHash<QString, int> TestTrayStatusNotifier::menuEntries(const QString &service,
                                                        const QString &menuPath)
{
    const QString layout =
        gdbus({QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
               service, QStringLiteral("--object-path"), menuPath, QStringLiteral("--method"),
               QStringLiteral("com.canonical.dbusmenu.GetLayout"), QStringLiteral("--"),
               QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("[]")});
    // Each entry: (ID, {..., 'label': <'TEXT'>, ...}, [...])
    static const QRegularExpression entry(
        QStringLiteral("\\((\\d+), \\{[^}]*'label': <'([^']*)'>"));
    QHash<QString, int> ids;
    for (auto it = entry.globalMatch(layout); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ids.insert(m.captured(2), m.captured(1).toInt());
    }
    if (ids.isEmpty())
        qWarning("no menu entries in: %s", qPrintable(layout));
    return ids;
}

void TestTrayStatusNotifier::aTrayHostSeesTheProblems()
{
    // A node whose socket is not there goes offline: a problem, with no engine needed.
    NodeManager nodes;
    NodeConfig far;
    far.name = QStringLiteral("far-away");
    far.url = QStringLiteral("unix://") + m_config.filePath(QStringLiteral("nothing.sock"));
    QCOMPARE(nodes.addNode(far), QString());
    NodeService *node = nodes.nodes().constFirst();

    QPixmap plain(64, 64);
    plain.fill(QColor(0x20, 0x60, 0xc0));
    TrayIcon tray{QIcon(plain)};
    QSignalSpy shows(&tray, &TrayIcon::showRequested);
    QSignalSpy nodeAsks(&tray, &TrayIcon::nodeRequested);
    tray.setSources(nullptr, &nodes);
    tray.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->items().isEmpty(), 20000);
    const QString service = m_watcher->items().constFirst();

    QTRY_VERIFY_WITH_TIMEOUT(node->state() == NodeService::State::Offline, 30000);
    QTRY_COMPARE(tray.problems().size(), 1);
    // The tooltip counts the problem; the icon has its badge.
    QTRY_VERIFY_WITH_TIMEOUT(
        property(service, QStringLiteral("ToolTip")).contains(QStringLiteral("1 node offline")),
        20000);
    const QString badgedIcon = property(service, QStringLiteral("IconPixmap"));
    QVERIFY2(badgedIcon.contains(QStringLiteral("[(")), qPrintable(badgedIcon.left(200)));

    // The menu lists the node; choosing it asks for the node, as a click on the icon asks
    // for the window.
    const QString menuPath = property(service, QStringLiteral("Menu"));
    static const QRegularExpression path(QStringLiteral("objectpath '([^']+)'"));
    const QRegularExpressionMatch pathMatch = path.match(menuPath);
    QVERIFY2(pathMatch.hasMatch(), qPrintable(menuPath));
    const QHash<QString, int> entries = menuEntries(service, pathMatch.captured(1));
    QVERIFY2(entries.contains(QStringLiteral("far-away is offline")),
             qPrintable(QStringList(entries.keys()).join(QStringLiteral(", "))));
    QVERIFY(entries.contains(QStringLiteral("Show Gontainer")));
    QVERIFY(entries.contains(QStringLiteral("Quit")));
    gdbus({QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"), service,
           QStringLiteral("--object-path"), pathMatch.captured(1), QStringLiteral("--method"),
           QStringLiteral("com.canonical.dbusmenu.Event"),
           QString::number(entries.value(QStringLiteral("far-away is offline"))),
           QStringLiteral("clicked"), QStringLiteral("<0>"), QStringLiteral("0")});
    QTRY_COMPARE(nodeAsks.size(), 1);
    QCOMPARE(nodeAsks.first().first().toString(), node->id());
    gdbus({QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"), service,
           QStringLiteral("--object-path"), QStringLiteral("/StatusNotifierItem"),
           QStringLiteral("--method"), QStringLiteral("org.kde.StatusNotifierItem.Activate"),
           QStringLiteral("0"), QStringLiteral("0")});
    QTRY_COMPARE(shows.size(), 1);

    // The node gone, so is the problem: the tooltip says nothing of it and the icon is plain.
    nodes.removeNode(node->id());
    QTRY_VERIFY(tray.problems().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        !property(service, QStringLiteral("ToolTip")).contains(QStringLiteral("offline")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(property(service, QStringLiteral("IconPixmap")) != badgedIcon, 20000);
}

QTEST_MAIN(TestTrayStatusNotifier)
#include "tst_traystatusnotifier.moc"
