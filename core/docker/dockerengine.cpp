#include "core/docker/dockerengine.h"

#include "core/docker/dockerbuildstream.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/dockerevents.h"
#include "core/docker/dockereventstream.h"
#include "core/docker/dockerexecsession.h"
#include "core/docker/dockerimagejson.h"
#include "core/docker/dockerjson.h"
#include "core/docker/dockerlogging.h"
#include "core/docker/dockerlogstream.h"
#include "core/docker/dockerprogressstream.h"
#include "core/docker/dockerresourcejson.h"
#include "core/docker/dockerstatsstream.h"
#include "core/docker/dockerswarmapi.h"
#include "core/engine/imagereference.h"
#include "core/podman/podmanapi.h"
#include "core/transport/connectionpool.h"
#include "core/transport/httpreply.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace {

// "1.41" -> 41; -1 when it is not a 1.x version.
int apiMinor(const QByteArray &version)
{
    const QList<QByteArray> parts = version.trimmed().split('.');
    if (parts.size() != 2 || parts.at(0) != "1")
        return -1;
    bool ok = false;
    const int minor = parts.at(1).toInt(&ok);
    return ok ? minor : -1;
}

QByteArray query(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// Stop and restart wait up to the stop timeout before killing: the call must outlast it.
int stopCallTimeoutMs(int timeoutSecs)
{
    return (timeoutSecs < 0 ? 10 : timeoutSecs) * 1000 + 30000;
}

// What the Docker-compatible API gives every engine that serves it.
EngineCapabilities compatibleCapabilities()
{
    EngineCapabilities c;
    c.volumes = true;
    c.networks = true;
    c.logs = true;
    c.imageBuild = true;
    c.buildCancel = true;
    c.exec = true;
    c.stats = true;
    c.commit = true;
    c.imageSearch = true;
    c.buildCache = true;
    c.swarm = true;
    c.imagePull = true;
    c.imagePush = true;
    c.imageTag = true;
    c.imageHistory = true;
    c.containerRename = true;
    c.containerTop = true;
    c.attach = true;
    c.diskUsage = true;
    c.portPublishing = true;
    c.restartPolicy = true;
    c.prune = true;
    c.healthchecks = true;
    return c;
}

} // namespace

DockerEngine::DockerEngine(const Endpoint &endpoint, QObject *parent)
    : Engine(parent)
    , m_endpoint(endpoint)
    , m_pool(new ConnectionPool(endpoint, this))
    , m_swarm(std::make_unique<DockerSwarmApi>(*this))
{
    // The streams too: every connection of this engine is counted by its pool and, over SSH,
    // rides on its one login.
    m_pool->shareOnThisThread();
}

DockerEngine::~DockerEngine() = default;

CallHandle DockerEngine::ping(QObject *context, DoneCallback callback)
{
    HttpRequest request;
    request.target = "/_ping";
    request.timeoutMs = 10000;
    request.probe = true; // never behind a line of calls
    return call(
        request, context, [callback](HttpReply *, const QByteArray &) { callback({}); }, callback);
}

qint64 DockerEngine::connectionsOpened() const
{
    return m_pool->opened();
}

QByteArray DockerEngine::versioned(const QByteArray &path) const
{
    return QByteArray("/v") + m_apiVersion + path;
}

QStringList DockerEngine::clientCommand(const Endpoint &e)
{
    if (!e.isValid())
        return {};
    QStringList argv;
    QString url = e.toUrl();
    if (e.kind == Endpoint::Kind::Ssh) {
        // docker takes no socket path in an ssh URL: the remote default is used.
        url = QStringLiteral("ssh://") +
              (e.user.isEmpty() ? QString() : e.user + QLatin1Char('@')) + e.host +
              (e.port > 0 ? QStringLiteral(":%1").arg(e.port) : QString());
    }
    argv << QStringLiteral("docker") << QStringLiteral("-H") << url;
    if (e.kind == Endpoint::Kind::Tcp && e.tls) {
        if (!e.tlsSkipVerify)
            argv << QStringLiteral("--tlsverify");
        else
            argv << QStringLiteral("--tls");
        if (!e.tlsCaFile.isEmpty())
            argv << QStringLiteral("--tlscacert") << e.tlsCaFile;
        if (!e.tlsCertFile.isEmpty())
            argv << QStringLiteral("--tlscert") << e.tlsCertFile;
        if (!e.tlsKeyFile.isEmpty())
            argv << QStringLiteral("--tlskey") << e.tlsKeyFile;
    }

    return argv;
}

QByteArray DockerEngine::encoded(const QString &id)
{
    return QUrl::toPercentEncoding(id);
}

QByteArray DockerEngine::encodedName(const QString &name)
{
    return QUrl::toPercentEncoding(name, "/:@");
}

CallHandle DockerEngine::call(HttpRequest request, QObject *context, ReplyHandler onSuccess,
                              ErrorHandler onError)
{
    // Counted by operation: the path without its version prefix and query.
    const qsizetype queryAt = request.target.indexOf('?');
    QByteArray path = queryAt < 0 ? request.target : request.target.left(queryAt);
    if (path.size() > 2 && path.startsWith("/v") && path.at(2) >= '0' && path.at(2) <= '9') {
        const qsizetype slash = path.indexOf('/', 1);
        if (slash > 0)
            path = path.mid(slash);
    }
    ++m_callCounts[QString::fromLatin1(request.method + ' ' + path)];
    auto *reply = new HttpReply(m_pool, m_endpoint, request, this);
    connect(reply, &HttpReply::finished, reply, &QObject::deleteLater);
    connect(reply, &HttpReply::finished, context,
            [this, reply, onSuccess = std::move(onSuccess), onError = std::move(onError)] {
                const QByteArray body = reply->readAll();
                if (reply->error().isError()) {
                    onError(reply->error());
                    return;
                }
                if (reply->statusCode() >= 400) {
                    // Classified here, so that actions and removals get the refusals' kinds
                    // too (an image in use, a registry that wants a login).
                    onError(DockerErrorKind::httpError(
                        reply->statusCode(), DockerJson::errorMessage(body), m_endpoint.toUrl()));
                    return;
                }
                onSuccess(reply, body);
            });
    return CallHandle(reply);
}

