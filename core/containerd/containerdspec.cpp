#include "core/containerd/containerdspec.h"

#include "core/engine/imagereference.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace {

const QLatin1String
    DefaultPath("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");

// containerd's defaultUnixCaps.
QStringList defaultCaps()
{
    return {QStringLiteral("CAP_CHOWN"),
            QStringLiteral("CAP_DAC_OVERRIDE"),
            QStringLiteral("CAP_FSETID"),
            QStringLiteral("CAP_FOWNER"),
            QStringLiteral("CAP_MKNOD"),
            QStringLiteral("CAP_NET_RAW"),
            QStringLiteral("CAP_SETGID"),
            QStringLiteral("CAP_SETUID"),
            QStringLiteral("CAP_SETFCAP"),
            QStringLiteral("CAP_SETPCAP"),
            QStringLiteral("CAP_NET_BIND_SERVICE"),
            QStringLiteral("CAP_SYS_CHROOT"),
            QStringLiteral("CAP_KILL"),
            QStringLiteral("CAP_AUDIT_WRITE")};
}

// Every capability Linux knows (capability.h, up to 6.x), for "ALL" and to check names.
QStringList knownCaps()
{
    static const QStringList caps = [] {
        const char *names[] = {"CHOWN",
                               "DAC_OVERRIDE",
                               "DAC_READ_SEARCH",
                               "FOWNER",
                               "FSETID",
                               "KILL",
                               "SETGID",
                               "SETUID",
                               "SETPCAP",
                               "LINUX_IMMUTABLE",
                               "NET_BIND_SERVICE",
                               "NET_BROADCAST",
                               "NET_ADMIN",
                               "NET_RAW",
                               "IPC_LOCK",
                               "IPC_OWNER",
                               "SYS_MODULE",
                               "SYS_RAWIO",
                               "SYS_CHROOT",
                               "SYS_PTRACE",
                               "SYS_PACCT",
                               "SYS_ADMIN",
                               "SYS_BOOT",
                               "SYS_NICE",
                               "SYS_RESOURCE",
                               "SYS_TIME",
                               "SYS_TTY_CONFIG",
                               "MKNOD",
                               "LEASE",
                               "AUDIT_WRITE",
                               "AUDIT_CONTROL",
                               "SETFCAP",
                               "MAC_OVERRIDE",
                               "MAC_ADMIN",
                               "SYSLOG",
                               "WAKE_ALARM",
                               "BLOCK_SUSPEND",
                               "AUDIT_READ",
                               "PERFMON",
                               "BPF",
                               "CHECKPOINT_RESTORE"};
        QStringList list;
        for (const char *name : names)
            list << QStringLiteral("CAP_") + QLatin1String(name);
        return list;
    }();
    return caps;
}

// "net_admin", "NET_ADMIN" and "CAP_NET_ADMIN" are the same capability; "ALL" stays.
QString capName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("ALL") || upper.startsWith(QLatin1String("CAP_")))
        return upper;
    return QStringLiteral("CAP_") + upper;
}

QStringList capabilities(const ContainerSpec &spec)
{
    QStringList caps = defaultCaps();
    for (const QString &raw : spec.capAdd) {
        const QString cap = capName(raw);
        if (cap == QLatin1String("ALL")) {
            caps = knownCaps();
            continue;
        }
        if (!caps.contains(cap))
            caps << cap;
    }
    for (const QString &raw : spec.capDrop) {
        const QString cap = capName(raw);
        if (cap == QLatin1String("ALL"))
            caps.clear();
        else
            caps.removeAll(cap);
    }
    return caps;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QJsonObject mount(const QString &destination, const QString &type, const QString &source,
                  const QStringList &options)
{
    return QJsonObject{{QStringLiteral("destination"), destination},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("options"), toArray(options)}};
}

