#include "core/docker/dockerevents.h"
#include "core/docker/dockerjson.h"
#include "core/podman/podmanevents.h"

#include <QTest>

// The engines' event words read into EngineEvent's object and action, from messages as
// Docker 20.10 and Podman 4.3 send them.
class TestDockerEvents : public QObject
{
    Q_OBJECT

private slots:
    void docker_data();
    void docker();
    void podman_data();
    void podman();
    void typeWords();

private:
    static void addColumns();
    static EngineEvent parsed(const QByteArray &json, bool podman);
    static void check(bool podman);
};

void TestDockerEvents::addColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("object");
    QTest::addColumn<int>("what");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("health");
}

EngineEvent TestDockerEvents::parsed(const QByteArray &json, bool podman)
{
    auto e = DockerJson::parseEvent(json);
    if (!e)
        return {};
    if (podman)
        PodmanEvents::classify(*e);
    else
        DockerEvents::classify(*e);
    return *e;
}

using O = EngineEvent::Object;
using A = EngineEvent::Action;

static QByteArray message(const char *type, const char *action, const char *attributes = "")
{
    return QByteArray(R"({"Type":")") + type + R"(","Action":")" + action +
           R"(","Actor":{"ID":"abc","Attributes":{"name":"web")" + attributes +
           R"(}},"timeNano":1764748800000000000})";
}

void TestDockerEvents::docker_data()
{
    addColumns();
    QTest::newRow("create") << message("container", "create") << int(O::Container)
                            << int(A::Created) << -1 << QString();
    QTest::newRow("start") << message("container", "start") << int(O::Container) << int(A::Started)
                           << -1 << QString();
    QTest::newRow("restart") << message("container", "restart") << int(O::Container)
                             << int(A::Started) << -1 << QString();
    QTest::newRow("die") << message("container", "die", R"(,"exitCode":"137")") << int(O::Container)
                         << int(A::Died) << 137 << QString();
    QTest::newRow("die without code")
        << message("container", "die") << int(O::Container) << int(A::Died) << -1 << QString();
    QTest::newRow("stop") << message("container", "stop") << int(O::Container) << int(A::Stopped)
                          << -1 << QString();
    QTest::newRow("pause") << message("container", "pause") << int(O::Container) << int(A::Paused)
                           << -1 << QString();
    QTest::newRow("unpause") << message("container", "unpause") << int(O::Container)
                             << int(A::Unpaused) << -1 << QString();
    QTest::newRow("destroy") << message("container", "destroy") << int(O::Container)
                             << int(A::Destroyed) << -1 << QString();
    QTest::newRow("rename") << message("container", "rename") << int(O::Container)
                            << int(A::Renamed) << -1 << QString();
    QTest::newRow("commit") << message("container", "commit") << int(O::Container)
                            << int(A::Committed) << -1 << QString();
    QTest::newRow("oom") << message("container", "oom") << int(O::Container) << int(A::Oom) << -1
                         << QString();
    QTest::newRow("health") << message("container", "health_status: unhealthy") << int(O::Container)
                            << int(A::HealthChanged) << -1 << QStringLiteral("unhealthy");
    QTest::newRow("exec") << message("container", "exec_start: sh") << int(O::Container)
                          << int(A::Transient) << -1 << QString();
    QTest::newRow("resize") << message("container", "resize") << int(O::Container)
                            << int(A::Transient) << -1 << QString();
    QTest::newRow("kill") << message("container", "kill") << int(O::Container) << int(A::Signalled)
                          << -1 << QString();
    QTest::newRow("image tag") << message("image", "tag") << int(O::Image) << int(A::Other) << -1
                               << QString();
    QTest::newRow("image push") << message("image", "push") << int(O::Image) << int(A::Transient)
                                << -1 << QString();
    QTest::newRow("image delete") << message("image", "delete") << int(O::Image)
                                  << int(A::Destroyed) << -1 << QString();
    QTest::newRow("volume mount") << message("volume", "mount") << int(O::Volume)
                                  << int(A::Transient) << -1 << QString();
    QTest::newRow("volume create")
        << message("volume", "create") << int(O::Volume) << int(A::Created) << -1 << QString();
    QTest::newRow("network connect")
        << message("network", "connect") << int(O::Network) << int(A::Transient) << -1 << QString();
    QTest::newRow("network destroy")
        << message("network", "destroy") << int(O::Network) << int(A::Destroyed) << -1 << QString();
    QTest::newRow("plugin") << message("plugin", "enable") << int(O::Other) << int(A::Other) << -1
                            << QString();
}

void TestDockerEvents::docker()
{
    check(false);
}

void TestDockerEvents::check(bool podman)
{
    QFETCH(QByteArray, json);
    QFETCH(int, object);
    QFETCH(int, what);
    QFETCH(int, exitCode);
    QFETCH(QString, health);
    const EngineEvent e = parsed(json, podman);
    QCOMPARE(int(e.object), object);
    QCOMPARE(int(e.what), what);
    QCOMPARE(e.exitCode, exitCode);
    QCOMPARE(e.health, health);
    QCOMPARE(e.id, QStringLiteral("abc"));
}

void TestDockerEvents::podman_data()
{
    addColumns();
    QTest::newRow("died") << message("container", "died", R"(,"containerExitCode":"3")")
                          << int(O::Container) << int(A::Died) << 3 << QString();
    QTest::newRow("cleanup") << message("container", "cleanup") << int(O::Container)
                             << int(A::Stopped) << -1 << QString();
    QTest::newRow("remove") << message("container", "remove") << int(O::Container)
                            << int(A::Destroyed) << -1 << QString();
    QTest::newRow("init") << message("container", "init") << int(O::Container) << int(A::Created)
                          << -1 << QString();
    QTest::newRow("start") << message("container", "start") << int(O::Container) << int(A::Started)
                           << -1 << QString();
    QTest::newRow("health") << message("container", "health_status",
                                       R"(,"health_status":"healthy")")
                            << int(O::Container) << int(A::HealthChanged) << -1
                            << QStringLiteral("healthy");
    QTest::newRow("exec died") << message("container", "exec_died") << int(O::Container)
                               << int(A::Transient) << -1 << QString();
    QTest::newRow("pod") << message("pod", "create") << int(O::Pod) << int(A::Created) << -1
                         << QString();
    QTest::newRow("pod stop") << message("pod", "stop") << int(O::Pod) << int(A::Other) << -1
                              << QString();
    QTest::newRow("image remove") << message("image", "remove") << int(O::Image)
                                  << int(A::Destroyed) << -1 << QString();
}

void TestDockerEvents::podman()
{
    check(true);
}

void TestDockerEvents::typeWords()
{
    QCOMPARE(DockerEvents::typeWords({O::Container, O::Pod, O::Other}),
             (QStringList{QStringLiteral("container"), QStringLiteral("pod")}));
}

QTEST_GUILESS_MAIN(TestDockerEvents)
#include "tst_dockerevents.moc"
