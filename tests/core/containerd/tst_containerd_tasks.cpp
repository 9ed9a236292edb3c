// ContainerdEngine's actions against the harness's containerd: start (a task with its
// snapshot's mounts and a log file), stop (SIGTERM, then SIGKILL after the timeout), restart,
// kill with a signal, pause and resume, rename, remove with and without force (task, container
// and snapshot), wait, prune and top; Docker's namespace refused.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdtasks.h"
#include "testengines.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>

#include <optional>

namespace {

template<typename T, typename Start>
EngineResult<T> await(Start start, int timeoutMs = 60000)
{
    std::optional<EngineResult<T>> out;
    QObject context;
    start(&context, [&out](const EngineResult<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return EngineResult<T>::failure(EngineError::make(EngineError::Kind::Timeout, {}));
    return *out;
}

template<typename Start>
EngineError awaitDone(Start start, int timeoutMs = 60000)
{
    std::optional<EngineError> out;
    QObject context;
    start(&context, [&out](const EngineError &e) { out = e; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer"));
    return *out;
}

QString full(const QString &id)
{
    return ContainerdIds::join(TestEngines::containerdNamespace(), id);
}

// The task's status as ctr shows it (RUNNING, STOPPED, PAUSED, ...), empty without a task.
QString taskStatus(const QString &id)
{
    const auto r = TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("ls")});
    for (const QString &line : r.output.split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 3 && f.at(0) == id)
            return f.at(2);
    }
    return {};
}

QString taskPid(const QString &id)
{
    const auto r = TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("ls")});
    for (const QString &line : r.output.split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 3 && f.at(0) == id)
            return f.at(1);
    }
    return {};
}

QJsonObject containerInfo(const QString &id)
{
    const auto r = TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("info"), id});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.output.toUtf8()).object();
}

void removeContainer(const QString &id)
{
    TestEngines::ctr(
        {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
    TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
}

// A container that was never started, running `command`, named `name`.
QString createContainer(const QString &name, const QStringList &command)
{
    const QString id = TestEngines::uniqueName(QStringLiteral("t"));
    QStringList args{QStringLiteral("containers"),   QStringLiteral("create"),
                     QStringLiteral("--label"),      QStringLiteral("nerdctl/name=") + name,
                     TestEngines::containerdImage(), id};
    // After "--", the command's own options (sh -c) are not ctr's.
    args.insert(4, QStringLiteral("--"));
    args << command;
    const auto r = TestEngines::ctr(args);
    if (r.exitCode != 0) {
        qWarning() << "ctr containers create:" << r.output;
        return {};
    }
    return id;
}

const QStringList Sleeper{QStringLiteral("sleep"), QStringLiteral("300")};

} // namespace

class TestContainerdTasks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signalNames();
    void startStopRestart();
    void stopKillsWhatIgnoresTerm();
    void killWithSignal();
    void pauseAndResume();
    void rename();
    void removeWithAndWithoutForce();
    void waitForNextExit();
    void prune();
    void top();
    void dockersNamespaceRefused();

private:
    QString m_logDir;
};

void TestContainerdTasks::initTestCase()
{
    // The chroot's containerd (@newer) shares /tmp only: the logs go where both see them.
    m_logDir = TestEngines::dir() + QStringLiteral("/tasks-logs");
    qputenv("GONTAINER_CONTAINERD_LOG_DIR", QFile::encodeName(m_logDir));
}

void TestContainerdTasks::signalNames()
{
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("SIGHUP")), 1);
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("hup")), 1);
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("KILL")), 9);
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("15")), 15);
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("SIGUSR1")), 10);
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("NOPE")), 0);
    QCOMPARE(ContainerdTasks::signalNumber(QStringLiteral("99")), 0);
}

