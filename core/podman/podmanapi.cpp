#include "core/podman/podmanapi.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/dockerengine.h"
#include "core/engine/imagereference.h"
#include "core/podman/libpodjson.h"
#include "core/podman/podmanevents.h"
#include "core/transport/httpreply.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

QByteArray query(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray encoded(const QString &id)
{
    return QUrl::toPercentEncoding(id);
}

// Stop and restart wait up to the stop timeout before killing: the call must outlast it.
int stopCallTimeoutMs(int timeoutSecs)
{
    return (timeoutSecs < 0 ? 10 : timeoutSecs) * 1000 + 30000;
}

} // namespace

PodmanApi::PodmanApi(DockerEngine &engine, const QString &version)
    : m_engine(engine)
    , m_version(version)
{}

void PodmanApi::addCapabilities(EngineCapabilities *c)
{
    c->pods = true;
    c->kube = true;
    c->healthcheckRun = true;
    c->runTimeout = true;
    // Its health event carries the status from before the check: the list read right after it
    // can still show the old health.
    c->healthEventBeforeResult = true;
    // Its build API runs a build to its end even when the client that asked has gone, and has
    // no call to stop one.
    c->buildCancel = false;
    // Podman 4 answers /build/prune with 404: its builds leave images, no cache of their own.
    c->buildCache = false;
    // Its compatible API has no /swarm, /nodes or /services.
    c->swarm = false;
}

QStringList PodmanApi::clientCommand(const Endpoint &e)
{
    if (!e.isValid())
        return {};
    QStringList argv;
    if (e.kind == Endpoint::Kind::Tcp && e.tls)
        return {}; // podman --remote has no TLS
    argv << QStringLiteral("podman") << QStringLiteral("--remote") << QStringLiteral("--url")
         << e.toUrl();
    if (e.kind == Endpoint::Kind::Ssh && !e.sshIdentityFile.isEmpty())
        argv << QStringLiteral("--identity") << e.sshIdentityFile;
    return argv;
}

void PodmanApi::classifyEvent(EngineEvent &event)
{
    PodmanEvents::classify(event);
}

QByteArray PodmanApi::libpod(const QByteArray &path) const
{
    return QByteArray("/v") + m_version.toLatin1() + "/libpod" + path;
}

CallHandle PodmanApi::podAction(const QByteArray &path, QObject *context, DoneCallback callback,
                                int timeoutMs)
{
    HttpRequest request;
    request.method = "POST";
    request.target = libpod(path);
    request.timeoutMs = timeoutMs;
    const QString where = m_engine.endpoint().toUrl();
    return m_engine.call(
        request, context,
        [callback, where](HttpReply *, const QByteArray &body) {
            // A 200 can still carry the containers that failed.
            const QStringList errors = LibpodJson::podActionErrors(body);
            if (errors.isEmpty()) {
                callback({});
                return;
            }
            EngineError e = EngineError::make(EngineError::Kind::Http,
                                              errors.join(QStringLiteral("; ")), where);
            e.httpStatus = 200;
            callback(e);
        },
        callback);
}

CallHandle PodmanApi::listPods(QObject *context, Callback<QList<PodInfo>> callback)
{
    HttpRequest request;
    request.target = libpod("/pods/json");
    return m_engine.template typedCall<QList<PodInfo>>(request, context, &LibpodJson::parsePodList,
                                                       tr("pod list"), std::move(callback));
}

CallHandle PodmanApi::inspectPod(const QString &name, QObject *context, Callback<PodInfo> callback)
{
    HttpRequest request;
    request.target = libpod("/pods/" + encoded(name) + "/json");
    return m_engine.template typedCall<PodInfo>(request, context, &LibpodJson::parsePodInspect,
                                                tr("pod's inspect answer"), std::move(callback));
}

