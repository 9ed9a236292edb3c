#include "core/docker/dockerengine.h"
#include "core/services/containeractionrunner.h"
#include "core/services/nodeserviceimpl.h"
#include "core/transport/connectionpool.h"
#include "core/transport/sshmaster.h"

#include "faultreport.h"
#include "testengines.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

constexpr int Containers = 300;
// 300 starts through at most 16 connections (8 SSH sessions) on a busy 2-core machine.
constexpr int StartAllBoundMs = 150000;
// A login that takes 7 s: the node is online within this of being added.
constexpr int SlowLoginBoundMs = 30000;
// A later call rides on the logged-in master: no second login.
constexpr int ReusedCallBoundMs = 5000;

// The ssh processes of this test process (masters and their sessions): their command lines
// name our control sockets, which carry our process id.
int sshProcesses(bool mastersOnly = false)
{
    const QByteArray mark = "/m" + QByteArray::number(QCoreApplication::applicationPid()) + '-';
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        if (pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        const QList<QByteArray> args = text.split('\0');
        if (args.isEmpty() || !(args.first() == "ssh" || args.first().endsWith("/ssh")))
            continue;
        if (!text.contains(mark))
            continue;
        if (mastersOnly && !text.contains("ControlMaster=yes"))
            continue;
        ++count;
    }
    return count;
}

struct PoolFigures
{
    int peakOpen = -1;
    int peakCalls = -1;
    qint64 opened = -1;
    int limit = -1;
    int masterStarts = -1;
};

// The node's pool figures, read on the node's thread.
PoolFigures poolFigures(NodeService &node)
{
    std::optional<PoolFigures> figures;
    node.runOnEngine([&figures, &node](Engine *engine, QObject *context) {
        PoolFigures f;
        if (auto *docker = qobject_cast<DockerEngine *>(engine)) {
            f.peakOpen = docker->pool()->peakOpen();
            f.peakCalls = docker->pool()->peakCalls();
            f.opened = docker->pool()->opened();
            f.limit = docker->pool()->limits().calls;
            f.masterStarts =
                docker->pool()->sshMaster() ? docker->pool()->sshMaster()->starts() : 0;
        }
        context->deleteLater();
        QMetaObject::invokeMethod(
            &node, [&figures, f] { figures = f; }, Qt::QueuedConnection);
    });
    if (!QTest::qWaitFor([&] { return figures.has_value(); }, 30000))
        return PoolFigures{};
    return figures.value_or(PoolFigures{});
}

} // namespace

// 300 containers started at once from one node, over a unix socket and over SSH: every start
// succeeds, the node's connections stay within the pool's limits, the node stays online (its
// probe has a place of its own), a reconnect in the middle drops nothing, no ssh process
// outlives the node; and an SSH login slower than a call's deadline still connects, once.
class TestFaultBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsOnAUnixNode();
    void reconnectMidBatchDropsNothing();
    void startsOnAnSshNode();
    void slowSshLoginConnectsOnce();

private:
    // `command` run by bash on `names` printed one a line, with $SOCK the harness's dockerd
    // socket and $IMAGE its test image.
    static std::unique_ptr<QProcess> onNames(const QString &command, const QStringList &names);
    // The containers `names` made stopped (sleep 600, no network).
    static bool create(const QStringList &names, QString *errors);
    // The test's running containers by name; nothing when the engine does not answer.
    std::optional<QStringList> running() const;
    bool killAll();
    // Starts every container on `node`; the batch's results, while sampling what it needs.
    struct Run
    {
        QList<ContainerActionResult> results;
        qint64 elapsedMs = 0;
        int peakSsh = 0;
        int offlineTimes = 0;
        int progressSignals = 0;
    };
    Run startAll(NodeService &node, const std::function<void(int done)> &onProgress = {});
    static bool waitOnline(NodeService &node, int timeoutMs = 30000);

    QString m_prefix;
    QStringList m_names;
};

void TestFaultBulk::initTestCase()
{
    REQUIRE_ENGINES();
    qRegisterMetaType<QList<ContainerActionResult>>();
    m_prefix = TestEngines::uniqueName(QStringLiteral("bulk"));
    for (int i = 0; i < Containers; ++i)
        m_names << m_prefix + QLatin1Char('-') + QString::number(i);
    // Made by the docker CLI a few at a time: not part of what is measured.
    QString errors;
    QVERIFY2(create(m_names, &errors), qPrintable(errors));
}

void TestFaultBulk::cleanupTestCase()
{
    if (m_names.isEmpty())
        return;
    const auto remove =
        onNames(QStringLiteral("xargs -n 50 -P 4 docker -H unix://$SOCK rm -f"), m_names);
    remove->waitForFinished(300000);
}

