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
    void healthcheckAndKube();
    void containerHealth();
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

void TestLibpodJson::containerHealth()
{
    // Recorded from Podman 4.3.1's own list: a passing, a failing and a check-less container.
    const auto health =
        LibpodJson::parseContainerHealth(readData("podman-4.3-libpod-containers.json"));
    QVERIFY(health);
    QCOMPARE(health->size(), 3);
    using H = ContainerSummary::Health;
    QCOMPARE(health->value(QStringLiteral(
                 "98bd0edccded2a2abea4fa8145a3cdc11642d11651ee2e0ed1682f1251d213c8")),
             H::Healthy);
    QCOMPARE(health->value(QStringLiteral(
                 "d32787443870ecc3d019e421efb7afb0ea95b8bce2bd3b6ecc1cf2a1e50b5d7e")),
             H::Unhealthy);
    QCOMPARE(health->value(QStringLiteral(
                 "1672d1a6fd51c0b6215bd690ae53fb82cc8e65ea6de956be097a62326c74c58d")),
             H::None);
    QVERIFY(!LibpodJson::parseContainerHealth("{}"));
}

QTEST_GUILESS_MAIN(TestLibpodJson)
#include "tst_libpodjson.moc"
