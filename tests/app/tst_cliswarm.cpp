#include "testengines.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

// gontainer-cli's swarm verbs against the harness's swarm (a manager and two workers), a worker
// and engines without swarms.
class TestCliSwarm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void infoOnEachKindOfNode();
    void nodes();
    void serviceScaledUpdatedRolledBackRemoved();
    void secretsAndConfigs();
    void serviceLogsMergedFromEveryMachine();
    void stacksListedAndRemoved();
    void refusedWhereThereIsNoSwarm();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QString &url, const QStringList &args, const QByteArray &input = {});
    static QJsonArray jsonArray(const Run &r);
    // The service's tasks as `service ps --json` gives them, running ones only.
    static int runningTasks(const QString &service);

    QString m_manager;
    QString m_worker;
};

TestCliSwarm::Run TestCliSwarm::cli(const QString &url, const QStringList &args,
                                    const QByteArray &input)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "LANGUAGE",
                             "LC_ALL", "LC_MESSAGES"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"),
             QDir::tempPath() + QStringLiteral("/gontainer-tst-cliswarm"));
    QProcess process;
    process.setProcessEnvironment(e);
    process.start(QStringLiteral(GONTAINER_CLI_BINARY),
                  QStringList{QStringLiteral("--node"), url} + args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run r;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QJsonArray TestCliSwarm::jsonArray(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestCliSwarm::initTestCase()
{
    REQUIRE_SWARM();
    m_manager = TestEngines::swarmManagerUrl();
    QVERIFY(!TestEngines::swarmWorkerUrls().isEmpty());
    m_worker = TestEngines::swarmWorkerUrls().first();
}

int TestCliSwarm::runningTasks(const QString &service)
{
    int running = 0;
    const Run r =
        cli(TestEngines::swarmManagerUrl(),
            {QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("ps"), service});
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("state")).toString() == QLatin1String("running") &&
            t.value(QLatin1String("desiredState")).toString() == QLatin1String("running"))
            ++running;
    }
    return running;
}

