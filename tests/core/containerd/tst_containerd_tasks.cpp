// ContainerdEngine's actions against the harness's containerd: start (a task with its
// snapshot's mounts and a log file), stop (SIGTERM, then SIGKILL after the timeout), restart,
// kill with a signal, pause and resume, rename, remove with and without force (task, container
// and snapshot), wait, prune and top; Docker's namespace refused; the restart policy kept by
// containerd's restart monitor; a container with a terminal.
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
#include <QVersionNumber>

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

QString labelOf(const QString &id, const QString &key)
{
    return containerInfo(id).value(QLatin1String("Labels")).toObject().value(key).toString();
}

const QString RestartStatus = QStringLiteral("containerd.io/restart.status");

// A container made through the engine with restart policy `policy`, running `command`.
QString createWithPolicy(ContainerdEngine &engine, const RestartPolicy &policy,
                         const QStringList &command)
{
    // What the engine allows depends on its version (on-failure from 1.7).
    if (engine.info().version.isEmpty() &&
        !await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); }).ok())
        return {};
    ContainerSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("rp"));
    spec.image = TestEngines::containerdImage();
    spec.command = command;
    spec.restart = policy;
    const auto r =
        await<CreatedObject>([&](QObject *c, auto cb) { engine.createContainer(spec, c, cb); });
    if (!r.ok()) {
        qWarning() << "create:" << r.error.userText();
        return {};
    }
    return ContainerdIds::split(r.value.id).id;
}

// Removes a container with a restart policy through the engine (which tells the restart
// monitor first, else it could start the task again between its removal and the container's).
void removeThrough(ContainerdEngine &engine, const QString &id)
{
    const EngineError e = awaitDone(
        [&](QObject *c, auto cb) { engine.removeContainer(full(id), true, false, c, cb); });
    if (e.isError())
        removeContainer(id);
}

// Waits for a new task of `id` that runs, after the one with pid `oldPid`.
bool runsAgain(const QString &id, const QString &oldPid)
{
    return QTest::qWaitFor(
        [&] { return taskStatus(id) == QLatin1String("RUNNING") && taskPid(id) != oldPid; },
        120000);
}

// Waits for containerd's restart monitor to make three passes over the test namespace that all
// began after this call: `sentinel` (restart policy "always", running) is killed from outside
// and restarted by the monitor, three times. The second restart is by a pass that began after
// the first restart, so after every container's state before this call; whatever that pass
// decided for them is done once the third restart is. With no fixed time, this holds for any
// monitor interval (the harness's is 1 s, containerd's own 10 s).
bool monitorPassed(const QString &sentinel)
{
    for (int i = 0; i < 3; ++i) {
        const QString pid = taskPid(sentinel);
        if (taskStatus(sentinel) != QLatin1String("RUNNING"))
            return false;
        TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"), QStringLiteral("-s"),
                          QStringLiteral("SIGKILL"), sentinel});
        if (!runsAgain(sentinel, pid))
            return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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
    void restartAlways();
    void stoppedStaysStopped();
    void restartOnFailure();
    void pausedStaysPaused();
    void failedStartKeepsPolicy();
    void terminal();

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

// A container with restart policy "always", started through the engine, is kept running by
// containerd's restart monitor: killed from outside, it runs again with its output in the same
// log. The policy reads back in its details.
void TestContainerdTasks::restartAlways()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString id = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0},
                                        {QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("echo started; exec sleep 300")});
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeThrough(engine, id); });
    // Only created: the monitor must not start it.
    QCOMPARE(labelOf(id, RestartStatus), QString());

    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("running"));
    const QString logUri = labelOf(id, QStringLiteral("gontainer/log-uri"));
    QCOMPARE(labelOf(id, QStringLiteral("containerd.io/restart.loguri")), logUri);
    const QString logFile = QUrl(logUri).toLocalFile();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(logFile).count("started"), qsizetype(1), 30000);

    const auto details = await<ContainerDetails>(
        [&](QObject *c, auto cb) { engine.inspectContainer(full(id), c, cb); });
    QVERIFY2(details.ok(), qPrintable(details.error.userText()));
    QCOMPARE(details.value.spec.restart.mode, RestartPolicy::Mode::Always);
    // The node offers the policy (the create dialog and the details show it).
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.userText()));
    QVERIFY(info.value.capabilities.restartPolicy);

    const QString pid = taskPid(id);
    TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"), QStringLiteral("-s"),
                      QStringLiteral("SIGKILL"), id});
    QVERIFY2(runsAgain(id, pid), qPrintable(taskStatus(id)));
    QTRY_COMPARE_WITH_TIMEOUT(readFile(logFile).count("started"), qsizetype(2), 30000);

    // Killed by the user with SIGKILL (as Docker: no restart after that), the monitor is told
    // to leave it alone.
    e = awaitDone([&](QObject *c, auto cb) {
        engine.killContainer(full(id), QStringLiteral("KILL"), c, cb);
    });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(labelOf(id, RestartStatus), QString());
    QCOMPARE(labelOf(id, QStringLiteral("containerd.io/restart.explicitly-stopped")),
             QStringLiteral("true"));
    // Started again by the user, it is to run again, and an explicit stop is forgotten.
    QTRY_COMPARE_WITH_TIMEOUT(taskStatus(id), QStringLiteral("STOPPED"), 30000);
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("running"));
    QCOMPARE(labelOf(id, QStringLiteral("containerd.io/restart.explicitly-stopped")), QString());
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
}

