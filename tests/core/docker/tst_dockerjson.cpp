#include "core/docker/dockerjson.h"
#include "core/docker/jsonstreamsplitter.h"

#include <QFile>
#include <QTest>

// Parser tests over payloads recorded from Docker 20.10 and Podman 4.3 (tests/data).
class TestDockerJson : public QObject
{
    Q_OBJECT

private slots:
    void dockerContainerList();
    void podmanContainerList();
    void containerListRejectsOtherJson_data();
    void containerListRejectsOtherJson();
    void version_data();
    void version();
    void events_data();
    void events();
    void status_data();
    void status();
    void errorMessage();
    void portsText();

private:
    static QByteArray load(const QString &name);
};

QByteArray TestDockerJson::load(const QString &name)
{
    QFile file(QStringLiteral(GONTAINER_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

static const ContainerSummary *byName(const QList<ContainerSummary> &list, const QString &name)
{
    for (const ContainerSummary &c : list) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void TestDockerJson::dockerContainerList()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795324620, Qt::UTC);
    const auto list =
        DockerJson::parseContainerList(load(QStringLiteral("docker-20.10-containers.json")), now);
    QVERIFY(list);
    QCOMPARE(list->size(), 4);

    const ContainerSummary *paused = byName(*list, QStringLiteral("paused"));
    QVERIFY(paused);
    QCOMPARE(paused->state, ContainerSummary::State::Paused);
    QCOMPARE(paused->image, QStringLiteral("gontainer-test/busybox:latest"));
    QCOMPARE(paused->id.size(), 64);
    QCOMPARE(paused->created, QDateTime::fromSecsSinceEpoch(1795324301, Qt::UTC));
    QCOMPARE(paused->since, now.addSecs(-5 * 60));
    // The networks it is attached to, by name (here Docker's "none").
    QCOMPARE(paused->networks, QStringList(QStringLiteral("none")));

    const ContainerSummary *done = byName(*list, QStringLiteral("done"));
    QVERIFY(done);
    QCOMPARE(done->state, ContainerSummary::State::Exited);
    QCOMPARE(done->exitCode, 3);
    QCOMPARE(done->since, now.addSecs(-5 * 60));
}

void TestDockerJson::podmanContainerList()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795324625, Qt::UTC);
    const auto list =
        DockerJson::parseContainerList(load(QStringLiteral("podman-4.3-containers.json")), now);
    QVERIFY(list);
    QCOMPARE(list->size(), 4);
    const ContainerSummary *web = byName(*list, QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->state, ContainerSummary::State::Running);
    QCOMPARE(web->image, QStringLiteral("localhost/gontainer-test/busybox:latest"));
    QCOMPARE(web->since, now.addSecs(-10));
    QCOMPARE(web->exitCode, -1);
    QVERIFY(web->ports.isEmpty());
    const ContainerSummary *done = byName(*list, QStringLiteral("done"));
    QVERIFY(done);
    QCOMPARE(done->exitCode, 3);
    QCOMPARE(byName(*list, QStringLiteral("paused"))->state, ContainerSummary::State::Paused);
}

void TestDockerJson::containerListRejectsOtherJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"message":"page not found"})");
    QTest::newRow("html") << QByteArray("<html>404</html>");
    QTest::newRow("truncated") << QByteArray(R"([{"Id":"abc","Names":["/x"])");
    QTest::newRow("empty") << QByteArray();
}

void TestDockerJson::containerListRejectsOtherJson()
{
    QFETCH(QByteArray, json);
    QVERIFY(!DockerJson::parseContainerList(json, QDateTime::currentDateTimeUtc()));
}

void TestDockerJson::version_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("version");
    QTest::newRow("docker") << "docker-20.10-version.json" << int(EngineInfo::Kind::Unknown)
                            << "20.10.24+dfsg1";
    QTest::newRow("podman") << "podman-4.3-version.json" << int(EngineInfo::Kind::Podman)
                            << "4.3.1";
}

void TestDockerJson::version()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, version);
    const auto info = DockerJson::parseVersion(load(file));
    QVERIFY(info);
    QCOMPARE(int(info->kind), kind);
    QCOMPARE(info->version, version);
    QCOMPARE(info->apiVersion, QStringLiteral("1.41"));
    QCOMPARE(info->os, QStringLiteral("linux"));
    QVERIFY(!info->arch.isEmpty());
    QVERIFY(!DockerJson::parseVersion(R"({"message":"no"})"));
}

void TestDockerJson::events_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("firstActions");
    QTest::newRow("docker") << "docker-20.10-events.jsonl"
                            << QStringList{QStringLiteral("create"), QStringLiteral("start")};
    QTest::newRow("podman") << "podman-4.3-events.jsonl"
                            << QStringList{QStringLiteral("create"), QStringLiteral("init"),
                                           QStringLiteral("start")};
}

