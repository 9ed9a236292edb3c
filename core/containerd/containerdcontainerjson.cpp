#include "core/containerd/containerdcontainerjson.h"

#include "core/containerd/containerdids.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.pb.h>
#include <github.com/containerd/containerd/api/types/task/task.pb.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace capi = containerd::services::containers::v1;
namespace ttypes = containerd::v1::types;

namespace ContainerdContainerJson {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ContainerdContainers", text);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QJsonObject labelsJson(const google::protobuf::Map<std::string, std::string> &labels)
{
    QJsonObject o;
    for (const auto &[k, v] : labels)
        o.insert(qs(k), qs(v));
    return o;
}

// The mounts every container has, which say nothing about this one.
bool systemMount(const QString &destination)
{
    static const QSet<QString> system = {
        QStringLiteral("/proc"),          QStringLiteral("/dev"),        QStringLiteral("/dev/pts"),
        QStringLiteral("/dev/shm"),       QStringLiteral("/dev/mqueue"), QStringLiteral("/sys"),
        QStringLiteral("/sys/fs/cgroup"), QStringLiteral("/run"),
    };
    return system.contains(destination);
}

RestartPolicy restartFrom(const QString &label)
{
    RestartPolicy r;
    if (label == QLatin1String("always"))
        r.mode = RestartPolicy::Mode::Always;
    else if (label == QLatin1String("unless-stopped"))
        r.mode = RestartPolicy::Mode::UnlessStopped;
    else if (label.startsWith(QLatin1String("on-failure"))) {
        r.mode = RestartPolicy::Mode::OnFailure;
        r.maximumRetries = label.section(QLatin1Char(':'), 1).toInt();
    }
    return r;
}

QString userOf(const QJsonObject &user)
{
    const QString name = user.value(QLatin1String("username")).toString();
    if (!name.isEmpty())
        return name;
    const qint64 uid = user.value(QLatin1String("uid")).toInteger();
    const qint64 gid = user.value(QLatin1String("gid")).toInteger();
    if (uid == 0 && gid == 0)
        return {}; // root, the default
    return QStringLiteral("%1:%2").arg(uid).arg(gid);
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &e : v.toArray())
        list << e.toString();
    return list;
}

// The spec's own settings, into the details.
void readSpec(const QJsonObject &spec, ContainerDetails &d)
{
    ContainerSpec &s = d.spec;
    const QJsonObject process = spec.value(QLatin1String("process")).toObject();
    s.command = strings(process.value(QLatin1String("args")));
    s.env = strings(process.value(QLatin1String("env")));
    s.workingDir = process.value(QLatin1String("cwd")).toString();
    s.user = userOf(process.value(QLatin1String("user")).toObject());
    s.tty = process.value(QLatin1String("terminal")).toBool();
    s.readOnlyRootfs =
        spec.value(QLatin1String("root")).toObject().value(QLatin1String("readonly")).toBool();
    const QJsonObject resources =
        spec.value(QLatin1String("linux")).toObject().value(QLatin1String("resources")).toObject();
    s.memoryBytes = resources.value(QLatin1String("memory"))
                        .toObject()
                        .value(QLatin1String("limit"))
                        .toInteger();
    const QJsonObject cpu = resources.value(QLatin1String("cpu")).toObject();
    const qint64 quota = cpu.value(QLatin1String("quota")).toInteger();
    const qint64 period = cpu.value(QLatin1String("period")).toInteger();
    if (quota > 0 && period > 0)
        s.nanoCpus = quota * 1000000000LL / period;
    for (const QJsonValue &v : spec.value(QLatin1String("mounts")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString destination = m.value(QLatin1String("destination")).toString();
        if (systemMount(destination))
            continue;
        const QString type = m.value(QLatin1String("type")).toString();
        const QStringList options = strings(m.value(QLatin1String("options")));
        const bool bind = type == QLatin1String("bind") ||
                          options.contains(QLatin1String("bind")) ||
                          options.contains(QLatin1String("rbind"));
        const bool readOnly = options.contains(QLatin1String("ro"));
        const QString source = m.value(QLatin1String("source")).toString();
        MountSpec ms;
        ms.type = bind ? MountSpec::Type::Bind : MountSpec::Type::Tmpfs;
        ms.source = bind ? source : QString();
        ms.target = destination;
        ms.readOnly = readOnly;
        s.mounts.append(ms);
        d.mounts.append(
            MountPoint{bind ? QStringLiteral("bind") : type, {}, source, destination, !readOnly});
    }
}

} // namespace

