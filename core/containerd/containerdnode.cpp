#include "core/containerd/containerdnode.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdstatsstream.h"
#include "core/containerd/grpcchannel.h"
#include "core/engine/enginejob.h"

#include <github.com/containerd/containerd/api/services/introspection/v1/introspection.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/namespaces/v1/namespace.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/version/v1/version.grpc.pb.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>

namespace introapi = containerd::services::introspection::v1;
namespace nsapi = containerd::services::namespaces::v1;
namespace versionapi = containerd::services::version::v1;

namespace {

// What systemInfo() gathers, its calls made at once.
struct Gathered
{
    int pending = 4;
    EngineResult<versionapi::VersionResponse> version;
    EngineResult<nsapi::ListNamespacesResponse> namespaces;
    EngineResult<introapi::PluginsResponse> plugins;
    EngineResult<introapi::ServerResponse> server;
};

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr std::string_view SnapshotterType = "io.containerd.snapshotter.v1";
constexpr std::string_view ContentType = "io.containerd.content.v1";
constexpr std::string_view RuntimeTypePrefix = "io.containerd.runtime.";
// What ctr and nerdctl unpack images with unless told otherwise (containerd's default on Linux).
const char *const DefaultSnapshotter = "overlayfs";

// containerd marks a plugin that chose not to load (not configured, kernel support missing)
// with this at the end of its error, as `ctr plugins ls` shows "skip".
const char *const SkipMark = "skip plugin";

EnginePlugin pluginOf(const introapi::Plugin &p)
{
    EnginePlugin plugin;
    if (p.type() == SnapshotterType) {
        plugin.kind = EnginePlugin::Kind::Storage;
        plugin.name = str(p.id());
    } else {
        plugin.kind = EnginePlugin::Kind::Runtime;
        plugin.name = str(p.type()) + QLatin1Char('.') + str(p.id());
    }
    if (p.has_init_err()) {
        QString reason = str(p.init_err().message());
        if (reason.endsWith(QLatin1String(SkipMark))) {
            plugin.status = EnginePlugin::Status::Skipped;
            reason.chop(int(qstrlen(SkipMark)));
            while (reason.endsWith(QLatin1Char(':')) || reason.endsWith(QLatin1Char(' ')))
                reason.chop(1);
        } else {
            plugin.status = EnginePlugin::Status::Failed;
        }
        plugin.reason = reason;
    }
    return plugin;
}

QJsonObject pluginJson(const introapi::Plugin &p)
{
    QJsonArray platforms;
    for (const auto &platform : p.platforms()) {
        QString text = str(platform.os()) + QLatin1Char('/') + str(platform.architecture());
        if (!platform.variant().empty())
            text += QLatin1Char('/') + str(platform.variant());
        platforms.append(text);
    }
    QJsonObject exports;
    for (const auto &[key, value] : p.exports())
        exports.insert(str(key), str(value));
    QJsonArray requires_;
    for (const std::string &r : p.required_plugins())
        requires_.append(str(r));
    QJsonArray capabilities;
    for (const std::string &c : p.capabilities())
        capabilities.append(str(c));
    QJsonObject o{
        {QStringLiteral("Type"), str(p.type())}, {QStringLiteral("ID"), str(p.id())},
        {QStringLiteral("Requires"), requires_}, {QStringLiteral("Platforms"), platforms},
        {QStringLiteral("Exports"), exports},    {QStringLiteral("Capabilities"), capabilities}};
    const EnginePlugin plugin = pluginOf(p);
    o.insert(QStringLiteral("Status"),
             plugin.status == EnginePlugin::Status::Ok        ? QStringLiteral("ok")
             : plugin.status == EnginePlugin::Status::Skipped ? QStringLiteral("skip")
                                                              : QStringLiteral("error"));
    if (p.has_init_err())
        o.insert(QStringLiteral("Error"), str(p.init_err().message()));
    return o;
}

// The machine as this process sees it, for a node on this machine.
void describeThisMachine(SystemInfo &info)
{
    info.hostname = QSysInfo::machineHostName();
    info.operatingSystem = QSysInfo::prettyProductName();
    info.kernel = QSysInfo::kernelVersion();
    info.cpus = ContainerdNode::localCpus();
    info.memoryBytes = ContainerdNode::localMemory();
    // A unified hierarchy at the root is cgroups v2; v1 controllers there (a v2 hierarchy
    // beside them or not) are v1, which runc then uses.
    info.cgroupVersion = QFile::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"))
                             ? QStringLiteral("2")
                             : QStringLiteral("1");
}

SystemInfo describe(const Gathered &g, bool local)
{
    SystemInfo info;
    QJsonObject raw;
    info.serverVersion = str(g.version.value.version());
    if (info.serverVersion.startsWith(QLatin1Char('v')))
        info.serverVersion.remove(0, 1);
    info.serverRevision = str(g.version.value.revision());
    raw.insert(QStringLiteral("Version"), info.serverVersion);
    raw.insert(QStringLiteral("Revision"), info.serverRevision);
    if (g.server.ok()) {
        info.serverId = str(g.server.value.uuid());
        raw.insert(QStringLiteral("UUID"), info.serverId);
    }

    if (g.namespaces.ok()) {
        QStringList names;
        for (const auto &n : g.namespaces.value.namespaces())
            names << str(n.name());
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            const bool ad = a == QLatin1String("default");
            const bool bd = b == QLatin1String("default");
            return ad != bd ? ad : a < b;
        });
        for (const QString &name : std::as_const(names)) {
            EngineNamespace ns;
            ns.name = name;
            if (ContainerdIds::isDockerNamespace(name))
                ns.managedBy = QStringLiteral("Docker");
            info.namespaces.append(ns);
        }
        raw.insert(QStringLiteral("Namespaces"), QJsonArray::fromStringList(names));
    } else {
        info.warnings << ContainerdNode::tr("containerd did not list its namespaces: %1")
                             .arg(g.namespaces.error.userText());
    }

    if (g.plugins.ok()) {
        QJsonArray plugins;
        QString platformOs, platformArch;
        QString contentRoot, snapshotRoot;
        bool defaultWorks = false;
        QString defaultProblem;
        for (const introapi::Plugin &p : g.plugins.value.plugins()) {
            plugins.append(pluginJson(p));
            const bool snapshotter = p.type() == SnapshotterType;
            const bool runtime =
                std::string_view(p.type()).substr(0, RuntimeTypePrefix.size()) == RuntimeTypePrefix;
            if (p.type() == ContentType && p.exports().count("root"))
                contentRoot = str(p.exports().at("root"));
            if (!snapshotter && !runtime)
                continue;
            const EnginePlugin plugin = pluginOf(p);
            info.plugins.append(plugin);
            if (snapshotter && plugin.name == QLatin1String(DefaultSnapshotter)) {
                defaultWorks = plugin.status == EnginePlugin::Status::Ok;
                defaultProblem = plugin.reason;
                if (p.exports().count("root"))
                    snapshotRoot = str(p.exports().at("root"));
            }
            // The machine's platform: what its snapshotters and runtimes run on.
            if (platformOs.isEmpty() && p.platforms_size() > 0) {
                const auto &platform = p.platforms(0);
                platformOs = str(platform.os());
                platformArch = str(platform.architecture());
                if (!platform.variant().empty())
                    platformArch += QLatin1Char('/') + str(platform.variant());
            }
        }
        raw.insert(QStringLiteral("Plugins"), plugins);
        info.osType = platformOs;
        info.operatingSystem = platformOs;
        info.architecture = platformArch;
        if (defaultWorks)
            info.storageDriver = QString::fromLatin1(DefaultSnapshotter);
        else
            info.warnings << ContainerdNode::tr(
                                 "The snapshotter %1, which ctr and nerdctl use unless told "
                                 "otherwise, does not work here: %2")
                                 .arg(QString::fromLatin1(DefaultSnapshotter),
                                      defaultProblem.isEmpty()
                                          ? ContainerdNode::tr("containerd does not have it")
                                          : defaultProblem);
        // containerd keeps each plugin's data in a folder of its root named after the plugin.
        const QString pluginRoot = !contentRoot.isEmpty() ? contentRoot : snapshotRoot;
        if (!pluginRoot.isEmpty())
            info.rootDir = QFileInfo(pluginRoot).path();
    } else {
        info.warnings << ContainerdNode::tr("containerd did not list its plugins: %1")
                             .arg(g.plugins.error.userText());
    }

    if (local) {
        describeThisMachine(info);
        // The shim containerd starts for each container, where ctr and nerdctl find it.
        if (!QStandardPaths::findExecutable(QStringLiteral("containerd-shim-runc-v2")).isEmpty())
            info.plugins.append({EnginePlugin::Kind::Runtime,
                                 QStringLiteral("io.containerd.runc.v2"),
                                 EnginePlugin::Status::Ok,
                                 {}});
        raw.insert(QStringLiteral("Hostname"), info.hostname);
        raw.insert(QStringLiteral("OperatingSystem"), info.operatingSystem);
        raw.insert(QStringLiteral("KernelVersion"), info.kernel);
        raw.insert(QStringLiteral("NCPU"), info.cpus);
        raw.insert(QStringLiteral("MemTotal"), info.memoryBytes);
        raw.insert(QStringLiteral("CgroupVersion"), info.cgroupVersion);
    } else {
        info.machineUnknownReason =
            ContainerdNode::tr("not given by containerd (Gontainer reads them only for a "
                               "containerd on this machine)");
    }
    raw.insert(QStringLiteral("OSType"), info.osType);
    raw.insert(QStringLiteral("Architecture"), info.architecture);
    raw.insert(QStringLiteral("DefaultSnapshotter"), info.storageDriver);
    raw.insert(QStringLiteral("RootDir"), info.rootDir);
    // containerd counts nothing for its clients: counting would mean listing every container
    // and image of every namespace.
    info.containers = info.running = info.paused = info.stopped = info.images = -1;
    info.warnings.removeDuplicates();
    info.rawJson = QJsonDocument(raw).toJson(QJsonDocument::Indented);
    return info;
}

} // namespace

