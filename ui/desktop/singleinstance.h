#pragma once

#include <QObject>

// One Gontainer per desktop session: the first to start owns the app's name on the session bus
// (GONTAINER_APP_ID); a second start asks it over D-Bus to come to the front, and to add or
// select the node given with --host, and ends. Without a session bus every start runs on its
// own, as before.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
    Q_CLASSINFO("D-Bus Interface", "io.github.gontainer.Gontainer")

public:
    static constexpr auto Path = "/io/github/gontainer/Gontainer";
    static constexpr auto Interface = "io.github.gontainer.Gontainer";

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Owns the name, answering Activate; false when another instance already owns it.
    bool claim();
    // Asks the instance that owns the name to come forward, with the node `url` (empty for
    // none; `tlsCertPath` for a tcp:// node with TLS). False, with the reason, when none
    // answered.
    static bool forward(const QString &url, const QString &tlsCertPath, QString *error);

public Q_SLOTS:
    // Over D-Bus, from another start.
    void Activate(const QString &url, const QString &tlsCertPath);

Q_SIGNALS:
    void activated(const QString &url, const QString &tlsCertPath);

private:
    bool m_claimed = false;
};
