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
    p.sharedNamespaces = strings(o.value(QLatin1String("SharedNamespaces")));
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
    if (!spec.share.isEmpty())
        o.insert(QLatin1String("shared_namespaces"), QJsonArray::fromStringList(spec.share));
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

std::optional<PruneReport> parseImagePrune(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    PruneReport report;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        if (!str(o, "Err").isEmpty())
            continue;
        report.deleted << str(o, "Id");
        report.spaceReclaimed += qMax<qint64>(0, o.value(QLatin1String("Size")).toInteger());
    }
    return report;
}

QString dockerDuration(qint64 seconds)
{
    // As github.com/docker/go-units HumanDuration words it.
    const auto n = [](qint64 v, const char *unit) {
        return QStringLiteral("%1 %2").arg(v).arg(QLatin1String(unit));
    };
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    if (seconds < 1)
        return QStringLiteral("Less than a second");
    if (seconds == 1)
        return QStringLiteral("1 second");
    if (seconds < 60)
        return n(seconds, "seconds");
    if (minutes == 1)
        return QStringLiteral("About a minute");
    if (minutes < 60)
        return n(minutes, "minutes");
    if (hours == 1)
        return QStringLiteral("About an hour");
    if (hours < 48)
        return n(hours, "hours");
    if (hours < 24 * 7 * 2)
        return n(hours / 24, "days");
    if (hours < 24 * 30 * 2)
        return n(hours / 24 / 7, "weeks");
    if (hours < 24 * 365 * 2)
        return n(hours / 24 / 30, "months");
    return n(hours / 24 / 365, "years");
}

std::optional<QList<ContainerSummary>> parseContainerList(const QByteArray &json,
                                                          const QDateTime &now)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    using S = ContainerSummary::State;
    // Podman writes Go's zero time (year 1) as seconds for "never".
    const auto unixTime = [](const QJsonValue &v) {
        const qint64 t = v.toInteger();
        return t > 0 ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC) : QDateTime();
    };
    QList<ContainerSummary> out;
    const QJsonArray array = doc.array();
    out.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ContainerSummary c;
        c.id = str(o, "Id");
        if (c.id.isEmpty())
            continue;
        const QJsonArray names = o.value(QLatin1String("Names")).toArray();
        c.name = names.isEmpty() ? c.id.left(12) : names.first().toString();
        c.image = str(o, "Image");
        c.imageId = str(o, "ImageID");
        c.state = ContainerSummary::stateFromString(str(o, "State"));
        // Podman keeps a stopped container's last health; Docker shows health only while it
        // runs, and so does the app.
        if (c.state == S::Running)
            c.health = health(str(o, "Status"));
        const QJsonValue created = o.value(QLatin1String("Created"));
        c.created = created.isString() ? DockerContainerJson::parseTime(created.toString())
                                       : unixTime(created);
        const QDateTime started = unixTime(o.value(QLatin1String("StartedAt")));
        const QDateTime exited = unixTime(o.value(QLatin1String("ExitedAt")));
        switch (c.state) {
        case S::Running:
        case S::Paused:
        case S::Restarting:
            c.since = started;
            break;
        case S::Exited:
        case S::Dead:
            c.since = exited;
            c.exitCode = o.value(QLatin1String("ExitCode")).toInt();
            break;
        case S::Created:
            c.since = c.created;
            break;
        default:
            break;
        }
        const QString ago =
            c.since.isValid() ? dockerDuration(qMax<qint64>(0, c.since.secsTo(now))) : QString();
        switch (c.state) {
        case S::Running:
            c.status = QStringLiteral("Up ") + ago;
            break;
        case S::Paused:
            c.status = QStringLiteral("Up %1 (Paused)").arg(ago);
            break;
        case S::Exited:
            c.status = c.since.isValid()
                           ? QStringLiteral("Exited (%1) %2 ago").arg(c.exitCode).arg(ago)
                           : QStringLiteral("Exited (%1)").arg(c.exitCode);
            break;
        case S::Created:
            c.status = QStringLiteral("Created");
            break;
        default:
            c.status = str(o, "State");
            if (!c.status.isEmpty())
                c.status[0] = c.status.at(0).toUpper();
            break;
        }
        if (c.state == S::Running && c.health != ContainerSummary::Health::None)
            c.status += c.health == ContainerSummary::Health::Healthy ? QStringLiteral(" (healthy)")
                        : c.health == ContainerSummary::Health::Unhealthy
                            ? QStringLiteral(" (unhealthy)")
                            : QStringLiteral(" (health: starting)");
        for (const QJsonValue &p : o.value(QLatin1String("Ports")).toArray()) {
            const QJsonObject po = p.toObject();
            const int containerPort = po.value(QLatin1String("container_port")).toInt();
            const int hostPort = po.value(QLatin1String("host_port")).toInt();
            const int range = qMax(1, po.value(QLatin1String("range")).toInt());
            for (int i = 0; i < range && containerPort > 0; ++i) {
                PortMapping m;
                m.ip = str(po, "host_ip");
                if (m.ip.isEmpty() && hostPort > 0)
                    m.ip = QStringLiteral("0.0.0.0");
                m.privatePort = containerPort + i;
                m.publicPort = hostPort > 0 ? hostPort + i : 0;
                m.protocol = str(po, "protocol");
                if (m.protocol.isEmpty())
                    m.protocol = QStringLiteral("tcp");
                c.ports.append(m);
            }
        }
        c.labels = stringMap(o.value(QLatin1String("Labels")));
        for (const QJsonValue &n : o.value(QLatin1String("Networks")).toArray())
            c.networks.append(n.toString());
        c.networks.sort();
        out.append(std::move(c));
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

std::optional<QStringList> parseSearchRegistries(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().contains(QLatin1String("registries")))
        return std::nullopt;
    QStringList search;
    const QJsonValue list =
        doc.object().value(QLatin1String("registries")).toObject().value(QLatin1String("search"));
    for (const QJsonValue &v : list.toArray()) {
        if (!v.toString().isEmpty())
            search << v.toString();
    }
    return search;
}

} // namespace LibpodJson
