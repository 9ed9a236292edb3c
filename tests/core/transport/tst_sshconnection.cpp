#include "core/transport/sshconnection.h"

#include "core/transport/sshmaster.h"

#include "core/config/secretstore.h"
#include "core/docker/dockerengine.h"
#include "core/services/enginefactory.h"

#include "testengines.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// Engines reached over SSH: the harness's sshd on 127.0.0.1, with the docker CLI's stdio bridge
// (Docker) and a forwarded remote socket (Podman).
class TestSshConnection : public QObject
{
    Q_OBJECT

private slots:
    void argumentsKeepTheHostAwayFromOptions();
    void classify_data();
    void classify();
    void engines_data();
    void engines();
    void failures_data();
    void failures();
    void passphraseFromTheKeychain();
    void askpassAnswersOnlyThePassphrasePrompt();
};

void TestSshConnection::argumentsKeepTheHostAwayFromOptions()
{
    Endpoint e = Endpoint::fromUrl(QStringLiteral("ssh://deploy@build.example:2200"));
    QVERIFY(e.isValid());
    e.sshIdentityFile = QStringLiteral("/home/me/.ssh/node key");
    const QStringList args = SshConnection::arguments(e, QStringLiteral("/r/m1-0.ctl"));
    const qsizetype dashes = args.indexOf(QStringLiteral("--"));
    QVERIFY(dashes > 0);
    QCOMPARE(args.mid(dashes + 1),
             (QStringList{QStringLiteral("build.example"), QStringLiteral("docker"),
                          QStringLiteral("system"), QStringLiteral("dial-stdio")}));
    QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2200"));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-l")) + 1), QStringLiteral("deploy"));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-i")) + 1), e.sshIdentityFile);
    // A session through the node's master, never a master of its own.
    QVERIFY(args.contains(QStringLiteral("ControlMaster=no")));
    QVERIFY(args.contains(QStringLiteral("ControlPath=/r/m1-0.ctl")));
    // The login's own deadline.
    QVERIFY(args.contains(QStringLiteral("ConnectTimeout=%1").arg(SshMaster::ConnectTimeoutSecs)));

    // The master: ours, in the foreground, nothing left behind.
    const QStringList margs = SshMaster::arguments(e, QStringLiteral("/r/m1-0.ctl"), {});
    QVERIFY(margs.contains(QStringLiteral("ControlMaster=yes")));
    QVERIFY(margs.contains(QStringLiteral("ControlPersist=no")));
    QVERIFY(margs.contains(QStringLiteral("-N")));
    QCOMPARE(margs.mid(margs.indexOf(QStringLiteral("--")) + 1),
             QStringList{QStringLiteral("build.example")});

    Endpoint forward =
        Endpoint::fromUrl(QStringLiteral("ssh://core@10.0.0.5/run/podman/podman.sock"));
    const QStringList fargs =
        SshMaster::arguments(forward, QStringLiteral("/r/m2.ctl"), QStringLiteral("/r/m2.fwd"));
    QCOMPARE(fargs.mid(fargs.indexOf(QStringLiteral("--")) + 1),
             QStringList{QStringLiteral("10.0.0.5")});
    QCOMPARE(fargs.at(fargs.indexOf(QStringLiteral("-L")) + 1),
             QStringLiteral("/r/m2.fwd:/run/podman/podman.sock"));
    QVERIFY(fargs.contains(QStringLiteral("ExitOnForwardFailure=yes")));
    QVERIFY(!fargs.contains(QStringLiteral("-p"))); // port 22 is ssh's own default
}

void TestSshConnection::classify_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("auth") << QByteArray("root@10.0.0.1: Permission denied (publickey).")
                          << int(TransportError::Kind::SshAuth);
    QTest::newRow("host key") << QByteArray("Host key verification failed.")
                              << int(TransportError::Kind::SshHostKey);
    QTest::newRow("changed key") << QByteArray(
                                        "@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@")
                                 << int(TransportError::Kind::SshHostKey);
    QTest::newRow("refused") << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection "
                                           "refused")
                             << int(TransportError::Kind::Refused);
    QTest::newRow("dns") << QByteArray("ssh: Could not resolve hostname nope: Name or service not "
                                       "known")
                         << int(TransportError::Kind::Unreachable);
    QTest::newRow("timeout") << QByteArray("ssh: connect to host 10.9.9.9 port 22: Connection "
                                           "timed out")
                             << int(TransportError::Kind::Timeout);
    QTest::newRow("no docker") << QByteArray("bash: line 1: docker: command not found")
                               << int(TransportError::Kind::Unsupported);
    QTest::newRow("no socket")
        << QByteArray("channel 2: open failed: connect failed: No such file or directory")
        << int(TransportError::Kind::NoSocket);
    QTest::newRow("daemon down")
        << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is "
                      "the docker daemon running?")
        << int(TransportError::Kind::Refused);
}

void TestSshConnection::classify()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QCOMPARE(int(SshConnection::classify(text)), kind);
}

void TestSshConnection::engines_data()
{
    QTest::addColumn<QString>("remoteSocket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker through dial-stdio") << QString() << false;
    QTest::newRow("podman through a forwarded socket") << TestEngines::podmanSocket() << true;
}

