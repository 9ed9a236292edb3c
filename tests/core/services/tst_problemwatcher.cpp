#include "core/services/problemwatcher.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// ProblemWatcher against a real engine: an unhealthy container and an unexpected exit are
// problems; the user's own stop is not; a silenced node says nothing.
class TestProblemWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsUnhealthyAndUnexpectedExits();
    void silencedNodeSaysNothing();
    void nodeGoingOfflineIsToldOnce();

private:
    NodeService *startNode(NodeManager &manager);
    QTemporaryDir m_config;
};

void TestProblemWatcher::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_problemwatcher"));
    QSettings().clear();
}

NodeService *TestProblemWatcher::startNode(NodeManager &manager)
{
    manager.setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()), QStringLiteral("test"));
    NodeService *node = manager.nodes().first();
    if (!QTest::qWaitFor([node] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

void TestProblemWatcher::reportsUnhealthyAndUnexpectedExits()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    ProblemWatcher watcher(&manager);
    NodeService *node = startNode(manager);
    QVERIFY(node);
    QSignalSpy problems(&watcher, &ProblemWatcher::problem);
    const QString socket = TestEngines::dockerSocket();
    QStringList names;
    const auto cleanup = qScopeGuard([&] {
        for (const QString &n : names)
            TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), n});
    });

    const QString sick = TestEngines::uniqueName(QStringLiteral("sick"));
    names << sick;
    QCOMPARE(TestEngines::docker(
                 socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                          sick, QStringLiteral("--network"), QStringLiteral("none"),
                          QStringLiteral("--health-cmd"), QStringLiteral("echo disk full; false"),
                          QStringLiteral("--health-interval"), QStringLiteral("1s"),
                          QStringLiteral("--health-retries"), QStringLiteral("1"),
                          TestEngines::image(), QStringLiteral("sleep"), QStringLiteral("300")})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 30000);
    QCOMPARE(problems.first().at(0).toString(), node->id());
    QCOMPARE(problems.first().at(2).toString(), sick + QStringLiteral(" is unhealthy"));
    QVERIFY2(problems.first().at(3).toString().contains(QStringLiteral("disk full")),
             qPrintable(problems.first().at(3).toString()));

    // An exit of its own, non-zero: a problem.
    problems.clear();
    const QString crash = TestEngines::uniqueName(QStringLiteral("crash"));
    names << crash;
    QCOMPARE(TestEngines::runDetached(
                 socket, crash,
                 {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; exit 3")})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 30000);
    QCOMPARE(problems.last().at(2).toString(), crash + QStringLiteral(" stopped unexpectedly"));
    QVERIFY(problems.last().at(3).toString().contains(QStringLiteral("code 3")));

    // Killed by the user through Gontainer: expected, so nothing.
    const QString calm = TestEngines::uniqueName(QStringLiteral("calm"));
    names << calm;
    const auto run =
        TestEngines::runDetached(socket, calm, {QStringLiteral("sleep"), QStringLiteral("300")});
    QCOMPARE(run.exitCode, 0);
    watcher.expectExit(node->id(), run.output.trimmed());
    problems.clear();
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("kill"), calm}).exitCode, 0);
    QTest::qWait(3000);
    for (const auto &args : std::as_const(problems))
        QVERIFY2(!args.at(2).toString().startsWith(calm), qPrintable(args.at(2).toString()));
}

void TestProblemWatcher::silencedNodeSaysNothing()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    ProblemWatcher watcher(&manager);
    NodeService *node = startNode(manager);
    QVERIFY(node);
    QVERIFY(ProblemWatcher::notifiesFor(node->id()));
    ProblemWatcher::setNotifiesFor(node->id(), false);
    const auto restore = qScopeGuard([&] { ProblemWatcher::setNotifiesFor(node->id(), true); });
    QVERIFY(!ProblemWatcher::notifiesFor(node->id()));
    QSignalSpy problems(&watcher, &ProblemWatcher::problem);
    const QString socket = TestEngines::dockerSocket();
    const QString crash = TestEngines::uniqueName(QStringLiteral("quiet"));
    QCOMPARE(
        TestEngines::runDetached(
            socket, crash, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 4")})
            .exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ContainerSummary &c : node->containers()) {
                if (c.name == crash)
                    return c.state == ContainerSummary::State::Exited;
            }
            return false;
        }(),
        30000);
    QTest::qWait(1500);
    QCOMPARE(problems.count(), 0);
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), crash});
}

void TestProblemWatcher::nodeGoingOfflineIsToldOnce()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dir() + QStringLiteral("/pw-offline.sock");
    QProcess *service = TestEngines::startPodmanService(socket);
    QVERIFY(service);
    auto stop = qScopeGuard([&] { TestEngines::stopPodmanService(service); });
    NodeManager manager;
    ProblemWatcher watcher(&manager);
    NodeConfig config;
    config.name = QStringLiteral("podman here");
    config.url = QStringLiteral("unix://") + socket;
    QCOMPARE(manager.addNode(config), QString());
    NodeService *node = manager.node(QStringLiteral("podman here"));
    QVERIFY(node);
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);
    QSignalSpy problems(&watcher, &ProblemWatcher::problem);
    QSignalSpy retries(node, &NodeService::retryScheduled);

    stop.dismiss();
    TestEngines::stopPodmanService(service);
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 30000);
    QCOMPARE(problems.first().at(0).toString(), node->id());
    QCOMPARE(problems.first().at(1).toString(), QString());
    QCOMPARE(problems.first().at(2).toString(), QStringLiteral("podman here is offline"));
    // Once: not again at each of its tries to reconnect.
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 60000);
    QCOMPARE(problems.size(), 1);

    // Back, then gone again with that kind switched off: nothing.
    service = TestEngines::startPodmanService(socket);
    QVERIFY(service);
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 60000);
    ProblemWatcher::setNotifiesOf(ProblemWatcher::Kind::NodeOffline, false);
    const auto restore =
        qScopeGuard([] { ProblemWatcher::setNotifiesOf(ProblemWatcher::Kind::NodeOffline, true); });
    retries.clear();
    TestEngines::stopPodmanService(service);
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Offline, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!retries.isEmpty(), 30000);
    QCOMPARE(problems.size(), 1);
}

QTEST_GUILESS_MAIN(TestProblemWatcher)
#include "tst_problemwatcher.moc"