QDateTime timeOf(const google::protobuf::Timestamp &t)
{
    if (t.seconds() <= 0 && t.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(t.seconds() * 1000 + t.nanos() / 1000000, Qt::UTC);
}

ContainerSummary::State stateOf(int taskStatus)
{
    switch (taskStatus) {
    case ttypes::CREATED:
        return ContainerSummary::State::Created;
    case ttypes::RUNNING:
        return ContainerSummary::State::Running;
    case ttypes::STOPPED:
        return ContainerSummary::State::Exited;
    case ttypes::PAUSED:
    case ttypes::PAUSING:
        return ContainerSummary::State::Paused;
    default:
        return ContainerSummary::State::Unknown;
    }
}

QString humanDuration(qint64 seconds)
{
    if (seconds < 1)
        return QStringLiteral("Less than a second");
    if (seconds == 1)
        return QStringLiteral("1 second");
    if (seconds < 60)
        return QStringLiteral("%1 seconds").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return QStringLiteral("About a minute");
    if (minutes < 60)
        return QStringLiteral("%1 minutes").arg(minutes);
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours == 1)
        return QStringLiteral("About an hour");
    if (hours < 48)
        return QStringLiteral("%1 hours").arg(hours);
    if (hours < 24 * 7 * 2)
        return QStringLiteral("%1 days").arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return QStringLiteral("%1 weeks").arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1 months").arg(hours / 24 / 30);
    return QStringLiteral("%1 years").arg(seconds / 3600 / 24 / 365);
}

QString statusText(ContainerSummary::State state, int exitCode, const QDateTime &since,
                   const QDateTime &now)
{
    // English, as the engines' own status texts are.
    switch (state) {
    case ContainerSummary::State::Running:
        return QStringLiteral("Up");
    case ContainerSummary::State::Paused:
        return QStringLiteral("Up (Paused)");
    case ContainerSummary::State::Exited:
        if (since.isValid())
            return QStringLiteral("Exited (%1) %2 ago")
                .arg(exitCode)
                .arg(humanDuration(qMax<qint64>(0, since.secsTo(now))));
        return QStringLiteral("Exited (%1)").arg(exitCode);
    case ContainerSummary::State::Created:
        return QStringLiteral("Created");
    default:
        return QStringLiteral("Unknown");
    }
}

QList<PortMapping> portsFromLabel(const QString &json)
{
    QList<PortMapping> ports;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        PortMapping p;
        p.ip = o.value(QLatin1String("HostIP")).toString();
        p.privatePort = o.value(QLatin1String("ContainerPort")).toInt();
        p.publicPort = o.value(QLatin1String("HostPort")).toInt();
        p.protocol = o.value(QLatin1String("Protocol")).toString();
        if (p.protocol.isEmpty())
            p.protocol = QStringLiteral("tcp");
        if (p.privatePort > 0)
            ports.append(p);
    }
    return ports;
}

QStringList networksFromLabel(const QString &json)
{
    QStringList names = strings(QJsonDocument::fromJson(json.toUtf8()).array());
    names.removeAll(QString());
    std::sort(names.begin(), names.end());
    return names;
}

ContainerSummary summary(const QString &ns, const capi::Container &c, const ttypes::Process *task,
                         const QDateTime &now)
{
    ContainerSummary s = recordSummary(ns, c);
    applyTask(s, task, now);
    return s;
}

ContainerSummary recordSummary(const QString &ns, const capi::Container &c)
{
    ContainerSummary s;
    const QString id = qs(c.id());
    s.id = ContainerdIds::join(ns, id);
    s.namespaceName = ns;
    s.readOnly = ContainerdIds::isDockerNamespace(ns);
    s.image = qs(c.image());
    s.created = timeOf(c.created_at());
    for (const auto &[k, v] : c.labels()) {
        const QString key = qs(k);
        const QString value = qs(v);
        if (key == QLatin1String(NameLabel))
            s.name = value;
        else if (key == QLatin1String(PortsLabel))
            s.ports = portsFromLabel(value);
        else if (key == QLatin1String(NetworksLabel))
            s.networks = networksFromLabel(value);
        s.labels.insert(key, value);
    }
    if (s.name.isEmpty())
        s.name = id;
    return s;
}

void applyTask(ContainerSummary &s, const ttypes::Process *task, const QDateTime &now)
{
    if (!task) {
        s.state = ContainerSummary::State::Created;
        s.since = s.created;
    } else {
        s.state = stateOf(task->status());
        if (s.state == ContainerSummary::State::Exited) {
            s.exitCode = int(task->exit_status());
            s.since = timeOf(task->exited_at());
        } else if (s.state == ContainerSummary::State::Created) {
            s.since = s.created;
        }
        // A running task does not say when it started: "Up", without a duration.
    }
    s.status = statusText(s.state, s.exitCode, s.since, now);
}

