#include "core/services/localenginelocator.h"

#include "core/services/enginefactory.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QProcess>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
// The only place to look has no engine, and the session's runtime folder is `runtime`: the
// locator starts Podman itself.
void nothingAnswers(LocalEngineLocator &locator, const QTemporaryDir &runtime)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    locator.setEnvironment(env);
    locator.setCandidates({{Endpoint::unixSocket(runtime.filePath(QStringLiteral("none.sock"))),
                            QStringLiteral("x")}});
}
} // namespace

class TestLocalEngineLocator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidatesInOrder();
    void otherDockerHostsAreSkipped();
    void findsTheFirstEngineThatAnswers();
    void findsContainerdWhereNothingElseAnswers();
    void nothingAnswersAndNoPodman();
    void startsPodmanWhenNothingAnswers();
    void podmanThatCannotStart();
    void watchdogRestartsTheServiceItStarted();
};

void TestLocalEngineLocator::initTestCase()
{
    qRegisterMetaType<Endpoint>();
}

static QStringList paths(const QList<LocalEngineLocator::Candidate> &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.endpoint.path;
    return out;
}

void TestLocalEngineLocator::candidatesInOrder()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///srv/engine.sock"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
    const auto list = LocalEngineLocator::candidates(env);
    QCOMPARE(
        paths(list),
        (QStringList{QStringLiteral("/srv/engine.sock"), QStringLiteral("/var/run/docker.sock"),
                     QStringLiteral("/run/podman/podman.sock"),
                     QStringLiteral("/run/user/1000/podman/podman.sock"),
                     QStringLiteral("/run/containerd/containerd.sock"),
                     QStringLiteral("/run/user/1000/containerd/containerd.sock")}));
    QCOMPARE(list.first().origin, QStringLiteral("DOCKER_HOST"));
    // containerd's sockets are reached by its own API, in every namespace.
    for (qsizetype i = 0; i < list.size(); ++i) {
        const bool containerd = list.at(i).endpoint.path.endsWith(QLatin1String("containerd.sock"));
        QCOMPARE(list.at(i).endpoint.api == Endpoint::Api::Containerd, containerd);
        QVERIFY(list.at(i).endpoint.containerdNamespace.isEmpty());
    }

    // The same socket under DOCKER_HOST and its usual path is tried once.
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///var/run/docker.sock"));
    QCOMPARE(
        paths(LocalEngineLocator::candidates(env)).count(QStringLiteral("/var/run/docker.sock")),
        1);
}

void TestLocalEngineLocator::otherDockerHostsAreSkipped()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.1.2.3:2376"));
    const auto list = LocalEngineLocator::candidates(env);
    QCOMPARE(paths(list), (QStringList{QStringLiteral("/var/run/docker.sock"),
                                       QStringLiteral("/run/podman/podman.sock"),
                                       QStringLiteral("/run/containerd/containerd.sock")}));
}

void TestLocalEngineLocator::findsContainerdWhereNothingElseAnswers()
{
    REQUIRE_CONTAINERD();
    QTemporaryDir dir;
    LocalEngineLocator locator;
    // No Podman to start: containerd is found, not passed over for a service of our own.
    locator.setPodmanProgram(QString());
    const Endpoint containerd =
        Endpoint::fromUrl(QStringLiteral("containerd://") + TestEngines::containerdSocket());
    locator.setCandidates(
        {{Endpoint::unixSocket(dir.filePath(QStringLiteral("gone.sock"))), QStringLiteral("gone")},
         {containerd, TestEngines::containerdSocket()}});
    QSignalSpy located(&locator, &LocalEngineLocator::located);
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    locator.locate();
    QVERIFY(located.wait(20000));
    QCOMPARE(failed.count(), 0);
    const auto found = located.first().at(0).value<Endpoint>();
    QCOMPARE(found.api, Endpoint::Api::Containerd);
    QCOMPARE(found.path, TestEngines::containerdSocket());
    QCOMPARE(located.first().at(2).toBool(), false);
    QVERIFY(!locator.startedService());
}

void TestLocalEngineLocator::findsTheFirstEngineThatAnswers()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir;
    LocalEngineLocator locator;
    locator.setCandidates(
        {{Endpoint::unixSocket(dir.filePath(QStringLiteral("gone.sock"))), QStringLiteral("gone")},
         {Endpoint::unixSocket(TestEngines::dockerSocket()), QStringLiteral("docker")},
         {Endpoint::unixSocket(TestEngines::podmanSocket()), QStringLiteral("podman")}});
    QSignalSpy located(&locator, &LocalEngineLocator::located);
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    locator.locate();
    QVERIFY(locator.isBusy());
    QVERIFY(located.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(located.first().at(0).value<Endpoint>().path, TestEngines::dockerSocket());
    QCOMPARE(located.first().at(1).toString(), QStringLiteral("docker"));
    QCOMPARE(located.first().at(2).toBool(), false);
    QVERIFY(!locator.startedService());
}

void TestLocalEngineLocator::nothingAnswersAndNoPodman()
{
    QTemporaryDir dir;
    LocalEngineLocator locator;
    const QString missing = dir.filePath(QStringLiteral("missing.sock"));
    locator.setCandidates({{Endpoint::unixSocket(missing), missing}});
    locator.setPodmanProgram(QString());
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    locator.locate();
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(missing), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Podman is not installed")));
}

