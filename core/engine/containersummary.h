#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct PortMapping
{
    QString ip;
    int privatePort = 0;
    int publicPort = 0;
    QString protocol;

    bool operator==(const PortMapping &) const = default;
};

// What a container list shows about one container, engine-neutral.
struct ContainerSummary
{
    enum class State
    {
        Unknown,
        Created,
        Running,
        Paused,
        Restarting,
        Removing,
        Exited,
        Dead
    };
    enum class Health
    {
        None,
        Starting,
        Healthy,
        Unhealthy
    };

    QString id;
    QString name;
    QString image;
    QString imageId; // "sha256:…" as the engine gives it; empty where it did not
    State state = State::Unknown;
    Health health = Health::None;
    QString status;    // the engine's own status text, English
    QDateTime created; // UTC
    QDateTime since;   // when the current state began, as near as the engine tells it
    int exitCode = -1; // for exited containers, when known
    QList<PortMapping> ports;
    QMap<QString, QString> labels;
    QStringList networks; // the names of the networks it is attached to, sorted
    // The engine's namespace that holds it (containerd); empty where engines have none.
    QString namespaceName;
    // Another tool manages it (Docker's own "moby" namespace seen through containerd): shown,
    // never acted on.
    bool readOnly = false;
    // What the search box matches, lower case: name, image and labels. Made on the node's
    // thread as a change leaves it (withSearchText), so that thousands of rows arriving do not
    // cost the GUI thread; empty in a summary that did not come that way.
    QString searchText;

    bool operator==(const ContainerSummary &) const = default;

    static State stateFromString(const QString &state);
    // "0.0.0.0:8080->80/tcp, 443/tcp": the published ports, as docker ps shows them.
    QString portsText() const;
    // The search text of this container's fields (searchText above is its cached copy).
    QString makeSearchText() const;
    // `list` with every summary's searchText made.
    static QList<ContainerSummary> withSearchText(QList<ContainerSummary> list);
};

Q_DECLARE_METATYPE(ContainerSummary)
