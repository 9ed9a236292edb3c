#include "core/containerd/containerdengine.h"

#include "core/containerd/containerdcontainers.h"
#include "core/containerd/containerdcreate.h"
#include "core/containerd/containerdimages.h"
#include "core/containerd/containerdnode.h"
#include "core/containerd/containerdpull.h"
#include "core/containerd/containerdtasks.h"
#include "core/containerd/grpcchannel.h"
#include "core/containerd/refusedexecsession.h"

#include <github.com/containerd/containerd/api/services/namespaces/v1/namespace.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/version/v1/version.grpc.pb.h>

#include <QVersionNumber>

#include <algorithm>

namespace nsapi = containerd::services::namespaces::v1;
namespace versionapi = containerd::services::version::v1;

namespace {

QString noVolumes()
{
    return ContainerdEngine::tr("containerd has no volumes: mount a folder of the machine "
                                "into the container instead");
}

QString noNetworks()
{
    return ContainerdEngine::tr("containerd has no networks of its own: its containers use "
                                "the machine's network or none");
}

QString noExec()
{
    return ContainerdEngine::tr("Gontainer does not run commands in containerd's containers "
                                "yet: use nerdctl exec or ctr task exec on the machine");
}

} // namespace

ContainerdEngine::ContainerdEngine(const Endpoint &endpoint, QObject *parent)
    : Engine(parent)
    , m_endpoint(endpoint)
    , m_channel(new GrpcChannel(endpoint, this))
    , m_containers(new ContainerdContainers(*this, *m_channel, this))
    , m_tasks(new ContainerdTasks(*this, *m_channel, this))
    , m_images(new ContainerdImages(*this, *m_channel, this))
    , m_create(new ContainerdCreate(*this, *m_channel, this))
    , m_node(new ContainerdNode(*this, *m_channel, this))
    , m_pull(new ContainerdPull(*this, *m_channel, this))
{}

ContainerdEngine::~ContainerdEngine() = default;

QString ContainerdEngine::notYet() const
{
    return tr("Gontainer does not do this on containerd nodes yet");
}

QHash<QString, qint64> ContainerdEngine::callCounts() const
{
    return m_channel->callCounts();
}

EngineCapabilities ContainerdEngine::capabilitiesFor(const QString &version)
{
    EngineCapabilities c;
    c.logs = true;
    c.stats = true;
    c.namespaces = true;
    c.imageTag = true;
    c.imageHistory = true;
    c.containerRename = true;
    c.containerTop = true;
    c.diskUsage = true;
    c.prune = true;
    c.restartPolicy = true; // containerd's restart monitor, told by ContainerdTasks
    c.imagePullMissingText = ContainerdImages::pullMissingText(version);
    return c;
}

void ContainerdEngine::identify(QObject *context, InfoCallback callback)
{
    identifyQuickly(context, [this, callback, context](const EngineResult<EngineInfo> &quick) {
        if (!quick.ok()) {
            callback(quick);
            return;
        }
        // The platform from the runtime's plugin, and pulling where the node has the Transfer
        // service (1.7 and later), then the answer.
        m_node->describePlatform(context, quick.value, [this, callback](const EngineInfo &i) {
            m_info = i;
            callback(EngineResult<EngineInfo>::success(m_info));
        });
    });
}

// containerd's events are the same whatever its version says: the node's subscription is opened
// beside the version call, not after its answer.
void ContainerdEngine::identifyToFollow(QObject *context, InfoCallback callback)
{
    m_containers->subscribeEarly();
    identifyQuickly(context, std::move(callback));
}