ContainerdNode::ContainerdNode(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
{}

ContainerdNode::~ContainerdNode() = default;

int ContainerdNode::localCpus()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("processor") && line.contains(':'))
            ++count;
    }
    return count;
}

qint64 ContainerdNode::localMemory()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        // MemTotal:        8123456 kB
        if (line.startsWith("MemTotal:")) {
            const QList<QByteArray> parts = line.mid(9).simplified().split(' ');
            return parts.value(0).toLongLong() * 1024;
        }
    }
    return 0;
}

bool ContainerdNode::isLocal() const
{
    return m_engine.endpoint().kind == Endpoint::Kind::Unix;
}

QString ContainerdNode::defaultNamespace() const
{
    const QString ns = m_engine.endpoint().containerdNamespace;
    return ns.isEmpty() ? QStringLiteral("default") : ns;
}

CallHandle ContainerdNode::systemInfo(QObject *context, Engine::Callback<SystemInfo> callback)
{
    if (!m_channel.channel())
        return m_engine.unsupportedCall(tr("this kind of containerd address is not supported"),
                                        context, std::move(callback));
    const QString where = m_channel.where();
    auto *job = new EngineJob(context, [callback, where] {
        callback(EngineResult<SystemInfo>::failure(
            EngineError::make(EngineError::Kind::Aborted, {}, where)));
    });
    m_channel.endWithChannel(job);
    auto g = std::make_shared<Gathered>();
    const bool local = isLocal();
    const auto oneDone = [job, g, callback, local] {
        if (job->isDone() || --g->pending > 0)
            return;
        job->finish([g, callback, local] {
            if (!g->version.ok())
                callback(EngineResult<SystemInfo>::failure(g->version.error));
            else
                callback(EngineResult<SystemInfo>::success(describe(*g, local)));
        });
    };
    const std::shared_ptr<grpc::Channel> channel = m_channel.channel();

    auto version =
        std::shared_ptr<versionapi::Version::Stub>(versionapi::Version::NewStub(channel));
    job->track(m_channel.unary<google::protobuf::Empty, versionapi::VersionResponse>(
        QStringLiteral("version.Version"), {}, google::protobuf::Empty(),
        ContainerdEngine::CallTimeoutMs, job,
        [version](grpc::ClientContext *c, const google::protobuf::Empty *q,
                  versionapi::VersionResponse *r, std::function<void(grpc::Status)> f) {
            version->async()->Version(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<versionapi::VersionResponse>)>(
            [g, oneDone](const EngineResult<versionapi::VersionResponse> &r) {
                g->version = r;
                oneDone();
            })));

    auto namespaces = std::shared_ptr<nsapi::Namespaces::Stub>(nsapi::Namespaces::NewStub(channel));
    job->track(m_channel.unary<nsapi::ListNamespacesRequest, nsapi::ListNamespacesResponse>(
        QStringLiteral("namespaces.List"), {}, nsapi::ListNamespacesRequest(),
        ContainerdEngine::CallTimeoutMs, job,
        [namespaces](grpc::ClientContext *c, const nsapi::ListNamespacesRequest *q,
                     nsapi::ListNamespacesResponse *r, std::function<void(grpc::Status)> f) {
            namespaces->async()->List(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<nsapi::ListNamespacesResponse>)>(
            [g, oneDone](const EngineResult<nsapi::ListNamespacesResponse> &r) {
                g->namespaces = r;
                oneDone();
            })));

    auto introspection =
        std::shared_ptr<introapi::Introspection::Stub>(introapi::Introspection::NewStub(channel));
    job->track(m_channel.unary<introapi::PluginsRequest, introapi::PluginsResponse>(
        QStringLiteral("introspection.Plugins"), {}, introapi::PluginsRequest(),
        ContainerdEngine::CallTimeoutMs, job,
        [introspection](grpc::ClientContext *c, const introapi::PluginsRequest *q,
                        introapi::PluginsResponse *r, std::function<void(grpc::Status)> f) {
            introspection->async()->Plugins(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<introapi::PluginsResponse>)>(
            [g, oneDone](const EngineResult<introapi::PluginsResponse> &r) {
                g->plugins = r;
                oneDone();
            })));
    // The server's uuid (containerd 1.5 and later; an older one answers Unimplemented).
    job->track(m_channel.unary<google::protobuf::Empty, introapi::ServerResponse>(
        QStringLiteral("introspection.Server"), {}, google::protobuf::Empty(),
        ContainerdEngine::CallTimeoutMs, job,
        [introspection](grpc::ClientContext *c, const google::protobuf::Empty *q,
                        introapi::ServerResponse *r, std::function<void(grpc::Status)> f) {
            introspection->async()->Server(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<introapi::ServerResponse>)>(
            [g, oneDone](const EngineResult<introapi::ServerResponse> &r) {
                g->server = r;
                oneDone();
            })));
    return job->handle();
}

void ContainerdNode::describePlatform(QObject *context, const EngineInfo &info,
                                      std::function<void(const EngineInfo &)> done)
{
    const bool local = isLocal();
    auto stub = std::shared_ptr<introapi::Introspection::Stub>(
        introapi::Introspection::NewStub(m_channel.channel()));
    introapi::PluginsRequest request;
    // Filters match when any one does.
    request.add_filters("type==io.containerd.runtime.v2");
    request.add_filters("type==io.containerd.transfer.v1");
    m_channel.unary<introapi::PluginsRequest, introapi::PluginsResponse>(
        QStringLiteral("introspection.Plugins"), {}, request, 10000, context,
        [stub](grpc::ClientContext *c, const introapi::PluginsRequest *q,
               introapi::PluginsResponse *r, std::function<void(grpc::Status)> f) {
            stub->async()->Plugins(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<introapi::PluginsResponse>)>(
            [info, local, done](const EngineResult<introapi::PluginsResponse> &r) {
                EngineInfo described = info;
                if (local)
                    described.kernel = QSysInfo::kernelVersion();
                bool platformKnown = false;
                for (const introapi::Plugin &p : r.value.plugins()) {
                    if (p.type() == "io.containerd.transfer.v1") {
                        if (!p.has_init_err()) {
                            described.capabilities.imagePull = true;
                            described.capabilities.imagePullMissingText.clear();
                        }
                        continue;
                    }
                    if (platformKnown || p.platforms_size() == 0)
                        continue;
                    described.os = str(p.platforms(0).os());
                    described.arch = str(p.platforms(0).architecture());
                    if (!p.platforms(0).variant().empty())
                        described.arch += QLatin1Char('/') + str(p.platforms(0).variant());
                    platformKnown = true;
                }
                done(described);
            }));
}

StatsStream *ContainerdNode::readStats(const QString &id, bool stream, QObject *parent)
{
    if (!m_channel.channel())
        return m_engine.refusedStream<StatsStream>(
            tr("this kind of containerd address is not supported"), parent);
    const ContainerdIds::Parts parts = ContainerdIds::split(id, defaultNamespace());
    const bool local = isLocal();
    return new ContainerdStatsStream(m_channel, ContainerdIds::join(parts.ns, parts.id), parts.ns,
                                     parts.id, stream, local ? localMemory() : 0,
                                     local ? localCpus() : 0, parent);
}
