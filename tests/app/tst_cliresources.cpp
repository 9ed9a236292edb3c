#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// gontainer-cli's volume, network, pod, kube and system verbs against the harness's engines.
class TestCliResources : public QObject
{
    Q_OBJECT

private slots:
    void groupsListTheirVerbs();
    void volumeLifecycle_data();
    void volumeLifecycle();
    void networkLifecycle_data();
    void networkLifecycle();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void overlappingSubnetIsRefused();
    void pruneAsksOnATerminal();
    void podLifecycleOnPodman();
    void kubeGenerateThenPlay();
    void podsRefusedOnDocker();
    void systemPruneTakesUnusedObjects_data();
    void systemPruneTakesUnusedObjects();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QString &socket, const QStringList &args, const QByteArray &input = {});
    static QProcessEnvironment env();
    static void addRows();
    // The engine's own list of `kind` (volume, network) names, through its CLI.
    static QStringList names(const QString &socket, const QString &kind);
    static QJsonArray jsonArray(const Run &r);
    static QString randomSubnet();
};

QProcessEnvironment TestCliResources::env()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "LANGUAGE",
                             "LC_ALL", "LC_MESSAGES"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"),
             QDir::tempPath() + QStringLiteral("/gontainer-tst-cliresources"));
    return e;
}

TestCliResources::Run TestCliResources::cli(const QString &socket, const QStringList &args,
                                            const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env());
    process.start(QStringLiteral(GONTAINER_CLI_BINARY),
                  QStringList{QStringLiteral("--node"), QStringLiteral("unix://") + socket} + args);
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

void TestCliResources::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true;
}