CallHandle PodmanApi::createPod(const PodSpec &spec, QObject *context,
                                Callback<CreatedObject> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = libpod("/pods/create");
    request.body = LibpodJson::podCreateBody(spec);
    request.timeoutMs = 120000; // the first pod with infra builds its pause image
    return m_engine.template typedCall<CreatedObject>(request, context,
                                                      &DockerContainerJson::parseCreated,
                                                      tr("create answer"), std::move(callback));
}

CallHandle PodmanApi::startPod(const QString &name, QObject *context, DoneCallback callback)
{
    return podAction("/pods/" + encoded(name) + "/start", context, std::move(callback));
}

CallHandle PodmanApi::stopPod(const QString &name, int timeoutSecs, QObject *context,
                              DoneCallback callback)
{
    QByteArray path = "/pods/" + encoded(name) + "/stop";
    if (timeoutSecs >= 0)
        path += "?t=" + QByteArray::number(timeoutSecs);
    return podAction(path, context, std::move(callback), stopCallTimeoutMs(timeoutSecs));
}

CallHandle PodmanApi::restartPod(const QString &name, QObject *context, DoneCallback callback)
{
    return podAction("/pods/" + encoded(name) + "/restart", context, std::move(callback),
                     stopCallTimeoutMs(-1));
}

CallHandle PodmanApi::pausePod(const QString &name, QObject *context, DoneCallback callback)
{
    return podAction("/pods/" + encoded(name) + "/pause", context, std::move(callback));
}

CallHandle PodmanApi::unpausePod(const QString &name, QObject *context, DoneCallback callback)
{
    return podAction("/pods/" + encoded(name) + "/unpause", context, std::move(callback));
}

CallHandle PodmanApi::killPod(const QString &name, const QString &signal, QObject *context,
                              DoneCallback callback)
{
    QByteArray path = "/pods/" + encoded(name) + "/kill";
    if (!signal.isEmpty())
        path += "?signal=" + query(signal);
    return podAction(path, context, std::move(callback));
}

CallHandle PodmanApi::removePod(const QString &name, bool force, QObject *context,
                                DoneCallback callback)
{
    HttpRequest request;
    request.method = "DELETE";
    request.target = libpod("/pods/" + encoded(name) + (force ? "?force=true" : ""));
    request.timeoutMs = stopCallTimeoutMs(-1);
    return m_engine.call(
        request, context, [callback](HttpReply *, const QByteArray &) { callback({}); }, callback);
}

CallHandle PodmanApi::prunePods(QObject *context, Callback<PruneReport> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = libpod("/pods/prune");
    request.timeoutMs = 120000;
    return m_engine.template typedCall<PruneReport>(request, context, &LibpodJson::parsePodPrune,
                                                    tr("prune answer"), std::move(callback));
}

CallHandle PodmanApi::podStats(const QString &name, QObject *context,
                               Callback<QList<PodStatsEntry>> callback)
{
    HttpRequest request;
    request.target = libpod("/pods/stats?namesOrIDs=" + query(name));
    return m_engine.template typedCall<QList<PodStatsEntry>>(
        request, context, &LibpodJson::parsePodStats, tr("pod stats"), std::move(callback));
}

CallHandle PodmanApi::generateKube(const QStringList &names, QObject *context,
                                   Callback<QString> callback)
{
    QByteArray target = "/generate/kube?";
    for (const QString &name : names)
        target += "names=" + query(name) + '&';
    target.chop(1);
    HttpRequest request;
    request.target = libpod(target);
    return m_engine.template typedCall<QString>(
        request, context,
        [](const QByteArray &body) -> std::optional<QString> {
            if (!body.contains("apiVersion"))
                return std::nullopt;
            return QString::fromUtf8(body);
        },
        tr("kube YAML"), std::move(callback));
}

CallHandle PodmanApi::playKube(const QByteArray &yaml, QObject *context,
                               Callback<KubePlayReport> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = libpod("/play/kube");
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/yaml")});
    request.body = yaml;
    request.timeoutMs = 600000; // it may pull images
    return m_engine.template typedCall<KubePlayReport>(request, context, &LibpodJson::parseKubePlay,
                                                       tr("play kube answer"), std::move(callback));
}