// Stopped through the engine, a container with restart policy "always" or "unless-stopped"
// stays stopped while the restart monitor passes over it (a running one with "always" shows
// that it passes); restarted through the engine, it runs.
void TestContainerdTasks::stoppedStaysStopped()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString sentinel = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0}, Sleeper);
    QVERIFY(!sentinel.isEmpty());
    auto cleanSentinel = qScopeGuard([&] { removeThrough(engine, sentinel); });
    const QString always = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0}, Sleeper);
    QVERIFY(!always.isEmpty());
    auto cleanAlways = qScopeGuard([&] { removeThrough(engine, always); });
    // This one takes its time to stop: the monitor must not kill it meanwhile.
    const QString unless = createWithPolicy(
        engine, {RestartPolicy::Mode::UnlessStopped, 0},
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("trap 'sleep 3; exit 5' TERM; while true; do sleep 0.2; done")});
    QVERIFY(!unless.isEmpty());
    auto cleanUnless = qScopeGuard([&] { removeThrough(engine, unless); });
    for (const QString &id : {sentinel, always, unless}) {
        const EngineError e =
            awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
    }

    for (const QString &id : {always, unless}) {
        const EngineError e = awaitDone([&](QObject *c, auto cb) {
            engine.stopContainer(full(id), id == unless ? 60 : 0, c, cb);
        });
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
        QCOMPARE(taskStatus(id), QStringLiteral("STOPPED"));
        QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("stopped"));
    }
    // With its time to stop (not SIGKILL from the monitor, as a wanted status "stopped" while
    // it ran would have made).
    const auto code =
        await<int>([&](QObject *c, auto cb) { engine.waitContainer(full(unless), c, cb); });
    QVERIFY2(code.ok(), qPrintable(code.error.userText()));
    QCOMPARE(code.value, 5);
    QVERIFY(monitorPassed(sentinel));
    QCOMPARE(taskStatus(always), QStringLiteral("STOPPED"));
    QCOMPARE(taskStatus(unless), QStringLiteral("STOPPED"));

    // A restart through the engine stops and starts it: it is to run afterwards.
    const EngineError e =
        awaitDone([&](QObject *c, auto cb) { engine.restartContainer(full(always), 0, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(always), QStringLiteral("RUNNING"));
    QCOMPARE(labelOf(always, RestartStatus), QStringLiteral("running"));
}

// "on-failure" (containerd 1.7's monitor; 1.6 refuses it at create, see tst_containerd_create):
// a task that exits with 0 is left stopped, one that fails runs again up to the limit.
void TestContainerdTasks::restartOnFailure()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.userText()));
    if (QVersionNumber::fromString(info.value.version) < QVersionNumber(1, 7))
        QSKIP("containerd before 1.7 knows no on-failure policy (refused at create)");

    const QString sentinel = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0}, Sleeper);
    QVERIFY(!sentinel.isEmpty());
    auto cleanSentinel = qScopeGuard([&] { removeThrough(engine, sentinel); });
    const QString ok = createWithPolicy(
        engine, {RestartPolicy::Mode::OnFailure, 0},
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo ran; exit 0")});
    QVERIFY(!ok.isEmpty());
    auto cleanOk = qScopeGuard([&] { removeThrough(engine, ok); });
    const QString failing = createWithPolicy(
        engine, {RestartPolicy::Mode::OnFailure, 2},
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo ran; exit 3")});
    QVERIFY(!failing.isEmpty());
    auto cleanFailing = qScopeGuard([&] { removeThrough(engine, failing); });
    for (const QString &id : {sentinel, ok, failing}) {
        const EngineError e =
            awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
    }

    // The failing one: started, then restarted twice by the monitor, and left stopped.
    QTRY_COMPARE_WITH_TIMEOUT(labelOf(failing, QStringLiteral("containerd.io/restart.count")),
                              QStringLiteral("2"), 120000);
    const QString failingLog =
        QUrl(labelOf(failing, QStringLiteral("gontainer/log-uri"))).toLocalFile();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(failingLog).count("ran"), qsizetype(3), 60000);

    QTRY_COMPARE_WITH_TIMEOUT(taskStatus(ok), QStringLiteral("STOPPED"), 30000);
    const QString okPid = taskPid(ok);
    QVERIFY(monitorPassed(sentinel));
    QCOMPARE(taskStatus(ok), QStringLiteral("STOPPED"));
    QCOMPARE(taskPid(ok), okPid);
    QCOMPARE(labelOf(ok, QStringLiteral("containerd.io/restart.count")), QString());
    QCOMPARE(taskStatus(failing), QStringLiteral("STOPPED"));
    QCOMPARE(labelOf(failing, QStringLiteral("containerd.io/restart.count")), QStringLiteral("2"));

    // Started by the user, the count starts again.
    const EngineError e =
        awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(failing), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(labelOf(failing, QStringLiteral("containerd.io/restart.count")), QString());
}

