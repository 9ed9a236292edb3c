#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A stand-in for the desktop's notification server on the test's private session bus.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString app;
        QString summary;
        QString body;
        int urgency = -1;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        received.append({app, summary, body, hints.value(QStringLiteral("urgency")).toInt()});
        Q_EMIT notified();
        return uint(received.size());
    }

Q_SIGNALS:
    void notified();
};
