#include "core/config/secretstore.h"
#include "testengines.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// gontainer-cli against the harness's engines: the core proven from the command line.
class TestGontainerCli : public QObject
{
    Q_OBJECT

private slots:
    void pingEveryKindOfNode_data();
    void pingEveryKindOfNode();
    void versionShowsCapabilities();
    void runInTheForeground_data();
    void runInTheForeground();
    void lifecycleOfADetachedContainer_data();
    void lifecycleOfADetachedContainer();
    void systemAndImages_data();
    void systemAndImages();
    void execPassesStandardInput();
    void podsOnPodmanOnly();
    void badCommandLines_data();
    void badCommandLines();
    void engineErrorsInItsWords();
    void eventsEndCleanlyOnCtrlC();
    void configuredNodesOfMixedKinds();
    void importContextsAndConnections();
    void logsMergedAcrossNodes();
    void loginKeepsThePasswordInTheKeychain();
    void sshNodeWithPassphrase();
    void containerdNodesAreAdded();
    void containerdSaysWhatItCannotDo();
    void psAcrossDockerPodmanAndContainerd();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &args, const QProcessEnvironment &env = baseEnv(),
                   const QByteArray &input = {});
    static QProcessEnvironment baseEnv();
    static QStringList nodeArgs(const QString &socket);
    // Runs with the row's endpoint: its URL, and for TLS the docker CLI's environment.
    static Run cliOn(const Endpoint &endpoint, const QStringList &args);
};

QProcessEnvironment TestGontainerCli::baseEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "LANGUAGE",
                             "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir::tempPath() + QStringLiteral("/gontainer-tst-gontainercli"));
    return env;
}

TestGontainerCli::Run TestGontainerCli::cli(const QStringList &args, const QProcessEnvironment &env,
                                            const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GONTAINER_CLI_BINARY), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run r;
    if (!process.waitForFinished(60000)) {
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

QStringList TestGontainerCli::nodeArgs(const QString &socket)
{
    return {QStringLiteral("--node"), QStringLiteral("unix://") + socket};
}

TestGontainerCli::Run TestGontainerCli::cliOn(const Endpoint &endpoint, const QStringList &args)
{
    QProcessEnvironment env = baseEnv();
    if (endpoint.tls) {
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), TestEngines::tlsCertPath());
    }
    return cli(QStringList{QStringLiteral("--node"), endpoint.toUrl()} + args, env);
}

void TestGontainerCli::pingEveryKindOfNode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("engine");
    QTest::newRow("docker") << nodeArgs(TestEngines::dockerSocket()) << QStringList() << "Docker";
    QTest::newRow("podman") << nodeArgs(TestEngines::podmanSocket()) << QStringList() << "Podman";
    QTest::newRow("docker over TLS from the environment")
        << QStringList{QStringLiteral("-H"), TestEngines::dockerTlsEndpoint().toUrl()}
        << QStringList{QStringLiteral("DOCKER_TLS_VERIFY=1"),
                       QStringLiteral("DOCKER_CERT_PATH=") + TestEngines::tlsCertPath()}
        << "Docker";
    QTest::newRow("DOCKER_HOST") << QStringList()
                                 << QStringList{QStringLiteral("DOCKER_HOST=unix://") +
                                                TestEngines::podmanSocket()}
                                 << "Podman";
    if (!TestEngines::sshUrl().isEmpty()) {
        QTest::newRow("docker over ssh")
            << QStringList{QStringLiteral("--node"), TestEngines::sshUrl()} << QStringList()
            << "Docker";
        QTest::newRow("podman over ssh")
            << QStringList{QStringLiteral("--node"),
                           TestEngines::sshUrl() + TestEngines::podmanSocket()}
            << QStringList() << "Podman";
    }
}

void TestGontainerCli::pingEveryKindOfNode()
{
    REQUIRE_ENGINES();
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, engine);
    QProcessEnvironment e = baseEnv();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    const Run r = cli(args + QStringList{QStringLiteral("ping")}, e);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("OK ") + engine), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestGontainerCli::versionShowsCapabilities()
{
    REQUIRE_ENGINES();
    for (const bool podman : {false, true}) {
        const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
        const Run r = cli(nodeArgs(socket) +
                          QStringList{QStringLiteral("--json"), QStringLiteral("version")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("engine")).toString(),
                 podman ? QStringLiteral("Podman") : QStringLiteral("Docker"));
        // The engine's own API version (1.41 for Docker 20.10 and Podman, 1.45 for Docker 26).
        const auto server =
            TestEngines::docker(socket, {QStringLiteral("version"), QStringLiteral("--format"),
                                         QStringLiteral("{{.Server.APIVersion}}")});
        QVERIFY2(server.exitCode == 0, qPrintable(server.output));
        QCOMPARE(o.value(QLatin1String("apiVersion")).toString(), server.output.trimmed());
        const QJsonObject caps = o.value(QLatin1String("capabilities")).toObject();
        QCOMPARE(caps.value(QLatin1String("pods")).toBool(), podman);
        QVERIFY(caps.value(QLatin1String("exec")).toBool());
    }
}

void TestGontainerCli::runInTheForeground_data()
{
    TestEngines::addEngineRows();
}

