#include "core/services/imagebuild.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Building through a node on real engines: the phases before the engine's output, the output
// and its steps, the image made, a failing step, a cancel, and a context that takes longer to
// send than any fixed deadline would allow.
class TestImageBuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsWithArgs_data();
    void buildsWithArgs();
    void failingStepEndsWithItsError_data();
    void failingStepEndsWithItsError();
    void stopLeavesNothingRunning_data();
    void stopLeavesNothingRunning();
    void slowUploadOverSsh_data();
    void slowUploadOverSsh();

private:
    static void engines();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const Endpoint &endpoint);
    // A context folder with `dockerfile` as its Dockerfile.
    static std::unique_ptr<QTemporaryDir> context(const QString &dockerfile);
    static QString fromLine(bool podman);
};

void TestImageBuild::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<BuildProgress>();
}

void TestImageBuild::engines()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

std::unique_ptr<NodeServiceImpl> TestImageBuild::onlineNode(const Endpoint &endpoint)
{
    auto node = std::make_unique<NodeServiceImpl>(QStringLiteral("build"), endpoint);
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 60000))
        return nullptr;
    return node;
}

std::unique_ptr<QTemporaryDir> TestImageBuild::context(const QString &dockerfile)
{
    auto dir = std::make_unique<QTemporaryDir>(TestEngines::dir() + QStringLiteral("/ctx.XXXXXX"));
    QFile file(dir->filePath(QStringLiteral("Dockerfile")));
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(dockerfile.toUtf8());
    return dir;
}

QString TestImageBuild::fromLine(bool podman)
{
    return QStringLiteral("FROM %1\n")
        .arg(podman ? TestEngines::podmanImage() : TestEngines::image());
}

void TestImageBuild::buildsWithArgs_data()
{
    engines();
}

void TestImageBuild::buildsWithArgs()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const auto node = onlineNode(Endpoint::unixSocket(socket));
    QVERIFY(node);
    const auto dir = context(fromLine(podman) +
                             QStringLiteral("ARG GREETING=unset\nRUN echo \"says $GREETING\"\n"
                                            "LABEL gontainer.test=build\n"));
    QVERIFY(dir);
    const QString tag =
        TestEngines::uniqueName(QStringLiteral("gontainer-test/built")) + QStringLiteral(":1");

    ImageBuild build(node.get());
    QSignalSpy progressed(&build, &ImageBuild::progressed);
    QSignalSpy steps(&build, &ImageBuild::stepStarted);
    QSignalSpy output(&build, &ImageBuild::output);
    QSignalSpy finished(&build, &ImageBuild::finished);
    BuildOptions options;
    options.contextDir = dir->path();
    options.tags = {tag};
    options.buildArgs.insert(QStringLiteral("GREETING"), QStringLiteral("hello-from-arg"));
    build.start(options);
    QVERIFY(build.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const auto error = finished.first().at(0).value<EngineError>();
    QString log;
    for (const QList<QVariant> &args : std::as_const(output))
        log += args.at(0).toString();
    QVERIFY2(!error.isError(), qPrintable(error.userText() + QLatin1Char('\n') + log));
    const QString imageId = finished.first().at(1).toString();
    QVERIFY(!imageId.isEmpty());
    QVERIFY(!build.isRunning());

    // The phases, in order: packing, sending (all of it), building.
    QList<BuildProgress::Phase> phases;
    qint64 sent = -1;
    qint64 total = 0;
    for (const QList<QVariant> &args : std::as_const(progressed)) {
        const auto p = args.first().value<BuildProgress>();
        if (phases.isEmpty() || phases.last() != p.phase)
            phases << p.phase;
        if (p.phase == BuildProgress::Phase::Sending) {
            sent = p.done;
            total = p.total;
        }
    }
    QCOMPARE(phases, (QList<BuildProgress::Phase>{BuildProgress::Phase::Packing,
                                                  BuildProgress::Phase::Sending,
                                                  BuildProgress::Phase::Building}));
    QVERIFY(total > 1024);
    QCOMPARE(sent, total);
    // Three steps, numbered, the argument's value in the output.
    QCOMPARE(steps.count(), 4);
    QCOMPARE(steps.at(1).at(0).toInt(), 2);
    QCOMPARE(steps.at(1).at(1).toInt(), 4);
    QVERIFY2(steps.at(1).at(2).toString().startsWith(QLatin1String("ARG")),
             qPrintable(steps.at(1).at(2).toString()));
    QVERIFY2(log.contains(QLatin1String("says hello-from-arg")), qPrintable(log));
    for (const QList<QVariant> &args : std::as_const(output))
        QVERIFY(!args.at(1).toBool());

    // The engine knows the image by the id and the tag.
    const auto inspected =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("--format"), QStringLiteral("{{.Id}}"), tag});
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
    QVERIFY2(inspected.output.trimmed().endsWith(imageId.section(QLatin1Char(':'), -1)) ||
                 inspected.output.trimmed().section(QLatin1Char(':'), -1).startsWith(imageId),
             qPrintable(inspected.output + QLatin1String(" vs ") + imageId));
    TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), tag});
}

