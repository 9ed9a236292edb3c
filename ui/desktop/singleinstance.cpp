#include "ui/desktop/singleinstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance()
{
    if (!m_claimed)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(QLatin1String(Path));
    bus.unregisterService(QStringLiteral(GONTAINER_APP_ID));
}

bool SingleInstance::claim()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return true; // no bus: nothing to share, run on our own
    if (!bus.registerObject(QLatin1String(Path), this, QDBusConnection::ExportAllSlots))
        return true;
    // Never queued behind the owner: the name is ours now, or another instance has it.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        bus.interface()->registerService(QStringLiteral(GONTAINER_APP_ID),
                                         QDBusConnectionInterface::DontQueueService,
                                         QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceNotRegistered) {
        bus.unregisterObject(QLatin1String(Path));
        return false;
    }
    m_claimed = reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered;
    return true;
}

bool SingleInstance::forward(const QString &url, const QString &tlsCertPath, QString *error)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral(GONTAINER_APP_ID), QLatin1String(Path),
                                       QLatin1String(Interface), QStringLiteral("Activate"));
    call << url << tlsCertPath;
    // The running instance answers from its event loop at once; D-Bus's own time limit (25 s)
    // covers one that hangs.
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        if (error)
            *error = reply.errorMessage();
        return false;
    }
    return true;
}

void SingleInstance::Activate(const QString &url, const QString &tlsCertPath)
{
    Q_EMIT activated(url, tlsCertPath);
}