void TestGontainerCli::runInTheForeground()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString name = TestEngines::uniqueName(QStringLiteral("clirun"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    // Output on its own streams, and the container's exit code as ours.
    const Run r =
        cliOn(endpoint, QStringList{QStringLiteral("run"), QStringLiteral("--name"), name,
                                    QStringLiteral("--network"), QStringLiteral("none"),
                                    QStringLiteral("-e"), QStringLiteral("WHO=world"),
                                    podman ? TestEngines::podmanImage() : TestEngines::image(),
                                    QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("echo hello $WHO; echo trouble >&2; exit 4")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QStringLiteral("hello world\n"));
    QCOMPARE(r.err, QStringLiteral("trouble\n"));
}

void TestGontainerCli::lifecycleOfADetachedContainer_data()
{
    TestEngines::addEngineRows();
}

void TestGontainerCli::lifecycleOfADetachedContainer()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString name = TestEngines::uniqueName(QStringLiteral("clidet"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    Run r =
        cliOn(endpoint, QStringList{QStringLiteral("run"), QStringLiteral("-d"),
                                    QStringLiteral("--name"), name, QStringLiteral("--network"),
                                    QStringLiteral("none"), QStringLiteral("-l"),
                                    QStringLiteral("purpose=cli-test"), QStringLiteral("--restart"),
                                    QStringLiteral("on-failure:3"), QStringLiteral("--init"),
                                    QStringLiteral("--health-cmd"), QStringLiteral("true"),
                                    QStringLiteral("--health-interval"), QStringLiteral("1m30s"),
                                    podman ? TestEngines::podmanImage() : TestEngines::image(),
                                    QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("for i in 1 2 3 4 5; do echo n$i; done; "
                                                   "sleep 60")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    QCOMPARE(id.size(), 64);

    r = cliOn(endpoint, QStringList{QStringLiteral("ps"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const auto found = std::find_if(list.begin(), list.end(), [&](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("id")).toString() == id;
    });
    QVERIFY2(found != list.end(), qPrintable(r.out));
    QCOMPARE(found->toObject().value(QLatin1String("state")).toString(), QStringLiteral("running"));
    QCOMPARE(found->toObject().value(QLatin1String("name")).toString(), name);

    r = cliOn(endpoint, QStringList{QStringLiteral("inspect"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject inspected = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    const QJsonObject config = inspected.value(QLatin1String("Config")).toObject();
    QCOMPARE(
        config.value(QLatin1String("Labels")).toObject().value(QLatin1String("purpose")).toString(),
        QStringLiteral("cli-test"));
    QCOMPARE(config.value(QLatin1String("Healthcheck"))
                 .toObject()
                 .value(QLatin1String("Interval"))
                 .toInteger(),
             90000000000LL);

    QTRY_VERIFY_WITH_TIMEOUT(cliOn(endpoint, QStringList{QStringLiteral("logs"), name})
                                 .out.contains(QStringLiteral("n5")),
                             30000);
    r = cliOn(endpoint, QStringList{QStringLiteral("logs"), QStringLiteral("--tail"),
                                    QStringLiteral("2"), name});
    QCOMPARE(r.out, QStringLiteral("n4\nn5\n"));
    r = cliOn(endpoint, QStringList{QStringLiteral("logs"), QStringLiteral("-t"),
                                    QStringLiteral("--since"), QStringLiteral("10m"), name});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    QVERIFY(r.out.startsWith(QString::number(QDate::currentDate().year())));

    r = cliOn(endpoint, QStringList{QStringLiteral("stats"), QStringLiteral("--no-stream"),
                                    QStringLiteral("--json"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject sample = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(sample.value(QLatin1String("container")).toString(), name);
    QVERIFY(sample.value(QLatin1String("memoryUsage")).toInteger() > 0);
    QVERIFY(sample.value(QLatin1String("pids")).toInt() >= 1);
    r = cliOn(endpoint, QStringList{QStringLiteral("stats"), QStringLiteral("--no-stream"), name});
    QVERIFY2(r.out.startsWith(QStringLiteral("CONTAINER")) && r.out.contains(name),
             qPrintable(r.out));

    r = cliOn(endpoint, QStringList{QStringLiteral("exec"), QStringLiteral("-e"),
                                    QStringLiteral("X=from exec"), name, QStringLiteral("sh"),
                                    QStringLiteral("-c"), QStringLiteral("echo $X; exit 6")});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.out, QStringLiteral("from exec\n"));

    r = cliOn(endpoint, QStringList{QStringLiteral("top"), name});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("sleep")), qPrintable(r.out + r.err));

    for (const QString &verb : {QStringLiteral("pause"), QStringLiteral("unpause")}) {
        r = cliOn(endpoint, QStringList{verb, name});
        QVERIFY2(r.exitCode == 0, qPrintable(verb + r.err));
        QCOMPARE(r.out.trimmed(), name);
    }
    const QString renamed = name + QStringLiteral("-new");
    r = cliOn(endpoint, QStringList{QStringLiteral("rename"), name, renamed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliOn(endpoint, QStringList{QStringLiteral("kill"), QStringLiteral("-s"),
                                    QStringLiteral("KILL"), renamed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliOn(endpoint, QStringList{QStringLiteral("wait"), renamed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("137"));
    r = cliOn(endpoint, QStringList{QStringLiteral("rm"), renamed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliOn(endpoint, QStringList{QStringLiteral("inspect"), renamed});
    QCOMPARE(r.exitCode, 1);
}

void TestGontainerCli::systemAndImages_data()
{
    TestEngines::addEngineRows();
}

void TestGontainerCli::systemAndImages()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    Run r = cliOn(endpoint, {QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Storage driver")));
    r = cliOn(endpoint, {QStringLiteral("--json"), QStringLiteral("df")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                .object()
                .value(QLatin1String("images"))
                .toObject()
                .value(QLatin1String("count"))
                .toInt() >= 1);

    const QString source = podman ? TestEngines::podmanImage() : TestEngines::image();
    const QString remote = TestEngines::registry() + QStringLiteral("/gontainer-test/") +
                           TestEngines::uniqueName(QStringLiteral("cli")) + QStringLiteral(":x");
    r = cliOn(endpoint, {QStringLiteral("tag"), source, remote});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliOn(endpoint, {QStringLiteral("images"), QStringLiteral("--json")});
    QVERIFY2(r.out.contains(remote), qPrintable(r.out));
    r = cliOn(endpoint, {QStringLiteral("push"), remote});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliOn(endpoint,
              {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("--limit"),
               QStringLiteral("100"), remote.section(QLatin1Char(':'), 0, 1)});
    if (podman) {
        // Podman lists the registry's catalog, where the push just landed.
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QLatin1String("name")).toString(),
                 remote.section(QLatin1Char(':'), 0, 1));
    } else {
        // dockerd only asks a registry's v1 search, which this registry has not: its own words.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("404")), qPrintable(r.err));
    }
    r = cliOn(endpoint, {QStringLiteral("rmi"), remote});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Untagged: ")), qPrintable(r.out));
    r = cliOn(endpoint, {QStringLiteral("pull"), QStringLiteral("--quiet"), remote});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = cliOn(endpoint, {QStringLiteral("history"), remote});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("IMAGE")),
             qPrintable(r.out + r.err));
    r = cliOn(endpoint, {QStringLiteral("rmi"), QStringLiteral("-f"), remote});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cliOn(endpoint, {QStringLiteral("pull"),
                         TestEngines::registry() + QStringLiteral("/gontainer-test/absent")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("manifest unknown")), qPrintable(r.err));
    QTemporaryDir context;
    {
        QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM " + source.toUtf8() + "\nARG WORD\nRUN echo $WORD > /word\n");
    }
    const QString built = QStringLiteral("localhost/gontainer-test/clibuilt:") +
                          TestEngines::uniqueName(QStringLiteral("b"));
    r = cliOn(endpoint,
              {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), built,
               QStringLiteral("--build-arg"), QStringLiteral("WORD=built"), context.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.trimmed().size() >= 12, qPrintable(r.out)); // only the id
    r = cliOn(endpoint,
              {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
               QStringLiteral("none"), built, QStringLiteral("cat"), QStringLiteral("/word")});
    QCOMPARE(r.out, QStringLiteral("built\n"));
    cliOn(endpoint, {QStringLiteral("rmi"), QStringLiteral("-f"), built});
    r = cliOn(endpoint, {QStringLiteral("build"), context.filePath(QStringLiteral("none"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));

    r = cliOn(endpoint, {QStringLiteral("image-prune")});
    QCOMPARE(r.exitCode, 2); // asks for --force

    const QString volume = TestEngines::uniqueName(QStringLiteral("clivol"));
    QVERIFY(TestEngines::docker(podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket(),
                                {QStringLiteral("volume"), QStringLiteral("create"), volume})
                .exitCode == 0);
    r = cliOn(endpoint, {QStringLiteral("volumes")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(volume), qPrintable(r.out + r.err));
    TestEngines::docker(podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket(),
                        {QStringLiteral("volume"), QStringLiteral("rm"), volume});
    r = cliOn(endpoint, {QStringLiteral("--json"), QStringLiteral("networks")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
}

void TestGontainerCli::execPassesStandardInput()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("cliexec"));
    const auto run =
        TestEngines::runDetached(socket, name, {QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    QProcess process;
    process.setProcessEnvironment(baseEnv());
    process.start(QStringLiteral(GONTAINER_CLI_BINARY),
                  nodeArgs(socket) + QStringList{QStringLiteral("exec"), QStringLiteral("-i"), name,
                                                 QStringLiteral("wc"), QStringLiteral("-l")});
    QVERIFY(process.waitForStarted());
    process.write("one\ntwo\nthree\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("3"));

    // run -i --rm in the foreground: input in, output out, the exit code back, nothing left.
    for (const QString &engineSocket : {socket, TestEngines::podmanSocket()}) {
        QProcess runner;
        runner.setProcessEnvironment(baseEnv());
        runner.start(QStringLiteral(GONTAINER_CLI_BINARY),
                     nodeArgs(engineSocket) +
                         QStringList{QStringLiteral("run"), QStringLiteral("-i"),
                                     QStringLiteral("--rm"), QStringLiteral("--network"),
                                     QStringLiteral("none"),
                                     engineSocket == socket ? TestEngines::image()
                                                            : TestEngines::podmanImage(),
                                     QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("tr a-z A-Z; exit 7")});
        QVERIFY(runner.waitForStarted());
        runner.write("shout\n");
        runner.closeWriteChannel();
        QVERIFY(runner.waitForFinished(30000));
        QCOMPARE(runner.exitCode(), 7);
        QCOMPARE(QString::fromUtf8(runner.readAllStandardOutput()), QStringLiteral("SHOUT\n"));
    }
}

void TestGontainerCli::podsOnPodmanOnly()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::podmanSocket();
    const QString pod = TestEngines::uniqueName(QStringLiteral("clipod"));
    QVERIFY(TestEngines::podman(socket,
                                {QStringLiteral("pod"), QStringLiteral("create"),
                                 QStringLiteral("--infra=false"), QStringLiteral("--name"), pod})
                .exitCode == 0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), pod});
    });
    Run r = cli(nodeArgs(socket) + QStringList{QStringLiteral("--json"), QStringLiteral("pods")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(pod), qPrintable(r.out));
    r = cli(nodeArgs(TestEngines::dockerSocket()) + QStringList{QStringLiteral("pods")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Podman")), qPrintable(r.err));
}

void TestGontainerCli::badCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("launch")} << "launch";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("ps")} << "--frobnicate";
    QTest::newRow("bad port") << QStringList{QStringLiteral("run"), QStringLiteral("-p"),
                                             QStringLiteral("70000:80"), QStringLiteral("img")}
                              << "65535";
    QTest::newRow("bad memory") << QStringList{QStringLiteral("create"), QStringLiteral("-m"),
                                               QStringLiteral("lots"), QStringLiteral("img")}
                                << "512m";
    QTest::newRow("relative mount")
        << QStringList{QStringLiteral("create"), QStringLiteral("-v"), QStringLiteral("/srv:data"),
                       QStringLiteral("img")}
        << "absolute";
    QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("--limit"),
                                              QStringLiteral("0"), QStringLiteral("alpine")}
                               << "1 to 100";
    QTest::newRow("missing container") << QStringList{QStringLiteral("stop")} << "Missing";
    QTest::newRow("bad node") << QStringList{QStringLiteral("--node"), QStringLiteral("http://x"),
                                             QStringLiteral("ps")}
                              << "http://x";
}

void TestGontainerCli::badCommandLines()
{
    REQUIRE_ENGINES();
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QStringList full = args;
    if (!args.contains(QStringLiteral("--node")))
        full = nodeArgs(TestEngines::dockerSocket()) + args;
    const Run r = cli(full);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestGontainerCli::engineErrorsInItsWords()
{
    REQUIRE_ENGINES();
    Run r = cli(nodeArgs(TestEngines::dockerSocket()) +
                QStringList{QStringLiteral("start"), QStringLiteral("no-such-thing")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("No such container: no-such-thing")), qPrintable(r.err));

    QProcessEnvironment korean = baseEnv();
    korean.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
    r = cli(nodeArgs(TestEngines::dockerSocket()) +
                QStringList{QStringLiteral("start"), QStringLiteral("no-such-thing")},
            korean);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("엔진")), qPrintable(r.err));

    QTemporaryDir dir;
    r = cli({QStringLiteral("--node"),
             QStringLiteral("unix://") + dir.filePath(QStringLiteral("x.sock")),
             QStringLiteral("ps")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no engine socket"), Qt::CaseInsensitive),
             qPrintable(r.err));
}

void TestGontainerCli::eventsEndCleanlyOnCtrlC()
{
    REQUIRE_ENGINES();
    QProcess events;
    events.setProcessEnvironment(baseEnv());
    events.start(QStringLiteral(GONTAINER_CLI_BINARY),
                 nodeArgs(TestEngines::podmanSocket()) +
                     QStringList{QStringLiteral("--json"), QStringLiteral("events"),
                                 QStringLiteral("--type"), QStringLiteral("container")});
    QVERIFY(events.waitForStarted());
    // Subscribed once a container made now shows in its output: make one (a second later
    // another, in case the first came before the subscription) until one does.
    QStringList made;
    auto cleanup = qScopeGuard([&] {
        for (const QString &m : std::as_const(made))
            TestEngines::docker(TestEngines::podmanSocket(),
                                {QStringLiteral("rm"), QStringLiteral("-f"), m});
    });
    QByteArray seen;
    QDeadlineTimer nextCanary(0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            seen += events.readAllStandardOutput();
            for (const QString &m : std::as_const(made)) {
                if (seen.contains(m.toUtf8()))
                    return true;
            }
            if (nextCanary.hasExpired()) {
                made << TestEngines::uniqueName(QStringLiteral("clievents-canary"));
                TestEngines::docker(TestEngines::podmanSocket(),
                                    {QStringLiteral("create"), QStringLiteral("--name"),
                                     made.last(), TestEngines::image(), QStringLiteral("true")});
                nextCanary.setRemainingTime(1000);
            }
            return false;
        },
        60000));
    const QString name = TestEngines::uniqueName(QStringLiteral("clievents"));
    made << name;
    const auto run =
        TestEngines::runDetached(TestEngines::podmanSocket(), name, {QStringLiteral("true")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(QTest::qWaitFor(
        [&] {
            seen += events.readAllStandardOutput();
            return seen.contains("\"action\":\"start\"") && seen.contains(name.toUtf8());
        },
        30000));
    ::kill(pid_t(events.processId()), SIGINT);
    QVERIFY(events.waitForFinished(10000));
    QCOMPARE(events.exitStatus(), QProcess::NormalExit);
    QCOMPARE(events.exitCode(), 130);
    // Every line it printed is a whole JSON object.
    seen += events.readAllStandardOutput();
    for (const QByteArray &line : seen.trimmed().split('\n'))
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
}

void TestGontainerCli::configuredNodesOfMixedKinds()
{
    REQUIRE_ENGINES();
    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    auto run = [&env](const QStringList &args) {
        return cli(args, env);
    };
    auto nodesJson = [&] {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("nodes")});
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            byName.insert(v[QLatin1String("name")].toString(), v.toObject());
        return byName;
    };

    // A Podman service of this test's own, to stop and start again.
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/clinodes.XXXXXX"));
    const QString podmanSocket = dir.filePath(QStringLiteral("podman.sock"));
    std::unique_ptr<QProcess> service(TestEngines::startPodmanService(podmanSocket));
    QVERIFY(service);
    auto stopService = qScopeGuard([&] {
        if (service) {
            service->terminate();
            service->waitForFinished(10000);
        }
    });

    // The list the app shows: without the local default here, three nodes of mixed kinds.
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("local")}).exitCode,
             0);
    Run r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("dockerd"),
                 QStringLiteral("unix://") + TestEngines::dockerSocket()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("secure"),
             TestEngines::dockerTlsEndpoint().toUrl(), QStringLiteral("--tls-cert-path"),
             TestEngines::tlsCertPath()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("podman"),
             QStringLiteral("unix://") + podmanSocket});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("PODMAN"),
             QStringLiteral("unix:///elsewhere.sock")});
    QCOMPARE(r.exitCode, 2); // names are unique whatever their case
    QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("bad"),
             QStringLiteral("tcp://127.0.0.1:1"), QStringLiteral("--tls-cert-path"),
             config.filePath(QStringLiteral("none"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("ca.pem")), qPrintable(r.err));

    auto nodes = nodesJson();
    QCOMPARE(nodes.keys(), (QStringList{QStringLiteral("dockerd"), QStringLiteral("podman"),
                                        QStringLiteral("secure")}));
    for (const QJsonObject &n : std::as_const(nodes)) {
        QCOMPARE(n[QLatin1String("state")].toString(), QStringLiteral("online"));
        QVERIFY(n[QLatin1String("latencyMs")].toInt() >= 0);
    }
    QCOMPARE(nodes[QStringLiteral("podman")][QLatin1String("engine")].toString(),
             QStringLiteral("Podman"));
    QCOMPARE(nodes[QStringLiteral("secure")][QLatin1String("engine")].toString(),
             QStringLiteral("Docker"));
    r = run({QStringLiteral("nodes")});
    QVERIFY2(r.out.startsWith(QStringLiteral("NAME")) && r.out.contains(QStringLiteral("online")),
             qPrintable(r.out));

    // A container on the Podman node, listed with its node among all the others.
    const QString name = TestEngines::uniqueName(QStringLiteral("allnodes"));
    QVERIFY(
        TestEngines::podman(podmanSocket, {QStringLiteral("create"), QStringLiteral("--name"), name,
                                           TestEngines::podmanImage(), QStringLiteral("true")})
            .exitCode == 0);
    auto psAll = [&] {
        return run({QStringLiteral("--json"), QStringLiteral("ps"), QStringLiteral("-a"),
                    QStringLiteral("--all-nodes")});
    };
    auto nodeOf = [](const Run &ps, const QString &container) {
        for (const QJsonValue &v : QJsonDocument::fromJson(ps.out.toUtf8()).array()) {
            if (v[QLatin1String("name")].toString() == container)
                return v[QLatin1String("node")].toString();
        }
        return QString();
    };
    r = psAll();
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(nodeOf(r, name), QStringLiteral("podman"));
    // A node by its name, wherever a URL works.
    r = run({QStringLiteral("--node"), QStringLiteral("Podman"), QStringLiteral("ps"),
             QStringLiteral("-a")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(name), qPrintable(r.out + r.err));
    r = run({QStringLiteral("--node"), QStringLiteral("nosuch"), QStringLiteral("ps")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));

    // One node stops: it shows offline with the reason; the others answer as before.
    service->kill();
    service->waitForFinished(10000);
    nodes = nodesJson();
    QCOMPARE(nodes[QStringLiteral("podman")][QLatin1String("state")].toString(),
             QStringLiteral("offline"));
    QVERIFY(!nodes[QStringLiteral("podman")][QLatin1String("error")].toString().isEmpty());
    QCOMPARE(nodes[QStringLiteral("dockerd")][QLatin1String("state")].toString(),
             QStringLiteral("online"));
    r = psAll();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("podman: ")), qPrintable(r.err));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    QVERIFY(nodeOf(r, name).isEmpty());

    // Started again: online, and its container is back in the list.
    service.reset(TestEngines::startPodmanService(podmanSocket));
    QVERIFY(service);
    nodes = nodesJson();
    QCOMPARE(nodes[QStringLiteral("podman")][QLatin1String("state")].toString(),
             QStringLiteral("online"));
    r = psAll();
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(nodeOf(r, name), QStringLiteral("podman"));
    TestEngines::podman(podmanSocket, {QStringLiteral("rm"), QStringLiteral("-f"), name});

    QCOMPARE(
        run({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("podman")}).exitCode, 0);
    QCOMPARE(nodesJson().size(), 2);
}

void TestGontainerCli::logsMergedAcrossNodes()
{
    REQUIRE_ENGINES();
    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    auto run = [&env](const QStringList &args) {
        return cli(args, env);
    };
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("local")}).exitCode,
             0);
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("dockerd"),
                  QStringLiteral("unix://") + TestEngines::dockerSocket()})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("podman"),
                  QStringLiteral("unix://") + TestEngines::podmanSocket()})
                 .exitCode,
             0);
    // One container on each node, with a label of this run. Docker's d3 waits for a file that
    // the test makes only once the merged output has shown Podman's p1: so p1 comes before d3
    // by the engines' times and in the output, however slowly either engine answers (a source
    // that has not answered yet is waited for only so long, so a test that made the file any
    // earlier could see d3 first from a slow Podman).
    const QString tag = TestEngines::uniqueName(QStringLiteral("merge"));
    const QString dName = TestEngines::uniqueName(QStringLiteral("ld"));
    const QString pName = TestEngines::uniqueName(QStringLiteral("lp"));
    QTemporaryDir sync(TestEngines::dir() + QStringLiteral("/sync.XXXXXX"));
    QVERIFY(sync.isValid());
    const auto start = [&](const QString &socket, const QString &name, const QString &script) {
        return TestEngines::docker(
                   socket,
                   {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                    QStringLiteral("--label"), QStringLiteral("gtest.logs=") + tag,
                    QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                    sync.path() + QStringLiteral(":/sync"), TestEngines::image(),
                    QStringLiteral("sh"), QStringLiteral("-c"), script})
            .exitCode;
    };
    QCOMPARE(start(TestEngines::dockerSocket(), dName,
                   QStringLiteral("sleep 1; echo d1; sleep 0.6; echo d2; i=0; "
                                  "while [ ! -e /sync/p1 ] && [ $i -lt 1200 ]; do sleep 0.1; "
                                  "i=$((i+1)); done; echo d3; echo d-err >&2")),
             0);
    QCOMPARE(start(TestEngines::podmanSocket(), pName,
                   QStringLiteral("sleep 1; for i in 1 2 3; do echo p$i; sleep 0.6; done")),
             0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), dName});
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), pName});
    });

    // Followed from the start on both nodes, merged by time, until both have exited.
    QProcess follow;
    follow.setProcessEnvironment(env);
    follow.start(QStringLiteral(GONTAINER_CLI_BINARY),
                 {QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--all-nodes"),
                  QStringLiteral("--filter"), QStringLiteral("label=gtest.logs=") + tag});
    QVERIFY(follow.waitForStarted());
    QByteArray out;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += follow.readAllStandardOutput();
                     return out.contains(" | p1\n");
                 },
                 120000),
             out.constData());
    QFile p1(sync.filePath(QStringLiteral("p1")));
    QVERIFY(p1.open(QIODevice::WriteOnly));
    p1.close();
    QVERIFY(follow.waitForFinished(120000));
    out += follow.readAllStandardOutput();
    Run r;
    r.exitCode = follow.exitStatus() == QProcess::NormalExit ? follow.exitCode() : -1;
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(follow.readAllStandardError());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList texts;
    for (const QString &l : std::as_const(lines)) {
        const QString prefix = l.section(QStringLiteral(" | "), 0, 0).trimmed();
        const QString text = l.section(QStringLiteral(" | "), 1);
        QCOMPARE(prefix, text.startsWith(u'd') ? QStringLiteral("dockerd/") + dName
                                               : QStringLiteral("podman/") + pName);
        texts << text;
    }
    QCOMPARE(texts.size(), 6);
    QStringList ds, ps;
    for (const QString &t : std::as_const(texts))
        (t.startsWith(u'd') ? ds : ps) << t;
    QCOMPARE(ds, (QStringList{QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}));
    QCOMPARE(ps, (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
    QVERIFY2(texts.indexOf(QStringLiteral("p1")) < texts.indexOf(QStringLiteral("d3")),
             qPrintable(texts.join(u' ')));
    QVERIFY2(r.err.contains(QStringLiteral(" | d-err")), qPrintable(r.err));

    // Read again (not followed), by names on one node, with times: no node in the prefix.
    r = run({QStringLiteral("--node"), QStringLiteral("dockerd"), QStringLiteral("logs"),
             QStringLiteral("-t"), dName, dName.left(0) + QStringLiteral("no-such-one")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-one")), qPrintable(r.err));
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.first().startsWith(dName + QStringLiteral(" | 20")) &&
                 lines.first().endsWith(QStringLiteral("Z d1")),
             qPrintable(lines.first()));

    // As JSON, one object a line.
    r = run({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("--all-nodes"),
             QStringLiteral("--filter"), QStringLiteral("name=") + pName});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(first[QLatin1String("line")].toString(), QStringLiteral("p1"));
    QCOMPARE(first[QLatin1String("source")].toString(), pName);
    QVERIFY(first[QLatin1String("time")].toString().endsWith(u'Z'));

    r = run({QStringLiteral("logs"), QStringLiteral("--all-nodes"), QStringLiteral("--filter"),
             QStringLiteral("image=x")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("logs"), QStringLiteral("--all-nodes"), QStringLiteral("--filter"),
             QStringLiteral("label=gtest.logs=nothing-has-this")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("No container matched")), qPrintable(r.err));
}

void TestGontainerCli::importContextsAndConnections()
{
    REQUIRE_ENGINES();
    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("DOCKER_CONFIG"), config.filePath(QStringLiteral("docker")));
    env.insert(QStringLiteral("CONTAINERS_CONF"),
               config.filePath(QStringLiteral("containers.conf")));
    // The local default node is the run's dockerd.
    env.insert(QStringLiteral("DOCKER_HOST"),
               QStringLiteral("unix://") + TestEngines::dockerSocket());
    auto tool = [&env](const QString &program, const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(program), p.readAll().constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString certs = TestEngines::tlsCertPath();
    QCOMPARE(tool(QStringLiteral("docker"),
                  {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("secure"),
                   QStringLiteral("--docker"),
                   QStringLiteral("host=%1,ca=%2/ca.pem,cert=%2/cert.pem,key=%2/key.pem")
                       .arg(TestEngines::dockerTlsEndpoint().toUrl(), certs)}),
             0);
    QCOMPARE(tool(QStringLiteral("docker"),
                  {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("same"),
                   QStringLiteral("--docker"),
                   QStringLiteral("host=unix://") + TestEngines::dockerSocket()}),
             0);
    {
        QFile conf(config.filePath(QStringLiteral("containers.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
    }
    QCOMPARE(tool(QStringLiteral("podman"),
                  {QStringLiteral("system"), QStringLiteral("connection"), QStringLiteral("add"),
                   QStringLiteral("pm"), QStringLiteral("unix://") + TestEngines::podmanSocket()}),
             0);
    auto run = [&env](const QStringList &args) {
        return cli(args, env);
    };
    auto nodeNames = [&] {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("nodes")});
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            byName.insert(v[QLatin1String("name")].toString(), v.toObject());
        return byName;
    };

    // A dry run shows what would come and changes nothing.
    Run r = run({QStringLiteral("nodes"), QStringLiteral("import"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Would add:")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("docker context secure")));
    QVERIFY(r.out.contains(QStringLiteral("podman connection pm")));
    QVERIFY2(r.out.contains(QStringLiteral("Skipped docker context same: already there as the "
                                           "node local.")),
             qPrintable(r.out));
    QCOMPARE(nodeNames().keys(), QStringList{QStringLiteral("local")});

    r = run({QStringLiteral("nodes"), QStringLiteral("import")});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("Added:")),
             qPrintable(r.out + r.err));
    auto nodes = nodeNames();
    QCOMPARE(nodes.keys(), (QStringList{QStringLiteral("local"), QStringLiteral("pm"),
                                        QStringLiteral("secure")}));
    for (const QJsonObject &n : std::as_const(nodes))
        QCOMPARE(n[QLatin1String("state")].toString(), QStringLiteral("online"));
    QCOMPARE(nodes[QStringLiteral("pm")][QLatin1String("engine")].toString(),
             QStringLiteral("Podman"));
    QCOMPARE(nodes[QStringLiteral("secure")][QLatin1String("origin")].toString(),
             QStringLiteral("docker-context:secure"));

    // Importing again adds nothing.
    r = run({QStringLiteral("--json"), QStringLiteral("nodes"), QStringLiteral("import")});
    const QJsonObject again = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(again[QLatin1String("added")].toArray().isEmpty());
    QCOMPARE(again[QLatin1String("skipped")].toArray().size(), 3);

    // The local default node removed and brought back.
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("local")}).exitCode,
             0);
    QVERIFY(!nodeNames().contains(QStringLiteral("local")));
    QCOMPARE(
        run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("local")}).exitCode, 0);
    QVERIFY(nodeNames().contains(QStringLiteral("local")));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("local")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
}

