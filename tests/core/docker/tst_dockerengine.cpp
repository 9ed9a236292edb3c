#include "core/docker/dockerengine.h"
#include "core/services/enginefactory.h"

#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// DockerEngine against the real dockerd and Podman service of the harness, and against local
// peers that are not engines.
class TestDockerEngine : public QObject
{
    Q_OBJECT

private slots:
    void identify_data();
    void identify();
    void identifyQuickly_data();
    void identifyQuickly();
    void listAndFilterById_data();
    void listAndFilterById();
    void shortCallsShareConnections_data();
    void shortCallsShareConnections();
    void eventsFollowAContainer_data();
    void eventsFollowAContainer();
    void eventsWithFilters_data();
    void eventsWithFilters();
    void httpServerThatIsNotAnEngine();
    void blockingIdentifyOnMissingSocket();
    void logStreamWithAnAbsurdFrame();
    void capabilities_data();
    void capabilities();
    void containerLifecycle_data();
    void containerLifecycle();
    void logsOfATerminalContainer_data();
    void logsOfATerminalContainer();
    void waitAndCancel_data();
    void waitAndCancel();
    void commitAndPrune_data();
    void commitAndPrune();
    void enginesOwnErrors_data();
    void enginesOwnErrors();
    void systemInfoAndDiskUsage_data();
    void systemInfoAndDiskUsage();
    void imagesListInspectHistory_data();
    void imagesListInspectHistory();
    void tagPushRemovePull_data();
    void tagPushRemovePull();
    void pruneDanglingImages_data();
    void pruneDanglingImages();
    void searchImages_data();
    void searchImages();
    void volumesLifecycle_data();
    void volumesLifecycle();
    void networksLifecycle_data();
    void networksLifecycle();
    void execRunsCommands_data();
    void execRunsCommands();
    void attachBeforeStart_data();
    void attachBeforeStart();
    void buildAnImage_data();
    void buildAnImage();
    void statsOfABusyContainer_data();
    void statsOfABusyContainer();
    void podmanPodAndRunTimeout();
    void podsKubeAndHealthchecks();
    void dockerRefusesPods();

private:
    static EngineResult<EngineInfo> identifyNow(DockerEngine &engine);
    // Runs an engine call and waits for its answer.
    template<typename T>
    static EngineResult<T>
    await(const std::function<CallHandle(QObject *, Engine::Callback<T>)> &start,
          int timeoutMs = 30000);
    static EngineError
    awaitDone(const std::function<CallHandle(QObject *, Engine::DoneCallback)> &start,
              int timeoutMs = 30000);
    struct ExecResult
    {
        int exitCode = -1;
        EngineError error;
        QMap<LogChunk::Source, QByteArray> output;
    };
    // Runs an exec to its end; `input` is written once it started, then input is closed
    // (`closeInput`) or left open.
    static ExecResult runExec(DockerEngine &engine, const QString &id, const ExecOptions &options,
                              const QByteArray &input = {}, bool closeInput = false);
    // Runs a pull or push to its end, collecting its progress.
    static EngineError awaitProgress(ProgressStream *stream, QList<ProgressEvent> *events);
    // Reads a container's whole log (not following) into text per source.
    static QMap<LogChunk::Source, QByteArray> readAll(DockerEngine &engine, const QString &id,
                                                      LogOptions options, EngineError *error);
    static EngineResult<QList<ContainerSummary>> listNow(DockerEngine &engine,
                                                         const QStringList &ids);
};

