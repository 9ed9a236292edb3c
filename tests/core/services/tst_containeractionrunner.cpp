#include "core/services/containeractionrunner.h"

#include "core/services/enginecall.h"
#include "core/services/enginestream.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// ContainerActionRunner against real engines: each action changes the container as the engine
// reports it, a batch reports every container's result, and failures carry the engine's words.
class TestContainerActionRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsChangeContainers_data();
    void actionsChangeContainers();
    void batchReportsEachResult_data();
    void batchReportsEachResult();
    void nodeWithoutEngineAnswersWithError();
    void goneReceiverGetsNoAnswer();
    void removedNodeFails();
    void nodeDeletedMidCallAnswers();

private:
    static const ContainerSummary *find(const NodeService &node, const QString &id);
    static bool waitState(const NodeService &node, const QString &id,
                          ContainerSummary::State state);
    static QList<ContainerActionResult> runAndWait(ContainerActionRunner &runner,
                                                   ContainerAction action,
                                                   const QList<ContainerTarget> &targets,
                                                   const ContainerActionOptions &options = {});
};

void TestContainerActionRunner::initTestCase()
{
    qRegisterMetaType<ContainerAction>();
    qRegisterMetaType<QList<ContainerActionResult>>();
}

const ContainerSummary *TestContainerActionRunner::find(const NodeService &node, const QString &id)
{
    static QList<ContainerSummary> list;
    list = node.containers();
    for (const ContainerSummary &c : list) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool TestContainerActionRunner::waitState(const NodeService &node, const QString &id,
                                          ContainerSummary::State state)
{
    return QTest::qWaitFor(
        [&] {
            const ContainerSummary *c = find(node, id);
            return c && c->state == state;
        },
        30000);
}

QList<ContainerActionResult>
TestContainerActionRunner::runAndWait(ContainerActionRunner &runner, ContainerAction action,
                                      const QList<ContainerTarget> &targets,
                                      const ContainerActionOptions &options)
{
    QSignalSpy finished(&runner, &ContainerActionRunner::finished);
    const int batch = runner.run(action, targets, options);
    if (!finished.wait(30000))
        return {};
    if (finished.first().at(0).toInt() != batch)
        return {};
    return finished.first().at(2).value<QList<ContainerActionResult>>();
}

void TestContainerActionRunner::actionsChangeContainers_data()
{
    TestEngines::addEngineRows();
}

void TestContainerActionRunner::actionsChangeContainers()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);

    NodeServiceImpl node(QStringLiteral("actions"), endpoint);
    node.start();
    QVERIFY(QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000));
    const QString name = TestEngines::uniqueName(QStringLiteral("act"));
    const auto created = TestEngines::docker(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), name,
                 QStringLiteral("--network"), QStringLiteral("none"), TestEngines::image(),
                 QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const QString id = created.output.split(QLatin1Char('\n')).last().trimmed();
    QVERIFY(waitState(node, id, ContainerSummary::State::Created));
    const QList<ContainerTarget> target{{&node, id, name}};
    ContainerActionRunner runner;

    const auto expectOk = [](const QList<ContainerActionResult> &results) {
        return results.size() == 1 && !results.first().error.isError();
    };
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Start, target)));
    QVERIFY(waitState(node, id, ContainerSummary::State::Running));
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Pause, target)));
    QVERIFY(waitState(node, id, ContainerSummary::State::Paused));
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Unpause, target)));
    QVERIFY(waitState(node, id, ContainerSummary::State::Running));

    ContainerActionOptions kill;
    kill.signal = QStringLiteral("SIGKILL");
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Kill, target, kill)));
    // Docker emits "die" before its list shows the exit: the node asks again until it does.
    QVERIFY(waitState(node, id, ContainerSummary::State::Exited));
    QCOMPARE(find(node, id)->exitCode, 137);

    ContainerActionOptions restart;
    restart.timeoutSecs = 0;
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Restart, target, restart)));
    QVERIFY(waitState(node, id, ContainerSummary::State::Running));
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Stop, target, restart)));
    QVERIFY(waitState(node, id, ContainerSummary::State::Exited));

    ContainerActionOptions rename;
    rename.newName = name + QStringLiteral("-renamed");
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Rename, target, rename)));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ContainerSummary *c = find(node, id);
            return c && c->name == rename.newName;
        },
        30000));

    ContainerActionOptions remove;
    remove.removeVolumes = true;
    QVERIFY(expectOk(runAndWait(runner, ContainerAction::Remove, target, remove)));
    QVERIFY(QTest::qWaitFor([&] { return !find(node, id); }, 30000));
}

void TestContainerActionRunner::batchReportsEachResult_data()
{
    TestEngines::addEngineRows();
}

void TestContainerActionRunner::batchReportsEachResult()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);

    NodeServiceImpl node(QStringLiteral("batch"), endpoint);
    node.start();
    QVERIFY(QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000));
    QList<ContainerTarget> targets;
    for (int i = 0; i < 3; ++i) {
        const QString name = TestEngines::uniqueName(QStringLiteral("batch"));
        const auto run = TestEngines::runDetached(socket, name,
                                                  {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        targets.append({&node, run.output.trimmed(), name});
    }
    targets.append({&node, QStringLiteral("no-such-container-here"), QStringLiteral("ghost")});

    ContainerActionRunner runner;
    QSignalSpy progress(&runner, &ContainerActionRunner::progress);
    ContainerActionOptions stop;
    stop.timeoutSecs = 0;
    const QList<ContainerActionResult> results =
        runAndWait(runner, ContainerAction::Stop, targets, stop);
    QCOMPARE(results.size(), 4);
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    QCOMPARE(progress.last().at(2).toInt(), 4);
    QCOMPARE(runner.pendingBatches(), 0);
    for (const ContainerActionResult &r : results) {
        QCOMPARE(r.nodeName, QStringLiteral("batch"));
        if (r.target.name == QLatin1String("ghost")) {
            QCOMPARE(r.error.kind, EngineError::Kind::Http);
            QCOMPARE(r.error.httpStatus, 404);
            QVERIFY2(r.error.userText().contains(QLatin1String("no-such-container-here")) ||
                         r.error.userText().contains(QLatin1String("no such container"),
                                                     Qt::CaseInsensitive),
                     qPrintable(r.error.userText()));
        } else {
            QVERIFY2(!r.error.isError(), qPrintable(r.error.userText()));
            QVERIFY(waitState(node, r.target.id, ContainerSummary::State::Exited));
        }
    }
    for (int i = 0; i < 3; ++i)
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), targets[i].id});
}