// A registry that wants a password (htpasswd over plain HTTP on loopback, as Docker allows for
// 127.0.0.1): log in once, and push and pull use the saved login; the password is in the
// keychain, never in the settings file or the output.
void TestGontainerCli::loginKeepsThePasswordInTheKeychain()
{
    REQUIRE_ENGINES();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/harness/with-keyring.sh (ctest does)");
    // The harness's registry that wants a login (htpasswd).
    const QString server = TestEngines::authRegistry();
    QVERIFY2(!server.isEmpty(), "no registry with a login in the harness");
    const QString user = TestEngines::authUser();
    const QString password = TestEngines::authPassword();

    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const QStringList node = nodeArgs(TestEngines::dockerSocket());
    const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
        return cli(node + args, env, input);
    };
    const QString image = server + QLatin1Char('/') +
                          TestEngines::uniqueName(QStringLiteral("cli-auth")) +
                          QStringLiteral(":1");
    QCOMPARE(TestEngines::docker(TestEngines::dockerSocket(),
                                 {QStringLiteral("tag"), TestEngines::image(), image})
                 .exitCode,
             0);
    auto untag = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("rmi"), image});
    });

    // Without a login the registry turns the push away.
    Run r = run({QStringLiteral("push"), QStringLiteral("-q"), image});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    // A wrong password is refused by the registry (through the engine) and not saved.
    r = run({QStringLiteral("login"), server, QStringLiteral("--username"), user,
             QStringLiteral("--password-stdin")},
            "wrong\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.out));
    r = run({QStringLiteral("logout"), server});
    QCOMPARE(r.exitCode, 1); // nothing was saved

    r = run({QStringLiteral("login"), server, QStringLiteral("--username"), user,
             QStringLiteral("--password-stdin")},
            password.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Login Succeeded")), qPrintable(r.out));
    QVERIFY(!r.out.contains(password) && !r.err.contains(password));
    const QByteArray settings = TestEngines::allFilesUnder(config.path());
    QVERIFY2(settings.contains(server.toUtf8()), settings.constData());
    QVERIFY(!settings.contains(password.toUtf8()));

    // The saved login is used: push, then pull after the local copy is gone.
    r = run({QStringLiteral("push"), QStringLiteral("-q"), image});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("rmi"), image}).exitCode,
        0);
    r = run({QStringLiteral("pull"), QStringLiteral("-q"), image});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Without a keychain the login is checked but cannot be saved, and says why.
    QProcessEnvironment noBus = env;
    noBus.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    noBus.remove(QStringLiteral("DISPLAY"));
    r = cli(node + QStringList{QStringLiteral("login"), server, QStringLiteral("--username"), user,
                               QStringLiteral("--password-stdin")},
            noBus, password.toUtf8());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not saved")) &&
                 r.err.contains(QStringLiteral("keychain")),
             qPrintable(r.err));

    // Logged out: the registry turns it away again.
    r = run({QStringLiteral("logout"), server});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("push"), QStringLiteral("-q"), image});
    QVERIFY(r.exitCode != 0);
}