// The version alone, enough to list: the platform and the plugins (two more calls) come with
// identify(), which the node worker asks for after the first list.
void ContainerdEngine::identifyQuickly(QObject *context, InfoCallback callback)
{
    if (!m_channel->channel()) {
        QMetaObject::invokeMethod(
            context,
            [this, callback] {
                callback(EngineResult<EngineInfo>::failure(
                    unsupportedError(tr("this kind of containerd address is not supported"))));
            },
            Qt::QueuedConnection);
        return;
    }
    auto stub = std::shared_ptr<versionapi::Version::Stub>(
        versionapi::Version::NewStub(m_channel->channel()));
    m_channel->unary<google::protobuf::Empty, versionapi::VersionResponse>(
        QStringLiteral("version.Version"), {}, google::protobuf::Empty(), 10000, context,
        [stub](grpc::ClientContext *c, const google::protobuf::Empty *q,
               versionapi::VersionResponse *r, std::function<void(grpc::Status)> f) {
            stub->async()->Version(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<versionapi::VersionResponse>)>(
            [this, callback](const EngineResult<versionapi::VersionResponse> &r) {
                if (!r.ok()) {
                    callback(EngineResult<EngineInfo>::failure(r.error));
                    return;
                }
                EngineInfo info;
                info.kind = EngineInfo::Kind::Containerd;
                info.name = QStringLiteral("containerd");
                info.version = QString::fromStdString(r.value.version());
                if (info.version.startsWith(QLatin1Char('v')))
                    info.version.remove(0, 1);
                info.revision = QString::fromStdString(r.value.revision());
                info.apiVersion = QStringLiteral("v1");
                info.os = QStringLiteral("linux");
                info.capabilities = capabilitiesFor(info.version);
                if (m_endpoint.kind == Endpoint::Kind::Unix) {
                    info.clientCommand = {QStringLiteral("ctr"), QStringLiteral("--address"),
                                          m_endpoint.path};
                    if (!m_endpoint.containerdNamespace.isEmpty())
                        info.clientCommand << QStringLiteral("--namespace")
                                           << m_endpoint.containerdNamespace;
                }
                if (m_info.version.isEmpty()) // never over identify()'s fuller answer
                    m_info = info;
                callback(EngineResult<EngineInfo>::success(info));
            }));
}

CallHandle ContainerdEngine::ping(QObject *context, DoneCallback callback)
{
    if (!m_channel->channel())
        return unsupportedDone(tr("this kind of containerd address is not supported"), context,
                               std::move(callback));
    auto stub = std::shared_ptr<versionapi::Version::Stub>(
        versionapi::Version::NewStub(m_channel->channel()));
    return m_channel->unary<google::protobuf::Empty, versionapi::VersionResponse>(
        QStringLiteral("version.Version"), {}, google::protobuf::Empty(), 10000, context,
        [stub](grpc::ClientContext *c, const google::protobuf::Empty *q,
               versionapi::VersionResponse *r, std::function<void(grpc::Status)> f) {
            stub->async()->Version(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<versionapi::VersionResponse>)>(
            [callback](const EngineResult<versionapi::VersionResponse> &r) { callback(r.error); }));
}

CallHandle ContainerdEngine::namespaces(QObject *context, Callback<QStringList> callback)
{
    if (!m_endpoint.containerdNamespace.isEmpty()) {
        const QStringList one{m_endpoint.containerdNamespace};
        QMetaObject::invokeMethod(
            context, [callback, one] { callback(EngineResult<QStringList>::success(one)); },
            Qt::QueuedConnection);
        return {};
    }
    auto stub =
        std::shared_ptr<nsapi::Namespaces::Stub>(nsapi::Namespaces::NewStub(m_channel->channel()));
    return m_channel->unary<nsapi::ListNamespacesRequest, nsapi::ListNamespacesResponse>(
        QStringLiteral("namespaces.List"), {}, nsapi::ListNamespacesRequest(), CallTimeoutMs,
        context,
        [stub](grpc::ClientContext *c, const nsapi::ListNamespacesRequest *q,
               nsapi::ListNamespacesResponse *r,
               std::function<void(grpc::Status)> f) { stub->async()->List(c, q, r, std::move(f)); },
        std::function<void(EngineResult<nsapi::ListNamespacesResponse>)>(
            [callback](const EngineResult<nsapi::ListNamespacesResponse> &r) {
                if (!r.ok()) {
                    callback(EngineResult<QStringList>::failure(r.error));
                    return;
                }
                QStringList names;
                for (const auto &n : r.value.namespaces())
                    names << QString::fromStdString(n.name());
                std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
                    const bool ad = a == QLatin1String("default");
                    const bool bd = b == QLatin1String("default");
                    if (ad != bd)
                        return ad;
                    return a < b;
                });
                callback(EngineResult<QStringList>::success(names));
            }));
}

// ---- forwarded to the areas ----

CallHandle ContainerdEngine::systemInfo(QObject *context, Callback<SystemInfo> callback)
{
    return m_node->systemInfo(context, std::move(callback));
}

CallHandle ContainerdEngine::diskUsage(QObject *context, Callback<DiskUsage> callback)
{
    return m_images->diskUsage(context, std::move(callback));
}