void TestImageBuild::failingStepEndsWithItsError_data()
{
    engines();
}

void TestImageBuild::failingStepEndsWithItsError()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const auto node = onlineNode(Endpoint::unixSocket(socket));
    QVERIFY(node);
    const auto dir = context(fromLine(podman) + QStringLiteral("RUN echo before\nRUN exit 3\n"));
    QVERIFY(dir);
    const QString tag = TestEngines::uniqueName(QStringLiteral("gontainer-test/failed"));

    ImageBuild build(node.get());
    QSignalSpy output(&build, &ImageBuild::output);
    QSignalSpy finished(&build, &ImageBuild::finished);
    BuildOptions options;
    options.contextDir = dir->path();
    options.tags = {tag};
    build.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const auto error = finished.first().at(0).value<EngineError>();
    QVERIFY(error.isError());
    QVERIFY(error.kind != EngineError::Kind::Aborted);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    // The failed step's words are in the output, marked as an error.
    bool errorLine = false;
    for (const QList<QVariant> &args : std::as_const(output))
        errorLine = errorLine || (args.at(1).toBool() && !args.at(0).toString().isEmpty());
    QVERIFY(errorLine);
    QVERIFY2(error.message.contains(QLatin1String("3")), qPrintable(error.message));
    // No image has the tag.
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), tag})
                .exitCode != 0);
}

namespace {

// Whether a process runs with exactly this command line (the build's step on this machine).
bool processRuns(const QByteArray &cmdline)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray line = file.readAll();
        line.replace('\0', ' ');
        if (line.trimmed() == cmdline)
            return true;
    }
    return false;
}

} // namespace

void TestImageBuild::stopLeavesNothingRunning_data()
{
    engines();
}

// A build stopped during a long step leaves no step running on the engine.
void TestImageBuild::stopLeavesNothingRunning()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const auto node = onlineNode(Endpoint::unixSocket(socket));
    QVERIFY(node);
    // What the engine says of itself is what the Build dialog offers.
    QCOMPARE(node->engineInfo().capabilities.buildCancel, !podman);
    if (!node->engineInfo().capabilities.buildCancel)
        QSKIP("this engine finishes a build whose client has gone: nothing to stop");
    const QByteArray sleep =
        "sleep " + QByteArray::number(3000 + QCoreApplication::applicationPid() % 5000);
    const auto dir =
        context(fromLine(podman) + QStringLiteral("RUN %1\n").arg(QLatin1String(sleep)));
    QVERIFY(dir);

    ImageBuild build(node.get());
    QSignalSpy finished(&build, &ImageBuild::finished);
    BuildOptions options;
    options.contextDir = dir->path();
    options.noCache = true;
    build.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(processRuns(sleep), 120000);
    build.stop();
    QVERIFY(!build.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(sleep), 60000);
    QCOMPARE(finished.count(), 0); // stopped: it reports nothing more
}

namespace {

// A TCP relay on loopback that passes what the client sends at `bytesPerSecond` (and the
// answers at full speed): a slow uplink to the harness's sshd.
class SlowRelay : public QObject
{
public:
    SlowRelay(quint16 target, qint64 bytesPerSecond)
        : m_target(target)
        , m_perTick(bytesPerSecond / (1000 / TickMs))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static constexpr int TickMs = 50;