CallHandle DockerEngine::action(const QByteArray &path, QObject *context, DoneCallback callback,
                                int timeoutMs, const QByteArray &body)
{
    HttpRequest request;
    request.method = "POST";
    request.target = versioned(path);
    request.timeoutMs = timeoutMs;
    request.body = body;
    return call(
        request, context, [callback](HttpReply *, const QByteArray &) { callback({}); }, callback);
}

void DockerEngine::identifyQuickly(QObject *context, InfoCallback callback)
{
    HttpRequest ping;
    ping.target = "/_ping";
    ping.timeoutMs = 5000;
    const QString where = m_endpoint.toUrl();
    auto fail = [callback](const EngineError &e) {
        callback(EngineResult<EngineInfo>::failure(e));
    };
    // Any HTTP error status on /_ping means an HTTP server that is not an engine.
    auto pingFailed = [fail, where](const EngineError &e) {
        if (e.kind != EngineError::Kind::Http) {
            fail(e);
            return;
        }
        fail(EngineError::make(
            EngineError::Kind::NotAnEngine,
            tr("/_ping answered HTTP %1 without an API version").arg(e.httpStatus), where));
    };
    call(
        ping, context,
        [this, callback, fail, where](HttpReply *reply, const QByteArray &) {
            const QByteArray serverApi = reply->header("Api-Version");
            const int minor = apiMinor(serverApi);
            if (reply->statusCode() != 200 || minor < 0) {
                fail(EngineError::make(
                    EngineError::Kind::NotAnEngine,
                    tr("/_ping answered HTTP %1 without an API version").arg(reply->statusCode()),
                    where));
                return;
            }
            if (minor < MinApiMinor) {
                fail(EngineError::make(
                    EngineError::Kind::Unsupported,
                    tr("its API version %1 is older than 1.%2; update the engine.")
                        .arg(QString::fromLatin1(serverApi))
                        .arg(MinApiMinor),
                    where));
                return;
            }
            m_apiVersion = "1." + QByteArray::number(qMin(minor, MaxApiMinor));
            // "Docker/20.10.24+dfsg1 (linux)", "Libpod/4.3.1 (linux)"
            const QByteArray server = reply->header("Server");
            const qsizetype slash = server.indexOf('/');
            const qsizetype space = server.indexOf(' ', slash);
            const QByteArray product = slash < 0 ? QByteArray() : server.left(slash);
            EngineInfo info;
            info.nativeApiVersion = QString::fromLatin1(reply->header("Libpod-Api-Version"));
            info.kind = !info.nativeApiVersion.isEmpty() || product == "Libpod"
                            ? EngineInfo::Kind::Podman
                            : EngineInfo::Kind::Docker;
            if (slash > 0)
                info.version =
                    QString::fromLatin1(server.mid(slash + 1, space < 0 ? -1 : space - slash - 1));
            const qsizetype open = server.indexOf('(');
            const qsizetype close = server.indexOf(')', open);
            info.os = QString::fromLatin1(reply->header("Ostype"));
            if (info.os.isEmpty() && open > 0 && close > open)
                info.os = QString::fromLatin1(server.mid(open + 1, close - open - 1));
            m_info = completed(info);
            callback(EngineResult<EngineInfo>::success(m_info));
        },
        pingFailed);
}

void DockerEngine::identify(QObject *context, InfoCallback callback)
{
    identifyQuickly(context, [this, context, callback](const EngineResult<EngineInfo> &quick) {
        if (!quick.ok()) {
            callback(quick);
            return;
        }
        const QString where = m_endpoint.toUrl();
        HttpRequest version;
        version.target = versioned("/version");
        version.timeoutMs = 10000;
        call(
            version, context,
            [this, callback, where, quick](HttpReply *, const QByteArray &body) {
                auto info = DockerJson::parseVersion(body);
                if (!info) {
                    callback(EngineResult<EngineInfo>::failure(
                        EngineError::make(EngineError::Kind::NotAnEngine,
                                          tr("/version did not answer as expected"), where)));
                    return;
                }
                if (!quick.value.nativeApiVersion.isEmpty()) {
                    info->kind = EngineInfo::Kind::Podman;
                    info->nativeApiVersion = quick.value.nativeApiVersion;
                } else if (info->kind == EngineInfo::Kind::Unknown) {
                    info->kind = quick.value.kind;
                }
                m_info = completed(*info);
                callback(EngineResult<EngineInfo>::success(m_info));
            },
            [callback](const EngineError &e) { callback(EngineResult<EngineInfo>::failure(e)); });
    });
}

EngineInfo DockerEngine::completed(EngineInfo info)
{
    const bool podman = info.kind == EngineInfo::Kind::Podman;
    info.name = podman ? QStringLiteral("Podman") : QStringLiteral("Docker");
    info.apiVersion = QString::fromLatin1(m_apiVersion);
    info.capabilities = compatibleCapabilities();
    // Podman's own endpoints need the header's version; a Podman reached without it speaks
    // only the Docker-compatible API.
    if (info.nativeApiVersion.isEmpty())
        m_podman.reset();
    else if (!m_podman || m_podman->version() != info.nativeApiVersion)
        m_podman = std::make_unique<PodmanApi>(*this, info.nativeApiVersion);
    if (m_podman)
        PodmanApi::addCapabilities(&info.capabilities);
    info.clientCommand = podman ? PodmanApi::clientCommand(m_endpoint) : clientCommand(m_endpoint);
    return info;
}