QJsonObject taskJson(const ttypes::Process &task)
{
    QJsonObject t;
    t.insert(QLatin1String("ID"), qs(task.id()));
    t.insert(QLatin1String("Pid"), qint64(task.pid()));
    t.insert(QLatin1String("Status"), qs(ttypes::Status_Name(task.status())));
    t.insert(QLatin1String("ExitStatus"), qint64(task.exit_status()));
    t.insert(QLatin1String("ExitedAt"), isoTime(timeOf(task.exited_at())));
    t.insert(QLatin1String("Terminal"), task.terminal());
    t.insert(QLatin1String("Stdout"), qs(task.stdout()));
    t.insert(QLatin1String("Stderr"), qs(task.stderr()));
    return t;
}

ContainerDetails details(const QString &ns, const capi::Container &c, const ttypes::Process *task)
{
    const ContainerSummary s = summary(ns, c, task, QDateTime::currentDateTimeUtc());
    ContainerDetails d;
    d.id = s.id;
    d.name = s.name;
    d.image = s.image;
    d.created = s.created;
    d.state = s.state;
    d.stateText =
        task ? qs(ttypes::Status_Name(task->status())).toLower() : QStringLiteral("created");
    if (task) {
        d.pid = int(task->pid());
        d.exitCode = int(task->exit_status());
        d.finishedAt = timeOf(task->exited_at());
    }
    d.ports = s.ports;
    d.networks = s.networks;
    d.spec.name = s.name;
    d.spec.image = s.image;
    d.spec.labels = s.labels;
    d.spec.restart = restartFrom(s.labels.value(QLatin1String(RestartPolicyLabel)));
    for (const PortMapping &p : s.ports)
        d.spec.ports.append(PortBinding{p.privatePort, p.protocol, p.ip, p.publicPort});

    // The spec is JSON in an Any (types.containerd.io/opencontainers/runtime-spec/1/Spec).
    const QJsonObject spec =
        QJsonDocument::fromJson(QByteArray::fromStdString(c.spec().value())).object();
    readSpec(spec, d);

    // The namespace, and that Docker manages "moby", are shown from the summary.
    d.facts.append(
        {tr(QT_TRANSLATE_NOOP("ContainerdContainers", "Runtime")), qs(c.runtime().name())});
    d.facts.append(
        {tr(QT_TRANSLATE_NOOP("ContainerdContainers", "Snapshotter")), qs(c.snapshotter())});
    d.facts.append(
        {tr(QT_TRANSLATE_NOOP("ContainerdContainers", "Snapshot")), qs(c.snapshot_key())});
    const std::pair<const char *, const char *> known[] = {
        {"com.docker.compose.project",
         QT_TRANSLATE_NOOP("ContainerdContainers", "Compose project")},
        {"com.docker.compose.service",
         QT_TRANSLATE_NOOP("ContainerdContainers", "Compose service")},
        {"io.kubernetes.pod.namespace",
         QT_TRANSLATE_NOOP("ContainerdContainers", "Kubernetes namespace")},
        {"io.kubernetes.pod.name", QT_TRANSLATE_NOOP("ContainerdContainers", "Kubernetes pod")},
        {"io.kubernetes.container.name",
         QT_TRANSLATE_NOOP("ContainerdContainers", "Kubernetes container")},
    };
    for (const auto &[label, title] : known) {
        const QString value = s.labels.value(QLatin1String(label));
        if (!value.isEmpty())
            d.facts.append({tr(title), value});
    }

    // As ctr containers info shows it, with the task beside it.
    QJsonObject raw;
    raw.insert(QLatin1String("ID"), qs(c.id()));
    raw.insert(QLatin1String("Namespace"), ns);
    raw.insert(QLatin1String("Labels"), labelsJson(c.labels()));
    raw.insert(QLatin1String("Image"), qs(c.image()));
    raw.insert(QLatin1String("Runtime"),
               QJsonObject{{QLatin1String("Name"), qs(c.runtime().name())}});
    raw.insert(QLatin1String("SnapshotKey"), qs(c.snapshot_key()));
    raw.insert(QLatin1String("Snapshotter"), qs(c.snapshotter()));
    raw.insert(QLatin1String("CreatedAt"), isoTime(timeOf(c.created_at())));
    raw.insert(QLatin1String("UpdatedAt"), isoTime(timeOf(c.updated_at())));
    QJsonArray extensions;
    for (const auto &e : c.extensions())
        extensions.append(qs(e.first));
    raw.insert(QLatin1String("Extensions"), extensions);
    raw.insert(QLatin1String("Spec"), spec);
    raw.insert(QLatin1String("Task"), task ? QJsonValue(taskJson(*task)) : QJsonValue());
    d.rawJson = QJsonDocument(raw).toJson(QJsonDocument::Indented);
    return d;
}

} // namespace ContainerdContainerJson
