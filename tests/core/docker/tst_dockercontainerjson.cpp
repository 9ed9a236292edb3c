#include "core/docker/dockercontainerjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The container payloads, on answers recorded from Docker 20.10 and Podman 4.3 (tests/data).
class TestDockerContainerJson : public QObject
{
    Q_OBJECT

private slots:
    void dockerInspect();
    void podmanInspect();
    void inspectRejectsWhatIsNotAContainer();
    void createBody();
    void libpodCreateBody();
    void staticAddressOnANetwork();
    void times();
    void signalNumbers_data();
    void signalNumbers();
    void smallAnswers();
    void stats();
};

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(GONTAINER_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestDockerContainerJson::dockerInspect()
{
    // docker run -d --name health-rec --network none --health-cmd 'echo checked; exit 0'
    //   --health-interval 1s --health-retries 2 --health-start-period 1s --init
    //   --restart on-failure:2 --cap-add NET_ADMIN --cap-drop MKNOD -e FOO=bar -l app=web -w /tmp
    //   --read-only --mount type=tmpfs,target=/scratch --stop-timeout 5 IMAGE sleep 300
    const QByteArray json = readData("docker-20.10-inspect.json");
    const auto d = DockerContainerJson::parseInspect(json);
    QVERIFY(d);
    QCOMPARE(d->name, QStringLiteral("health-rec"));
    QCOMPARE(d->image, QStringLiteral("gontainer-test/busybox:latest"));
    QVERIFY(d->imageId.startsWith(QStringLiteral("sha256:")));
    QCOMPARE(d->state, ContainerSummary::State::Running);
    QVERIFY(d->pid > 0);
    QVERIFY(d->startedAt.isValid());
    QCOMPARE(d->startedAt.timeSpec(), Qt::UTC);
    QVERIFY(!d->finishedAt.isValid()); // Go's zero time
    QCOMPARE(d->health.status, ContainerSummary::Health::Healthy);
    QCOMPARE(d->health.failingStreak, 0);
    QVERIFY(d->health.log.size() >= 2);
    QCOMPARE(d->health.log.first().output, QStringLiteral("checked\n"));
    QCOMPARE(d->health.log.first().exitCode, 0);
    QVERIFY(d->health.log.first().end > d->health.log.first().start);
    const ContainerSpec &s = d->spec;
    QCOMPARE(s.command, (QStringList{QStringLiteral("sleep"), QStringLiteral("300")}));
    QVERIFY(s.env.contains(QStringLiteral("FOO=bar")));
    QCOMPARE(s.labels.value(QStringLiteral("app")), QStringLiteral("web"));
    QCOMPARE(s.workingDir, QStringLiteral("/tmp"));
    QCOMPARE(s.healthcheck.test,
             (QStringList{QStringLiteral("CMD-SHELL"), QStringLiteral("echo checked; exit 0")}));
    QCOMPARE(s.healthcheck.intervalMs, 1000);
    QCOMPARE(s.healthcheck.startPeriodMs, 1000);
    QCOMPARE(s.healthcheck.retries, 2);
    QVERIFY(s.init);
    QCOMPARE(s.restart.mode, RestartPolicy::Mode::OnFailure);
    QCOMPARE(s.restart.maximumRetries, 2);
    // Docker 20.10 answers capabilities with their CAP_ prefix.
    QCOMPARE(s.capAdd, QStringList{QStringLiteral("CAP_NET_ADMIN")});
    QCOMPARE(s.capDrop, QStringList{QStringLiteral("CAP_MKNOD")});
    QVERIFY(s.readOnlyRootfs);
    QCOMPARE(s.stopTimeoutSecs, 5);
    QCOMPARE(s.network, QStringLiteral("none"));
    QCOMPARE(s.mounts.size(), 1);
    QCOMPARE(s.mounts.first().type, MountSpec::Type::Tmpfs);
    QCOMPARE(s.mounts.first().target, QStringLiteral("/scratch"));
    QCOMPARE(d->networks, QStringList{QStringLiteral("none")});
    QCOMPARE(d->rawJson, json);
}

void TestDockerContainerJson::podmanInspect()
{
    // podman run -d --name health-rec --health-cmd 'echo checked' --health-interval 1s
    //   -e FOO=bar -l app=web -w /tmp --cpus 0.5 --restart on-failure:2 IMAGE sleep 300
    // then `podman healthcheck run`, read through the Docker-compatible API.
    const auto d = DockerContainerJson::parseInspect(readData("podman-4.3-inspect.json"));
    QVERIFY(d);
    QCOMPARE(d->name, QStringLiteral("health-rec"));
    QCOMPARE(d->state, ContainerSummary::State::Running);
    QCOMPARE(d->health.status, ContainerSummary::Health::Healthy);
    QCOMPARE(d->health.log.size(), 1);
    QCOMPARE(d->health.log.first().output, QStringLiteral("checked"));
    QCOMPARE(d->spec.healthcheck.test,
             (QStringList{QStringLiteral("CMD-SHELL"), QStringLiteral("echo checked")}));
    QCOMPARE(d->spec.healthcheck.timeoutMs, 30000);
    QCOMPARE(d->spec.nanoCpus, 500000000);
    QCOMPARE(d->spec.restart.mode, RestartPolicy::Mode::OnFailure);
    QCOMPARE(d->spec.labels.value(QStringLiteral("app")), QStringLiteral("web"));
    QVERIFY(d->spec.env.contains(QStringLiteral("FOO=bar")));

    // Podman before 4.0 named the health state Healthcheck.
    QJsonObject old = parse(readData("podman-4.3-inspect.json"));
    QJsonObject state = old.value(QLatin1String("State")).toObject();
    state.insert(QLatin1String("Healthcheck"), state.take(QLatin1String("Health")));
    old.insert(QLatin1String("State"), state);
    const auto legacy = DockerContainerJson::parseInspect(QJsonDocument(old).toJson());
    QVERIFY(legacy);
    QCOMPARE(legacy->health.status, ContainerSummary::Health::Healthy);
}

void TestDockerContainerJson::inspectRejectsWhatIsNotAContainer()
{
    QVERIFY(!DockerContainerJson::parseInspect("[]"));
    QVERIFY(!DockerContainerJson::parseInspect("{\"message\":\"No such container\"}"));
    QVERIFY(!DockerContainerJson::parseInspect("not json"));
    // Odd shapes in the right places do not crash and leave defaults.
    const auto odd = DockerContainerJson::parseInspect(
        R"({"Id":"abc","State":"running","Config":{"Cmd":"sh","Env":null},"HostConfig":[]})");
    QVERIFY(odd);
    QCOMPARE(odd->spec.command, QStringList{QStringLiteral("sh")});
    QCOMPARE(odd->state, ContainerSummary::State::Unknown);
}

void TestDockerContainerJson::createBody()
{
    ContainerSpec spec;
    spec.image = QStringLiteral("nginx:1.25");
    spec.command = {QStringLiteral("nginx"), QStringLiteral("-g"), QStringLiteral("daemon off;")};
    spec.env = {QStringLiteral("A=1")};
    spec.ports = {PortBinding{80, QStringLiteral("tcp"), {}, 8080},
                  PortBinding{80, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 8081},
                  PortBinding{53, QStringLiteral("udp"), {}, 0}};
    spec.mounts = {MountSpec{MountSpec::Type::Bind, QStringLiteral("/srv/www"),
                             QStringLiteral("/usr/share/nginx/html"), true},
                   MountSpec{MountSpec::Type::Volume, QStringLiteral("cache"),
                             QStringLiteral("/var/cache/nginx"), false}};
    spec.restart = {RestartPolicy::Mode::UnlessStopped, 0};
    spec.nanoCpus = 1500000000;
    spec.memoryBytes = 256 * 1024 * 1024;
    spec.healthcheck.disabled = true;
    spec.autoRemove = true;
    const QJsonObject o = parse(DockerContainerJson::createBody(spec));
    QCOMPARE(o.value(QLatin1String("Image")).toString(), spec.image);
    QCOMPARE(o.value(QLatin1String("Cmd")).toArray().size(), 3);
    QVERIFY(!o.contains(QLatin1String("Entrypoint"))); // the image's stays
    QCOMPARE(o.value(QLatin1String("Healthcheck")).toObject().value(QLatin1String("Test")),
             QJsonValue(QJsonArray{QStringLiteral("NONE")}));
    const QJsonObject exposed = o.value(QLatin1String("ExposedPorts")).toObject();
    QCOMPARE(exposed.keys(), (QStringList{QStringLiteral("53/udp"), QStringLiteral("80/tcp")}));
    const QJsonObject host = o.value(QLatin1String("HostConfig")).toObject();
    const QJsonArray web = host.value(QLatin1String("PortBindings"))
                               .toObject()
                               .value(QLatin1String("80/tcp"))
                               .toArray();
    QCOMPARE(web.size(), 2);
    QCOMPARE(web.at(1).toObject().value(QLatin1String("HostIp")).toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(web.at(1).toObject().value(QLatin1String("HostPort")).toString(),
             QStringLiteral("8081"));
    const QJsonArray dns = host.value(QLatin1String("PortBindings"))
                               .toObject()
                               .value(QLatin1String("53/udp"))
                               .toArray();
    QCOMPARE(dns.at(0).toObject().value(QLatin1String("HostPort")).toString(), QString());
    const QJsonArray mounts = host.value(QLatin1String("Mounts")).toArray();
    QCOMPARE(mounts.size(), 2);
    QCOMPARE(mounts.at(0).toObject().value(QLatin1String("Type")).toString(),
             QStringLiteral("bind"));
    QVERIFY(mounts.at(0).toObject().value(QLatin1String("ReadOnly")).toBool());
    QCOMPARE(mounts.at(1).toObject().value(QLatin1String("Type")).toString(),
             QStringLiteral("volume"));
    QCOMPARE(host.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")),
             QJsonValue(QStringLiteral("unless-stopped")));
    QCOMPARE(host.value(QLatin1String("NanoCpus")).toInteger(), 1500000000);
    QCOMPARE(host.value(QLatin1String("Memory")).toInteger(), 256 * 1024 * 1024);
    QVERIFY(host.value(QLatin1String("AutoRemove")).toBool());
    QVERIFY(!host.contains(QLatin1String("NetworkMode")));
}

void TestDockerContainerJson::staticAddressOnANetwork()
{
    ContainerSpec spec;
    spec.image = QStringLiteral("busybox");
    spec.network = QStringLiteral("backend");
    spec.ipAddress = QStringLiteral("10.10.0.5");
    spec.ipv6Address = QStringLiteral("fd00:10::5");
    // Docker's create: the endpoint's IPAM config under the network's name.
    const QJsonObject docker = parse(DockerContainerJson::createBody(spec));
    QCOMPARE(docker.value(QLatin1String("HostConfig"))
                 .toObject()
                 .value(QLatin1String("NetworkMode"))
                 .toString(),
             QStringLiteral("backend"));
    const QJsonObject ipam = docker.value(QLatin1String("NetworkingConfig"))
                                 .toObject()
                                 .value(QLatin1String("EndpointsConfig"))
                                 .toObject()
                                 .value(QLatin1String("backend"))
                                 .toObject()
                                 .value(QLatin1String("IPAMConfig"))
                                 .toObject();
    QCOMPARE(ipam.value(QLatin1String("IPv4Address")).toString(), spec.ipAddress);
    QCOMPARE(ipam.value(QLatin1String("IPv6Address")).toString(), spec.ipv6Address);
    // Podman's own: static IPs in the network's options.
    spec.pod = QStringLiteral("shop");
    const QJsonObject libpod = parse(DockerContainerJson::libpodCreateBody(spec));
    const QJsonArray ips = libpod.value(QLatin1String("Networks"))
                               .toObject()
                               .value(QLatin1String("backend"))
                               .toObject()
                               .value(QLatin1String("static_ips"))
                               .toArray();
    QCOMPARE(ips.size(), 2);
    QCOMPARE(ips.at(0).toString(), spec.ipAddress);
    // Without an address, no endpoint config at all.
    spec.ipAddress.clear();
    spec.ipv6Address.clear();
    QVERIFY(
        !parse(DockerContainerJson::createBody(spec)).contains(QLatin1String("NetworkingConfig")));
}

void TestDockerContainerJson::libpodCreateBody()
{
    ContainerSpec spec;
    spec.name = QStringLiteral("web");
    spec.image = QStringLiteral("docker.io/library/nginx:1.25");
    spec.env = {QStringLiteral("A=1"), QStringLiteral("B=x=y"), QStringLiteral("EMPTY")};
    spec.ports = {PortBinding{80, QStringLiteral("tcp"), {}, 8080}};
    spec.mounts = {
        MountSpec{MountSpec::Type::Volume, QStringLiteral("data"), QStringLiteral("/data"), true},
        MountSpec{MountSpec::Type::Bind, QStringLiteral("/srv"), QStringLiteral("/srv"), false}};
    spec.nanoCpus = 500000000;
    spec.memoryBytes = 1 << 30;
    spec.stopSignal = QStringLiteral("SIGQUIT");
    spec.pod = QStringLiteral("shop");
    spec.runTimeoutSecs = 600;
    spec.network = QStringLiteral("none");
    const QJsonObject o = parse(DockerContainerJson::libpodCreateBody(spec));
    QCOMPARE(o.value(QLatin1String("name")).toString(), spec.name);
    const QJsonObject env = o.value(QLatin1String("env")).toObject();
    QCOMPARE(env.value(QLatin1String("B")).toString(), QStringLiteral("x=y"));
    QCOMPARE(env.value(QLatin1String("EMPTY")).toString(), QString());
    QCOMPARE(o.value(QLatin1String("portmappings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("host_port"))
                 .toInt(),
             8080);
    QCOMPARE(o.value(QLatin1String("volumes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("Name"))
                 .toString(),
             QStringLiteral("data"));
    QCOMPARE(o.value(QLatin1String("mounts"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("type"))
                 .toString(),
             QStringLiteral("bind"));
    const QJsonObject limits = o.value(QLatin1String("resource_limits")).toObject();
    QCOMPARE(
        limits.value(QLatin1String("cpu")).toObject().value(QLatin1String("quota")).toInteger(),
        50000);
    QCOMPARE(
        limits.value(QLatin1String("memory")).toObject().value(QLatin1String("limit")).toInteger(),
        1 << 30);
    QCOMPARE(o.value(QLatin1String("stop_signal")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("pod")).toString(), QStringLiteral("shop"));
    QCOMPARE(o.value(QLatin1String("timeout")).toInt(), 600);
    QCOMPARE(o.value(QLatin1String("netns")).toObject().value(QLatin1String("nsmode")).toString(),
             QStringLiteral("none"));
}

void TestDockerContainerJson::times()
{
    const QDateTime t =
        DockerContainerJson::parseTime(QStringLiteral("2024-05-01T10:20:30.123456789Z"));
    QCOMPARE(t, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 123), Qt::UTC));
    QCOMPARE(DockerContainerJson::parseTime(QStringLiteral("2024-05-01T12:20:30.5+02:00")),
             QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 500), Qt::UTC));
    QVERIFY(!DockerContainerJson::parseTime(QStringLiteral("0001-01-01T00:00:00Z")).isValid());
    QVERIFY(!DockerContainerJson::parseTime(QString()).isValid());
    QVERIFY(!DockerContainerJson::parseTime(QStringLiteral("yesterday")).isValid());
    // Whole seconds; before 1970 (milliseconds cut towards the earlier time, as Qt's reading
    // of the first three digits does); a month that is none.
    QCOMPARE(DockerContainerJson::parseTime(QStringLiteral("2024-05-01T10:20:30Z")),
             QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC));
    QCOMPARE(DockerContainerJson::parseTime(QStringLiteral("1969-12-31T23:59:59.9995Z")),
             QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(!DockerContainerJson::parseTime(QStringLiteral("2024-13-01T10:20:30Z")).isValid());
    QVERIFY(!DockerContainerJson::parseTime(QStringLiteral("2023-02-30T10:20:30Z")).isValid());
    // Not RFC 3339 but ISO 8601 still (no zone: local time), as Qt reads it.
    QCOMPARE(DockerContainerJson::parseTime(QStringLiteral("2024-05-01T10:20:30.25")),
             QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 250)).toUTC());
}

void TestDockerContainerJson::signalNumbers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("number");
    QTest::newRow("SIGTERM") << "SIGTERM" << 15;
    QTest::newRow("TERM") << "TERM" << 15;
    QTest::newRow("lower") << "sighup" << 1;
    QTest::newRow("number") << "9" << 9;
    QTest::newRow("WINCH") << "SIGWINCH" << 28;
    QTest::newRow("unknown") << "SIGNOPE" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("out of range") << "99" << 0;
}

