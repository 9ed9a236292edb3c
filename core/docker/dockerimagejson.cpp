#include "core/docker/dockerimagejson.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DockerImageJson {

namespace {

using JsonRead::document;
using JsonRead::str;
using JsonRead::strings;

QDateTime secondsOrText(const QJsonValue &v)
{
    if (v.isString())
        return DockerContainerJson::parseTime(v.toString());
    const qint64 secs = v.toInteger();
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

} // namespace

std::optional<QList<ImageSummary>> parseList(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QList<ImageSummary> out;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        ImageSummary i;
        i.id = str(o, "Id");
        if (i.id.isEmpty())
            continue;
        i.repoTags = strings(o.value(QLatin1String("RepoTags")));
        i.repoDigests = strings(o.value(QLatin1String("RepoDigests")));
        i.created = secondsOrText(o.value(QLatin1String("Created")));
        i.size = o.value(QLatin1String("Size")).toInteger();
        i.containers = o.value(QLatin1String("Containers")).toInt(-1);
        i.labels = JsonRead::stringMap(o.value(QLatin1String("Labels")));
        out.append(i);
    }
    return out;
}

std::optional<ImageDetails> parseInspect(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    const QJsonObject o = doc->object();
    ImageDetails d;
    d.id = str(o, "Id");
    if (d.id.isEmpty())
        return std::nullopt;
    d.rawJson = json;
    d.repoTags = strings(o.value(QLatin1String("RepoTags")));
    d.repoDigests = strings(o.value(QLatin1String("RepoDigests")));
    d.created = secondsOrText(o.value(QLatin1String("Created")));
    d.size = o.value(QLatin1String("Size")).toInteger();
    d.architecture = str(o, "Architecture");
    d.os = str(o, "Os");
    d.author = str(o, "Author");
    d.comment = str(o, "Comment");
    const QJsonObject config = o.value(QLatin1String("Config")).toObject();
    d.command = strings(config.value(QLatin1String("Cmd")));
    d.entrypoint = strings(config.value(QLatin1String("Entrypoint")));
    d.env = strings(config.value(QLatin1String("Env")));
    d.exposedPorts = config.value(QLatin1String("ExposedPorts")).toObject().keys();
    d.workingDir = str(config, "WorkingDir");
    d.user = str(config, "User");
    d.labels = JsonRead::stringMap(config.value(QLatin1String("Labels")));
    const QJsonObject hc = config.value(QLatin1String("Healthcheck")).toObject();
    if (!hc.isEmpty())
        d.healthcheck = JsonRead::healthcheck(hc);
    return d;
}

std::optional<QList<ImageLayer>> parseHistory(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QList<ImageLayer> out;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        ImageLayer l;
        l.id = str(o, "Id");
        l.created = secondsOrText(o.value(QLatin1String("Created")));
        l.createdBy = str(o, "CreatedBy");
        l.size = o.value(QLatin1String("Size")).toInteger();
        l.comment = str(o, "Comment");
        l.tags = strings(o.value(QLatin1String("Tags")));
        out.append(l);
    }
    return out;
}

std::optional<QList<ImageSearchResult>> parseSearch(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    // Podman says yes with a marker text ("[OK]"), Docker with a boolean.
    const auto flag = [](const QJsonValue &v) {
        return v.isBool() ? v.toBool() : !v.toString().trimmed().isEmpty();
    };
    QList<ImageSearchResult> out;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        ImageSearchResult r;
        const bool podman = o.contains(QLatin1String("Name"));
        r.name = str(o, podman ? "Name" : "name");
        if (r.name.isEmpty())
            continue;
        r.index = str(o, "Index");
        r.description = str(o, podman ? "Description" : "description");
        r.stars = o.value(QLatin1String(podman ? "Stars" : "star_count")).toInt();
        r.official = flag(o.value(QLatin1String(podman ? "Official" : "is_official")));
        r.automated = flag(o.value(QLatin1String(podman ? "Automated" : "is_automated")));
        out.append(r);
    }
    return out;
}

std::optional<ImageRemoval> parseRemoval(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    ImageRemoval r;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("Untagged")))
            r.untagged << str(o, "Untagged");
        if (o.contains(QLatin1String("Deleted")))
            r.deleted << str(o, "Deleted");
    }
    return r;
}

std::optional<PruneReport> parsePrune(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    const QJsonObject o = doc->object();
    PruneReport report;
    for (const QJsonValue &v : o.value(QLatin1String("ImagesDeleted")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.contains(QLatin1String("Deleted")))
            report.deleted << str(e, "Deleted");
    }
    report.spaceReclaimed = o.value(QLatin1String("SpaceReclaimed")).toInteger();
    return report;
}

std::optional<ProgressEvent> parseProgress(const QByteArray &json, QString *error)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    const QJsonObject o = doc->object();
    // Errors come inside a 200 answer: "errorDetail" with "error" beside it for old clients.
    const QString message = o.value(QLatin1String("errorDetail"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString(str(o, "error"));
    if (!message.isEmpty() || o.contains(QLatin1String("error"))) {
        if (error)
            *error = message.isEmpty() ? QStringLiteral("unknown error") : message;
        return std::nullopt;
    }
    ProgressEvent e;
    e.id = str(o, "id");
    e.status = str(o, "status");
    const QJsonObject detail = o.value(QLatin1String("progressDetail")).toObject();
    e.current = detail.value(QLatin1String("current")).toInteger();
    e.total = detail.value(QLatin1String("total")).toInteger();
    e.output = str(o, "stream");
    const QJsonObject aux = o.value(QLatin1String("aux")).toObject();
    e.imageId = aux.value(QLatin1String("ID")).toString(str(aux, "Digest"));
    return e;
}

namespace {
QJsonObject authObject(const RegistryAuth &auth)
{
    QJsonObject o;
    if (!auth.username.isEmpty())
        o.insert(QLatin1String("username"), auth.username);
    if (!auth.password.isEmpty())
        o.insert(QLatin1String("password"), auth.password);
    if (!auth.serverAddress.isEmpty())
        o.insert(QLatin1String("serveraddress"), auth.serverAddress);
    if (!auth.identityToken.isEmpty())
        o.insert(QLatin1String("identitytoken"), auth.identityToken);
    return o;
}
} // namespace

QByteArray registryAuthHeader(const RegistryAuth &auth)
{
    return QJsonDocument(authObject(auth))
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray authBody(const RegistryAuth &auth)
{
    return QJsonDocument(authObject(auth)).toJson(QJsonDocument::Compact);
}

std::optional<QString> parseAuthStatus(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object().value(QLatin1String("Status")).toString();
}

} // namespace DockerImageJson
