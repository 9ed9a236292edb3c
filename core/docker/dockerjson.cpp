#include "core/docker/dockerjson.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace DockerJson {

namespace {

QString stripSlash(QString name)
{
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}

// Docker's units.HumanDuration, read backwards. Returns seconds, or -1.
qint64 parseHumanDuration(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(Less than a second)|(About a minute)|(About an hour)|(\\d+) "
                       "(second|minute|hour|day|week|month|year)s?)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    if (!m.captured(1).isEmpty())
        return 0;
    if (!m.captured(2).isEmpty())
        return 60;
    if (!m.captured(3).isEmpty())
        return 3600;
    const qint64 n = m.captured(4).toLongLong();
    const QString unit = m.captured(5);
    if (unit == QLatin1String("second"))
        return n;
    if (unit == QLatin1String("minute"))
        return n * 60;
    if (unit == QLatin1String("hour"))
        return n * 3600;
    if (unit == QLatin1String("day"))
        return n * 86400;
    if (unit == QLatin1String("week"))
        return n * 7 * 86400;
    if (unit == QLatin1String("month"))
        return n * 30 * 86400;
    return n * 365 * 86400;
}

} // namespace

StatusParts parseStatus(const QString &status, const QDateTime &now)
{
    StatusParts parts;
    QString s = status.trimmed();
    if (s.endsWith(QLatin1String("(healthy)")))
        parts.health = ContainerSummary::Health::Healthy;
    else if (s.endsWith(QLatin1String("(unhealthy)")))
        parts.health = ContainerSummary::Health::Unhealthy;
    else if (s.endsWith(QLatin1String("(health: starting)")) ||
             s.endsWith(QLatin1String("(starting)")))
        parts.health = ContainerSummary::Health::Starting;

    static const QRegularExpression exited(
        QStringLiteral("^(?:Exited|Restarting) \\((-?\\d+)\\) (.*) ago"));
    if (s.startsWith(QLatin1String("Up "))) {
        const qint64 secs = parseHumanDuration(s.mid(3));
        if (secs >= 0)
            parts.since = now.addSecs(-secs);
    } else if (const auto m = exited.match(s); m.hasMatch()) {
        parts.exitCode = m.captured(1).toInt();
        const qint64 secs = parseHumanDuration(m.captured(2));
        if (secs >= 0)
            parts.since = now.addSecs(-secs);
    }
    return parts;
}

std::optional<QList<ContainerSummary>> parseContainerList(const QByteArray &json,
                                                          const QDateTime &now)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<ContainerSummary> out;
    const QJsonArray array = doc.array();
    out.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ContainerSummary c;
        c.id = o.value(QLatin1String("Id")).toString();
        if (c.id.isEmpty())
            continue;
        const QJsonArray names = o.value(QLatin1String("Names")).toArray();
        c.name = names.isEmpty() ? c.id.left(12) : stripSlash(names.first().toString());
        c.image = o.value(QLatin1String("Image")).toString();
        c.imageId = o.value(QLatin1String("ImageID")).toString();
        const QString state = o.value(QLatin1String("State")).toString();
        c.state = ContainerSummary::stateFromString(state);
        c.status = o.value(QLatin1String("Status")).toString();
        const qint64 created = o.value(QLatin1String("Created")).toInteger();
        if (created > 0)
            c.created = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
        const StatusParts parts = parseStatus(c.status, now);
        c.since = parts.since;
        c.exitCode = parts.exitCode;
        c.health = parts.health;
        if (c.state == ContainerSummary::State::Created && c.created.isValid())
            c.since = c.created;
        for (const QJsonValue &p : o.value(QLatin1String("Ports")).toArray()) {
            const QJsonObject po = p.toObject();
            PortMapping m;
            m.ip = po.value(QLatin1String("IP")).toString();
            m.privatePort = po.value(QLatin1String("PrivatePort")).toInt();
            m.publicPort = po.value(QLatin1String("PublicPort")).toInt();
            m.protocol = po.value(QLatin1String("Type")).toString();
            if (m.privatePort > 0)
                c.ports.append(m);
        }
        const QJsonObject labels = o.value(QLatin1String("Labels")).toObject();
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            c.labels.insert(it.key(), it.value().toString());
        c.networks = o.value(QLatin1String("NetworkSettings"))
                         .toObject()
                         .value(QLatin1String("Networks"))
                         .toObject()
                         .keys(); // sorted
        out.append(std::move(c));
    }
    return out;
}

std::optional<EngineInfo> parseVersion(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    EngineInfo info;
    info.version = o.value(QLatin1String("Version")).toString();
    if (info.version.isEmpty())
        return std::nullopt;
    info.apiVersion = o.value(QLatin1String("ApiVersion")).toString();
    info.os = o.value(QLatin1String("Os")).toString();
    info.arch = o.value(QLatin1String("Arch")).toString();
    info.kernel = o.value(QLatin1String("KernelVersion")).toString();
    for (const QJsonValue &component : o.value(QLatin1String("Components")).toArray()) {
        const QJsonObject co = component.toObject();
        if (co.value(QLatin1String("Name"))
                .toString()
                .contains(QLatin1String("Podman"), Qt::CaseInsensitive)) {
            info.kind = EngineInfo::Kind::Podman;
            info.version = co.value(QLatin1String("Version")).toString(info.version);
        }
    }
    return info;
}

