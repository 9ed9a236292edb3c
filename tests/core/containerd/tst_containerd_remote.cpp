// containerd reached from afar: over SSH (containerd+ssh://, the remote socket forwarded by one
// ssh master per node, calls made before it logs in waiting for it) and over TCP
// (containerd+tcp://, plain and TLS) on a containerd of the test's own; and a node's engine
// destroyed while its calls and streams are out.
#include "core/config/nodeconfig.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/grpcchannel.h"
#include "core/services/nodeserviceimpl.h"
#include "core/transport/sshmaster.h"
#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
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

QString sshContainerdUrl(const QString &remoteSocket)
{
    QString url = TestEngines::sshUrl();
    url.replace(QStringLiteral("ssh://"), QStringLiteral("containerd+ssh://"));
    return url + remoteSocket + QStringLiteral("?namespace=") + TestEngines::containerdNamespace();
}

bool hasContainer(const QList<ContainerSummary> &list, const QString &fullId)
{
    for (const ContainerSummary &c : list) {
        if (c.id == fullId)
            return true;
    }
    return false;
}

// The ssh masters this process runs that forward `remoteSocket`.
int sshMastersForwarding(const QString &remoteSocket)
{
    int count = 0;
    const QString ours = QStringLiteral("/m") + QString::number(QCoreApplication::applicationPid());
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '));
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        const bool zombie = stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
        if (!zombie && text.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1String("ssh")) &&
            text.contains(QLatin1String("ControlMaster=yes")) && text.contains(ours) &&
            text.contains(QLatin1Char(':') + remoteSocket))
            ++count;
    }
    return count;
}

bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    return !stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z ");
}

// TCP on 127.0.0.1 relayed to a unix socket, in a thread of its own: containerd's API exposed
// on a TCP port, as a user would with socat (containerd's own tcp_address serves only CRI).
class UnixRelay final : public QThread
{
public:
    explicit UnixRelay(const QString &socket)
        : m_socket(socket)
    {}
    ~UnixRelay() override
    {
        quit();
        wait();
    }
    quint16 listen()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, this] {
            while (QTcpSocket *client = server.nextPendingConnection()) {
                auto *upstream = new QLocalSocket(client);
                QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                    if (upstream->state() == QLocalSocket::ConnectedState)
                        upstream->write(client->readAll());
                });
                QObject::connect(upstream, &QLocalSocket::readyRead, client,
                                 [client, upstream] { client->write(upstream->readAll()); });
                QObject::connect(upstream, &QLocalSocket::connected, client,
                                 [client, upstream] { upstream->write(client->readAll()); });
                auto close = [client] {
                    client->deleteLater();
                };
                QObject::connect(client, &QTcpSocket::disconnected, client, close);
                QObject::connect(upstream, &QLocalSocket::disconnected, client, close);
                QObject::connect(upstream, &QLocalSocket::errorOccurred, client, close);
                upstream->connectToServer(m_socket);
            }
        });
        m_ready.release();
        exec();
    }

private:
    QString m_socket;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0;
}