CallHandle DockerEngine::systemInfo(QObject *context, Callback<SystemInfo> callback)
{
    HttpRequest request;
    request.target = versioned("/info");
    if (!m_podman)
        return typedCall<SystemInfo>(request, context, &DockerJson::parseInfo,
                                     tr("system information"), std::move(callback));
    // Podman's search registries are only in its own /info: asked after the compatible one,
    // whose answer stands if that fails.
    return typedCall<SystemInfo>(request, context, &DockerJson::parseInfo, tr("system information"),
                                 [this, context, callback](const EngineResult<SystemInfo> &info) {
                                     if (!info.ok() || !m_podman) {
                                         callback(info);
                                         return;
                                     }
                                     m_podman->searchRegistries(
                                         context,
                                         [info, callback](const EngineResult<QStringList> &search) {
                                             EngineResult<SystemInfo> result = info;
                                             if (search.ok())
                                                 result.value.searchRegistries = search.value;
                                             callback(result);
                                         });
                                 });
}

CallHandle DockerEngine::diskUsage(QObject *context, Callback<DiskUsage> callback)
{
    HttpRequest request;
    request.target = versioned("/system/df");
    request.timeoutMs = 300000; // sizing every layer and volume takes a while on a big node
    return typedCall<DiskUsage>(request, context, &DockerJson::parseDiskUsage, tr("disk usage"),
                                std::move(callback));
}

CallHandle DockerEngine::pruneBuildCache(QObject *context, Callback<PruneReport> callback)
{
    if (!m_info.capabilities.buildCache)
        return Engine::pruneBuildCache(context, std::move(callback));
    HttpRequest request;
    request.method = "POST";
    // all: every record no build uses, as the disk usage counts reclaimable (without it only
    // the dangling ones go).
    request.target = versioned("/build/prune?all=true");
    request.timeoutMs = 300000;
    return typedCall<PruneReport>(
        request, context,
        [](const QByteArray &body) {
            return DockerContainerJson::parsePrune(body, QStringLiteral("CachesDeleted"));
        },
        tr("prune answer"), std::move(callback));
}

CallHandle DockerEngine::listImages(bool all, QObject *context,
                                    Callback<QList<ImageSummary>> callback)
{
    HttpRequest request;
    request.target = versioned(all ? "/images/json?all=1" : "/images/json");
    request.timeoutMs = 60000;
    return typedCall<QList<ImageSummary>>(request, context, &DockerImageJson::parseList,
                                          tr("image list"), std::move(callback));
}

CallHandle DockerEngine::searchImages(const QString &term, int limit, QObject *context,
                                      Callback<QList<ImageSearchResult>> callback)
{
    HttpRequest request;
    // Podman's own endpoint reads registries.conf (insecure registries, search order); both
    // answer in the shape the parser reads.
    QByteArray target = (m_podman ? m_podman->searchTarget() : versioned("/images/search")) +
                        "?term=" + query(term);
    if (limit > 0)
        target += "&limit=" + QByteArray::number(limit);
    request.target = target;
    // The engine asks the registry in turn, which may be slow to answer.
    request.timeoutMs = 60000;
    return typedCall<QList<ImageSearchResult>>(request, context, &DockerImageJson::parseSearch,
                                               tr("image search results"), std::move(callback));
}

CallHandle DockerEngine::inspectImage(const QString &name, QObject *context,
                                      Callback<ImageDetails> callback)
{
    HttpRequest request;
    request.target = versioned("/images/" + encodedName(name) + "/json");
    return typedCall<ImageDetails>(request, context, &DockerImageJson::parseInspect,
                                   tr("image's inspect answer"), std::move(callback));
}

CallHandle DockerEngine::imageHistory(const QString &name, QObject *context,
                                      Callback<QList<ImageLayer>> callback)
{
    HttpRequest request;
    request.target = versioned("/images/" + encodedName(name) + "/history");
    return typedCall<QList<ImageLayer>>(request, context, &DockerImageJson::parseHistory,
                                        tr("image history"), std::move(callback));
}

CallHandle DockerEngine::tagImage(const QString &source, const QString &target, QObject *context,
                                  DoneCallback callback)
{
    const ImageReference ref = ImageReference::parse(target);
    QByteArray path = "/images/" + encodedName(source) + "/tag?repo=" + query(ref.name());
    path += "&tag=" + query(ref.tag.isEmpty() ? QStringLiteral("latest") : ref.tag);
    return action(path, context, std::move(callback));
}

CallHandle DockerEngine::checkRegistryLogin(const RegistryAuth &auth, QObject *context,
                                            Callback<QString> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/auth");
    request.body = DockerImageJson::authBody(m_podman ? PodmanApi::loginCheckAuth(auth) : auth);
    request.timeoutMs = 60000; // the engine asks the registry
    return typedCall<QString>(request, context, &DockerImageJson::parseAuthStatus,
                              tr("login answer"), std::move(callback));
}

CallHandle DockerEngine::removeImage(const QString &name, bool force, QObject *context,
                                     Callback<ImageRemoval> callback)
{
    HttpRequest request;
    request.method = "DELETE";
    request.target = versioned("/images/" + encodedName(name) + (force ? "?force=1" : "?force=0"));
    request.timeoutMs = 120000;
    return typedCall<ImageRemoval>(request, context, &DockerImageJson::parseRemoval,
                                   tr("image removal answer"), std::move(callback));
}

