#pragma once

#include "core/engine/engine.h"

#include <QObject>

#include <memory>

class ContainerdEngine;
class GrpcChannel;

// What runs a container: tasks.v1 (start with its snapshot's mounts and a log file, stop, kill,
// pause, resume, wait), removal with task and snapshot, and the log. Part of ContainerdEngine, on
// the node's thread; the engine forwards its calls here.
//
// A task that stopped is kept (its exit status shows in the list) until the container is started
// again or removed. Gontainer starts a task with its output in a file, `file://` DIR/NS/ID.log,
// which the runc shim makes and writes both streams into; DIR is /var/log/gontainer/containerd
// unless GONTAINER_CONTAINERD_LOG_DIR says otherwise (for a containerd that sees another file
// system). The URI is kept in the container's label gontainer/log-uri, so the log can be read
// after the task is gone. A container nerdctl made keeps nerdctl's own logger (nerdctl/log-uri).
// A container whose spec asks for a terminal gets one; its output goes to the same file through
// a shell the shim starts as a logging binary (the shim copies a terminal to no file itself).
// A container with a restart policy (label containerd.io/restart.policy) is kept running by
// containerd's restart monitor: a start tells it so (containerd.io/restart.status "running", the
// log URI in containerd.io/restart.loguri) once the task runs; a stop, a kill with SIGKILL or
// the stop signal, and a removal tell it beforehand to leave the container alone (and set its
// labels back when they then fail, as a failed start does). A pause sets the wanted status to
// "paused", which the monitor leaves alone (it takes a paused task for one that does not run
// and would start a new one); an unpause sets "running" again. A paused container is not
// started (as Docker: it is to be unpaused).
// Containers in Docker's "moby" namespace are Docker's: every action on them is refused.
class ContainerdTasks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdTasks)

public:
    ContainerdTasks(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdTasks() override;

    CallHandle startContainer(const QString &id, QObject *context, Engine::DoneCallback callback);
    CallHandle stopContainer(const QString &id, int timeoutSecs, QObject *context,
                             Engine::DoneCallback callback);
    CallHandle restartContainer(const QString &id, int timeoutSecs, QObject *context,
                                Engine::DoneCallback callback);
    CallHandle killContainer(const QString &id, const QString &signal, QObject *context,
                             Engine::DoneCallback callback);
    CallHandle pauseContainer(const QString &id, QObject *context, Engine::DoneCallback callback);
    CallHandle unpauseContainer(const QString &id, QObject *context, Engine::DoneCallback callback);
    CallHandle renameContainer(const QString &id, const QString &newName, QObject *context,
                               Engine::DoneCallback callback);
    CallHandle removeContainer(const QString &id, bool force, bool removeVolumes, QObject *context,
                               Engine::DoneCallback callback);
    CallHandle waitContainerUntil(const QString &id, Engine::WaitCondition condition,
                                  QObject *context, Engine::Callback<int> callback);
    CallHandle pruneContainers(QObject *context, Engine::Callback<PruneReport> callback);
    CallHandle topContainer(const QString &id, QObject *context,
                            Engine::Callback<ProcessList> callback);
    LogStream *readLogs(const QString &id, const LogOptions &options, QObject *parent);

    // The label a started container's log URI is kept in.
    static QString logUriLabel() { return QStringLiteral("gontainer/log-uri"); }
    // Where Gontainer puts the log of container `id` in namespace `ns`.
    static QString logPath(const QString &ns, const QString &id);
    // A signal by name (SIGHUP, HUP, hup) or number; 0 when it is neither.
    static int signalNumber(const QString &signal);

    struct Stubs;

Q_SIGNALS:
    // This engine started a task, or removed a container (with the exit status of its last
    // task): waits for the next exit or the removal hear it here, with no chance of a race
    // with their event subscription.
    void taskStarted(const QString &fullId);
    void containerRemoved(const QString &fullId, int exitStatus);

private:
    bool isLocal() const;
    EngineError refusal(const QString &fullId) const;
    CallHandle removeIn(const QString &ns, const QString &id, bool force, QObject *context,
                        Engine::DoneCallback callback);

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    std::shared_ptr<Stubs> m_stubs;
};
