// ContainerdMetrics on constructed task metrics: cgroups v1 (what the harness's machine uses)
// and v2 decoded into the figures docker stats shows, and payloads it does not read refused.
#include "core/containerd/containerdmetrics.h"

#include <github.com/containerd/cgroups/stats/v1/metrics.pb.h>
#include <github.com/containerd/cgroups/v2/stats/metrics.pb.h>
#include <github.com/containerd/containerd/api/types/metrics.pb.h>

#include <QTest>

namespace v1 = io::containerd::cgroups::v1;
namespace v2 = io::containerd::cgroups::v2;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

containerd::types::Metric metric(const google::protobuf::Message &data, const std::string &type,
                                 qint64 seconds, int nanos = 0)
{
    containerd::types::Metric m;
    m.set_id("task-1");
    m.mutable_timestamp()->set_seconds(seconds);
    m.mutable_timestamp()->set_nanos(nanos);
    m.mutable_data()->set_type_url(type);
    m.mutable_data()->set_value(data.SerializeAsString());
    return m;
}

v1::Metrics v1Metrics(quint64 cpuNs, quint64 usage, quint64 inactiveFile, quint64 limit)
{
    v1::Metrics m;
    m.mutable_cpu()->mutable_usage()->set_total(cpuNs);
    for (int i = 0; i < 4; ++i)
        m.mutable_cpu()->mutable_usage()->add_per_cpu(cpuNs / 4);
    m.mutable_memory()->mutable_usage()->set_usage(usage);
    m.mutable_memory()->mutable_usage()->set_limit(limit);
    m.mutable_memory()->set_total_inactive_file(inactiveFile);
    // The container's own inactive_file (without its children's) is not what docker subtracts.
    m.mutable_memory()->set_inactive_file(1);
    m.mutable_pids()->set_current(7);
    return m;
}

v2::Metrics v2Metrics(quint64 cpuUsec, quint64 usage, quint64 inactiveFile, quint64 limit)
{
    v2::Metrics m;
    m.mutable_cpu()->set_usage_usec(cpuUsec);
    m.mutable_memory()->set_usage(usage);
    m.mutable_memory()->set_inactive_file(inactiveFile);
    m.mutable_memory()->set_usage_limit(limit);
    m.mutable_pids()->set_current(3);
    return m;
}

const std::string V1Type = "io.containerd.cgroups.v1.Metrics";
const std::string V2Type = "io.containerd.cgroups.v2.Metrics";

} // namespace

class TestContainerdMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void cgroupsV1();
    void cgroupsV1NoLimit();
    void cgroupsV2();
    void cgroupsV2NoLimitRemote();
    void cpuOverWallTime_data();
    void cpuOverWallTime();
    void typeWithPrefix();
    void notReadable();
};

void TestContainerdMetrics::cgroupsV1()
{
    ContainerdMetrics metrics(8 * GiB, 2);
    v1::Metrics m = v1Metrics(5000000000, 100 * MiB, 20 * MiB, 512 * MiB);
    auto *eth0 = m.add_network();
    eth0->set_name("eth0");
    eth0->set_rx_bytes(1000);
    eth0->set_tx_bytes(200);
    auto *eth1 = m.add_network();
    eth1->set_name("eth1");
    eth1->set_rx_bytes(24);
    eth1->set_tx_bytes(6);
    for (const auto &[op, value] : {std::pair{"Read", 4096},
                                    {"Write", 8192},
                                    {"Sync", 100000},
                                    {"read", 4096},
                                    {"Total", 1000000}}) {
        auto *e = m.mutable_blkio()->add_io_service_bytes_recursive();
        e->set_op(op);
        e->set_value(quint64(value));
    }
    const auto first = metrics.add(metric(m, V1Type, 1700000000, 250000000));
    QVERIFY(first);
    QCOMPARE(metrics.cgroups(), ContainerdMetrics::Cgroups::V1);
    QCOMPARE(first->id, QStringLiteral("task-1"));
    QCOMPARE(first->read, QDateTime::fromMSecsSinceEpoch(1700000000250, Qt::UTC));
    QCOMPARE(first->cpuPercent, 0.0); // nothing to compare with yet
    QCOMPARE(first->memoryUsage, 80 * MiB);
    QCOMPARE(first->memoryLimit, 512 * MiB);
    QCOMPARE(first->memoryPercent, 80.0 / 512.0 * 100.0);
    QVERIFY(first->networkKnown);
    QCOMPARE(first->networkRx, 1024);
    QCOMPARE(first->networkTx, 206);
    QCOMPARE(first->blockRead, 8192);
    QCOMPARE(first->blockWrite, 8192);
    QCOMPARE(first->pids, 7);
    QCOMPARE(first->onlineCpus, 2); // the machine's, where known

    // Half a CPU over the next two seconds.
    m.mutable_cpu()->mutable_usage()->set_total(6000000000);
    const auto second = metrics.add(metric(m, V1Type, 1700000002, 250000000));
    QVERIFY(second);
    QCOMPARE(second->cpuPercent, 50.0);
}