EngineResult<EngineInfo> TestDockerEngine::identifyNow(DockerEngine &engine)
{
    std::optional<EngineResult<EngineInfo>> result;
    QObject context;
    engine.identify(&context, [&](const EngineResult<EngineInfo> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
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
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return EngineResult<QList<ContainerSummary>>::failure(
            EngineError::make(EngineError::Kind::Timeout, {}));
    return *result;
}

template<typename T>
EngineResult<T>
TestDockerEngine::await(const std::function<CallHandle(QObject *, Engine::Callback<T>)> &start,
                        int timeoutMs)
{
    std::optional<EngineResult<T>> result;
    QObject context;
    start(&context, [&](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return EngineResult<T>::failure(EngineError::make(EngineError::Kind::Timeout, {}));
    return *result;
}

EngineError
TestDockerEngine::awaitDone(const std::function<CallHandle(QObject *, Engine::DoneCallback)> &start,
                            int timeoutMs)
{
    std::optional<EngineError> result;
    QObject context;
    start(&context, [&](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("test waited"));
    return *result;
}

QMap<LogChunk::Source, QByteArray> TestDockerEngine::readAll(DockerEngine &engine,
                                                             const QString &id, LogOptions options,
                                                             EngineError *error)
{
    QMap<LogChunk::Source, QByteArray> out;
    LogStream *stream = engine.readLogs(id, options, nullptr);
    bool ended = false;
    QObject::connect(stream, &LogStream::received, stream, [&](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            out[c.source].append(c.data);
    });
    QObject::connect(stream, &LogStream::ended, stream, [&](const EngineError &e) {
        *error = e;
        ended = true;
    });
    if (!QTest::qWaitFor([&] { return ended; }, 30000))
        *error = EngineError::make(EngineError::Kind::Timeout, QStringLiteral("log never ended"));
    delete stream;
    return out;
}

EngineError TestDockerEngine::awaitProgress(ProgressStream *stream, QList<ProgressEvent> *events)
{
    std::optional<EngineError> ended;
    QObject::connect(stream, &ProgressStream::progressed, stream,
                     [events](const ProgressEvent &e) { events->append(e); });
    QObject::connect(stream, &ProgressStream::ended, stream,
                     [&ended](const EngineError &e) { ended = e; });
    if (!QTest::qWaitFor([&] { return ended.has_value(); }, 120000))
        ended = EngineError::make(EngineError::Kind::Timeout, QStringLiteral("test waited"));
    delete stream;
    return *ended;
}

TestDockerEngine::ExecResult TestDockerEngine::runExec(DockerEngine &engine, const QString &id,
                                                       const ExecOptions &options,
                                                       const QByteArray &input, bool closeInput)
{
    ExecResult result;
    ExecSession *session = engine.exec(id, options, nullptr);
    bool done = false;
    QObject::connect(session, &ExecSession::output, session, [&](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            result.output[c.source].append(c.data);
    });
    QObject::connect(session, &ExecSession::finished, session, [&](int code, const EngineError &e) {
        result.exitCode = code;
        result.error = e;
        done = true;
    });
    if (!input.isEmpty())
        session->write(input);
    if (closeInput)
        session->closeInput();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = EngineError::make(EngineError::Kind::Timeout, QStringLiteral("exec hung"));
    delete session;
    return result;
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
    // The engine's own API version (1.41 for Docker 20.10 and every Podman's compatible API,
    // 1.45 for Docker 26), as far as this client speaks it.
    QFETCH(QString, socket);
    const auto server =
        TestEngines::docker(socket, {QStringLiteral("version"), QStringLiteral("--format"),
                                     QStringLiteral("{{.Server.APIVersion}}")});
    QVERIFY2(server.exitCode == 0, qPrintable(server.output));
    const int serverMinor = server.output.section(QLatin1Char('.'), 1).toInt();
    QVERIFY2(serverMinor >= DockerEngine::MinApiMinor, qPrintable(server.output));
    QCOMPARE(result.value.apiVersion,
             QStringLiteral("1.%1").arg(qMin(serverMinor, DockerEngine::MaxApiMinor)));
    QCOMPARE(result.value.nativeApiVersion.isEmpty(), !podman);
}

void TestDockerEngine::identifyQuickly_data()
{
    identify_data();
}

// From /_ping alone: the same kind and API versions as the full answer, and the version and OS
// as the Server header gives them; arch and kernel come only from /version.
void TestDockerEngine::identifyQuickly()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    std::optional<EngineResult<EngineInfo>> quick;
    QObject context;
    engine.identifyQuickly(&context, [&](const EngineResult<EngineInfo> &r) { quick = r; });
    QTRY_VERIFY_WITH_TIMEOUT(quick.has_value(), 30000);
    QVERIFY2(quick->ok(), qPrintable(quick->error.userText()));
    QCOMPARE(engine.callCounts().value(QStringLiteral("GET /version")), 0);
    const auto full = identifyNow(engine);
    QVERIFY2(full.ok(), qPrintable(full.error.userText()));
    QCOMPARE(quick->value.kind, podman ? EngineInfo::Kind::Podman : EngineInfo::Kind::Docker);
    QCOMPARE(quick->value.kind, full.value.kind);
    QCOMPARE(quick->value.name, full.value.name);
    QCOMPARE(quick->value.apiVersion, full.value.apiVersion);
    QCOMPARE(quick->value.nativeApiVersion, full.value.nativeApiVersion);
    QCOMPARE(quick->value.capabilities, full.value.capabilities);
    QCOMPARE(quick->value.os, QStringLiteral("linux"));
    // Docker's header carries the package's suffix ("20.10.24+dfsg1"); /version does too.
    QVERIFY2(!quick->value.version.isEmpty() &&
                 full.value.version.startsWith(quick->value.version.section(u'+', 0, 0)),
             qPrintable(quick->value.version + QStringLiteral(" / ") + full.value.version));
    QVERIFY(quick->value.kernel.isEmpty());
    QVERIFY(!full.value.kernel.isEmpty());
}

void TestDockerEngine::shortCallsShareConnections_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::shortCallsShareConnections()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    DockerEngine engine(endpoint);
    const auto identified = identifyNow(engine);
    QVERIFY2(identified.ok(), qPrintable(identified.error.userText()));
    // Identifying is several calls in a row: one connection carried them all.
    QCOMPARE(engine.connectionsOpened(), 1);

    // One after another, short calls keep using it.
    for (int i = 0; i < 5; ++i) {
        const auto list = listNow(engine, {});
        QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    }
    const auto info = await<SystemInfo>(
        [&](QObject *c, Engine::Callback<SystemInfo> cb) { return engine.systemInfo(c, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.userText()));
    // A 404 is a clean answer too: the connection stays usable.
    const auto missing =
        await<ContainerDetails>([&](QObject *c, Engine::Callback<ContainerDetails> cb) {
            return engine.inspectContainer(QStringLiteral("gontainer-no-such-container"), c, cb);
        });
    QCOMPARE(missing.error.httpStatus, 404);
    QCOMPARE(engine.connectionsOpened(), 1);

    // Calls at the same time each need a connection; afterwards they are all kept and reused.
    int answered = 0;
    QObject context;
    for (int i = 0; i < 3; ++i) {
        engine.listContainers({}, &context, [&](const EngineResult<QList<ContainerSummary>> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.userText()));
            ++answered;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 30000);
    QCOMPARE(engine.connectionsOpened(), 3);
    for (int i = 0; i < 3; ++i) {
        engine.listContainers({}, &context,
                              [&](const EngineResult<QList<ContainerSummary>> &) { ++answered; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 30000);
    QCOMPARE(engine.connectionsOpened(), 3);
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
        30000));
    QVERIFY2(actions.contains(QStringLiteral("create")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("start")), qPrintable(actions.join(u',')));
    QCOMPARE(ended.count(), 0);
    delete stream;
}

void TestDockerEngine::eventsWithFilters_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::eventsWithFilters()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString marked = TestEngines::uniqueName(QStringLiteral("marked"));
    const QString plain = TestEngines::uniqueName(QStringLiteral("plain"));
    const QString image = podman ? TestEngines::podmanImage() : TestEngines::image();
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), marked, plain});
    });
    for (const QString &name : {plain, marked}) {
        QStringList args = {QStringLiteral("create"), QStringLiteral("--name"), name,
                            QStringLiteral("--network"), QStringLiteral("none")};
        if (name == marked)
            args << QStringLiteral("--label") << QStringLiteral("gontainer.events=yes");
        QVERIFY(TestEngines::docker(socket, args + QStringList{image, QStringLiteral("true")})
                    .exitCode == 0);
    }

    // Replayed from before they were made: only the labelled container's create.
    EventFilter filter;
    filter.types = {QStringLiteral("container")};
    filter.labels = {QStringLiteral("gontainer.events=yes")};
    filter.actions = {QStringLiteral("create")};
    filter.since = before;
    EventStream *stream = engine.watchEvents(filter, this);
    QList<EngineEvent> events;
    connect(stream, &EventStream::eventReceived, this,
            [&](const EngineEvent &e) { events.append(e); });
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 30000);
    QTest::qWait(1000);
    for (const EngineEvent &e : std::as_const(events)) {
        QCOMPARE(e.action, QStringLiteral("create"));
        QCOMPARE(e.name, marked);
    }
    delete stream;

    // Image events only: a tag arrives, container events do not.
    EventFilter images;
    images.types = {QStringLiteral("image")};
    stream = engine.watchEvents(images, this);
    events.clear();
    connect(stream, &EventStream::eventReceived, this,
            [&](const EngineEvent &e) { events.append(e); });
    QSignalSpy opened(stream, &EventStream::opened);
    QVERIFY(opened.wait(10000));
    const QString tag = QStringLiteral("localhost/gontainer-test/evented:") +
                        TestEngines::uniqueName(QStringLiteral("t"));
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("tag"), image, tag}).exitCode == 0);
    TestEngines::docker(socket, {QStringLiteral("start"), plain});
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(events.cbegin(), events.cend(),
                    [](const EngineEvent &e) { return e.action == QLatin1String("tag"); }),
        30000);
    for (const EngineEvent &e : std::as_const(events))
        QCOMPARE(e.type, QStringLiteral("image"));
    delete stream;
    TestEngines::docker(socket, {QStringLiteral("rmi"), tag});
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
    const auto result = identifyEngineBlocking(
        Endpoint::unixSocket(dir.filePath(QStringLiteral("none.sock"))), 2000);
    QCOMPARE(result.error.kind, EngineError::Kind::NoSocket);
}

void TestDockerEngine::logStreamWithAnAbsurdFrame()
{
    // A peer that says it is a container without a terminal, then sends a log frame header
    // announcing 2 GiB: an error value at once, nothing held.
    QTemporaryDir dir;
    QLocalServer server;
    QVERIFY(server.listen(dir.filePath(QStringLiteral("fake.sock"))));
    connect(&server, &QLocalServer::newConnection, this, [&server] {
        QLocalSocket *socket = server.nextPendingConnection();
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            const QByteArray request = socket->readAll();
            if (request.contains("/json ")) {
                const QByteArray body = R"({"Id":"abc","Config":{"Tty":false}})";
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
                return;
            }
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n");
            socket->write(QByteArray::fromHex("010000007fffffff") + QByteArray(1024, 'x'));
        });
    });
    DockerEngine engine(Endpoint::unixSocket(server.fullServerName()));
    EngineError error;
    const auto logs = readAll(engine, QStringLiteral("abc"), LogOptions{}, &error);
    QCOMPARE(error.kind, EngineError::Kind::Protocol);
    QVERIFY2(error.message.contains(QStringLiteral("bytes")), qPrintable(error.message));
    QVERIFY(logs.isEmpty());
}

void TestDockerEngine::capabilities_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::capabilities()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    const auto result = identifyNow(engine);
    QVERIFY2(result.ok(), qPrintable(result.error.userText()));
    const EngineCapabilities c = result.value.capabilities;
    QCOMPARE(engine.info().capabilities, c);
    QCOMPARE(c.pods, podman);
    QCOMPARE(c.kube, podman);
    QCOMPARE(c.healthcheckRun, podman);
    QCOMPARE(c.runTimeout, podman);
    QVERIFY(c.exec && c.stats && c.commit && c.imageBuild && c.imageSearch);
}

