#include "core/docker/dockerswarmapi.h"

#include "core/docker/dockerengine.h"
#include "core/docker/dockerswarmjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace {

// How often a change made from a service's version is tried again when the service changed in
// between (the swarm answers "update out of sequence").
constexpr int ServiceUpdateTries = 3;

QByteArray encoded(const QString &id)
{
    return QUrl::toPercentEncoding(id);
}

bool outOfSequence(const EngineError &e)
{
    return e.message.contains(QLatin1String("out of sequence"));
}

} // namespace

DockerSwarmApi::DockerSwarmApi(DockerEngine &engine)
    : m_engine(engine)
{}

CallHandle DockerSwarmApi::swarmInfo(QObject *context, Callback<SwarmInfo> callback)
{
    // A manager adds the cluster to where it stands.
    return swarmLocalState(
        context, [this, context, callback](const EngineResult<SwarmInfo> &local) {
            if (!local.ok() || !local.value.active() || !local.value.manager) {
                callback(local);
                return;
            }
            swarmCluster(context, [callback, local](const EngineResult<SwarmInfo> &cluster) {
                callback(cluster.ok() ? EngineResult<SwarmInfo>::success(
                                            cluster.value.withLocalStateOf(local.value))
                                      : cluster);
            });
        });
}

CallHandle DockerSwarmApi::swarmLocalState(QObject *context, Callback<SwarmInfo> callback)
{
    // /info says where the engine stands.
    HttpRequest request;
    request.target = m_engine.versioned("/info");
    return m_engine.typedCall<SwarmInfo>(request, context, &DockerSwarmJson::parseLocalState,
                                         tr("system information"), std::move(callback));
}

CallHandle DockerSwarmApi::swarmCluster(QObject *context, Callback<SwarmInfo> callback)
{
    HttpRequest request;
    request.target = m_engine.versioned("/swarm");
    return m_engine.typedCall<SwarmInfo>(
        request, context,
        [](const QByteArray &body) -> std::optional<SwarmInfo> {
            SwarmInfo info;
            if (!DockerSwarmJson::addCluster(body, &info))
                return std::nullopt;
            return info;
        },
        tr("swarm's description"), std::move(callback));
}

CallHandle DockerSwarmApi::rotateJoinToken(const SwarmInfo &cluster, bool manager, QObject *context,
                                           DoneCallback callback)
{
    if (cluster.clusterId.isEmpty() || cluster.specJson.isEmpty())
        return refuse(tr("only a swarm's manager can rotate its join tokens"), context,
                      std::move(callback));
    const QByteArray path = "/swarm/update?version=" + QByteArray::number(cluster.version) +
                            (manager ? "&rotateManagerToken=true" : "&rotateWorkerToken=true");
    return post(path, cluster.specJson, context, std::move(callback));
}

CallHandle DockerSwarmApi::listNodes(QObject *context, Callback<QList<SwarmNode>> callback)
{
    HttpRequest request;
    request.target = m_engine.versioned("/nodes");
    return m_engine.typedCall<QList<SwarmNode>>(request, context, &DockerSwarmJson::parseNodeList,
                                                tr("swarm's node list"), std::move(callback));
}

CallHandle DockerSwarmApi::updateNode(const SwarmNode &node, const SwarmNodeUpdate &update,
                                      QObject *context, DoneCallback callback)
{
    return post("/nodes/" + encoded(node.id) +
                    "/update?version=" + QByteArray::number(node.version),
                DockerSwarmJson::nodeUpdateBody(node, update), context, std::move(callback));
}

CallHandle DockerSwarmApi::removeNode(const QString &id, bool force, QObject *context,
                                      DoneCallback callback)
{
    return m_engine.remove("/nodes/" + encoded(id) + (force ? "?force=1" : ""), context,
                           std::move(callback));
}

CallHandle DockerSwarmApi::listServices(QObject *context, Callback<QList<SwarmService>> callback)
{
    HttpRequest request;
    // status=true: each service with its running and desired task counts (API 1.41).
    request.target = m_engine.versioned("/services?status=true");
    return m_engine.typedCall<QList<SwarmService>>(request, context,
                                                   &DockerSwarmJson::parseServiceList,
                                                   tr("service list"), std::move(callback));
}