    void relay(QTcpSocket *client)
    {
        client->setParent(this);
        client->setReadBufferSize(m_perTick); // the rest waits in the kernel, pushing back
        auto *server = new QTcpSocket(client);
        server->connectToHost(QHostAddress::LocalHost, m_target);
        QObject::connect(server, &QTcpSocket::readyRead, client,
                         [client, server] { client->write(server->readAll()); });
        QObject::connect(server, &QTcpSocket::disconnected, client,
                         &QTcpSocket::disconnectFromHost);
        QObject::connect(client, &QTcpSocket::disconnected, server,
                         &QTcpSocket::disconnectFromHost);
        auto *tick = new QTimer(client);
        QObject::connect(tick, &QTimer::timeout, client, [this, client, server] {
            if (server->state() == QAbstractSocket::ConnectedState &&
                server->bytesToWrite() < m_perTick)
                server->write(client->read(m_perTick));
        });
        tick->start(TickMs);
    }

    QTcpServer m_server;
    quint16 m_target;
    qint64 m_perTick;
};

} // namespace

void TestImageBuild::slowUploadOverSsh_data()
{
    engines();
}

// A context that takes longer to send than the old fixed deadline (5 s) over an SSH node, made
// slow by a relay in front of the harness's sshd, builds.
void TestImageBuild::slowUploadOverSsh()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString sshUrl = TestEngines::sshUrl();
    if (sshUrl.isEmpty())
        QSKIP("no ssh:// URL in this run (the harness gives one as root)");
    const QUrl url(sshUrl);
    // 2 MiB/s: the 32 MiB context takes 16 s to go out; the sockets on the way buffer a few.
    SlowRelay relay(quint16(url.port()), 2 * 1024 * 1024);
    QVERIFY(relay.port() != 0);
    // The host's key, known for the relay's port as well.
    {
        QFile knownHosts(qEnvironmentVariable("GONTAINER_TEST_SSH_KNOWN_HOSTS"));
        QVERIFY(knownHosts.open(QIODevice::ReadWrite));
        const QByteArray line = knownHosts.readLine();
        const QByteArray key = line.mid(line.indexOf(' ') + 1).trimmed();
        knownHosts.seek(knownHosts.size());
        knownHosts.write("[127.0.0.1]:" + QByteArray::number(relay.port()) + ' ' + key + '\n');
    }
    QUrl relayed = url;
    relayed.setPort(relay.port());
    if (podman)
        relayed.setPath(TestEngines::podmanSocket());
    const auto node = onlineNode(Endpoint::fromUrl(relayed.toString()));
    QVERIFY2(node, qPrintable(relayed.toString()));

    const auto dir = context(fromLine(podman) + QStringLiteral("COPY noise /noise\n"));
    QVERIFY(dir);
    {
        QFile noise(dir->filePath(QStringLiteral("noise")));
        QVERIFY(noise.open(QIODevice::WriteOnly));
        QByteArray bytes(32 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
        noise.write(bytes);
    }
    const QString tag = TestEngines::uniqueName(QStringLiteral("gontainer-test/slow"));
    ImageBuild build(node.get());
    QSignalSpy finished(&build, &ImageBuild::finished);
    QElapsedTimer sending;
    qint64 sendingMs = -1;
    connect(&build, &ImageBuild::progressed, this, [&](const BuildProgress &p) {
        if (p.phase != BuildProgress::Phase::Sending)
            return;
        if (!sending.isValid())
            sending.start();
        if (p.done == p.total)
            sendingMs = sending.elapsed();
    });
    BuildOptions options;
    options.contextDir = dir->path();
    options.tags = {tag};
    build.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    const auto error = finished.first().at(0).value<EngineError>();
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    // It did take longer than the old deadline to send (what this test is about).
    QVERIFY2(sendingMs > 5000, qPrintable(QString::number(sendingMs)));
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), tag});
}

QTEST_GUILESS_MAIN(TestImageBuild)
#include "tst_imagebuild.moc"
