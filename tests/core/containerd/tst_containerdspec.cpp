// ContainerdSpec: the OCI runtime spec and labels of a new containerd container, from an image
// config and a ContainerSpec, as nerdctl makes them; and what a containerd node refuses.
#include "core/containerd/containerdspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString Id =
    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QJsonObject imageConfig(const QJsonObject &config)
{
    return QJsonObject{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                       {QStringLiteral("os"), QStringLiteral("linux")},
                       {QStringLiteral("config"), config}};
}

QJsonObject busybox()
{
    return imageConfig(QJsonObject{
        {QStringLiteral("Env"),
         QJsonArray{
             QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
             QStringLiteral("LANG=C")}},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")}}});
}

QJsonObject made(const QJsonObject &config, const ContainerSpec &spec)
{
    const EngineResult<QByteArray> r =
        ContainerdSpec::make(config, spec, QStringLiteral("gontainer-test"), Id);
    if (!r.ok())
        qWarning() << r.error.message;
    return QJsonDocument::fromJson(r.value).object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QJsonObject mountAt(const QJsonObject &spec, const QString &destination)
{
    QJsonObject found;
    int count = 0;
    for (const QJsonValue &m : spec.value(QLatin1String("mounts")).toArray()) {
        if (m.toObject().value(QLatin1String("destination")).toString() == destination) {
            found = m.toObject();
            ++count;
        }
    }
    return count == 1 ? found : QJsonObject();
}

QStringList namespaceTypes(const QJsonObject &spec)
{
    QStringList out;
    for (const QJsonValue &n :
         spec.value(QLatin1String("linux")).toObject().value(QLatin1String("namespaces")).toArray())
        out << n.toObject().value(QLatin1String("type")).toString();
    return out;
}

} // namespace

class TestContainerdSpec final : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void args_data();
    void args();
    void noCommand();
    void env();
    void mergeEnv();
    void workingDir();
    void user_data();
    void user();
    void resolvedUser();
    void network();
    void mounts();
    void resourcesAndCaps();
    void labels();
    void restartPolicy_data();
    void restartPolicy();
    void refusals();
    void newId();
};

void TestContainerdSpec::defaults()
{
    ContainerSpec spec;
    spec.image = QStringLiteral("busybox");
    const QJsonObject s = made(busybox(), spec);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.value(QLatin1String("ociVersion")).toString(), QStringLiteral("1.0.2-dev"));
    QCOMPARE(s.value(QLatin1String("root")).toObject(),
             (QJsonObject{{QStringLiteral("path"), QStringLiteral("rootfs")}}));
    QCOMPARE(s.value(QLatin1String("hostname")).toString(), Id.left(12));
    const QJsonObject p = s.value(QLatin1String("process")).toObject();
    QCOMPARE(p.value(QLatin1String("terminal")).toBool(true), false);
    QCOMPARE(p.value(QLatin1String("noNewPrivileges")).toBool(), true);
    QCOMPARE(p.value(QLatin1String("cwd")).toString(), QStringLiteral("/"));
    QCOMPARE(strings(p.value(QLatin1String("args"))), QStringList{QStringLiteral("sh")});
    const QStringList caps =
        strings(p.value(QLatin1String("capabilities")).toObject().value(QLatin1String("bounding")));
    QCOMPARE(caps.size(), 14);
    QVERIFY(caps.contains(QStringLiteral("CAP_NET_BIND_SERVICE")));
    QVERIFY(!caps.contains(QStringLiteral("CAP_SYS_ADMIN")));
    const QJsonObject rlimit = p.value(QLatin1String("rlimits")).toArray().at(0).toObject();
    QCOMPARE(rlimit.value(QLatin1String("type")).toString(), QStringLiteral("RLIMIT_NOFILE"));
    QCOMPARE(rlimit.value(QLatin1String("hard")).toInt(), 1024);
    QCOMPARE(rlimit.value(QLatin1String("soft")).toInt(), 1024);

    for (const QString &d :
         {QStringLiteral("/proc"), QStringLiteral("/dev"), QStringLiteral("/dev/pts"),
          QStringLiteral("/dev/shm"), QStringLiteral("/dev/mqueue"), QStringLiteral("/sys"),
          QStringLiteral("/sys/fs/cgroup")})
        QVERIFY2(!mountAt(s, d).isEmpty(), qPrintable(d));
    QVERIFY(mountAt(s, QStringLiteral("/run")).isEmpty());
    QVERIFY(strings(mountAt(s, QStringLiteral("/sys/fs/cgroup")).value(QLatin1String("options")))
                .contains(QStringLiteral("ro")));

    const QJsonObject lx = s.value(QLatin1String("linux")).toObject();
    QCOMPARE(lx.value(QLatin1String("cgroupsPath")).toString(),
             QStringLiteral("/gontainer-test/") + Id);
    QCOMPARE(namespaceTypes(s),
             (QStringList{QStringLiteral("pid"), QStringLiteral("ipc"), QStringLiteral("uts"),
                          QStringLiteral("mount"), QStringLiteral("network")}));
    QVERIFY(
        strings(lx.value(QLatin1String("maskedPaths"))).contains(QStringLiteral("/proc/kcore")));
    QVERIFY(
        strings(lx.value(QLatin1String("readonlyPaths"))).contains(QStringLiteral("/proc/sys")));
    const QJsonArray devices =
        lx.value(QLatin1String("resources")).toObject().value(QLatin1String("devices")).toArray();
    QCOMPARE(devices.size(), 10);
    QCOMPARE(devices.at(0).toObject().value(QLatin1String("allow")).toBool(true), false);
    QCOMPARE(devices.at(1).toObject().value(QLatin1String("major")).toInt(), 1); // /dev/null
    QCOMPARE(devices.at(1).toObject().value(QLatin1String("minor")).toInt(), 3);
    QVERIFY(!lx.value(QLatin1String("resources")).toObject().contains(QLatin1String("memory")));
}