void TestDockerEngine::containerLifecycle_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::containerLifecycle()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());

    ContainerSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("life"));
    spec.image = podman ? TestEngines::podmanImage() : TestEngines::image();
    // Prints on both streams, then waits; exits 3 on SIGTERM.
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo out-$FOO; echo err-$FOO >&2; trap 'exit 3' TERM; "
                                   "while true; do sleep 0.2; done")};
    spec.env = {QStringLiteral("FOO=bar baz")};
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("lifecycle")},
                   {QStringLiteral("empty"), QString()}};
    spec.workingDir = QStringLiteral("/tmp");
    spec.user = QStringLiteral("0:0");
    spec.network = QStringLiteral("none");
    spec.restart.mode = RestartPolicy::Mode::OnFailure;
    spec.restart.maximumRetries = 2;
    spec.capAdd = {QStringLiteral("NET_ADMIN")};
    // One that every engine grants by default: Podman 5 no longer grants MKNOD, and a drop of
    // what is not granted changes nothing and is not recorded.
    spec.capDrop = {QStringLiteral("CHOWN")};
    spec.readOnlyRootfs = true;
    spec.init = true;
    spec.stopSignal = QStringLiteral("SIGTERM");
    spec.stopTimeoutSecs = 5;
    spec.healthcheck.test = {QStringLiteral("CMD-SHELL"), QStringLiteral("true")};
    spec.healthcheck.intervalMs = 30000;
    spec.healthcheck.timeoutMs = 5000;
    spec.healthcheck.startPeriodMs = 1000;
    spec.healthcheck.retries = 2;
    spec.mounts = {MountSpec{MountSpec::Type::Tmpfs, {}, QStringLiteral("/scratch"), false}};

    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createContainer(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    const QString id = created.value.id;
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });

    auto inspect = [&] {
        return await<ContainerDetails>(
            [&](QObject *c, auto cb) { return engine.inspectContainer(id, c, cb); });
    };
    auto details = inspect();
    QVERIFY2(details.ok(), qPrintable(details.error.userText()));
    const ContainerDetails &d = details.value;
    QCOMPARE(d.id, id);
    QCOMPARE(d.name, spec.name);
    QCOMPARE(d.state, ContainerSummary::State::Created);
    QCOMPARE(d.spec.command, spec.command);
    QVERIFY2(d.spec.env.contains(QStringLiteral("FOO=bar baz")), qPrintable(d.spec.env.join(u' ')));
    QCOMPARE(d.spec.labels.value(QStringLiteral("gontainer.test")), QStringLiteral("lifecycle"));
    QVERIFY(d.spec.labels.contains(QStringLiteral("empty")));
    QCOMPARE(d.spec.workingDir, spec.workingDir);
    QCOMPARE(d.spec.user, spec.user);
    QCOMPARE(d.spec.restart.mode, RestartPolicy::Mode::OnFailure);
    QCOMPARE(d.spec.restart.maximumRetries, 2);
    QVERIFY(d.spec.capAdd.join(u',').contains(QStringLiteral("NET_ADMIN")));
    QVERIFY2(d.spec.capDrop.join(u',').contains(QStringLiteral("CHOWN")),
             qPrintable(d.spec.capDrop.join(u',')));
    QVERIFY(d.spec.readOnlyRootfs);
    QVERIFY(d.spec.init);
    QCOMPARE(d.spec.healthcheck.test, spec.healthcheck.test);
    QCOMPARE(d.spec.healthcheck.intervalMs, spec.healthcheck.intervalMs);
    QCOMPARE(d.spec.healthcheck.timeoutMs, spec.healthcheck.timeoutMs);
    QCOMPARE(d.spec.healthcheck.startPeriodMs, spec.healthcheck.startPeriodMs);
    QCOMPARE(d.spec.healthcheck.retries, spec.healthcheck.retries);
    QCOMPARE(d.spec.stopTimeoutSecs, 5);
    QVERIFY(!d.rawJson.isEmpty());
    QVERIFY(QJsonDocument::fromJson(d.rawJson).isObject());

    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.startContainer(id, c, cb); }).userText(),
        QString());
    details = inspect();
    QCOMPARE(details.value.state, ContainerSummary::State::Running);
    QVERIFY(details.value.pid > 0);
    QVERIFY(details.value.startedAt.isValid());
    // Starting a running container is no error.
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.startContainer(id, c, cb); }).userText(),
        QString());

    const auto top =
        await<ProcessList>([&](QObject *c, auto cb) { return engine.topContainer(id, c, cb); });
    QVERIFY2(top.ok(), qPrintable(top.error.userText()));
    QVERIFY(!top.value.titles.isEmpty());
    QVERIFY(!top.value.processes.isEmpty());

    // Both streams, told apart.
    QMap<LogChunk::Source, QByteArray> logs;
    EngineError logError;
    QVERIFY(QTest::qWaitFor(
        [&] {
            logs = readAll(engine, id, LogOptions{}, &logError);
            return logs.value(LogChunk::Source::Stderr).contains("err-bar baz");
        },
        30000));
    QVERIFY2(!logError.isError(), qPrintable(logError.userText()));
    QCOMPARE(logs.value(LogChunk::Source::Stdout), QByteArray("out-bar baz\n"));
    QCOMPARE(logs.value(LogChunk::Source::Stderr), QByteArray("err-bar baz\n"));
    LogOptions stamped;
    stamped.timestamps = true;
    stamped.stderrStream = false;
    logs = readAll(engine, id, stamped, &logError);
    QVERIFY(!logs.contains(LogChunk::Source::Stderr));
    QVERIFY2(logs.value(LogChunk::Source::Stdout).endsWith(" out-bar baz\n"),
             logs.value(LogChunk::Source::Stdout).constData());
    QVERIFY(logs.value(LogChunk::Source::Stdout)
                .startsWith(QByteArray::number(QDate::currentDate().year())));

    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.pauseContainer(id, c, cb); }).userText(),
        QString());
    QCOMPARE(inspect().value.state, ContainerSummary::State::Paused);
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.unpauseContainer(id, c, cb);
             }).userText(),
             QString());
    QCOMPARE(inspect().value.state, ContainerSummary::State::Running);

    const QString renamed = spec.name + QStringLiteral("-renamed");
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.renameContainer(id, renamed, c, cb);
             }).userText(),
             QString());
    QCOMPARE(inspect().value.name, renamed);

    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.restartContainer(id, 2, c, cb); }, 60000)
            .userText(),
        QString());
    QCOMPARE(inspect().value.state, ContainerSummary::State::Running);

    // SIGTERM by name: the shell's trap makes it exit 3.
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.killContainer(id, QStringLiteral("TERM"), c, cb);
             }).userText(),
             QString());
    const auto waited =
        await<int>([&](QObject *c, auto cb) { return engine.waitContainer(id, c, cb); });
    QVERIFY2(waited.ok(), qPrintable(waited.error.userText()));
    QCOMPARE(waited.value, 3);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto now = inspect().value;
            return now.state == ContainerSummary::State::Exited ||
                   now.state == ContainerSummary::State::Running; // on-failure restarts it
        },
        30000));

    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.stopContainer(id, 1, c, cb); }, 60000)
            .userText(),
        QString());
    details = inspect();
    QCOMPARE(details.value.state, ContainerSummary::State::Exited);
    QVERIFY(details.value.finishedAt.isValid());

    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.removeContainer(id, false, true, c, cb);
             }).userText(),
             QString());
    details = inspect();
    QVERIFY(!details.ok());
    QCOMPARE(details.error.kind, EngineError::Kind::Http);
    QCOMPARE(details.error.httpStatus, 404);
}

void TestDockerEngine::logsOfATerminalContainer_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::logsOfATerminalContainer()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    ContainerSpec spec;
    spec.image = podman ? TestEngines::podmanImage() : TestEngines::image();
    spec.tty = true;
    spec.network = QStringLiteral("none");
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("sleep 1; for i in 1 2 3; do echo line$i; echo e$i >&2; "
                                   "sleep 0.3; done")};
    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createContainer(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    const QString id = created.value.id;
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.startContainer(id, c, cb); }).userText(),
        QString());

    // Following: the stream ends by itself, without error, when the container exits.
    LogOptions follow;
    follow.follow = true;
    EngineError error = EngineError::make(EngineError::Kind::Timeout, {});
    const auto logs = readAll(engine, id, follow, &error);
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    QCOMPARE(logs.keys(), QList<LogChunk::Source>{LogChunk::Source::Tty});
    const QByteArray text = logs.value(LogChunk::Source::Tty);
    // A terminal turns \n into \r\n and merges the streams.
    QVERIFY2(text.contains("line1\r\ne1\r\nline2"), text.constData());
    QVERIFY2(text.contains("line3"), text.constData());
}

void TestDockerEngine::waitAndCancel_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::waitAndCancel()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto run =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("wait")),
                                 {QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), run.output});
    });

    std::optional<EngineResult<int>> result;
    QObject context;
    const CallHandle handle =
        engine.waitContainer(run.output, &context, [&](const EngineResult<int> &r) { result = r; });
    QVERIFY(handle.isRunning());
    QTest::qWait(300);
    QVERIFY(!result.has_value());
    handle.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QCOMPARE(result->error.kind, EngineError::Kind::Aborted);
    QTRY_VERIFY_WITH_TIMEOUT(!handle.isRunning(), 30000);
    handle.cancel(); // a finished handle does nothing

    // A destroyed context never hears the answer.
    bool called = false;
    {
        QObject gone;
        engine.killContainer(run.output, {}, &gone, [&](const EngineError &) { called = true; });
    }
    const auto waited =
        await<int>([&](QObject *c, auto cb) { return engine.waitContainer(run.output, c, cb); });
    QVERIFY2(waited.ok(), qPrintable(waited.error.userText()));
    QCOMPARE(waited.value, 137);
    QVERIFY(!called);
}

