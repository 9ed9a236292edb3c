#pragma once

#include "core/engine/engine.h"

#include <QMetaObject>

#include <functional>

class ContainerdContainers;
class ContainerdCreate;
class ContainerdImages;
class ContainerdNode;
class ContainerdPull;
class ContainerdTasks;
class GrpcChannel;

// containerd's own gRPC API (core/containerd). One namespace or all of them (the endpoint's
// containerdNamespace); container ids are "NAMESPACE/ID" (ContainerdIds). Each area is a class
// of its own this one forwards to. What containerd does not have (volumes, networks, exec,
// builds, health checks, pods) answers Unsupported, and the capabilities leave it out.
class ContainerdEngine final : public Engine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdEngine)

public:
    explicit ContainerdEngine(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ContainerdEngine() override;

    // Short unary calls get this long; calls that wait on purpose (Wait, a stop's grace time)
    // get their own.
    static constexpr int CallTimeoutMs = 30000;

    GrpcChannel &channel() const { return *m_channel; }
    // The namespaces this node shows: the endpoint's one, or every namespace the engine has,
    // "default" first and the rest by name.
    CallHandle namespaces(QObject *context, Callback<QStringList> callback);

    // For the areas: answers that say a call is not what this engine does.
    template<typename T>
    CallHandle unsupportedCall(const QString &reason, QObject *context, Callback<T> callback) const
    {
        return unsupported<T>(reason, context, std::move(callback));
    }
    CallHandle unsupportedDone(const QString &reason, QObject *context, DoneCallback callback) const
    {
        return Engine::unsupportedDone(reason, context, std::move(callback));
    }
    EngineError unsupportedError(const QString &reason) const
    {
        return Engine::unsupportedError(reason);
    }
    // A stream that ends at once with `error`.
    template<typename Stream>
    Stream *failedStream(const EngineError &error, QObject *parent) const
    {
        auto *stream = new Stream(parent);
        QMetaObject::invokeMethod(
            stream, [stream, error] { Q_EMIT stream->ended(error); }, Qt::QueuedConnection);
        return stream;
    }
    template<typename Stream>
    Stream *refusedStream(const QString &reason, QObject *parent) const
    {
        return failedStream<Stream>(unsupportedError(reason), parent);
    }
    QString notYet() const;

    Endpoint endpoint() const override { return m_endpoint; }
    void identify(QObject *context, InfoCallback callback) override;
    void identifyQuickly(QObject *context, InfoCallback callback) override;
    void identifyToFollow(QObject *context, InfoCallback callback) override;
    EngineInfo info() const override { return m_info; }
    CallHandle ping(QObject *context, DoneCallback callback) override;
    QHash<QString, qint64> callCounts() const override;

    CallHandle systemInfo(QObject *context, Callback<SystemInfo> callback) override;
    CallHandle diskUsage(QObject *context, Callback<DiskUsage> callback) override;

    CallHandle listImages(bool all, QObject *context,
                          Callback<QList<ImageSummary>> callback) override;
    CallHandle inspectImage(const QString &name, QObject *context,
                            Callback<ImageDetails> callback) override;
    CallHandle imageHistory(const QString &name, QObject *context,
                            Callback<QList<ImageLayer>> callback) override;
    CallHandle tagImage(const QString &source, const QString &target, QObject *context,
                        DoneCallback callback) override;
    CallHandle removeImage(const QString &name, bool force, QObject *context,
                           Callback<ImageRemoval> callback) override;
    CallHandle searchImages(const QString &term, int limit, QObject *context,
                            Callback<QList<ImageSearchResult>> callback) override;
    CallHandle checkRegistryLogin(const RegistryAuth &auth, QObject *context,
                                  Callback<QString> callback) override;
    CallHandle pruneImages(bool all, QObject *context, Callback<PruneReport> callback) override;

    CallHandle listVolumes(QObject *context, Callback<QList<VolumeInfo>> callback) override;
    CallHandle inspectVolume(const QString &name, QObject *context,
                             Callback<VolumeInfo> callback) override;
    CallHandle createVolume(const VolumeSpec &spec, QObject *context,
                            Callback<VolumeInfo> callback) override;
    CallHandle removeVolume(const QString &name, bool force, QObject *context,
                            DoneCallback callback) override;
    CallHandle pruneVolumes(const QStringList &labels, QObject *context,
                            Callback<PruneReport> callback) override;

    CallHandle listNetworks(QObject *context, Callback<QList<NetworkInfo>> callback) override;
    CallHandle inspectNetwork(const QString &idOrName, QObject *context,
                              Callback<NetworkInfo> callback) override;
    CallHandle createNetwork(const NetworkSpec &spec, QObject *context,
                             Callback<CreatedObject> callback) override;
    CallHandle removeNetwork(const QString &idOrName, QObject *context,
                             DoneCallback callback) override;
    CallHandle pruneNetworks(const QStringList &labels, QObject *context,
                             Callback<PruneReport> callback) override;
    CallHandle connectNetwork(const QString &network, const QString &container,
                              const QStringList &aliases, QObject *context,
                              DoneCallback callback) override;
    CallHandle disconnectNetwork(const QString &network, const QString &container, bool force,
                                 QObject *context, DoneCallback callback) override;

    CallHandle listContainers(const QStringList &ids, QObject *context,
                              ContainersCallback callback) override;
    CallHandle listContainersWhere(const QString &filter, const QString &value, QObject *context,
                                   ContainersCallback callback) override;
    CallHandle inspectContainer(const QString &id, QObject *context,
                                Callback<ContainerDetails> callback) override;
    CallHandle createContainer(const ContainerSpec &spec, QObject *context,
                               Callback<CreatedObject> callback) override;
    CallHandle startContainer(const QString &id, QObject *context, DoneCallback callback) override;
    CallHandle stopContainer(const QString &id, int timeoutSecs, QObject *context,
                             DoneCallback callback) override;
    CallHandle restartContainer(const QString &id, int timeoutSecs, QObject *context,
                                DoneCallback callback) override;
    CallHandle killContainer(const QString &id, const QString &signal, QObject *context,
                             DoneCallback callback) override;
    CallHandle pauseContainer(const QString &id, QObject *context, DoneCallback callback) override;
    CallHandle unpauseContainer(const QString &id, QObject *context,
                                DoneCallback callback) override;
    CallHandle renameContainer(const QString &id, const QString &newName, QObject *context,
                               DoneCallback callback) override;
    CallHandle removeContainer(const QString &id, bool force, bool removeVolumes, QObject *context,
                               DoneCallback callback) override;
    CallHandle waitContainerUntil(const QString &id, WaitCondition condition, QObject *context,
                                  Callback<int> callback) override;
    CallHandle pruneContainers(QObject *context, Callback<PruneReport> callback) override;
    CallHandle commitContainer(const QString &id, const CommitOptions &options, QObject *context,
                               Callback<CreatedObject> callback) override;
    CallHandle topContainer(const QString &id, QObject *context,
                            Callback<ProcessList> callback) override;

    EventStream *watchObjects(const QList<EngineEvent::Object> &objects, QObject *parent) override;
    EventStream *watchEvents(const EventFilter &filter, QObject *parent) override;
    LogStream *readLogs(const QString &id, const LogOptions &options, QObject *parent) override;
    ProgressStream *pullImage(const QString &reference, const RegistryAuth &auth,
                              QObject *parent) override;
    ProgressStream *pushImage(const QString &reference, const RegistryAuth &auth,
                              QObject *parent) override;
    ProgressStream *buildImage(const BuildOptions &options, QObject *parent) override;
    ExecSession *attach(const QString &containerId, bool tty, bool input, QObject *parent) override;
    ExecSession *exec(const QString &containerId, const ExecOptions &options,
                      QObject *parent) override;
    StatsStream *readStats(const QString &id, bool stream, QObject *parent) override;

private:
    static EngineCapabilities capabilitiesFor(const QString &version);

    Endpoint m_endpoint;
    EngineInfo m_info;
    GrpcChannel *m_channel;
    ContainerdContainers *m_containers;
    ContainerdTasks *m_tasks;
    ContainerdImages *m_images;
    ContainerdCreate *m_create;
    ContainerdNode *m_node;
    ContainerdPull *m_pull;
};
