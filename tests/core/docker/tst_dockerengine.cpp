#include "core/docker/dockerengine.h"

#include "testengines.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// DockerEngine against the real dockerd and Podman service of the harness, and against local
// peers that are not engines.
class TestDockerEngine : public QObject
{
    Q_OBJECT

private slots:
    void identify_data();
    void identify();
    void listAndFilterById_data();
    void listAndFilterById();
    void eventsFollowAContainer_data();
    void eventsFollowAContainer();
    void httpServerThatIsNotAnEngine();
    void blockingIdentifyOnMissingSocket();

private:
    static EngineResult<EngineInfo> identifyNow(DockerEngine &engine);
    static EngineResult<QList<ContainerSummary>> listNow(DockerEngine &engine,
                                                         const QStringList &ids);
};

EngineResult<EngineInfo> TestDockerEngine::identifyNow(DockerEngine &engine)
{
    std::optional<EngineResult<EngineInfo>> result;
    QObject context;
    engine.identify(&context, [&](const EngineResult<EngineInfo> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return EngineResult<EngineInfo>::failure(EngineError::make(EngineError::Kind::Timeout, {}));
    return *result;
}

EngineResult<QList<ContainerSummary>> TestDockerEngine::listNow(DockerEngine &engine,
                                                                const QStringList &ids)
{
    std::optional<EngineResult<QList<ContainerSummary>>> result;
    QObject context;
    engine.listContainers(ids, &context,
                          [&](const EngineResult<QList<ContainerSummary>> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return EngineResult<QList<ContainerSummary>>::failure(
            EngineError::make(EngineError::Kind::Timeout, {}));
    return *result;
}

void TestDockerEngine::identify_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::identify()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    const auto result = identifyNow(engine);
    QVERIFY2(result.ok(), qPrintable(result.error.userText()));
    QCOMPARE(result.value.kind, podman ? EngineInfo::Kind::Podman : EngineInfo::Kind::Docker);
    QCOMPARE(result.value.name, podman ? QStringLiteral("Podman") : QStringLiteral("Docker"));
    QVERIFY(!result.value.version.isEmpty());
    QCOMPARE(result.value.apiVersion, QStringLiteral("1.41"));
    QCOMPARE(result.value.libpodApiVersion.isEmpty(), !podman);
}

void TestDockerEngine::listAndFilterById_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::listAndFilterById()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    const QString name = TestEngines::uniqueName(QStringLiteral("list"));
    const auto created =
        TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--name"), name,
                                     QStringLiteral("--network"), QStringLiteral("none"),
                                     TestEngines::image(), QStringLiteral("true")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const QString id = created.output.split(QLatin1Char('\n')).last().trimmed();

    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto all = listNow(engine, {});
    QVERIFY2(all.ok(), qPrintable(all.error.userText()));
    const auto found = std::find_if(all.value.cbegin(), all.value.cend(),
                                    [&](const ContainerSummary &c) { return c.name == name; });
    QVERIFY(found != all.value.cend());
    QCOMPARE(found->id, id);
    QCOMPARE(found->state, ContainerSummary::State::Created);

    const auto one = listNow(engine, {id});
    QVERIFY(one.ok());
    QCOMPARE(one.value.size(), 1);
    QCOMPARE(one.value.first().id, id);

    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    const auto gone = listNow(engine, {id});
    QVERIFY(gone.ok());
    QVERIFY(gone.value.isEmpty());
}

void TestDockerEngine::eventsFollowAContainer_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::eventsFollowAContainer()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    EventStream *stream = engine.watchContainerEvents(this);
    QSignalSpy opened(stream, &EventStream::opened);
    QSignalSpy events(stream, &EventStream::eventReceived);
    QSignalSpy ended(stream, &EventStream::ended);
    QVERIFY(opened.wait(10000));

    const QString name = TestEngines::uniqueName(QStringLiteral("events"));
    const auto run =
        TestEngines::runDetached(socket, name, {QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});

    QStringList actions;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (; !events.isEmpty(); events.removeFirst()) {
                const auto e = events.first().first().value<EngineEvent>();
                if (e.id == id)
                    actions << e.action;
            }
            return actions.contains(QStringLiteral("destroy")) ||
                   actions.contains(QStringLiteral("remove"));
        },
        15000));
    QVERIFY2(actions.contains(QStringLiteral("create")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("start")), qPrintable(actions.join(u',')));
    QCOMPARE(ended.count(), 0);
    delete stream;
}

void TestDockerEngine::httpServerThatIsNotAnEngine()
{
    QTemporaryDir dir;
    QLocalServer server;
    QVERIFY(server.listen(dir.filePath(QStringLiteral("web.sock"))));
    connect(&server, &QLocalServer::newConnection, this, [&server] {
        QLocalSocket *socket = server.nextPendingConnection();
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found");
        });
    });
    DockerEngine engine(Endpoint::unixSocket(server.fullServerName()));
    const auto result = identifyNow(engine);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, EngineError::Kind::NotAnEngine);
    QVERIFY(result.error.userText().contains(server.fullServerName()));
}

void TestDockerEngine::blockingIdentifyOnMissingSocket()
{
    QTemporaryDir dir;
    const auto result = DockerEngine::identifyBlocking(
        Endpoint::unixSocket(dir.filePath(QStringLiteral("none.sock"))), 2000);
    QCOMPARE(result.error.kind, EngineError::Kind::NoSocket);
}

QTEST_GUILESS_MAIN(TestDockerEngine)
#include "tst_dockerengine.moc"
