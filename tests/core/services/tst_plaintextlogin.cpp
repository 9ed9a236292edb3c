#include "core/services/imagepull.h"

#include "core/config/nodestore.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include "testengines.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Registry logins and plain TCP nodes: a login is not sent to an engine reached without TLS
// unless the user allowed it for that node, in the window (ImagePull) and in gontainer-cli.
// The harness's dockerd listens on TLS only, so the test puts a plain TCP relay of its own on
// 127.0.0.1 in front of its unix socket, and looks at what went through.
class TestPlaintextLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void windowRefusesLogin();
    void windowSendsLoginWhenAllowed();
    void cliRefusesLogin();

private:
    void onConnection();
    QString url() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(m_relay.serverPort()); }
    QString reference() const
    {
        return TestEngines::authRegistry() + QStringLiteral("/gontainer/no-such-image:1");
    }
    RegistryAuth login() const;
    // Pulls on `node` with the test's login; the error it ended with.
    static EngineError pull(NodeService *node, const QString &reference, const RegistryAuth &auth);
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    static Run cli(const QStringList &args, const QByteArray &input);

    QTemporaryDir m_config;
    QTcpServer m_relay;
    QByteArray m_sent; // what clients sent to the engine through the relay
};

void TestPlaintextLogin::initTestCase()
{
    REQUIRE_ENGINES();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("DOCKER_HOST");
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer"));
    QVERIFY(m_relay.listen(QHostAddress::LocalHost, 0));
    connect(&m_relay, &QTcpServer::newConnection, this, &TestPlaintextLogin::onConnection);
}

void TestPlaintextLogin::init()
{
    m_sent.clear();
    QFile::remove(NodeStore::filePath());
}

void TestPlaintextLogin::onConnection()
{
    while (QTcpSocket *client = m_relay.nextPendingConnection()) {
        auto *engine = new QLocalSocket(client);
        connect(client, &QTcpSocket::readyRead, engine, [this, client, engine] {
            const QByteArray bytes = client->readAll();
            m_sent += bytes;
            engine->write(bytes);
        });
        connect(engine, &QLocalSocket::readyRead, client,
                [client, engine] { client->write(engine->readAll()); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(engine, &QLocalSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        engine->connectToServer(TestEngines::dockerSocket());
        engine->waitForConnected(5000);
        if (client->bytesAvailable() > 0)
            Q_EMIT client->readyRead();
    }
}

RegistryAuth TestPlaintextLogin::login() const
{
    RegistryAuth auth;
    auth.username = TestEngines::authUser();
    auth.password = TestEngines::authPassword();
    auth.serverAddress = TestEngines::authRegistry();
    return auth;
}

EngineError TestPlaintextLogin::pull(NodeService *node, const QString &reference,
                                     const RegistryAuth &auth)
{
    ImagePull pull(node);
    QSignalSpy finished(&pull, &ImagePull::finished);
    pull.start(reference, auth);
    if (!finished.wait(120000))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no end"));
    return finished.first().first().value<EngineError>();
}

TestPlaintextLogin::Run TestPlaintextLogin::cli(const QStringList &args, const QByteArray &input)
{
    // The relay lives on this thread: wait by running the event loop, never blocking it.
    QProcess process;
    process.start(QStringLiteral(GONTAINER_CLI_BINARY), args);
    process.write(input);
    process.closeWriteChannel();
    Run r;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestPlaintextLogin::windowRefusesLogin()
{
    NodeManager manager;
    NodeConfig config;
    config.name = QStringLiteral("plain");
    config.url = url();
    QCOMPARE(manager.addNode(config), QString());
    NodeService *node = manager.node(QStringLiteral("plain"));
    QVERIFY(node);
    QVERIFY(node->config().isPlaintext());
    QVERIFY(!node->config().riskText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);
    QVERIFY(m_sent.contains("GET ")); // the relay works: the node speaks through it

    const EngineError error = pull(node, reference(), login());
    QCOMPARE(error.kind, EngineError::Kind::BadInput);
    QVERIFY2(error.userText().contains(QStringLiteral("plain TCP")) &&
                 error.userText().contains(QStringLiteral("settings")),
             qPrintable(error.userText()));
    QVERIFY2(!m_sent.contains("/images/create"), m_sent.constData());
    QVERIFY(!m_sent.contains("X-Registry-Auth"));

    // Without a login, a pull goes ahead: only the login is held back.
    pull(node, reference(), RegistryAuth());
    QVERIFY(m_sent.contains("/images/create"));
}

void TestPlaintextLogin::windowSendsLoginWhenAllowed()
{
    NodeManager manager;
    NodeConfig config;
    config.name = QStringLiteral("plain-allowed");
    config.url = url();
    config.allowCredentialsInPlaintext = true;
    QCOMPARE(manager.addNode(config), QString());
    NodeService *node = manager.node(QStringLiteral("plain-allowed"));
    QVERIFY(node);
    QCOMPARE(node->config().credentialsRefusal(), QString());
    QVERIFY(NodeStore::find(NodeStore::load(), QStringLiteral("plain-allowed"))
                ->allowCredentialsInPlaintext);
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);

    const EngineError error = pull(node, reference(), login());
    QVERIFY2(error.kind != EngineError::Kind::BadInput, qPrintable(error.userText()));
    QVERIFY(m_sent.contains("/images/create"));
    QVERIFY(m_sent.contains("X-Registry-Auth"));
}

void TestPlaintextLogin::cliRefusesLogin()
{
    const QByteArray password = TestEngines::authPassword().toUtf8() + '\n';
    const QStringList pullArgs = {QStringLiteral("pull"), QStringLiteral("--username"),
                                  TestEngines::authUser(), QStringLiteral("--password-stdin"),
                                  reference()};
    // An engine URL without TLS: refused, nothing sent.
    Run r = cli(QStringList{QStringLiteral("--node"), url()} + pullArgs, password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("plain TCP")) &&
                 r.err.contains(QStringLiteral("--allow-plaintext-login")),
             qPrintable(r.err));
    QVERIFY2(!m_sent.contains("/images/create"), m_sent.constData());

    // A node that does not allow it: refused, with how to allow it.
    r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("plain"), url()}, {});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("--node"), QStringLiteral("plain")} + pullArgs, password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("plain TCP")), qPrintable(r.err));
    QVERIFY(!m_sent.contains("/images/create"));

    // A node that allows it: the login goes.
    r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("plain-ok"), url(),
             QStringLiteral("--allow-plaintext-login")},
            {});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("--node"), QStringLiteral("plain-ok")} + pullArgs, password);
    QVERIFY2(!r.err.contains(QStringLiteral("plain TCP")), qPrintable(r.err));
    QVERIFY(m_sent.contains("/images/create"));
    QVERIFY(m_sent.contains("X-Registry-Auth"));
}

QTEST_GUILESS_MAIN(TestPlaintextLogin)
#include "tst_plaintextlogin.moc"