CallHandle PodmanApi::runHealthcheck(const QString &container, QObject *context,
                                     Callback<HealthState> callback)
{
    HttpRequest request;
    request.target = libpod("/containers/" + encoded(container) + "/healthcheck");
    request.timeoutMs = 600000; // as long as the check's own timeout allows
    // Podman 4 answers the status only; the history with each check's output is in inspect.
    return m_engine.template typedCall<HealthState>(
        request, context, &LibpodJson::parseHealthcheck, tr("health check answer"),
        [this, container, context, callback](const EngineResult<HealthState> &ran) {
            if (!ran.ok() || !ran.value.log.isEmpty()) {
                callback(ran);
                return;
            }
            m_engine.inspectContainer(
                container, context, [ran, callback](const EngineResult<ContainerDetails> &details) {
                    callback(details.ok() ? EngineResult<HealthState>::success(details.value.health)
                                          : ran);
                });
        });
}

CallHandle PodmanApi::listContainers(const QByteArray &filterQuery, QObject *context,
                                     Engine::ContainersCallback callback)
{
    HttpRequest request;
    request.timeoutMs = 60000;
    request.target = libpod("/containers/json?all=true" + filterQuery);
    return m_engine.template typedCall<QList<ContainerSummary>>(
        request, context,
        [](const QByteArray &body) {
            return LibpodJson::parseContainerList(body, QDateTime::currentDateTimeUtc());
        },
        tr("container list"), std::move(callback));
}

bool PodmanApi::needsOwnCreate(const ContainerSpec &spec)
{
    return !spec.pod.isEmpty() || spec.runTimeoutSecs > 0;
}

CallHandle PodmanApi::createContainer(const ContainerSpec &spec, QObject *context,
                                      Callback<CreatedObject> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.timeoutMs = 120000;
    request.target = libpod("/containers/create");
    request.body = DockerContainerJson::libpodCreateBody(spec);
    return m_engine.template typedCall<CreatedObject>(request, context,
                                                      &DockerContainerJson::parseCreated,
                                                      tr("create answer"), std::move(callback));
}

QByteArray PodmanApi::searchTarget() const
{
    return libpod("/images/search");
}

bool PodmanApi::pruneReportsWholeImages() const
{
    return m_version.section(QLatin1Char('.'), 0, 0).toInt() >= 5;
}

CallHandle PodmanApi::pruneAllImages(QObject *context, Callback<PruneReport> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = libpod("/images/prune?all=true");
    request.timeoutMs = 600000;
    return m_engine.template typedCall<PruneReport>(request, context, &LibpodJson::parseImagePrune,
                                                    tr("prune answer"), std::move(callback));
}

CallHandle PodmanApi::searchRegistries(QObject *context, Callback<QStringList> callback)
{
    HttpRequest request;
    request.target = libpod("/info");
    return m_engine.template typedCall<QStringList>(request, context,
                                                    &LibpodJson::parseSearchRegistries,
                                                    tr("information"), std::move(callback));
}

RegistryAuth PodmanApi::loginCheckAuth(const RegistryAuth &auth)
{
    // An address with a scheme is taken as written.
    static const QRegularExpression loopback(
        QStringLiteral("^(127\\.\\d+\\.\\d+\\.\\d+|\\[::1\\])(:\\d+)?(/.*)?$"));
    const QRegularExpressionMatch m = loopback.match(auth.serverAddress);
    if (!m.hasMatch())
        return auth;
    RegistryAuth local = auth;
    local.serverAddress = QStringLiteral("localhost") + m.captured(2) + m.captured(3);
    return local;
}

QString PodmanApi::pullReference(const QString &reference)
{
    const ImageReference ref = ImageReference::parse(reference);
    return ref.registry.isEmpty() ? ref.qualified() : reference;
}
