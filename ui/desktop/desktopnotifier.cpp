#include "ui/desktop/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QVariantMap>

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return;
    auto *watcher = new QDBusServiceWatcher(QLatin1String(Service), bus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { m_available = true; });
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this,
            [this] { m_available = false; });
    // Once, at start; the watcher keeps it current.
    m_available = bus.interface()->isServiceRegistered(QLatin1String(Service)).value();
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &body, bool critical)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(Service), QLatin1String(Path),
                                       QLatin1String(Service), QStringLiteral("Notify"));
    QVariantMap hints;
    // 0 low, 1 normal, 2 critical, as the specification numbers them.
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)));
    // The installed desktop file and icon carry the app's id (installer/packaging.cmake).
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(GONTAINER_APP_ID));
    call << QStringLiteral("Gontainer") << uint(0) << QStringLiteral(GONTAINER_APP_ID) << title
         << body << QStringList() << hints << int(-1);
    // No answer is waited for: the window does not block on the desktop.
    QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
}
