#include "ui/desktop/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(QLatin1String(Service)).value();
}

void DesktopNotifier::notify(const QString &title, const QString &body, bool critical)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(Service), QLatin1String(Path),
                                       QLatin1String(Service), QStringLiteral("Notify"));
    QVariantMap hints;
    // 0 low, 1 normal, 2 critical, as the specification numbers them.
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("gontainer"));
    call << QStringLiteral("Gontainer") << uint(0) << QStringLiteral("gontainer") << title << body
         << QStringList() << hints << int(-1);
    // No answer is waited for: the window does not block on the desktop.
    QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
}