std::unique_ptr<QProcess> TestFaultBulk::onNames(const QString &command, const QStringList &names)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral("bash"));
    process->setArguments(QStringList{QStringLiteral("-c"),
                                      QStringLiteral("printf '%s\\n' \"$@\" | ") + command,
                                      QStringLiteral("bash")} +
                          names);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOCK"), TestEngines::dockerSocket());
    env.insert(QStringLiteral("IMAGE"), TestEngines::image());
    process->setProcessEnvironment(env);
    process->start();
    return process;
}

bool TestFaultBulk::create(const QStringList &names, QString *errors)
{
    const auto making = onNames(
        QStringLiteral("xargs -P 6 -I{} docker -H unix://$SOCK create --name {} --network none "
                       "$IMAGE sleep 600 >/dev/null"),
        names);
    if (!making->waitForFinished(300000) || making->exitCode() != 0) {
        *errors = QString::fromLocal8Bit(making->readAllStandardError());
        return false;
    }
    return true;
}

std::optional<QStringList> TestFaultBulk::running() const
{
    const auto ps = TestEngines::docker(TestEngines::dockerSocket(),
                                        {QStringLiteral("ps"), QStringLiteral("--format"),
                                         QStringLiteral("{{.Names}}"), QStringLiteral("--filter"),
                                         QStringLiteral("name=") + m_prefix},
                                        120000);
    if (ps.exitCode != 0) {
        qWarning("docker ps did not answer: %s", qPrintable(ps.output));
        return std::nullopt;
    }
    return ps.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool TestFaultBulk::killAll()
{
    // Starts the test before left in flight (a node reconnected mid-batch) may finish after a
    // kill, so what runs is killed again until nothing does. No deadline for the whole: on a
    // busy machine 300 kills take their time. Progress is fewer running than ever before; a
    // minute without it is a stall.
    constexpr qint64 StallMs = 60000;
    std::optional<QStringList> left = running();
    qsizetype fewest = left ? left->size() : Containers + 1;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto look = [&] {
        left = running();
        if (left && left->size() < fewest) {
            fewest = left->size();
            sinceProgress.restart();
        }
    };
    while (!(left && left->isEmpty()) && sinceProgress.elapsed() < StallMs) {
        if (!left) {
            QTest::qWait(1000);
            look();
            continue;
        }
        // SIGKILL ends `sleep` at once; the harness's CLI does it, not the code under test.
        const auto kill = onNames(
            QStringLiteral("xargs -n 50 -P 4 docker -H unix://$SOCK kill >/dev/null"), *left);
        while (!kill->waitForFinished(10000) && sinceProgress.elapsed() < StallMs)
            look();
        if (kill->state() != QProcess::NotRunning) {
            kill->kill();
            kill->waitForFinished();
        }
        look();
        if (left && !left->isEmpty())
            QTest::qWait(1000);
    }
    if (left && left->isEmpty())
        return true;
    if (!left)
        return false;
    // Stalled: the engine still calls them running though they were killed (its view of one
    // is printed, to tell why). The test needs them stopped, not these very ones: they are
    // removed and made again.
    const auto state = TestEngines::docker(
        TestEngines::dockerSocket(),
        {QStringLiteral("inspect"), QStringLiteral("--format"),
         QStringLiteral("{{.State.Status}} pid {{.State.Pid}} since {{.State.StartedAt}}"),
         left->first()});
    qWarning("%d containers still run a minute after kills, e.g. %s: %s; kill said: %s",
             int(left->size()), qPrintable(left->first()), qPrintable(state.output.trimmed()),
             qPrintable(TestEngines::docker(TestEngines::dockerSocket(),
                                            {QStringLiteral("kill"), left->first()})
                            .output.trimmed()));
    const auto remove =
        onNames(QStringLiteral("xargs -n 50 -P 4 docker -H unix://$SOCK rm -f >/dev/null"), *left);
    if (!remove->waitForFinished(300000) || remove->exitCode() != 0) {
        qWarning("removing them failed too: %s", remove->readAllStandardError().constData());
        return false;
    }
    QString errors;
    if (!create(*left, &errors)) {
        qWarning("making them again failed: %s", qPrintable(errors));
        return false;
    }
    left = running();
    return left && left->isEmpty();
}

bool TestFaultBulk::waitOnline(NodeService &node, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return node.state() == NodeService::State::Online ||
                   node.state() == NodeService::State::Degraded;
        },
        timeoutMs);
}

