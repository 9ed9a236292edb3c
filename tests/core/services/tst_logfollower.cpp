#include "core/services/logfollower.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// LogFollower against real engines: plain and terminal containers, a huge line, binary output,
// a container that exits mid-follow and one that starts again, an engine restarted mid-follow.
class TestLogFollower : public QObject
{
    Q_OBJECT

private slots:
    void linesAndExitCode_data();
    void linesAndExitCode();
    void terminalContainer();
    void hugeLineAndBinary_data();
    void hugeLineAndBinary();
    void sinceAndTail();
    void restartedContainerFollowedAgain();
    void engineRestartedMidFollow();
    void streamCutInsideALine();
    void removedContainerFails();

private:
    struct Collected
    {
        QList<LogLine> lines;
        QStringList texts() const
        {
            QStringList t;
            for (const LogLine &l : lines)
                t << QString::fromUtf8(l.text);
            return t;
        }
    };
    static void collect(LogFollower &f, Collected &into)
    {
        QObject::connect(&f, &LogFollower::linesArrived, &f,
                         [&into](const QList<LogLine> &lines) { into.lines += lines; });
    }
    static bool waitOnline(NodeService &node)
    {
        return QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000);
    }
    // Waits until the engine says the container has exited, so that a log read without follow
    // reads a finished log (no race with the engine's own end of the container).
    static bool waitExited(const QString &socket, const QString &id)
    {
        return QTest::qWaitFor(
            [&] {
                const auto r = TestEngines::docker(
                    socket, {QStringLiteral("inspect"), QStringLiteral("--format"),
                             QStringLiteral("{{.State.Status}}"), id});
                return r.output.trimmed() == QLatin1String("exited");
            },
            60000);
    }
    // Waits for a read without follow to be over; on a failure, says where the follower stands.
    static bool waitEnded(const LogFollower &follower, const Collected &got)
    {
        if (QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Ended; }, 30000))
            return true;
        qWarning("log read not ended: state %d, error \"%s\" (HTTP %d), %lld lines so far",
                 int(follower.state()), qPrintable(follower.error().message),
                 follower.error().httpStatus, qlonglong(got.lines.size()));
        return false;
    }
    static QString run(const QString &socket, const QStringList &args)
    {
        const auto r = TestEngines::docker(socket, args);
        if (r.exitCode != 0)
            qWarning("docker %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     qPrintable(r.output));
        return r.exitCode == 0 ? r.output.split(QLatin1Char('\n')).last().trimmed() : QString();
    }
};

void TestLogFollower::linesAndExitCode_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestLogFollower::linesAndExitCode()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    NodeServiceImpl node(QStringLiteral("logs"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    // Prints, waits to be followed, prints on both streams, exits with 7.
    const QString id =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("logs")),
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("echo before; sleep 2; echo out-1; sleep 0.3; "
                                                 "echo err-1 >&2; sleep 0.3; echo out-2; sleep 1; "
                                                 "exit 7")})
            .output.trimmed();
    QVERIFY(!id.isEmpty());
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    follower.start({});
    QCOMPARE(follower.state(), LogFollower::State::Following);
    QVERIFY2(QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Exited; }, 30000),
             qPrintable(got.texts().join(QLatin1Char('|'))));
    QCOMPARE(follower.exitCode(), 7);
    QCOMPARE(got.texts(), (QStringList{QStringLiteral("before"), QStringLiteral("out-1"),
                                       QStringLiteral("err-1"), QStringLiteral("out-2")}));
    QCOMPARE(got.lines.at(2).source, LogChunk::Source::Stderr);
    QCOMPARE(got.lines.at(1).source, LogChunk::Source::Stdout);
    // Times from the engine, in order, close to now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (qsizetype i = 0; i < got.lines.size(); ++i) {
        QVERIFY(got.lines.at(i).timeNs > now - qint64(120) * 1000000000);
        QVERIFY(got.lines.at(i).timeNs <= now);
        if (i > 0)
            QVERIFY(got.lines.at(i).timeNs >= got.lines.at(i - 1).timeNs);
    }
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

void TestLogFollower::terminalContainer()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    NodeServiceImpl node(QStringLiteral("tty"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    const QString id =
        run(socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-t"),
                     QStringLiteral("--network"), QStringLiteral("none"), TestEngines::image(),
                     QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("echo one; printf '\\033[31mred\\033[0m\\n'; "
                                    "echo two >&2; sleep 1")});
    QVERIFY(!id.isEmpty());
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    follower.start({});
    QVERIFY(QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Exited; }, 30000));
    QCOMPARE(got.texts(), (QStringList{QStringLiteral("one"), QStringLiteral("\x1b[31mred\x1b[0m"),
                                       QStringLiteral("two")}));
    for (const LogLine &l : std::as_const(got.lines)) {
        QCOMPARE(l.source, LogChunk::Source::Tty);
        QVERIFY(l.timeNs > 0);
    }
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