// A containerd of the test's own under `dir`, listening on its unix socket and on 127.0.0.1
// `port`, with TLS when `tls` (the run's server certificate, client certificates from the run's
// CA required). Started as TestEngines::startOwnContainerd starts one, so stopOwnContainerd
// ends it. No images: nothing here runs containers on it.
QProcess *startTcpContainerd(const QString &dir, quint16 port, bool tls)
{
    if (!QDir().mkpath(dir))
        return nullptr;
    QString grpc = QStringLiteral("[grpc]\n  address = \"%1/containerd.sock\"\n"
                                  "  tcp_address = \"127.0.0.1:%2\"\n")
                       .arg(dir)
                       .arg(port);
    if (tls) {
        const QString ca = QDir(TestEngines::tlsCertPath()).filePath(QStringLiteral("../ca"));
        grpc += QStringLiteral("  tcp_tls_ca = \"%1/ca.pem\"\n  tcp_tls_cert = \"%1/server.pem\"\n"
                               "  tcp_tls_key = \"%1/server-key.pem\"\n")
                    .arg(QDir::cleanPath(ca));
    }
    QFile config(dir + QStringLiteral("/config.toml"));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    config.write(QStringLiteral("version = 2\nroot = \"%1/root\"\nstate = \"%1/state\"\n"
                                "disabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n\n%2\n"
                                "[ttrpc]\n  address = \"%1/containerd.sock.ttrpc\"\n\n"
                                "[debug]\n  address = \"\"\n\n[metrics]\n  address = \"\"\n\n"
                                "[plugins.\"io.containerd.internal.v1.opt\"]\n"
                                "  path = \"%1/opt\"\n")
                     .arg(dir, grpc)
                     .toUtf8());
    config.close();
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(dir + QStringLiteral("/containerd.log"), QIODevice::Append);
    process->start(QStringLiteral("containerd"),
                   {QStringLiteral("--config"), QFileInfo(config).absoluteFilePath()});
    if (!process->waitForStarted(10000)) {
        delete process;
        return nullptr;
    }
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const bool up = QTest::qWaitFor(
        [&] {
            return process->state() == QProcess::NotRunning ||
                   (QFileInfo::exists(socket) &&
                    TestEngines::ctrAt(socket, QStringLiteral("default"),
                                       {QStringLiteral("version")}, 5000)
                            .exitCode == 0);
        },
        30000);
    if (!up || process->state() == QProcess::NotRunning) {
        QFile log(dir + QStringLiteral("/containerd.log"));
        if (log.open(QIODevice::ReadOnly))
            qWarning("containerd did not come up: %s", log.readAll().right(4000).constData());
        TestEngines::stopOwnContainerd(process);
        return nullptr;
    }
    return process;
}

} // namespace

class TestContainerdRemote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sshCallsWaitForTheLogin();
    void sshLoginFails_data();
    void sshLoginFails();
    void sshNodeOnlineAndProbed();
    void tcp_data();
    void tcp();
    void tcpRelayed();
    void tlsWithAnUntrustedCertificate();
    void tlsSkipVerify();
    // The engine destroyed with calls out: last, since a failure there may be a crash.
    void sshEngineDestroyedWhileLoggingIn();
    void engineDestroyedWithCallsAndStreamsOut();
    void nodeRemovedWithItsEventStreamOpen();

private:
    QString shortDir(const QString &prefix) const
    {
        return TestEngines::dir() + QLatin1Char('/') + prefix +
               QString::number(QCoreApplication::applicationPid());
    }
};

void TestContainerdRemote::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineEvent>();
}