// containerd's defaultMounts without /run (nerdctl removes it: images keep files there), and
// nerdctl's read-only cgroup file system.
QList<QJsonObject> defaultMounts()
{
    const QString nosuid = QStringLiteral("nosuid");
    const QString noexec = QStringLiteral("noexec");
    const QString nodev = QStringLiteral("nodev");
    return {
        mount(QStringLiteral("/proc"), QStringLiteral("proc"), QStringLiteral("proc"),
              {nosuid, noexec, nodev}),
        mount(QStringLiteral("/dev"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
              {nosuid, QStringLiteral("strictatime"), QStringLiteral("mode=755"),
               QStringLiteral("size=65536k")}),
        mount(QStringLiteral("/dev/pts"), QStringLiteral("devpts"), QStringLiteral("devpts"),
              {nosuid, noexec, QStringLiteral("newinstance"), QStringLiteral("ptmxmode=0666"),
               QStringLiteral("mode=0620"), QStringLiteral("gid=5")}),
        mount(QStringLiteral("/dev/shm"), QStringLiteral("tmpfs"), QStringLiteral("shm"),
              {nosuid, noexec, nodev, QStringLiteral("mode=1777"), QStringLiteral("size=65536k")}),
        mount(QStringLiteral("/dev/mqueue"), QStringLiteral("mqueue"), QStringLiteral("mqueue"),
              {nosuid, noexec, nodev}),
        mount(QStringLiteral("/sys"), QStringLiteral("sysfs"), QStringLiteral("sysfs"),
              {nosuid, noexec, nodev, QStringLiteral("ro")}),
        mount(QStringLiteral("/sys/fs/cgroup"), QStringLiteral("cgroup"), QStringLiteral("cgroup"),
              {QStringLiteral("ro"), nosuid, noexec, nodev}),
    };
}

QJsonObject device(int major, int minor)
{
    QJsonObject d{{QStringLiteral("allow"), true},
                  {QStringLiteral("type"), QStringLiteral("c")},
                  {QStringLiteral("major"), major},
                  {QStringLiteral("access"), QStringLiteral("rwm")}};
    if (minor >= 0)
        d.insert(QStringLiteral("minor"), minor);
    return d;
}

// Deny every device, then containerd's WithDefaultUnixDevices: null, random, full, tty, zero,
// urandom, console, the pts and ptmx.
QJsonArray devices()
{
    return {QJsonObject{{QStringLiteral("allow"), false},
                        {QStringLiteral("access"), QStringLiteral("rwm")}},
            device(1, 3),
            device(1, 8),
            device(1, 7),
            device(5, 0),
            device(1, 5),
            device(1, 9),
            device(5, 1),
            device(136, -1),
            device(5, 2)};
}

QString imageShortName(const QString &image)
{
    const ImageReference ref = ImageReference::parse(image);
    QString repo = ref.repository;
    if (repo.isEmpty())
        repo = image;
    repo = repo.section(QLatin1Char('/'), -1);
    repo.remove(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_.-]")));
    return repo.isEmpty() ? QStringLiteral("container") : repo;
}

EngineResult<QByteArray> badInput(const QString &message)
{
    return EngineResult<QByteArray>::failure(
        EngineError::make(EngineError::Kind::BadInput, message));
}

} // namespace

bool ContainerdSpec::usesHostNetwork(const ContainerSpec &spec)
{
    return spec.network == QLatin1String("host");
}

bool ContainerdSpec::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

QString ContainerdSpec::newId()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QString ContainerdSpec::restartPolicyText(const RestartPolicy &policy)
{
    switch (policy.mode) {
    case RestartPolicy::Mode::No:
        return {};
    case RestartPolicy::Mode::Always:
        return QStringLiteral("always");
    case RestartPolicy::Mode::UnlessStopped:
        return QStringLiteral("unless-stopped");
    case RestartPolicy::Mode::OnFailure:
        return policy.maximumRetries > 0
                   ? QStringLiteral("on-failure:%1").arg(policy.maximumRetries)
                   : QStringLiteral("on-failure");
    }
    return {};
}

QStringList ContainerdSpec::mergeEnv(const QStringList &defaults, const QStringList &overrides)
{
    QStringList result;
    QHash<QString, qsizetype> index;
    for (const QString &e : defaults) {
        index.insert(e.section(QLatin1Char('='), 0, 0), result.size());
        result << e;
    }
    for (const QString &value : overrides) {
        if (!value.contains(QLatin1Char('='))) {
            const auto it = index.constFind(value);
            if (it != index.constEnd())
                result[*it].clear();
            continue;
        }
        const QString key = value.section(QLatin1Char('='), 0, 0);
        const auto it = index.constFind(key);
        if (it != index.constEnd()) {
            result[*it] = value;
        } else {
            index.insert(key, result.size());
            result << value;
        }
    }
    result.removeAll(QString());
    return result;
}