void TestSshConnection::engines()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    QFETCH(QString, remoteSocket);
    QFETCH(bool, podman);
    const Endpoint endpoint = Endpoint::fromUrl(TestEngines::sshUrl() + remoteSocket);
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorText));
    DockerEngine engine(endpoint);

    std::optional<EngineResult<EngineInfo>> info;
    QObject context;
    engine.identify(&context, [&](const EngineResult<EngineInfo> &r) { info = r; });
    QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 30000);
    QVERIFY2(info->ok(), qPrintable(info->error.userText()));
    QCOMPARE(info->value.kind, podman ? EngineInfo::Kind::Podman : EngineInfo::Kind::Docker);

    // A container that prints for a while, followed over SSH until it exits.
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("ssh"));
    const auto run = TestEngines::runDetached(
        socket, name,
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("sleep 2; for i in 1 2 3; do echo tick$i; sleep 0.3; done")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), run.output});
    });

    std::optional<EngineResult<QList<ContainerSummary>>> list;
    engine.listContainers({run.output}, &context,
                          [&](const EngineResult<QList<ContainerSummary>> &r) { list = r; });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 30000);
    QVERIFY2(list->ok(), qPrintable(list->error.userText()));
    QCOMPARE(list->value.size(), 1);
    QCOMPARE(list->value.first().name, name);
    // Identifying and listing shared one connection: one ssh process, one remote bridge.
    QCOMPARE(engine.connectionsOpened(), 1);

    LogOptions follow;
    follow.follow = true;
    LogStream *logs = engine.readLogs(run.output, follow, &context);
    QByteArray text;
    std::optional<EngineError> ended;
    connect(logs, &LogStream::received, this, [&](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            text.append(c.data);
    });
    connect(logs, &LogStream::ended, this, [&](const EngineError &e) { ended = e; });
    QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 30000);
    QVERIFY2(!ended->isError(), qPrintable(ended->userText()));
    QCOMPARE(text, QByteArray("tick1\ntick2\ntick3\n"));

    // Exec over the same kind of connection, with input ended by a half-close through ssh.
    const auto sleeper =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("sshexec")),
                                 {QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(sleeper.exitCode == 0, qPrintable(sleeper.output));
    auto removeSleeper = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), sleeper.output});
    });
    ExecOptions options;
    options.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("cat; echo done >&2; exit 5")};
    options.interactive = true;
    ExecSession *exec = engine.exec(sleeper.output, options, &context);
    QByteArray out;
    QByteArray err;
    std::optional<int> code;
    connect(exec, &ExecSession::output, this, [&](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            (c.source == LogChunk::Source::Stderr ? err : out).append(c.data);
    });
    connect(exec, &ExecSession::finished, this, [&](int c, const EngineError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
        code = c;
    });
    exec->write("over ssh\n");
    QVERIFY(exec->closeInput());
    QTRY_VERIFY_WITH_TIMEOUT(code.has_value(), 30000);
    QCOMPARE(*code, 5);
    QCOMPARE(out, QByteArray("over ssh\n"));
    QCOMPARE(err, QByteArray("done\n"));
}

void TestSshConnection::failures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("rogueKey");
    QTest::addColumn<int>("kind");
    const QString url = TestEngines::sshUrl();
    QString localhost = url;
    localhost.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:"));
    QTest::newRow("key not accepted") << url << true << int(EngineError::Kind::SshAuth);
    QTest::newRow("host key unknown") << localhost << false << int(EngineError::Kind::SshHostKey);
    QTest::newRow("remote socket missing") << url + QStringLiteral("/nowhere/engine.sock") << false
                                           << int(EngineError::Kind::NoSocket);
    QTest::newRow("nothing listening")
        << QStringLiteral("ssh://root@127.0.0.1:1") << false << int(EngineError::Kind::Refused);
}

void TestSshConnection::failures()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    QFETCH(QString, url);
    QFETCH(bool, rogueKey);
    QFETCH(int, kind);
    Endpoint endpoint = Endpoint::fromUrl(url);
    QVERIFY(endpoint.isValid());
    if (rogueKey)
        endpoint.sshIdentityFile = TestEngines::sshRogueKey();
    DockerEngine engine(endpoint);
    std::optional<EngineResult<EngineInfo>> info;
    QObject context;
    engine.identify(&context, [&](const EngineResult<EngineInfo> &r) { info = r; });
    QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 30000);
    QVERIFY(!info->ok());
    QVERIFY2(int(info->error.kind) == kind, qPrintable(QString::number(int(info->error.kind)) +
                                                       QLatin1Char(' ') + info->error.userText()));
    QVERIFY(!info->error.userText().isEmpty());
}

namespace {
QString saveSecret(const QString &key, const QString &secret, bool remove = false)
{
    QString result = QStringLiteral("no answer");
    QObject context;
    const auto done = [&result](const QString &error) {
        result = error;
    };
    if (remove)
        SecretStore::remove(key, &context, done);
    else
        SecretStore::write(key, secret, &context, done);
    if (!QTest::qWaitFor([&] { return result != QLatin1String("no answer"); }, 30000))
        return result;
    return result;
}
} // namespace

