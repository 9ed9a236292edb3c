#pragma once

#include <QObject>

class QDBusPendingCallWatcher;
class QDBusVariant;

// The desktop's light or dark preference, from the freedesktop settings portal
// (org.freedesktop.portal.Settings, "org.freedesktop.appearance" "color-scheme"), which GNOME,
// KDE and the other desktops keep, and which tells of every change. Where no portal runs (or it
// has no such setting), scheme() is NoPreference and the platform theme's palette stands.
class ColorSchemeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorSchemeWatcher)

public:
    static constexpr auto Service = "org.freedesktop.portal.Desktop";
    static constexpr auto Path = "/org/freedesktop/portal/desktop";
    static constexpr auto Interface = "org.freedesktop.portal.Settings";
    static constexpr auto Namespace = "org.freedesktop.appearance";
    static constexpr auto Key = "color-scheme";

    // The portal's values: 0, 1 and 2.
    enum class Scheme
    {
        NoPreference = 0,
        Dark = 1,
        Light = 2,
    };
    Q_ENUM(Scheme)

    explicit ColorSchemeWatcher(QObject *parent = nullptr);
    ~ColorSchemeWatcher() override;

    Scheme scheme() const { return m_scheme; }

Q_SIGNALS:
    void schemeChanged(ColorSchemeWatcher::Scheme scheme);

private Q_SLOTS:
    // The portal's SettingChanged signal (connected by name, as QtDBus connects signals).
    void onSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    void read(bool readOne);
    void onRead(QDBusPendingCallWatcher *call, bool readOne);
    void setScheme(Scheme scheme);

    Scheme m_scheme = Scheme::NoPreference;
};
