#include "ui/desktop/desktopnotifier.h"

#include "fakenotificationserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

// DesktopNotifier against a notification server on a real (private) session bus.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void notifiesThroughTheSessionBus();
};

void TestDesktopNotifier::notifiesThroughTheSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "no session bus: run under tests/harness/with-keyring.sh");
    DesktopNotifier notifier;
    // No server yet: not available.
    QVERIFY(!notifier.isAvailable());

    FakeNotificationServer server;
    QVERIFY(bus.registerObject(QLatin1String(DesktopNotifier::Path), &server,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QLatin1String(DesktopNotifier::Service)));
    QTRY_VERIFY(notifier.isAvailable());

    QSignalSpy notified(&server, &FakeNotificationServer::notified);
    notifier.notify(QStringLiteral("web is unhealthy"), QStringLiteral("On 빌드 서버, it failed."));
    QVERIFY(notified.wait(5000));
    QCOMPARE(server.received.size(), 1);
    QCOMPARE(server.received.first().app, QStringLiteral("Gontainer"));
    QCOMPARE(server.received.first().summary, QStringLiteral("web is unhealthy"));
    QCOMPARE(server.received.first().body, QStringLiteral("On 빌드 서버, it failed."));
    QCOMPARE(server.received.first().urgency, 1);
    notifier.notify(QStringLiteral("db stopped"), QString(), true);
    QVERIFY(notified.wait(5000));
    QCOMPARE(server.received.last().urgency, 2);
    bus.unregisterService(QLatin1String(DesktopNotifier::Service));
    QTRY_VERIFY(!notifier.isAvailable());
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