void TestLogFollower::hugeLineAndBinary_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestLogFollower::hugeLineAndBinary()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    NodeServiceImpl node(QStringLiteral("huge"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    // 3 MiB in one line (Docker logs it in 16 KiB parts), then bytes that are not text.
    const QString id = TestEngines::runDetached(
                           socket, TestEngines::uniqueName(QStringLiteral("huge")),
                           {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("sleep 1; head -c 3145728 /dev/zero | tr '\\0' x; echo; "
                                           "printf 'bin\\001\\377\\000end\\n'; echo last")})
                           .output.trimmed();
    QVERIFY(!id.isEmpty());
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    LogFollower::Options options;
    if (podman) {
        // Podman's own follow of a k8s-file log loses parts of long lines now and then (its
        // issue 21914; seen here twice in CI, 3347 bytes short of 3 MiB with Podman 5.4): what
        // is checked here is the reading of a huge line and of bytes that are not text, so on
        // Podman the finished log is read whole, without following.
        QVERIFY(waitExited(socket, id));
        options.follow = false;
        options.tail = -1;
    }
    follower.start(options);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return follower.state() == LogFollower::State::Exited ||
                   (!options.follow && follower.state() == LogFollower::State::Ended);
        },
        60000));
    if (got.lines.size() != 3 || got.lines.at(0).text != QByteArray(3145728, 'x')) {
        // Say how it differs (the engine's log of a line this long is read in parts), so that a
        // failure tells whether the engine or the reading lost or added something.
        for (const LogLine &l : std::as_const(got.lines)) {
            qsizetype at = 0;
            while (at < l.text.size() && l.text.at(at) == 'x')
                ++at;
            qWarning("a line of %lld bytes, the first that is not 'x' at %lld: %s",
                     qint64(l.text.size()), qint64(at),
                     l.text.mid(qMax<qsizetype>(0, at - 20), 100)
                         .toPercentEncoding("", "x")
                         .constData());
        }
    }
    QCOMPARE(got.lines.size(), 3);
    QCOMPARE(got.lines.at(0).text, QByteArray(3145728, 'x'));
    // Docker's json-file log keeps text only: it stores U+FFFD for a byte that is not UTF-8.
    QCOMPARE(got.lines.at(1).text, podman ? QByteArray("bin\x01\xff\x00"
                                                       "end",
                                                       9)
                                          : QByteArray("bin\x01\xef\xbf\xbd\x00"
                                                       "end",
                                                       11));
    QCOMPARE(got.lines.at(2).text, QByteArray("last"));
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

void TestLogFollower::sinceAndTail()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::podmanSocket();
    NodeServiceImpl node(QStringLiteral("tail"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    const QString id =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("tail")),
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("for i in 1 2 3 4 5; do echo $i; done")})
            .output.trimmed();
    QVERIFY(!id.isEmpty());
    // Read once the container is over: Podman 5.4 once left a tail read of a container still
    // ending open for over 30 s (CI, not reproduced in 35 runs; the wait below says how if again).
    QVERIFY(waitExited(socket, id));
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    LogFollower::Options o;
    o.follow = false;
    o.tail = 2;
    follower.start(o);
    QVERIFY(waitEnded(follower, got));
    QCOMPARE(got.texts(), (QStringList{QStringLiteral("4"), QStringLiteral("5")}));

    got.lines.clear();
    o.tail = -1;
    o.since = QDateTime::currentDateTimeUtc().addSecs(3600);
    follower.start(o);
    QVERIFY(waitEnded(follower, got));
    QVERIFY(got.lines.isEmpty());
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

void TestLogFollower::restartedContainerFollowedAgain()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    NodeServiceImpl node(QStringLiteral("again"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    const QString id =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("again")),
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("cat /proc/uptime; sleep 1; exit 3")})
            .output.trimmed();
    QVERIFY(!id.isEmpty());
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    follower.start({});
    QVERIFY(QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Exited; }, 30000));
    QCOMPARE(follower.exitCode(), 3);
    QCOMPARE(got.lines.size(), 1);
    QVERIFY(!run(socket, {QStringLiteral("start"), id}).isEmpty());
    // Started again: followed again, with only the new line.
    QVERIFY(QTest::qWaitFor([&] { return got.lines.size() == 2; }, 30000));
    QVERIFY(got.lines.at(1).text != got.lines.at(0).text);
    QVERIFY(QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Exited; }, 30000));
    QTest::qWait(500);
    QCOMPARE(got.lines.size(), 2);
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

