#include "core/config/nodeimporter.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Docker contexts and Podman connections made by the real docker and podman CLIs, read back
// and connected to the run's engines; containers.conf and planning rules on their own.
class TestNodeImporter : public QObject
{
    Q_OBJECT

private slots:
    void dockerContextsMadeByDocker();
    void podmanConnectionsMadeByPodman();
    void containersConfTables();
    void podmanJsonThatIsNotAList();
    void planSkipsKnownAddressesAndMakesNamesUnique();

private:
    static int run(const QString &program, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static const NodeImporter::Candidate *byName(const QList<NodeImporter::Candidate> &list,
                                                 const QString &name);
    static void expectOnline(const NodeConfig &config, EngineInfo::Kind kind);
};

int TestNodeImporter::run(const QString &program, const QStringList &args,
                          const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (p.exitCode() != 0)
        qWarning("%s %s: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                 p.readAll().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

const NodeImporter::Candidate *TestNodeImporter::byName(const QList<NodeImporter::Candidate> &list,
                                                        const QString &name)
{
    for (const NodeImporter::Candidate &c : list) {
        if (c.config.name == name)
            return &c;
    }
    return nullptr;
}

void TestNodeImporter::expectOnline(const NodeConfig &config, EngineInfo::Kind kind)
{
    QVERIFY2(config.problem().isEmpty(), qPrintable(config.problem()));
    NodeServiceImpl node(config);
    node.start();
    QTRY_VERIFY2_WITH_TIMEOUT(node.state() == NodeService::State::Online,
                              qPrintable(node.lastError().userText()), 30000);
    QVERIFY2(node.engineInfo().kind == kind, qPrintable(config.url));
}

void TestNodeImporter::dockerContextsMadeByDocker()
{
    REQUIRE_ENGINES();
    QTemporaryDir config;
    const QString certs = TestEngines::tlsCertPath();
    const auto docker = [&config](const QStringList &args) {
        return run(QStringLiteral("docker"),
                   QStringList{QStringLiteral("--config"), config.path()} + args);
    };
    const QString tlsHost = TestEngines::dockerTlsEndpoint().toUrl();
    QCOMPARE(docker({QStringLiteral("context"), QStringLiteral("create"),
                     QStringLiteral("tls-node"), QStringLiteral("--docker"),
                     QStringLiteral("host=%1,ca=%2/ca.pem,cert=%2/cert.pem,key=%2/key.pem")
                         .arg(tlsHost, certs)}),
             0);
    QCOMPARE(docker({QStringLiteral("context"), QStringLiteral("create"),
                     QStringLiteral("local-sock"), QStringLiteral("--docker"),
                     QStringLiteral("host=unix://") + TestEngines::dockerSocket()}),
             0);
    QCOMPARE(
        docker({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("over-ssh"),
                QStringLiteral("--docker"), QStringLiteral("host=ssh://me@127.0.0.1:2222")}),
        0);
    QCOMPARE(docker({QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("tls-node")}),
             0);
    // A context folder left broken by hand is reported, not fatal.
    QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("contexts/meta/broken"))));
    QFile broken(config.filePath(QStringLiteral("contexts/meta/broken/meta.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();

    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_CONFIG"), config.path());
    QCOMPARE(NodeImporter::dockerConfigDir(env), config.path());
    const NodeImporter::Found found = NodeImporter::dockerContexts(config.path());
    QCOMPARE(found.candidates.size(), 3);
    QCOMPARE(found.warnings.size(), 1);
    QVERIFY(found.warnings.first().contains(QStringLiteral("broken")));

    const auto *tls = byName(found.candidates, QStringLiteral("tls-node"));
    QVERIFY(tls);
    QVERIFY(tls->current);
    QCOMPARE(tls->config.url, tlsHost);
    QVERIFY(tls->config.tls);
    QVERIFY(!tls->config.tlsSkipVerify);
    QVERIFY(tls->config.tlsCertPath.startsWith(config.path() + QStringLiteral("/contexts/tls/")));
    QCOMPARE(NodeImporter::originText(tls->config.origin),
             QStringLiteral("docker context tls-node"));

    const auto *sock = byName(found.candidates, QStringLiteral("local-sock"));
    QVERIFY(sock);
    QVERIFY(!sock->current);
    QVERIFY(!sock->config.tls);
    const auto *ssh = byName(found.candidates, QStringLiteral("over-ssh"));
    QVERIFY(ssh);
    QCOMPARE(ssh->config.url, QStringLiteral("ssh://me@127.0.0.1:2222"));

    // What docker stored is enough to reach the engines: TLS with the context's own copies of
    // the certificates, verified.
    expectOnline(tls->config, EngineInfo::Kind::Docker);
    expectOnline(sock->config, EngineInfo::Kind::Docker);
}

void TestNodeImporter::podmanConnectionsMadeByPodman()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("containers.conf"));
    {
        QFile f(conf); // podman wants the file there before it writes to it
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONTAINERS_CONF"), conf);
    const auto podman = [&env](const QStringList &args) {
        return run(QStringLiteral("podman"),
                   QStringList{QStringLiteral("system"), QStringLiteral("connection"),
                               QStringLiteral("add")} +
                       args,
                   env);
    };
    QCOMPARE(podman({QStringLiteral("harness"),
                     QStringLiteral("unix://") + TestEngines::podmanSocket()}),
             0);
    const bool ssh = !TestEngines::sshUrl().isEmpty();
    const QString key = dir.filePath(QStringLiteral("id_test"));
    QVERIFY(QFile(TestEngines::sshRogueKey()).copy(key));
    QCOMPARE(podman({QStringLiteral("--identity"), key, QStringLiteral("with-key"),
                     QStringLiteral("ssh://someone@127.0.0.1:2200/run/podman/podman.sock")}),
             0);
    QCOMPARE(podman({QStringLiteral("--default"), QStringLiteral("harness"),
                     QStringLiteral("unix://") + TestEngines::podmanSocket()}),
             0);

    if (ssh) {
        // The same Podman, its socket forwarded over the run's sshd. Written by hand: podman 4.3's
        // `connection add` asks the remote podman for its socket and keeps only the answer.
        QFile f(conf);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QStringLiteral("\n[engine.service_destinations.remote]\nuri = \"%1%2\"\n")
                    .arg(TestEngines::sshUrl(), TestEngines::podmanSocket())
                    .toUtf8());
    }

    // Asked through podman, and read from containers.conf as if podman were not installed:
    // the same connections either way.
    const NodeImporter::Found asked =
        NodeImporter::podmanConnections(env, QStringLiteral("podman"));
    const NodeImporter::Found read = NodeImporter::podmanConnections(env, QString());
    QVERIFY2(asked.warnings.isEmpty(), qPrintable(asked.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(NodeImporter::podmanConfFiles(env), QStringList{conf});
    for (const NodeImporter::Found *found : {&asked, &read}) {
        QCOMPARE(found->candidates.size(), ssh ? 3 : 2);
        const auto *harness = byName(found->candidates, QStringLiteral("harness"));
        QVERIFY(harness);
        QVERIFY(harness->current);
        QCOMPARE(harness->config.url, QStringLiteral("unix://") + TestEngines::podmanSocket());
        const auto *withKey = byName(found->candidates, QStringLiteral("with-key"));
        QVERIFY(withKey);
        QVERIFY(!withKey->current);
        QCOMPARE(withKey->config.sshIdentityFile, key);
        QCOMPARE(withKey->config.url,
                 QStringLiteral("ssh://someone@127.0.0.1:2200/run/podman/podman.sock"));
        QCOMPARE(NodeImporter::originText(withKey->config.origin),
                 QStringLiteral("podman connection with-key"));
    }

    expectOnline(byName(asked.candidates, QStringLiteral("harness"))->config,
                 EngineInfo::Kind::Podman);
    if (ssh)
        expectOnline(byName(asked.candidates, QStringLiteral("remote"))->config,
                     EngineInfo::Kind::Podman);
    else
        qWarning("no ssh:// URL in this run: the connection over SSH was not tried");
}

void TestNodeImporter::containersConfTables()
{
    const QString text = QStringLiteral(R"(
[containers]
default_ulimits = ["nofile=20000:20000"]

[engine]
  runtime = "runc"   # a comment
  active_service = "prod"
  [engine.service_destinations]
    [engine.service_destinations.dev]
      uri = "unix:///run/user/1000/podman/podman.sock"
    [engine.service_destinations."prod"]
      uri = "ssh://core@10.0.0.5:22/run/podman/podman.sock" # remote
      identity = '/home/me/.ssh/id #1'
    [engine.service_destinations.dev]
      uri = "unix:///run/podman/podman.sock"
    [engine.service_destinations.dev.extra]
      uri = "not a connection of its own"

[machine]
uri = "not a destination"
)");
    QString active;
    const NodeImporter::Found found = NodeImporter::podmanConnectionsFromConf(text, &active);
    QCOMPARE(active, QStringLiteral("prod"));
    QCOMPARE(found.candidates.size(), 2);
    const auto *dev = byName(found.candidates, QStringLiteral("dev"));
    QVERIFY(dev);
    QCOMPARE(dev->config.url, QStringLiteral("unix:///run/podman/podman.sock")); // the later one
    QVERIFY(!dev->current);
    const auto *prod = byName(found.candidates, QStringLiteral("prod"));
    QVERIFY(prod);
    QVERIFY(prod->current);
    QCOMPARE(prod->config.url, QStringLiteral("ssh://core@10.0.0.5:22/run/podman/podman.sock"));
    QCOMPARE(prod->config.sshIdentityFile, QStringLiteral("/home/me/.ssh/id #1"));
}

void TestNodeImporter::podmanJsonThatIsNotAList()
{
    QCOMPARE(NodeImporter::podmanConnectionsFromJson("{}").warnings.size(), 1);
    QCOMPARE(NodeImporter::podmanConnectionsFromJson("[{").warnings.size(), 1);
    const auto empty = NodeImporter::podmanConnectionsFromJson("[]");
    QVERIFY(empty.warnings.isEmpty());
    QVERIFY(empty.candidates.isEmpty());
}

void TestNodeImporter::planSkipsKnownAddressesAndMakesNamesUnique()
{
    NodeConfig local;
    local.id = QStringLiteral("local");
    local.name = QStringLiteral("This computer");
    local.url = QStringLiteral("unix:///run/podman/podman.sock");
    NodeConfig prod;
    prod.id = QStringLiteral("p");
    prod.name = QStringLiteral("prod");
    prod.url = QStringLiteral("tcp://10.0.0.9:2376");
    prod.tls = true;

    const auto candidate = [](const QString &name, const QString &url, bool docker) {
        NodeImporter::Candidate c;
        c.config.name = name;
        c.config.url = url;
        c.config.origin =
            (docker ? QStringLiteral("docker-context:") : QStringLiteral("podman-connection:")) +
            name;
        return c;
    };
    QList<NodeImporter::Candidate> list;
    // The local node's socket, written another way.
    list << candidate(QStringLiteral("rootful"), QStringLiteral("unix:///run//podman/podman.sock"),
                      false);
    // A name in use, at a new address: renamed.
    list << candidate(QStringLiteral("PROD"), QStringLiteral("ssh://core@10.0.0.5"), false);
    // The same name again, from docker.
    list << candidate(QStringLiteral("prod"), QStringLiteral("tcp://10.0.0.6:2375"), true);
    list << candidate(QStringLiteral("win"), QStringLiteral("npipe:////./pipe/docker_engine"),
                      true);
    list << candidate(QStringLiteral("bad"), QStringLiteral("ftp://x"), true);
    // The same engine as the second candidate: only the first of the two is added.
    list << candidate(QStringLiteral("again"), QStringLiteral("ssh://core@10.0.0.5:22"), true);

    const NodeImporter::Plan plan = NodeImporter::plan({local, prod}, list);
    QStringList names;
    for (const NodeConfig &c : plan.add) {
        names << c.name;
        QVERIFY(!c.id.isEmpty());
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("PROD (podman)"), QStringLiteral("prod (docker)")}));
    QCOMPARE(plan.skipped.size(), 4);
    QVERIFY2(plan.skipped.at(0).contains(QStringLiteral("This computer")),
             qPrintable(plan.skipped.at(0)));
    QVERIFY(plan.skipped.at(1).contains(QStringLiteral("named pipe")));
    QVERIFY(plan.skipped.at(2).startsWith(QStringLiteral("docker context bad: ")));
    QVERIFY(plan.skipped.at(3).contains(QStringLiteral("PROD (podman)")));
}

QTEST_GUILESS_MAIN(TestNodeImporter)
#include "tst_nodeimporter.moc"
