#include "core/services/localenginelocator.h"

#include "core/docker/dockerengine.h"
#include "testengines.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLocalEngineLocator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidatesInOrder();
    void otherDockerHostsAreSkipped();
    void findsTheFirstEngineThatAnswers();
    void nothingAnswersAndNoPodman();
    void startsPodmanWhenNothingAnswers();
    void podmanThatCannotStart();
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
    QCOMPARE(paths(list), (QStringList{QStringLiteral("/srv/engine.sock"),
                                       QStringLiteral("/var/run/docker.sock"),
                                       QStringLiteral("/run/podman/podman.sock"),
                                       QStringLiteral("/run/user/1000/podman/podman.sock")}));
    QCOMPARE(list.first().origin, QStringLiteral("DOCKER_HOST"));

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
                                       QStringLiteral("/run/podman/podman.sock")}));
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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    LocalEngineLocator locator;
    locator.setEnvironment(env);
    locator.setCandidates({{Endpoint::unixSocket(runtime.filePath(QStringLiteral("none.sock"))),
                            QStringLiteral("x")}});
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
    const auto info = DockerEngine::identifyBlocking(endpoint, 5000);
    QVERIFY(info.ok());
    QCOMPARE(info.value.kind, EngineInfo::Kind::Podman);

    locator.stopService();
    QVERIFY(!locator.startedService());
    QVERIFY(!QFileInfo::exists(endpoint.path));
    QCOMPARE(DockerEngine::identifyBlocking(endpoint, 2000).error.kind,
             EngineError::Kind::NoSocket);
}

void TestLocalEngineLocator::podmanThatCannotStart()
{
    QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    LocalEngineLocator locator;
    locator.setEnvironment(env);
    locator.setCandidates({{Endpoint::unixSocket(runtime.filePath(QStringLiteral("none.sock"))),
                            QStringLiteral("x")}});
    locator.setPodmanProgram(QStringLiteral("/bin/false"));
    QSignalSpy failed(&locator, &LocalEngineLocator::failed);
    locator.locate();
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().first().toString().startsWith(
        QStringLiteral("Could not start a Podman service")));
    QVERIFY(!locator.startedService());
    // The wait for the dead service stops with it, so a retry (or quitting) is not held up.
    QTRY_VERIFY_WITH_TIMEOUT(!locator.isBusy(), 5000);
}

QTEST_GUILESS_MAIN(TestLocalEngineLocator)
#include "tst_localenginelocator.moc"