std::optional<EngineEvent> parseEvent(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    EngineEvent e;
    // Docker before API 1.22 and some Podman versions fill only the old fields.
    e.type = o.value(QLatin1String("Type")).toString(QStringLiteral("container"));
    e.action =
        o.value(QLatin1String("Action")).toString(o.value(QLatin1String("status")).toString());
    const QJsonObject actor = o.value(QLatin1String("Actor")).toObject();
    e.id = actor.value(QLatin1String("ID")).toString(o.value(QLatin1String("id")).toString());
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    e.name = attributes.value(QLatin1String("name")).toString();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it.value().isString())
            e.attributes.insert(it.key(), it.value().toString());
    }
    e.timeNano = o.value(QLatin1String("timeNano")).toInteger();
    if (e.timeNano == 0) {
        // A time past 2262 does not fit in nanoseconds: unknown rather than overflowed.
        const qint64 seconds = o.value(QLatin1String("time")).toInteger();
        constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000000000LL;
        e.timeNano = seconds > -limit && seconds < limit ? seconds * 1000000000LL : 0;
    }
    if (e.action.isEmpty())
        return std::nullopt;
    return e;
}

std::optional<SystemInfo> parseInfo(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1String("ServerVersion")) && !o.contains(QLatin1String("NCPU")))
        return std::nullopt;
    auto s = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    auto n = [&o](const char *key) {
        return o.value(QLatin1String(key)).toInt();
    };
    SystemInfo i;
    i.hostname = s("Name");
    i.operatingSystem = s("OperatingSystem");
    i.osType = s("OSType");
    i.kernel = s("KernelVersion");
    i.architecture = s("Architecture");
    i.cpus = n("NCPU");
    i.memoryBytes = o.value(QLatin1String("MemTotal")).toInteger();
    i.serverVersion = s("ServerVersion");
    i.storageDriver = s("Driver");
    i.cgroupVersion = s("CgroupVersion");
    i.cgroupDriver = s("CgroupDriver");
    i.rootDir = s("DockerRootDir");
    i.containers = n("Containers");
    i.running = n("ContainersRunning");
    i.paused = n("ContainersPaused");
    i.stopped = n("ContainersStopped");
    i.images = n("Images");
    for (const QJsonValue &w : o.value(QLatin1String("Warnings")).toArray())
        i.warnings << w.toString();
    i.rawJson = json;
    return i;
}

std::optional<DiskUsage> parseDiskUsage(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    DiskUsage du;
    // Images: the layers' total (Podman 4 leaves it 0: then the images' own sizes); what is
    // reclaimable is what no container uses.
    qint64 imageSizes = 0;
    qint64 used = 0;
    for (const QJsonValue &v : o.value(QLatin1String("Images")).toArray()) {
        const QJsonObject i = v.toObject();
        ++du.images.count;
        const qint64 size = i.value(QLatin1String("Size")).toInteger();
        const qint64 shared = i.value(QLatin1String("SharedSize")).toInteger();
        imageSizes += size;
        if (i.value(QLatin1String("Containers")).toInt() > 0) {
            ++du.images.active;
            if (size >= 0 && shared >= 0)
                used += size - shared;
        }
    }
    const qint64 layers = o.value(QLatin1String("LayersSize")).toInteger();
    du.images.size = layers > 0 ? layers : imageSizes;
    du.images.reclaimable = qMax<qint64>(0, du.images.size - used);
    for (const QJsonValue &v : o.value(QLatin1String("Containers")).toArray()) {
        const QJsonObject c = v.toObject();
        ++du.containers.count;
        const qint64 size = qMax<qint64>(0, c.value(QLatin1String("SizeRw")).toInteger());
        du.containers.size += size;
        if (c.value(QLatin1String("State")).toString() == QLatin1String("running"))
            ++du.containers.active;
        else
            du.containers.reclaimable += size;
    }
    for (const QJsonValue &v : o.value(QLatin1String("Volumes")).toArray()) {
        const QJsonObject volume = v.toObject();
        const QJsonObject usage = volume.value(QLatin1String("UsageData")).toObject();
        ++du.volumes.count;
        VolumeUsage &own = du.volumeUsage[volume.value(QLatin1String("Name")).toString()];
        own.size = usage.value(QLatin1String("Size")).toInteger(-1);
        own.refCount = usage.value(QLatin1String("RefCount")).toInt(-1);
        const qint64 size = qMax<qint64>(0, usage.value(QLatin1String("Size")).toInteger());
        du.volumes.size += size;
        if (usage.value(QLatin1String("RefCount")).toInt() > 0)
            ++du.volumes.active;
        else
            du.volumes.reclaimable += size;
    }
    for (const QJsonValue &v : o.value(QLatin1String("BuildCache")).toArray()) {
        const QJsonObject b = v.toObject();
        ++du.buildCache.count;
        const qint64 size = b.value(QLatin1String("Size")).toInteger();
        du.buildCache.size += size;
        if (b.value(QLatin1String("InUse")).toBool())
            ++du.buildCache.active;
        else if (!b.value(QLatin1String("Shared")).toBool())
            du.buildCache.reclaimable += size;
    }
    return du;
}

QString errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        QString message =
            o.value(QLatin1String("message")).toString(o.value(QLatin1String("cause")).toString());
        // A progress stream's error line as the whole answer (Podman 5's refused push).
        if (message.isEmpty())
            message = o.value(QLatin1String("errorDetail"))
                          .toObject()
                          .value(QLatin1String("message"))
                          .toString(o.value(QLatin1String("error")).toString());
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body.left(500)).trimmed();
}

} // namespace DockerJson