CallHandle ContainerdEngine::listImages(bool all, QObject *context,
                                        Callback<QList<ImageSummary>> callback)
{
    return m_images->listImages(all, context, std::move(callback));
}

CallHandle ContainerdEngine::inspectImage(const QString &name, QObject *context,
                                          Callback<ImageDetails> callback)
{
    return m_images->inspectImage(name, context, std::move(callback));
}

CallHandle ContainerdEngine::imageHistory(const QString &name, QObject *context,
                                          Callback<QList<ImageLayer>> callback)
{
    return m_images->imageHistory(name, context, std::move(callback));
}

CallHandle ContainerdEngine::tagImage(const QString &source, const QString &target,
                                      QObject *context, DoneCallback callback)
{
    return m_images->tagImage(source, target, context, std::move(callback));
}

CallHandle ContainerdEngine::removeImage(const QString &name, bool force, QObject *context,
                                         Callback<ImageRemoval> callback)
{
    return m_images->removeImage(name, force, context, std::move(callback));
}

CallHandle ContainerdEngine::pruneImages(bool all, QObject *context, Callback<PruneReport> callback)
{
    return m_images->pruneImages(all, context, std::move(callback));
}

ProgressStream *ContainerdEngine::pullImage(const QString &reference, const RegistryAuth &auth,
                                            QObject *parent)
{
    if (m_info.capabilities.imagePull)
        return m_pull->pullImage(reference, auth, parent);
    return m_images->pullImage(reference, auth, parent);
}

CallHandle ContainerdEngine::listContainers(const QStringList &ids, QObject *context,
                                            ContainersCallback callback)
{
    return m_containers->listContainers(ids, context, std::move(callback));
}

CallHandle ContainerdEngine::listContainersWhere(const QString &filter, const QString &value,
                                                 QObject *context, ContainersCallback callback)
{
    return m_containers->listContainersWhere(filter, value, context, std::move(callback));
}

CallHandle ContainerdEngine::inspectContainer(const QString &id, QObject *context,
                                              Callback<ContainerDetails> callback)
{
    return m_containers->inspectContainer(id, context, std::move(callback));
}

EventStream *ContainerdEngine::watchObjects(const QList<EngineEvent::Object> &objects,
                                            QObject *parent)
{
    return m_containers->watchObjects(objects, parent);
}

EventStream *ContainerdEngine::watchEvents(const EventFilter &filter, QObject *parent)
{
    return m_containers->watchEvents(filter, parent);
}

CallHandle ContainerdEngine::createContainer(const ContainerSpec &spec, QObject *context,
                                             Callback<CreatedObject> callback)
{
    return m_create->createContainer(spec, context, std::move(callback));
}

CallHandle ContainerdEngine::startContainer(const QString &id, QObject *context,
                                            DoneCallback callback)
{
    return m_tasks->startContainer(id, context, std::move(callback));
}

CallHandle ContainerdEngine::stopContainer(const QString &id, int timeoutSecs, QObject *context,
                                           DoneCallback callback)
{
    return m_tasks->stopContainer(id, timeoutSecs, context, std::move(callback));
}

CallHandle ContainerdEngine::restartContainer(const QString &id, int timeoutSecs, QObject *context,
                                              DoneCallback callback)
{
    return m_tasks->restartContainer(id, timeoutSecs, context, std::move(callback));
}

CallHandle ContainerdEngine::killContainer(const QString &id, const QString &signal,
                                           QObject *context, DoneCallback callback)
{
    return m_tasks->killContainer(id, signal, context, std::move(callback));
}

CallHandle ContainerdEngine::pauseContainer(const QString &id, QObject *context,
                                            DoneCallback callback)
{
    return m_tasks->pauseContainer(id, context, std::move(callback));
}

CallHandle ContainerdEngine::unpauseContainer(const QString &id, QObject *context,
                                              DoneCallback callback)
{
    return m_tasks->unpauseContainer(id, context, std::move(callback));
}

CallHandle ContainerdEngine::renameContainer(const QString &id, const QString &newName,
                                             QObject *context, DoneCallback callback)
{
    return m_tasks->renameContainer(id, newName, context, std::move(callback));
}

CallHandle ContainerdEngine::removeContainer(const QString &id, bool force, bool removeVolumes,
                                             QObject *context, DoneCallback callback)
{
    return m_tasks->removeContainer(id, force, removeVolumes, context, std::move(callback));
}

