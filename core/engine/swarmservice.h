#pragma once

#include "core/engine/swarmtask.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A port a service publishes: on every node through the swarm's routing mesh (ingress) or on
// the node a task runs on (host).
struct SwarmPort
{
    int target = 0;
    int published = 0; // 0: none chosen (the swarm picks one in ingress mode)
    QString protocol = QStringLiteral("tcp");
    bool hostMode = false;

    bool operator==(const SwarmPort &) const = default;
};

struct SwarmMount
{
    QString type = QStringLiteral("volume"); // volume, bind, tmpfs
    QString source;
    QString target;
    bool readOnly = false;

    bool operator==(const SwarmMount &) const = default;
};

// What a service is asked to be: the fields a person sets when creating one. Empty or zero
// fields leave the swarm's defaults.
struct SwarmServiceSpec
{
    enum class RestartCondition
    {
        Any,
        OnFailure,
        None
    };
    enum class FailureAction
    {
        Pause,
        Continue,
        Rollback
    };

    QString name;
    QString image;
    QStringList command; // replaces the image's entrypoint where set
    QStringList args;
    QStringList env; // "KEY=value"
    QString workingDir;
    QString user;
    // An init process reaps the task's children and passes it signals (a shell or `sleep` as
    // PID 1 ignores SIGTERM, so every stop waits out its grace period).
    bool init = false;
    bool global = false; // one task on every node; else `replicas`
    int replicas = 1;
    QList<SwarmPort> ports;
    QList<SwarmMount> mounts;
    QStringList constraints; // "node.role==worker", "node.labels.disk==ssd"
    QStringList networks;    // names or ids
    QMap<QString, QString> labels;
    qint64 limitNanoCpus = 0;
    qint64 limitMemoryBytes = 0;
    qint64 reserveNanoCpus = 0;
    qint64 reserveMemoryBytes = 0;
    RestartCondition restartCondition = RestartCondition::Any;
    qint64 restartDelayNs = 5000000000; // the swarm's own default, 5 s
    int restartMaxAttempts = 0;         // 0: no limit
    int updateParallelism = 1;
    qint64 updateDelayNs = 0;
    FailureAction updateFailureAction = FailureAction::Pause;
    bool updateStartFirst = false; // start the new task before stopping the old

    bool operator==(const SwarmServiceSpec &) const = default;
};

// One service of a swarm, as a manager's /services?status=true lists it.
struct SwarmService
{
    enum class Mode
    {
        Replicated,
        Global,
        ReplicatedJob,
        GlobalJob
    };
    // Where its last update (or rollback) is; None before any.
    enum class UpdateState
    {
        None,
        Updating,
        Paused,
        Completed,
        RollbackStarted,
        RollbackPaused,
        RollbackCompleted
    };

    QString id;
    qint64 version = 0;
    QString name;
    QString image; // as the spec names it, "name:tag@sha256:..." when the swarm pinned it
    Mode mode = Mode::Replicated;
    int replicas = 0;      // asked for (replicated modes)
    int runningTasks = -1; // ServiceStatus; -1 where the engine did not count
    int desiredTasks = -1;
    QList<SwarmPort> ports; // as published (Endpoint.Ports), else as asked
    UpdateState updateState = UpdateState::None;
    QString updateMessage;
    QDateTime updateStarted;
    QDateTime updateCompleted;
    bool canRollBack = false; // a previous spec is kept
    QMap<QString, QString> labels;
    QStringList networks; // ids the tasks join
    QStringList constraints;
    QDateTime created;
    QDateTime updated;
    // The whole Spec, as the engine's JSON: an update sends it back changed. Kept as read (not
    // written out again at every list, which took a third of a service list's parse).
    QJsonObject spec;

    // "docker stack deploy"'s label: the stack the service belongs to; empty for none.
    QString stack() const { return labels.value(QStringLiteral("com.docker.stack.namespace")); }
    // The image without its pinned digest, as people name it.
    QString imageName() const { return image.section(QLatin1Char('@'), 0, 0); }
    // Whether an update or a rollback is under way (paused ones included).
    bool updating() const;
    // How many of `tasks` (this service's) run what its spec now asks, its image: how far an
    // update or a rollback has come, out of desiredTasks.
    int tasksOnSpec(const QList<SwarmTask> &tasks) const;
    bool operator==(const SwarmService &) const = default;
};

Q_DECLARE_METATYPE(SwarmService)