QStringList TestCliResources::names(const QString &socket, const QString &kind)
{
    const auto r =
        TestEngines::docker(socket, {kind, QStringLiteral("ls"), QStringLiteral("--format"),
                                     QStringLiteral("{{.Name}}")});
    return r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonArray TestCliResources::jsonArray(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", qPrintable(r.out));
    return doc.array();
}

QString TestCliResources::randomSubnet()
{
    return QStringLiteral("10.%1.%2.0/24")
        .arg(150 + QRandomGenerator::global()->bounded(100))
        .arg(QRandomGenerator::global()->bounded(256));
}

void TestCliResources::groupsListTheirVerbs()
{
    QProcess process;
    process.setProcessEnvironment(env());
    auto run = [&](const QStringList &args) {
        process.start(QStringLiteral(GONTAINER_CLI_BINARY), args);
        process.waitForFinished();
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    };
    Run r = run({QStringLiteral("--help")});
    for (const char *group : {"volume", "network", "pod", "kube", "system"})
        QVERIFY2(r.out.contains(QLatin1String("\n  ") + QLatin1String(group) + QLatin1Char(' ')),
                 group);
    r = run({QStringLiteral("network"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *verb : {"create", "inspect", "rm", "prune", "connect", "disconnect", "ls"})
        QVERIFY2(r.out.contains(QLatin1String("\n  ") + QLatin1String(verb) + QLatin1Char(' ')),
                 verb);
    r = run({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: gontainer-cli network create")),
             qPrintable(r.out));
    for (const char *option :
         {"--driver", "--subnet", "--gateway", "--internal", "--ipv6", "--label"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    r = run({QStringLiteral("pod"), QStringLiteral("stop"), QStringLiteral("--help")});
    QVERIFY(r.out.contains(QLatin1String("--time")));
    // No verb, or an unknown one: a bad command line.
    r = run({QStringLiteral("volume")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("prune")));
    r = run({QStringLiteral("volume"), QStringLiteral("shred")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("volume shred")), qPrintable(r.err));
}

void TestCliResources::volumeLifecycle_data()
{
    addRows();
}

void TestCliResources::volumeLifecycle()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString volume = TestEngines::uniqueName(QStringLiteral("clivol"));
    const QString user = TestEngines::uniqueName(QStringLiteral("clivol-user"));
    const QString label = TestEngines::uniqueName(QStringLiteral("gontainer.test.vol"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
        TestEngines::docker(
            socket, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume});
    });

    Run r = cli(socket, {QStringLiteral("volume"), QStringLiteral("create"), volume,
                         QStringLiteral("--driver"), QStringLiteral("local"),
                         QStringLiteral("--opt"), QStringLiteral("type=tmpfs"),
                         QStringLiteral("--opt"), QStringLiteral("device=tmpfs"),
                         QStringLiteral("--label"), label + QStringLiteral("=yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), volume);
    QVERIFY(names(socket, QStringLiteral("volume")).contains(volume));

    // Listed with its labels, as JSON, under both names of the listing.
    for (const QStringList &ls : {QStringList{QStringLiteral("volumes")},
                                  QStringList{QStringLiteral("volume"), QStringLiteral("ls")}}) {
        r = cli(socket, QStringList{QStringLiteral("--json")} + ls);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        bool found = false;
        for (const QJsonValue &v : jsonArray(r)) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("name")).toString() != volume)
                continue;
            found = true;
            QCOMPARE(o.value(QLatin1String("driver")).toString(), QStringLiteral("local"));
            QCOMPARE(o.value(QLatin1String("labels")).toObject().value(label).toString(),
                     QStringLiteral("yes"));
            QVERIFY(o.contains(QLatin1String("scope")));
        }
        QVERIFY2(found, qPrintable(r.out));
    }

    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("inspect"), volume});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray inspected = jsonArray(r);
    QCOMPARE(inspected.size(), 1);
    QCOMPARE(inspected.first().toObject().value(QLatin1String("Name")).toString(), volume);
    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("inspect"), volume,
                     QStringLiteral("no-such-volume-here")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(jsonArray(r).size(), 1);
    QVERIFY2(r.err.contains(QLatin1String("no-such-volume-here")), qPrintable(r.err));

    // In use: refused in the engine's words, which name the container.
    const auto created = TestEngines::docker(
        socket,
        {QStringLiteral("create"), QStringLiteral("--name"), user, QStringLiteral("--network"),
         QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/data"),
         podman ? TestEngines::podmanImage() : TestEngines::image(), QStringLiteral("true")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("rm"), volume});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(user), qPrintable(r.err));
    QVERIFY(names(socket, QStringLiteral("volume")).contains(volume));

    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("rm"), volume});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), volume);
    QVERIFY(!names(socket, QStringLiteral("volume")).contains(volume));

    // Prune: refused without a terminal or --force, then done, naming what went.
    const QString unused = TestEngines::uniqueName(QStringLiteral("clivol-unused"));
    auto cleanupUnused = qScopeGuard([&] {
        TestEngines::docker(
            socket, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), unused});
    });
    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("create"), unused,
                     QStringLiteral("--label"), label});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("prune")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QVERIFY(names(socket, QStringLiteral("volume")).contains(unused));
    r = cli(socket, {QStringLiteral("volume"), QStringLiteral("prune"), QStringLiteral("--force"),
                     QStringLiteral("--filter"), QStringLiteral("until=1h")});
    QCOMPARE(r.exitCode, 2);
    r = cli(socket, {QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("prune"),
                     QStringLiteral("--force"), QStringLiteral("--filter"),
                     QStringLiteral("label=") + label});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(report.value(QLatin1String("deleted")).toArray().contains(unused), qPrintable(r.out));
    QVERIFY(report.contains(QLatin1String("spaceReclaimed")));
    QVERIFY(!names(socket, QStringLiteral("volume")).contains(unused));
}

void TestCliResources::networkLifecycle_data()
{
    addRows();
}