void TestContainerdTasks::startStopRestart()
{
    REQUIRE_CONTAINERD();
    const QString id = createContainer(TestEngines::uniqueName(QStringLiteral("ssr")), Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    QCOMPARE(taskStatus(id), QString());

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
    // Where the log goes is kept on the container, in Gontainer's folder.
    const QString uri = containerInfo(id)
                            .value(QLatin1String("Labels"))
                            .toObject()
                            .value(QLatin1String("gontainer/log-uri"))
                            .toString();
    QCOMPARE(uri,
             QUrl::fromLocalFile(ContainerdTasks::logPath(TestEngines::containerdNamespace(), id))
                 .toString());
    QVERIFY(uri.startsWith(QStringLiteral("file://") + m_logDir));
    // The shim made the folder and the file.
    QVERIFY(QFile::exists(QUrl(uri).toLocalFile()));
    // Starting what runs is no error.
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));

    const QString firstPid = taskPid(id);
    e = awaitDone([&](QObject *c, auto cb) { engine.restartContainer(full(id), 0, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
    QVERIFY(taskPid(id) != firstPid);

    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(full(id), 0, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    // Stopped, not deleted: its exit status stays to be seen.
    QCOMPARE(taskStatus(id), QStringLiteral("STOPPED"));
    // Stopping what is stopped is no error; starting it again makes a new task.
    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(full(id), 1, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
}

void TestContainerdTasks::stopKillsWhatIgnoresTerm()
{
    REQUIRE_CONTAINERD();
    // A container's first process ignores SIGTERM unless it handles it: sleep does not.
    const QString id = createContainer(TestEngines::uniqueName(QStringLiteral("term")), Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));

    QElapsedTimer clock;
    clock.start();
    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(full(id), 2, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(taskStatus(id), QStringLiteral("STOPPED"));
    const auto code =
        await<int>([&](QObject *c, auto cb) { engine.waitContainer(full(id), c, cb); });
    QVERIFY2(code.ok(), qPrintable(code.error.userText()));
    QCOMPARE(code.value, 128 + 9);

    // A stop that is cancelled answers Aborted, and the wait it was in ends.
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    std::optional<EngineError> answer;
    QObject context;
    const CallHandle stop = engine.stopContainer(full(id), 120, &context,
                                                 [&](const EngineError &err) { answer = err; });
    stop.cancel();
    QVERIFY(answer);
    QCOMPARE(answer->kind, EngineError::Kind::Aborted);
}

void TestContainerdTasks::killWithSignal()
{
    REQUIRE_CONTAINERD();
    const QString id =
        createContainer(TestEngines::uniqueName(QStringLiteral("hup")),
                        {QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("trap 'exit 7' HUP; while true; do sleep 0.2; done")});
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e =
        awaitDone([&](QObject *c, auto cb) { engine.killContainer(full(id), {}, c, cb); });
    QCOMPARE(e.httpStatus, 409); // not running
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    e = awaitDone([&](QObject *c, auto cb) {
        engine.killContainer(full(id), QStringLiteral("BOGUS"), c, cb);
    });
    QCOMPARE(e.kind, EngineError::Kind::BadInput);
    e = awaitDone([&](QObject *c, auto cb) {
        engine.killContainer(full(id), QStringLiteral("SIGHUP"), c, cb);
    });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    const auto code =
        await<int>([&](QObject *c, auto cb) { engine.waitContainer(full(id), c, cb); });
    QVERIFY2(code.ok(), qPrintable(code.error.userText()));
    QCOMPARE(code.value, 7);
    QCOMPARE(taskStatus(id), QStringLiteral("STOPPED"));
}

void TestContainerdTasks::pauseAndResume()
{
    REQUIRE_CONTAINERD();
    const QString id = createContainer(TestEngines::uniqueName(QStringLiteral("pause")), Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.pauseContainer(full(id), c, cb); });
    QCOMPARE(e.httpStatus, 409);
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    e = awaitDone([&](QObject *c, auto cb) { engine.pauseContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("PAUSED"));
    e = awaitDone([&](QObject *c, auto cb) { engine.unpauseContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
    // A paused container stops too (it is continued to get the signal).
    e = awaitDone([&](QObject *c, auto cb) { engine.pauseContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(full(id), 1, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("STOPPED"));
}

void TestContainerdTasks::rename()
{
    REQUIRE_CONTAINERD();
    const QString takenName = TestEngines::uniqueName(QStringLiteral("taken"));
    const QString other = createContainer(takenName, Sleeper);
    QVERIFY(!other.isEmpty());
    auto cleanOther = qScopeGuard([&] { removeContainer(other); });
    const QString id = createContainer(TestEngines::uniqueName(QStringLiteral("old")), Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());

    const QString newName = TestEngines::uniqueName(QStringLiteral("new"));
    EngineError e =
        awaitDone([&](QObject *c, auto cb) { engine.renameContainer(full(id), newName, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    const auto labels = [&](const QString &which) {
        return containerInfo(which).value(QLatin1String("Labels")).toObject();
    };
    QCOMPARE(labels(id).value(QLatin1String("nerdctl/name")).toString(), newName);

    e = awaitDone([&](QObject *c, auto cb) { engine.renameContainer(full(id), takenName, c, cb); });
    QCOMPARE(e.kind, EngineError::Kind::NameInUse);
    QCOMPARE(labels(id).value(QLatin1String("nerdctl/name")).toString(), newName);
    QCOMPARE(labels(other).value(QLatin1String("nerdctl/name")).toString(), takenName);

    e = awaitDone([&](QObject *c, auto cb) {
        engine.renameContainer(full(QStringLiteral("no-such-container")),
                               TestEngines::uniqueName(QStringLiteral("free")), c, cb);
    });
    QCOMPARE(e.httpStatus, 404);
}

void TestContainerdTasks::removeWithAndWithoutForce()
{
    REQUIRE_CONTAINERD();
    const QString id = createContainer(TestEngines::uniqueName(QStringLiteral("rm")), Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    const QJsonObject info = containerInfo(id);
    const QString snapshotter = info.value(QLatin1String("Snapshotter")).toString();
    const QString key = info.value(QLatin1String("SnapshotKey")).toString();
    QVERIFY(!key.isEmpty());
    const auto snapshotExists = [&] {
        return TestEngines::ctr({QStringLiteral("snapshots"), QStringLiteral("--snapshotter"),
                                 snapshotter, QStringLiteral("info"), key})
                   .exitCode == 0;
    };
    QVERIFY(snapshotExists());

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    const QString logFile = ContainerdTasks::logPath(TestEngines::containerdNamespace(), id);
    QVERIFY(QFile::exists(logFile));

    e = awaitDone(
        [&](QObject *c, auto cb) { engine.removeContainer(full(id), false, false, c, cb); });
    QCOMPARE(e.httpStatus, 409);
    QVERIFY2(e.message.contains(QStringLiteral("force")), qPrintable(e.message));
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
    QVERIFY(!containerInfo(id).isEmpty());

    e = awaitDone(
        [&](QObject *c, auto cb) { engine.removeContainer(full(id), true, false, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QString());
    QVERIFY(containerInfo(id).isEmpty());
    QVERIFY(!snapshotExists());
    QVERIFY(!QFile::exists(logFile));

    // A stopped one goes without force.
    const QString stopped =
        createContainer(TestEngines::uniqueName(QStringLiteral("rm2")), {QStringLiteral("true")});
    QVERIFY(!stopped.isEmpty());
    auto cleanStopped = qScopeGuard([&] { removeContainer(stopped); });
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(stopped), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_COMPARE_WITH_TIMEOUT(taskStatus(stopped), QStringLiteral("STOPPED"), 30000);
    e = awaitDone(
        [&](QObject *c, auto cb) { engine.removeContainer(full(stopped), false, false, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QVERIFY(containerInfo(stopped).isEmpty());
}

void TestContainerdTasks::waitForNextExit()
{
    REQUIRE_CONTAINERD();
    const QString id = createContainer(
        TestEngines::uniqueName(QStringLiteral("next")),
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; exit 4")});
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    // Asked before the start, as docker run does.
    std::optional<EngineResult<int>> exit;
    QObject context;
    engine.waitContainerUntil(full(id), Engine::WaitCondition::NextExit, &context,
                              [&](const EngineResult<int> &r) { exit = r; });
    std::optional<EngineResult<int>> removed;
    engine.waitContainerUntil(full(id), Engine::WaitCondition::Removed, &context,
                              [&](const EngineResult<int> &r) { removed = r; });
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(exit.has_value(), 30000);
    QVERIFY2(exit->ok(), qPrintable(exit->error.userText()));
    QCOMPARE(exit->value, 4);
    QVERIFY(!removed.has_value());
    e = awaitDone(
        [&](QObject *c, auto cb) { engine.removeContainer(full(id), false, false, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    QVERIFY2(removed->ok(), qPrintable(removed->error.userText()));
    QCOMPARE(removed->value, 4);

    // The next exit of a container that runs now (started by ctr): its task's.
    const auto running = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("nextrun")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("trap 'exit 6' USR1; while true; do sleep 0.2; done")});
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto cleanRunning = qScopeGuard([&] { removeContainer(running.output); });
    std::optional<EngineResult<int>> next;
    const qint64 waitsBefore = engine.callCounts().value(QStringLiteral("tasks.Wait"));
    engine.waitContainerUntil(full(running.output), Engine::WaitCondition::NextExit, &context,
                              [&](const EngineResult<int> &r) { next = r; });
    // Once the wait has found the task: the engine asked tasks.Wait.
    QTRY_VERIFY_WITH_TIMEOUT(engine.callCounts().value(QStringLiteral("tasks.Wait")) > waitsBefore,
                             30000);
    QVERIFY(!next.has_value());
    const auto kill =
        TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"),
                          QStringLiteral("--signal"), QStringLiteral("SIGUSR1"), running.output});
    QVERIFY2(kill.exitCode == 0, qPrintable(kill.output));
    QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), 30000);
    QVERIFY2(next->ok(), qPrintable(next->error.userText()));
    QCOMPARE(next->value, 6);

    // Waiting on what does not exist is refused.
    const auto none = await<int>([&](QObject *c, auto cb) {
        engine.waitContainer(full(QStringLiteral("no-such-container")), c, cb);
    });
    QCOMPARE(none.error.httpStatus, 404);
}

void TestContainerdTasks::prune()
{
    REQUIRE_CONTAINERD();
    const auto running = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("keep")), Sleeper);
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto cleanRunning = qScopeGuard([&] { removeContainer(running.output); });
    const QString created =
        createContainer(TestEngines::uniqueName(QStringLiteral("gone")), Sleeper);
    QVERIFY(!created.isEmpty());
    auto cleanCreated = qScopeGuard([&] { removeContainer(created); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const auto r = await<PruneReport>([&](QObject *c, auto cb) { engine.pruneContainers(c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY2(r.value.deleted.contains(full(created)), qPrintable(r.value.deleted.join(u' ')));
    QVERIFY(!r.value.deleted.contains(full(running.output)));
    QVERIFY(containerInfo(created).isEmpty());
    QCOMPARE(taskStatus(running.output), QStringLiteral("RUNNING"));
}

void TestContainerdTasks::top()
{
    REQUIRE_CONTAINERD();
    const auto running = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("top")), Sleeper);
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto clean = qScopeGuard([&] { removeContainer(running.output); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const auto r = await<ProcessList>(
        [&](QObject *c, auto cb) { engine.topContainer(full(running.output), c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QCOMPARE(r.value.titles,
             (QStringList{QStringLiteral("PID"), QStringLiteral("PPID"), QStringLiteral("CMD")}));
    QCOMPARE(r.value.processes.size(), 1);
    QCOMPARE(r.value.processes.at(0).at(0), taskPid(running.output));
    QCOMPARE(r.value.processes.at(0).at(2), QStringLiteral("sleep 300"));
}

void TestContainerdTasks::dockersNamespaceRefused()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString id = QStringLiteral("moby/0123456789ab");
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(id, c, cb); });
    QCOMPARE(e.kind, EngineError::Kind::Unsupported);
    QVERIFY2(e.message.contains(QStringLiteral("Docker")), qPrintable(e.message));
    e = awaitDone([&](QObject *c, auto cb) { engine.removeContainer(id, true, false, c, cb); });
    QCOMPARE(e.kind, EngineError::Kind::Unsupported);
    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(id, 1, c, cb); });
    QCOMPARE(e.kind, EngineError::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestContainerdTasks)
#include "tst_containerd_tasks.moc"
