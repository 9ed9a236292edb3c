#include "core/podman/libpodjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Podman 4.3's own API payloads (tests/data) and shapes seen from it.
class TestLibpodJson : public QObject
{
    Q_OBJECT

private slots:
    void podListAndInspect();
    void podCreateBody();
    void actionsStatsPrune();
    void imagePruneAndSearchRegistries();
    void healthcheckAndKube();
    void containerList();
    void containerListPortsExitsAndLabels();
    void dockerDuration_data();
    void dockerDuration();
};

namespace {
QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(GONTAINER_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}
} // namespace

void TestLibpodJson::podListAndInspect()
{
    const auto list = LibpodJson::parsePodList(readData("podman-4.3-pods.json"));
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const PodInfo &p = list->first();
    QCOMPARE(p.name, QStringLiteral("recpod"));
    QCOMPARE(p.status, QStringLiteral("Running"));
    QCOMPARE(p.labels.value(QStringLiteral("app")), QStringLiteral("web"));
    QCOMPARE(p.containers.size(), 1);
    QCOMPARE(p.containers.first().name, QStringLiteral("inpod"));
    QCOMPARE(p.containers.first().state, QStringLiteral("running"));
    QVERIFY(p.created.isValid());

    const QByteArray json = readData("podman-4.3-pod-inspect.json");
    const auto inspected = LibpodJson::parsePodInspect(json);
    QVERIFY(inspected);
    QCOMPARE(inspected->id, p.id);
    QCOMPARE(inspected->status, QStringLiteral("Running")); // inspect names it State
    QCOMPARE(inspected->containers.first().name, QStringLiteral("inpod"));
    QCOMPARE(inspected->rawJson, json);
    QVERIFY(!LibpodJson::parsePodInspect(R"({"message":"no such pod"})"));
}

void TestLibpodJson::podCreateBody()
{
    PodSpec spec;
    spec.name = QStringLiteral("shop");
    spec.infra = false;
    spec.labels = {{QStringLiteral("tier"), QStringLiteral("web")}};
    spec.ports = {PortBinding{80, QStringLiteral("tcp"), {}, 8080}};
    const QJsonObject o = QJsonDocument::fromJson(LibpodJson::podCreateBody(spec)).object();
    QCOMPARE(o.value(QLatin1String("name")).toString(), spec.name);
    QVERIFY(o.value(QLatin1String("no_infra")).toBool());
    QCOMPARE(o.value(QLatin1String("portmappings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("host_port"))
                 .toInt(),
             8080);
}

void TestLibpodJson::actionsStatsPrune()
{
    QVERIFY(LibpodJson::podActionErrors(R"({"Errs":null,"Id":"x"})").isEmpty());
    QCOMPARE(LibpodJson::podActionErrors(R"({"Errs":["ctr a: boom"],"Id":"x"})"),
             QStringList{QStringLiteral("ctr a: boom")});
    const auto stats = LibpodJson::parsePodStats(
        R"([{"CPU":"83.87%","MemUsage":"581.6kB / 25.28GB","Mem":"0.00%","NetIO":"-- / --",)"
        R"("BlockIO":"-- / --","PIDS":"1","Pod":"fb131e631b88","CID":"7cb70c7da84b","Name":"inpod"}])");
    QVERIFY(stats);
    QCOMPARE(stats->first().cpuPercent, 83.87);
    QCOMPARE(stats->first().memory, QStringLiteral("581.6kB / 25.28GB"));
    QCOMPARE(stats->first().name, QStringLiteral("inpod"));
    const auto pruned =
        LibpodJson::parsePodPrune(R"([{"Err":null,"Id":"a"},{"Err":"busy","Id":"b"}])");
    QCOMPARE(pruned->deleted, QStringList{QStringLiteral("a")});
    QCOMPARE(LibpodJson::parsePodPrune("[]")->deleted.size(), 0);
}

void TestLibpodJson::imagePruneAndSearchRegistries()
{
    // Podman 4.3's own prune answer, as recorded.
    const auto pruned = LibpodJson::parseImagePrune(
        R"([{"Id":"59e152d66ad20c1e55b89f3fd55ca686490d4c995c9266831a1bcd4136647732","Size":2236777},)"
        R"({"Id":"b22c","Size":100,"Err":"image is in use by a container"}])");
    QVERIFY(pruned);
    QCOMPARE(pruned->deleted,
             QStringList{QStringLiteral(
                 "59e152d66ad20c1e55b89f3fd55ca686490d4c995c9266831a1bcd4136647732")});
    QCOMPARE(pruned->spaceReclaimed, 2236777);
    QVERIFY(!LibpodJson::parseImagePrune("{}"));

    // Its own /info, with registries.conf searching two registries, in that order.
    const auto search = LibpodJson::parseSearchRegistries(readData("podman-4.3-libpod-info.json"));
    QVERIFY(search);
    QCOMPARE(*search,
             (QStringList{QStringLiteral("127.0.0.1:30903"), QStringLiteral("127.0.0.1:34326")}));
    // Without any (the harness's own configuration): none, and no failure.
    const auto none = LibpodJson::parseSearchRegistries(
        R"({"host":{},"registries":{"127.0.0.1:5000":{"Insecure":true}}})");
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    // The compatible /info is not Podman's own.
    QVERIFY(!LibpodJson::parseSearchRegistries(readData("podman-4.3-info.json")));
}

void TestLibpodJson::healthcheckAndKube()
{
    const auto h = LibpodJson::parseHealthcheck(
        R"({"Status":"unhealthy","FailingStreak":3,"Log":[{"Start":"2026-11-23T15:20:16.1Z",)"
        R"("End":"2026-11-23T15:20:16.2Z","ExitCode":1,"Output":"refused"}]})");
    QVERIFY(h);
    QCOMPARE(h->status, ContainerSummary::Health::Unhealthy);
    QCOMPARE(h->failingStreak, 3);
    QCOMPARE(h->log.first().exitCode, 1);
    QCOMPARE(h->log.first().output, QStringLiteral("refused"));
    QVERIFY(!LibpodJson::parseHealthcheck(R"({"message":"x"})"));

    // A played pod whose container could not start: made, but with the engine's complaint.
    const auto played = LibpodJson::parseKubePlay(
        R"({"Pods":[{"ID":"b83","Containers":["fb1"],"InitContainers":null,"Logs":null,)"
        R"("ContainerErrors":["starting container fb1: exec: \"sleep\": executable file not found"]}],)"
        R"("Volumes":null,"StopReport":null,"RmReport":null,"Secrets":null})");
    QVERIFY(played);
    QCOMPARE(played->podIds, QStringList{QStringLiteral("b83")});
    QCOMPARE(played->containerIds, QStringList{QStringLiteral("fb1")});
    QCOMPARE(played->containerErrors.size(), 1);
}