void TestContainerActionRunner::nodeWithoutEngineAnswersWithError()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/none.XXXXXX"));
    NodeServiceImpl node(QStringLiteral("nowhere"),
                         Endpoint::unixSocket(dir.filePath(QStringLiteral("none.sock"))));
    node.start();
    QVERIFY(QTest::qWaitFor([&] { return node.state() == NodeService::State::Offline; }, 30000));
    ContainerActionRunner runner;
    const auto results = runAndWait(runner, ContainerAction::Start,
                                    {{&node, QStringLiteral("abc"), QStringLiteral("abc")}});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error.kind, EngineError::Kind::NoSocket);
}

void TestContainerActionRunner::goneReceiverGetsNoAnswer()
{
    REQUIRE_ENGINES();
    NodeServiceImpl node(QStringLiteral("gone"), Endpoint::unixSocket(TestEngines::dockerSocket()));
    node.start();
    QVERIFY(QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000));
    int answers = 0;
    auto *receiver = new QObject;
    QObject kept;
    for (QObject *r : {receiver, &kept}) {
        EngineCall::run<EngineInfo>(
            &node, r,
            [](Engine &engine, QObject *context, Engine::Callback<EngineInfo> reply) {
                engine.identify(context, std::move(reply));
                return CallHandle();
            },
            [&answers, isKept = (r == &kept)](const EngineResult<EngineInfo> &result) {
                QVERIFY(result.ok());
                QVERIFY(!result.value.version.isEmpty());
                // An answer for the deleted receiver would show as 100 more.
                answers += isKept ? 1 : 100;
            });
    }
    delete receiver;
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 30000);
    QTest::qWait(200);
    QCOMPARE(answers, 1);
}

void TestContainerActionRunner::removedNodeFails()
{
    auto *node = new NodeServiceImpl(QStringLiteral("removed"),
                                     Endpoint::unixSocket(QStringLiteral("/nonexistent.sock")));
    const ContainerTarget target{node, QStringLiteral("abc"), QStringLiteral("abc")};
    delete node;
    ContainerActionRunner runner;
    const auto results = runAndWait(runner, ContainerAction::Stop, {target});
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().error.isError());
    QVERIFY(results.first().error.userText().contains(QLatin1String("removed")));
}

void TestContainerActionRunner::nodeDeletedMidCallAnswers()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    const auto run =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("slow")),
                                 {QStringLiteral("sleep"), QStringLiteral("300")});
    QCOMPARE(run.exitCode, 0);
    const QString id = run.output.trimmed();
    const auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });
    auto *node = new NodeServiceImpl(QStringLiteral("doomed"), Endpoint::unixSocket(socket));
    node->start();
    QVERIFY(QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000));

    // A stats stream and a slow stop (sleep ignores SIGTERM: two minutes to SIGKILL) are open
    // when the node is deleted (removed, or rebuilt by an edit): both end at once.
    EngineStream stream(node);
    QSignalSpy values(&stream, &EngineStream::value);
    QSignalSpy ended(&stream, &EngineStream::ended);
    stream.start([id](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                      EngineStream::End end) -> QObject * {
        StatsStream *s = engine.readStats(id, true, parent);
        QObject::connect(s, &StatsStream::sampled, s, [emitValue](const ContainerStats &st) {
            emitValue(QVariant::fromValue(st));
        });
        QObject::connect(s, &StatsStream::ended, s, end);
        return s;
    });
    QVERIFY(values.wait(15000));
    ContainerActionRunner runner;
    QSignalSpy finished(&runner, &ContainerActionRunner::finished);
    ContainerActionOptions slow;
    slow.timeoutSecs = 120;
    const QString since = QString::number(QDateTime::currentSecsSinceEpoch() - 1);
    runner.run(ContainerAction::Stop, {{node, id, QStringLiteral("slow")}}, slow);
    // Mid-call: the engine has begun the stop once it sent the SIGTERM (its "kill" event).
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto seen = TestEngines::docker(
                socket,
                {QStringLiteral("events"), QStringLiteral("--since"), since,
                 QStringLiteral("--until"), QString::number(QDateTime::currentSecsSinceEpoch() + 1),
                 QStringLiteral("--filter"), QStringLiteral("container=") + id,
                 QStringLiteral("--filter"), QStringLiteral("event=kill"),
                 QStringLiteral("--format"), QStringLiteral("{{.Action}}")});
            return seen.exitCode == 0 && seen.output.contains(QLatin1String("kill"));
        },
        60000));
    delete node;
    // Answered at once, with an error: had the runner waited for the engine, the stop would
    // have succeeded, two minutes on, past these timeouts (which only catch a hang).
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto results = finished.first().at(2).value<QList<ContainerActionResult>>();
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().error.isError());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    QVERIFY(!stream.isRunning());
}

QTEST_GUILESS_MAIN(TestContainerActionRunner)
#include "tst_containeractionrunner.moc"