void TestDockerJson::events()
{
    QFETCH(QString, file);
    QFETCH(QStringList, firstActions);
    JsonStreamSplitter splitter;
    const QList<QByteArray> values = splitter.feed(load(file));
    QVERIFY(values.size() > 10);
    QStringList actions;
    for (const QByteArray &value : values) {
        const auto event = DockerJson::parseEvent(value);
        QVERIFY(event);
        QCOMPARE(event->type, QStringLiteral("container"));
        QCOMPARE(event->id.size(), 64);
        QVERIFY(event->timeNano > 1700000000LL * 1000000000LL);
        actions << event->action;
        if (actions.size() == 1)
            QCOMPARE(event->name, QStringLiteral("web"));
        // A die names the exit code: Docker as exitCode, Podman as containerExitCode.
        if (event->action == QLatin1String("die"))
            QVERIFY(event->attributes.contains(QStringLiteral("exitCode")) ||
                    event->attributes.contains(QStringLiteral("containerExitCode")));
        QVERIFY(event->attributes.contains(QStringLiteral("image")));
    }
    QCOMPARE(actions.mid(0, firstActions.size()), firstActions);
    // Removal is "destroy" on Docker and "remove" on Podman; both are there.
    QVERIFY(actions.contains(QStringLiteral("destroy")) ||
            actions.contains(QStringLiteral("remove")));
    QVERIFY(!DockerJson::parseEvent(R"({"unrelated":true})"));
    // A time in seconds past what nanoseconds hold is unknown, not overflowed.
    const auto far = DockerJson::parseEvent(R"({"status":"start","time":179317477940312})");
    QVERIFY(far);
    QCOMPARE(far->timeNano, qint64(0));
}

void TestDockerJson::status_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("health");
    const int none = int(ContainerSummary::Health::None);
    QTest::newRow("up seconds") << "Up 10 seconds" << qint64(10) << -1 << none;
    QTest::newRow("up less than a second") << "Up Less than a second" << qint64(0) << -1 << none;
    QTest::newRow("up about a minute") << "Up About a minute" << qint64(60) << -1 << none;
    QTest::newRow("up hours healthy") << "Up 3 hours (healthy)" << qint64(3 * 3600) << -1
                                      << int(ContainerSummary::Health::Healthy);
    QTest::newRow("unhealthy") << "Up 2 days (unhealthy)" << qint64(2 * 86400) << -1
                               << int(ContainerSummary::Health::Unhealthy);
    QTest::newRow("starting") << "Up 5 seconds (health: starting)" << qint64(5) << -1
                              << int(ContainerSummary::Health::Starting);
    QTest::newRow("paused") << "Up 5 minutes (Paused)" << qint64(300) << -1 << none;
    QTest::newRow("exited") << "Exited (137) 2 weeks ago" << qint64(14 * 86400) << 137 << none;
    QTest::newRow("exited about an hour")
        << "Exited (0) About an hour ago" << qint64(3600) << 0 << none;
    QTest::newRow("restarting") << "Restarting (1) 3 seconds ago" << qint64(3) << 1 << none;
    QTest::newRow("created") << "Created" << qint64(-1) << -1 << none;
    QTest::newRow("unknown words") << "Something new" << qint64(-1) << -1 << none;
}

void TestDockerJson::status()
{
    QFETCH(QString, status);
    QFETCH(qint64, age);
    QFETCH(int, exitCode);
    QFETCH(int, health);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const DockerJson::StatusParts parts = DockerJson::parseStatus(status, now);
    if (age < 0)
        QVERIFY(!parts.since.isValid());
    else
        QCOMPARE(parts.since.secsTo(now), age);
    QCOMPARE(parts.exitCode, exitCode);
    QCOMPARE(int(parts.health), health);
}

void TestDockerJson::errorMessage()
{
    QCOMPARE(DockerJson::errorMessage(R"({"message":"No such container: x"})"),
             QStringLiteral("No such container: x"));
    QCOMPARE(DockerJson::errorMessage(R"({"cause":"no such container","response":404})"),
             QStringLiteral("no such container"));
    QCOMPARE(DockerJson::errorMessage("plain text\n"), QStringLiteral("plain text"));
    // Podman 5 refuses a push with its progress stream's error line as the whole answer.
    const QString refused =
        DockerJson::errorMessage(load(QStringLiteral("podman-5.4-push-refused.json")));
    QVERIFY2(refused.startsWith(QStringLiteral("trying to reuse blob sha256:")) &&
                 refused.endsWith(QStringLiteral(": authentication required")),
             qPrintable(refused));
}

void TestDockerJson::portsText()
{
    ContainerSummary c;
    c.ports = {{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
               {QStringLiteral("::"), 80, 8080, QStringLiteral("tcp")},
               {QString(), 443, 0, QStringLiteral("tcp")},
               {QStringLiteral("127.0.0.1"), 53, 5353, QStringLiteral("udp")}};
    QCOMPARE(c.portsText(), QStringLiteral("127.0.0.1:5353->53/udp, 0.0.0.0:8080->80/tcp, "
                                           "[::]:8080->80/tcp, 443/tcp"));
}

QTEST_GUILESS_MAIN(TestDockerJson)
#include "tst_dockerjson.moc"