void TestDockerContainerJson::signalNumbers()
{
    QFETCH(QString, name);
    QFETCH(int, number);
    QCOMPARE(DockerContainerJson::signalNumber(name), number);
}

void TestDockerContainerJson::smallAnswers()
{
    const auto created = DockerContainerJson::parseCreated(R"({"Id":"abc","Warnings":["w"]})");
    QVERIFY(created);
    QCOMPARE(created->id, QStringLiteral("abc"));
    QCOMPARE(created->warnings, QStringList{QStringLiteral("w")});
    QVERIFY(!DockerContainerJson::parseCreated(R"({"Warnings":null})"));

    QString error;
    QCOMPARE(DockerContainerJson::parseWait(R"({"StatusCode":137,"Error":null})", &error), 137);
    QCOMPARE(DockerContainerJson::parseWait(R"({"StatusCode":1,"Error":{"Message":"x"}})", &error),
             1);
    QCOMPARE(error, QStringLiteral("x"));
    QVERIFY(!DockerContainerJson::parseWait("{}", &error));

    const auto pruned =
        DockerContainerJson::parsePrune(R"({"ContainersDeleted":["a","b"],"SpaceReclaimed":42})",
                                        QStringLiteral("ContainersDeleted"));
    QVERIFY(pruned);
    QCOMPARE(pruned->deleted.size(), 2);
    QCOMPARE(pruned->spaceReclaimed, 42);

    const auto top = DockerContainerJson::parseTop(
        R"({"Titles":["PID","CMD"],"Processes":[["1","sleep 60"],["7","sh"]]})");
    QVERIFY(top);
    QCOMPARE(top->processes.size(), 2);
    QCOMPARE(top->processes.at(0).at(1), QStringLiteral("sleep 60"));
    QVERIFY(!DockerContainerJson::parseTop("{}"));
}