TestFaultBulk::Run TestFaultBulk::startAll(NodeService &node,
                                           const std::function<void(int done)> &onProgress)
{
    Run run;
    QList<ContainerTarget> targets;
    for (const QString &name : std::as_const(m_names))
        targets.append({&node, name, name});
    ContainerActionRunner runner;
    QSignalSpy finished(&runner, &ContainerActionRunner::finished);
    connect(&runner, &ContainerActionRunner::progress, this, [&](int, int done, int) {
        ++run.progressSignals;
        if (onProgress)
            onProgress(done);
    });
    connect(&node, &NodeService::stateChanged, this, [&](NodeService::State state) {
        if (state == NodeService::State::Offline)
            ++run.offlineTimes;
    });
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this,
            [&] { run.peakSsh = qMax(run.peakSsh, sshProcesses()); });
    sampler.start(50);
    QElapsedTimer timer;
    timer.start();
    runner.run(ContainerAction::Start, targets);
    finished.wait(StartAllBoundMs + 60000);
    run.elapsedMs = timer.elapsed();
    sampler.stop();
    disconnect(&node, &NodeService::stateChanged, this, nullptr);
    if (!finished.isEmpty())
        run.results = finished.first().at(2).value<QList<ContainerActionResult>>();
    return run;
}

namespace {
QString failures(const QList<ContainerActionResult> &results)
{
    QStringList lines;
    for (const ContainerActionResult &r : results) {
        if (r.error.isError() && lines.size() < 5)
            lines << r.target.name + QStringLiteral(": ") + r.error.userText();
    }
    return lines.join(QLatin1Char('\n'));
}

int failed(const QList<ContainerActionResult> &results)
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const ContainerActionResult &r) { return r.error.isError(); }));
}
} // namespace

void TestFaultBulk::startsOnAUnixNode()
{
    REQUIRE_ENGINES();
    QVERIFY(killAll());
    NodeServiceImpl node(QStringLiteral("bulk-unix"),
                         Endpoint::unixSocket(TestEngines::dockerSocket()));
    node.start();
    QVERIFY(waitOnline(node));
    const Run run = startAll(node);
    QCOMPARE(run.results.size(), Containers);
    QVERIFY2(failed(run.results) == 0, qPrintable(failures(run.results)));
    QCOMPARE(run.progressSignals, Containers);
    QCOMPARE(run.offlineTimes, 0);
    QVERIFY(run.elapsedMs < StartAllBoundMs);
    const PoolFigures pool = poolFigures(node);
    // The calls never held more than their limit; beside them only the node's event stream
    // and the probe's own place.
    QVERIFY2(pool.peakCalls >= 1 && pool.peakCalls <= pool.limit,
             qPrintable(QStringLiteral("%1 calls at once").arg(pool.peakCalls)));
    QVERIFY2(pool.peakOpen <= pool.limit + 2,
             qPrintable(QStringLiteral("%1 open at once").arg(pool.peakOpen)));
    const auto running =
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                             QStringLiteral("name=") + m_prefix});
    QCOMPARE(int(running.output.trimmed().split(QLatin1Char('\n')).size()), Containers);

    FaultReport::record(QStringLiteral("300 starts at once, unix node"),
                        QStringLiteral("all 300 started, node online throughout"), StartAllBoundMs,
                        run.elapsedMs);
    FaultReport::recordValue(QStringLiteral("300 starts at once, unix node: connections"),
                             QStringLiteral("at most 16 calls, the event stream and the probe"),
                             QString::number(pool.limit + 2), QString::number(pool.peakOpen));
}

void TestFaultBulk::reconnectMidBatchDropsNothing()
{
    REQUIRE_ENGINES();
    QVERIFY(killAll());
    NodeServiceImpl node(QStringLiteral("bulk-reconnect"),
                         Endpoint::unixSocket(TestEngines::dockerSocket()));
    node.start();
    QVERIFY(waitOnline(node));
    bool reconnected = false;
    // A third of the way in, the node reconnects: the calls queued on the old connection are
    // dropped with it, and each is checked and sent again.
    const Run run = startAll(node, [&](int done) {
        if (!reconnected && done >= Containers / 3) {
            reconnected = true;
            node.reconnectNow();
        }
    });
    QVERIFY(reconnected);
    QCOMPARE(run.results.size(), Containers);
    QVERIFY2(failed(run.results) == 0, qPrintable(failures(run.results)));
    const auto running =
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                             QStringLiteral("name=") + m_prefix});
    QCOMPARE(int(running.output.trimmed().split(QLatin1Char('\n')).size()), Containers);
    FaultReport::record(QStringLiteral("300 starts, node reconnects a third of the way in"),
                        QStringLiteral("all 300 started, none reported failed"), StartAllBoundMs,
                        run.elapsedMs);
}

