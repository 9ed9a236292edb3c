#include "core/services/statswatcher.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"

#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// StatsWatcher against real engines: samples come for exactly the containers watched, stop
// when they are no longer watched, and a stream that ends opens again when asked.
class TestStatsWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void samplesOnlyWhatIsWatched_data();
    void samplesOnlyWhatIsWatched();

private:
    QTemporaryDir m_config;
};

void TestStatsWatcher::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_statswatcher"));
    QSettings().clear();
    qRegisterMetaType<ContainerStats>();
}

void TestStatsWatcher::init()
{
    // The node list is written as it changes: each row starts from an empty one.
    QSettings().clear();
}

void TestStatsWatcher::samplesOnlyWhatIsWatched_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestStatsWatcher::samplesOnlyWhatIsWatched()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    NodeManager manager;
    NodeConfig config;
    config.name = QStringLiteral("stats");
    config.url = QStringLiteral("unix://") + socket;
    QCOMPARE(manager.addNode(config), QString());
    NodeService *node = manager.nodes().first();
    QVERIFY(QTest::qWaitFor([node] { return node->state() == NodeService::State::Online; }, 30000));

    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        const auto run = TestEngines::runDetached(
            socket, TestEngines::uniqueName(QStringLiteral("stats")),
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        ids << run.output.trimmed();
    }
    const auto cleanup = qScopeGuard([&] {
        for (const QString &id : ids)
            TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });

    StatsWatcher watcher(&manager);
    QSignalSpy sampled(&watcher, &StatsWatcher::sampled);
    const auto idsSampled = [&sampled] {
        QSet<QString> seen;
        for (const auto &args : sampled)
            seen.insert(args.at(1).value<ContainerStats>().id);
        return seen;
    };
    watcher.watch({StatsWatcher::key(node->id(), ids.at(0))});
    QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 3, 30000);
    QCOMPARE(idsSampled(), QSet<QString>{ids.at(0)});
    const ContainerStats last = sampled.last().at(1).value<ContainerStats>();
    QCOMPARE(sampled.last().at(0).toString(), node->id());
    // The busy loop shows as CPU use, and some memory is in use.
    QTRY_VERIFY_WITH_TIMEOUT(sampled.last().at(1).value<ContainerStats>().cpuPercent > 10, 30000);
    QVERIFY(last.memoryUsage > 0);

    // Switch to the other container: the first one's stream closes.
    watcher.watch({StatsWatcher::key(node->id(), ids.at(1))});
    QCOMPARE(watcher.watched(), QSet<QString>{StatsWatcher::key(node->id(), ids.at(1))});
    // Its stream is deleted by watch(): a sample of it already on the way is dropped with it.
    sampled.clear();
    QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 3, 30000);
    QCOMPARE(idsSampled(), QSet<QString>{ids.at(1)});

    // Nothing watched: nothing comes.
    // Nothing can be on its way either (the streams went with watch()): a window of a few
    // sample periods in which a stream left open would have shown.
    watcher.watch({});
    sampled.clear();
    QTest::qWait(2500);
    QCOMPARE(sampled.count(), 0);

    // A container that stops and starts again while watched (Podman ends the stream, Docker
    // keeps it open): samples resume once it runs.
    const QString key = StatsWatcher::key(node->id(), ids.at(0));
    watcher.watch({key});
    QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 1, 30000);
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("stop"), QStringLiteral("-t"),
                                          QStringLiteral("0"), ids.at(0)})
                 .exitCode,
             0);
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("start"), ids.at(0)}).exitCode, 0);
    sampled.clear();
    watcher.watch({key});
    QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 1 &&
                                 sampled.last().at(1).value<ContainerStats>().cpuPercent > 10,
                             30000);
}

QTEST_GUILESS_MAIN(TestStatsWatcher)
#include "tst_statswatcher.moc"