void TestDockerContainerJson::stats()
{
    // A second sample of a busy loop on dockerd 20.10 (cgroup v1, 2 CPUs): CPU % as docker
    // stats shows it, (cpu delta / system delta) * CPUs * 100.
    const auto docker = DockerContainerJson::parseStats(readData("docker-20.10-stats.json"));
    QVERIFY(docker);
    QCOMPARE(docker->onlineCpus, 2);
    QVERIFY2(qAbs(docker->cpuPercent - 1007392767.0 / 2020000000.0 * 2 * 100) < 1e-9,
             qPrintable(QString::number(docker->cpuPercent)));
    QCOMPARE(docker->memoryUsage, 344064); // usage less total_inactive_file (0 here)
    QCOMPARE(docker->memoryLimit, 25276026880LL);
    QVERIFY(docker->memoryPercent > 0 && docker->memoryPercent < 0.01);
    QCOMPARE(docker->pids, 1);
    QVERIFY(docker->read.isValid());
    QVERIFY(!docker->id.isEmpty());

    // Podman 4.3's first sample repeats the CPU counter in precpu_stats: 0 %, as docker shows.
    const auto podman = DockerContainerJson::parseStats(readData("podman-4.3-stats.json"));
    QVERIFY(podman);
    QCOMPARE(podman->cpuPercent, 0.0);
    QCOMPARE(podman->memoryUsage, 589824);
    QCOMPARE(podman->networkRx, 0);
    QCOMPARE(podman->pids, 1);

    // Page cache is left out: cgroup v1 and v2 name it differently.
    const auto v1 = DockerContainerJson::parseStats(
        R"({"cpu_stats":{},"memory_stats":{"usage":1000,"limit":4000,"stats":{"total_inactive_file":400}}})");
    QCOMPARE(v1->memoryUsage, 600);
    QCOMPARE(v1->memoryPercent, 15.0);
    const auto v2 = DockerContainerJson::parseStats(
        R"({"cpu_stats":{},"memory_stats":{"usage":1000,"stats":{"inactive_file":100}},)"
        R"("networks":{"eth0":{"rx_bytes":5,"tx_bytes":7},"eth1":{"rx_bytes":1,"tx_bytes":1}},)"
        R"("blkio_stats":{"io_service_bytes_recursive":[{"op":"Read","value":10},)"
        R"({"op":"write","value":20},{"op":"Total","value":30}]}})");
    QCOMPARE(v2->memoryUsage, 900);
    QCOMPARE(v2->memoryPercent, 0.0); // no limit known
    QCOMPARE(v2->networkRx, 6);
    QCOMPARE(v2->networkTx, 8);
    QCOMPARE(v2->blockRead, 10);
    QCOMPARE(v2->blockWrite, 20);
    QVERIFY(!DockerContainerJson::parseStats(R"({"message":"no"})"));
}

QTEST_GUILESS_MAIN(TestDockerContainerJson)
#include "tst_dockercontainerjson.moc"
