#include "core/podman/libpodjson.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LibpodJson {

namespace {

using JsonRead::document;
using JsonRead::health;
using JsonRead::str;
using JsonRead::stringMap;
using JsonRead::strings;

PodInfo podFrom(const QJsonObject &o)
{
    PodInfo p;
    p.id = str(o, "Id");
    p.name = str(o, "Name");
    p.status = o.contains(QLatin1String("Status")) ? str(o, "Status") : str(o, "State");
    p.created = DockerContainerJson::parseTime(str(o, "Created"));
    p.infraId =
        o.contains(QLatin1String("InfraId")) ? str(o, "InfraId") : str(o, "InfraContainerID");
    p.hostname = str(o, "Hostname");
    p.labels = stringMap(o.value(QLatin1String("Labels")));
    for (const QJsonValue &v : o.value(QLatin1String("Containers")).toArray()) {
        const QJsonObject c = v.toObject();
        // The list says Names and Status, inspect Name and State.
        p.containers.append(PodContainer{
            str(c, "Id"), c.contains(QLatin1String("Names")) ? str(c, "Names") : str(c, "Name"),
            c.contains(QLatin1String("Status")) ? str(c, "Status") : str(c, "State")});
    }
    return p;
}

} // namespace

std::optional<QList<PodInfo>> parsePodList(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QList<PodInfo> out;
    for (const QJsonValue &v : doc->array())
        out.append(podFrom(v.toObject()));
    return out;
}

std::optional<PodInfo> parsePodInspect(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject() || !doc->object().contains(QLatin1String("Id")))
        return std::nullopt;
    PodInfo p = podFrom(doc->object());
    p.rawJson = json;
    return p;
}

QByteArray podCreateBody(const PodSpec &spec)
{
    QJsonObject o;
    if (!spec.name.isEmpty())
        o.insert(QLatin1String("name"), spec.name);
    if (!spec.labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        o.insert(QLatin1String("labels"), labels);
    }
    if (!spec.hostname.isEmpty())
        o.insert(QLatin1String("hostname"), spec.hostname);
    o.insert(QLatin1String("no_infra"), !spec.infra);
    QJsonArray ports;
    for (const PortBinding &p : spec.ports) {
        QJsonObject po{{QLatin1String("container_port"), p.containerPort},
                       {QLatin1String("protocol"), p.protocol}};
        if (p.hostPort > 0)
            po.insert(QLatin1String("host_port"), p.hostPort);
        if (!p.hostIp.isEmpty())
            po.insert(QLatin1String("host_ip"), p.hostIp);
        ports.append(po);
    }
    if (!ports.isEmpty())
        o.insert(QLatin1String("portmappings"), ports);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList podActionErrors(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return {};
    return strings(doc->object().value(QLatin1String("Errs")));
}

std::optional<QList<PodStatsEntry>> parsePodStats(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QList<PodStatsEntry> out;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        PodStatsEntry e;
        e.podId = str(o, "Pod");
        e.containerId = str(o, "CID");
        e.name = str(o, "Name");
        e.cpu = str(o, "CPU");
        QString cpu = e.cpu;
        cpu.remove(QLatin1Char('%'));
        e.cpuPercent = cpu.toDouble();
        e.memory = str(o, "MemUsage");
        e.memoryPercent = str(o, "Mem");
        e.networkIo = str(o, "NetIO");
        e.blockIo = str(o, "BlockIO");
        e.pids = str(o, "PIDS");
        out.append(e);
    }
    return out;
}

std::optional<PruneReport> parsePodPrune(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    PruneReport report;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        if (str(o, "Err").isEmpty())
            report.deleted << str(o, "Id");
    }
    return report;
}

std::optional<QHash<QString, ContainerSummary::Health>> parseContainerHealth(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    QHash<QString, ContainerSummary::Health> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("Id")).toString();
        if (!id.isEmpty())
            out.insert(id, JsonRead::health(o.value(QLatin1String("Status")).toString()));
    }
    return out;
}

std::optional<HealthState> parseHealthcheck(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject() || !doc->object().contains(QLatin1String("Status")))
        return std::nullopt;
    const QJsonObject o = doc->object();
    HealthState h;
    h.status = health(str(o, "Status"));
    h.failingStreak = o.value(QLatin1String("FailingStreak")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("Log")).toArray()) {
        const QJsonObject e = v.toObject();
        h.log.append(HealthCheckResult{DockerContainerJson::parseTime(str(e, "Start")),
                                       DockerContainerJson::parseTime(str(e, "End")),
                                       e.value(QLatin1String("ExitCode")).toInt(),
                                       str(e, "Output")});
    }
    return h;
}

std::optional<KubePlayReport> parseKubePlay(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    KubePlayReport r;
    for (const QJsonValue &v : doc->object().value(QLatin1String("Pods")).toArray()) {
        const QJsonObject p = v.toObject();
        r.podIds << str(p, "ID");
        r.containerIds << strings(p.value(QLatin1String("Containers")));
        r.containerErrors << strings(p.value(QLatin1String("ContainerErrors")));
    }
    return r;
}

} // namespace LibpodJson
