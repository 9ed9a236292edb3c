// ContainerdEngine's node against the harness's containerd: what it says about itself (version,
// revision and uuid as `ctr version` shows them, namespaces, snapshotters and runtimes, this
// machine's processors and memory) and a container's resource use from tasks.v1 Metrics,
// streamed and once, ending when the task stops.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdnode.h"
#include "core/engine/statsstream.h"
#include "testengines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include <optional>

#include <unistd.h>

namespace {

// A field of `ctr version`'s server part ("Version:", "Revision:", "UUID:").
QString serverField(const QString &output, const QString &field)
{
    const QString server = output.section(QStringLiteral("Server:"), 1);
    const QRegularExpression re(QStringLiteral("^\\s*%1:\\s*(\\S+)\\s*$").arg(field),
                                QRegularExpression::MultilineOption);
    return re.match(server).captured(1);
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

// A stream's samples and its end, as they came.
struct Collected
{
    QList<ContainerStats> samples;
    std::optional<EngineError> end;
};

void collect(StatsStream *stream, QObject *context, Collected *into)
{
    QObject::connect(stream, &StatsStream::sampled, context,
                     [into](const ContainerStats &s) { into->samples.append(s); });
    QObject::connect(stream, &StatsStream::ended, context,
                     [into](const EngineError &e) { into->end = e; });
}

} // namespace

class TestContainerdNode final : public QObject
{
    Q_OBJECT

private slots:
    void identify();
    void systemInfo();
    void statsOfBusyContainer();
    void statsOnce();
    void statsEndWhenTaskStops();
    void statsWithoutTask();
    void statsOfNoSuchContainer();
    void machineFigures();
};

void TestContainerdNode::identify()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    std::optional<EngineResult<EngineInfo>> result;
    QObject context;
    engine.identify(&context, [&result](const EngineResult<EngineInfo> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->error.userText()));
    // The platform of containerd's task runtime, as `ctr plugins ls` shows it.
    const TestEngines::Result plugins =
        TestEngines::ctr({QStringLiteral("plugins"), QStringLiteral("ls"),
                          QStringLiteral("type==io.containerd.runtime.v2")});
    QVERIFY2(plugins.exitCode == 0, qPrintable(plugins.output));
    const QString platform = result->value.os + QLatin1Char('/') + result->value.arch;
    QVERIFY2(plugins.output.contains(QStringLiteral(" ") + platform + QStringLiteral(" ")),
             qPrintable(platform + QStringLiteral(" in ") + plugins.output));
    QCOMPARE(result->value.os, QStringLiteral("linux"));
    // On this machine: its kernel.
    QCOMPARE(result->value.kernel, QSysInfo::kernelVersion());
    QCOMPARE(engine.info(), result->value);
}