void TestDockerEngine::commitAndPrune_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::commitAndPrune()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto run =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("commit")),
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("echo committed > /marker; sleep 60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });
    QTest::qWait(500);

    const QString repository = QStringLiteral("localhost/gontainer-test/committed");
    const QString tag = TestEngines::uniqueName(QStringLiteral("t"));
    CommitOptions options{repository, tag, QStringLiteral("made by a test"),
                          QStringLiteral("Gontainer tests"), true};
    const auto committed = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.commitContainer(id, options, c, cb); }, 120000);
    QVERIFY2(committed.ok(), qPrintable(committed.error.userText()));
    QVERIFY(!committed.value.id.isEmpty());
    const QString image = repository + QLatin1Char(':') + tag;
    auto removeImage = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
    });
    const auto marker = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                 QStringLiteral("none"), image, QStringLiteral("cat"), QStringLiteral("/marker")});
    QVERIFY2(marker.output.endsWith(QStringLiteral("committed")), qPrintable(marker.output));
    const auto author = TestEngines::docker(
        socket, {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                 QStringLiteral("{{.Author}}|{{.Comment}}"), image});
    QCOMPARE(author.output, QStringLiteral("Gontainer tests|made by a test"));

    // Prune takes the stopped container and leaves the running one.
    const auto stopped = TestEngines::docker(
        socket,
        {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
         podman ? TestEngines::podmanImage() : TestEngines::image(), QStringLiteral("true")});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.output));
    const QString stoppedId = stopped.output.split(QLatin1Char('\n')).last().trimmed();
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("start"), QStringLiteral("-a"), stoppedId})
                .exitCode == 0);
    const auto pruned = await<PruneReport>(
        [&](QObject *c, auto cb) { return engine.pruneContainers(c, cb); }, 120000);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error.userText()));
    QVERIFY2(pruned.value.deleted.contains(stoppedId), qPrintable(pruned.value.deleted.join(u',')));
    QVERIFY(!pruned.value.deleted.contains(id));
}

void TestDockerEngine::enginesOwnErrors_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::enginesOwnErrors()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto missing = await<ContainerDetails>([&](QObject *c, auto cb) {
        return engine.inspectContainer(QStringLiteral("no-such-container-here"), c, cb);
    });
    QCOMPARE(missing.error.kind, EngineError::Kind::Http);
    QCOMPARE(missing.error.httpStatus, 404);
    QVERIFY2(
        missing.error.message.contains(QStringLiteral("no such container"), Qt::CaseInsensitive),
        qPrintable(missing.error.message));
    QVERIFY(missing.error.userText().contains(missing.error.message));

    ContainerSpec spec;
    spec.image = QStringLiteral("localhost/gontainer-test/not-there:latest");
    const auto noImage = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createContainer(spec, c, cb); });
    QCOMPARE(noImage.error.kind, EngineError::Kind::ImageMissing);
    QCOMPARE(noImage.error.httpStatus, 404);
    QVERIFY2(noImage.error.message.contains(QStringLiteral("image"), Qt::CaseInsensitive),
             qPrintable(noImage.error.message));

    EngineError logError;
    readAll(engine, QStringLiteral("no-such-container-here"), LogOptions{}, &logError);
    QVERIFY2(logError.kind == EngineError::Kind::Http, qPrintable(logError.userText()));
    QCOMPARE(logError.httpStatus, 404);
}

void TestDockerEngine::systemInfoAndDiskUsage_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::systemInfoAndDiskUsage()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto info =
        await<SystemInfo>([&](QObject *c, auto cb) { return engine.systemInfo(c, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.userText()));
    QVERIFY(info.value.cpus >= 1);
    QVERIFY(info.value.memoryBytes > 0);
    // Podman gives its own version here (4.3, 5.4), not a Docker version.
    QCOMPARE(info.value.serverVersion, engine.info().version);
    QVERIFY(!info.value.kernel.isEmpty());
    QVERIFY(!info.value.storageDriver.isEmpty());
    QVERIFY(info.value.rootDir.startsWith(TestEngines::dir()));
    QVERIFY(info.value.images >= 1);
    QCOMPARE(info.value.containers, info.value.running + info.value.paused + info.value.stopped);

    const auto df =
        await<DiskUsage>([&](QObject *c, auto cb) { return engine.diskUsage(c, cb); }, 120000);
    QVERIFY2(df.ok(), qPrintable(df.error.userText()));
    QVERIFY(df.value.images.count >= 1);
    QVERIFY(df.value.images.size > 0);
    QVERIFY(df.value.images.reclaimable <= df.value.images.size);
    QVERIFY(df.value.containers.active <= df.value.containers.count);
}

void TestDockerEngine::imagesListInspectHistory_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::imagesListInspectHistory()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const QString image = podman ? TestEngines::podmanImage() : TestEngines::image();
    const auto list = await<QList<ImageSummary>>(
        [&](QObject *c, auto cb) { return engine.listImages(false, c, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    const auto found = std::find_if(list.value.cbegin(), list.value.cend(),
                                    [&](const auto &i) { return i.repoTags.contains(image); });
    QVERIFY2(found != list.value.cend(), qPrintable(image));
    QVERIFY(found->size > 0);
    QVERIFY(found->created.isValid());
    QVERIFY(!found->isDangling());

    const auto details =
        await<ImageDetails>([&](QObject *c, auto cb) { return engine.inspectImage(image, c, cb); });
    QVERIFY2(details.ok(), qPrintable(details.error.userText()));
    QCOMPARE(details.value.id, found->id);
    QCOMPARE(details.value.command, QStringList{QStringLiteral("/bin/sh")});
    QCOMPARE(details.value.os, QStringLiteral("linux"));
    QVERIFY(!details.value.rawJson.isEmpty());

    const auto history = await<QList<ImageLayer>>(
        [&](QObject *c, auto cb) { return engine.imageHistory(image, c, cb); });
    QVERIFY2(history.ok(), qPrintable(history.error.userText()));
    QVERIFY(!history.value.isEmpty());
    QVERIFY(history.value.first().size > 0);

    const auto missing = await<ImageDetails>([&](QObject *c, auto cb) {
        return engine.inspectImage(QStringLiteral("gontainer-test/absent:nope"), c, cb);
    });
    QCOMPARE(missing.error.httpStatus, 404);
}

void TestDockerEngine::tagPushRemovePull_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::tagPushRemovePull()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const QString source = podman ? TestEngines::podmanImage() : TestEngines::image();
    const QString remote = TestEngines::registry() + QStringLiteral("/gontainer-test/") +
                           TestEngines::uniqueName(QStringLiteral("pushed")) +
                           QStringLiteral(":v1");

    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.tagImage(source, remote, c, cb);
             }).userText(),
             QString());
    const auto tagged = await<ImageDetails>(
        [&](QObject *c, auto cb) { return engine.inspectImage(remote, c, cb); });
    QVERIFY2(tagged.ok(), qPrintable(tagged.error.userText()));
    QVERIFY(tagged.value.repoTags.contains(remote));

    QList<ProgressEvent> events;
    EngineError e = awaitProgress(engine.pushImage(remote, RegistryAuth{}, nullptr), &events);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QVERIFY(!events.isEmpty());

    // Tagged twice (source and remote): removing one name only untags it.
    const auto removed = await<ImageRemoval>(
        [&](QObject *c, auto cb) { return engine.removeImage(remote, false, c, cb); });
    QVERIFY2(removed.ok(), qPrintable(removed.error.userText()));
    QVERIFY2(removed.value.untagged.join(u' ').contains(remote.section(QLatin1Char('/'), 1)),
             qPrintable(removed.value.untagged.join(u' ')));
    QVERIFY(removed.value.deleted.isEmpty());

    events.clear();
    e = awaitProgress(engine.pullImage(remote, RegistryAuth{}, nullptr), &events);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QVERIFY(!events.isEmpty());
    const auto pulled = await<ImageDetails>(
        [&](QObject *c, auto cb) { return engine.inspectImage(remote, c, cb); });
    QVERIFY2(pulled.ok(), qPrintable(pulled.error.userText()));
    await<ImageRemoval>(
        [&](QObject *c, auto cb) { return engine.removeImage(remote, true, c, cb); });

    // An image the registry does not have: the engine's own words, whether they come as an
    // error status (Docker) or inside the stream (Podman).
    events.clear();
    e = awaitProgress(
        engine.pullImage(TestEngines::registry() + QStringLiteral("/gontainer-test/absent:nope"),
                         RegistryAuth{}, nullptr),
        &events);
    QVERIFY(e.isError());
    QCOMPARE(e.kind, EngineError::Kind::ImageMissing);
    QVERIFY2(e.message.contains(QStringLiteral("manifest unknown")), qPrintable(e.message));

    // An image a container uses cannot go without force: an image of its own, one name only.
    const QString own = QStringLiteral("localhost/gontainer-test/inuse:") +
                        TestEngines::uniqueName(QStringLiteral("t"));
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.tagImage(source, own, c, cb);
             }).userText(),
             QString());
    const auto user =
        TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--network"),
                                     QStringLiteral("none"), own, QStringLiteral("true")});
    QVERIFY2(user.exitCode == 0, qPrintable(user.output));
    const QString userId = user.output.split(QLatin1Char('\n')).last().trimmed();
    const auto detailsOfOwn =
        await<ImageDetails>([&](QObject *c, auto cb) { return engine.inspectImage(own, c, cb); });
    // Removing by id an image that has several names, or that a container uses, is refused.
    const auto refused = await<ImageRemoval>([&](QObject *c, auto cb) {
        return engine.removeImage(detailsOfOwn.value.id, false, c, cb);
    });
    QVERIFY(!refused.ok());
    // Docker answers 409 Conflict; Podman 4.3 the same refusal as 500.
    QVERIFY2(refused.error.httpStatus == (podman ? 500 : 409), qPrintable(refused.error.message));
    QVERIFY(!refused.error.message.isEmpty());
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), userId});
    const auto untagged = await<ImageRemoval>(
        [&](QObject *c, auto cb) { return engine.removeImage(own, false, c, cb); });
    QVERIFY2(untagged.ok(), qPrintable(untagged.error.userText()));
    const auto still = await<ImageDetails>(
        [&](QObject *c, auto cb) { return engine.inspectImage(source, c, cb); });
    QVERIFY2(still.ok(), "the shared test image must survive");
}