void TestLibpodJson::containerList()
{
    // Recorded from Podman 4.3.1's own list: a passing, a failing and a check-less container.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795458908 + 300, Qt::UTC);
    const auto list =
        LibpodJson::parseContainerList(readData("podman-4.3-libpod-containers.json"), now);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    using H = ContainerSummary::Health;
    using S = ContainerSummary::State;
    const ContainerSummary &healthy = list->at(0);
    QCOMPARE(healthy.id,
             QStringLiteral("98bd0edccded2a2abea4fa8145a3cdc11642d11651ee2e0ed1682f1251d213c8"));
    QCOMPARE(healthy.name, QStringLiteral("rec-healthy"));
    QCOMPARE(healthy.image, QStringLiteral("localhost/gontainer-test/busybox:latest"));
    QCOMPARE(healthy.state, S::Running);
    QCOMPARE(healthy.health, H::Healthy);
    QCOMPARE(healthy.since, QDateTime::fromSecsSinceEpoch(1795458908, Qt::UTC));
    QCOMPARE(healthy.created, QDateTime(QDate(2026, 11, 23), QTime(18, 35, 7, 880), Qt::UTC));
    QCOMPARE(healthy.status, QStringLiteral("Up 5 minutes (healthy)"));
    QCOMPARE(healthy.exitCode, -1);
    QVERIFY(healthy.labels.isEmpty()); // null in the payload
    QCOMPARE(list->at(1).health, H::Unhealthy);
    QCOMPARE(list->at(1).status, QStringLiteral("Up 5 minutes (unhealthy)"));
    const ContainerSummary &created = list->at(2);
    QCOMPARE(created.state, S::Created);
    QCOMPARE(created.health, H::None);
    QCOMPARE(created.status, QStringLiteral("Created"));
    QCOMPARE(created.since, created.created);
    QVERIFY(!LibpodJson::parseContainerList("{}", now));
}

void TestLibpodJson::containerListPortsExitsAndLabels()
{
    // Podman keeps a stopped container's last health; like Docker, the list shows none.
    const QByteArray json = R"([{"Id": "abc", "Names": ["web"], "Image": "nginx", "State": "exited",
        "Status": "unhealthy", "Created": 1700000000, "StartedAt": 1700000100, "ExitedAt": 1700003700,
        "ExitCode": 137, "Labels": {"tier": "web"}, "Networks": ["web", "backend"],
        "Ports": [{"host_ip": "", "container_port": 80, "host_port": 8080, "range": 2,
                   "protocol": "tcp"}]}])";
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700003700 + 7200, Qt::UTC);
    const auto list = LibpodJson::parseContainerList(json, now);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const ContainerSummary &c = list->first();
    QCOMPARE(c.state, ContainerSummary::State::Exited);
    QCOMPARE(c.exitCode, 137);
    QCOMPARE(c.health, ContainerSummary::Health::None);
    QCOMPARE(c.created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QCOMPARE(c.since, QDateTime::fromSecsSinceEpoch(1700003700, Qt::UTC));
    QCOMPARE(c.status, QStringLiteral("Exited (137) 2 hours ago"));
    QCOMPARE(c.labels.value(QStringLiteral("tier")), QStringLiteral("web"));
    QCOMPARE(c.networks, QStringList({QStringLiteral("backend"), QStringLiteral("web")}));
    QCOMPARE(c.ports.size(), 2);
    QCOMPARE(c.portsText(), QStringLiteral("0.0.0.0:8080->80/tcp, 0.0.0.0:8081->81/tcp"));
}

void TestLibpodJson::dockerDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("Less than a second");
    QTest::newRow("1") << qint64(1) << QStringLiteral("1 second");
    QTest::newRow("59") << qint64(59) << QStringLiteral("59 seconds");
    QTest::newRow("60") << qint64(60) << QStringLiteral("About a minute");
    QTest::newRow("3599") << qint64(3599) << QStringLiteral("59 minutes");
    QTest::newRow("3600") << qint64(3600) << QStringLiteral("About an hour");
    QTest::newRow("47h") << qint64(47 * 3600) << QStringLiteral("47 hours");
    QTest::newRow("3d") << qint64(3 * 86400) << QStringLiteral("3 days");
    QTest::newRow("3w") << qint64(21 * 86400) << QStringLiteral("3 weeks");
    QTest::newRow("3mo") << qint64(90 * 86400) << QStringLiteral("3 months");
    QTest::newRow("3y") << qint64(3 * 365 * 86400) << QStringLiteral("3 years");
}

void TestLibpodJson::dockerDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(LibpodJson::dockerDuration(seconds), text);
}

QTEST_GUILESS_MAIN(TestLibpodJson)
#include "tst_libpodjson.moc"
