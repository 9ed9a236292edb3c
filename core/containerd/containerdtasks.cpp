#include "core/containerd/containerdtasks.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"

ContainerdTasks::ContainerdTasks(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
{}

ContainerdTasks::~ContainerdTasks() = default;

CallHandle ContainerdTasks::startContainer(const QString &, QObject *context,
                                           Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::stopContainer(const QString &, int, QObject *context,
                                          Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::restartContainer(const QString &, int, QObject *context,
                                             Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::killContainer(const QString &, const QString &, QObject *context,
                                          Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::pauseContainer(const QString &, QObject *context,
                                           Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::unpauseContainer(const QString &, QObject *context,
                                             Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::renameContainer(const QString &, const QString &, QObject *context,
                                            Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::removeContainer(const QString &, bool, bool, QObject *context,
                                            Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::waitContainerUntil(const QString &, Engine::WaitCondition,
                                               QObject *context, Engine::Callback<int> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::pruneContainers(QObject *context,
                                            Engine::Callback<PruneReport> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdTasks::topContainer(const QString &, QObject *context,
                                         Engine::Callback<ProcessList> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

LogStream *ContainerdTasks::readLogs(const QString &, const LogOptions &, QObject *parent)
{
    return m_engine.refusedStream<LogStream>(m_engine.notYet(), parent);
}