CallHandle ContainerdEngine::waitContainerUntil(const QString &id, WaitCondition condition,
                                                QObject *context, Callback<int> callback)
{
    return m_tasks->waitContainerUntil(id, condition, context, std::move(callback));
}

CallHandle ContainerdEngine::pruneContainers(QObject *context, Callback<PruneReport> callback)
{
    return m_tasks->pruneContainers(context, std::move(callback));
}

CallHandle ContainerdEngine::topContainer(const QString &id, QObject *context,
                                          Callback<ProcessList> callback)
{
    return m_tasks->topContainer(id, context, std::move(callback));
}

LogStream *ContainerdEngine::readLogs(const QString &id, const LogOptions &options, QObject *parent)
{
    return m_tasks->readLogs(id, options, parent);
}

StatsStream *ContainerdEngine::readStats(const QString &id, bool stream, QObject *parent)
{
    return m_node->readStats(id, stream, parent);
}

// ---- what containerd does not have ----

CallHandle ContainerdEngine::searchImages(const QString &, int, QObject *context,
                                          Callback<QList<ImageSearchResult>> callback)
{
    return unsupported(tr("containerd does not search registries"), context, std::move(callback));
}

CallHandle ContainerdEngine::checkRegistryLogin(const RegistryAuth &, QObject *context,
                                                Callback<QString> callback)
{
    return unsupported(tr("containerd does not log in to registries"), context,
                       std::move(callback));
}

CallHandle ContainerdEngine::listVolumes(QObject *context, Callback<QList<VolumeInfo>> callback)
{
    return unsupported(noVolumes(), context, std::move(callback));
}

CallHandle ContainerdEngine::inspectVolume(const QString &, QObject *context,
                                           Callback<VolumeInfo> callback)
{
    return unsupported(noVolumes(), context, std::move(callback));
}

CallHandle ContainerdEngine::createVolume(const VolumeSpec &, QObject *context,
                                          Callback<VolumeInfo> callback)
{
    return unsupported(noVolumes(), context, std::move(callback));
}

CallHandle ContainerdEngine::removeVolume(const QString &, bool, QObject *context,
                                          DoneCallback callback)
{
    return unsupportedDone(noVolumes(), context, std::move(callback));
}

CallHandle ContainerdEngine::pruneVolumes(const QStringList &, QObject *context,
                                          Callback<PruneReport> callback)
{
    return unsupported(noVolumes(), context, std::move(callback));
}

CallHandle ContainerdEngine::listNetworks(QObject *context, Callback<QList<NetworkInfo>> callback)
{
    return unsupported(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::inspectNetwork(const QString &, QObject *context,
                                            Callback<NetworkInfo> callback)
{
    return unsupported(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::createNetwork(const NetworkSpec &, QObject *context,
                                           Callback<CreatedObject> callback)
{
    return unsupported(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::removeNetwork(const QString &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::pruneNetworks(const QStringList &, QObject *context,
                                           Callback<PruneReport> callback)
{
    return unsupported(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::connectNetwork(const QString &, const QString &, const QStringList &,
                                            QObject *context, DoneCallback callback)
{
    return unsupportedDone(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::disconnectNetwork(const QString &, const QString &, bool,
                                               QObject *context, DoneCallback callback)
{
    return unsupportedDone(noNetworks(), context, std::move(callback));
}

CallHandle ContainerdEngine::commitContainer(const QString &, const CommitOptions &,
                                             QObject *context, Callback<CreatedObject> callback)
{
    return unsupported(tr("Gontainer does not make images from containerd's containers: use "
                          "nerdctl commit on the machine"),
                       context, std::move(callback));
}

ProgressStream *ContainerdEngine::pushImage(const QString &, const RegistryAuth &, QObject *parent)
{
    return refusedStream<ProgressStream>(
        tr("Gontainer does not push images from containerd: use nerdctl push on the machine"),
        parent);
}

ProgressStream *ContainerdEngine::buildImage(const BuildOptions &, QObject *parent)
{
    return refusedStream<ProgressStream>(
        tr("containerd does not build images: build them with nerdctl build (BuildKit)"), parent);
}

ExecSession *ContainerdEngine::attach(const QString &, bool, bool, QObject *parent)
{
    return new RefusedExecSession(unsupportedError(noExec()), parent);
}

ExecSession *ContainerdEngine::exec(const QString &, const ExecOptions &, QObject *parent)
{
    return new RefusedExecSession(unsupportedError(noExec()), parent);
}
