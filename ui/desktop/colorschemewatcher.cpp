#include "ui/desktop/colorschemewatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

namespace {

// The portal's value as a scheme: a uint32, inside as many variants as the method wrapped it in
// (Read wraps it twice, ReadOne once). Anything else is no preference.
ColorSchemeWatcher::Scheme schemeOf(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint n = value.toUInt(&ok);
    if (!ok || n > 2)
        return ColorSchemeWatcher::Scheme::NoPreference;
    return ColorSchemeWatcher::Scheme(n);
}

} // namespace

ColorSchemeWatcher::ColorSchemeWatcher(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // QtDBus finds the slot's argument types by name: until something registered QDBusVariant
    // (the first reply carrying one, which comes later), the connection would fail.
    qRegisterMetaType<QDBusVariant>();
    if (!bus.connect(QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
                     QStringLiteral("SettingChanged"), this,
                     SLOT(onSettingChanged(QString, QString, QDBusVariant))))
        qWarning("ColorSchemeWatcher: cannot follow the settings portal's changes");
    // A portal that starts (or restarts) after the window: read it again.
    auto *watcher = new QDBusServiceWatcher(QLatin1String(Service), bus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { read(true); });
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this,
            [this] { setScheme(Scheme::NoPreference); });
    read(true);
}

ColorSchemeWatcher::~ColorSchemeWatcher() = default;

void ColorSchemeWatcher::read(bool readOne)
{
    // ReadOne is the portal's method since its version 2; older portals have only Read.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
        readOne ? QStringLiteral("ReadOne") : QStringLiteral("Read"));
    call << QLatin1String(Namespace) << QLatin1String(Key);
    // Asynchronous: the window never waits on the desktop. A portal that does not answer at all
    // leaves the platform's palette, as if there were none.
    auto *pending =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this,
            [this, readOne](QDBusPendingCallWatcher *p) { onRead(p, readOne); });
}

void ColorSchemeWatcher::onRead(QDBusPendingCallWatcher *call, bool readOne)
{
    call->deleteLater();
    const QDBusPendingReply<QDBusVariant> reply = *call;
    if (reply.isError()) {
        if (readOne && reply.error().type() == QDBusError::UnknownMethod)
            read(false);
        return;
    }
    setScheme(schemeOf(QVariant::fromValue(reply.value())));
}

void ColorSchemeWatcher::onSettingChanged(const QString &ns, const QString &key,
                                          const QDBusVariant &value)
{
    if (ns == QLatin1String(Namespace) && key == QLatin1String(Key))
        setScheme(schemeOf(QVariant::fromValue(value)));
}

void ColorSchemeWatcher::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    Q_EMIT schemeChanged(scheme);
}