// Everything asked before ssh has logged in waits for it (its deadline not yet running), then
// goes through the one forward: identify, probes, namespaces, the list, and an event stream
// that sees a container started afterwards.
void TestContainerdRemote::sshCallsWaitForTheLogin()
{
    REQUIRE_CONTAINERD();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    const Endpoint endpoint = Endpoint::fromUrl(sshContainerdUrl(TestEngines::containerdSocket()));
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorText));
    QCOMPARE(endpoint.api, Endpoint::Api::Containerd);
    QCOMPARE(endpoint.kind, Endpoint::Kind::Ssh);

    const auto before =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("ssh-before")),
                                            {QStringLiteral("sleep"), QStringLiteral("600")});
    QCOMPARE(before.exitCode, 0);
    QStringList made{before.output};
    auto cleanup = qScopeGuard([&] {
        for (const QString &id : std::as_const(made)) {
            TestEngines::ctr(
                {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
            TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
        }
    });

    ContainerdEngine engine(endpoint);
    SshMaster *master = engine.channel().sshMaster();
    QVERIFY(master);
    QVERIFY(!master->isReady());
    QObject context;
    std::optional<EngineResult<EngineInfo>> info;
    engine.identify(&context, [&](const EngineResult<EngineInfo> &r) { info = r; });
    int pings = 0;
    QList<EngineError> pingErrors;
    for (int i = 0; i < 3; ++i)
        engine.ping(&context, [&](const EngineError &e) {
            ++pings;
            if (e.isError())
                pingErrors << e;
        });
    std::optional<EngineResult<QStringList>> namespaces;
    engine.namespaces(&context, [&](const EngineResult<QStringList> &r) { namespaces = r; });
    std::optional<EngineResult<QList<ContainerSummary>>> list;
    engine.listContainers({}, &context,
                          [&](const EngineResult<QList<ContainerSummary>> &r) { list = r; });
    EventStream *events = engine.watchObjects({EngineEvent::Object::Container}, &context);
    QSignalSpy opened(events, &EventStream::opened);
    QSignalSpy received(events, &EventStream::eventReceived);
    QSignalSpy ended(events, &EventStream::ended);
    // Nothing could have been sent yet: the master is still logging in.
    QVERIFY(!master->isReady());

    QTRY_VERIFY_WITH_TIMEOUT(info.has_value() && pings == 3 && namespaces.has_value() &&
                                 list.has_value(),
                             SshMaster::LoginTimeoutMs + 30000);
    QVERIFY2(info->ok(), qPrintable(info->error.userText()));
    QCOMPARE(info->value.kind, EngineInfo::Kind::Containerd);
    QVERIFY(!info->value.version.isEmpty());
    QVERIFY2(pingErrors.isEmpty(), qPrintable(pingErrors.value(0).userText()));
    QVERIFY2(namespaces->ok(), qPrintable(namespaces->error.userText()));
    QCOMPARE(namespaces->value, QStringList{TestEngines::containerdNamespace()});
    QVERIFY2(list->ok(), qPrintable(list->error.userText()));
    QVERIFY(hasContainer(list->value,
                         ContainerdIds::join(TestEngines::containerdNamespace(), before.output)));

    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || !ended.isEmpty(), 30000);
    QVERIFY2(ended.isEmpty(), qPrintable(ended.value(0).value(0).value<EngineError>().userText()));
    const auto after =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("ssh-after")),
                                            {QStringLiteral("sleep"), QStringLiteral("600")});
    QCOMPARE(after.exitCode, 0);
    made << after.output;
    const QString afterId = ContainerdIds::join(TestEngines::containerdNamespace(), after.output);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.cbegin(), received.cend(),
                                         [&](const QList<QVariant> &args) {
                                             return args.value(0).value<EngineEvent>().id ==
                                                    afterId;
                                         }),
                             30000);

    // One login for all of it: one master, one forward.
    QCOMPARE(master->starts(), 1);
    const int masters = sshMastersForwarding(TestEngines::containerdSocket());
    QVERIFY2(masters == 1, qPrintable(QString::number(masters)));
    // The list again, now that the master is logged in: at once.
    const auto again = await<QList<ContainerSummary>>(
        [&](QObject *c, auto cb) { engine.listContainers({}, c, cb); });
    QVERIFY2(again.ok(), qPrintable(again.error.userText()));
    QVERIFY(hasContainer(again.value, afterId));
    QCOMPARE(master->starts(), 1);
}

void TestContainerdRemote::sshLoginFails_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("rogueKey");
    QTest::addColumn<int>("kind");
    const QString url = sshContainerdUrl(TestEngines::containerdSocket());
    QString localhost = url;
    localhost.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:"));
    QTest::newRow("key not accepted") << url << true << int(EngineError::Kind::SshAuth);
    QTest::newRow("host key unknown") << localhost << false << int(EngineError::Kind::SshHostKey);
    QTest::newRow("nothing listening")
        << QStringLiteral("containerd+ssh://root@127.0.0.1:1/run/containerd/containerd.sock")
        << false << int(EngineError::Kind::Refused);
}