void TestCliResources::networkLifecycle()
{
    REQUIRE_ENGINES();
    // Bridges and addresses stay inside the harness's own network namespace; without it, no
    // network is made.
    if (!TestEngines::hasNetworkNamespace())
        QSKIP("needs the harness's own network namespace (run as root with unshare)");
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString network = TestEngines::uniqueName(QStringLiteral("clinet"));
    const QString member = TestEngines::uniqueName(QStringLiteral("clinet-member"));
    const QString label = TestEngines::uniqueName(QStringLiteral("gontainer.test.net"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), member});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), network});
    });
    const QString subnet = randomSubnet();
    const QString gateway = subnet.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".1");
    const QString range = subnet.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".128/25");

    Run r = cli(socket, {QStringLiteral("network"), QStringLiteral("create"), network,
                         QStringLiteral("--subnet"), subnet, QStringLiteral("--gateway"), gateway,
                         QStringLiteral("--ip-range"), range, QStringLiteral("--label"),
                         label + QStringLiteral("=yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.trimmed().isEmpty());
    QVERIFY(names(socket, QStringLiteral("network")).contains(network));

    r = cli(socket, {QStringLiteral("--json"), QStringLiteral("network"), QStringLiteral("ls")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    bool found = false;
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() != network)
            continue;
        found = true;
        QCOMPARE(o.value(QLatin1String("subnets")).toArray(), QJsonArray{subnet});
        QCOMPARE(o.value(QLatin1String("gateways")).toArray(), QJsonArray{gateway});
        QCOMPARE(o.value(QLatin1String("labels")).toObject().value(label).toString(),
                 QStringLiteral("yes"));
        QVERIFY(o.contains(QLatin1String("scope")));
    }
    QVERIFY2(found, qPrintable(r.out));

    r = cli(socket, {QStringLiteral("network"), QStringLiteral("inspect"), network});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(jsonArray(r).size(), 1);
    QCOMPARE(jsonArray(r).first().toObject().value(QLatin1String("Name")).toString(), network);
    // Podman 4's compatible inspect leaves the range out.
    if (!podman)
        QVERIFY2(r.out.contains(range), qPrintable(r.out));

    // Connect a running container, with an alias; the network is then in use.
    const auto started = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), member,
                 podman ? TestEngines::podmanImage() : TestEngines::image(),
                 QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(started.exitCode == 0, qPrintable(started.output));
    auto networksOf = [&] {
        return TestEngines::docker(socket,
                                   {QStringLiteral("inspect"), QStringLiteral("-f"),
                                    QStringLiteral("{{json .NetworkSettings.Networks}}"), member})
            .output;
    };
    r = cli(socket, {QStringLiteral("network"), QStringLiteral("connect"), network, member,
                     QStringLiteral("--alias"), QStringLiteral("webby")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(networksOf().contains(network), qPrintable(networksOf()));
    QVERIFY2(networksOf().contains(QLatin1String("webby")), qPrintable(networksOf()));

    r = cli(socket, {QStringLiteral("network"), QStringLiteral("rm"), network});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(member), qPrintable(r.err));
    QVERIFY(names(socket, QStringLiteral("network")).contains(network));

    r = cli(socket, {QStringLiteral("network"), QStringLiteral("disconnect"), network, member,
                     QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!networksOf().contains(network), qPrintable(networksOf()));

    r = cli(socket, {QStringLiteral("network"), QStringLiteral("rm"), network});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), network);
    QVERIFY(!names(socket, QStringLiteral("network")).contains(network));

    // Prune takes an unused network, and says so.
    const QString unused = TestEngines::uniqueName(QStringLiteral("clinet-unused"));
    auto cleanupUnused = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), unused});
    });
    r = cli(socket, {QStringLiteral("network"), QStringLiteral("create"), unused,
                     QStringLiteral("--label"), label});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(socket, {QStringLiteral("network"), QStringLiteral("prune")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(names(socket, QStringLiteral("network")).contains(unused));
    r = cli(socket, {QStringLiteral("network"), QStringLiteral("prune"), QStringLiteral("-f"),
                     QStringLiteral("--filter"), QStringLiteral("label=") + label});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(unused), qPrintable(r.out));
    QVERIFY(!names(socket, QStringLiteral("network")).contains(unused));
}