QStringList ContainerdSpec::refusals(const ContainerSpec &spec, bool onFailureRestarts)
{
    QStringList out;
    if (!spec.ports.isEmpty())
        out << tr("containerd has no networks of its own, so it publishes no ports: use the "
                  "machine's network (host) and the container's own ports.");
    if (!spec.network.isEmpty() && spec.network != QLatin1String("host") &&
        spec.network != QLatin1String("none"))
        out << tr("containerd has no networks of its own: a container uses the machine's "
                  "network (host) or none, not \"%1\".")
                   .arg(spec.network);
    if (!spec.ipAddress.isEmpty() || !spec.ipv6Address.isEmpty())
        out << tr("containerd gives containers no addresses of their own: leave the IP address "
                  "empty.");
    for (const MountSpec &m : spec.mounts) {
        if (m.type == MountSpec::Type::Volume)
            out << tr("containerd has no volumes (\"%1\"): mount a folder of the machine into "
                      "the container instead.")
                       .arg(m.source);
        if (!m.target.startsWith(QLatin1Char('/')))
            out << tr("A mount's path in the container must be absolute, not \"%1\".")
                       .arg(m.target);
        if (m.type == MountSpec::Type::Bind && !m.source.startsWith(QLatin1Char('/')))
            out << tr("A folder of the machine is given by its absolute path, not \"%1\".")
                       .arg(m.source);
    }
    if (spec.restart.mode == RestartPolicy::Mode::OnFailure && !onFailureRestarts)
        out << tr("This containerd restarts containers always or never, not on failure only "
                  "(containerd 1.7 does): choose \"always\" or \"unless stopped\".");
    if (spec.healthcheck.isSet() && !spec.healthcheck.disabled)
        out << tr("containerd runs no health checks.");
    if (spec.init)
        out << tr("containerd has no init process to add: run one from the image.");
    if (spec.privileged)
        out << tr("Gontainer does not make privileged containerd containers: add the "
                  "capabilities the container needs instead.");
    for (const QString &cap : spec.capAdd + spec.capDrop) {
        const QString name = capName(cap);
        if (name != QLatin1String("ALL") && !knownCaps().contains(name))
            out << tr("\"%1\" is not a Linux capability.").arg(cap);
    }
    if (spec.autoRemove)
        out << tr("containerd does not remove containers when they end: remove it yourself.");
    if (spec.tty || spec.openStdin || spec.stdinOnce)
        out << tr("Gontainer does not attach to containerd's containers, so it gives them no "
                  "terminal or input: use nerdctl run -it on the machine.");
    if (spec.stopTimeoutSecs >= 0)
        out << tr("containerd keeps no stop timeout with a container: give it when you stop "
                  "the container.");
    if (!spec.pod.isEmpty())
        out << tr("containerd has no pods.");
    if (spec.runTimeoutSecs > 0)
        out << tr("containerd does not stop containers after a time.");
    if (!spec.name.isEmpty() && !isValidName(spec.name))
        out << tr("\"%1\" is not a valid name: use letters, digits, \"_\", \".\" and \"-\", "
                  "starting with a letter or digit.")
                   .arg(spec.name);
    out.removeDuplicates();
    return out;
}

QMap<QString, QString> ContainerdSpec::labels(const QJsonObject &imageConfig,
                                              const ContainerSpec &spec, const QString &id)
{
    QMap<QString, QString> labels = spec.labels;
    labels.insert(QLatin1String(NameLabel),
                  spec.name.isEmpty() ? imageShortName(spec.image) + QLatin1Char('-') + id.left(5)
                                      : spec.name);
    const bool host = usesHostNetwork(spec);
    labels.insert(QLatin1String(NetworksLabel),
                  host ? QStringLiteral("[\"host\"]") : QStringLiteral("[\"none\"]"));
    if (!host)
        labels.insert(QLatin1String(HostnameLabel), id.left(12));
    const QString stopSignal = spec.stopSignal.isEmpty()
                                   ? imageConfig.value(QLatin1String("config"))
                                         .toObject()
                                         .value(QLatin1String("StopSignal"))
                                         .toString()
                                   : spec.stopSignal;
    if (!stopSignal.isEmpty())
        labels.insert(QLatin1String(StopSignalLabel), stopSignal);
    const QString policy = restartPolicyText(spec.restart);
    if (!policy.isEmpty())
        labels.insert(QLatin1String(RestartPolicyLabel), policy);
    return labels;
}