void TestContainerdMetrics::cgroupsV1NoLimit()
{
    // The kernel's "no limit" for cgroups v1 memory, as containerd passes it on.
    const quint64 unlimited = 9223372036854771712ULL;
    const v1::Metrics m = v1Metrics(0, 300 * MiB, 400 * MiB, unlimited);
    // On this machine: its memory, as docker stats shows it.
    ContainerdMetrics local(8 * GiB, 0);
    const auto onLocal = local.add(metric(m, V1Type, 10));
    QVERIFY(onLocal);
    QCOMPARE(onLocal->memoryLimit, 8 * GiB);
    // More page cache than usage cannot go below nothing: the usage is kept.
    QCOMPARE(onLocal->memoryUsage, 300 * MiB);
    // The CPUs from the per-CPU figures when the machine's are not known.
    QCOMPARE(onLocal->onlineCpus, 4);
    // Elsewhere: no limit to show, and no percentage of one.
    ContainerdMetrics remote;
    const auto onRemote = remote.add(metric(m, V1Type, 10));
    QVERIFY(onRemote);
    QCOMPARE(onRemote->memoryLimit, 0);
    QCOMPARE(onRemote->memoryPercent, 0.0);
    // No network statistics in the payload (a container on the host's network): unknown.
    QVERIFY(!onRemote->networkKnown);
}

void TestContainerdMetrics::cgroupsV2()
{
    ContainerdMetrics metrics(16 * GiB, 8);
    v2::Metrics m = v2Metrics(1000000, 64 * MiB, 16 * MiB, GiB);
    for (const auto &[r, w] : {std::pair{1000, 20}, {24, 4}}) {
        auto *e = m.mutable_io()->add_usage();
        e->set_rbytes(quint64(r));
        e->set_wbytes(quint64(w));
    }
    const auto first = metrics.add(metric(m, V2Type, 100));
    QVERIFY(first);
    QCOMPARE(metrics.cgroups(), ContainerdMetrics::Cgroups::V2);
    QCOMPARE(first->memoryUsage, 48 * MiB);
    QCOMPARE(first->memoryLimit, GiB);
    QCOMPARE(first->memoryPercent, 48.0 / 1024.0 * 100.0);
    QVERIFY(!first->networkKnown);
    QCOMPARE(first->networkRx, 0);
    QCOMPARE(first->blockRead, 1024);
    QCOMPARE(first->blockWrite, 24);
    QCOMPARE(first->pids, 3);
    QCOMPARE(first->onlineCpus, 8);
    // Two CPUs busy for half a second: 1,000,000 µs more.
    m.mutable_cpu()->set_usage_usec(2000000);
    const auto second = metrics.add(metric(m, V2Type, 100, 500000000));
    QVERIFY(second);
    QCOMPARE(second->cpuPercent, 200.0);
}

