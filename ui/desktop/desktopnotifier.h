#pragma once

#include <QObject>

// Desktop notifications through the freedesktop Notifications service on the session bus (what
// GNOME, KDE and the other desktops show). Where no such service runs, isAvailable() says so
// and the window falls back to its tray icon and its own notices.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static constexpr auto Service = "org.freedesktop.Notifications";
    static constexpr auto Path = "/org/freedesktop/Notifications";

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Known without asking the bus each time: followed as the service comes and goes.
    bool isAvailable() const { return m_available; }
    // `critical` notifications stay until the user dismisses them, on most desktops.
    void notify(const QString &title, const QString &body, bool critical = false);

private:
    bool m_available = false;
};