QString ContainerdSpec::user(const QJsonObject &imageConfig, const ContainerSpec &spec)
{
    return spec.user.trimmed().isEmpty() ? imageConfig.value(QLatin1String("config"))
                                               .toObject()
                                               .value(QLatin1String("User"))
                                               .toString()
                                         : spec.user.trimmed();
}

EngineResult<QByteArray>
ContainerdSpec::make(const QJsonObject &imageConfig, const ContainerSpec &spec, const QString &ns,
                     const QString &id, const std::optional<ContainerdPasswd::User> &resolvedUser)
{
    const QJsonObject config = imageConfig.value(QLatin1String("config")).toObject();
    const bool host = usesHostNetwork(spec);

    // Docker's rule: an entrypoint given drops the image's CMD too, unless a command is given.
    const QStringList entrypoint = spec.entrypoint.isEmpty()
                                       ? fromArray(config.value(QLatin1String("Entrypoint")))
                                       : spec.entrypoint;
    QStringList cmd = spec.command;
    if (cmd.isEmpty() && spec.entrypoint.isEmpty())
        cmd = fromArray(config.value(QLatin1String("Cmd")));
    const QStringList args = entrypoint + cmd;
    if (args.isEmpty())
        return badInput(tr("The image names no command to run: give the container one."));

    QString cwd = spec.workingDir.isEmpty() ? config.value(QLatin1String("WorkingDir")).toString()
                                            : spec.workingDir;
    if (cwd.isEmpty())
        cwd = QStringLiteral("/");
    if (!cwd.startsWith(QLatin1Char('/')))
        return badInput(tr("The working directory must be an absolute path, not \"%1\".").arg(cwd));

    const QString userText = user(imageConfig, spec);
    ContainerdPasswd::User resolved;
    if (resolvedUser) {
        resolved = *resolvedUser;
    } else {
        if (ContainerdPasswd::needsFiles(userText))
            return badInput(tr("User \"%1\" is given by name: it is looked up in the image's "
                               "/etc/passwd and /etc/group, which were not read.")
                                .arg(userText));
        const EngineResult<ContainerdPasswd::User> numeric =
            ContainerdPasswd::resolve(userText, std::nullopt, std::nullopt, spec.image);
        if (!numeric.ok())
            return EngineResult<QByteArray>::failure(numeric.error);
        resolved = numeric.value;
    }
    QJsonArray additionalGids;
    for (const quint32 gid : std::as_const(resolved.additionalGids))
        additionalGids.append(qint64(gid));

    QStringList envDefaults = fromArray(config.value(QLatin1String("Env")));
    if (envDefaults.isEmpty())
        envDefaults << DefaultPath;
    QStringList envOverrides;
    if (!host)
        envOverrides << QStringLiteral("HOSTNAME=") + id.left(12);
    envOverrides << spec.env;
    const QStringList env = mergeEnv(envDefaults, envOverrides);

    const QStringList caps = capabilities(spec);
    QJsonObject process{
        {QStringLiteral("terminal"), false},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("uid"), qint64(resolved.uid)},
                                             {QStringLiteral("gid"), qint64(resolved.gid)},
                                             {QStringLiteral("additionalGids"), additionalGids}}},
        {QStringLiteral("args"), toArray(args)},
        {QStringLiteral("env"), toArray(env)},
        {QStringLiteral("cwd"), cwd},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("bounding"), toArray(caps)},
                                                     {QStringLiteral("effective"), toArray(caps)},
                                                     {QStringLiteral("permitted"), toArray(caps)}}},
        {QStringLiteral("rlimits"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("RLIMIT_NOFILE")},
                                {QStringLiteral("hard"), 1024},
                                {QStringLiteral("soft"), 1024}}}},
        {QStringLiteral("noNewPrivileges"), true},
    };

    QJsonObject root{{QStringLiteral("path"), QStringLiteral("rootfs")}};
    if (spec.readOnlyRootfs)
        root.insert(QStringLiteral("readonly"), true);

    // The spec's mounts replace a default one at the same place.
    QList<QJsonObject> mounts = defaultMounts();
    if (host) {
        mounts << mount(QStringLiteral("/etc/hosts"), QStringLiteral("bind"),
                        QStringLiteral("/etc/hosts"),
                        {QStringLiteral("rbind"), QStringLiteral("ro")})
               << mount(QStringLiteral("/etc/resolv.conf"), QStringLiteral("bind"),
                        QStringLiteral("/etc/resolv.conf"),
                        {QStringLiteral("rbind"), QStringLiteral("ro")});
    }
    for (const MountSpec &m : spec.mounts) {
        QJsonObject made;
        if (m.type == MountSpec::Type::Bind) {
            made = mount(m.target, QStringLiteral("bind"), m.source,
                         {QStringLiteral("rbind"), QStringLiteral("rprivate"),
                          m.readOnly ? QStringLiteral("ro") : QStringLiteral("rw")});
        } else if (m.type == MountSpec::Type::Tmpfs) {
            QStringList options{QStringLiteral("nosuid"), QStringLiteral("nodev"),
                                QStringLiteral("noexec")};
            if (m.readOnly)
                options << QStringLiteral("ro");
            made = mount(m.target, QStringLiteral("tmpfs"), QStringLiteral("tmpfs"), options);
        } else {
            continue; // volumes: refused by refusals()
        }
        mounts.erase(std::remove_if(mounts.begin(), mounts.end(),
                                    [&m](const QJsonObject &o) {
                                        return o.value(QLatin1String("destination")).toString() ==
                                               m.target;
                                    }),
                     mounts.end());
        mounts << made;
    }
    QJsonArray mountArray;
    for (const QJsonObject &m : std::as_const(mounts))
        mountArray.append(m);

    QJsonArray namespaces;
    for (const char *type : {"pid", "ipc", "uts", "mount"})
        namespaces.append(QJsonObject{{QStringLiteral("type"), QLatin1String(type)}});
    if (!host)
        namespaces.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("network")}});

    QJsonObject resources{{QStringLiteral("devices"), devices()}};
    if (spec.memoryBytes > 0)
        resources.insert(QStringLiteral("memory"),
                         QJsonObject{{QStringLiteral("limit"), spec.memoryBytes}});
    if (spec.nanoCpus > 0) {
        // CFS: `quota` microseconds of CPU time in each 100 ms period.
        const qint64 period = 100000;
        resources.insert(QStringLiteral("cpu"),
                         QJsonObject{{QStringLiteral("quota"), spec.nanoCpus * period / 1000000000},
                                     {QStringLiteral("period"), period}});
    }

    const QJsonObject linuxSection{
        {QStringLiteral("resources"), resources},
        {QStringLiteral("cgroupsPath"), QString(QLatin1Char('/') + ns + QLatin1Char('/') + id)},
        {QStringLiteral("namespaces"), namespaces},
        {QStringLiteral("maskedPaths"),
         toArray({QStringLiteral("/proc/acpi"), QStringLiteral("/proc/asound"),
                  QStringLiteral("/proc/kcore"), QStringLiteral("/proc/keys"),
                  QStringLiteral("/proc/latency_stats"), QStringLiteral("/proc/timer_list"),
                  QStringLiteral("/proc/timer_stats"), QStringLiteral("/proc/sched_debug"),
                  QStringLiteral("/sys/firmware"), QStringLiteral("/proc/scsi")})},
        {QStringLiteral("readonlyPaths"),
         toArray({QStringLiteral("/proc/bus"), QStringLiteral("/proc/fs"),
                  QStringLiteral("/proc/irq"), QStringLiteral("/proc/sys"),
                  QStringLiteral("/proc/sysrq-trigger")})},
    };

    QJsonObject out{
        {QStringLiteral("ociVersion"), QStringLiteral("1.0.2-dev")},
        {QStringLiteral("process"), process},
        {QStringLiteral("root"), root},
        {QStringLiteral("mounts"), mountArray},
        {QStringLiteral("linux"), linuxSection},
    };
    if (!host)
        out.insert(QStringLiteral("hostname"), id.left(12));
    return EngineResult<QByteArray>::success(QJsonDocument(out).toJson(QJsonDocument::Compact));
}
