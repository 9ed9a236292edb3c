#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// One machine of a swarm, as a manager's /nodes lists it.
struct SwarmNode
{
    enum class Role
    {
        Worker,
        Manager
    };
    enum class Availability
    {
        Active,
        Pause,
        Drain
    };
    enum class State
    {
        Unknown,
        Down,
        Ready,
        Disconnected
    };
    enum class Reachability
    {
        Unknown,
        Unreachable,
        Reachable
    };

    QString id;
    qint64 version = 0; // Version.Index: an update names the version it changes
    QString hostname;
    Role role = Role::Worker;
    Availability availability = Availability::Active;
    State state = State::Unknown;
    QString message; // why it is in that state, where the swarm says
    QString address;
    bool leader = false;
    Reachability reachability = Reachability::Unknown; // managers only
    QString managerAddress;
    QString engineVersion;
    QString os;
    QString architecture;
    qint64 nanoCpus = 0;
    qint64 memoryBytes = 0;
    QMap<QString, QString> labels;       // the node's labels in the swarm (placement)
    QMap<QString, QString> engineLabels; // the engine's own labels (its daemon.json)
    QDateTime created;
    QDateTime updated;

    bool operator==(const SwarmNode &) const = default;
};

// A change to a node: what is set changes, the rest stays.
struct SwarmNodeUpdate
{
    std::optional<SwarmNode::Role> role;
    std::optional<SwarmNode::Availability> availability;
    std::optional<QMap<QString, QString>> labels;
};

Q_DECLARE_METATYPE(SwarmNode)