CallHandle DockerEngine::pruneImages(bool all, QObject *context, Callback<PruneReport> callback)
{
    if (m_podman && m_podman->pruneReportsWholeImages()) {
        // What the prune freed is measured instead, as the layers' total before and after it
        // (what Docker and Podman 4 report). The handle cancels the first step only.
        return diskUsage(context, [this, all, context,
                                   callback](const EngineResult<DiskUsage> &before) {
            if (!before.ok()) {
                callback(EngineResult<PruneReport>::failure(before.error));
                return;
            }
            const qint64 layersBefore = before.value.images.size;
            sendImagePrune(
                all, context,
                [this, context, callback, layersBefore](const EngineResult<PruneReport> &pruned) {
                    if (!pruned.ok()) {
                        callback(pruned);
                        return;
                    }
                    diskUsage(context, [callback, pruned,
                                        layersBefore](const EngineResult<DiskUsage> &after) {
                        EngineResult<PruneReport> result = pruned;
                        if (after.ok())
                            result.value.spaceReclaimed =
                                qMax<qint64>(0, layersBefore - after.value.images.size);
                        callback(result);
                    });
                });
        });
    }
    return sendImagePrune(all, context, std::move(callback));
}

CallHandle DockerEngine::sendImagePrune(bool all, QObject *context, Callback<PruneReport> callback)
{
    // Podman's compatible prune adds a dangling filter of its own, and refuses the one that
    // asks for all unused images.
    if (all && m_podman)
        return m_podman->pruneAllImages(context, std::move(callback));
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/images/prune");
    if (all)
        request.target +=
            "?filters=" + QUrl::toPercentEncoding(QStringLiteral(R"({"dangling":["false"]})"));
    request.timeoutMs = 600000;
    return typedCall<PruneReport>(request, context, &DockerImageJson::parsePrune,
                                  tr("prune answer"), std::move(callback));
}

ProgressStream *DockerEngine::pullImage(const QString &reference, const RegistryAuth &auth,
                                        QObject *parent)
{
    const ImageReference ref =
        ImageReference::parse(m_podman ? PodmanApi::pullReference(reference) : reference);
    HttpRequest request;
    request.method = "POST";
    QByteArray target = "/images/create?fromImage=" + query(ref.name());
    if (!ref.digest.isEmpty())
        target = "/images/create?fromImage=" + query(ref.name() + QLatin1Char('@') + ref.digest);
    else
        target += "&tag=" + query(ref.tag.isEmpty() ? QStringLiteral("latest") : ref.tag);
    request.target = versioned(target);
    request.headers.append({"X-Registry-Auth", DockerImageJson::registryAuthHeader(auth)});
    request.firstByteMs = HttpRequest::SlowFirstByteMs; // the engine asks the registry first
    return new DockerProgressStream(m_endpoint, request, parent);
}

ProgressStream *DockerEngine::pushImage(const QString &reference, const RegistryAuth &auth,
                                        QObject *parent)
{
    const ImageReference ref = ImageReference::parse(reference);
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/images/" + encodedName(ref.name()) + "/push?tag=" +
                               query(ref.tag.isEmpty() ? QStringLiteral("latest") : ref.tag));
    // Docker refuses a push without the header, even for a registry that needs no login.
    request.headers.append({"X-Registry-Auth", DockerImageJson::registryAuthHeader(auth)});
    request.firstByteMs = HttpRequest::SlowFirstByteMs; // the engine asks the registry first
    return new DockerProgressStream(m_endpoint, request, parent);
}

CallHandle DockerEngine::remove(const QByteArray &path, QObject *context, DoneCallback callback)
{
    HttpRequest request;
    request.method = "DELETE";
    request.target = versioned(path);
    request.timeoutMs = 60000;
    return call(
        request, context, [callback](HttpReply *, const QByteArray &) { callback({}); }, callback);
}

CallHandle DockerEngine::listVolumes(QObject *context, Callback<QList<VolumeInfo>> callback)
{
    HttpRequest request;
    request.target = versioned("/volumes");
    return typedCall<QList<VolumeInfo>>(request, context, &DockerResourceJson::parseVolumeList,
                                        tr("volume list"), std::move(callback));
}

CallHandle DockerEngine::inspectVolume(const QString &name, QObject *context,
                                       Callback<VolumeInfo> callback)
{
    HttpRequest request;
    request.target = versioned("/volumes/" + encoded(name));
    return typedCall<VolumeInfo>(request, context, &DockerResourceJson::parseVolume,
                                 tr("volume's inspect answer"), std::move(callback));
}

CallHandle DockerEngine::createVolume(const VolumeSpec &spec, QObject *context,
                                      Callback<VolumeInfo> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/volumes/create");
    request.body = DockerResourceJson::volumeCreateBody(spec);
    return typedCall<VolumeInfo>(request, context, &DockerResourceJson::parseVolume,
                                 tr("volume create answer"), std::move(callback));
}

CallHandle DockerEngine::removeVolume(const QString &name, bool force, QObject *context,
                                      DoneCallback callback)
{
    return remove("/volumes/" + encoded(name) + (force ? "?force=1" : ""), context,
                  std::move(callback));
}

