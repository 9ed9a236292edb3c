#include "core/containerd/containerdimages.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"

ContainerdImages::ContainerdImages(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
{}

ContainerdImages::~ContainerdImages() = default;

CallHandle ContainerdImages::listImages(bool, QObject *context,
                                        Engine::Callback<QList<ImageSummary>> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdImages::inspectImage(const QString &, QObject *context,
                                          Engine::Callback<ImageDetails> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdImages::imageHistory(const QString &, QObject *context,
                                          Engine::Callback<QList<ImageLayer>> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdImages::tagImage(const QString &, const QString &, QObject *context,
                                      Engine::DoneCallback callback)
{
    return m_engine.unsupportedDone(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdImages::removeImage(const QString &, bool, QObject *context,
                                         Engine::Callback<ImageRemoval> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdImages::pruneImages(bool, QObject *context,
                                         Engine::Callback<PruneReport> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

CallHandle ContainerdImages::diskUsage(QObject *context, Engine::Callback<DiskUsage> callback)
{
    return m_engine.unsupportedCall(m_engine.notYet(), context, std::move(callback));
}

ProgressStream *ContainerdImages::pullImage(const QString &, const RegistryAuth &, QObject *parent)
{
    return m_engine.refusedStream<ProgressStream>(m_engine.notYet(), parent);
}