void TestContainerdNode::systemInfo()
{
    REQUIRE_CONTAINERD();
    const TestEngines::Result version = TestEngines::ctr({QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.output));
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    std::optional<EngineResult<SystemInfo>> result;
    QObject context;
    engine.systemInfo(&context, [&result](const EngineResult<SystemInfo> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->error.userText()));
    const SystemInfo &info = result->value;

    QCOMPARE(info.serverVersion, serverField(version.output, QStringLiteral("Version")));
    QCOMPARE(info.serverRevision, serverField(version.output, QStringLiteral("Revision")));
    // 1.6 and later tell their uuid.
    QCOMPARE(info.serverId, serverField(version.output, QStringLiteral("UUID")));
    QVERIFY(!info.serverId.isEmpty());

    // The engine's namespaces, "default" first; none of them Docker's here.
    QStringList names;
    for (const EngineNamespace &ns : info.namespaces) {
        names << ns.name;
        QCOMPARE(ns.readOnly(), ns.name == QLatin1String("moby"));
    }
    QVERIFY2(names.contains(TestEngines::containerdNamespace()),
             qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(names.first(), QStringLiteral("default"));

    // Snapshotters with their state, as `ctr plugins ls` shows them.
    const TestEngines::Result plugins =
        TestEngines::ctr({QStringLiteral("plugins"), QStringLiteral("ls")});
    QVERIFY2(plugins.exitCode == 0, qPrintable(plugins.output));
    int snapshotters = 0;
    for (const QString &line : plugins.output.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() != 4 || f.at(0) != QLatin1String("io.containerd.snapshotter.v1"))
            continue;
        ++snapshotters;
        const auto it =
            std::find_if(info.plugins.begin(), info.plugins.end(), [&f](const EnginePlugin &p) {
                return p.kind == EnginePlugin::Kind::Storage && p.name == f.at(1);
            });
        QVERIFY2(it != info.plugins.end(), qPrintable(f.at(1)));
        const QString status = it->status == EnginePlugin::Status::Ok ? QStringLiteral("ok")
                               : it->status == EnginePlugin::Status::Skipped
                                   ? QStringLiteral("skip")
                                   : QStringLiteral("error");
        QCOMPARE(status, f.at(3));
        QCOMPARE(it->reason.isEmpty(), status == QLatin1String("ok"));
    }
    QVERIFY(snapshotters > 0);
    const auto overlay =
        std::find_if(info.plugins.begin(), info.plugins.end(), [](const EnginePlugin &p) {
            return p.kind == EnginePlugin::Kind::Storage && p.name == QLatin1String("overlayfs");
        });
    QVERIFY(overlay != info.plugins.end());
    QCOMPARE(overlay->status, EnginePlugin::Status::Ok);
    QCOMPARE(info.storageDriver, QStringLiteral("overlayfs"));
    // The task runtime, and the runc shim the harness's containers run in.
    QVERIFY(std::any_of(info.plugins.begin(), info.plugins.end(), [](const EnginePlugin &p) {
        return p.kind == EnginePlugin::Kind::Runtime &&
               p.name == QLatin1String("io.containerd.runtime.v2.task") &&
               p.status == EnginePlugin::Status::Ok;
    }));
    QVERIFY(std::any_of(info.plugins.begin(), info.plugins.end(), [](const EnginePlugin &p) {
        return p.kind == EnginePlugin::Kind::Runtime &&
               p.name == QLatin1String("io.containerd.runc.v2");
    }));
    // Nothing else: content stores, services and the like are not the user's concern.
    QVERIFY(std::none_of(info.plugins.begin(), info.plugins.end(), [](const EnginePlugin &p) {
        return p.name.contains(QLatin1String("service")) || p.name == QLatin1String("content");
    }));

    // The platform from the plugins; the machine's figures read here, since it is this one.
    QCOMPARE(info.osType, QStringLiteral("linux"));
    QVERIFY2(!info.architecture.isEmpty(), qPrintable(info.architecture));
    QCOMPARE(info.cpus, ContainerdNode::localCpus());
    QVERIFY(info.cpus > 0);
    QVERIFY(info.memoryBytes > 0);
    QVERIFY(info.machineUnknownReason.isEmpty());
    QVERIFY(!info.kernel.isEmpty());
    // The engine's root: the harness gave it one of its own.
    QVERIFY2(info.rootDir.startsWith(TestEngines::dir()), qPrintable(info.rootDir));
    // Counts containerd does not keep.
    QCOMPARE(info.containers, -1);
    QCOMPARE(info.images, -1);

    // Everything as JSON for `gontainer-cli info --json`.
    const QJsonObject raw = QJsonDocument::fromJson(info.rawJson).object();
    QCOMPARE(raw.value(QLatin1String("Version")).toString(), info.serverVersion);
    QCOMPARE(raw.value(QLatin1String("UUID")).toString(), info.serverId);
    QVERIFY(raw.value(QLatin1String("Namespaces"))
                .toArray()
                .contains(TestEngines::containerdNamespace()));
    QVERIFY(raw.value(QLatin1String("Plugins")).toArray().size() > snapshotters);
}