// A node whose SSH key has a passphrase: given once to `nodes add`, kept in the keychain, and
// used by every later command; gone with the node.
void TestGontainerCli::sshNodeWithPassphrase()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("no ssh:// URL in this run (the harness gives one as root)");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/harness/with-keyring.sh (ctest does)");
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("locked_ed25519"));
    const QByteArray passphrase =
        "cli passphrase " + QByteArray::number(qint64(QCoreApplication::applicationPid()));
    const auto unauthorize = TestEngines::authorizeNewSshKey(key, QString::fromUtf8(passphrase));
    QVERIFY(unauthorize);
    auto restore = qScopeGuard(unauthorize);

    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    Run r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("locked"),
                 TestEngines::sshUrl(), QStringLiteral("--identity"), key,
                 QStringLiteral("--passphrase-stdin")},
                env, passphrase + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray settings = TestEngines::allFilesUnder(config.path());
    QVERIFY(settings.contains("sshPassphraseSaved=true"));
    QVERIFY(!settings.contains(passphrase));

    r = cli({QStringLiteral("--node"), QStringLiteral("locked"), QStringLiteral("version")}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Docker")), qPrintable(r.out));

    // Removing the node removes its passphrase from the keychain.
    QSettings file(config.path() + QStringLiteral("/Gontainer/gontainer.conf"),
                   QSettings::IniFormat);
    const QString id = file.value(QStringLiteral("nodes/1/id")).toString();
    QVERIFY(!id.isEmpty());
    const auto saved = [&id] {
        int found = -1;
        QObject context;
        SecretStore::read(QStringLiteral("ssh-passphrase:") + id, &context,
                          [&found](const SecretStore::ReadResult &result) {
                              found = result.error.isEmpty() ? int(result.found) : -2;
                          });
        return QTest::qWaitFor([&] { return found != -1; }, 30000) ? found : -1;
    };
    QCOMPARE(saved(), 1);
    r = cli({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("locked")}, env);
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(saved(), 0);
}