void TestDockerEngine::searchImages_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::searchImages()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    QVERIFY(engine.info().capabilities.imageSearch);

    // Podman lists the harness registry's catalog (which holds the test image). Docker 20.10
    // only asks a registry's v1 search API, which the registry of the harness does not have:
    // an index that speaks it stands in on loopback, and dockerd is who asks it.
    QTcpServer index;
    QStringList asked;
    QString registry = TestEngines::registry();
    if (!podman) {
        QVERIFY(index.listen(QHostAddress::LocalHost));
        registry = QStringLiteral("127.0.0.1:%1").arg(index.serverPort());
        connect(&index, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = index.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&asked, socket] {
                const QByteArray head = socket->peek(4096);
                if (head.startsWith('\x16')) { // dockerd tries TLS first; refuse it
                    socket->abort();
                    return;
                }
                if (!head.contains("\r\n\r\n"))
                    return;
                socket->readAll();
                const QByteArray path = head.split(' ').value(1);
                asked << QString::fromLatin1(path);
                QByteArray body = "true";
                if (path.startsWith("/v1/search")) {
                    body = R"({"num_results":2,"query":"busybox","results":[
                        {"name":"gontainer-test/busybox","description":"static busybox",
                         "star_count":7,"is_official":false,"is_automated":true},
                        {"name":"library/busybox","description":"","star_count":3000,
                         "is_official":true,"is_automated":false}]})";
                } else if (!path.startsWith("/v1/_ping")) {
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
    }

    const auto found = await<QList<ImageSearchResult>>(
        [&](QObject *c, Engine::Callback<QList<ImageSearchResult>> cb) {
            return engine.searchImages(registry + QStringLiteral("/busybox"), 10, c, cb);
        },
        60000);
    QVERIFY2(found.ok(), qPrintable(found.error.userText()));
    QVERIFY(!found.value.isEmpty());
    const auto hit = std::find_if(found.value.cbegin(), found.value.cend(), [](const auto &r) {
        return r.name.endsWith(QStringLiteral("gontainer-test/busybox"));
    });
    QVERIFY(hit != found.value.cend());
    if (podman) {
        QCOMPARE(hit->name, registry + QStringLiteral("/gontainer-test/busybox"));
        QCOMPARE(hit->index, registry);
    } else {
        QCOMPARE(hit->description, QStringLiteral("static busybox"));
        QCOMPARE(hit->stars, 7);
        QVERIFY(!hit->official);
        // Docker 25 (API 1.44) stopped passing the index's is_automated on: always false.
        const bool passesAutomated =
            engine.info().apiVersion.section(QLatin1Char('.'), 1).toInt() < 44;
        QCOMPARE(hit->automated, passesAutomated);
        QCOMPARE(found.value.size(), 2);
        QVERIFY(found.value.at(1).official);
        // The term and the limit reached the index through the engine.
        QVERIFY2(asked.filter(QStringLiteral("/v1/search?")).size() == 1,
                 qPrintable(asked.join(u' ')));
        const QString search = asked.filter(QStringLiteral("/v1/search?")).first();
        QVERIFY(search.contains(QStringLiteral("q=busybox")));
        QVERIFY(search.contains(QStringLiteral("n=10")));
    }

    // A term that matches nothing is an empty list, not an error.
    const auto none = await<QList<ImageSearchResult>>(
        [&](QObject *c, Engine::Callback<QList<ImageSearchResult>> cb) {
            return engine.searchImages(
                TestEngines::registry() + QStringLiteral("/no-such-image-xyz"), 0, c, cb);
        },
        60000);
    if (podman) {
        QVERIFY2(none.ok(), qPrintable(none.error.userText()));
        QVERIFY(none.value.isEmpty());
    } else {
        // The harness registry has no v1 search: dockerd says so in its own words.
        QVERIFY(!none.ok());
        QCOMPARE(none.error.kind, EngineError::Kind::Http);
        QVERIFY2(!none.error.message.isEmpty(), qPrintable(none.error.userText()));
    }
}

void TestDockerEngine::pruneDanglingImages_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::pruneDanglingImages()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto run =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("prune")),
                                 {QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), run.output});
    });
    // The same name committed twice leaves the first image without a name: dangling.
    const CommitOptions options{QStringLiteral("localhost/gontainer-test/dangling"),
                                TestEngines::uniqueName(QStringLiteral("t")),
                                QStringLiteral("one"),
                                {},
                                true};
    const auto first = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.commitContainer(run.output, options, c, cb); });
    QVERIFY2(first.ok(), qPrintable(first.error.userText()));
    CommitOptions second = options;
    second.message = QStringLiteral("two");
    const auto again = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.commitContainer(run.output, second, c, cb); });
    QVERIFY2(again.ok(), qPrintable(again.error.userText()));
    QVERIFY(first.value.id != again.value.id);

    const auto pruned = await<PruneReport>(
        [&](QObject *c, auto cb) { return engine.pruneImages(false, c, cb); }, 120000);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error.userText()));
    const QString firstId = first.value.id.section(QLatin1Char(':'), -1);
    QVERIFY2(pruned.value.deleted.join(u' ').contains(firstId),
             qPrintable(pruned.value.deleted.join(u' ') + QStringLiteral(" / ") + firstId));
    await<ImageRemoval>([&](QObject *c, auto cb) {
        return engine.removeImage(options.repository + QLatin1Char(':') + options.tag, true, c, cb);
    });
}