CallHandle DockerEngine::pruneVolumes(const QStringList &labels, QObject *context,
                                      Callback<PruneReport> callback)
{
    HttpRequest request;
    request.method = "POST";
    QByteArray path = "/volumes/prune";
    QJsonObject filters;
    if (!labels.isEmpty())
        filters.insert(QStringLiteral("label"), QJsonArray::fromStringList(labels));
    // From API 1.42 on, Docker prunes only anonymous volumes unless told `all`.
    if (apiMinor(m_apiVersion) >= 42)
        filters.insert(QStringLiteral("all"), QJsonArray{QStringLiteral("true")});
    if (!filters.isEmpty()) {
        path += "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                  QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    request.target = versioned(path);
    request.timeoutMs = 300000;
    return typedCall<PruneReport>(
        request, context,
        [](const QByteArray &body) {
            return DockerContainerJson::parsePrune(body, QStringLiteral("VolumesDeleted"));
        },
        tr("prune answer"), std::move(callback));
}

CallHandle DockerEngine::listNetworks(QObject *context, Callback<QList<NetworkInfo>> callback)
{
    HttpRequest request;
    request.target = versioned("/networks");
    return typedCall<QList<NetworkInfo>>(request, context, &DockerResourceJson::parseNetworkList,
                                         tr("network list"), std::move(callback));
}

CallHandle DockerEngine::inspectNetwork(const QString &idOrName, QObject *context,
                                        Callback<NetworkInfo> callback)
{
    HttpRequest request;
    request.target = versioned("/networks/" + encoded(idOrName));
    return typedCall<NetworkInfo>(request, context, &DockerResourceJson::parseNetwork,
                                  tr("network's inspect answer"), std::move(callback));
}

CallHandle DockerEngine::createNetwork(const NetworkSpec &spec, QObject *context,
                                       Callback<CreatedObject> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/networks/create");
    request.body = DockerResourceJson::networkCreateBody(spec);
    return typedCall<CreatedObject>(request, context, &DockerContainerJson::parseCreated,
                                    tr("create answer"), std::move(callback));
}

CallHandle DockerEngine::removeNetwork(const QString &idOrName, QObject *context,
                                       DoneCallback callback)
{
    return remove("/networks/" + encoded(idOrName), context, std::move(callback));
}

CallHandle DockerEngine::pruneNetworks(const QStringList &labels, QObject *context,
                                       Callback<PruneReport> callback)
{
    HttpRequest request;
    request.method = "POST";
    QByteArray path = "/networks/prune";
    if (!labels.isEmpty()) {
        const QJsonObject filters{{QStringLiteral("label"), QJsonArray::fromStringList(labels)}};
        path += "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                  QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    request.target = versioned(path);
    request.timeoutMs = 120000;
    return typedCall<PruneReport>(
        request, context,
        [](const QByteArray &body) {
            return DockerContainerJson::parsePrune(body, QStringLiteral("NetworksDeleted"));
        },
        tr("prune answer"), std::move(callback));
}

CallHandle DockerEngine::connectNetwork(const QString &network, const QString &container,
                                        const QStringList &aliases, QObject *context,
                                        DoneCallback callback)
{
    QJsonObject body{{QStringLiteral("Container"), container}};
    if (!aliases.isEmpty())
        body.insert(QStringLiteral("EndpointConfig"),
                    QJsonObject{{QStringLiteral("Aliases"), QJsonArray::fromStringList(aliases)}});
    return action("/networks/" + encoded(network) + "/connect", context, std::move(callback), 30000,
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
}

CallHandle DockerEngine::disconnectNetwork(const QString &network, const QString &container,
                                           bool force, QObject *context, DoneCallback callback)
{
    const QJsonObject body{{QStringLiteral("Container"), container},
                           {QStringLiteral("Force"), force}};
    return action("/networks/" + encoded(network) + "/disconnect", context, std::move(callback),
                  30000, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// ---- pods, kube and health-check runs: Podman's own API, where the engine has it ----

CallHandle DockerEngine::listPods(QObject *context, Callback<QList<PodInfo>> callback)
{
    return m_podman ? m_podman->listPods(context, std::move(callback))
                    : Engine::listPods(context, std::move(callback));
}

CallHandle DockerEngine::inspectPod(const QString &name, QObject *context,
                                    Callback<PodInfo> callback)
{
    return m_podman ? m_podman->inspectPod(name, context, std::move(callback))
                    : Engine::inspectPod(name, context, std::move(callback));
}

CallHandle DockerEngine::createPod(const PodSpec &spec, QObject *context,
                                   Callback<CreatedObject> callback)
{
    return m_podman ? m_podman->createPod(spec, context, std::move(callback))
                    : Engine::createPod(spec, context, std::move(callback));
}

CallHandle DockerEngine::startPod(const QString &name, QObject *context, DoneCallback callback)
{
    return m_podman ? m_podman->startPod(name, context, std::move(callback))
                    : Engine::startPod(name, context, std::move(callback));
}

CallHandle DockerEngine::stopPod(const QString &name, int timeoutSecs, QObject *context,
                                 DoneCallback callback)
{
    return m_podman ? m_podman->stopPod(name, timeoutSecs, context, std::move(callback))
                    : Engine::stopPod(name, timeoutSecs, context, std::move(callback));
}

CallHandle DockerEngine::restartPod(const QString &name, QObject *context, DoneCallback callback)
{
    return m_podman ? m_podman->restartPod(name, context, std::move(callback))
                    : Engine::restartPod(name, context, std::move(callback));
}

CallHandle DockerEngine::pausePod(const QString &name, QObject *context, DoneCallback callback)
{
    return m_podman ? m_podman->pausePod(name, context, std::move(callback))
                    : Engine::pausePod(name, context, std::move(callback));
}

CallHandle DockerEngine::unpausePod(const QString &name, QObject *context, DoneCallback callback)
{
    return m_podman ? m_podman->unpausePod(name, context, std::move(callback))
                    : Engine::unpausePod(name, context, std::move(callback));
}

CallHandle DockerEngine::killPod(const QString &name, const QString &signal, QObject *context,
                                 DoneCallback callback)
{
    return m_podman ? m_podman->killPod(name, signal, context, std::move(callback))
                    : Engine::killPod(name, signal, context, std::move(callback));
}

CallHandle DockerEngine::removePod(const QString &name, bool force, QObject *context,
                                   DoneCallback callback)
{
    return m_podman ? m_podman->removePod(name, force, context, std::move(callback))
                    : Engine::removePod(name, force, context, std::move(callback));
}

CallHandle DockerEngine::prunePods(QObject *context, Callback<PruneReport> callback)
{
    return m_podman ? m_podman->prunePods(context, std::move(callback))
                    : Engine::prunePods(context, std::move(callback));
}

CallHandle DockerEngine::podStats(const QString &name, QObject *context,
                                  Callback<QList<PodStatsEntry>> callback)
{
    return m_podman ? m_podman->podStats(name, context, std::move(callback))
                    : Engine::podStats(name, context, std::move(callback));
}

CallHandle DockerEngine::generateKube(const QStringList &names, QObject *context,
                                      Callback<QString> callback)
{
    return m_podman ? m_podman->generateKube(names, context, std::move(callback))
                    : Engine::generateKube(names, context, std::move(callback));
}

CallHandle DockerEngine::playKube(const QByteArray &yaml, QObject *context,
                                  Callback<KubePlayReport> callback)
{
    return m_podman ? m_podman->playKube(yaml, context, std::move(callback))
                    : Engine::playKube(yaml, context, std::move(callback));
}

CallHandle DockerEngine::swarmInfo(QObject *context, Callback<SwarmInfo> callback)
{
    return swarm() ? swarm()->swarmInfo(context, std::move(callback))
                   : Engine::swarmInfo(context, std::move(callback));
}

CallHandle DockerEngine::swarmLocalState(QObject *context, Callback<SwarmInfo> callback)
{
    return swarm() ? swarm()->swarmLocalState(context, std::move(callback))
                   : Engine::swarmLocalState(context, std::move(callback));
}

CallHandle DockerEngine::swarmCluster(QObject *context, Callback<SwarmInfo> callback)
{
    return swarm() ? swarm()->swarmCluster(context, std::move(callback))
                   : Engine::swarmCluster(context, std::move(callback));
}

CallHandle DockerEngine::rotateJoinToken(const SwarmInfo &cluster, bool manager, QObject *context,
                                         DoneCallback callback)
{
    return swarm() ? swarm()->rotateJoinToken(cluster, manager, context, std::move(callback))
                   : Engine::rotateJoinToken(cluster, manager, context, std::move(callback));
}

CallHandle DockerEngine::listSwarmNodes(QObject *context, Callback<QList<SwarmNode>> callback)
{
    return swarm() ? swarm()->listNodes(context, std::move(callback))
                   : Engine::listSwarmNodes(context, std::move(callback));
}

CallHandle DockerEngine::updateSwarmNode(const SwarmNode &node, const SwarmNodeUpdate &update,
                                         QObject *context, DoneCallback callback)
{
    return swarm() ? swarm()->updateNode(node, update, context, std::move(callback))
                   : Engine::updateSwarmNode(node, update, context, std::move(callback));
}

CallHandle DockerEngine::removeSwarmNode(const QString &id, bool force, QObject *context,
                                         DoneCallback callback)
{
    return swarm() ? swarm()->removeNode(id, force, context, std::move(callback))
                   : Engine::removeSwarmNode(id, force, context, std::move(callback));
}

CallHandle DockerEngine::listServices(QObject *context, Callback<QList<SwarmService>> callback)
{
    return swarm() ? swarm()->listServices(context, std::move(callback))
                   : Engine::listServices(context, std::move(callback));
}

CallHandle DockerEngine::inspectService(const QString &id, QObject *context,
                                        Callback<SwarmService> callback)
{
    return swarm() ? swarm()->inspectService(id, context, std::move(callback))
                   : Engine::inspectService(id, context, std::move(callback));
}

CallHandle DockerEngine::createService(const SwarmServiceSpec &spec, QObject *context,
                                       Callback<CreatedObject> callback)
{
    return swarm() ? swarm()->createService(spec, context, std::move(callback))
                   : Engine::createService(spec, context, std::move(callback));
}

CallHandle DockerEngine::scaleService(const SwarmService &service, int replicas, QObject *context,
                                      DoneCallback callback)
{
    return swarm() ? swarm()->scaleService(service, replicas, context, std::move(callback))
                   : Engine::scaleService(service, replicas, context, std::move(callback));
}

CallHandle DockerEngine::updateServiceImage(const SwarmService &service, const QString &image,
                                            QObject *context, DoneCallback callback)
{
    return swarm() ? swarm()->updateServiceImage(service, image, context, std::move(callback))
                   : Engine::updateServiceImage(service, image, context, std::move(callback));
}

CallHandle DockerEngine::rollbackService(const SwarmService &service, QObject *context,
                                         DoneCallback callback)
{
    return swarm() ? swarm()->rollbackService(service, context, std::move(callback))
                   : Engine::rollbackService(service, context, std::move(callback));
}

CallHandle DockerEngine::removeService(const QString &id, QObject *context, DoneCallback callback)
{
    return swarm() ? swarm()->removeService(id, context, std::move(callback))
                   : Engine::removeService(id, context, std::move(callback));
}

CallHandle DockerEngine::listTasks(const QString &serviceId, QObject *context,
                                   Callback<QList<SwarmTask>> callback)
{
    return swarm() ? swarm()->listTasks(serviceId, context, std::move(callback))
                   : Engine::listTasks(serviceId, context, std::move(callback));
}

CallHandle DockerEngine::listSecrets(SwarmSecret::Kind kind, QObject *context,
                                     Callback<QList<SwarmSecret>> callback)
{
    return swarm() ? swarm()->listSecrets(kind, context, std::move(callback))
                   : Engine::listSecrets(kind, context, std::move(callback));
}

CallHandle DockerEngine::createSecret(SwarmSecret::Kind kind, const QString &name,
                                      const QByteArray &data, const QMap<QString, QString> &labels,
                                      QObject *context, Callback<CreatedObject> callback)
{
    return swarm() ? swarm()->createSecret(kind, name, data, labels, context, std::move(callback))
                   : Engine::createSecret(kind, name, data, labels, context, std::move(callback));
}

CallHandle DockerEngine::removeSecret(SwarmSecret::Kind kind, const QString &id, QObject *context,
                                      DoneCallback callback)
{
    return swarm() ? swarm()->removeSecret(kind, id, context, std::move(callback))
                   : Engine::removeSecret(kind, id, context, std::move(callback));
}

CallHandle DockerEngine::runHealthcheck(const QString &container, QObject *context,
                                        Callback<HealthState> callback)
{
    return m_podman ? m_podman->runHealthcheck(container, context, std::move(callback))
                    : Engine::runHealthcheck(container, context, std::move(callback));
}

ProgressStream *DockerEngine::buildImage(const BuildOptions &options, QObject *parent)
{
    const auto json = [](const QMap<QString, QString> &map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    QByteArray target = "/build?rm=1";
    for (const QString &tag : options.tags)
        target += "&t=" + query(tag);
    if (!options.dockerfile.isEmpty())
        target += "&dockerfile=" + query(options.dockerfile);
    if (!options.buildArgs.isEmpty())
        target += "&buildargs=" + json(options.buildArgs);
    if (!options.labels.isEmpty())
        target += "&labels=" + json(options.labels);
    if (!options.target.isEmpty())
        target += "&target=" + query(options.target);
    if (options.noCache)
        target += "&nocache=1";
    if (options.pull)
        target += "&pull=1";
    HttpRequest request;
    request.method = "POST";
    request.target = versioned(target);
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-tar")});
    // The engine answers once it has the whole context (and may unpack it first).
    request.firstByteMs = HttpRequest::SlowFirstByteMs;
    return new DockerBuildStream(m_endpoint, request, options, parent);
}

CallHandle DockerEngine::listContainers(const QStringList &ids, QObject *context,
                                        ContainersCallback callback)
{
    QByteArray filter;
    if (!ids.isEmpty()) {
        QJsonObject filters;
        filters.insert(QStringLiteral("id"), QJsonArray::fromStringList(ids));
        filter = "filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                  QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    HttpRequest request;
    request.timeoutMs = 60000;
    const QByteArray query = filter.isEmpty() ? QByteArray() : QByteArray("&" + filter);
    if (m_podman)
        return m_podman->listContainers(query, context, std::move(callback));
    request.target = versioned("/containers/json?all=1" + query);
    return typedCall<QList<ContainerSummary>>(
        request, context,
        [](const QByteArray &body) {
            return DockerJson::parseContainerList(body, QDateTime::currentDateTimeUtc());
        },
        tr("container list"), std::move(callback));
}

CallHandle DockerEngine::listContainersWhere(const QString &filter, const QString &value,
                                             QObject *context, ContainersCallback callback)
{
    QJsonObject filters;
    filters.insert(filter, QJsonArray{value});
    const QByteArray query =
        "&filters=" + QUrl::toPercentEncoding(
                          QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    // Podman's compatible list leaves out what its own list gives (pods, its states).
    if (m_podman)
        return m_podman->listContainers(query, context, std::move(callback));
    HttpRequest request;
    request.timeoutMs = 60000;
    request.target = versioned("/containers/json?all=1" + query);
    return typedCall<QList<ContainerSummary>>(
        request, context,
        [](const QByteArray &body) {
            return DockerJson::parseContainerList(body, QDateTime::currentDateTimeUtc());
        },
        tr("container list"), std::move(callback));
}

CallHandle DockerEngine::inspectContainer(const QString &id, QObject *context,
                                          Callback<ContainerDetails> callback)
{
    HttpRequest request;
    request.target = versioned("/containers/" + encoded(id) + "/json");
    return typedCall<ContainerDetails>(request, context, &DockerContainerJson::parseInspect,
                                       tr("container's inspect answer"), std::move(callback));
}

CallHandle DockerEngine::createContainer(const ContainerSpec &spec, QObject *context,
                                         Callback<CreatedObject> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.timeoutMs = 120000;
    if (PodmanApi::needsOwnCreate(spec)) {
        if (m_podman)
            return m_podman->createContainer(spec, context, std::move(callback));
        const EngineError e = EngineError::make(
            EngineError::Kind::Unsupported,
            tr("this engine has no pods and no run time limits; leave them empty"),
            m_endpoint.toUrl());
        QMetaObject::invokeMethod(
            context, [callback, e] { callback(EngineResult<CreatedObject>::failure(e)); },
            Qt::QueuedConnection);
        return {};
    }
    request.target = versioned("/containers/create");
    if (!spec.name.isEmpty())
        request.target += "?name=" + query(spec.name);
    request.body = DockerContainerJson::createBody(spec);
    return typedCall<CreatedObject>(request, context, &DockerContainerJson::parseCreated,
                                    tr("create answer"), std::move(callback));
}

CallHandle DockerEngine::startContainer(const QString &id, QObject *context, DoneCallback callback)
{
    return action("/containers/" + encoded(id) + "/start", context, std::move(callback), 60000);
}

CallHandle DockerEngine::stopContainer(const QString &id, int timeoutSecs, QObject *context,
                                       DoneCallback callback)
{
    QByteArray path = "/containers/" + encoded(id) + "/stop";
    if (timeoutSecs >= 0)
        path += "?t=" + QByteArray::number(timeoutSecs);
    return action(path, context, std::move(callback), stopCallTimeoutMs(timeoutSecs));
}

CallHandle DockerEngine::restartContainer(const QString &id, int timeoutSecs, QObject *context,
                                          DoneCallback callback)
{
    QByteArray path = "/containers/" + encoded(id) + "/restart";
    if (timeoutSecs >= 0)
        path += "?t=" + QByteArray::number(timeoutSecs);
    return action(path, context, std::move(callback), stopCallTimeoutMs(timeoutSecs));
}

CallHandle DockerEngine::killContainer(const QString &id, const QString &signal, QObject *context,
                                       DoneCallback callback)
{
    QByteArray path = "/containers/" + encoded(id) + "/kill";
    if (!signal.isEmpty())
        path += "?signal=" + query(signal);
    return action(path, context, std::move(callback));
}

CallHandle DockerEngine::pauseContainer(const QString &id, QObject *context, DoneCallback callback)
{
    return action("/containers/" + encoded(id) + "/pause", context, std::move(callback));
}

CallHandle DockerEngine::unpauseContainer(const QString &id, QObject *context,
                                          DoneCallback callback)
{
    return action("/containers/" + encoded(id) + "/unpause", context, std::move(callback));
}

CallHandle DockerEngine::renameContainer(const QString &id, const QString &newName,
                                         QObject *context, DoneCallback callback)
{
    return action("/containers/" + encoded(id) + "/rename?name=" + query(newName), context,
                  std::move(callback));
}

CallHandle DockerEngine::removeContainer(const QString &id, bool force, bool removeVolumes,
                                         QObject *context, DoneCallback callback)
{
    HttpRequest request;
    request.method = "DELETE";
    request.target = versioned("/containers/" + encoded(id) + "?force=" + (force ? "1" : "0") +
                               "&v=" + (removeVolumes ? "1" : "0"));
    request.timeoutMs = 60000;
    return call(
        request, context, [callback](HttpReply *, const QByteArray &) { callback({}); }, callback);
}

CallHandle DockerEngine::waitContainerUntil(const QString &id, WaitCondition condition,
                                            QObject *context, Callback<int> callback)
{
    const QByteArray name = condition == WaitCondition::NextExit  ? "next-exit"
                            : condition == WaitCondition::Removed ? "removed"
                                                                  : "not-running";
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/containers/" + encoded(id) + "/wait?condition=" + name);
    request.stream = true; // as long as the container runs
    return typedCall<int>(
        request, context,
        [](const QByteArray &body) { return DockerContainerJson::parseWait(body, nullptr); },
        tr("wait answer"), std::move(callback));
}

CallHandle DockerEngine::pruneContainers(QObject *context, Callback<PruneReport> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = versioned("/containers/prune");
    request.timeoutMs = 300000;
    return typedCall<PruneReport>(
        request, context,
        [](const QByteArray &body) {
            return DockerContainerJson::parsePrune(body, QStringLiteral("ContainersDeleted"));
        },
        tr("prune answer"), std::move(callback));
}

CallHandle DockerEngine::commitContainer(const QString &id, const CommitOptions &options,
                                         QObject *context, Callback<CreatedObject> callback)
{
    QByteArray target = "/commit?container=" + encoded(id);
    if (!options.repository.isEmpty())
        target += "&repo=" + query(options.repository);
    if (!options.tag.isEmpty())
        target += "&tag=" + query(options.tag);
    if (!options.message.isEmpty())
        target += "&comment=" + query(options.message);
    if (!options.author.isEmpty())
        target += "&author=" + query(options.author);
    target += options.pause ? "&pause=1" : "&pause=0";
    HttpRequest request;
    request.method = "POST";
    request.target = versioned(target);
    request.body = "{}";
    request.timeoutMs = 600000;
    return typedCall<CreatedObject>(request, context, &DockerContainerJson::parseCreated,
                                    tr("commit answer"), std::move(callback));
}

CallHandle DockerEngine::topContainer(const QString &id, QObject *context,
                                      Callback<ProcessList> callback)
{
    HttpRequest request;
    request.target = versioned("/containers/" + encoded(id) + "/top");
    return typedCall<ProcessList>(request, context, &DockerContainerJson::parseTop,
                                  tr("process list"), std::move(callback));
}

EventStream *DockerEngine::watchEvents(const EventFilter &filter, QObject *parent)
{
    QJsonObject filters;
    const std::pair<const char *, const QStringList *> fields[] = {
        {"type", &filter.types},
        {"container", &filter.containers},
        {"label", &filter.labels},
        {"event", &filter.actions}};
    for (const auto &[key, values] : fields)
        if (!values->isEmpty())
            filters.insert(QLatin1String(key), QJsonArray::fromStringList(*values));
    QByteArray target = "/events";
    QByteArray separator = "?";
    if (!filters.isEmpty()) {
        target += "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                    QJsonDocument(filters).toJson(QJsonDocument::Compact)));
        separator = "&";
    }
    if (filter.since.isValid())
        target += separator + "since=" + QByteArray::number(filter.since.toSecsSinceEpoch());
    return new DockerEventStream(m_endpoint, versioned(target),
                                 m_podman ? &PodmanApi::classifyEvent : &DockerEvents::classify,
                                 parent);
}

EventStream *DockerEngine::watchObjects(const QList<EngineEvent::Object> &objects, QObject *parent)
{
    return watchEvents(EventFilter{DockerEvents::typeWords(objects), {}, {}, {}, {}}, parent);
}

LogStream *DockerEngine::readLogs(const QString &id, const LogOptions &options, QObject *parent)
{
    return new DockerLogStream(m_endpoint, versioned("/containers/" + encoded(id)), options,
                               parent);
}

LogStream *DockerEngine::readServiceLogs(const QString &service, const LogOptions &options,
                                         QObject *parent)
{
    if (!swarm())
        return Engine::readServiceLogs(service, options, parent);
    return new DockerLogStream(m_endpoint, versioned("/services/" + encoded(service)), options,
                               parent, DockerLogStream::Of::Service);
}

ExecSession *DockerEngine::attach(const QString &containerId, bool tty, bool input, QObject *parent)
{
    return new DockerExecSession(m_endpoint, "/v" + m_apiVersion, containerId, tty, input, parent);
}

ExecSession *DockerEngine::exec(const QString &containerId, const ExecOptions &options,
                                QObject *parent)
{
    return new DockerExecSession(m_endpoint, "/v" + m_apiVersion, containerId, options, parent);
}

StatsStream *DockerEngine::readStats(const QString &id, bool stream, QObject *parent)
{
    // A single sample waits for a second read so that its CPU % has a previous one to
    // compare with, as docker stats --no-stream does.
    return new DockerStatsStream(
        m_endpoint,
        versioned("/containers/" + encoded(id) + "/stats?stream=" + (stream ? "1" : "0")), parent);
}
