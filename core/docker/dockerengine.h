#pragma once

#include "core/docker/dockererrorkind.h"
#include "core/engine/engine.h"
#include "core/transport/httprequest.h"

#include <memory>
#include <optional>

class ConnectionPool;
class HttpReply;
class DockerSwarmApi;
class PodmanApi;

// The Docker Engine API, which Docker and Podman both serve. Podman is told apart by the
// Libpod-Api-Version header of /_ping, which also unlocks its own API: what only that API does
// (pods, kube, health-check runs, its container list) is handed to a PodmanApi
// (core/podman).
class DockerEngine final : public Engine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEngine)

public:
    // The API versions whose shapes this client implements.
    static constexpr int MinApiMinor = 40; // 1.40, Docker 19.03
    static constexpr int MaxApiMinor = 47; // 1.47, Docker 27

    explicit DockerEngine(const Endpoint &endpoint, QObject *parent = nullptr);
    ~DockerEngine() override;

    Endpoint endpoint() const override { return m_endpoint; }
    // docker -H URL [TLS options]: Docker's own client for this endpoint.
    static QStringList clientCommand(const Endpoint &endpoint);
    // How many connections short calls have opened so far (they share them while they can).
    qint64 connectionsOpened() const;
    // The node's connections: their limits, figures and (over SSH) the shared login.
    ConnectionPool *pool() const { return m_pool; }
    void identify(QObject *context, InfoCallback callback) override;
    void identifyQuickly(QObject *context, InfoCallback callback) override;
    EngineInfo info() const override { return m_info; }
    CallHandle ping(QObject *context, DoneCallback callback) override;
    QHash<QString, qint64> callCounts() const override { return m_callCounts; }

    CallHandle systemInfo(QObject *context, Callback<SystemInfo> callback) override;
    CallHandle diskUsage(QObject *context, Callback<DiskUsage> callback) override;
    CallHandle pruneBuildCache(QObject *context, Callback<PruneReport> callback) override;

    CallHandle listImages(bool all, QObject *context,
                          Callback<QList<ImageSummary>> callback) override;
    CallHandle inspectImage(const QString &name, QObject *context,
                            Callback<ImageDetails> callback) override;
    CallHandle imageHistory(const QString &name, QObject *context,
                            Callback<QList<ImageLayer>> callback) override;
    CallHandle checkRegistryLogin(const RegistryAuth &auth, QObject *context,
                                  Callback<QString> callback) override;
    CallHandle searchImages(const QString &term, int limit, QObject *context,
                            Callback<QList<ImageSearchResult>> callback) override;
    CallHandle tagImage(const QString &source, const QString &target, QObject *context,
                        DoneCallback callback) override;
    CallHandle removeImage(const QString &name, bool force, QObject *context,
                           Callback<ImageRemoval> callback) override;
    CallHandle pruneImages(bool all, QObject *context, Callback<PruneReport> callback) override;
    ProgressStream *pullImage(const QString &reference, const RegistryAuth &auth,
                              QObject *parent) override;
    ProgressStream *pushImage(const QString &reference, const RegistryAuth &auth,
                              QObject *parent) override;
    ProgressStream *buildImage(const BuildOptions &options, QObject *parent) override;

    CallHandle listVolumes(QObject *context, Callback<QList<VolumeInfo>> callback) override;
    CallHandle inspectVolume(const QString &name, QObject *context,
                             Callback<VolumeInfo> callback) override;
    CallHandle createVolume(const VolumeSpec &spec, QObject *context,
                            Callback<VolumeInfo> callback) override;
    CallHandle removeVolume(const QString &name, bool force, QObject *context,
                            DoneCallback callback) override;
    using Engine::pruneVolumes;
    CallHandle pruneVolumes(const QStringList &labels, QObject *context,
                            Callback<PruneReport> callback) override;

    CallHandle listNetworks(QObject *context, Callback<QList<NetworkInfo>> callback) override;
    CallHandle inspectNetwork(const QString &idOrName, QObject *context,
                              Callback<NetworkInfo> callback) override;
    CallHandle createNetwork(const NetworkSpec &spec, QObject *context,
                             Callback<CreatedObject> callback) override;
    CallHandle removeNetwork(const QString &idOrName, QObject *context,
                             DoneCallback callback) override;
    using Engine::pruneNetworks;
    CallHandle pruneNetworks(const QStringList &labels, QObject *context,
                             Callback<PruneReport> callback) override;
    CallHandle connectNetwork(const QString &network, const QString &container,
                              const QStringList &aliases, QObject *context,
                              DoneCallback callback) override;
    CallHandle disconnectNetwork(const QString &network, const QString &container, bool force,
                                 QObject *context, DoneCallback callback) override;

    CallHandle listPods(QObject *context, Callback<QList<PodInfo>> callback) override;
    CallHandle inspectPod(const QString &name, QObject *context,
                          Callback<PodInfo> callback) override;
    CallHandle createPod(const PodSpec &spec, QObject *context,
                         Callback<CreatedObject> callback) override;
    CallHandle startPod(const QString &name, QObject *context, DoneCallback callback) override;
    CallHandle stopPod(const QString &name, int timeoutSecs, QObject *context,
                       DoneCallback callback) override;
    CallHandle restartPod(const QString &name, QObject *context, DoneCallback callback) override;
    CallHandle pausePod(const QString &name, QObject *context, DoneCallback callback) override;
    CallHandle unpausePod(const QString &name, QObject *context, DoneCallback callback) override;
    CallHandle killPod(const QString &name, const QString &signal, QObject *context,
                       DoneCallback callback) override;
    CallHandle removePod(const QString &name, bool force, QObject *context,
                         DoneCallback callback) override;
    CallHandle prunePods(QObject *context, Callback<PruneReport> callback) override;
    CallHandle podStats(const QString &name, QObject *context,
                        Callback<QList<PodStatsEntry>> callback) override;
    CallHandle generateKube(const QStringList &names, QObject *context,
                            Callback<QString> callback) override;
    CallHandle playKube(const QByteArray &yaml, QObject *context,
                        Callback<KubePlayReport> callback) override;
    CallHandle swarmInfo(QObject *context, Callback<SwarmInfo> callback) override;
    CallHandle swarmLocalState(QObject *context, Callback<SwarmInfo> callback) override;
    CallHandle swarmCluster(QObject *context, Callback<SwarmInfo> callback) override;
    CallHandle rotateJoinToken(const SwarmInfo &cluster, bool manager, QObject *context,
                               DoneCallback callback) override;
    CallHandle listSwarmNodes(QObject *context, Callback<QList<SwarmNode>> callback) override;
    CallHandle updateSwarmNode(const SwarmNode &node, const SwarmNodeUpdate &update,
                               QObject *context, DoneCallback callback) override;
    CallHandle removeSwarmNode(const QString &id, bool force, QObject *context,
                               DoneCallback callback) override;
    CallHandle listServices(QObject *context, Callback<QList<SwarmService>> callback) override;
    CallHandle inspectService(const QString &id, QObject *context,
                              Callback<SwarmService> callback) override;
    CallHandle createService(const SwarmServiceSpec &spec, QObject *context,
                             Callback<CreatedObject> callback) override;
    CallHandle scaleService(const SwarmService &service, int replicas, QObject *context,
                            DoneCallback callback) override;
    CallHandle updateServiceImage(const SwarmService &service, const QString &image,
                                  QObject *context, DoneCallback callback) override;
    CallHandle rollbackService(const SwarmService &service, QObject *context,
                               DoneCallback callback) override;
    CallHandle removeService(const QString &id, QObject *context, DoneCallback callback) override;
    CallHandle listTasks(const QString &serviceId, QObject *context,
                         Callback<QList<SwarmTask>> callback) override;
    LogStream *readServiceLogs(const QString &service, const LogOptions &options,
                               QObject *parent) override;
    CallHandle listSecrets(SwarmSecret::Kind kind, QObject *context,
                           Callback<QList<SwarmSecret>> callback) override;
    CallHandle createSecret(SwarmSecret::Kind kind, const QString &name, const QByteArray &data,
                            const QMap<QString, QString> &labels, QObject *context,
                            Callback<CreatedObject> callback) override;
    CallHandle removeSecret(SwarmSecret::Kind kind, const QString &id, QObject *context,
                            DoneCallback callback) override;
    CallHandle runHealthcheck(const QString &container, QObject *context,
                              Callback<HealthState> callback) override;

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
    ExecSession *exec(const QString &containerId, const ExecOptions &options,
                      QObject *parent) override;
    ExecSession *attach(const QString &containerId, bool tty, bool input, QObject *parent) override;
    StatsStream *readStats(const QString &id, bool stream, QObject *parent) override;