void TestCliResources::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString name = TestEngines::uniqueName(QStringLiteral("clibad"));
    auto net = [&](const QStringList &more) {
        return QStringList{QStringLiteral("network"), QStringLiteral("create"), name} + more;
    };
    QTest::newRow("network name") << QStringList{QStringLiteral("network"),
                                                 QStringLiteral("create"),
                                                 QStringLiteral("no/slash")}
                                  << "no/slash";
    QTest::newRow("subnet not CIDR")
        << net({QStringLiteral("--subnet"), QStringLiteral("10.1.2.0")}) << "prefix length";
    QTest::newRow("subnet with host bits")
        << net({QStringLiteral("--subnet"), QStringLiteral("10.1.2.3/24")}) << "10.1.2.0/24";
    QTest::newRow("gateway outside")
        << net({QStringLiteral("--subnet"), QStringLiteral("10.1.2.0/24"),
                QStringLiteral("--gateway"), QStringLiteral("10.1.3.1")})
        << "outside";
    QTest::newRow("IP range outside")
        << net({QStringLiteral("--subnet"), QStringLiteral("10.1.2.0/24"),
                QStringLiteral("--ip-range"), QStringLiteral("10.1.3.0/25")})
        << "outside";
    QTest::newRow("gateway without subnet")
        << net({QStringLiteral("--gateway"), QStringLiteral("10.1.3.1")}) << "--subnet";
    QTest::newRow("two subnets overlapping")
        << net({QStringLiteral("--subnet"), QStringLiteral("10.1.0.0/16"),
                QStringLiteral("--subnet"), QStringLiteral("10.1.2.0/24")})
        << "overlap";
    QTest::newRow("label without key")
        << net({QStringLiteral("--label"), QStringLiteral("=x")}) << "KEY=VALUE";
    QTest::newRow("volume name") << QStringList{QStringLiteral("volume"), QStringLiteral("create"),
                                                QStringLiteral(".hidden")}
                                 << ".hidden";
    QTest::newRow("volume option without value")
        << QStringList{QStringLiteral("volume"), QStringLiteral("create"), name,
                       QStringLiteral("--opt"), QStringLiteral("type")}
        << "--opt";
    QTest::newRow("pod share") << QStringList{QStringLiteral("pod"),     QStringLiteral("create"),
                                              QStringLiteral("--name"),  name,
                                              QStringLiteral("--share"), QStringLiteral("net,disk")}
                               << "disk";
    QTest::newRow("pod port") << QStringList{QStringLiteral("pod"),    QStringLiteral("create"),
                                             QStringLiteral("--name"), name,
                                             QStringLiteral("-p"),     QStringLiteral("99999:80")}
                              << "65535";
    QTest::newRow("pod stop time")
        << QStringList{QStringLiteral("pod"), QStringLiteral("stop"), QStringLiteral("-t"),
                       QStringLiteral("soon"), name}
        << "--time";
    QTest::newRow("kube play of no file")
        << QStringList{QStringLiteral("kube"), QStringLiteral("play"),
                       QStringLiteral("/nonexistent/pod.yaml")}
        << "/nonexistent/pod.yaml";
    QTest::newRow("connect without container")
        << QStringList{QStringLiteral("network"), QStringLiteral("connect"), name} << "CONTAINER";
    QTest::newRow("system prune with an argument")
        << QStringList{QStringLiteral("system"), QStringLiteral("prune"), QStringLiteral("now")}
        << "system prune";
}

void TestCliResources::badInputSendsNothing()
{
    REQUIRE_ENGINES();
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    for (const QString &socket : {TestEngines::dockerSocket(), TestEngines::podmanSocket()}) {
        const QStringList networksBefore = names(socket, QStringLiteral("network"));
        const QStringList volumesBefore = names(socket, QStringLiteral("volume"));
        const Run r = cli(socket, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing was made: no network or volume of the names given.
        for (const QString &arg : args) {
            QCOMPARE(names(socket, QStringLiteral("network")).contains(arg),
                     networksBefore.contains(arg));
            QCOMPARE(names(socket, QStringLiteral("volume")).contains(arg),
                     volumesBefore.contains(arg));
        }
    }
}

void TestCliResources::overlappingSubnetIsRefused()
{
    REQUIRE_ENGINES();
    // Bridges and addresses stay inside the harness's own network namespace; without it, no
    // network is made.
    if (!TestEngines::hasNetworkNamespace())
        QSKIP("needs the harness's own network namespace (run as root with unshare)");
    const QString socket = TestEngines::dockerSocket();
    const QString first = TestEngines::uniqueName(QStringLiteral("clinet-first"));
    const QString second = TestEngines::uniqueName(QStringLiteral("clinet-second"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), first});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), second});
    });
    const QString subnet = randomSubnet();
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                         QStringLiteral("--subnet"), subnet, first})
                .exitCode == 0);
    const QString wider = subnet.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".0.0/16");
    const Run r = cli(socket, {QStringLiteral("network"), QStringLiteral("create"), second,
                               QStringLiteral("--subnet"), wider});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(first) && r.err.contains(subnet), qPrintable(r.err));
    QVERIFY(!names(socket, QStringLiteral("network")).contains(second));
}