void TestContainerdSpec::args_data()
{
    QTest::addColumn<QStringList>("imageEntrypoint");
    QTest::addColumn<QStringList>("imageCmd");
    QTest::addColumn<QStringList>("entrypoint");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("args");
    const QStringList ep{QStringLiteral("/entry.sh")};
    const QStringList cmd{QStringLiteral("serve"), QStringLiteral("--port=80")};
    const QStringList myEp{QStringLiteral("/bin/sh"), QStringLiteral("-c")};
    const QStringList myCmd{QStringLiteral("echo hi")};
    QTest::newRow("image's") << ep << cmd << QStringList() << QStringList() << ep + cmd;
    QTest::newRow("command replaces cmd") << ep << cmd << QStringList() << myCmd << ep + myCmd;
    QTest::newRow("entrypoint drops cmd") << ep << cmd << myEp << QStringList() << myEp;
    QTest::newRow("both") << ep << cmd << myEp << myCmd << myEp + myCmd;
    QTest::newRow("cmd only") << QStringList() << cmd << QStringList() << QStringList() << cmd;
    QTest::newRow("command, no entrypoint")
        << QStringList() << cmd << QStringList() << myCmd << myCmd;
}

void TestContainerdSpec::args()
{
    QFETCH(QStringList, imageEntrypoint);
    QFETCH(QStringList, imageCmd);
    QFETCH(QStringList, entrypoint);
    QFETCH(QStringList, command);
    QFETCH(QStringList, args);
    QJsonObject config;
    if (!imageEntrypoint.isEmpty())
        config.insert(QStringLiteral("Entrypoint"), QJsonArray::fromStringList(imageEntrypoint));
    config.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(imageCmd));
    ContainerSpec spec;
    spec.entrypoint = entrypoint;
    spec.command = command;
    const QJsonObject s = made(imageConfig(config), spec);
    QCOMPARE(strings(s.value(QLatin1String("process")).toObject().value(QLatin1String("args"))),
             args);
}

void TestContainerdSpec::noCommand()
{
    const EngineResult<QByteArray> r =
        ContainerdSpec::make(imageConfig({}), ContainerSpec(), QStringLiteral("default"), Id);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
    QVERIFY2(r.error.message.contains(QStringLiteral("command")), qPrintable(r.error.message));
}