void TestContainerdMetrics::cgroupsV2NoLimitRemote()
{
    // memory.max "max" reaches containerd's clients as the largest uint64.
    ContainerdMetrics metrics;
    const auto s = metrics.add(
        metric(v2Metrics(0, 10 * MiB, 0, std::numeric_limits<quint64>::max()), V2Type, 5));
    QVERIFY(s);
    QCOMPARE(s->memoryUsage, 10 * MiB);
    QCOMPARE(s->memoryLimit, 0);
    QCOMPARE(s->onlineCpus, 0);
}

void TestContainerdMetrics::cpuOverWallTime_data()
{
    QTest::addColumn<qint64>("firstMs");
    QTest::addColumn<quint64>("firstUsec");
    QTest::addColumn<qint64>("secondMs");
    QTest::addColumn<quint64>("secondUsec");
    QTest::addColumn<double>("percent");
    QTest::newRow("idle") << qint64(1000) << quint64(500) << qint64(2000) << quint64(500) << 0.0;
    QTest::newRow("one cpu") << qint64(1000) << quint64(0) << qint64(2000) << quint64(1000000)
                             << 100.0;
    QTest::newRow("a quarter over 4 s")
        << qint64(0) << quint64(0) << qint64(4000) << quint64(1000000) << 25.0;
    // A restarted task's counter starts again; a sample out of order: no share, not a negative.
    QTest::newRow("counter went back")
        << qint64(1000) << quint64(5000000) << qint64(2000) << quint64(10) << 0.0;
    QTest::newRow("same time") << qint64(1000) << quint64(0) << qint64(1000) << quint64(10) << 0.0;
}

void TestContainerdMetrics::cpuOverWallTime()
{
    QFETCH(qint64, firstMs);
    QFETCH(quint64, firstUsec);
    QFETCH(qint64, secondMs);
    QFETCH(quint64, secondUsec);
    QFETCH(double, percent);
    ContainerdMetrics metrics;
    QVERIFY(metrics.add(metric(v2Metrics(firstUsec, 0, 0, 0), V2Type, firstMs / 1000,
                               int(firstMs % 1000) * 1000000)));
    const auto s = metrics.add(metric(v2Metrics(secondUsec, 0, 0, 0), V2Type, secondMs / 1000,
                                      int(secondMs % 1000) * 1000000));
    QVERIFY(s);
    QCOMPARE(s->cpuPercent, percent);
}

void TestContainerdMetrics::typeWithPrefix()
{
    // As a Go Any made with the standard library names it.
    ContainerdMetrics metrics;
    const auto s = metrics.add(
        metric(v2Metrics(0, 5, 0, 0), "type.googleapis.com/io.containerd.cgroups.v2.Metrics", 1));
    QVERIFY(s);
    QCOMPARE(s->memoryUsage, 5);
    QCOMPARE(metrics.cgroups(), ContainerdMetrics::Cgroups::V2);
}

void TestContainerdMetrics::notReadable()
{
    ContainerdMetrics metrics;
    const v2::Metrics m = v2Metrics(0, 5, 0, 0);
    // A Windows task's statistics, and names that only look alike.
    QVERIFY(!metrics.add(metric(m, "io.containerd.windows.v1.Statistics", 1)));
    QVERIFY(!metrics.add(metric(m, "xio.containerd.cgroups.v2.Metrics", 1)));
    QVERIFY(!metrics.add(metric(m, "io.containerd.cgroups.v2.Metrics2", 1)));
    QVERIFY(!metrics.add(metric(m, "", 1)));
    // Bytes that are not the message (a field with a truncated length).
    containerd::types::Metric broken = metric(m, V2Type, 1);
    broken.mutable_data()->set_value(std::string("\x0a\xff\xff\xff", 4));
    QVERIFY(!metrics.add(broken));
    QCOMPARE(metrics.cgroups(), ContainerdMetrics::Cgroups::Unknown);
}

QTEST_GUILESS_MAIN(TestContainerdMetrics)
#include "tst_containerdmetrics.moc"
