// ContainerdEngine's logs against the harness's containerd: the log file of a container the
// engine started, followed as it grows (and read again from the start when cut short); tail;
// nerdctl's json-file log with its streams and times; a container without a log readable here
// ends with an error that says why.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdtasks.h"
#include "core/engine/loglinesplitter.h"
#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <optional>

namespace {

template<typename Start>
EngineError awaitDone(Start start, int timeoutMs = 60000)
{
    std::optional<EngineError> out;
    QObject context;
    start(&context, [&out](const EngineError &e) { out = e; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer"));
    return *out;
}

QString full(const QString &id)
{
    return ContainerdIds::join(TestEngines::containerdNamespace(), id);
}

void removeContainer(const QString &id)
{
    TestEngines::ctr(
        {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
    TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
}

QString createContainer(const QStringList &labels, const QStringList &command)
{
    const QString id = TestEngines::uniqueName(QStringLiteral("log"));
    QStringList args{QStringLiteral("containers"), QStringLiteral("create")};
    for (const QString &label : labels)
        args << QStringLiteral("--label") << label;
    // After "--", the command's own options (sh -c) are not ctr's.
    args << QStringLiteral("--") << TestEngines::containerdImage() << id << command;
    const auto r = TestEngines::ctr(args);
    if (r.exitCode != 0) {
        qWarning() << "ctr containers create:" << r.output;
        return {};
    }
    return id;
}

// What a log stream gave: its lines, split as the services split them, and how it ended.
struct Reader
{
    explicit Reader(LogStream *s, bool timestamps)
        : stream(s)
        , splitter(timestamps)
    {
        QObject::connect(stream, &LogStream::received, stream,
                         [this](const QList<LogChunk> &chunks) { lines << splitter.feed(chunks); });
        QObject::connect(stream, &LogStream::ended, stream, [this](const EngineError &e) {
            lines << splitter.finish();
            ended = e;
        });
    }
    QStringList texts() const
    {
        QStringList out;
        for (const LogLine &l : lines)
            out << QString::fromUtf8(l.text);
        return out;
    }
    LogStream *stream;
    LogLineSplitter splitter;
    QList<LogLine> lines;
    std::optional<EngineError> ended;
};

} // namespace

class TestContainerdLogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsTheLogOfAStartedContainer();
    void tailOfAStoppedOne();
    void readsAgainWhenCutShort();
    void nerdctlJsonLog();
    void noReadableLog();

private:
    QString m_logDir;
};

void TestContainerdLogs::initTestCase()
{
    // The chroot's containerd (@newer) shares /tmp only: the logs go where both see them.
    m_logDir = TestEngines::dir() + QStringLiteral("/logs-logs");
    qputenv("GONTAINER_CONTAINERD_LOG_DIR", QFile::encodeName(m_logDir));
}

void TestContainerdLogs::followsTheLogOfAStartedContainer()
{
    REQUIRE_CONTAINERD();
    // Says two lines, waits for the test's sign, says a third and ends.
    const QString id =
        createContainer({}, {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("echo one; echo two >&2; while [ ! -e /tmp/go ]; do "
                                            "sleep 0.1; done; echo three; sleep 300")});
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));

    LogOptions options;
    options.follow = true;
    options.timestamps = true;
    QObject parent;
    Reader reader(engine.readLogs(full(id), options, &parent), true);
    // The shim copies the two streams apart: their order in the file is not theirs.
    const auto sorted = [&reader] {
        QStringList texts = reader.texts();
        texts.sort();
        return texts;
    };
    QTRY_COMPARE_WITH_TIMEOUT(sorted(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}),
                              30000);
    QVERIFY(!reader.ended);
    // The container's /tmp is its own: the sign is made there, through ctr.
    const auto sign = TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("exec"),
                                        QStringLiteral("--exec-id"), QStringLiteral("sign"), id,
                                        QStringLiteral("touch"), QStringLiteral("/tmp/go")});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.output));
    QTRY_COMPARE_WITH_TIMEOUT(reader.texts().size(), 3, 30000);
    QCOMPARE(reader.texts().last(), QStringLiteral("three"));
    QVERIFY(!reader.ended);

    // The container stops: the followed log ends, without error.
    e = awaitDone([&](QObject *c, auto cb) { engine.stopContainer(full(id), 0, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended.has_value(), 30000);
    QVERIFY2(!reader.ended->isError(), qPrintable(reader.ended->userText()));
}

void TestContainerdLogs::tailOfAStoppedOne()
{
    REQUIRE_CONTAINERD();
    const QString id =
        createContainer({}, {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("for i in 1 2 3 4 5; do echo line$i; done")});
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    EngineError e = awaitDone([&](QObject *c, auto cb) { engine.startContainer(full(id), c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    const auto code = [&] {
        std::optional<EngineResult<int>> out;
        QObject context;
        engine.waitContainer(full(id), &context, [&](const EngineResult<int> &r) { out = r; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 30000);
        return out;
    }();
    QVERIFY(code && code->ok());

    LogOptions options;
    options.tail = 2;
    options.follow = true; // a stopped container's log ends at its end all the same
    QObject parent;
    Reader reader(engine.readLogs(full(id), options, &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended.has_value(), 30000);
    QVERIFY2(!reader.ended->isError(), qPrintable(reader.ended->userText()));
    QCOMPARE(reader.texts(), (QStringList{QStringLiteral("line4"), QStringLiteral("line5")}));

    options = LogOptions();
    Reader all(engine.readLogs(full(id), options, &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(all.ended.has_value(), 30000);
    QCOMPARE(all.texts().size(), 5);
    // Nothing was written after tomorrow.
    options.since = QDateTime::currentDateTimeUtc().addDays(1);
    Reader none(engine.readLogs(full(id), options, &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(none.ended.has_value(), 30000);
    QVERIFY(none.texts().isEmpty());
}

void TestContainerdLogs::readsAgainWhenCutShort()
{
    REQUIRE_CONTAINERD();
    // A container whose log is a file the test writes too (ctr run --log-uri), known to
    // Gontainer by its label.
    QDir().mkpath(m_logDir);
    const QString file = m_logDir + QStringLiteral("/") +
                         TestEngines::uniqueName(QStringLiteral("cut")) + QStringLiteral(".log");
    const auto running = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("cut")),
        {QStringLiteral("sleep"), QStringLiteral("300")},
        {QStringLiteral("gontainer/log-uri=") + QUrl::fromLocalFile(file).toString()}, file);
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto clean = qScopeGuard([&] { removeContainer(running.output); });
    const auto append = [&](const QByteArray &text) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write(text);
    };
    append("first\n");
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    LogOptions options;
    options.follow = true;
    QObject parent;
    Reader reader(engine.readLogs(full(running.output), options, &parent), false);
    QTRY_COMPARE_WITH_TIMEOUT(reader.texts(), QStringList{QStringLiteral("first")}, 30000);
    append("second\n");
    QTRY_COMPARE_WITH_TIMEOUT(reader.texts().size(), 2, 30000);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    append("new\n");
    QTRY_COMPARE_WITH_TIMEOUT(reader.texts().size(), 3, 30000);
    QCOMPARE(reader.texts().last(), QStringLiteral("new"));
    QVERIFY(!reader.ended);
}

void TestContainerdLogs::nerdctlJsonLog()
{
    REQUIRE_CONTAINERD();
    // As nerdctl leaves it: the container's folder in its data store, named by a label, with
    // log-config.json and ID-json.log in it.
    const QString stateDir = TestEngines::dir() + QStringLiteral("/nerdctl-") +
                             TestEngines::uniqueName(QStringLiteral("state"));
    QVERIFY(QDir().mkpath(stateDir));
    const QString id = createContainer({QStringLiteral("nerdctl/state-dir=") + stateDir},
                                       {QStringLiteral("true")});
    QVERIFY(!id.isEmpty());
    auto clean = qScopeGuard([&] { removeContainer(id); });
    {
        QFile config(stateDir + QStringLiteral("/log-config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"driver":"json-file","opts":{}})");
        QFile log(stateDir + QLatin1Char('/') + id + QStringLiteral("-json.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(R"({"log":"hello\n","stream":"stdout","time":"2026-01-02T03:04:05.000000001Z"})"
                  "\n"
                  R"({"log":"oops\n","stream":"stderr","time":"2026-01-02T03:04:06.5Z"})"
                  "\n"
                  R"({"log":"later\n","stream":"stdout","time":"2026-01-02T03:05:00Z"})"
                  "\n");
    }
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    LogOptions options;
    options.timestamps = true;
    QObject parent;
    Reader reader(engine.readLogs(full(id), options, &parent), true);
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended.has_value(), 30000);
    QVERIFY2(!reader.ended->isError(), qPrintable(reader.ended->userText()));
    QCOMPARE(reader.texts(), (QStringList{QStringLiteral("hello"), QStringLiteral("oops"),
                                          QStringLiteral("later")}));
    QCOMPARE(reader.lines.at(1).source, LogChunk::Source::Stderr);
    qsizetype length = 0;
    QCOMPARE(reader.lines.at(0).timeNs,
             LogLineSplitter::parseTime("2026-01-02T03:04:05.000000001Z", &length));

    // Only standard error, and only since a time.
    options.stdoutStream = false;
    Reader errors(engine.readLogs(full(id), options, &parent), true);
    QTRY_VERIFY_WITH_TIMEOUT(errors.ended.has_value(), 30000);
    QCOMPARE(errors.texts(), QStringList{QStringLiteral("oops")});
    options = LogOptions();
    options.since = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:30Z"), Qt::ISODate);
    Reader since(engine.readLogs(full(id), options, &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(since.ended.has_value(), 30000);
    QCOMPARE(since.texts(), QStringList{QStringLiteral("later")});

    // Another log driver: said so.
    {
        QFile config(stateDir + QStringLiteral("/log-config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(R"({"driver":"journald","opts":{}})");
    }
    Reader journald(engine.readLogs(full(id), LogOptions(), &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(journald.ended.has_value(), 30000);
    QCOMPARE(journald.ended->kind, EngineError::Kind::Unsupported);
    QVERIFY2(journald.ended->message.contains(QStringLiteral("journald")),
             qPrintable(journald.ended->message));
}

void TestContainerdLogs::noReadableLog()
{
    REQUIRE_CONTAINERD();
    // ctr run --null-io: the output goes nowhere, and nothing says where.
    const auto running =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("mute")),
                                            {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    auto clean = qScopeGuard([&] { removeContainer(running.output); });
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject parent;
    LogOptions options;
    options.follow = true;
    Reader reader(engine.readLogs(full(running.output), options, &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended.has_value(), 30000);
    QCOMPARE(reader.ended->kind, EngineError::Kind::Unsupported);
    QVERIFY2(reader.ended->message.contains(QStringLiteral("containerd keeps no logs")),
             qPrintable(reader.ended->message));

    // A log that goes somewhere Gontainer cannot read: named.
    const QString other =
        createContainer({QStringLiteral("gontainer/log-uri=binary:///usr/bin/logger?x=1")},
                        {QStringLiteral("true")});
    QVERIFY(!other.isEmpty());
    auto cleanOther = qScopeGuard([&] { removeContainer(other); });
    Reader binary(engine.readLogs(full(other), LogOptions(), &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(binary.ended.has_value(), 30000);
    QVERIFY2(binary.ended->message.contains(QStringLiteral("binary:///usr/bin/logger")),
             qPrintable(binary.ended->message));

    // No such container.
    Reader missing(
        engine.readLogs(full(QStringLiteral("no-such-container")), LogOptions(), &parent), false);
    QTRY_VERIFY_WITH_TIMEOUT(missing.ended.has_value(), 30000);
    QCOMPARE(missing.ended->httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestContainerdLogs)
#include "tst_containerd_logs.moc"