void TestContainerdSpec::env()
{
    ContainerSpec spec;
    spec.env = {QStringLiteral("LANG=ko_KR.UTF-8"), QStringLiteral("GREETING=hi there"),
                QStringLiteral("EMPTY=")};
    QStringList env = strings(made(busybox(), spec)
                                  .value(QLatin1String("process"))
                                  .toObject()
                                  .value(QLatin1String("env")));
    QCOMPARE(
        env,
        (QStringList{
            QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            QStringLiteral("LANG=ko_KR.UTF-8"), QStringLiteral("HOSTNAME=") + Id.left(12),
            QStringLiteral("GREETING=hi there"), QStringLiteral("EMPTY=")}));

    // An image without an environment gets containerd's PATH.
    ContainerSpec bare;
    bare.command = {QStringLiteral("true")};
    env = strings(made(imageConfig({}), bare)
                      .value(QLatin1String("process"))
                      .toObject()
                      .value(QLatin1String("env")));
    QVERIFY2(env.contains(QStringLiteral(
                 "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")),
             qPrintable(env.join(QLatin1Char(' '))));

    // The machine's network: no HOSTNAME of the container's own.
    spec.network = QStringLiteral("host");
    env = strings(made(busybox(), spec)
                      .value(QLatin1String("process"))
                      .toObject()
                      .value(QLatin1String("env")));
    QVERIFY(!env.join(QLatin1Char('\n')).contains(QStringLiteral("HOSTNAME=")));
}

void TestContainerdSpec::mergeEnv()
{
    const QStringList defaults{QStringLiteral("A=1"), QStringLiteral("B=2"), QStringLiteral("C=3")};
    QCOMPARE(ContainerdSpec::mergeEnv(defaults, {QStringLiteral("B=two"), QStringLiteral("D=4")}),
             (QStringList{QStringLiteral("A=1"), QStringLiteral("B=two"), QStringLiteral("C=3"),
                          QStringLiteral("D=4")}));
    // A key without "=" unsets it.
    QCOMPARE(ContainerdSpec::mergeEnv(defaults, {QStringLiteral("A"), QStringLiteral("X")}),
             (QStringList{QStringLiteral("B=2"), QStringLiteral("C=3")}));
    // A value with "=" in it.
    QCOMPARE(ContainerdSpec::mergeEnv({}, {QStringLiteral("Q=a=b")}),
             QStringList{QStringLiteral("Q=a=b")});
}

