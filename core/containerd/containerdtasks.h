#pragma once

#include "core/engine/engine.h"

#include <QObject>

class ContainerdEngine;
class GrpcChannel;

// What runs a container: tasks.v1 (start with its snapshot's mounts and a log file, stop, kill,
// pause, resume, wait), removal with task and snapshot, and the log. Part of ContainerdEngine, on
// the node's thread; the engine forwards its calls here.
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

private:
    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
};