void TestCliResources::pruneAsksOnATerminal()
{
    REQUIRE_ENGINES();
    // Bridges and addresses stay inside the harness's own network namespace; without it, no
    // network is made.
    if (!TestEngines::hasNetworkNamespace())
        QSKIP("needs the harness's own network namespace (run as root with unshare)");
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("no script(1) to give the command a terminal");
    const QString socket = TestEngines::dockerSocket();
    const QString label = TestEngines::uniqueName(QStringLiteral("gontainer.test.ask"));
    const QString network = TestEngines::uniqueName(QStringLiteral("clinet-ask"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), network});
    });
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                         QStringLiteral("--label"), label, network})
                .exitCode == 0);
    // gontainer-cli on a terminal of script(1)'s, answering `answer`.
    auto onTerminal = [&](const QByteArray &answer) {
        QProcess process;
        process.setProcessEnvironment(env());
        const QString command =
            QStringLiteral("'%1' --node unix://%2 network prune --filter label=%3")
                .arg(QStringLiteral(GONTAINER_CLI_BINARY), socket, label);
        process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        process.waitForStarted();
        // Answer once the question is there.
        QByteArray seen;
        const bool asked = QTest::qWaitFor(
            [&] {
                process.waitForReadyRead(100);
                seen += process.readAll();
                return seen.contains("[y/N]");
            },
            30000);
        if (!asked)
            qWarning("no question: %s", seen.constData());
        process.write(answer);
        process.waitForFinished(60000);
        seen += process.readAll();
        return Run{process.exitCode(), QString::fromUtf8(seen), {}};
    };
    Run r = onTerminal("n\n");
    QVERIFY2(r.out.contains(QLatin1String("Continue?")), qPrintable(r.out));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("Nothing was removed")), qPrintable(r.out));
    QVERIFY(names(socket, QStringLiteral("network")).contains(network));
    r = onTerminal("y\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(network), qPrintable(r.out));
    QVERIFY(!names(socket, QStringLiteral("network")).contains(network));
}