void TestDockerEngine::volumesLifecycle_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::volumesLifecycle()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    VolumeSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("vol"));
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("volume")}};
    const auto created =
        await<VolumeInfo>([&](QObject *c, auto cb) { return engine.createVolume(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    QCOMPARE(created.value.name, spec.name);
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"),
                                     QStringLiteral("-f"), spec.name});
    });

    const auto inspected = await<VolumeInfo>(
        [&](QObject *c, auto cb) { return engine.inspectVolume(spec.name, c, cb); });
    QVERIFY2(inspected.ok(), qPrintable(inspected.error.userText()));
    QCOMPARE(inspected.value.labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("volume"));
    QVERIFY(inspected.value.mountpoint.startsWith(TestEngines::dir()));
    QVERIFY(!inspected.value.rawJson.isEmpty());
    const auto list =
        await<QList<VolumeInfo>>([&](QObject *c, auto cb) { return engine.listVolumes(c, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    QVERIFY(std::any_of(list.value.cbegin(), list.value.cend(),
                        [&](const VolumeInfo &v) { return v.name == spec.name; }));

    // In use by a container: refused without force, in the engine's words.
    const auto user = TestEngines::docker(
        socket,
        {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("-v"), spec.name + QStringLiteral(":/data"),
         podman ? TestEngines::podmanImage() : TestEngines::image(), QStringLiteral("true")});
    QVERIFY2(user.exitCode == 0, qPrintable(user.output));
    const QString userId = user.output.split(QLatin1Char('\n')).last().trimmed();
    const EngineError inUse = awaitDone(
        [&](QObject *c, auto cb) { return engine.removeVolume(spec.name, false, c, cb); });
    QCOMPARE(inUse.kind, EngineError::Kind::InUse);
    QCOMPARE(inUse.httpStatus, 409);
    QVERIFY2(inUse.message.contains(QStringLiteral("in use"), Qt::CaseInsensitive) ||
                 inUse.message.contains(QStringLiteral("being used"), Qt::CaseInsensitive),
             qPrintable(inUse.message));
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), userId});
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.removeVolume(spec.name, false, c, cb);
             }).userText(),
             QString());
    QCOMPARE(await<VolumeInfo>([&](QObject *c, auto cb) {
                 return engine.inspectVolume(spec.name, c, cb);
             }).error.httpStatus,
             404);

    // Prune takes an unused volume.
    VolumeSpec unused;
    unused.name = TestEngines::uniqueName(QStringLiteral("unused"));
    QVERIFY(await<VolumeInfo>([&](QObject *c, auto cb) {
                return engine.createVolume(unused, c, cb);
            }).ok());
    const auto pruned =
        await<PruneReport>([&](QObject *c, auto cb) { return engine.pruneVolumes(c, cb); }, 120000);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error.userText()));
    QVERIFY2(pruned.value.deleted.contains(unused.name),
             qPrintable(pruned.value.deleted.join(u' ')));
}

void TestDockerEngine::networksLifecycle_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::networksLifecycle()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    // The harness runs the engines in a network namespace of its own: these bridges and
    // addresses never reach the machine's network. Without it, no network is made.
    if (!TestEngines::hasNetworkNamespace())
        QSKIP("needs the harness's own network namespace (run as root with unshare)");
    static int subnet = 0;
    const int third = 10 + (QCoreApplication::applicationPid() % 100) * 2 + (subnet++ % 2);
    NetworkSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("net"));
    spec.internal = true;
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("network")}};
    spec.subnets = {NetworkSubnet{
        QStringLiteral("10.231.%1.0/24").arg(third), QStringLiteral("10.231.%1.1").arg(third), {}}};
    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createNetwork(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), spec.name});
    });
    auto inspect = [&](const QString &name) {
        return await<NetworkInfo>(
            [&](QObject *c, auto cb) { return engine.inspectNetwork(name, c, cb); });
    };
    auto network = inspect(spec.name);
    QVERIFY2(network.ok(), qPrintable(network.error.userText()));
    QCOMPARE(network.value.id, created.value.id);
    QVERIFY(network.value.internal);
    QCOMPARE(network.value.labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("network"));
    QCOMPARE(network.value.subnets.size(), 1);
    QCOMPARE(network.value.subnets.first().subnet, spec.subnets.first().subnet);
    const auto list =
        await<QList<NetworkInfo>>([&](QObject *c, auto cb) { return engine.listNetworks(c, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    QVERIFY(std::any_of(list.value.cbegin(), list.value.cend(),
                        [&](const NetworkInfo &n) { return n.name == spec.name; }));

    // A running container on it; connected to a second network and disconnected again.
    const QString name = TestEngines::uniqueName(QStringLiteral("onnet"));
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                 QStringLiteral("--network"), spec.name,
                 podman ? TestEngines::podmanImage() : TestEngines::image(),
                 QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto removeContainer = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    NetworkSpec second;
    second.name = TestEngines::uniqueName(QStringLiteral("net2"));
    second.internal = true;
    QVERIFY(await<CreatedObject>([&](QObject *c, auto cb) {
                return engine.createNetwork(second, c, cb);
            }).ok());
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.connectNetwork(second.name, name, {QStringLiteral("web")}, c, cb);
             }).userText(),
             QString());
    network = inspect(second.name);
    QVERIFY2(network.value.containers.values().contains(name),
             qPrintable(network.value.containers.values().join(u',')));
    const auto details = await<ContainerDetails>(
        [&](QObject *c, auto cb) { return engine.inspectContainer(name, c, cb); });
    QVERIFY(details.value.networks.contains(second.name));
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.disconnectNetwork(second.name, name, false, c, cb);
             }).userText(),
             QString());
    QVERIFY(inspect(second.name).value.containers.isEmpty());

    // A network with a container on it cannot go.
    const EngineError busy =
        awaitDone([&](QObject *c, auto cb) { return engine.removeNetwork(spec.name, c, cb); });
    QCOMPARE(busy.kind, EngineError::Kind::InUse);
    QVERIFY(!busy.message.isEmpty());

    // Prune takes the unused second network, not the one in use.
    const auto pruned =
        await<PruneReport>([&](QObject *c, auto cb) { return engine.pruneNetworks(c, cb); }, 60000);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error.userText()));
    QVERIFY2(pruned.value.deleted.contains(second.name),
             qPrintable(pruned.value.deleted.join(u' ')));
    QVERIFY(!pruned.value.deleted.contains(spec.name));

    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.removeNetwork(spec.name, c, cb);
             }).userText(),
             QString());
    QCOMPARE(inspect(spec.name).error.httpStatus, 404);
}

void TestDockerEngine::execRunsCommands_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::execRunsCommands()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto run =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("exec")),
                                 {QStringLiteral("sleep"), QStringLiteral("120")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });

    ExecOptions echo;
    echo.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo out $GREETING in $(pwd) as $(id -u); echo err >&2")};
    echo.env = {QStringLiteral("GREETING=hello")};
    echo.workingDir = QStringLiteral("/tmp");
    echo.user = QStringLiteral("65534");
    ExecResult r = runExec(engine, id, echo);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.userText()));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.output.value(LogChunk::Source::Stdout), QByteArray("out hello in /tmp as 65534\n"));
    QCOMPARE(r.output.value(LogChunk::Source::Stderr), QByteArray("err\n"));

    ExecOptions failing;
    failing.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")};
    r = runExec(engine, id, failing);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.userText()));
    QCOMPARE(r.exitCode, 3);

    // Input, ended by a half-close where the transport has one (not TLS).
    ExecOptions cat;
    cat.command = {QStringLiteral("cat")};
    cat.interactive = true;
    if (!endpoint.tls) {
        r = runExec(engine, id, cat, "piped in\n", true);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userText()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.output.value(LogChunk::Source::Stdout), QByteArray("piped in\n"));
    }
    // With a terminal: Ctrl+D ends the input on every transport, and the output is one stream.
    cat.tty = true;
    cat.rows = 24;
    cat.columns = 80;
    r = runExec(engine, id, cat, "typed\n\x04");
    QVERIFY2(!r.error.isError(), qPrintable(r.error.userText()));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.output.keys(), QList<LogChunk::Source>{LogChunk::Source::Tty});
    QVERIFY2(r.output.value(LogChunk::Source::Tty).contains("typed\r\n"),
             r.output.value(LogChunk::Source::Tty).constData());

    // The terminal's size, and a resize while it runs.
    ExecOptions size;
    size.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("read x; stty size; read y; stty size")};
    size.tty = true;
    size.interactive = true;
    size.rows = 30;
    size.columns = 100;
    ExecSession *session = engine.exec(id, size, nullptr);
    QByteArray text;
    std::optional<int> code;
    connect(session, &ExecSession::output, this, [&](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            text.append(c.data);
    });
    connect(session, &ExecSession::finished, this, [&](int c, const EngineError &) { code = c; });
    QSignalSpy started(session, &ExecSession::started);
    QVERIFY(started.wait(15000));
    QTest::qWait(500); // the resize after start has landed
    session->write("\n");
    QTRY_VERIFY_WITH_TIMEOUT(text.contains("30 100"), 30000);
    session->resize(40, 120);
    QTest::qWait(500);
    session->write("\n");
    QTRY_VERIFY_WITH_TIMEOUT(code.has_value(), 30000);
    QVERIFY2(text.contains("40 120"), text.constData());
    delete session;

    // Not running: the engine refuses, in its words.
    TestEngines::docker(socket,
                        {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), id});
    r = runExec(engine, id, echo);
    QCOMPARE(r.exitCode, -1);
    QCOMPARE(r.error.kind, EngineError::Kind::Http);
    QVERIFY2(r.error.httpStatus == 409 || r.error.httpStatus == 500, qPrintable(r.error.message));
}