// A login that fails ends every call and stream waiting for it with ssh's reason.
void TestContainerdRemote::sshLoginFails()
{
    REQUIRE_CONTAINERD();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    QFETCH(QString, url);
    QFETCH(bool, rogueKey);
    QFETCH(int, kind);
    Endpoint endpoint = Endpoint::fromUrl(url);
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorText));
    if (rogueKey)
        endpoint.sshIdentityFile = TestEngines::sshRogueKey();
    ContainerdEngine engine(endpoint);
    QObject context;
    std::optional<EngineResult<EngineInfo>> info;
    engine.identify(&context, [&](const EngineResult<EngineInfo> &r) { info = r; });
    std::optional<EngineError> ping;
    engine.ping(&context, [&](const EngineError &e) { ping = e; });
    std::optional<EngineResult<QList<ContainerSummary>>> list;
    engine.listContainers({}, &context,
                          [&](const EngineResult<QList<ContainerSummary>> &r) { list = r; });
    EventStream *events = engine.watchObjects({EngineEvent::Object::Container}, &context);
    QSignalSpy ended(events, &EventStream::ended);

    QTRY_VERIFY_WITH_TIMEOUT(info.has_value() && ping.has_value() && list.has_value() &&
                                 !ended.isEmpty(),
                             SshMaster::LoginTimeoutMs + 15000);
    const auto check = [kind](const EngineError &e) {
        return int(e.kind) == kind && !e.userText().isEmpty();
    };
    QVERIFY2(check(info->error), qPrintable(info->error.userText()));
    QVERIFY2(check(*ping), qPrintable(ping->userText()));
    QVERIFY2(check(list->error), qPrintable(list->error.userText()));
    const auto streamError = ended.first().value(0).value<EngineError>();
    QVERIFY2(check(streamError), qPrintable(streamError.userText()));
}

// A containerd+ssh node as the window has it: Online, probed every second through the forward,
// its containers listed.
void TestContainerdRemote::sshNodeOnlineAndProbed()
{
    REQUIRE_CONTAINERD();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    const auto running =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("ssh-node")),
                                            {QStringLiteral("sleep"), QStringLiteral("600")});
    QCOMPARE(running.exitCode, 0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("delete"),
                          QStringLiteral("--force"), running.output});
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), running.output});
    });
    const QString id = ContainerdIds::join(TestEngines::containerdNamespace(), running.output);
    NodeServiceImpl node(QStringLiteral("containerd-ssh"),
                         Endpoint::fromUrl(sshContainerdUrl(TestEngines::containerdSocket())));
    QSignalSpy probes(&node, &NodeService::healthProbed);
    node.start();
    QTRY_VERIFY2_WITH_TIMEOUT(node.state() == NodeService::State::Online,
                              qPrintable(node.lastError().userText()), 60000);
    QCOMPARE(node.engineInfo().kind, EngineInfo::Kind::Containerd);
    QTRY_VERIFY_WITH_TIMEOUT(hasContainer(node.containers(), id), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 3, 30000);
    QCOMPARE(node.state(), NodeService::State::Online);
    const int masters = sshMastersForwarding(TestEngines::containerdSocket());
    QVERIFY2(masters == 1, qPrintable(QString::number(masters)));
}

// The engine goes while ssh is still logging in: nothing is called back, and its ssh ends.
void TestContainerdRemote::sshEngineDestroyedWhileLoggingIn()
{
    REQUIRE_CONTAINERD();
    if (TestEngines::sshUrl().isEmpty())
        QSKIP("the harness has no SSH node here (it needs a private mount namespace)");
    auto engine = std::make_unique<ContainerdEngine>(
        Endpoint::fromUrl(sshContainerdUrl(TestEngines::containerdSocket())));
    QObject context;
    QStringList answers;
    engine->identify(
        &context, [&](const EngineResult<EngineInfo> &) { answers << QStringLiteral("identify"); });
    engine->ping(&context, [&](const EngineError &) { answers << QStringLiteral("ping"); });
    const CallHandle list =
        engine->listContainers({}, &context, [&](const EngineResult<QList<ContainerSummary>> &) {
            answers << QStringLiteral("list");
        });
    EventStream *events = engine->watchObjects({EngineEvent::Object::Container}, &context);
    QSignalSpy ended(events, &EventStream::ended);
    SshMaster *master = engine->channel().sshMaster();
    QTRY_VERIFY_WITH_TIMEOUT(master->processId() > 0, 10000);
    const qint64 pid = master->processId();
    QVERIFY(!master->isReady());
    engine.reset();
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
    // A fresh engine logs in and answers: by then the first one's calls would have answered.
    ContainerdEngine second(Endpoint::fromUrl(sshContainerdUrl(TestEngines::containerdSocket())));
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { second.identify(c, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.userText()));
    list.cancel(); // quietly: its engine is gone
    QCoreApplication::processEvents();
    QCOMPARE(answers, QStringList());
    QVERIFY(ended.isEmpty());
}