void TestFaultBulk::startsOnAnSshNode()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    QVERIFY(killAll());
    const Endpoint endpoint = Endpoint::fromUrl(TestEngines::sshUrl());
    const ConnectionPool::Limits limits = ConnectionPool::defaultLimits(endpoint);
    auto node = std::make_unique<NodeServiceImpl>(QStringLiteral("bulk-ssh"), endpoint);
    node->start();
    QVERIFY(waitOnline(*node, 60000));
    const Run run = startAll(*node);
    QCOMPARE(run.results.size(), Containers);
    QVERIFY2(failed(run.results) == 0, qPrintable(failures(run.results)));
    QCOMPARE(run.offlineTimes, 0);
    QVERIFY(run.elapsedMs < StartAllBoundMs);
    const PoolFigures pool = poolFigures(*node);
    QCOMPARE(pool.masterStarts, 1);
    QVERIFY2(pool.peakOpen <= limits.total + 1,
             qPrintable(QStringLiteral("%1 sessions at once").arg(pool.peakOpen)));
    // The master, its sessions (calls, the event stream) and the probe's.
    QVERIFY2(run.peakSsh <= limits.total + 2,
             qPrintable(QStringLiteral("%1 ssh processes at once").arg(run.peakSsh)));
    const auto running =
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                             QStringLiteral("name=") + m_prefix});
    QCOMPARE(int(running.output.trimmed().split(QLatin1Char('\n')).size()), Containers);

    // Removing the node ends every ssh it started.
    QElapsedTimer gone;
    gone.start();
    node.reset();
    QTRY_COMPARE_WITH_TIMEOUT(sshProcesses(), 0, 10000);
    const qint64 goneMs = gone.elapsed();

    FaultReport::record(QStringLiteral("300 starts at once, SSH node"),
                        QStringLiteral("all 300 started, node online throughout"), StartAllBoundMs,
                        run.elapsedMs);
    FaultReport::recordValue(QStringLiteral("300 starts at once, SSH node: ssh processes"),
                             QStringLiteral("one master and its bounded sessions"),
                             QString::number(limits.total + 2), QString::number(run.peakSsh));
    FaultReport::record(QStringLiteral("SSH node removed"), QStringLiteral("no ssh process left"),
                        10000, goneMs);
}

void TestFaultBulk::slowSshLoginConnectsOnce()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    // An ssh whose login takes 7 s (the master's; sessions through it are as quick as ever).
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QFile wrapper(bin.filePath(QStringLiteral("ssh")));
    QVERIFY(wrapper.open(QIODevice::WriteOnly));
    wrapper.write("#!/bin/sh\ncase \"$*\" in *ControlMaster=yes*) sleep 7 ;; esac\n"
                  "exec /usr/bin/ssh \"$@\"\n");
    wrapper.close();
    QVERIFY(wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
    auto restore = qScopeGuard([&] { qputenv("PATH", path); });

    QElapsedTimer timer;
    timer.start();
    auto node = std::make_unique<NodeServiceImpl>(QStringLiteral("slow-login"),
                                                  Endpoint::fromUrl(TestEngines::sshUrl()));
    node->start();
    QVERIFY(waitOnline(*node, SlowLoginBoundMs + 30000));
    const qint64 onlineMs = timer.elapsed();
    QVERIFY2(onlineMs >= 7000, "the wrapper was not used");
    QVERIFY(onlineMs < SlowLoginBoundMs);

    // Later calls ride on the same login.
    std::optional<EngineResult<QList<ContainerSummary>>> listed;
    QElapsedTimer call;
    call.start();
    node->runOnEngine([&listed, nodePtr = node.get()](Engine *engine, QObject *ctx) {
        if (!engine) {
            ctx->deleteLater();
            return;
        }
        engine->listContainers(
            {}, ctx, [&listed, ctx, nodePtr](const EngineResult<QList<ContainerSummary>> &r) {
                ctx->deleteLater();
                QMetaObject::invokeMethod(
                    nodePtr, [&listed, r] { listed = r; }, Qt::QueuedConnection);
            });
    });
    QVERIFY(QTest::qWaitFor([&] { return listed.has_value(); }, 30000));
    const qint64 callMs = call.elapsed();
    QVERIFY2(listed->ok(), qPrintable(listed->error.userText()));
    QVERIFY(callMs < ReusedCallBoundMs);
    QCOMPARE(poolFigures(*node).masterStarts, 1);
    QCOMPARE(sshProcesses(true), 1);
    QCOMPARE(node->state() == NodeService::State::Offline, false);

    node.reset();
    QTRY_COMPARE_WITH_TIMEOUT(sshProcesses(), 0, 10000);

    FaultReport::record(QStringLiteral("SSH login takes 7 s"),
                        QStringLiteral("node online after the login"), SlowLoginBoundMs, onlineMs);
    FaultReport::record(QStringLiteral("SSH login takes 7 s: a later call"),
                        QStringLiteral("answered on the same login, no second wait"),
                        ReusedCallBoundMs, callMs);
}

QTEST_GUILESS_MAIN(TestFaultBulk)
#include "tst_fault_bulk.moc"