// `nodes add NAME containerd://... [--namespace NS]`: the namespace goes into the address; the
// node lists as containerd; --namespace on another kind of address, or a bad name, is refused.
void TestGontainerCli::containerdNodesAreAdded()
{
    REQUIRE_CONTAINERD();
    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const auto run = [&env](const QStringList &args) {
        return cli(args, env);
    };
    const QString socketUrl = QStringLiteral("containerd://") + TestEngines::containerdSocket();
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("local")}).exitCode,
             0);
    Run r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("ctrd"), socketUrl,
                 QStringLiteral("--namespace"), TestEngines::containerdNamespace()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("every"), socketUrl});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("notcontainerd"),
             QStringLiteral("unix://") + TestEngines::dockerSocket(), QStringLiteral("--namespace"),
             QStringLiteral("default")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("containerd")), qPrintable(r.err));
    r = run({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("badns"), socketUrl,
             QStringLiteral("--namespace"), QStringLiteral("no spaces/here")});
    QCOMPARE(r.exitCode, 2);

    r = run({QStringLiteral("--json"), QStringLiteral("nodes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QMap<QString, QJsonObject> nodes;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        nodes.insert(v[QLatin1String("name")].toString(), v.toObject());
    QCOMPARE(nodes.keys(), (QStringList{QStringLiteral("ctrd"), QStringLiteral("every")}));
    QCOMPARE(nodes[QStringLiteral("ctrd")][QLatin1String("url")].toString(),
             socketUrl + QStringLiteral("?namespace=") + TestEngines::containerdNamespace());
    QCOMPARE(nodes[QStringLiteral("every")][QLatin1String("url")].toString(), socketUrl);
    for (const QJsonObject &n : std::as_const(nodes)) {
        QCOMPARE(n[QLatin1String("state")].toString(), QStringLiteral("online"));
        QCOMPARE(n[QLatin1String("engine")].toString(), QStringLiteral("containerd"));
    }
    // By its name wherever a URL works.
    r = run({QStringLiteral("--json"), QStringLiteral("--node"), QStringLiteral("ctrd"),
             QStringLiteral("version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("engine")].toString(),
             QStringLiteral("containerd"));
    // The help names the form.
    r = run({QStringLiteral("nodes"), QStringLiteral("--help")});
    QVERIFY2(r.out.contains(QStringLiteral("--namespace")) &&
                 r.out.contains(QStringLiteral("containerd:///")),
             qPrintable(r.out));
}

// Verbs a containerd node's engine cannot do end with 1 and words from its capabilities (pull
// with the engine's own imagePullMissingText), before anything is asked of the engine.
void TestGontainerCli::containerdSaysWhatItCannotDo()
{
    REQUIRE_CONTAINERD();
    const QStringList node = {QStringLiteral("--node"), TestEngines::containerdEndpointUrl()};
    Run r = cli(node + QStringList{QStringLiteral("--json"), QStringLiteral("version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject caps =
        QJsonDocument::fromJson(r.out.toUtf8())[QLatin1String("capabilities")].toObject();
    QVERIFY(caps.value(QLatin1String("namespaces")).toBool());
    QVERIFY(!caps.value(QLatin1String("volumes")).toBool());
    QVERIFY(!caps.value(QLatin1String("networks")).toBool());
    QVERIFY(!caps.value(QLatin1String("exec")).toBool());
    QVERIFY(!caps.value(QLatin1String("imageBuild")).toBool());
    QVERIFY(!caps.value(QLatin1String("imagePush")).toBool());
    QVERIFY(caps.contains(QLatin1String("healthchecks")));
    QVERIFY(!caps.value(QLatin1String("healthchecks")).toBool());
    QTemporaryDir context;
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\n");
    dockerfile.close();
    const struct
    {
        QStringList args;
        QString says;
    } cases[] = {
        {{QStringLiteral("exec"), QStringLiteral("anything"), QStringLiteral("true")},
         QStringLiteral("cannot run commands in containers")},
        {{QStringLiteral("volumes")}, QStringLiteral("volumes")},
        {{QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v")},
         QStringLiteral("volumes")},
        {{QStringLiteral("networks")}, QStringLiteral("networks")},
        {{QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("n")},
         QStringLiteral("networks")},
        {{QStringLiteral("build"), context.path()}, QStringLiteral("cannot build images")},
        {{QStringLiteral("push"), TestEngines::containerdImage()},
         QStringLiteral("cannot push images")},
        {{QStringLiteral("pods")}, QStringLiteral("Podman")},
        {{QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("8080:80"),
          TestEngines::containerdImage()},
         QStringLiteral("publish ports")},
        {{QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("bridge"),
          TestEngines::containerdImage()},
         QStringLiteral("--network host")},
        {{QStringLiteral("run"), QStringLiteral("--health-cmd"), QStringLiteral("true"),
          TestEngines::containerdImage()},
         QStringLiteral("run health checks (--health-cmd)")},
        {{QStringLiteral("create"), QStringLiteral("--health-interval"), QStringLiteral("5s"),
          TestEngines::containerdImage()},
         QStringLiteral("run health checks (--health-interval)")},
    };
    for (const auto &c : cases) {
        r = cli(node + c.args);
        QVERIFY2(r.exitCode == 1, qPrintable(c.args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(c.says) && r.err.contains(QStringLiteral("containerd")),
                 qPrintable(c.args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("not yet")), qPrintable(r.err));
    }
    if (!caps.value(QLatin1String("imagePull")).toBool()) {
        r = cli(node + QStringList{QStringLiteral("pull"), QStringLiteral("busybox")});
        QCOMPARE(r.exitCode, 1);
        const QString why = caps.value(QLatin1String("imagePullMissingText")).toString();
        QVERIFY(!why.isEmpty());
        QVERIFY2(r.err.contains(why), qPrintable(r.err));
    } else {
        // containerd 1.7 pulls (tst_containerd_pull), over HTTPS only: the CLI's pull reaches its
        // Transfer service, which says why the run's plain-HTTP registry cannot be used.
        r = cli(node + QStringList{QStringLiteral("pull"),
                                   TestEngines::registry() +
                                       QStringLiteral("/gontainer-test/busybox:latest")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("plain HTTP")), qPrintable(r.err));
    }
}

// ps --all-nodes over Docker, Podman and containerd side by side: each container with its
// node, containerd's with their namespaces in the id ("NS/ID") and in the JSON.
void TestGontainerCli::psAcrossDockerPodmanAndContainerd()
{
    REQUIRE_CONTAINERD();
    QTemporaryDir config;
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const auto run = [&env](const QStringList &args) {
        return cli(args, env);
    };
    QCOMPARE(run({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("local")}).exitCode,
             0);
    const QList<std::pair<QString, QString>> nodes = {
        {QStringLiteral("docker"), QStringLiteral("unix://") + TestEngines::dockerSocket()},
        {QStringLiteral("podman"), QStringLiteral("unix://") + TestEngines::podmanSocket()},
        {QStringLiteral("ctrd"), TestEngines::containerdEndpointUrl()}};
    for (const auto &[name, url] : nodes) {
        const Run r = run({QStringLiteral("nodes"), QStringLiteral("add"), name, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const QString dockerName = TestEngines::uniqueName(QStringLiteral("psdocker"));
    const QString podmanName = TestEngines::uniqueName(QStringLiteral("pspodman"));
    const QString ctrName = TestEngines::uniqueName(QStringLiteral("psctrd"));
    QVERIFY(TestEngines::docker(TestEngines::dockerSocket(),
                                {QStringLiteral("create"), QStringLiteral("--name"), dockerName,
                                 TestEngines::image(), QStringLiteral("true")})
                .exitCode == 0);
    QVERIFY(TestEngines::podman(TestEngines::podmanSocket(),
                                {QStringLiteral("create"), QStringLiteral("--name"), podmanName,
                                 TestEngines::podmanImage(), QStringLiteral("true")})
                .exitCode == 0);
    const auto ctr = TestEngines::runContainerdContainer(
        ctrName, {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(ctr.exitCode == 0, qPrintable(ctr.output));
    const QString ctrId = ctr.output.trimmed();
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), dockerName});
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), podmanName});
        TestEngines::ctr({QStringLiteral("task"), QStringLiteral("kill"), QStringLiteral("-s"),
                          QStringLiteral("SIGKILL"), ctrId});
        TestEngines::ctr(
            {QStringLiteral("task"), QStringLiteral("delete"), QStringLiteral("-f"), ctrId});
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), ctrId});
    });

    Run r = run({QStringLiteral("--json"), QStringLiteral("ps"), QStringLiteral("-a"),
                 QStringLiteral("--all-nodes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        byName.insert(v[QLatin1String("name")].toString(), v.toObject());
    QCOMPARE(byName[dockerName][QLatin1String("node")].toString(), QStringLiteral("docker"));
    QCOMPARE(byName[podmanName][QLatin1String("node")].toString(), QStringLiteral("podman"));
    const QJsonObject c = byName[ctrName];
    QCOMPARE(c[QLatin1String("node")].toString(), QStringLiteral("ctrd"));
    QCOMPARE(c[QLatin1String("namespace")].toString(), TestEngines::containerdNamespace());
    QCOMPARE(c[QLatin1String("id")].toString(),
             TestEngines::containerdNamespace() + QLatin1Char('/') + ctrId);
    QCOMPARE(c[QLatin1String("state")].toString(), QStringLiteral("running"));
    QVERIFY(!byName[dockerName].contains(QLatin1String("namespace")));

    // The table: the namespace stays in front of the shortened id.
    r = run({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--all-nodes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(TestEngines::containerdNamespace() + QLatin1Char('/') + ctrId.left(12) +
                            QLatin1Char(' ')),
             qPrintable(r.out));
    // And the id as shown names the container to the node.
    r = run({QStringLiteral("--json"), QStringLiteral("--node"), QStringLiteral("ctrd"),
             QStringLiteral("inspect"),
             TestEngines::containerdNamespace() + QLatin1Char('/') + ctrId});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(ctrName), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestGontainerCli)
#include "tst_gontainercli.moc"