void TestContainerdNode::statsOfBusyContainer()
{
    REQUIRE_CONTAINERD();
    // Busy on one CPU, with a few MiB in a shell variable.
    const TestEngines::Result run = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("busy")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("x=$(head -c 4000000 /dev/zero | tr '\\0' a); while :; do :; done")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto remove = qScopeGuard([&id] { removeContainer(id); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject context;
    Collected got;
    StatsStream *stream = engine.readStats(full(id), true, &context);
    collect(stream, &context, &got);
    // A second between samples: the CPU share comes with the second one.
    QTRY_VERIFY_WITH_TIMEOUT(got.samples.size() >= 3 || got.end.has_value(), 30000);
    QVERIFY2(!got.end.has_value(), qPrintable(got.end->userText()));
    const ContainerStats &last = got.samples.last();
    QCOMPARE(last.id, full(id));
    QVERIFY2(last.cpuPercent > 20, qPrintable(QString::number(last.cpuPercent)));
    QVERIFY2(last.cpuPercent < 100.0 * ContainerdNode::localCpus() + 5,
             qPrintable(QString::number(last.cpuPercent)));
    QVERIFY2(last.memoryUsage > 1024 * 1024, qPrintable(QString::number(last.memoryUsage)));
    QVERIFY(last.memoryLimit > 0);
    QVERIFY(last.memoryLimit <= ContainerdNode::localMemory());
    QVERIFY(last.memoryPercent > 0);
    QVERIFY(last.pids >= 1);
    QVERIFY(last.read.isValid());
    QVERIFY(got.samples.at(1).read > got.samples.at(0).read);
    // The harness's containers have no network of their own (host network): not measured.
    QVERIFY(!last.networkKnown);
}

void TestContainerdNode::statsOnce()
{
    REQUIRE_CONTAINERD();
    const TestEngines::Result run = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("once")),
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto remove = qScopeGuard([&id] { removeContainer(id); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject context;
    Collected got;
    collect(engine.readStats(full(id), false, &context), &context, &got);
    QTRY_VERIFY_WITH_TIMEOUT(got.end.has_value(), 30000);
    QVERIFY2(!got.end->isError(), qPrintable(got.end->userText()));
    // One sample, with its CPU share over the second before it.
    QCOMPARE(got.samples.size(), 1);
    QVERIFY2(got.samples.first().cpuPercent > 20,
             qPrintable(QString::number(got.samples.first().cpuPercent)));
}

void TestContainerdNode::statsEndWhenTaskStops()
{
    REQUIRE_CONTAINERD();
    const TestEngines::Result run =
        TestEngines::runContainerdContainer(TestEngines::uniqueName(QStringLiteral("stopping")),
                                            {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto remove = qScopeGuard([&id] { removeContainer(id); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject context;
    Collected got;
    collect(engine.readStats(full(id), true, &context), &context, &got);
    QTRY_VERIFY_WITH_TIMEOUT(!got.samples.isEmpty() || got.end.has_value(), 30000);
    QVERIFY2(!got.end.has_value(), qPrintable(got.end->userText()));

    // Killed, its task left stopped (not deleted): no metrics for it, and the stream ends.
    const TestEngines::Result kill =
        TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"), QStringLiteral("-s"),
                          QStringLiteral("SIGKILL"), id});
    QVERIFY2(kill.exitCode == 0, qPrintable(kill.output));
    QTRY_VERIFY_WITH_TIMEOUT(got.end.has_value(), 30000);
    QVERIFY2(!got.end->isError(), qPrintable(got.end->userText()));
}

void TestContainerdNode::statsWithoutTask()
{
    REQUIRE_CONTAINERD();
    // A container that was never started: nothing to measure, and nothing wrong.
    const QString id = TestEngines::uniqueName(QStringLiteral("created"));
    const TestEngines::Result create =
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("create"),
                          TestEngines::containerdImage(), id, QStringLiteral("true")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.output));
    auto remove = qScopeGuard([&id] { removeContainer(id); });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject context;
    Collected got;
    collect(engine.readStats(full(id), true, &context), &context, &got);
    QTRY_VERIFY_WITH_TIMEOUT(got.end.has_value(), 30000);
    QVERIFY2(!got.end->isError(), qPrintable(got.end->userText()));
    QVERIFY(got.samples.isEmpty());
}

void TestContainerdNode::statsOfNoSuchContainer()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject context;
    Collected got;
    collect(engine.readStats(full(QStringLiteral("no-such-container")), true, &context), &context,
            &got);
    QTRY_VERIFY_WITH_TIMEOUT(got.end.has_value(), 30000);
    QVERIFY(got.end->isError());
    QCOMPARE(got.end->httpStatus, 404);
    QVERIFY(got.samples.isEmpty());
}

void TestContainerdNode::machineFigures()
{
    // What /proc says, as the node reports it for a containerd on this machine.
    QCOMPARE(ContainerdNode::localCpus(), int(sysconf(_SC_NPROCESSORS_ONLN)));
    QVERIFY(ContainerdNode::localMemory() > 64 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestContainerdNode)
#include "tst_containerd_node.moc"