void TestCliSwarm::infoOnEachKindOfNode()
{
    Run r = cli(m_manager, {QStringLiteral("--json"), QStringLiteral("swarm"),
                            QStringLiteral("info"), QStringLiteral("--tokens")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QVERIFY(o.value(QLatin1String("manager")).toBool());
    QCOMPARE(o.value(QLatin1String("nodes")).toInt(), 3);
    QVERIFY(o.value(QLatin1String("workerToken")).toString().startsWith(QLatin1String("SWMTKN")));
    // Tokens only when asked.
    r = cli(m_manager, {QStringLiteral("swarm"), QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Manager: yes")));
    QVERIFY(!r.out.contains(QLatin1String("SWMTKN")));

    r = cli(m_worker, {QStringLiteral("swarm"), QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Manager: no")));
    QVERIFY(r.out.contains(QLatin1String("Only a manager")));

    r = cli(QStringLiteral("unix://") + TestEngines::dockerSocket(),
            {QStringLiteral("swarm"), QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("Swarm: inactive"));
}

void TestCliSwarm::nodes()
{
    const Run r = cli(m_manager,
                      {QStringLiteral("--json"), QStringLiteral("swarm"), QStringLiteral("nodes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray nodes = jsonArray(r);
    QCOMPARE(nodes.size(), 3);
    int leaders = 0;
    for (const QJsonValue &v : nodes)
        leaders +=
            v.toObject().value(QLatin1String("managerStatus")).toString() == QLatin1String("Leader")
                ? 1
                : 0;
    QCOMPARE(leaders, 1);
    const Run table = cli(m_manager, {QStringLiteral("swarm"), QStringLiteral("nodes")});
    QVERIFY(table.out.startsWith(QLatin1String("ID")));
    QCOMPARE(table.out.count(QLatin1String("ready")), 3);

    // A worker cannot list them: the engine's own words.
    const Run worker = cli(m_worker, {QStringLiteral("swarm"), QStringLiteral("nodes")});
    QCOMPARE(worker.exitCode, 1);
    QVERIFY2(worker.err.contains(QLatin1String("not a swarm manager")), qPrintable(worker.err));
}

void TestCliSwarm::serviceScaledUpdatedRolledBackRemoved()
{
    // The service is made with the engine's own CLI: create is the app's to test elsewhere.
    const QString name = TestEngines::uniqueName(QStringLiteral("cs"));
    const auto made = TestEngines::swarmDocker(
        m_manager,
        {QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("-d"),
         QStringLiteral("--init"), QStringLiteral("--name"), name, QStringLiteral("--replicas"),
         QStringLiteral("2"), QStringLiteral("--no-resolve-image"),
         QStringLiteral("--update-monitor"), QStringLiteral("1s"), QStringLiteral("gsw-test:1"),
         QStringLiteral("sleep"), QStringLiteral("3600")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto remove = qScopeGuard([&] {
        TestEngines::swarmDocker(m_manager,
                                 {QStringLiteral("service"), QStringLiteral("rm"), name});
    });
    QTRY_VERIFY_WITH_TIMEOUT(runningTasks(name) == 2, 120000);
    Run r = cli(m_manager, {QStringLiteral("services")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(name));
    QVERIFY(r.out.contains(QLatin1String("2/2")));

    r = cli(m_manager,
            {QStringLiteral("service"), QStringLiteral("scale"), name + QStringLiteral("=3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QTRY_VERIFY_WITH_TIMEOUT(runningTasks(name) == 3, 120000);
    r = cli(m_manager, {QStringLiteral("service"), QStringLiteral("scale"),
                        QStringLiteral("no-such-service=1"), name + QStringLiteral("=1")});
    QCOMPARE(r.exitCode, 1); // the unknown one failed, the other was scaled
    QVERIFY(r.err.contains(QLatin1String("No service no-such-service")));
    QTRY_VERIFY_WITH_TIMEOUT(runningTasks(name) == 1, 120000);
    r = cli(m_manager, {QStringLiteral("service"), QStringLiteral("scale"), name});
    QCOMPARE(r.exitCode, 2);

    r = cli(m_manager, {QStringLiteral("service"), QStringLiteral("update"),
                        QStringLiteral("--image"), QStringLiteral("gsw-test:2"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto updateState = [&] {
        const Run s = cli(m_manager, {QStringLiteral("--json"), QStringLiteral("services")});
        for (const QJsonValue &v : jsonArray(s)) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject().value(QLatin1String("updateState")).toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(updateState(), QStringLiteral("completed"), 180000);
    r = cli(m_manager, {QStringLiteral("service"), QStringLiteral("rollback"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QTRY_COMPARE_WITH_TIMEOUT(updateState(), QStringLiteral("rollback_completed"), 180000);

    r = cli(m_manager,
            {QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("ps"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    bool runsOne = false;
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject t = v.toObject();
        QVERIFY(!t.value(QLatin1String("node")).toString().isEmpty()); // the machine's name
        if (t.value(QLatin1String("desiredState")).toString() == QLatin1String("running")) {
            runsOne = true;
            QCOMPARE(t.value(QLatin1String("image")).toString().section(QLatin1Char('@'), 0, 0),
                     QStringLiteral("gsw-test:1"));
        }
    }
    QVERIFY(runsOne);

    remove.dismiss();
    r = cli(m_manager, {QStringLiteral("service"), QStringLiteral("rm"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), name);
    r = cli(m_manager, {QStringLiteral("services")});
    QVERIFY(!r.out.contains(name));
}

void TestCliSwarm::secretsAndConfigs()
{
    const QString name = TestEngines::uniqueName(QStringLiteral("sc"));
    Run r = cli(m_manager,
                {QStringLiteral("secret"), QStringLiteral("create"), name, QStringLiteral("-"),
                 QStringLiteral("--label"), QStringLiteral("team=a")},
                "s3cret-value");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(m_manager, {QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("ls")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(name));
    QVERIFY(!r.out.contains(QLatin1String("s3cret-value"))); // never shown back
    r = cli(m_manager, {QStringLiteral("secret"), QStringLiteral("rm"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(m_manager, {QStringLiteral("secret"), QStringLiteral("ls")});
    QVERIFY(!r.out.contains(name));

    r = cli(m_manager,
            {QStringLiteral("config"), QStringLiteral("create"), name, QStringLiteral("-")},
            "port=80\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(m_manager, {QStringLiteral("config"), QStringLiteral("ls")});
    QVERIFY(r.out.contains(name));
    r = cli(m_manager, {QStringLiteral("config"), QStringLiteral("rm"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Nothing to read from: refused before any call.
    r = cli(m_manager, {QStringLiteral("config"), QStringLiteral("create"), name,
                        QStringLiteral("/nonexistent/file")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliSwarm::serviceLogsMergedFromEveryMachine()
{
    const QString name = TestEngines::uniqueName(QStringLiteral("gsw-logs"));
    // Global: a task on each of the three machines, each printing its machine's name.
    const TestEngines::Result made = TestEngines::swarmDocker(
        m_manager, {QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("--detach"),
                    QStringLiteral("--init"), QStringLiteral("--name"), name,
                    QStringLiteral("--mode"), QStringLiteral("global"),
                    QStringLiteral("--hostname"), QStringLiteral("{{.Node.Hostname}}"),
                    QStringLiteral("gsw-test:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo out-$(hostname); echo err-$(hostname) >&2; sleep 3600")});
    QCOMPARE(made.exitCode, 0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::swarmDocker(m_manager,
                                 {QStringLiteral("service"), QStringLiteral("rm"), name});
    });
    // Every machine's task has printed.
    const auto hosts = [](const QString &text) {
        QSet<QString> seen;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const qsizetype at = line.indexOf(QStringLiteral("| out-"));
            if (at >= 0)
                seen.insert(line.mid(at + 6).trimmed());
        }
        return seen;
    };
    Run r;
    QTRY_VERIFY_WITH_TIMEOUT(
        (r = cli(m_manager, {QStringLiteral("service"), QStringLiteral("logs"), name}),
         hosts(r.out).size() == 3),
        120000);
    QCOMPARE(r.exitCode, 0);
    // Each line names its task and the machine it ran on, the way docker service logs does:
    // NAME.TASKID@HOST (a global service's tasks have no slot).
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QVERIFY2(line.startsWith(name + QLatin1Char('.')), qPrintable(line));
        const QString host = line.mid(line.indexOf(QLatin1String("| out-")) + 6).trimmed();
        QVERIFY2(line.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1Char('@') + host),
                 qPrintable(line));
    }
    // Standard error stays apart.
    QCOMPARE(r.err.count(QLatin1String("| err-")), 3);
    QVERIFY(!r.out.contains(QLatin1String("err-")));

    // --json: one object a line, with the machine's name and the stream.
    const Run j =
        cli(m_manager, {QStringLiteral("service"), QStringLiteral("logs"), QStringLiteral("--json"),
                        QStringLiteral("--tail"), QStringLiteral("1"), name});
    QCOMPARE(j.exitCode, 0);
    const QStringList objects = j.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(objects.size(), 3); // the last line of each task
    QSet<QString> nodes;
    for (const QString &o : objects) {
        const QJsonObject line = QJsonDocument::fromJson(o.toUtf8()).object();
        // Each task's last line, of whichever stream it wrote last.
        const bool err = line.value(QLatin1String("stream")).toString() == QLatin1String("stderr");
        QCOMPARE(line.value(QLatin1String("text")).toString(),
                 (err ? QStringLiteral("err-") : QStringLiteral("out-")) +
                     line.value(QLatin1String("node")).toString());
        QVERIFY(!line.value(QLatin1String("task")).toString().isEmpty());
        QVERIFY(!line.value(QLatin1String("time")).toString().isEmpty());
        nodes.insert(line.value(QLatin1String("node")).toString());
    }
    QCOMPARE(nodes.size(), 3);

    // -f keeps going until stopped, with the lines so far first.
    QProcess follow;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("DOCKER_HOST"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"),
             QDir::tempPath() + QStringLiteral("/gontainer-tst-cliswarm"));
    follow.setProcessEnvironment(e);
    follow.start(QStringLiteral(GONTAINER_CLI_BINARY),
                 {QStringLiteral("--node"), m_manager, QStringLiteral("service"),
                  QStringLiteral("logs"), QStringLiteral("-f"), name});
    QByteArray followed;
    QTRY_VERIFY_WITH_TIMEOUT((followed += follow.readAllStandardOutput(),
                              hosts(QString::fromUtf8(followed)).size() == 3),
                             60000);
    QTest::qWait(500);
    QCOMPARE(follow.state(), QProcess::Running);
    follow.terminate();
    QVERIFY(follow.waitForFinished(30000));
}

void TestCliSwarm::stacksListedAndRemoved()
{
    // A real stack, deployed by the engine's own CLI from a compose file.
    const QString stack = TestEngines::uniqueName(QStringLiteral("st"));
    const auto made = TestEngines::deployTestStack(m_manager, stack);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto remove = qScopeGuard([&] {
        TestEngines::swarmDocker(m_manager, {QStringLiteral("stack"), QStringLiteral("rm"), stack});
    });
    const QString web = stack + QStringLiteral("_web");

    Run r =
        cli(m_manager, {QStringLiteral("--json"), QStringLiteral("stack"), QStringLiteral("ls")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    bool listed = false;
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() != stack)
            continue;
        listed = true;
        QCOMPARE(o.value(QLatin1String("services")).toArray(), QJsonArray{web});
    }
    QVERIFY2(listed, qPrintable(r.out));
    QTRY_VERIFY_WITH_TIMEOUT(runningTasks(web) == 1, 120000);

    remove.dismiss();
    r = cli(m_manager, {QStringLiteral("stack"), QStringLiteral("rm"), stack});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines{QStringLiteral("Removed service ") + web,
                            QStringLiteral("Removed secret ") + stack + QStringLiteral("_token"),
                            QStringLiteral("Removed config ") + stack + QStringLiteral("_conf"),
                            QStringLiteral("Removed network ") + stack + QStringLiteral("_front")};
    for (const QString &line : lines)
        QVERIFY2(r.out.contains(line), qPrintable(r.out));
    // Nothing with its label is left, as the engine itself lists it (a machine still running
    // a task as it stops keeps the overlay network until the task is gone).
    const QString filter = QStringLiteral("label=com.docker.stack.namespace=") + stack;
    const auto left = [&](const QString &kind) {
        const auto ls =
            TestEngines::swarmDocker(m_manager, {kind, QStringLiteral("ls"), QStringLiteral("-q"),
                                                 QStringLiteral("--filter"), filter});
        return ls.exitCode == 0 ? ls.output.trimmed() : QStringLiteral("failed: ") + ls.output;
    };
    for (const QString &kind : {QStringLiteral("service"), QStringLiteral("secret"),
                                QStringLiteral("config"), QStringLiteral("network")})
        QTRY_COMPARE_WITH_TIMEOUT(left(kind), QString(), 60000);
    // Gone: removing it again says there is no such stack.
    r = cli(m_manager, {QStringLiteral("stack"), QStringLiteral("rm"), stack});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("No stack named")), qPrintable(r.err));
}

void TestCliSwarm::refusedWhereThereIsNoSwarm()
{
    const Run r =
        cli(QStringLiteral("unix://") + TestEngines::podmanSocket(), {QStringLiteral("services")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("swarms need a node with Docker Engine")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliSwarm)
#include "tst_cliswarm.moc"