void TestLocalEngineLocator::startsPodmanWhenNothingAnswers()
{
    REQUIRE_ENGINES();
    QTemporaryDir runtime(TestEngines::dir() + QStringLiteral("/xdg.XXXXXX"));
    LocalEngineLocator locator;
    nothingAnswers(locator, runtime);
    QSignalSpy located(&locator, &LocalEngineLocator::located);
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    QSignalSpy progress(&locator, &LocalEngineLocator::progress);
    locator.locate();
    QVERIFY(QTest::qWaitFor([&] { return !located.isEmpty() || !failed.isEmpty(); }, 60000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const Endpoint endpoint = located.first().at(0).value<Endpoint>();
    QCOMPARE(endpoint.path, runtime.path() + QStringLiteral("/gontainer/podman.sock"));
    QCOMPARE(located.first().at(2).toBool(), true);
    QVERIFY(locator.startedService());
    QVERIFY(progress.count() >= 2); // looking, then starting
    const auto info = identifyEngineBlocking(endpoint, 5000);
    QVERIFY(info.ok());
    QCOMPARE(info.value.kind, EngineInfo::Kind::Podman);

    locator.stopService();
    QVERIFY(!locator.startedService());
    QVERIFY(!QFileInfo::exists(endpoint.path));
    QCOMPARE(identifyEngineBlocking(endpoint, 2000).error.kind, EngineError::Kind::NoSocket);
}

void TestLocalEngineLocator::podmanThatCannotStart()
{
    QTemporaryDir runtime;
    LocalEngineLocator locator;
    nothingAnswers(locator, runtime);
    locator.setPodmanProgram(QStringLiteral("/bin/false"));
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    QElapsedTimer sinceLocate;
    sinceLocate.start();
    locator.locate();
    QVERIFY(failed.wait(60000));
    QVERIFY(failed.first().first().toString().startsWith(
        QStringLiteral("Could not start a Podman service")));
    QVERIFY(!locator.startedService());
    // The wait for the dead service stops with it, so a retry (or quitting) is not held up: it
    // ends well before its own 30 s would run out (the timeout only catches a hang).
    QTRY_VERIFY_WITH_TIMEOUT(!locator.isBusy(), 60000);
    QVERIFY2(sinceLocate.elapsed() < 25000,
             qPrintable(QStringLiteral("the wait for the service took %1 ms of its 30 s")
                            .arg(sinceLocate.elapsed())));
}

void TestLocalEngineLocator::watchdogRestartsTheServiceItStarted()
{
    REQUIRE_ENGINES();
    QTemporaryDir runtime(TestEngines::dir() + QStringLiteral("/xdg.XXXXXX"));
    LocalEngineLocator locator;
    nothingAnswers(locator, runtime);
    // Two restarts in the window, the second after 200 ms; the third death is the end.
    locator.setRestartPolicy(2, 120000, 200);
    QSignalSpy located(&locator, &LocalEngineLocator::located);
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    QSignalSpy restarting(&locator, &LocalEngineLocator::serviceRestarting);
    QSignalSpy restarted(&locator, &LocalEngineLocator::serviceRestarted);
    locator.locate();
    QVERIFY(QTest::qWaitFor([&] { return !located.isEmpty() || !failed.isEmpty(); }, 60000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const Endpoint endpoint = located.first().at(0).value<Endpoint>();

    NodeServiceImpl node(QStringLiteral("watched"), endpoint);
    node.start();
    QTRY_COMPARE_WITH_TIMEOUT(node.state(), NodeService::State::Online, 30000);
    const auto names = [&node] {
        QStringList out;
        for (const ContainerSummary &c : node.containers())
            out << c.name;
        return out;
    };
    const QString before = TestEngines::uniqueName(QStringLiteral("wd-before"));
    QCOMPARE(TestEngines::podman(endpoint.path, {QStringLiteral("create"), QStringLiteral("--name"),
                                                 before, TestEngines::podmanImage()})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(before), 30000);

    // Killed: started again at the same socket, and the node is back, with a container podman
    // itself made meanwhile (by resync or by event, whichever came first: the resync after a
    // reconnect has its own test in tst_nodemanager).
    const qint64 first = locator.servicePid();
    QVERIFY(first > 0);
    QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(restarting.count(), 1, 30000);
    const QString during = TestEngines::uniqueName(QStringLiteral("wd-during"));
    QProcess podman;
    podman.start(QStringLiteral("podman"),
                 {QStringLiteral("--root"), qEnvironmentVariable("GONTAINER_TEST_PODMAN_ROOT"),
                  QStringLiteral("--runroot"),
                  qEnvironmentVariable("GONTAINER_TEST_PODMAN_RUNROOT"), QStringLiteral("create"),
                  QStringLiteral("--name"), during, TestEngines::podmanImage()});
    QVERIFY(podman.waitForFinished(60000));
    QCOMPARE(podman.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(restarted.count(), 1, 30000);
    QCOMPARE(restarted.first().first().value<Endpoint>().path, endpoint.path);
    QVERIFY(locator.servicePid() != first);
    QVERIFY(locator.startedService());
    QTRY_COMPARE_WITH_TIMEOUT(node.state(), NodeService::State::Online, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(during), 30000);
    QVERIFY(names().contains(before));
    QCOMPARE(located.count(), 1); // a restart is not a new node

    // The second death is restarted too, after the delay; the third is given up on.
    QCOMPARE(::kill(pid_t(locator.servicePid()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(restarted.count(), 2, 30000);
    QCOMPARE(restarting.count(), 2);
    QCOMPARE(::kill(pid_t(locator.servicePid()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("keeps stopping")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(restarting.count(), 2);
    QVERIFY(!locator.startedService());
    QCOMPARE(locator.servicePid(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(node.state(), NodeService::State::Offline, 30000);

    TestEngines::podman(TestEngines::podmanSocket(),
                        {QStringLiteral("rm"), QStringLiteral("-f"), before, during});
}

QTEST_GUILESS_MAIN(TestLocalEngineLocator)
#include "tst_localenginelocator.moc"