// Paused through the engine, a container with restart policy "always" stays paused (the same
// task) while the restart monitor passes over it (which takes a paused task for one that does
// not run); a start refuses it, as Docker's; unpaused, the monitor keeps it running again.
void TestContainerdTasks::pausedStaysPaused()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString sentinel = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0}, Sleeper);
    QVERIFY(!sentinel.isEmpty());
    auto cleanSentinel = qScopeGuard([&] { removeThrough(engine, sentinel); });
    const QString id = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0}, Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeThrough(engine, id); });
    for (const QString &c : {sentinel, id}) {
        const EngineError e =
            awaitDone([&](QObject *ctx, auto cb) { engine.startContainer(full(c), ctx, cb); });
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
    }
    const QString pid = taskPid(id);
    QVERIFY(!pid.isEmpty());

    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.pauseContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("PAUSED"));
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("paused"));
    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QCOMPARE(e.httpStatus, 409);
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("paused"));
    QVERIFY(monitorPassed(sentinel));
    QCOMPARE(taskStatus(id), QStringLiteral("PAUSED"));
    QCOMPARE(taskPid(id), pid);

    e = awaitDone([&](QObject *c, auto cb) { engine.unpauseContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QCOMPARE(taskStatus(id), QStringLiteral("RUNNING"));
    QCOMPARE(taskPid(id), pid);
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("running"));
    TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"), QStringLiteral("-s"),
                      QStringLiteral("SIGKILL"), id});
    QVERIFY2(runsAgain(id, pid), qPrintable(taskStatus(id)));
}

// A start that fails (the container's snapshot is gone) leaves the restart policy's labels as
// they were: stopped by the user, it is still to stay stopped.
void TestContainerdTasks::failedStartKeepsPolicy()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString id = createWithPolicy(engine, {RestartPolicy::Mode::Always, 0}, Sleeper);
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeThrough(engine, id); });
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(full(id), 0, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    const QString explicitly = QStringLiteral("containerd.io/restart.explicitly-stopped");
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("stopped"));
    QCOMPARE(labelOf(id, explicitly), QStringLiteral("true"));

    const QJsonObject info = containerInfo(id);
    const QString key = info.value(QLatin1String("SnapshotKey")).toString();
    QVERIFY(!key.isEmpty());
    const auto rm = TestEngines::ctr(
        {QStringLiteral("snapshots"),
         QStringLiteral("--snapshotter=") + info.value(QLatin1String("Snapshotter")).toString(),
         QStringLiteral("rm"), key});
    QVERIFY2(rm.exitCode == 0, qPrintable(rm.output));

    e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY(e.isError());
    QCOMPARE(labelOf(id, RestartStatus), QStringLiteral("stopped"));
    QCOMPARE(labelOf(id, explicitly), QStringLiteral("true"));
}

// A container whose spec asks for a terminal (`ctr c create --tty`) starts through the engine,
// with the terminal's output in its log, again on a second start. (Its command is `tty`, which
// names the terminal, or says "not a tty": ctr takes a -c among the command's arguments as its
// own --config, even after "--".)
void TestContainerdTasks::terminal()
{
    REQUIRE_CONTAINERD();
    const QString id = TestEngines::uniqueName(QStringLiteral("tty"));
    const auto made = TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("create"),
                                        QStringLiteral("--tty"), TestEngines::containerdImage(), id,
                                        QStringLiteral("tty")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto clean = qScopeGuard([&] { removeContainer(id); });
    const QJsonObject process = containerInfo(id)
                                    .value(QLatin1String("Spec"))
                                    .toObject()
                                    .value(QLatin1String("process"))
                                    .toObject();
    QVERIFY(process.value(QLatin1String("terminal")).toBool());

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    for (int run = 1; run <= 2; ++run) {
        const EngineError e =
            awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
        const auto code =
            await<int>([&](QObject *c, auto cb) { engine.waitContainer(full(id), c, cb); });
        QVERIFY2(code.ok(), qPrintable(code.error.userText()));
        QCOMPARE(code.value, 0);
        const QString logFile =
            QUrl(labelOf(id, QStringLiteral("gontainer/log-uri"))).toLocalFile();
        QCOMPARE(logFile, ContainerdTasks::logPath(TestEngines::containerdNamespace(), id));
        // The logging shell may write after the task's exit is told.
        QTRY_COMPARE_WITH_TIMEOUT(readFile(logFile).count("/dev/pts/"), qsizetype(run), 30000);
        QVERIFY2(!readFile(logFile).contains("not a tty"), readFile(logFile).constData());
    }
}

QTEST_GUILESS_MAIN(TestContainerdTasks)
#include "tst_containerd_tasks.moc"
