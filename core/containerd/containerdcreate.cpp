#include "core/containerd/containerdcreate.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"

ContainerdCreate::ContainerdCreate(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
{}

ContainerdCreate::~ContainerdCreate() = default;

CallHandle ContainerdCreate::createContainer(const ContainerSpec &, QObject *context,
                                             Engine::Callback<CreatedObject> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}
