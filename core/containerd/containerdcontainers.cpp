#include "core/containerd/containerdcontainers.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"

ContainerdContainers::ContainerdContainers(ContainerdEngine &engine, GrpcChannel &channel,
                                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
{}

ContainerdContainers::~ContainerdContainers() = default;

CallHandle ContainerdContainers::listContainers(const QStringList &, QObject *context,
                                                Engine::ContainersCallback callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdContainers::listContainersWhere(const QString &, const QString &,
                                                     QObject *context,
                                                     Engine::ContainersCallback callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdContainers::inspectContainer(const QString &, QObject *context,
                                                  Engine::Callback<ContainerDetails> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

EventStream *ContainerdContainers::watchObjects(const QList<EngineEvent::Object> &, QObject *parent)
{
    return m_engine.refusedStream<EventStream>(m_engine.notYet(), parent);
}

EventStream *ContainerdContainers::watchEvents(const EventFilter &, QObject *parent)
{
    return m_engine.refusedStream<EventStream>(m_engine.notYet(), parent);
}