CallHandle DockerSwarmApi::inspectService(const QString &id, QObject *context,
                                          Callback<SwarmService> callback)
{
    HttpRequest request;
    request.target = m_engine.versioned("/services/" + encoded(id));
    return m_engine.typedCall<SwarmService>(request, context, &DockerSwarmJson::parseService,
                                            tr("service's inspect answer"), std::move(callback));
}

CallHandle DockerSwarmApi::createService(const SwarmServiceSpec &spec, QObject *context,
                                         Callback<CreatedObject> callback)
{
    if (spec.image.trimmed().isEmpty()) {
        const EngineError e =
            EngineError::make(EngineError::Kind::BadInput, tr("a service needs an image to run"),
                              m_engine.endpoint().toUrl());
        QMetaObject::invokeMethod(
            context, [callback, e] { callback(EngineResult<CreatedObject>::failure(e)); },
            Qt::QueuedConnection);
        return {};
    }
    HttpRequest request;
    request.method = "POST";
    request.target = m_engine.versioned("/services/create");
    request.body = DockerSwarmJson::serviceCreateBody(spec);
    return m_engine.typedCall<CreatedObject>(request, context, &DockerSwarmJson::parseCreated,
                                             tr("service create answer"), std::move(callback));
}

CallHandle DockerSwarmApi::scaleService(const SwarmService &service, int replicas, QObject *context,
                                        DoneCallback callback)
{
    if (service.mode != SwarmService::Mode::Replicated)
        return refuse(tr("only a replicated service has a number of replicas"), context,
                      std::move(callback));
    if (replicas < 0)
        return refuse(tr("a service cannot have fewer than 0 replicas"), context,
                      std::move(callback));
    return changeService(
        service,
        [replicas](const QJsonObject &spec) { return DockerSwarmJson::scaledSpec(spec, replicas); },
        false, context, std::move(callback));
}

CallHandle DockerSwarmApi::updateServiceImage(const SwarmService &service, const QString &image,
                                              QObject *context, DoneCallback callback)
{
    if (image.trimmed().isEmpty())
        return refuse(tr("a service needs an image to run"), context, std::move(callback));
    return changeService(
        service,
        [image](const QJsonObject &spec) {
            return DockerSwarmJson::imageSpec(spec, image.trimmed());
        },
        false, context, std::move(callback));
}

CallHandle DockerSwarmApi::rollbackService(const SwarmService &service, QObject *context,
                                           DoneCallback callback)
{
    if (!service.canRollBack)
        return refuse(tr("the service has no earlier version to go back to"), context,
                      std::move(callback));
    // The swarm takes the service's previous spec itself; the body is the current one.
    return changeService(
        service,
        [](const QJsonObject &spec) {
            return spec.isEmpty()
                       ? std::nullopt
                       : std::optional(QJsonDocument(spec).toJson(QJsonDocument::Compact));
        },
        true, context, std::move(callback));
}

CallHandle DockerSwarmApi::changeService(const SwarmService &service, SpecChange change,
                                         bool rollback, QObject *context, DoneCallback callback)
{
    // The change is made to the spec the caller saw; should the service have changed since
    // (another client, the swarm pausing an update), it is read again and the same change made
    // to the spec as it is now, a few times at most.
    struct Attempt
    {
        DockerSwarmApi *api;
        QString id;
        SpecChange change;
        bool rollback;
        QPointer<QObject> context;
        DoneCallback callback;
        int tries = 0;
    };
    auto attempt = std::make_shared<Attempt>(
        Attempt{this, service.id, std::move(change), rollback, context, std::move(callback)});
    auto send = std::make_shared<std::function<CallHandle(const SwarmService &)>>();
    // Each call in flight keeps the sender; the sender does not keep itself.
    *send = [attempt, weakSend = std::weak_ptr(send)](const SwarmService &now) -> CallHandle {
        const auto self = weakSend.lock();
        QObject *receiver = attempt->context.data();
        if (!receiver)
            return {};
        const std::optional<QByteArray> spec = attempt->change(now.spec);
        if (!spec) {
            const EngineError e =
                EngineError::make(EngineError::Kind::Protocol,
                                  tr("the service's spec is not the JSON the API promises"),
                                  attempt->api->m_engine.endpoint().toUrl());
            QMetaObject::invokeMethod(
                receiver, [attempt, e] { attempt->callback(e); }, Qt::QueuedConnection);
            return {};
        }
        QByteArray path =
            "/services/" + encoded(now.id) + "/update?version=" + QByteArray::number(now.version);
        if (attempt->rollback)
            path += "&rollback=previous";
        return attempt->api->post(path, *spec, receiver, [attempt, self](const EngineError &e) {
            if (!e.isError() || !outOfSequence(e) || ++attempt->tries >= ServiceUpdateTries ||
                !attempt->context) {
                attempt->callback(e);
                return;
            }
            attempt->api->inspectService(attempt->id, attempt->context.data(),
                                         [attempt, self](const EngineResult<SwarmService> &read) {
                                             if (!read.ok()) {
                                                 attempt->callback(read.error);
                                                 return;
                                             }
                                             (*self)(read.value);
                                         });
        });
    };
    return (*send)(service);
}

