#include "core/docker/dockercontainerjson.h"

#include "core/docker/dockerjson.h"
#include "core/docker/jsonread.h"
#include "core/engine/loglinesplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace DockerContainerJson {

namespace {

// Docker sends a missing list as null, Podman sometimes as a single string.
using JsonRead::str;
using JsonRead::strings;

std::optional<QJsonObject> object(const QByteArray &json)
{
    const auto doc = JsonRead::document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    return doc->object();
}

QString stripSlash(QString name)
{
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}

HealthState parseHealth(const QJsonObject &h)
{
    HealthState health;
    health.status = JsonRead::health(str(h, "Status"));
    health.failingStreak = h.value(QLatin1String("FailingStreak")).toInt();
    for (const QJsonValue &v : h.value(QLatin1String("Log")).toArray()) {
        const QJsonObject e = v.toObject();
        HealthCheckResult r;
        r.start = parseTime(str(e, "Start"));
        r.end = parseTime(str(e, "End"));
        r.exitCode = e.value(QLatin1String("ExitCode")).toInt();
        r.output = str(e, "Output");
        health.log.append(r);
    }
    return health;
}

RestartPolicy::Mode restartMode(const QString &name)
{
    if (name == QLatin1String("always"))
        return RestartPolicy::Mode::Always;
    if (name == QLatin1String("unless-stopped"))
        return RestartPolicy::Mode::UnlessStopped;
    if (name == QLatin1String("on-failure"))
        return RestartPolicy::Mode::OnFailure;
    return RestartPolicy::Mode::No;
}

QString restartName(RestartPolicy::Mode mode)
{
    switch (mode) {
    case RestartPolicy::Mode::No:
        break;
    case RestartPolicy::Mode::Always:
        return QStringLiteral("always");
    case RestartPolicy::Mode::UnlessStopped:
        return QStringLiteral("unless-stopped");
    case RestartPolicy::Mode::OnFailure:
        return QStringLiteral("on-failure");
    }
    return QStringLiteral("no");
}

QString mountTypeName(MountSpec::Type type)
{
    switch (type) {
    case MountSpec::Type::Bind:
        return QStringLiteral("bind");
    case MountSpec::Type::Volume:
        break;
    case MountSpec::Type::Tmpfs:
        return QStringLiteral("tmpfs");
    }
    return QStringLiteral("volume");
}

// "80/tcp" -> (80, "tcp")
std::pair<int, QString> splitPort(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const int port = key.left(slash < 0 ? key.size() : slash).toInt();
    return {port, slash < 0 ? QStringLiteral("tcp") : key.mid(slash + 1)};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

qint64 nanos(qint64 ms)
{
    return ms * 1000000;
}

QJsonObject healthcheckObject(const HealthcheckSpec &h)
{
    QJsonObject o;
    o.insert(QLatin1String("Test"),
             h.disabled ? QJsonArray{QStringLiteral("NONE")} : toArray(h.test));
    if (h.intervalMs > 0)
        o.insert(QLatin1String("Interval"), nanos(h.intervalMs));
    if (h.timeoutMs > 0)
        o.insert(QLatin1String("Timeout"), nanos(h.timeoutMs));
    if (h.startPeriodMs > 0)
        o.insert(QLatin1String("StartPeriod"), nanos(h.startPeriodMs));
    if (h.retries > 0)
        o.insert(QLatin1String("Retries"), h.retries);
    return o;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    // The engines' RFC 3339 times read by hand: a list has thousands, and Qt's reading (with the
    // nanoseconds cut first) took most of a service list's time to parse.
    if (text.size() <= 40) {
        char latin[40];
        for (qsizetype i = 0; i < text.size(); ++i)
            latin[i] = text.at(i).unicode() < 0x80 ? char(text.at(i).unicode()) : '?';
        qsizetype length = 0;
        const qint64 ns = LogLineSplitter::parseTime(QByteArrayView(latin, text.size()), &length);
        if (length == text.size()) {
            const qint64 ms = ns >= 0 ? ns / 1000000 : -((-ns + 999999) / 1000000);
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
    }
    // Anything else as Qt reads it, which reads at most milliseconds: the digits past them go.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{1,3})\\d*"));
    QString t = text;
    t.replace(fraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

int signalNumber(const QString &signal)
{
    static const QStringList names = {QString(),
                                      QStringLiteral("HUP"),
                                      QStringLiteral("INT"),
                                      QStringLiteral("QUIT"),
                                      QStringLiteral("ILL"),
                                      QStringLiteral("TRAP"),
                                      QStringLiteral("ABRT"),
                                      QStringLiteral("BUS"),
                                      QStringLiteral("FPE"),
                                      QStringLiteral("KILL"),
                                      QStringLiteral("USR1"),
                                      QStringLiteral("SEGV"),
                                      QStringLiteral("USR2"),
                                      QStringLiteral("PIPE"),
                                      QStringLiteral("ALRM"),
                                      QStringLiteral("TERM"),
                                      QStringLiteral("STKFLT"),
                                      QStringLiteral("CHLD"),
                                      QStringLiteral("CONT"),
                                      QStringLiteral("STOP"),
                                      QStringLiteral("TSTP"),
                                      QStringLiteral("TTIN"),
                                      QStringLiteral("TTOU"),
                                      QStringLiteral("URG"),
                                      QStringLiteral("XCPU"),
                                      QStringLiteral("XFSZ"),
                                      QStringLiteral("VTALRM"),
                                      QStringLiteral("PROF"),
                                      QStringLiteral("WINCH"),
                                      QStringLiteral("IO"),
                                      QStringLiteral("PWR"),
                                      QStringLiteral("SYS")};
    bool isNumber = false;
    const int n = signal.toInt(&isNumber);
    if (isNumber)
        return n > 0 && n < 65 ? n : 0;
    QString name = signal.trimmed().toUpper();
    if (name.startsWith(QLatin1String("SIG")))
        name.remove(0, 3);
    const qsizetype index = name.isEmpty() ? -1 : names.indexOf(name);
    return index > 0 ? int(index) : 0;
}

std::optional<ContainerDetails> parseInspect(const QByteArray &json)
{
    const auto root = object(json);
    if (!root)
        return std::nullopt;
    const QJsonObject &o = *root;
    ContainerDetails d;
    d.id = str(o, "Id");
    if (d.id.isEmpty())
        return std::nullopt;
    d.rawJson = json;
    d.name = stripSlash(str(o, "Name"));
    d.imageId = str(o, "Image");
    d.created = parseTime(str(o, "Created"));
    d.restartCount = o.value(QLatin1String("RestartCount")).toInt();
    d.pod = str(o, "Pod");

    const QJsonObject state = o.value(QLatin1String("State")).toObject();
    d.stateText = str(state, "Status");
    d.state = ContainerSummary::stateFromString(d.stateText);
    d.pid = state.value(QLatin1String("Pid")).toInt();
    d.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    d.oomKilled = state.value(QLatin1String("OOMKilled")).toBool();
    d.error = str(state, "Error");
    d.startedAt = parseTime(str(state, "StartedAt"));
    d.finishedAt = parseTime(str(state, "FinishedAt"));
    // Podman before 4.0 called it Healthcheck.
    const QJsonValue health = state.contains(QLatin1String("Health"))
                                  ? state.value(QLatin1String("Health"))
                                  : state.value(QLatin1String("Healthcheck"));
    if (health.isObject())
        d.health = parseHealth(health.toObject());

    const QJsonObject config = o.value(QLatin1String("Config")).toObject();
    ContainerSpec &s = d.spec;
    s.name = d.name;
    d.image = str(config, "Image");
    s.image = d.image;
    s.command = strings(config.value(QLatin1String("Cmd")));
    s.entrypoint = strings(config.value(QLatin1String("Entrypoint")));
    s.env = strings(config.value(QLatin1String("Env")));
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        s.labels.insert(it.key(), it.value().toString());
    s.user = str(config, "User");
    s.workingDir = str(config, "WorkingDir");
    s.tty = config.value(QLatin1String("Tty")).toBool();
    s.openStdin = config.value(QLatin1String("OpenStdin")).toBool();
    s.stopSignal = str(config, "StopSignal");
    if (config.contains(QLatin1String("StopTimeout")) &&
        !config.value(QLatin1String("StopTimeout")).isNull())
        s.stopTimeoutSecs = config.value(QLatin1String("StopTimeout")).toInt();
    const QJsonObject hc = config.value(QLatin1String("Healthcheck")).toObject();
    if (!hc.isEmpty())
        s.healthcheck = JsonRead::healthcheck(hc);

    const QJsonObject host = o.value(QLatin1String("HostConfig")).toObject();
    const QJsonObject restart = host.value(QLatin1String("RestartPolicy")).toObject();
    s.restart.mode = restartMode(str(restart, "Name"));
    s.restart.maximumRetries = restart.value(QLatin1String("MaximumRetryCount")).toInt();
    s.nanoCpus = host.value(QLatin1String("NanoCpus")).toInteger();
    if (s.nanoCpus == 0) {
        // Podman reports a CPU limit as quota over period.
        const qint64 quota = host.value(QLatin1String("CpuQuota")).toInteger();
        const qint64 period = host.value(QLatin1String("CpuPeriod")).toInteger();
        if (quota > 0 && period > 0)
            s.nanoCpus = quota * 1000000000LL / period;
    }
    s.memoryBytes = host.value(QLatin1String("Memory")).toInteger();
    s.privileged = host.value(QLatin1String("Privileged")).toBool();
    s.readOnlyRootfs = host.value(QLatin1String("ReadonlyRootfs")).toBool();
    s.autoRemove = host.value(QLatin1String("AutoRemove")).toBool();
    s.init = host.value(QLatin1String("Init")).toBool();
    s.capAdd = strings(host.value(QLatin1String("CapAdd")));
    s.capDrop = strings(host.value(QLatin1String("CapDrop")));
    s.network = str(host, "NetworkMode");
    const QJsonObject bindings = host.value(QLatin1String("PortBindings")).toObject();
    for (auto it = bindings.constBegin(); it != bindings.constEnd(); ++it) {
        const auto [port, protocol] = splitPort(it.key());
        const QJsonArray hosts = it.value().toArray();
        if (hosts.isEmpty())
            s.ports.append(PortBinding{port, protocol, {}, 0});
        for (const QJsonValue &h : hosts) {
            const QJsonObject ho = h.toObject();
            s.ports.append(
                PortBinding{port, protocol, str(ho, "HostIp"), str(ho, "HostPort").toInt()});
        }
    }
    for (const QJsonValue &v : host.value(QLatin1String("Mounts")).toArray()) {
        const QJsonObject m = v.toObject();
        MountSpec spec;
        const QString type = str(m, "Type");
        spec.type = type == QLatin1String("bind")    ? MountSpec::Type::Bind
                    : type == QLatin1String("tmpfs") ? MountSpec::Type::Tmpfs
                                                     : MountSpec::Type::Volume;
        spec.source = str(m, "Source");
        spec.target = str(m, "Target");
        spec.readOnly = m.value(QLatin1String("ReadOnly")).toBool();
        s.mounts.append(spec);
    }

    const QJsonObject net = o.value(QLatin1String("NetworkSettings")).toObject();
    const QJsonObject ports = net.value(QLatin1String("Ports")).toObject();
    for (auto it = ports.constBegin(); it != ports.constEnd(); ++it) {
        const auto [port, protocol] = splitPort(it.key());
        const QJsonArray hosts = it.value().toArray();
        if (hosts.isEmpty())
            d.ports.append(PortMapping{{}, port, 0, protocol});
        for (const QJsonValue &h : hosts) {
            const QJsonObject ho = h.toObject();
            d.ports.append(
                PortMapping{str(ho, "HostIp"), port, str(ho, "HostPort").toInt(), protocol});
        }
    }
    d.networks = net.value(QLatin1String("Networks")).toObject().keys();

    for (const QJsonValue &v : o.value(QLatin1String("Mounts")).toArray()) {
        const QJsonObject m = v.toObject();
        d.mounts.append(MountPoint{str(m, "Type"), str(m, "Name"), str(m, "Source"),
                                   str(m, "Destination"), m.value(QLatin1String("RW")).toBool()});
    }
    return d;
}

QByteArray createBody(const ContainerSpec &spec)
{
    QJsonObject o;
    o.insert(QLatin1String("Image"), spec.image);
    if (!spec.command.isEmpty())
        o.insert(QLatin1String("Cmd"), toArray(spec.command));
    if (!spec.entrypoint.isEmpty())
        o.insert(QLatin1String("Entrypoint"), toArray(spec.entrypoint));
    if (!spec.env.isEmpty())
        o.insert(QLatin1String("Env"), toArray(spec.env));
    if (!spec.labels.isEmpty())
        o.insert(QLatin1String("Labels"), JsonRead::fromMap(spec.labels));
    if (!spec.user.isEmpty())
        o.insert(QLatin1String("User"), spec.user);
    if (!spec.workingDir.isEmpty())
        o.insert(QLatin1String("WorkingDir"), spec.workingDir);
    o.insert(QLatin1String("Tty"), spec.tty);
    o.insert(QLatin1String("OpenStdin"), spec.openStdin);
    if (spec.openStdin && spec.stdinOnce) {
        o.insert(QLatin1String("AttachStdin"), true);
        o.insert(QLatin1String("StdinOnce"), true);
    }
    if (!spec.stopSignal.isEmpty())
        o.insert(QLatin1String("StopSignal"), spec.stopSignal);
    if (spec.stopTimeoutSecs >= 0)
        o.insert(QLatin1String("StopTimeout"), spec.stopTimeoutSecs);
    if (spec.healthcheck.isSet())
        o.insert(QLatin1String("Healthcheck"), healthcheckObject(spec.healthcheck));

    QJsonObject host;
    QJsonObject exposed;
    QJsonObject bindings;
    for (const PortBinding &p : spec.ports) {
        const QString key = QString::number(p.containerPort) + QLatin1Char('/') + p.protocol;
        exposed.insert(key, QJsonObject());
        QJsonArray list = bindings.value(key).toArray();
        QJsonObject binding;
        binding.insert(QLatin1String("HostIp"), p.hostIp);
        binding.insert(QLatin1String("HostPort"),
                       p.hostPort > 0 ? QString::number(p.hostPort) : QString());
        list.append(binding);
        bindings.insert(key, list);
    }
    if (!exposed.isEmpty()) {
        o.insert(QLatin1String("ExposedPorts"), exposed);
        host.insert(QLatin1String("PortBindings"), bindings);
    }
    QJsonArray mounts;
    for (const MountSpec &m : spec.mounts) {
        QJsonObject mo;
        mo.insert(QLatin1String("Type"), mountTypeName(m.type));
        if (!m.source.isEmpty())
            mo.insert(QLatin1String("Source"), m.source);
        mo.insert(QLatin1String("Target"), m.target);
        mo.insert(QLatin1String("ReadOnly"), m.readOnly);
        mounts.append(mo);
    }
    if (!mounts.isEmpty())
        host.insert(QLatin1String("Mounts"), mounts);
    if (spec.restart.mode != RestartPolicy::Mode::No) {
        QJsonObject restart;
        restart.insert(QLatin1String("Name"), restartName(spec.restart.mode));
        if (spec.restart.mode == RestartPolicy::Mode::OnFailure)
            restart.insert(QLatin1String("MaximumRetryCount"), spec.restart.maximumRetries);
        host.insert(QLatin1String("RestartPolicy"), restart);
    }
    if (spec.nanoCpus > 0)
        host.insert(QLatin1String("NanoCpus"), spec.nanoCpus);
    if (spec.memoryBytes > 0)
        host.insert(QLatin1String("Memory"), spec.memoryBytes);
    if (spec.init)
        host.insert(QLatin1String("Init"), true);
    host.insert(QLatin1String("Privileged"), spec.privileged);
    if (!spec.capAdd.isEmpty())
        host.insert(QLatin1String("CapAdd"), toArray(spec.capAdd));
    if (!spec.capDrop.isEmpty())
        host.insert(QLatin1String("CapDrop"), toArray(spec.capDrop));
    host.insert(QLatin1String("ReadonlyRootfs"), spec.readOnlyRootfs);
    host.insert(QLatin1String("AutoRemove"), spec.autoRemove);
    if (!spec.network.isEmpty())
        host.insert(QLatin1String("NetworkMode"), spec.network);
    o.insert(QLatin1String("HostConfig"), host);
    if (!spec.network.isEmpty() && (!spec.ipAddress.isEmpty() || !spec.ipv6Address.isEmpty())) {
        QJsonObject ipam;
        if (!spec.ipAddress.isEmpty())
            ipam.insert(QLatin1String("IPv4Address"), spec.ipAddress);
        if (!spec.ipv6Address.isEmpty())
            ipam.insert(QLatin1String("IPv6Address"), spec.ipv6Address);
        const QJsonObject endpoint{{QLatin1String("IPAMConfig"), ipam}};
        o.insert(
            QLatin1String("NetworkingConfig"),
            QJsonObject{{QLatin1String("EndpointsConfig"), QJsonObject{{spec.network, endpoint}}}});
    }
    return compact(o);
}

QByteArray libpodCreateBody(const ContainerSpec &spec)
{
    QJsonObject o;
    if (!spec.name.isEmpty())
        o.insert(QLatin1String("name"), spec.name);
    o.insert(QLatin1String("image"), spec.image);
    if (!spec.command.isEmpty())
        o.insert(QLatin1String("command"), toArray(spec.command));
    if (!spec.entrypoint.isEmpty())
        o.insert(QLatin1String("entrypoint"), toArray(spec.entrypoint));
    QJsonObject env;
    for (const QString &kv : spec.env) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(eq < 0 ? kv : kv.left(eq), eq < 0 ? QString() : kv.mid(eq + 1));
    }
    if (!env.isEmpty())
        o.insert(QLatin1String("env"), env);
    if (!spec.labels.isEmpty())
        o.insert(QLatin1String("labels"), JsonRead::fromMap(spec.labels));
    if (!spec.user.isEmpty())
        o.insert(QLatin1String("user"), spec.user);
    if (!spec.workingDir.isEmpty())
        o.insert(QLatin1String("work_dir"), spec.workingDir);
    o.insert(QLatin1String("terminal"), spec.tty);
    o.insert(QLatin1String("stdin"), spec.openStdin);
    if (const int sig = signalNumber(spec.stopSignal); sig > 0)
        o.insert(QLatin1String("stop_signal"), sig);
    if (spec.stopTimeoutSecs >= 0)
        o.insert(QLatin1String("stop_timeout"), spec.stopTimeoutSecs);
    if (spec.healthcheck.isSet()) {
        // Podman's own API takes no defaults: a zero timeout fails every check at once.
        HealthcheckSpec h = spec.healthcheck;
        if (h.intervalMs <= 0)
            h.intervalMs = 30000;
        if (h.timeoutMs <= 0)
            h.timeoutMs = 30000;
        if (h.retries <= 0)
            h.retries = 3;
        o.insert(QLatin1String("healthconfig"), healthcheckObject(h));
    }
    QJsonArray ports;
    for (const PortBinding &p : spec.ports) {
        QJsonObject po;
        po.insert(QLatin1String("container_port"), p.containerPort);
        if (p.hostPort > 0)
            po.insert(QLatin1String("host_port"), p.hostPort);
        if (!p.hostIp.isEmpty())
            po.insert(QLatin1String("host_ip"), p.hostIp);
        po.insert(QLatin1String("protocol"), p.protocol);
        ports.append(po);
    }
    if (!ports.isEmpty())
        o.insert(QLatin1String("portmappings"), ports);
    QJsonArray mounts;
    QJsonArray volumes;
    for (const MountSpec &m : spec.mounts) {
        const QJsonArray options =
            m.readOnly ? QJsonArray{QStringLiteral("ro")} : QJsonArray{QStringLiteral("rw")};
        if (m.type == MountSpec::Type::Volume && !m.source.isEmpty()) {
            QJsonObject vo;
            vo.insert(QLatin1String("Name"), m.source);
            vo.insert(QLatin1String("Dest"), m.target);
            vo.insert(QLatin1String("Options"), options);
            volumes.append(vo);
            continue;
        }
        QJsonObject mo;
        mo.insert(QLatin1String("type"), mountTypeName(m.type));
        mo.insert(QLatin1String("destination"), m.target);
        if (!m.source.isEmpty())
            mo.insert(QLatin1String("source"), m.source);
        mo.insert(QLatin1String("options"), options);
        mounts.append(mo);
    }
    if (!mounts.isEmpty())
        o.insert(QLatin1String("mounts"), mounts);
    if (!volumes.isEmpty())
        o.insert(QLatin1String("volumes"), volumes);
    if (spec.restart.mode != RestartPolicy::Mode::No) {
        o.insert(QLatin1String("restart_policy"), restartName(spec.restart.mode));
        if (spec.restart.mode == RestartPolicy::Mode::OnFailure)
            o.insert(QLatin1String("restart_tries"), spec.restart.maximumRetries);
    }
    QJsonObject limits;
    if (spec.memoryBytes > 0)
        limits.insert(QLatin1String("memory"),
                      QJsonObject{{QLatin1String("limit"), spec.memoryBytes}});
    if (spec.nanoCpus > 0) {
        constexpr qint64 period = 100000;
        limits.insert(QLatin1String("cpu"),
                      QJsonObject{{QLatin1String("quota"), spec.nanoCpus * period / 1000000000LL},
                                  {QLatin1String("period"), period}});
    }
    if (!limits.isEmpty())
        o.insert(QLatin1String("resource_limits"), limits);
    if (spec.init)
        o.insert(QLatin1String("init"), true);
    o.insert(QLatin1String("privileged"), spec.privileged);
    if (!spec.capAdd.isEmpty())
        o.insert(QLatin1String("cap_add"), toArray(spec.capAdd));
    if (!spec.capDrop.isEmpty())
        o.insert(QLatin1String("cap_drop"), toArray(spec.capDrop));
    o.insert(QLatin1String("read_only_filesystem"), spec.readOnlyRootfs);
    o.insert(QLatin1String("remove"), spec.autoRemove);
    if (!spec.network.isEmpty()) {
        static const QStringList modes = {QStringLiteral("none"), QStringLiteral("host"),
                                          QStringLiteral("bridge"), QStringLiteral("private")};
        if (modes.contains(spec.network)) {
            o.insert(QLatin1String("netns"), QJsonObject{{QLatin1String("nsmode"), spec.network}});
        } else {
            o.insert(QLatin1String("netns"),
                     QJsonObject{{QLatin1String("nsmode"), QStringLiteral("bridge")}});
            QJsonObject options;
            QJsonArray ips;
            for (const QString &ip : {spec.ipAddress, spec.ipv6Address}) {
                if (!ip.isEmpty())
                    ips.append(ip);
            }
            if (!ips.isEmpty())
                options.insert(QLatin1String("static_ips"), ips);
            o.insert(QLatin1String("Networks"), QJsonObject{{spec.network, options}});
        }
    }
    if (!spec.pod.isEmpty())
        o.insert(QLatin1String("pod"), spec.pod);
    if (spec.runTimeoutSecs > 0)
        o.insert(QLatin1String("timeout"), spec.runTimeoutSecs);
    return compact(o);
}

std::optional<CreatedObject> parseCreated(const QByteArray &json)
{
    const auto o = object(json);
    if (!o)
        return std::nullopt;
    CreatedObject created;
    created.id = o->value(QLatin1String("Id")).toString(o->value(QLatin1String("id")).toString());
    if (created.id.isEmpty())
        return std::nullopt;
    created.warnings = strings(o->value(QLatin1String("Warnings")));
    // Network create names it in the singular, as a string.
    if (const QString w = o->value(QLatin1String("Warning")).toString(); !w.isEmpty())
        created.warnings << w;
    return created;
}

std::optional<int> parseWait(const QByteArray &json, QString *error)
{
    const auto o = object(json);
    if (!o || !o->contains(QLatin1String("StatusCode")))
        return std::nullopt;
    if (error)
        *error =
            o->value(QLatin1String("Error")).toObject().value(QLatin1String("Message")).toString();
    return o->value(QLatin1String("StatusCode")).toInt();
}

std::optional<PruneReport> parsePrune(const QByteArray &json, const QString &listKey)
{
    const auto o = object(json);
    if (!o)
        return std::nullopt;
    PruneReport report;
    report.deleted = strings(o->value(listKey));
    report.spaceReclaimed = o->value(QLatin1String("SpaceReclaimed")).toInteger();
    return report;
}

std::optional<ProcessList> parseTop(const QByteArray &json)
{
    const auto o = object(json);
    if (!o || !o->value(QLatin1String("Titles")).isArray())
        return std::nullopt;
    ProcessList list;
    list.titles = strings(o->value(QLatin1String("Titles")));
    for (const QJsonValue &row : o->value(QLatin1String("Processes")).toArray())
        list.processes.append(strings(row));
    return list;
}

std::optional<ContainerStats> parseStats(const QByteArray &json)
{
    const auto root = object(json);
    if (!root || !root->contains(QLatin1String("cpu_stats")))
        return std::nullopt;
    const QJsonObject &o = *root;
    ContainerStats s;
    s.id = o.value(QLatin1String("id")).toString(str(o, "Id"));
    s.read = parseTime(str(o, "read"));

    const QJsonObject cpu = o.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject pre = o.value(QLatin1String("precpu_stats")).toObject();
    const auto total = [](const QJsonObject &c) {
        return c.value(QLatin1String("cpu_usage"))
            .toObject()
            .value(QLatin1String("total_usage"))
            .toDouble();
    };
    const double cpuDelta = total(cpu) - total(pre);
    const double systemDelta = cpu.value(QLatin1String("system_cpu_usage")).toDouble() -
                               pre.value(QLatin1String("system_cpu_usage")).toDouble();
    s.onlineCpus = cpu.value(QLatin1String("online_cpus")).toInt();
    if (s.onlineCpus == 0)
        s.onlineCpus = int(cpu.value(QLatin1String("cpu_usage"))
                               .toObject()
                               .value(QLatin1String("percpu_usage"))
                               .toArray()
                               .size());
    if (systemDelta > 0 && cpuDelta > 0)
        s.cpuPercent = cpuDelta / systemDelta * s.onlineCpus * 100.0;

    // The page cache is not the container's own use: cgroup v1 reports it as
    // total_inactive_file, v2 as inactive_file.
    const QJsonObject memory = o.value(QLatin1String("memory_stats")).toObject();
    const QJsonObject memoryDetails = memory.value(QLatin1String("stats")).toObject();
    const qint64 usage = memory.value(QLatin1String("usage")).toInteger();
    s.memoryUsage = usage;
    if (memoryDetails.contains(QLatin1String("total_inactive_file"))) {
        const qint64 v = memoryDetails.value(QLatin1String("total_inactive_file")).toInteger();
        if (v < usage)
            s.memoryUsage = usage - v;
    } else if (const qint64 v = memoryDetails.value(QLatin1String("inactive_file")).toInteger();
               v < usage) {
        s.memoryUsage = usage - v;
    }
    s.memoryLimit = memory.value(QLatin1String("limit")).toInteger();
    if (s.memoryLimit > 0)
        s.memoryPercent = double(s.memoryUsage) / double(s.memoryLimit) * 100.0;

    const QJsonObject networks = o.value(QLatin1String("networks")).toObject();
    for (auto it = networks.constBegin(); it != networks.constEnd(); ++it) {
        const QJsonObject n = it.value().toObject();
        s.networkRx += n.value(QLatin1String("rx_bytes")).toInteger();
        s.networkTx += n.value(QLatin1String("tx_bytes")).toInteger();
    }
    const QJsonArray io = o.value(QLatin1String("blkio_stats"))
                              .toObject()
                              .value(QLatin1String("io_service_bytes_recursive"))
                              .toArray();
    for (const QJsonValue &v : io) {
        const QJsonObject e = v.toObject();
        const QString op = str(e, "op").toLower();
        if (op == QLatin1String("read"))
            s.blockRead += e.value(QLatin1String("value")).toInteger();
        else if (op == QLatin1String("write"))
            s.blockWrite += e.value(QLatin1String("value")).toInteger();
    }
    s.pids =
        o.value(QLatin1String("pids_stats")).toObject().value(QLatin1String("current")).toInt();
    return s;
}

} // namespace DockerContainerJson