void TestCliResources::podLifecycleOnPodman()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::podmanSocket();
    const QString pod = TestEngines::uniqueName(QStringLiteral("clipod"));
    const QString member = pod + QStringLiteral("-c");
    const QString label = TestEngines::uniqueName(QStringLiteral("gontainer.test.pod"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), pod});
    });
    Run r = cli(socket, {QStringLiteral("pod"), QStringLiteral("create"), QStringLiteral("--name"),
                         pod, QStringLiteral("--label"), label + QStringLiteral("=yes"),
                         QStringLiteral("--share"), QStringLiteral("ipc,uts,net")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString podId = r.out.trimmed();
    QVERIFY(!podId.isEmpty());
    QVERIFY2(
        TestEngines::podman(socket, {QStringLiteral("create"), QStringLiteral("--pod"), pod,
                                     QStringLiteral("--name"), member, TestEngines::podmanImage(),
                                     QStringLiteral("sleep"), QStringLiteral("600")})
                .exitCode == 0,
        "a container in the pod");

    auto podJson = [&]() -> QJsonObject {
        const Run ls = cli(socket, {QStringLiteral("--json"), QStringLiteral("pods")});
        for (const QJsonValue &v : jsonArray(ls))
            if (v.toObject().value(QLatin1String("name")).toString() == pod)
                return v.toObject();
        return {};
    };
    auto status = [&] {
        return podJson().value(QLatin1String("status")).toString();
    };
    QCOMPARE(podJson().value(QLatin1String("labels")).toObject().value(label).toString(),
             QStringLiteral("yes"));
    QVERIFY(!podJson().value(QLatin1String("infraId")).toString().isEmpty());

    r = cli(socket, {QStringLiteral("pod"), QStringLiteral("inspect"), pod});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject inspected = jsonArray(r).first().toObject();
    QCOMPARE(inspected.value(QLatin1String("Id")).toString(), podId);
    const QJsonArray shared = inspected.value(QLatin1String("SharedNamespaces")).toArray();
    QVERIFY2(shared.contains(QStringLiteral("ipc")) && !shared.contains(QStringLiteral("pid")),
             qPrintable(r.out));

    auto act = [&](const QStringList &args) {
        const Run done = cli(socket, QStringList{QStringLiteral("pod")} + args);
        if (done.exitCode != 0 || done.out.trimmed() != pod)
            qWarning("%s: %d %s %s", qPrintable(args.join(u' ')), done.exitCode,
                     qPrintable(done.out), qPrintable(done.err));
        return done.exitCode == 0 && done.out.trimmed() == pod;
    };
    QVERIFY(act({QStringLiteral("start"), pod}));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Running"), 30000);

    r = cli(socket,
            {QStringLiteral("--json"), QStringLiteral("pod"), QStringLiteral("stats"), pod});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    bool memberSeen = false;
    for (const QJsonValue &v : jsonArray(r))
        memberSeen |= v.toObject().value(QLatin1String("name")).toString() == member;
    QVERIFY2(memberSeen, qPrintable(r.out));
    r = cli(socket, {QStringLiteral("pod"), QStringLiteral("stats"), pod});
    QVERIFY2(r.exitCode == 0 && r.out.contains(member), qPrintable(r.out + r.err));

    QVERIFY(act({QStringLiteral("pause"), pod}));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Paused"), 30000);
    QVERIFY(act({QStringLiteral("unpause"), pod}));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Running"), 30000);
    QVERIFY(act({QStringLiteral("restart"), pod}));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Running"), 30000);
    QVERIFY(act({QStringLiteral("kill"), QStringLiteral("--signal"), QStringLiteral("KILL"), pod}));
    QTRY_VERIFY_WITH_TIMEOUT(status() != QLatin1String("Running"), 30000);
    QVERIFY(act({QStringLiteral("start"), pod}));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Running"), 30000);
    QVERIFY(act({QStringLiteral("stop"), QStringLiteral("--time"), QStringLiteral("1"), pod}));
    QTRY_VERIFY_WITH_TIMEOUT(status() != QLatin1String("Running"), 30000);

    // An engine refusal, in its words.
    r = cli(socket,
            {QStringLiteral("pod"), QStringLiteral("start"), QStringLiteral("no-such-pod")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no such pod")), qPrintable(r.err));

    QVERIFY(act({QStringLiteral("rm"), QStringLiteral("--force"), pod}));
    QVERIFY(podJson().isEmpty());
    QVERIFY(
        TestEngines::podman(socket, {QStringLiteral("container"), QStringLiteral("exists"), member})
            .exitCode != 0);
}

void TestCliResources::kubeGenerateThenPlay()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::podmanSocket();
    const QString pod = TestEngines::uniqueName(QStringLiteral("clikube"));
    const QString member = pod + QStringLiteral("-c");
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), pod});
    });
    Run r = cli(socket,
                {QStringLiteral("--json"), QStringLiteral("pod"), QStringLiteral("create"), pod});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!QJsonDocument::fromJson(r.out.toUtf8())
                  .object()
                  .value(QLatin1String("id"))
                  .toString()
                  .isEmpty(),
             qPrintable(r.out));
    QVERIFY(TestEngines::podman(socket, {QStringLiteral("run"), QStringLiteral("-d"),
                                         QStringLiteral("--pod"), pod, QStringLiteral("--name"),
                                         member, TestEngines::podmanImage(),
                                         QStringLiteral("/bin/sleep"), QStringLiteral("600")})
                .exitCode == 0);

    // To standard output, and to a file.
    r = cli(socket, {QStringLiteral("kube"), QStringLiteral("generate"), pod});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("kind: Pod")), qPrintable(r.out));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pod.yaml"));
    r = cli(socket,
            {QStringLiteral("kube"), QStringLiteral("generate"), pod, QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QFile yaml(file);
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    const QByteArray text = yaml.readAll();
    QVERIFY2(text.contains(QByteArray(QByteArray("name: ") + pod.toUtf8())), text.constData());

    r = cli(socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), pod});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Played back: the pod and its container again, and what was made printed.
    r = cli(socket, {QStringLiteral("kube"), QStringLiteral("play"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString podLine = lines.value(0);
    QVERIFY2(podLine.startsWith(QLatin1String("Pod: ")), qPrintable(r.out));
    QVERIFY2(lines.filter(QStringLiteral("Container: ")).size() >= 1, qPrintable(r.out));
    const auto inspected =
        TestEngines::podman(socket, {QStringLiteral("pod"), QStringLiteral("inspect"),
                                     QStringLiteral("--format"), QStringLiteral("{{.ID}}"), pod});
    QCOMPARE(inspected.output.trimmed(), podLine.mid(5));

    // Again, as JSON: the pod exists now, so the engine refuses, in its words.
    r = cli(socket,
            {QStringLiteral("--json"), QStringLiteral("kube"), QStringLiteral("play"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void TestCliResources::podsRefusedOnDocker()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    for (const QStringList &args :
         {QStringList{QStringLiteral("pod"), QStringLiteral("create"), QStringLiteral("p")},
          QStringList{QStringLiteral("pod"), QStringLiteral("start"), QStringLiteral("p")},
          QStringList{QStringLiteral("pod"), QStringLiteral("stats"), QStringLiteral("p")},
          QStringList{QStringLiteral("kube"), QStringLiteral("generate"), QStringLiteral("p")}}) {
        const Run r = cli(socket, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Podman")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliResources::systemPruneTakesUnusedObjects_data()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::addColumn<bool>("json");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false << true;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true << true;
    QTest::newRow("docker, as text") << TestEngines::dockerSocket() << false << false;
}

void TestCliResources::systemPruneTakesUnusedObjects()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    QFETCH(bool, json);
    // Unused objects of this test's own, with a label of their own; what else the engine prunes
    // meanwhile is not this test's business.
    const QString label = TestEngines::uniqueName(QStringLiteral("gontainer.test.system"));
    const QString container = TestEngines::uniqueName(QStringLiteral("clisys-c"));
    const QString network = TestEngines::uniqueName(QStringLiteral("clisys-n"));
    const QString volume = TestEngines::uniqueName(QStringLiteral("clisys-v"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), network});
        TestEngines::docker(
            socket, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume});
    });
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--label"), label,
                                         QStringLiteral("--name"), container,
                                         QStringLiteral("--network"), QStringLiteral("none"),
                                         podman ? TestEngines::podmanImage() : TestEngines::image(),
                                         QStringLiteral("true")})
                .exitCode == 0);
    // A network only inside the harness's own network namespace.
    const bool withNetwork = TestEngines::hasNetworkNamespace();
    if (withNetwork)
        QVERIFY(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                             QStringLiteral("--label"), label, network})
                    .exitCode == 0);
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"),
                                         QStringLiteral("--label"), label, volume})
                .exitCode == 0);

    // Without a terminal and without --force: refused, nothing gone.
    Run r = cli(socket,
                {QStringLiteral("system"), QStringLiteral("prune"), QStringLiteral("--volumes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QVERIFY(names(socket, QStringLiteral("volume")).contains(volume));

    const QStringList prune = {QStringLiteral("system"), QStringLiteral("prune"),
                               QStringLiteral("--volumes"), QStringLiteral("--force")};
    r = cli(socket, json ? QStringList{QStringLiteral("--json")} + prune : prune);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (json) {
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QVERIFY(report.contains(QLatin1String("spaceReclaimed")));
        QCOMPARE(report.contains(QLatin1String("pods")), podman);
        auto deleted = [&](const char *kind) {
            return report.value(QLatin1String(kind))
                .toObject()
                .value(QLatin1String("deleted"))
                .toArray();
        };
        QVERIFY2(!withNetwork || deleted("networks").contains(network), qPrintable(r.out));
        QVERIFY2(deleted("volumes").contains(volume), qPrintable(r.out));
    } else {
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY2(!withNetwork || (lines.contains(QStringLiteral("Deleted networks:")) &&
                                  lines.contains(network)),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral("Deleted volumes:")) && lines.contains(volume),
                 qPrintable(r.out));
        QVERIFY2(lines.filter(QStringLiteral("Total reclaimed space: ")).size() == 1,
                 qPrintable(r.out));
    }
    QVERIFY(!names(socket, QStringLiteral("network")).contains(network));
    QVERIFY(!names(socket, QStringLiteral("volume")).contains(volume));
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("inspect"), container}).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestCliResources)
#include "tst_cliresources.moc"