CallHandle DockerSwarmApi::removeService(const QString &id, QObject *context, DoneCallback callback)
{
    return m_engine.remove("/services/" + encoded(id), context, std::move(callback));
}

CallHandle DockerSwarmApi::listTasks(const QString &serviceId, QObject *context,
                                     Callback<QList<SwarmTask>> callback)
{
    HttpRequest request;
    QByteArray target = "/tasks";
    if (!serviceId.isEmpty()) {
        QJsonObject filters;
        filters.insert(QLatin1String("service"), QJsonArray{serviceId});
        target += "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                    QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    request.target = m_engine.versioned(target);
    return m_engine.typedCall<QList<SwarmTask>>(request, context, &DockerSwarmJson::parseTaskList,
                                                tr("task list"), std::move(callback));
}

CallHandle DockerSwarmApi::listSecrets(SwarmSecret::Kind kind, QObject *context,
                                       Callback<QList<SwarmSecret>> callback)
{
    HttpRequest request;
    request.target = m_engine.versioned(secretsPath(kind));
    return m_engine.typedCall<QList<SwarmSecret>>(
        request, context,
        [kind](const QByteArray &json) { return DockerSwarmJson::parseSecretList(json, kind); },
        kind == SwarmSecret::Kind::Secret ? tr("secret list") : tr("config list"),
        std::move(callback));
}

CallHandle DockerSwarmApi::createSecret(SwarmSecret::Kind kind, const QString &name,
                                        const QByteArray &data,
                                        const QMap<QString, QString> &labels, QObject *context,
                                        Callback<CreatedObject> callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = m_engine.versioned(secretsPath(kind) + "/create");
    request.body = DockerSwarmJson::secretCreateBody(name, data, labels);
    return m_engine.typedCall<CreatedObject>(
        request, context, &DockerSwarmJson::parseCreated,
        kind == SwarmSecret::Kind::Secret ? tr("secret create answer") : tr("config create answer"),
        std::move(callback));
}

CallHandle DockerSwarmApi::removeSecret(SwarmSecret::Kind kind, const QString &id, QObject *context,
                                        DoneCallback callback)
{
    return m_engine.remove(secretsPath(kind) + "/" + encoded(id), context, std::move(callback));
}

CallHandle DockerSwarmApi::post(const QByteArray &path, const QByteArray &body, QObject *context,
                                DoneCallback callback)
{
    HttpRequest request;
    request.method = "POST";
    request.target = m_engine.versioned(path);
    request.body = body;
    return m_engine.call(
        request, context, [callback](HttpReply *, const QByteArray &) { callback({}); }, callback);
}

CallHandle DockerSwarmApi::refuse(const QString &reason, QObject *context,
                                  DoneCallback callback) const
{
    const EngineError e =
        EngineError::make(EngineError::Kind::BadInput, reason, m_engine.endpoint().toUrl());
    QMetaObject::invokeMethod(
        context, [callback, e] { callback(e); }, Qt::QueuedConnection);
    return {};
}

QByteArray DockerSwarmApi::secretsPath(SwarmSecret::Kind kind)
{
    return kind == SwarmSecret::Kind::Secret ? "/secrets" : "/configs";
}