void TestContainerdSpec::workingDir()
{
    QJsonObject config{{QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")}},
                       {QStringLiteral("WorkingDir"), QStringLiteral("/app")}};
    ContainerSpec spec;
    QCOMPARE(made(imageConfig(config), spec)
                 .value(QLatin1String("process"))
                 .toObject()
                 .value(QLatin1String("cwd"))
                 .toString(),
             QStringLiteral("/app"));
    spec.workingDir = QStringLiteral("/tmp");
    QCOMPARE(made(imageConfig(config), spec)
                 .value(QLatin1String("process"))
                 .toObject()
                 .value(QLatin1String("cwd"))
                 .toString(),
             QStringLiteral("/tmp"));
    spec.workingDir = QStringLiteral("tmp");
    const EngineResult<QByteArray> r =
        ContainerdSpec::make(imageConfig(config), spec, QStringLiteral("default"), Id);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
}

void TestContainerdSpec::user_data()
{
    QTest::addColumn<QString>("imageUser");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("uid"); // -1: refused
    QTest::addColumn<int>("gid");
    QTest::newRow("none") << ""
                          << "" << 0 << 0;
    QTest::newRow("uid") << ""
                         << "1000" << 1000 << 0;
    QTest::newRow("uid:gid") << ""
                             << "1000:100" << 1000 << 100;
    QTest::newRow("root") << ""
                          << "root" << 0 << 0;
    QTest::newRow("image's") << "65534:65534"
                             << "" << 65534 << 65534;
    QTest::newRow("overrides image's") << "65534"
                                       << "42:7" << 42 << 7;
    QTest::newRow("name") << ""
                          << "nobody" << -1 << -1;
    QTest::newRow("image's name") << "postgres"
                                  << "" << -1 << -1;
    QTest::newRow("negative") << ""
                              << "-1" << -1 << -1;
    QTest::newRow("three parts") << ""
                                 << "1:2:3" << -1 << -1;
}

void TestContainerdSpec::user()
{
    QFETCH(QString, imageUser);
    QFETCH(QString, user);
    QFETCH(int, uid);
    QFETCH(int, gid);
    QJsonObject config{{QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")}}};
    if (!imageUser.isEmpty())
        config.insert(QStringLiteral("User"), imageUser);
    ContainerSpec spec;
    spec.user = user;
    const EngineResult<QByteArray> r =
        ContainerdSpec::make(imageConfig(config), spec, QStringLiteral("default"), Id);
    if (uid < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
        QVERIFY2(r.error.message.contains(user.isEmpty() ? imageUser : user),
                 qPrintable(r.error.message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QJsonObject u = QJsonDocument::fromJson(r.value)
                              .object()
                              .value(QLatin1String("process"))
                              .toObject()
                              .value(QLatin1String("user"))
                              .toObject();
    QCOMPARE(u.value(QLatin1String("uid")).toInt(-1), uid);
    QCOMPARE(u.value(QLatin1String("gid")).toInt(-1), gid);
    QCOMPARE(u.value(QLatin1String("additionalGids")).toArray(), QJsonArray{gid});
}

// A user looked up in the image's files (ContainerdPasswd) goes into the spec as it was found.
void TestContainerdSpec::resolvedUser()
{
    QJsonObject config{{QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")}},
                       {QStringLiteral("User"), QStringLiteral("nobody")}};
    QCOMPARE(ContainerdSpec::user(imageConfig(config), ContainerSpec()), QStringLiteral("nobody"));
    ContainerSpec spec;
    spec.user = QStringLiteral(" app:staff ");
    QCOMPARE(ContainerdSpec::user(imageConfig(config), spec), QStringLiteral("app:staff"));
    const EngineResult<QByteArray> r =
        ContainerdSpec::make(imageConfig(config), spec, QStringLiteral("default"), Id,
                             ContainerdPasswd::User{1000, 50, {50, 10, 20}});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QJsonObject u = QJsonDocument::fromJson(r.value)
                              .object()
                              .value(QLatin1String("process"))
                              .toObject()
                              .value(QLatin1String("user"))
                              .toObject();
    QCOMPARE(u.value(QLatin1String("uid")).toInt(-1), 1000);
    QCOMPARE(u.value(QLatin1String("gid")).toInt(-1), 50);
    QCOMPARE(u.value(QLatin1String("additionalGids")).toArray(), (QJsonArray{50, 10, 20}));
}

void TestContainerdSpec::network()
{
    ContainerSpec spec;
    spec.network = QStringLiteral("none");
    QJsonObject s = made(busybox(), spec);
    QVERIFY(namespaceTypes(s).contains(QStringLiteral("network")));
    QCOMPARE(s.value(QLatin1String("hostname")).toString(), Id.left(12));
    QVERIFY(mountAt(s, QStringLiteral("/etc/resolv.conf")).isEmpty());

    spec.network = QStringLiteral("host");
    s = made(busybox(), spec);
    QCOMPARE(namespaceTypes(s), (QStringList{QStringLiteral("pid"), QStringLiteral("ipc"),
                                             QStringLiteral("uts"), QStringLiteral("mount")}));
    QVERIFY(!s.contains(QLatin1String("hostname")));
    for (const QString &file : {QStringLiteral("/etc/hosts"), QStringLiteral("/etc/resolv.conf")}) {
        const QJsonObject m = mountAt(s, file);
        QCOMPARE(m.value(QLatin1String("type")).toString(), QStringLiteral("bind"));
        QCOMPARE(m.value(QLatin1String("source")).toString(), file);
        QVERIFY(strings(m.value(QLatin1String("options"))).contains(QStringLiteral("ro")));
    }
    QVERIFY(ContainerdSpec::usesHostNetwork(spec));
    spec.network.clear();
    QVERIFY(!ContainerdSpec::usesHostNetwork(spec));
}

void TestContainerdSpec::mounts()
{
    ContainerSpec spec;
    spec.mounts = {
        MountSpec{MountSpec::Type::Bind, QStringLiteral("/srv/data"), QStringLiteral("/data"),
                  false},
        MountSpec{MountSpec::Type::Bind, QStringLiteral("/etc/ssl"), QStringLiteral("/ssl"), true},
        MountSpec{MountSpec::Type::Tmpfs, {}, QStringLiteral("/scratch"), false},
        // Replaces the default /dev/shm.
        MountSpec{MountSpec::Type::Tmpfs, {}, QStringLiteral("/dev/shm"), false},
    };
    const QJsonObject s = made(busybox(), spec);
    const QJsonObject data = mountAt(s, QStringLiteral("/data"));
    QCOMPARE(data.value(QLatin1String("type")).toString(), QStringLiteral("bind"));
    QCOMPARE(data.value(QLatin1String("source")).toString(), QStringLiteral("/srv/data"));
    QCOMPARE(
        strings(data.value(QLatin1String("options"))),
        (QStringList{QStringLiteral("rbind"), QStringLiteral("rprivate"), QStringLiteral("rw")}));
    QCOMPARE(
        strings(mountAt(s, QStringLiteral("/ssl")).value(QLatin1String("options"))),
        (QStringList{QStringLiteral("rbind"), QStringLiteral("rprivate"), QStringLiteral("ro")}));
    QCOMPARE(mountAt(s, QStringLiteral("/scratch")).value(QLatin1String("type")).toString(),
             QStringLiteral("tmpfs"));
    const QJsonObject shm = mountAt(s, QStringLiteral("/dev/shm"));
    QCOMPARE(shm.value(QLatin1String("source")).toString(), QStringLiteral("tmpfs"));
    // After the defaults, so that runc mounts them over /dev.
    const QJsonArray all = s.value(QLatin1String("mounts")).toArray();
    QCOMPARE(all.last().toObject().value(QLatin1String("destination")).toString(),
             QStringLiteral("/dev/shm"));

    spec.readOnlyRootfs = true;
    QCOMPARE(made(busybox(), spec)
                 .value(QLatin1String("root"))
                 .toObject()
                 .value(QLatin1String("readonly"))
                 .toBool(),
             true);
}

void TestContainerdSpec::resourcesAndCaps()
{
    ContainerSpec spec;
    spec.memoryBytes = 64 * 1024 * 1024;
    spec.nanoCpus = 1500000000;
    spec.capAdd = {QStringLiteral("net_admin"), QStringLiteral("CAP_SYS_TIME")};
    spec.capDrop = {QStringLiteral("NET_RAW"), QStringLiteral("cap_mknod")};
    const QJsonObject s = made(busybox(), spec);
    const QJsonObject resources =
        s.value(QLatin1String("linux")).toObject().value(QLatin1String("resources")).toObject();
    QCOMPARE(resources.value(QLatin1String("memory"))
                 .toObject()
                 .value(QLatin1String("limit"))
                 .toInteger(),
             qint64(64) * 1024 * 1024);
    const QJsonObject cpu = resources.value(QLatin1String("cpu")).toObject();
    QCOMPARE(cpu.value(QLatin1String("period")).toInteger(), 100000);
    QCOMPARE(cpu.value(QLatin1String("quota")).toInteger(), 150000);
    const QStringList caps = strings(s.value(QLatin1String("process"))
                                         .toObject()
                                         .value(QLatin1String("capabilities"))
                                         .toObject()
                                         .value(QLatin1String("effective")));
    QVERIFY(caps.contains(QStringLiteral("CAP_NET_ADMIN")));
    QVERIFY(caps.contains(QStringLiteral("CAP_SYS_TIME")));
    QVERIFY(!caps.contains(QStringLiteral("CAP_NET_RAW")));
    QVERIFY(!caps.contains(QStringLiteral("CAP_MKNOD")));
    QCOMPARE(caps.size(), 14);

    spec.capAdd = {QStringLiteral("ALL")};
    spec.capDrop.clear();
    QCOMPARE(strings(made(busybox(), spec)
                         .value(QLatin1String("process"))
                         .toObject()
                         .value(QLatin1String("capabilities"))
                         .toObject()
                         .value(QLatin1String("bounding")))
                 .size(),
             41);
    spec.capAdd.clear();
    spec.capDrop = {QStringLiteral("all")};
    QVERIFY(strings(made(busybox(), spec)
                        .value(QLatin1String("process"))
                        .toObject()
                        .value(QLatin1String("capabilities"))
                        .toObject()
                        .value(QLatin1String("bounding")))
                .isEmpty());
}

void TestContainerdSpec::labels()
{
    QJsonObject config = busybox();
    QJsonObject inner = config.value(QLatin1String("config")).toObject();
    inner.insert(QStringLiteral("StopSignal"), QStringLiteral("SIGQUIT"));
    config.insert(QStringLiteral("config"), inner);

    ContainerSpec spec;
    spec.image = QStringLiteral("docker.io/gontainer-test/busybox:latest");
    spec.name = QStringLiteral("web-1");
    spec.labels = {{QStringLiteral("com.example.role"), QStringLiteral("web")}};
    QMap<QString, QString> labels = ContainerdSpec::labels(config, spec, Id);
    QCOMPARE(labels.value(QStringLiteral("nerdctl/name")), QStringLiteral("web-1"));
    QCOMPARE(labels.value(QStringLiteral("com.example.role")), QStringLiteral("web"));
    QCOMPARE(labels.value(QStringLiteral("nerdctl/networks")), QStringLiteral("[\"none\"]"));
    QCOMPARE(labels.value(QStringLiteral("nerdctl/hostname")), Id.left(12));
    QCOMPARE(labels.value(QStringLiteral("io.containerd.image.config.stop-signal")),
             QStringLiteral("SIGQUIT"));
    QVERIFY(!labels.contains(QStringLiteral("containerd.io/restart.policy")));
    QVERIFY(!labels.contains(QStringLiteral("containerd.io/restart.status")));

    // No name: the image's last part and the id's first five digits, as nerdctl names them.
    spec.name.clear();
    spec.stopSignal = QStringLiteral("SIGUSR1");
    spec.network = QStringLiteral("host");
    labels = ContainerdSpec::labels(config, spec, Id);
    QCOMPARE(labels.value(QStringLiteral("nerdctl/name")), QStringLiteral("busybox-01234"));
    QCOMPARE(labels.value(QStringLiteral("nerdctl/networks")), QStringLiteral("[\"host\"]"));
    QVERIFY(!labels.contains(QStringLiteral("nerdctl/hostname")));
    QCOMPARE(labels.value(QStringLiteral("io.containerd.image.config.stop-signal")),
             QStringLiteral("SIGUSR1"));
}

void TestContainerdSpec::restartPolicy_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("retries");
    QTest::addColumn<QString>("label"); // empty: none
    QTest::newRow("no") << int(RestartPolicy::Mode::No) << 0 << QString();
    QTest::newRow("always") << int(RestartPolicy::Mode::Always) << 0 << "always";
    QTest::newRow("unless-stopped")
        << int(RestartPolicy::Mode::UnlessStopped) << 0 << "unless-stopped";
    QTest::newRow("on-failure") << int(RestartPolicy::Mode::OnFailure) << 0 << "on-failure";
    QTest::newRow("on-failure:3") << int(RestartPolicy::Mode::OnFailure) << 3 << "on-failure:3";
}

void TestContainerdSpec::restartPolicy()
{
    QFETCH(int, mode);
    QFETCH(int, retries);
    QFETCH(QString, label);
    ContainerSpec spec;
    spec.restart.mode = RestartPolicy::Mode(mode);
    spec.restart.maximumRetries = retries;
    QCOMPARE(ContainerdSpec::restartPolicyText(spec.restart), label);
    const QMap<QString, QString> labels = ContainerdSpec::labels(busybox(), spec, Id);
    QCOMPARE(labels.value(QStringLiteral("containerd.io/restart.policy")), label);
    QCOMPARE(labels.contains(QStringLiteral("containerd.io/restart.policy")), !label.isEmpty());
    // The wanted status is the start's to set: on create, containerd 1.6's monitor would start
    // the container at once.
    QVERIFY(!labels.contains(QStringLiteral("containerd.io/restart.status")));
    // On failure only where the engine's monitor knows it.
    const bool onFailure = spec.restart.mode == RestartPolicy::Mode::OnFailure;
    QCOMPARE(ContainerdSpec::refusals(spec, false).size(), onFailure ? 1 : 0);
    QVERIFY(ContainerdSpec::refusals(spec, true).isEmpty());
}

void TestContainerdSpec::refusals()
{
    ContainerSpec ok;
    ok.name = QStringLiteral("fine.name_1-x");
    ok.network = QStringLiteral("host");
    ok.env = {QStringLiteral("A=1")};
    ok.mounts = {
        MountSpec{MountSpec::Type::Bind, QStringLiteral("/srv"), QStringLiteral("/srv"), true},
        MountSpec{MountSpec::Type::Tmpfs, {}, QStringLiteral("/tmp"), false}};
    ok.capAdd = {QStringLiteral("NET_ADMIN")};
    ok.healthcheck.disabled = true;
    QVERIFY2(ContainerdSpec::refusals(ok, false).isEmpty(),
             qPrintable(ContainerdSpec::refusals(ok, false).join(QLatin1Char(' '))));
    ok.network = QStringLiteral("none");
    QVERIFY(ContainerdSpec::refusals(ok, false).isEmpty());

    const auto refused = [](const std::function<void(ContainerSpec &)> &change,
                            const QString &word) {
        ContainerSpec spec;
        change(spec);
        const QStringList r = ContainerdSpec::refusals(spec, true);
        if (r.size() != 1 || !r.first().contains(word, Qt::CaseInsensitive)) {
            qWarning() << r;
            return false;
        }
        return true;
    };
    QVERIFY(refused(
        [](ContainerSpec &s) {
            s.ports = {PortBinding{80, QStringLiteral("tcp"), {}, 8080}};
        },
        QStringLiteral("ports")));
    QVERIFY(refused([](ContainerSpec &s) { s.network = QStringLiteral("bridge"); },
                    QStringLiteral("bridge")));
    QVERIFY(refused([](ContainerSpec &s) { s.ipAddress = QStringLiteral("10.0.0.2"); },
                    QStringLiteral("address")));
    QVERIFY(refused(
        [](ContainerSpec &s) {
            s.mounts = {MountSpec{MountSpec::Type::Volume, QStringLiteral("data"),
                                  QStringLiteral("/data"), false}};
        },
        QStringLiteral("volumes")));
    QVERIFY(refused(
        [](ContainerSpec &s) {
            s.mounts = {MountSpec{MountSpec::Type::Bind, QStringLiteral("/srv"),
                                  QStringLiteral("data"), false}};
        },
        QStringLiteral("absolute")));
    QVERIFY(refused(
        [](ContainerSpec &s) {
            s.mounts = {MountSpec{MountSpec::Type::Bind, QStringLiteral("srv"),
                                  QStringLiteral("/data"), false}};
        },
        QStringLiteral("absolute")));
    QVERIFY(refused(
        [](ContainerSpec &s) {
            s.healthcheck.test = {QStringLiteral("CMD"), QStringLiteral("true")};
        },
        QStringLiteral("health")));
    QVERIFY(refused([](ContainerSpec &s) { s.init = true; }, QStringLiteral("init")));
    QVERIFY(refused([](ContainerSpec &s) { s.privileged = true; }, QStringLiteral("privileged")));
    QVERIFY(refused([](ContainerSpec &s) { s.capAdd = {QStringLiteral("FLY")}; },
                    QStringLiteral("FLY")));
    QVERIFY(refused([](ContainerSpec &s) { s.autoRemove = true; }, QStringLiteral("remove")));
    QVERIFY(refused([](ContainerSpec &s) { s.tty = true; }, QStringLiteral("terminal")));
    QVERIFY(refused([](ContainerSpec &s) { s.openStdin = true; }, QStringLiteral("input")));
    QVERIFY(refused([](ContainerSpec &s) { s.stopTimeoutSecs = 5; }, QStringLiteral("timeout")));
    QVERIFY(refused([](ContainerSpec &s) { s.pod = QStringLiteral("p"); }, QStringLiteral("pods")));
    QVERIFY(refused([](ContainerSpec &s) { s.runTimeoutSecs = 10; }, QStringLiteral("time")));
    QVERIFY(
        refused([](ContainerSpec &s) { s.name = QStringLiteral("-bad"); }, QStringLiteral("-bad")));
    QVERIFY(
        refused([](ContainerSpec &s) { s.name = QStringLiteral("a/b"); }, QStringLiteral("a/b")));

    ContainerSpec many;
    many.ports = {PortBinding{}};
    many.init = true;
    many.tty = true;
    QCOMPARE(ContainerdSpec::refusals(many, true).size(), 3);
}

void TestContainerdSpec::newId()
{
    const QString one = ContainerdSpec::newId();
    const QString two = ContainerdSpec::newId();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(one).hasMatch(),
             qPrintable(one));
    QVERIFY(one != two);
}

QTEST_GUILESS_MAIN(TestContainerdSpec)
#include "tst_containerdspec.moc"