void TestDockerEngine::attachBeforeStart_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::attachBeforeStart()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    ContainerSpec spec;
    spec.image = podman ? TestEngines::podmanImage() : TestEngines::image();
    spec.network = QStringLiteral("none");
    spec.openStdin = true;
    spec.stdinOnce = true;
    spec.command = {
        QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo started; read line; echo got $line; echo bye >&2; exit 4")};
    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createContainer(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    const QString id = created.value.id;
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });
    ExecSession *session = engine.attach(id, false, true, nullptr);
    QMap<LogChunk::Source, QByteArray> output;
    std::optional<int> code;
    connect(session, &ExecSession::output, this, [&](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            output[c.source].append(c.data);
    });
    connect(session, &ExecSession::finished, this, [&](int c, const EngineError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
        code = c;
    });
    QSignalSpy started(session, &ExecSession::started);
    QVERIFY(started.wait(15000));
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.startContainer(id, c, cb); }).userText(),
        QString());
    // Its first line comes through the attachment, then our input reaches it.
    QTRY_VERIFY_WITH_TIMEOUT(output.value(LogChunk::Source::Stdout).contains("started"), 30000);
    session->write("hello\n");
    QTRY_VERIFY_WITH_TIMEOUT(code.has_value(), 30000);
    QCOMPARE(*code, 4);
    QCOMPARE(output.value(LogChunk::Source::Stdout), QByteArray("started\ngot hello\n"));
    QCOMPARE(output.value(LogChunk::Source::Stderr), QByteArray("bye\n"));
    delete session;
}

void TestDockerEngine::buildAnImage_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::buildAnImage()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    QTemporaryDir context;
    auto write = [&](const QString &name, const QByteArray &data) {
        QDir().mkpath(QFileInfo(context.filePath(name)).absolutePath());
        QFile f(context.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    const QByteArray base = (podman ? TestEngines::podmanImage() : TestEngines::image()).toUtf8();
    write(QStringLiteral("build/Containerfile"),
          "FROM " + base +
              "\nARG GREETING=none\nCOPY app/ /app/\n"
              "RUN echo \"$GREETING\" > /app/greeting\nLABEL built.by=gontainer\n"
              "CMD [\"cat\", \"/app/greeting\"]\n");
    write(QStringLiteral("app/data.txt"), "data\n");
    write(QStringLiteral("app/secret.txt"), "secret\n");
    write(QStringLiteral(".dockerignore"), "app/secret.txt\n");

    BuildOptions options;
    options.contextDir = context.path();
    options.dockerfile = QStringLiteral("build/Containerfile");
    const QString tag = QStringLiteral("localhost/gontainer-test/built:") +
                        TestEngines::uniqueName(QStringLiteral("b"));
    options.tags = {tag};
    options.buildArgs = {{QStringLiteral("GREETING"), QStringLiteral("hello from a build")}};
    options.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("build")}};
    QList<ProgressEvent> events;
    const EngineError e = awaitProgress(engine.buildImage(options, nullptr), &events);
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QString output;
    QString imageId;
    for (const ProgressEvent &ev : std::as_const(events)) {
        output += ev.output;
        if (!ev.imageId.isEmpty())
            imageId = ev.imageId;
    }
    QVERIFY2(output.contains(QStringLiteral("COPY")), qPrintable(output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), tag});
    });
    const auto image =
        await<ImageDetails>([&](QObject *c, auto cb) { return engine.inspectImage(tag, c, cb); });
    QVERIFY2(image.ok(), qPrintable(image.error.userText()));
    if (!imageId.isEmpty())
        QCOMPARE(image.value.id.section(QLatin1Char(':'), -1),
                 imageId.section(QLatin1Char(':'), -1));
    QCOMPARE(image.value.labels.value(QStringLiteral("built.by")), QStringLiteral("gontainer"));
    QCOMPARE(image.value.labels.value(QStringLiteral("gontainer.test")), QStringLiteral("build"));
    const auto ran = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                 QStringLiteral("none"), tag, QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("cat /app/greeting /app/data.txt; "
                                "test -e /app/secret.txt || echo no-secret")});
    QCOMPARE(ran.output, QStringLiteral("hello from a build\ndata\nno-secret"));

    // A step that fails: the builder's own words end the stream.
    write(QStringLiteral("Dockerfile"), "FROM " + base + "\nRUN echo failing; exit 3\n");
    BuildOptions failing;
    failing.contextDir = context.path();
    events.clear();
    const EngineError failed = awaitProgress(engine.buildImage(failing, nullptr), &events);
    QVERIFY(failed.isError());
    QVERIFY2(failed.message.contains(QStringLiteral("exit")) ||
                 failed.message.contains(QStringLiteral("non-zero")),
             qPrintable(failed.message));

    // A folder that is not there never reaches the engine.
    BuildOptions missing;
    missing.contextDir = context.filePath(QStringLiteral("nowhere"));
    const EngineError bad = awaitProgress(engine.buildImage(missing, nullptr), &events);
    QCOMPARE(bad.kind, EngineError::Kind::BadInput);
    QVERIFY(bad.userText().contains(QStringLiteral("nowhere")));
}

void TestDockerEngine::statsOfABusyContainer_data()
{
    TestEngines::addEngineRows();
}

void TestDockerEngine::statsOfABusyContainer()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    DockerEngine engine(endpoint);
    QVERIFY(identifyNow(engine).ok());
    const auto run = TestEngines::runDetached(
        socket, TestEngines::uniqueName(QStringLiteral("busy")),
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), run.output});
    });

    QList<ContainerStats> samples;
    std::optional<EngineError> ended;
    StatsStream *stream = engine.readStats(run.output, true, this);
    connect(stream, &StatsStream::sampled, this,
            [&](const ContainerStats &s) { samples.append(s); });
    connect(stream, &StatsStream::ended, this, [&](const EngineError &e) { ended = e; });
    // The first sample may have no previous one to compare with; a later one shows the loop.
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 30000);
    QVERIFY(!ended.has_value());
    const ContainerStats last = samples.last();
    QVERIFY2(last.cpuPercent > 20, qPrintable(QString::number(last.cpuPercent)));
    QVERIFY(last.cpuPercent <= 100.0 * qMax(1, last.onlineCpus) + 1);
    QVERIFY(last.memoryUsage > 0);
    QVERIFY(last.memoryLimit > 0);
    QCOMPARE(last.pids, 1);
    QVERIFY(run.output.startsWith(last.id) || last.id.isEmpty() || last.id == run.output);
    delete stream;

    // One sample, then the stream ends by itself.
    samples.clear();
    ended.reset();
    stream = engine.readStats(run.output, false, this);
    connect(stream, &StatsStream::sampled, this,
            [&](const ContainerStats &s) { samples.append(s); });
    connect(stream, &StatsStream::ended, this, [&](const EngineError &e) { ended = e; });
    QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 30000);
    QVERIFY2(!ended->isError(), qPrintable(ended->userText()));
    QCOMPARE(samples.size(), 1);
    QVERIFY(samples.first().memoryUsage > 0);
    delete stream;
}

void TestDockerEngine::podmanPodAndRunTimeout()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::podmanSocket();
    const QString pod = TestEngines::uniqueName(QStringLiteral("pod"));
    const auto made = TestEngines::podman(socket, {QStringLiteral("pod"), QStringLiteral("create"),
                                                   QStringLiteral("--infra=false"),
                                                   QStringLiteral("--name"), pod});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), pod});
    });
    DockerEngine engine(Endpoint::unixSocket(socket));
    QVERIFY(identifyNow(engine).ok());
    ContainerSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("inpod"));
    spec.image = TestEngines::podmanImage();
    spec.command = {QStringLiteral("sleep"), QStringLiteral("600")};
    spec.pod = pod;
    spec.runTimeoutSecs = 2;
    spec.env = {QStringLiteral("A=1")};
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("pod")}};
    spec.stopSignal = QStringLiteral("SIGINT");
    spec.memoryBytes = 0;
    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createContainer(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    const QString id = created.value.id;
    const auto inPod = TestEngines::podman(
        socket, {QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("--format"),
                 QStringLiteral("{{.Pod}}|{{.Config.StopSignal}}"), id});
    const QString podId = made.output.split(QLatin1Char('\n')).last().trimmed();
    // Podman 4 shows the signal's number, Podman 5 its name.
    QVERIFY2(inPod.output == podId + QStringLiteral("|2") ||
                 inPod.output == podId + QStringLiteral("|SIGINT"),
             qPrintable(inPod.output));
    const auto details = await<ContainerDetails>(
        [&](QObject *c, auto cb) { return engine.inspectContainer(id, c, cb); });
    QCOMPARE(details.value.spec.labels.value(QStringLiteral("gontainer.test")),
             QStringLiteral("pod"));
    QVERIFY(details.value.spec.env.contains(QStringLiteral("A=1")));
    // The run timeout stops it long before its sleep ends: it exits by a signal, not with the
    // sleep's 0, and well within the ten minutes of the sleep (the timeout only catches that).
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.startContainer(id, c, cb); }).userText(),
        QString());
    const auto waited =
        await<int>([&](QObject *c, auto cb) { return engine.waitContainer(id, c, cb); }, 120000);
    QVERIFY2(waited.ok(), qPrintable(waited.error.userText()));
    QVERIFY2(waited.value != 0, qPrintable(QString::number(waited.value)));
}