void TestLogFollower::engineRestartedMidFollow()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/logdies.XXXXXX"));
    const QString socket = dir.filePath(QStringLiteral("logdies.sock"));
    std::unique_ptr<QProcess> service(TestEngines::startPodmanService(socket));
    QVERIFY(service);
    // Counts for about 40 s; conmon keeps logging while the API service is down.
    const QString name = TestEngines::uniqueName(QStringLiteral("counter"));
    const QString id =
        TestEngines::runDetached(socket, name,
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("i=0; while [ $i -lt 400 ]; do i=$((i+1)); "
                                                 "echo $i; sleep 0.1; done")})
            .output.trimmed();
    QVERIFY(!id.isEmpty());
    NodeServiceImpl node(QStringLiteral("dies"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    follower.start({});
    QVERIFY(QTest::qWaitFor([&] { return got.lines.size() >= 10; }, 30000));

    service->kill();
    service->waitForFinished(10000);
    QVERIFY(
        QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Waiting; }, 30000));
    const qsizetype before = got.lines.size();
    QTest::qWait(1500); // the container goes on counting meanwhile
    service.reset(TestEngines::startPodmanService(socket));
    QVERIFY(service);
    node.reconnectNow();
    QVERIFY(QTest::qWaitFor([&] { return got.lines.size() >= before + 25; }, 30000));
    QCOMPARE(follower.state(), LogFollower::State::Following);
    QVERIFY(follower.resumeCount() >= 1);
    // Every number once, in order: nothing repeated, nothing lost.
    const QStringList texts = got.texts();
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(texts.at(i), QString::number(i + 1));

    TestEngines::podman(socket,
                        {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-t0"), id});
    service->terminate();
    service->waitForFinished(10000);
}

// Passes a node's connections through to an engine's socket, and cuts the log streams among
// them when told: the engine and the container go on as if nothing happened.
class CuttingRelay final : public QObject
{
public:
    CuttingRelay(const QString &path, const QString &engineSocket)
        : m_engine(engineSocket)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection()) {
                auto *engine = new QLocalSocket(client);
                engine->connectToServer(m_engine);
                connect(client, &QLocalSocket::readyRead, engine, [client, engine] {
                    const QByteArray data = client->readAll();
                    if (data.contains("/logs?"))
                        client->setProperty("logs", true);
                    engine->write(data);
                });
                connect(engine, &QLocalSocket::readyRead, client,
                        [client, engine] { client->write(engine->readAll()); });
                connect(engine, &QLocalSocket::disconnected, client,
                        &QLocalSocket::disconnectFromServer);
                connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
                m_clients.append(client);
            }
        });
    }
    bool listening() const { return m_server.isListening(); }
    // Closes every log stream's connection; how many there were.
    int cutLogs()
    {
        int cut = 0;
        for (const QPointer<QLocalSocket> &c : std::as_const(m_clients)) {
            if (c && c->property("logs").toBool()) {
                c->abort();
                ++cut;
            }
        }
        return cut;
    }

private:
    QString m_engine;
    QLocalServer m_server;
    QList<QPointer<QLocalSocket>> m_clients;
};

void TestLogFollower::streamCutInsideALine()
{
    REQUIRE_ENGINES();
    // Podman logs the half of a line as it comes (Docker keeps it until the line ends).
    const QString socket = TestEngines::podmanSocket();
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/logcut.XXXXXX"));
    CuttingRelay relay(dir.filePath(QStringLiteral("relay.sock")), socket);
    QVERIFY(relay.listening());
    const QString id =
        TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("half")),
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("echo first; printf half-; sleep 3; echo done; "
                                                 "echo end; sleep 60")})
            .output.trimmed();
    QVERIFY(!id.isEmpty());
    NodeServiceImpl node(QStringLiteral("half"),
                         Endpoint::unixSocket(dir.filePath(QStringLiteral("relay.sock"))));
    node.start();
    QVERIFY(waitOnline(node));
    LogFollower follower(&node, id);
    Collected got;
    collect(follower, got);
    // The whole log: Podman 4.3's tail joins a line begun at the end to the one before it.
    LogFollower::Options options;
    options.tail = -1;
    follower.start(options);
    QVERIFY(QTest::qWaitFor([&] { return !got.lines.isEmpty(); }, 30000));
    QTest::qWait(500); // the half line reaches the stream

    // The stream breaks inside the line; the node and the container stay up.
    QCOMPARE(relay.cutLogs(), 1);
    QVERIFY(QTest::qWaitFor([&] { return got.texts().contains(QStringLiteral("end")); }, 30000));
    // The half the first stream ended inside was not a line of its own: the read that resumed
    // brought it whole, and once.
    QCOMPARE(got.texts(), (QStringList{QStringLiteral("first"), QStringLiteral("half-done"),
                                       QStringLiteral("end")}));
    QCOMPARE(follower.resumeCount(), 1);
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

void TestLogFollower::removedContainerFails()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    NodeServiceImpl node(QStringLiteral("gone"), Endpoint::unixSocket(socket));
    node.start();
    QVERIFY(waitOnline(node));
    LogFollower follower(&node, QStringLiteral("no-such-container-here"));
    follower.start({});
    QVERIFY(QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Failed; }, 30000));
    QCOMPARE(follower.error().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
