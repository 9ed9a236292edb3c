#include "core/containerd/containerdnode.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"

ContainerdNode::ContainerdNode(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
{}

ContainerdNode::~ContainerdNode() = default;

CallHandle ContainerdNode::systemInfo(QObject *context, Engine::Callback<SystemInfo> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

StatsStream *ContainerdNode::readStats(const QString &, bool, QObject *parent)
{
    return m_engine.refusedStream<StatsStream>(m_engine.notYet(), parent);
}