void TestDockerEngine::podsKubeAndHealthchecks()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::podmanSocket();
    DockerEngine engine(Endpoint::unixSocket(socket));
    QVERIFY(identifyNow(engine).ok());
    PodSpec spec;
    spec.name = TestEngines::uniqueName(QStringLiteral("pod"));
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("pod")}};
    spec.infra = false;
    const auto created =
        await<CreatedObject>([&](QObject *c, auto cb) { return engine.createPod(spec, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    auto cleanup = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), spec.name});
    });

    // A container in the pod, with a health check that Podman runs only when asked here.
    ContainerSpec member;
    member.name = spec.name + QStringLiteral("-web");
    member.image = TestEngines::podmanImage();
    member.command = {QStringLiteral("/bin/sleep"), QStringLiteral("120")};
    member.pod = spec.name;
    member.healthcheck.test = {QStringLiteral("CMD-SHELL"), QStringLiteral("echo checked")};
    QVERIFY2(await<CreatedObject>([&](QObject *c, auto cb) {
                 return engine.createContainer(member, c, cb);
             }).ok(),
             "container in the pod");

    auto pod = [&] {
        return await<PodInfo>(
            [&](QObject *c, auto cb) { return engine.inspectPod(spec.name, c, cb); });
    };
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.startPod(spec.name, c, cb);
             }).userText(),
             QString());
    auto inspected = pod();
    QVERIFY2(inspected.ok(), qPrintable(inspected.error.userText()));
    QCOMPARE(inspected.value.id, created.value.id);
    QCOMPARE(inspected.value.status, QStringLiteral("Running"));
    QCOMPARE(inspected.value.labels.value(QStringLiteral("gontainer.test")), QStringLiteral("pod"));
    QCOMPARE(inspected.value.containers.size(), 1);
    QCOMPARE(inspected.value.containers.first().name, member.name);
    QVERIFY(!inspected.value.rawJson.isEmpty());

    const auto list =
        await<QList<PodInfo>>([&](QObject *c, auto cb) { return engine.listPods(c, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    const auto listed = std::find_if(list.value.cbegin(), list.value.cend(),
                                     [&](const PodInfo &p) { return p.name == spec.name; });
    QVERIFY(listed != list.value.cend());
    QCOMPARE(listed->containers.size(), 1);
    QCOMPARE(listed->containers.first().state, QStringLiteral("running"));

    const auto stats = await<QList<PodStatsEntry>>(
        [&](QObject *c, auto cb) { return engine.podStats(spec.name, c, cb); });
    QVERIFY2(stats.ok(), qPrintable(stats.error.userText()));
    QCOMPARE(stats.value.size(), 1);
    QCOMPARE(stats.value.first().name, member.name);
    QVERIFY(stats.value.first().cpu.endsWith(QLatin1Char('%')));

    // Run the check now: healthy, with the check's output in the log.
    const auto health = await<HealthState>(
        [&](QObject *c, auto cb) { return engine.runHealthcheck(member.name, c, cb); }, 60000);
    QVERIFY2(health.ok(), qPrintable(health.error.userText()));
    QCOMPARE(health.value.status, ContainerSummary::Health::Healthy);
    QVERIFY(!health.value.log.isEmpty());
    QCOMPARE(health.value.log.last().output.trimmed(), QStringLiteral("checked"));

    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.pausePod(spec.name, c, cb);
             }).userText(),
             QString());
    QCOMPARE(pod().value.status, QStringLiteral("Paused"));
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.unpausePod(spec.name, c, cb);
             }).userText(),
             QString());
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.restartPod(spec.name, c, cb); }, 60000)
            .userText(),
        QString());
    QCOMPARE(pod().value.status, QStringLiteral("Running"));

    const auto yaml = await<QString>(
        [&](QObject *c, auto cb) { return engine.generateKube({spec.name}, c, cb); });
    QVERIFY2(yaml.ok(), qPrintable(yaml.error.userText()));
    QVERIFY(yaml.value.contains(QStringLiteral("kind: Pod")));
    QVERIFY(yaml.value.contains(QStringLiteral("name: ") + spec.name));

    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.killPod(spec.name, QStringLiteral("KILL"), c, cb);
             }).userText(),
             QString());
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.stopPod(spec.name, 1, c, cb); }, 60000)
            .userText(),
        QString());
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.removePod(spec.name, true, c, cb);
             }).userText(),
             QString());
    QCOMPARE(pod().error.httpStatus, 404);

    // The YAML played back makes the pod again, running.
    const auto played = await<KubePlayReport>(
        [&](QObject *c, auto cb) { return engine.playKube(yaml.value.toUtf8(), c, cb); }, 120000);
    QVERIFY2(played.ok(), qPrintable(played.error.userText()));
    QCOMPARE(played.value.podIds.size(), 1);
    QCOMPARE(played.value.containerIds.size(), 1);
    QVERIFY2(played.value.containerErrors.isEmpty(),
             qPrintable(played.value.containerErrors.join(u' ')));
    QCOMPARE(pod().value.status, QStringLiteral("Running"));

    // Prune takes stopped pods.
    QCOMPARE(
        awaitDone([&](QObject *c, auto cb) { return engine.stopPod(spec.name, 0, c, cb); }, 60000)
            .userText(),
        QString());
    const auto pruned =
        await<PruneReport>([&](QObject *c, auto cb) { return engine.prunePods(c, cb); });
    QVERIFY2(pruned.ok(), qPrintable(pruned.error.userText()));
    QVERIFY(pruned.value.deleted.contains(played.value.podIds.first()));

    // Errors in Podman's words.
    const EngineError missing = awaitDone(
        [&](QObject *c, auto cb) { return engine.startPod(QStringLiteral("no-such-pod"), c, cb); });
    QCOMPARE(missing.httpStatus, 404);
    QVERIFY2(missing.message.contains(QStringLiteral("no such pod")), qPrintable(missing.message));
}

void TestDockerEngine::dockerRefusesPods()
{
    REQUIRE_ENGINES();
    DockerEngine engine(Endpoint::unixSocket(TestEngines::dockerSocket()));
    QVERIFY(identifyNow(engine).ok());
    ContainerSpec spec;
    spec.image = TestEngines::image();
    spec.pod = QStringLiteral("any");
    const auto created = await<CreatedObject>(
        [&](QObject *c, auto cb) { return engine.createContainer(spec, c, cb); });
    QCOMPARE(created.error.kind, EngineError::Kind::Unsupported);
    // The Podman-only calls answer Unsupported at once, without asking the engine.
    QCOMPARE(await<QList<PodInfo>>([&](QObject *c, auto cb) {
                 return engine.listPods(c, cb);
             }).error.kind,
             EngineError::Kind::Unsupported);
    QCOMPARE(awaitDone([&](QObject *c, auto cb) {
                 return engine.startPod(QStringLiteral("any"), c, cb);
             }).kind,
             EngineError::Kind::Unsupported);
    QCOMPARE(await<HealthState>([&](QObject *c, auto cb) {
                 return engine.runHealthcheck(QStringLiteral("any"), c, cb);
             }).error.kind,
             EngineError::Kind::Unsupported);
    QCOMPARE(await<QString>([&](QObject *c, auto cb) {
                 return engine.generateKube({QStringLiteral("any")}, c, cb);
             }).error.kind,
             EngineError::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestDockerEngine)
#include "tst_dockerengine.moc"
