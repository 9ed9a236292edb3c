#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/containerdetails.h"
#include "core/engine/containerspec.h"
#include "core/engine/containersummary.h"
#include "core/engine/engineinfo.h"
#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/eventstream.h"
#include "core/engine/execsession.h"
#include "core/engine/imageinfo.h"
#include "core/engine/logstream.h"
#include "core/engine/networkinfo.h"
#include "core/engine/podinfo.h"
#include "core/engine/progressstream.h"
#include "core/engine/stackremoval.h"
#include "core/engine/statsstream.h"
#include "core/engine/swarminfo.h"
#include "core/engine/swarmnode.h"
#include "core/engine/swarmsecret.h"
#include "core/engine/swarmservice.h"
#include "core/engine/swarmtask.h"
#include "core/engine/systeminfo.h"
#include "core/engine/volumeinfo.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

// The engine-neutral interface the services use. Calls are asynchronous: a callback runs on the
// engine's thread once the answer is there, and never after `context` is destroyed. Every call
// returns a handle that cancels it; a cancelled call answers with an Aborted error.
class Engine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    template<typename T>
    using Callback = std::function<void(const EngineResult<T> &)>;
    using InfoCallback = Callback<EngineInfo>;
    using ContainersCallback = Callback<QList<ContainerSummary>>;
    // For calls that answer nothing but success or failure.
    using DoneCallback = std::function<void(const EngineError &)>;

    using QObject::QObject;
    ~Engine() override = default;

    virtual Endpoint endpoint() const = 0;
    // Checks that an engine answers and who it is; fixes the API version for later calls and
    // fills in the capabilities.
    virtual void identify(QObject *context, InfoCallback callback) = 0;
    // The same from /_ping's answer alone, one round trip that costs the engine nothing (Podman
    // works out its /version by asking its OCI tools, a third of a second or more): kind, API
    // versions and capabilities, and the version and OS as the Server header gives them. Arch
    // and kernel stay empty until identify().
    virtual void identifyQuickly(QObject *context, InfoCallback callback) = 0;
    // identifyQuickly() for a node that follows this engine: it asks watchObjects() for the
    // node's events next, then lists. An engine whose subscription does not depend on what the
    // identification finds may open it alongside (one round trip instead of two); the rest
    // only identify.
    virtual void identifyToFollow(QObject *context, InfoCallback callback)
    {
        identifyQuickly(context, std::move(callback));
    }
    // What identify() found; empty before it succeeded.
    virtual EngineInfo info() const = 0;
    // The cheapest question an engine answers: is it there. For health probes.
    virtual CallHandle ping(QObject *context, DoneCallback callback) = 0;
    // How many short calls were made so far, by operation ("GET /containers/json"): lets tests
    // and benchmarks see what a service asks, and how often.
    virtual QHash<QString, qint64> callCounts() const = 0;

    // ---- system ----
    virtual CallHandle systemInfo(QObject *context, Callback<SystemInfo> callback) = 0;
    virtual CallHandle diskUsage(QObject *context, Callback<DiskUsage> callback) = 0;
    // Build cache that no build uses now (EngineCapabilities::buildCache); an engine without
    // one keeps this, which answers Unsupported.
    virtual CallHandle pruneBuildCache(QObject *context, Callback<PruneReport> callback);

    // ---- images ----
    // `all` includes the intermediate images of builds.
    virtual CallHandle listImages(bool all, QObject *context,
                                  Callback<QList<ImageSummary>> callback) = 0;
    virtual CallHandle inspectImage(const QString &name, QObject *context,
                                    Callback<ImageDetails> callback) = 0;
    virtual CallHandle imageHistory(const QString &name, QObject *context,
                                    Callback<QList<ImageLayer>> callback) = 0;
    // Gives `source` the name `target` ([registry/]repository[:tag], tag latest by default).
    virtual CallHandle tagImage(const QString &source, const QString &target, QObject *context,
                                DoneCallback callback) = 0;
    virtual CallHandle removeImage(const QString &name, bool force, QObject *context,
                                   Callback<ImageRemoval> callback) = 0;
    // Images in registries whose names contain `term`; a registry host may lead it
    // ("registry.example:5000/name"), else the engine's default registries are searched. At most
    // `limit` results (0: the engine's own default). Only where capabilities().imageSearch.
    virtual CallHandle searchImages(const QString &term, int limit, QObject *context,
                                    Callback<QList<ImageSearchResult>> callback) = 0;
    // Asks the engine to log in to `auth.serverAddress` with the credentials (checks them; the
    // engine keeps nothing). Answers the registry's status ("Login Succeeded").
    virtual CallHandle checkRegistryLogin(const RegistryAuth &auth, QObject *context,
                                          Callback<QString> callback) = 0;
    // Dangling images, or (`all`) every image no container uses.
    virtual CallHandle pruneImages(bool all, QObject *context, Callback<PruneReport> callback) = 0;

    // ---- volumes ----
    virtual CallHandle listVolumes(QObject *context, Callback<QList<VolumeInfo>> callback) = 0;
    virtual CallHandle inspectVolume(const QString &name, QObject *context,
                                     Callback<VolumeInfo> callback) = 0;
    virtual CallHandle createVolume(const VolumeSpec &spec, QObject *context,
                                    Callback<VolumeInfo> callback) = 0;
    virtual CallHandle removeVolume(const QString &name, bool force, QObject *context,
                                    DoneCallback callback) = 0;
    // Volumes no container uses, named ones too (from API 1.42 on, Docker is asked for
    // them with `all`); with `labels` ("key" or
    // "key=value") only those that carry them all.
    virtual CallHandle pruneVolumes(const QStringList &labels, QObject *context,
                                    Callback<PruneReport> callback) = 0;
    CallHandle pruneVolumes(QObject *context, Callback<PruneReport> callback)
    {
        return pruneVolumes({}, context, std::move(callback));
    }

    // ---- networks ----
    virtual CallHandle listNetworks(QObject *context, Callback<QList<NetworkInfo>> callback) = 0;
    virtual CallHandle inspectNetwork(const QString &idOrName, QObject *context,
                                      Callback<NetworkInfo> callback) = 0;
    virtual CallHandle createNetwork(const NetworkSpec &spec, QObject *context,
                                     Callback<CreatedObject> callback) = 0;
    virtual CallHandle removeNetwork(const QString &idOrName, QObject *context,
                                     DoneCallback callback) = 0;
    // Networks no container uses; with `labels` ("key" or "key=value") only those that carry
    // them all.
    virtual CallHandle pruneNetworks(const QStringList &labels, QObject *context,
                                     Callback<PruneReport> callback) = 0;
    CallHandle pruneNetworks(QObject *context, Callback<PruneReport> callback)
    {
        return pruneNetworks({}, context, std::move(callback));
    }
    virtual CallHandle connectNetwork(const QString &network, const QString &container,
                                      const QStringList &aliases, QObject *context,
                                      DoneCallback callback) = 0;
    virtual CallHandle disconnectNetwork(const QString &network, const QString &container,
                                         bool force, QObject *context, DoneCallback callback) = 0;

    // ---- pods and kube (EngineCapabilities::pods, ::kube) ----
    // An engine without them keeps these: they answer Unsupported (see unsupported()).
    virtual CallHandle listPods(QObject *context, Callback<QList<PodInfo>> callback);
    virtual CallHandle inspectPod(const QString &name, QObject *context,
                                  Callback<PodInfo> callback);
    virtual CallHandle createPod(const PodSpec &spec, QObject *context,
                                 Callback<CreatedObject> callback);
    virtual CallHandle startPod(const QString &name, QObject *context, DoneCallback callback);
    virtual CallHandle stopPod(const QString &name, int timeoutSecs, QObject *context,
                               DoneCallback callback);
    virtual CallHandle restartPod(const QString &name, QObject *context, DoneCallback callback);
    virtual CallHandle pausePod(const QString &name, QObject *context, DoneCallback callback);
    virtual CallHandle unpausePod(const QString &name, QObject *context, DoneCallback callback);
    virtual CallHandle killPod(const QString &name, const QString &signal, QObject *context,
                               DoneCallback callback);
    virtual CallHandle removePod(const QString &name, bool force, QObject *context,
                                 DoneCallback callback);
    virtual CallHandle prunePods(QObject *context, Callback<PruneReport> callback);
    virtual CallHandle podStats(const QString &name, QObject *context,
                                Callback<QList<PodStatsEntry>> callback);
    // Kube YAML for pods or containers, and pods made from such YAML.
    virtual CallHandle generateKube(const QStringList &names, QObject *context,
                                    Callback<QString> callback);
    virtual CallHandle playKube(const QByteArray &yaml, QObject *context,
                                Callback<KubePlayReport> callback);
    // Runs a container's health check now (EngineCapabilities::healthcheckRun).
    virtual CallHandle runHealthcheck(const QString &container, QObject *context,
                                      Callback<HealthState> callback);

    // ---- a Docker swarm (EngineCapabilities::swarm) ----
    // An engine without swarms keeps these: they answer Unsupported. Beyond swarmInfo(), only a
    // swarm's managers answer; a worker's engine refuses with the engine's own message.
    // Where this engine stands in a swarm, and the cluster where it is a manager.
    virtual CallHandle swarmInfo(QObject *context, Callback<SwarmInfo> callback);
    // Only where it stands: every engine that has swarms answers (a worker, one in no swarm).
    virtual CallHandle swarmLocalState(QObject *context, Callback<SwarmInfo> callback);
    // Only the cluster a manager runs: a SwarmInfo with the cluster's fields, the rest empty.
    virtual CallHandle swarmCluster(QObject *context, Callback<SwarmInfo> callback);
    // A new join token for workers (or managers); the old one stops working.
    virtual CallHandle rotateJoinToken(const SwarmInfo &cluster, bool manager, QObject *context,
                                       DoneCallback callback);
    virtual CallHandle listSwarmNodes(QObject *context, Callback<QList<SwarmNode>> callback);
    virtual CallHandle updateSwarmNode(const SwarmNode &node, const SwarmNodeUpdate &update,
                                       QObject *context, DoneCallback callback);
    // `force`: a node that is down, or a manager, too.
    virtual CallHandle removeSwarmNode(const QString &id, bool force, QObject *context,
                                       DoneCallback callback);
    virtual CallHandle listServices(QObject *context, Callback<QList<SwarmService>> callback);
    virtual CallHandle inspectService(const QString &id, QObject *context,
                                      Callback<SwarmService> callback);
    virtual CallHandle createService(const SwarmServiceSpec &spec, QObject *context,
                                     Callback<CreatedObject> callback);
    // Replicas of a replicated service.
    virtual CallHandle scaleService(const SwarmService &service, int replicas, QObject *context,
                                    DoneCallback callback);
    // Another image for its tasks: the swarm rolls it through by the service's update policy.
    virtual CallHandle updateServiceImage(const SwarmService &service, const QString &image,
                                          QObject *context, DoneCallback callback);
    // Back to the spec before the last update.
    virtual CallHandle rollbackService(const SwarmService &service, QObject *context,
                                       DoneCallback callback);
    virtual CallHandle removeService(const QString &id, QObject *context, DoneCallback callback);
    // The tasks of one service (or of all, `serviceId` empty), the finished ones the swarm keeps
    // included.
    virtual CallHandle listTasks(const QString &serviceId, QObject *context,
                                 Callback<QList<SwarmTask>> callback);
    // The merged log of a service's tasks on every node. Each line begins (after its time, with
    // timestamps) with the ids the swarm labels it with: see DockerSwarmJson::splitLogDetails.
    virtual LogStream *readServiceLogs(const QString &service, const LogOptions &options,
                                       QObject *parent);
    virtual CallHandle listSecrets(SwarmSecret::Kind kind, QObject *context,
                                   Callback<QList<SwarmSecret>> callback);
    virtual CallHandle createSecret(SwarmSecret::Kind kind, const QString &name,
                                    const QByteArray &data, const QMap<QString, QString> &labels,
                                    QObject *context, Callback<CreatedObject> callback);
    virtual CallHandle removeSecret(SwarmSecret::Kind kind, const QString &id, QObject *context,
                                    DoneCallback callback);
    // A stack's services, then its secrets, configs and networks (see StackRemover).
    CallHandle removeStack(const QString &stack, QObject *context, Callback<StackRemoval> callback);

    // ---- containers ----
    // All containers, or only those whose ids are given (an id not in the result is gone).
    virtual CallHandle listContainers(const QStringList &ids, QObject *context,
                                      ContainersCallback callback) = 0;
    // The containers (running or not) that match one of the engine's list filters: "volume"
    // (a volume's name), "network", "label" ("key" or "key=value"), ...
    virtual CallHandle listContainersWhere(const QString &filter, const QString &value,
                                           QObject *context, ContainersCallback callback) = 0;
    virtual CallHandle inspectContainer(const QString &id, QObject *context,
                                        Callback<ContainerDetails> callback) = 0;
    virtual CallHandle createContainer(const ContainerSpec &spec, QObject *context,
                                       Callback<CreatedObject> callback) = 0;
    virtual CallHandle startContainer(const QString &id, QObject *context,
                                      DoneCallback callback) = 0;
    // Stops with SIGTERM (or the container's stop signal), then SIGKILL after `timeoutSecs`
    // (-1: the container's own stop timeout).
    virtual CallHandle stopContainer(const QString &id, int timeoutSecs, QObject *context,
                                     DoneCallback callback) = 0;
    virtual CallHandle restartContainer(const QString &id, int timeoutSecs, QObject *context,
                                        DoneCallback callback) = 0;
    // `signal` as a name (SIGHUP, HUP) or number; empty for SIGKILL.
    virtual CallHandle killContainer(const QString &id, const QString &signal, QObject *context,
                                     DoneCallback callback) = 0;
    virtual CallHandle pauseContainer(const QString &id, QObject *context,
                                      DoneCallback callback) = 0;
    virtual CallHandle unpauseContainer(const QString &id, QObject *context,
                                        DoneCallback callback) = 0;
    virtual CallHandle renameContainer(const QString &id, const QString &newName, QObject *context,
                                       DoneCallback callback) = 0;
    virtual CallHandle removeContainer(const QString &id, bool force, bool removeVolumes,
                                       QObject *context, DoneCallback callback) = 0;
    // Waits, with no time limit, until the container is not running; answers its exit code.
    CallHandle waitContainer(const QString &id, QObject *context, Callback<int> callback)
    {
        return waitContainerUntil(id, WaitCondition::NotRunning, context, std::move(callback));
    }
    // NextExit and Removed are asked before starting, so a quick exit or an auto-remove is not
    // missed (as docker run does).
    enum class WaitCondition
    {
        NotRunning,
        NextExit,
        Removed
    };
    virtual CallHandle waitContainerUntil(const QString &id, WaitCondition condition,
                                          QObject *context, Callback<int> callback) = 0;
    virtual CallHandle pruneContainers(QObject *context, Callback<PruneReport> callback) = 0;
    virtual CallHandle commitContainer(const QString &id, const CommitOptions &options,
                                       QObject *context, Callback<CreatedObject> callback) = 0;
    virtual CallHandle topContainer(const QString &id, QObject *context,
                                    Callback<ProcessList> callback) = 0;

    // ---- streams, each on a connection of its own; the stream is a child of `parent` ----
    // Container events from now on.
    EventStream *watchContainerEvents(QObject *parent)
    {
        return watchObjects({EngineEvent::Object::Container}, parent);
    }
    // Events about these kinds of objects, from now on.
    virtual EventStream *watchObjects(const QList<EngineEvent::Object> &objects,
                                      QObject *parent) = 0;
    // Events as the user filters them (gontainer-cli events): types and actions in the
    // engine's own words.
    virtual EventStream *watchEvents(const EventFilter &filter, QObject *parent) = 0;
    virtual LogStream *readLogs(const QString &id, const LogOptions &options, QObject *parent) = 0;
    // Pulls `reference` (tag latest by default). The stream is a child of `parent`.
    virtual ProgressStream *pullImage(const QString &reference, const RegistryAuth &auth,
                                      QObject *parent) = 0;
    virtual ProgressStream *pushImage(const QString &reference, const RegistryAuth &auth,
                                      QObject *parent) = 0;
    // Packs the context (on a worker thread) and builds with the engine's classic builder; the
    // build's output comes as progress events, the new image's id with the last.
    virtual ProgressStream *buildImage(const BuildOptions &options, QObject *parent) = 0;
    // The container's own standard streams (`tty`: it was created with a terminal; `input`:
    // send standard input). Open it before starting the container to miss no output; its
    // finished() gives the exit code when the container still exists, else -1.
    virtual ExecSession *attach(const QString &containerId, bool tty, bool input,
                                QObject *parent) = 0;
    // Runs a command in a running container.
    virtual ExecSession *exec(const QString &containerId, const ExecOptions &options,
                              QObject *parent) = 0;
    // Resource use about once a second, or (`stream` false) a single sample.
    virtual StatsStream *readStats(const QString &id, bool stream, QObject *parent) = 0;

protected:
    // Answers `callback` with an Unsupported error saying `reason`, on `context`'s thread
    // after the call returned, as any answer comes.
    template<typename T>
    CallHandle unsupported(const QString &reason, QObject *context, Callback<T> callback) const
    {
        const EngineError e = unsupportedError(reason);
        QMetaObject::invokeMethod(
            context, [callback, e] { callback(EngineResult<T>::failure(e)); },
            Qt::QueuedConnection);
        return {};
    }
    CallHandle unsupportedDone(const QString &reason, QObject *context,
                               DoneCallback callback) const;
    EngineError unsupportedError(const QString &reason) const;
    // Why an engine without pods answers their calls.
    static QString noPods();
    // Why an engine without swarms answers their calls.
    static QString noSwarm();
};