void TestContainerdRemote::tcp_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain") << false;
    QTest::newRow("TLS") << true;
}

// containerd's own tcp_address, plain and with TLS (client certificates checked): the
// connection (and the TLS handshake) works, but containerd serves only CRI there, which is said
// plainly rather than as a failure to reach it.
void TestContainerdRemote::tcp()
{
    REQUIRE_CONTAINERD();
    QFETCH(bool, tls);
    const QString dir = shortDir(tls ? QStringLiteral("rs") : QStringLiteral("rp"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    const quint16 port = freePort();
    QVERIFY(port > 0);
    std::unique_ptr<QProcess, void (*)(QProcess *)> containerd(startTcpContainerd(dir, port, tls),
                                                               TestEngines::stopOwnContainerd);
    QVERIFY(containerd);

    NodeConfig config;
    config.id = QStringLiteral("tcp-node");
    config.name = QStringLiteral("containerd over TCP");
    config.url = QStringLiteral("containerd+tcp://127.0.0.1:%1").arg(port);
    config.tls = tls;
    if (tls)
        config.tlsCertPath = TestEngines::tlsCertPath();
    QVERIFY2(config.problem().isEmpty(), qPrintable(config.problem()));
    QCOMPARE(config.isPlaintext(), !tls);
    QCOMPARE(config.riskText().isEmpty(), tls);
    const Endpoint endpoint = config.endpoint();
    QCOMPARE(endpoint.api, Endpoint::Api::Containerd);
    QCOMPARE(endpoint.kind, Endpoint::Kind::Tcp);
    QCOMPARE(endpoint.tls, tls);

    ContainerdEngine engine(endpoint);
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); });
    QVERIFY(!info.ok());
    QVERIFY2(info.error.kind == EngineError::Kind::Unsupported, qPrintable(info.error.userText()));
    QVERIFY2(info.error.userText().contains(QLatin1String("containerd+ssh://")),
             qPrintable(info.error.userText()));
    NodeServiceImpl node(config);
    node.start();
    QTRY_VERIFY_WITH_TIMEOUT(node.state() == NodeService::State::Offline, 30000);
    QCOMPARE(node.lastError().kind, EngineError::Kind::Unsupported);
}

// containerd's socket exposed on a plain TCP port: a containerd+tcp:// node identifies, lists,
// is Online and probed; and it is marked as plaintext, as plain Docker TCP nodes are.
void TestContainerdRemote::tcpRelayed()
{
    REQUIRE_CONTAINERD();
    UnixRelay relay(TestEngines::containerdSocket());
    const quint16 port = relay.listen();
    QVERIFY(port > 0);
    NodeConfig config;
    config.id = QStringLiteral("tcp-relayed");
    config.name = QStringLiteral("containerd relayed");
    config.url = QStringLiteral("containerd+tcp://127.0.0.1:%1?namespace=%2")
                     .arg(port)
                     .arg(TestEngines::containerdNamespace());
    QVERIFY2(config.problem().isEmpty(), qPrintable(config.problem()));
    QVERIFY(config.isPlaintext());
    QVERIFY(!config.riskText().isEmpty());
    QVERIFY(!config.credentialsRefusal().isEmpty());
    ContainerdEngine engine(config.endpoint());
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.userText()));
    QCOMPARE(info.value.kind, EngineInfo::Kind::Containerd);
    const auto list = await<QList<ContainerSummary>>(
        [&](QObject *c, auto cb) { engine.listContainers({}, c, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));

    NodeServiceImpl node(config);
    QSignalSpy probes(&node, &NodeService::healthProbed);
    node.start();
    QTRY_VERIFY2_WITH_TIMEOUT(node.state() == NodeService::State::Online,
                              qPrintable(node.lastError().userText()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 30000);
}

// TLS where the engine's certificate is not from the CA we trust: refused as a TLS failure.
void TestContainerdRemote::tlsWithAnUntrustedCertificate()
{
    REQUIRE_CONTAINERD();
    const QString dir = shortDir(QStringLiteral("ru"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    const quint16 port = freePort();
    QVERIFY(port > 0);
    std::unique_ptr<QProcess, void (*)(QProcess *)> containerd(startTcpContainerd(dir, port, true),
                                                               TestEngines::stopOwnContainerd);
    QVERIFY(containerd);
    Endpoint endpoint =
        Endpoint::fromUrl(QStringLiteral("containerd+tcp://127.0.0.1:%1").arg(port));
    endpoint.useTlsFrom(TestEngines::rogueTlsCertPath());
    ContainerdEngine engine(endpoint);
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); });
    QVERIFY(!info.ok());
    QVERIFY2(info.error.kind == EngineError::Kind::Tls, qPrintable(info.error.userText()));
    // Plain gRPC to the TLS port gets no answer either, and says so rather than hanging.
    Endpoint plain = Endpoint::fromUrl(QStringLiteral("containerd+tcp://127.0.0.1:%1").arg(port));
    ContainerdEngine plainEngine(plain);
    const auto plainInfo =
        await<EngineInfo>([&](QObject *c, auto cb) { plainEngine.identify(c, cb); });
    QVERIFY(!plainInfo.ok());
    QVERIFY(!plainInfo.error.userText().isEmpty());
}