// A key with a passphrase: ssh gets it from the keychain through gontainer-askpass, and from
// nowhere else; without it (or with a wrong one) the login is refused, not asked for.
void TestSshConnection::passphraseFromTheKeychain()
{
    REQUIRE_ENGINES();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("no ssh:// URL in this run (the harness gives one as root)");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/harness/with-keyring.sh (ctest does)");
    SshConnection::setAskpassProgram(QStringLiteral(GONTAINER_ASKPASS_BINARY));
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("locked_ed25519"));
    const QString passphrase =
        QStringLiteral("open sesame %1").arg(QCoreApplication::applicationPid());
    // The run's sshd accepts the new key until the end of this test.
    const auto unauthorize = TestEngines::authorizeNewSshKey(key, passphrase);
    QVERIFY(unauthorize);
    const QString secretKey =
        QStringLiteral("ssh-passphrase:test-%1").arg(QCoreApplication::applicationPid());
    auto restore = qScopeGuard([&] {
        unauthorize();
        saveSecret(secretKey, {}, true);
    });

    Endpoint e = Endpoint::fromUrl(TestEngines::sshUrl());
    e.sshIdentityFile = key;
    // In BatchMode the key cannot be opened.
    QCOMPARE(identifyEngineBlocking(e, 30000).error.kind, EngineError::Kind::SshAuth);
    // Asked for, but nothing is saved: refused, not waited on.
    e.sshPassphraseKey = secretKey;
    QCOMPARE(identifyEngineBlocking(e, 30000).error.kind, EngineError::Kind::SshAuth);
    QCOMPARE(saveSecret(secretKey, QStringLiteral("wrong")), QString());
    QCOMPARE(identifyEngineBlocking(e, 30000).error.kind, EngineError::Kind::SshAuth);

    QCOMPARE(saveSecret(secretKey, passphrase), QString());
    const auto docker = identifyEngineBlocking(e, 30000);
    QVERIFY2(docker.ok(), qPrintable(docker.error.userText()));
    QCOMPARE(docker.value.kind, EngineInfo::Kind::Docker);
    // The forward mode too (a fresh ssh for each connection).
    Endpoint forward = Endpoint::fromUrl(TestEngines::sshUrl() + TestEngines::podmanSocket());
    forward.sshIdentityFile = key;
    forward.sshPassphraseKey = secretKey;
    const auto podman = identifyEngineBlocking(forward, 30000);
    QVERIFY2(podman.ok(), qPrintable(podman.error.userText()));
    QCOMPARE(podman.value.kind, EngineInfo::Kind::Podman);
}

// gontainer-askpass hands out a saved passphrase only for ssh's own prompt for the node's key:
// a look-alike prompt (a jump host's keyboard-interactive question), a confirmation, or a key
// that is not a passphrase's gets nothing.
void TestSshConnection::askpassAnswersOnlyThePassphrasePrompt()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/harness/with-keyring.sh (ctest does)");
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString passKey = QStringLiteral("ssh-passphrase:askpass-") + pid;
    const QString otherKey = QStringLiteral("registry:askpass-") + pid;
    QCOMPARE(saveSecret(passKey, QStringLiteral("the passphrase")), QString());
    QCOMPARE(saveSecret(otherKey, QStringLiteral("a registry password")), QString());
    auto cleanup = qScopeGuard([&] {
        saveSecret(passKey, {}, true);
        saveSecret(otherKey, {}, true);
    });
    const QString identity = QStringLiteral("/home/me/.ssh/id_node");
    const auto ask = [&](const QString &key, const QString &prompt, bool confirm = false) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GONTAINER_ASKPASS_KEY"), key);
        env.insert(QStringLiteral("GONTAINER_ASKPASS_IDENTITY"), identity);
        if (confirm)
            env.insert(QStringLiteral("SSH_ASKPASS_PROMPT"), QStringLiteral("confirm"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GONTAINER_ASKPASS_BINARY), {prompt});
        if (!p.waitForFinished(30000))
            return QStringLiteral("(hung)");
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput())
                                 : QStringLiteral("(refused)");
    };
    const QString right = QStringLiteral("Enter passphrase for key '%1': ").arg(identity);
    QCOMPARE(ask(passKey, right), QStringLiteral("the passphrase\n"));
    QCOMPARE(ask(passKey, QStringLiteral("Passphrase: ")), QStringLiteral("(refused)"));
    QCOMPARE(ask(passKey, QStringLiteral("Enter passphrase for key '/tmp/other': ")),
             QStringLiteral("(refused)"));
    QCOMPARE(ask(passKey, QStringLiteral("root@10.0.0.1's password: ")),
             QStringLiteral("(refused)"));
    QCOMPARE(ask(passKey, right, true), QStringLiteral("(refused)"));
    QCOMPARE(ask(otherKey, right), QStringLiteral("(refused)"));
}

QTEST_GUILESS_MAIN(TestSshConnection)
#include "tst_sshconnection.moc"