private:
    friend class PodmanApi;      // sends its calls through call() and typedCall()
    friend class DockerSwarmApi; // the same

    using ReplyHandler = std::function<void(HttpReply *reply, const QByteArray &body)>;
    using ErrorHandler = std::function<void(const EngineError &)>;
    // Sends a short call and hands over the whole body, or reports the failure to `onError`.
    CallHandle call(HttpRequest request, QObject *context, ReplyHandler onSuccess,
                    ErrorHandler onError);
    // A call whose body a parser turns into T; `what` names the payload in the error when the
    // parser refuses it.
    template<typename T>
    CallHandle typedCall(HttpRequest request, QObject *context,
                         std::function<std::optional<T>(const QByteArray &)> parse,
                         const QString &what, Callback<T> callback);
    // A POST that answers nothing (204, or 304 when the container is already in that state).
    CallHandle action(const QByteArray &path, QObject *context, DoneCallback callback,
                      int timeoutMs = 30000, const QByteArray &body = {});
    // DELETE that answers nothing.
    CallHandle remove(const QByteArray &path, QObject *context, DoneCallback callback);
    QByteArray versioned(const QByteArray &path) const;
    // The prune call itself, with the engine's own report (pruneImages() measures Podman's).
    CallHandle sendImagePrune(bool all, QObject *context, Callback<PruneReport> callback);
    // Name, API version and capabilities filled in from the kind and libpod version.
    EngineInfo completed(EngineInfo info);
    static QByteArray encoded(const QString &id);
    // An image name in a path: its slashes and colons stay as they are.
    static QByteArray encodedName(const QString &name);

    Endpoint m_endpoint;
    ConnectionPool *m_pool;
    QHash<QString, qint64> m_callCounts;
    QByteArray m_apiVersion = "1.41";
    EngineInfo m_info;
    std::unique_ptr<PodmanApi> m_podman; // where the engine serves Podman's own API
    std::unique_ptr<DockerSwarmApi> m_swarm;
    // The swarm's calls go to m_swarm; Podman, which has none, answers Unsupported.
    DockerSwarmApi *swarm() const { return m_podman ? nullptr : m_swarm.get(); }
};

template<typename T>
CallHandle DockerEngine::typedCall(HttpRequest request, QObject *context,
                                   std::function<std::optional<T>(const QByteArray &)> parse,
                                   const QString &what, Callback<T> callback)
{
    const QString where = m_endpoint.toUrl();
    return call(
        std::move(request), context,
        [callback, parse = std::move(parse), what, where](HttpReply *, const QByteArray &body) {
            std::optional<T> value = parse(body);
            if (!value) {
                callback(EngineResult<T>::failure(EngineError::make(
                    EngineError::Kind::Protocol,
                    tr("the %1 is not the JSON the API promises").arg(what), where)));
                return;
            }
            callback(EngineResult<T>::success(std::move(*value)));
        },
        [callback](const EngineError &e) {
            callback(EngineResult<T>::failure(DockerErrorKind::classified(e)));
        });
}
