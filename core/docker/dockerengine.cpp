#include "core/docker/dockerengine.h"

#include "core/docker/dockereventstream.h"
#include "core/docker/dockerjson.h"
#include "core/docker/dockerlogging.h"
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

} // namespace

DockerEngine::DockerEngine(const Endpoint &endpoint, QObject *parent)
    : Engine(parent)
    , m_endpoint(endpoint)
{}

DockerEngine::~DockerEngine() = default;

QByteArray DockerEngine::versioned(QByteArrayView path) const
{
    return QByteArray("/v") + m_apiVersion + path.toByteArray();
}

void DockerEngine::call(HttpRequest request, QObject *context, ReplyHandler onSuccess,
                        std::function<void(const EngineError &)> onError)
{
    auto *reply = new HttpReply(m_endpoint, request, this);
    connect(reply, &HttpReply::finished, reply, &QObject::deleteLater);
    connect(reply, &HttpReply::finished, context,
            [this, reply, onSuccess = std::move(onSuccess), onError = std::move(onError)] {
                const QByteArray body = reply->readAll();
                if (reply->error().isError()) {
                    onError(reply->error());
                    return;
                }
                if (reply->statusCode() >= 400) {
                    EngineError e =
                        EngineError::make(EngineError::Kind::Http, DockerJson::errorMessage(body),
                                          m_endpoint.toUrl());
                    e.httpStatus = reply->statusCode();
                    onError(e);
                    return;
                }
                onSuccess(reply, body);
            });
}

void DockerEngine::identify(QObject *context, InfoCallback callback)
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
        [this, context, callback, fail, where](HttpReply *reply, const QByteArray &) {
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
            const QByteArray libpod = reply->header("Libpod-Api-Version");

            HttpRequest version;
            version.target = versioned("/version");
            version.timeoutMs = 10000;
            call(
                version, context,
                [this, callback, fail, libpod, where](HttpReply *, const QByteArray &body) {
                    auto info = DockerJson::parseVersion(body);
                    if (!info) {
                        fail(EngineError::make(EngineError::Kind::NotAnEngine,
                                               tr("/version did not answer as expected"), where));
                        return;
                    }
                    if (!libpod.isEmpty()) {
                        info->kind = EngineInfo::Kind::Podman;
                        info->libpodApiVersion = QString::fromLatin1(libpod);
                    } else if (info->kind == EngineInfo::Kind::Unknown) {
                        info->kind = EngineInfo::Kind::Docker;
                    }
                    info->name = info->kind == EngineInfo::Kind::Podman ? QStringLiteral("Podman")
                                                                        : QStringLiteral("Docker");
                    info->apiVersion = QString::fromLatin1(m_apiVersion);
                    callback(EngineResult<EngineInfo>::success(*info));
                },
                fail);
        },
        pingFailed);
}

void DockerEngine::listContainers(const QStringList &ids, QObject *context,
                                  ContainersCallback callback)
{
    QByteArray target = versioned("/containers/json?all=1");
    if (!ids.isEmpty()) {
        QJsonObject filters;
        filters.insert(QStringLiteral("id"), QJsonArray::fromStringList(ids));
        target += "&filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                    QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    HttpRequest request;
    request.target = target;
    request.timeoutMs = 60000;
    const QString where = m_endpoint.toUrl();
    call(
        request, context,
        [callback, where](HttpReply *, const QByteArray &body) {
            auto list = DockerJson::parseContainerList(body, QDateTime::currentDateTimeUtc());
            if (!list) {
                callback(EngineResult<QList<ContainerSummary>>::failure(EngineError::make(
                    EngineError::Kind::Protocol,
                    tr("the container list is not the JSON the API promises"), where)));
                return;
            }
            callback(EngineResult<QList<ContainerSummary>>::success(std::move(*list)));
        },
        [callback](const EngineError &e) {
            callback(EngineResult<QList<ContainerSummary>>::failure(e));
        });
}

EventStream *DockerEngine::watchContainerEvents(QObject *parent)
{
    const QByteArray filters = R"({"type":["container"]})";
    return new DockerEventStream(m_endpoint,
                                 versioned("/events?filters=") +
                                     QUrl::toPercentEncoding(QString::fromLatin1(filters)),
                                 parent);
}

EngineResult<EngineInfo> DockerEngine::identifyBlocking(const Endpoint &endpoint, int timeoutMs)
{
    QEventLoop loop;
    DockerEngine engine(endpoint);
    EngineResult<EngineInfo> result = EngineResult<EngineInfo>::failure(
        EngineError::make(EngineError::Kind::Timeout, {}, endpoint.toUrl()));
    bool done = false;
    engine.identify(&loop, [&](const EngineResult<EngineInfo> &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return result;
}
