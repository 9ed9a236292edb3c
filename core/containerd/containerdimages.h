#pragma once

#include "core/engine/engine.h"

#include <QObject>

class ContainerdEngine;
class GrpcChannel;

// Images: images.v1 with their manifests and configs read from the content store; disk use.
// Part of ContainerdEngine, on the node's thread; the engine forwards its calls here.
class ContainerdImages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdImages)

public:
    ContainerdImages(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdImages() override;

    CallHandle listImages(bool all, QObject *context,
                          Engine::Callback<QList<ImageSummary>> callback);
    CallHandle inspectImage(const QString &name, QObject *context,
                            Engine::Callback<ImageDetails> callback);
    CallHandle imageHistory(const QString &name, QObject *context,
                            Engine::Callback<QList<ImageLayer>> callback);
    CallHandle tagImage(const QString &source, const QString &target, QObject *context,
                        Engine::DoneCallback callback);
    CallHandle removeImage(const QString &name, bool force, QObject *context,
                           Engine::Callback<ImageRemoval> callback);
    CallHandle pruneImages(bool all, QObject *context, Engine::Callback<PruneReport> callback);
    CallHandle diskUsage(QObject *context, Engine::Callback<DiskUsage> callback);
    ProgressStream *pullImage(const QString &reference, const RegistryAuth &auth, QObject *parent);

private:
    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
};