// TLS to an engine whose certificate the given CA does not vouch for (the rogue CA), with the
// run's client certificate, which the engine requires: refused as TLS when verifying; when told
// not to verify (tlsSkipVerify, as docker's --tlsverify=false) the handshake is made and the
// engine answers (on its own tcp_address containerd serves only CRI, which tcp() shows is said
// as Unsupported: the answer of an engine reached, where a failed handshake is Tls).
void TestContainerdRemote::tlsSkipVerify()
{
    REQUIRE_CONTAINERD();
    const QString dir = shortDir(QStringLiteral("rv"));
    auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
    const quint16 port = freePort();
    QVERIFY(port > 0);
    std::unique_ptr<QProcess, void (*)(QProcess *)> containerd(startTcpContainerd(dir, port, true),
                                                               TestEngines::stopOwnContainerd);
    QVERIFY(containerd);
    Endpoint endpoint =
        Endpoint::fromUrl(QStringLiteral("containerd+tcp://127.0.0.1:%1").arg(port));
    endpoint.useTlsFrom(TestEngines::tlsCertPath());
    endpoint.tlsCaFile = QDir(TestEngines::rogueTlsCertPath()).filePath(QStringLiteral("ca.pem"));
    QVERIFY(QFileInfo::exists(endpoint.tlsCaFile));
    QVERIFY(!endpoint.tlsCertFile.isEmpty() && !endpoint.tlsKeyFile.isEmpty());
    ContainerdEngine strict(endpoint);
    const auto refused = await<EngineInfo>([&](QObject *c, auto cb) { strict.identify(c, cb); });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.kind == EngineError::Kind::Tls, qPrintable(refused.error.userText()));

    endpoint.tlsSkipVerify = true;
    ContainerdEngine lax(endpoint);
    const auto info = await<EngineInfo>([&](QObject *c, auto cb) { lax.identify(c, cb); });
    QVERIFY(!info.ok());
    QVERIFY2(info.error.kind == EngineError::Kind::Unsupported, qPrintable(info.error.userText()));
    // Without the client certificate the engine still refuses the handshake: only our check of
    // its certificate was skipped.
    endpoint.tlsCertFile.clear();
    endpoint.tlsKeyFile.clear();
    ContainerdEngine anonymous(endpoint);
    const auto noCert = await<EngineInfo>([&](QObject *c, auto cb) { anonymous.identify(c, cb); });
    QVERIFY(!noCert.ok());
    QVERIFY2(noCert.error.kind != EngineError::Kind::Unsupported,
             qPrintable(noCert.error.userText()));
}

// The engine destroyed while a list, probes, a wait and an event stream are out on the harness's
// containerd: nothing of it is called back afterwards, and nothing crashes when the engine
// then does what they were waiting for.
void TestContainerdRemote::engineDestroyedWithCallsAndStreamsOut()
{
    REQUIRE_CONTAINERD();
    const auto running =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("gone-engine")),
                                            {QStringLiteral("sleep"), QStringLiteral("600")});
    QCOMPARE(running.exitCode, 0);
    auto cleanup = qScopeGuard([&] {
        TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("delete"),
                          QStringLiteral("--force"), running.output});
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), running.output});
    });
    const QString id = ContainerdIds::join(TestEngines::containerdNamespace(), running.output);

    auto engine = std::make_unique<ContainerdEngine>(TestEngines::containerdEndpoint());
    QObject context;
    EventStream *events = engine->watchObjects({EngineEvent::Object::Container}, &context);
    QSignalSpy opened(events, &EventStream::opened);
    QSignalSpy received(events, &EventStream::eventReceived);
    QSignalSpy ended(events, &EventStream::ended);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || !ended.isEmpty(), 30000);
    QVERIFY(ended.isEmpty());
    QStringList answers;
    // Until the container exits: out for as long as it runs.
    const CallHandle wait = engine->waitContainerUntil(
        id, Engine::WaitCondition::NextExit, &context,
        [&](const EngineResult<int> &) { answers << QStringLiteral("wait"); });
    for (int i = 0; i < 5; ++i) {
        engine->listContainers({}, &context, [&](const EngineResult<QList<ContainerSummary>> &) {
            answers << QStringLiteral("list");
        });
        engine->ping(&context, [&](const EngineError &) { answers << QStringLiteral("ping"); });
    }
    engine.reset();

    // What they waited for happens; a second engine's stream sees it, the first's nothing.
    ContainerdEngine witness(TestEngines::containerdEndpoint());
    EventStream *seen = witness.watchObjects({EngineEvent::Object::Container}, &context);
    QSignalSpy seenOpened(seen, &EventStream::opened);
    QSignalSpy seenEvents(seen, &EventStream::eventReceived);
    QTRY_VERIFY_WITH_TIMEOUT(seenOpened.count() == 1, 30000);
    QCOMPARE(TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"),
                               QStringLiteral("-s"), QStringLiteral("SIGKILL"), running.output})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(seenEvents.cbegin(), seenEvents.cend(),
                                         [&](const QList<QVariant> &args) {
                                             const auto e = args.value(0).value<EngineEvent>();
                                             return e.id == id &&
                                                    e.what == EngineEvent::Action::Died;
                                         }),
                             30000);
    // One more round trip on the witness's channel after the event: anything queued for the
    // first engine's callbacks would have run by its answer.
    const auto pong = await<EngineInfo>([&](QObject *c, auto cb) { witness.identify(c, cb); });
    QVERIFY(pong.ok());
    QCOMPARE(answers, QStringList());
    QCOMPARE(received.count(), 0);
    QVERIFY(ended.isEmpty());
    wait.cancel(); // the handle of a call whose engine went: quiet
    QCoreApplication::processEvents();
    QCOMPARE(answers, QStringList());
}

// A containerd node removed while its event stream is open: it goes cleanly, and what happens
// on the engine afterwards reaches nothing.
void TestContainerdRemote::nodeRemovedWithItsEventStreamOpen()
{
    REQUIRE_CONTAINERD();
    auto node = std::make_unique<NodeServiceImpl>(QStringLiteral("containerd-gone"),
                                                  TestEngines::containerdEndpoint());
    QPointer<NodeServiceImpl> guard(node.get());
    node->start();
    QTRY_VERIFY2_WITH_TIMEOUT(node->state() == NodeService::State::Online,
                              qPrintable(node->lastError().userText()), 30000);
    // Listed, so the worker watches the engine's events.
    QSignalSpy probes(node.get(), &NodeService::healthProbed);
    QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 1, 30000);
    node.reset();
    QVERIFY(!guard);
    const auto running =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("after-node")),
                                            {QStringLiteral("sleep"), QStringLiteral("600")});
    QCOMPARE(running.exitCode, 0);
    TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"),
                      running.output});
    TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), running.output});
    // The events of that reach no one; the harness's engine still answers a new node.
    NodeServiceImpl again(QStringLiteral("containerd-again"), TestEngines::containerdEndpoint());
    again.start();
    QTRY_VERIFY2_WITH_TIMEOUT(again.state() == NodeService::State::Online,
                              qPrintable(again.lastError().userText()), 30000);
}

QTEST_GUILESS_MAIN(TestContainerdRemote)
#include "tst_containerd_remote.moc"
