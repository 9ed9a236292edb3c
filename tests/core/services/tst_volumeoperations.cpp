#include "core/services/volumeoperations.h"

#include "core/engine/engine.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <optional>

// What the Volumes page does to volumes, through a real node on real engines (Docker and
// Podman): create with driver options and labels, inspect, removal refused while containers use
// the volume (with them named), removal by force, prune of unused volumes with the space freed,
// and each volume's size and use count from the engine's disk usage.
class TestVolumeOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndInspect_data() { addRows(); }
    void createAndInspect();
    void createRefusesABadName_data() { addRows(); }
    void createRefusesABadName();
    void removeRefusedWhileUsedNamesTheUsers_data() { addRows(); }
    void removeRefusedWhileUsedNamesTheUsers();
    void forceRemovesTheUsersThenTheVolume_data() { addRows(); }
    void forceRemovesTheUsersThenTheVolume();
    void pruneRemovesUnusedAndSaysWhatItFreed_data() { addRows(); }
    void pruneRemovesUnusedAndSaysWhatItFreed();
    void usageGivesSizeAndUsers_data() { addRows(); }
    void usageGivesSizeAndUsers();

private:
    static void addRows();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const QString &socket);
    template<typename T, typename Call>
    static EngineResult<T> await(Call call);
    static bool volumeExists(const QString &socket, const QString &name);
    static bool containerExists(const QString &socket, const QString &name);
    // Writes `bytes` random bytes into the volume with a container that is gone afterwards.
    static bool fill(const QString &socket, const QString &volume, int bytes);
    static QHash<QString, VolumeUsage> usage(NodeService *node);
    // Whether the node's snapshot has the volume.
    static bool listed(const NodeService *node, const QString &name);
};

void TestVolumeOperations::initTestCase()
{
    qRegisterMetaType<EngineError>();
}

void TestVolumeOperations::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::newRow("docker") << TestEngines::dockerSocket();
    QTest::newRow("podman") << TestEngines::podmanSocket();
}

std::unique_ptr<NodeServiceImpl> TestVolumeOperations::onlineNode(const QString &socket)
{
    auto node =
        std::make_unique<NodeServiceImpl>(QStringLiteral("volumes"), Endpoint::unixSocket(socket));
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

template<typename T, typename Call>
EngineResult<T> TestVolumeOperations::await(Call call)
{
    QObject receiver;
    std::optional<EngineResult<T>> result;
    call(&receiver, [&result](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineResult<T>::failure(
            EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time")));
    return *result;
}

bool TestVolumeOperations::volumeExists(const QString &socket, const QString &name)
{
    return TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("inspect"), name})
               .exitCode == 0;
}

bool TestVolumeOperations::containerExists(const QString &socket, const QString &name)
{
    return TestEngines::docker(socket,
                               {QStringLiteral("container"), QStringLiteral("inspect"), name})
               .exitCode == 0;
}

bool TestVolumeOperations::fill(const QString &socket, const QString &volume, int bytes)
{
    return TestEngines::docker(socket,
                               {QStringLiteral("run"), QStringLiteral("--rm"),
                                QStringLiteral("--network"), QStringLiteral("none"),
                                QStringLiteral("-v"), volume + QStringLiteral(":/data"),
                                TestEngines::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("head -c %1 /dev/urandom > /data/blob").arg(bytes)})
               .exitCode == 0;
}

bool TestVolumeOperations::listed(const NodeService *node, const QString &name)
{
    const QList<VolumeInfo> volumes = node->volumes();
    return std::any_of(volumes.cbegin(), volumes.cend(),
                       [&](const VolumeInfo &v) { return v.name == name; });
}

QHash<QString, VolumeUsage> TestVolumeOperations::usage(NodeService *node)
{
    const auto r = await<QHash<QString, VolumeUsage>>(
        [node](QObject *receiver, auto done) { VolumeOperations::usage(node, receiver, done); });
    return r.ok() ? r.value : QHash<QString, VolumeUsage>();
}

void TestVolumeOperations::createAndInspect()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const QString name = TestEngines::uniqueName(QStringLiteral("vol-create"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"), name});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);

    VolumeSpec spec;
    spec.name = name;
    spec.driver = QStringLiteral("local");
    spec.driverOptions = {{QStringLiteral("type"), QStringLiteral("tmpfs")},
                          {QStringLiteral("device"), QStringLiteral("tmpfs")},
                          {QStringLiteral("o"), QStringLiteral("nodev,noexec")}};
    spec.labels = {{QStringLiteral("gontainer.test"), QStringLiteral("volumes")},
                   {QStringLiteral("team"), QStringLiteral("a b")}};
    const auto created = await<VolumeInfo>([&](QObject *receiver, auto done) {
        VolumeOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    QCOMPARE(created.value.name, name);
    QVERIFY(volumeExists(socket, name));
    // The node's snapshot follows from the event: the page shows it.
    QTRY_VERIFY_WITH_TIMEOUT(listed(node.get(), name), 30000);

    const auto inspected = await<VolumeInfo>([&](QObject *receiver, auto done) {
        VolumeOperations::inspect(node.get(), name, receiver, done);
    });
    QVERIFY2(inspected.ok(), qPrintable(inspected.error.userText()));
    QCOMPARE(inspected.value.name, name);
    QCOMPARE(inspected.value.labels, spec.labels);
    QCOMPARE(inspected.value.options, spec.driverOptions);
    const QJsonObject json = QJsonDocument::fromJson(inspected.value.rawJson).object();
    QCOMPARE(json.value(QStringLiteral("Name")).toString(), name);
    QCOMPARE(json.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("team")),
             QStringLiteral("a b"));

    const auto missing = await<VolumeInfo>([&](QObject *receiver, auto done) {
        VolumeOperations::inspect(node.get(), name + QStringLiteral("-absent"), receiver, done);
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error.httpStatus, 404);
}

void TestVolumeOperations::createRefusesABadName()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const auto node = onlineNode(socket);
    QVERIFY(node);
    VolumeSpec spec;
    spec.name = QStringLiteral("-bad/name");
    const auto r = await<VolumeInfo>([&](QObject *receiver, auto done) {
        VolumeOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY(!r.ok());
    QVERIFY2(!r.error.message.isEmpty(), qPrintable(r.error.userText()));
    QVERIFY(!volumeExists(socket, spec.name));
}

void TestVolumeOperations::removeRefusedWhileUsedNamesTheUsers()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const QString name = TestEngines::uniqueName(QStringLiteral("vol-used"));
    const QString running = TestEngines::uniqueName(QStringLiteral("vol-runner"));
    const QString stopped = TestEngines::uniqueName(QStringLiteral("vol-stopped"));
    const QString other = TestEngines::uniqueName(QStringLiteral("vol-other"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket,
                            {QStringLiteral("rm"), QStringLiteral("-f"), running, stopped, other});
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"), name});
    });
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"), name})
                 .exitCode,
             0);
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), running,
                 QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                 name + QStringLiteral(":/data"), TestEngines::image(), QStringLiteral("sleep"),
                 QStringLiteral("600")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const auto create = TestEngines::docker(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), stopped,
                 QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                 name + QStringLiteral(":/data"), TestEngines::image()});
    QVERIFY2(create.exitCode == 0, qPrintable(create.output));
    // A container without the volume is not one of its users.
    const auto unrelated = TestEngines::docker(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), other,
                 QStringLiteral("--network"), QStringLiteral("none"), TestEngines::image()});
    QVERIFY2(unrelated.exitCode == 0, qPrintable(unrelated.output));
    const auto node = onlineNode(socket);
    QVERIFY(node);

    const auto names = [](const QList<ContainerSummary> &list) {
        QStringList out;
        for (const ContainerSummary &c : list)
            out << c.name;
        out.sort();
        return out;
    };
    QStringList expected{running, stopped};
    expected.sort();

    const auto users = await<QList<ContainerSummary>>([&](QObject *receiver, auto done) {
        VolumeOperations::usersOf(node.get(), name, receiver, done);
    });
    QVERIFY2(users.ok(), qPrintable(users.error.userText()));
    QCOMPARE(names(users.value), expected);

    const auto refused = await<VolumeOperations::Removal>([&](QObject *receiver, auto done) {
        VolumeOperations::remove(node.get(), name, false, receiver, done);
    });
    QVERIFY2(refused.error.kind == EngineError::Kind::InUse, qPrintable(refused.error.userText()));
    QCOMPARE(names(refused.value.users), expected);
    QVERIFY(refused.value.removedContainers.isEmpty());
    QVERIFY(volumeExists(socket, name));
    QVERIFY(containerExists(socket, running));
    QVERIFY(containerExists(socket, stopped));
}

void TestVolumeOperations::forceRemovesTheUsersThenTheVolume()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const QString name = TestEngines::uniqueName(QStringLiteral("vol-force"));
    const QString running = TestEngines::uniqueName(QStringLiteral("vol-force-runner"));
    const QString keeps = TestEngines::uniqueName(QStringLiteral("vol-force-keeps"));
    const QString kept = TestEngines::uniqueName(QStringLiteral("vol-force-kept"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), running, keeps});
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"), name, kept});
    });
    for (const QString &v : {name, kept})
        QCOMPARE(
            TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"), v})
                .exitCode,
            0);
    // The user has another volume too: that one stays.
    const auto run = TestEngines::docker(
        socket,
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), running,
         QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
         name + QStringLiteral(":/data"), QStringLiteral("-v"), kept + QStringLiteral(":/kept"),
         TestEngines::image(), QStringLiteral("sleep"), QStringLiteral("600")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const auto other = TestEngines::docker(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), keeps,
                 QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                 kept + QStringLiteral(":/kept"), TestEngines::image()});
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));
    const auto node = onlineNode(socket);
    QVERIFY(node);
    QVERIFY(VolumeOperations::canForceRemove(node.get()));

    const auto forced = await<VolumeOperations::Removal>([&](QObject *receiver, auto done) {
        VolumeOperations::remove(node.get(), name, true, receiver, done);
    });
    QVERIFY2(forced.ok(), qPrintable(forced.error.userText()));
    QCOMPARE(forced.value.removedContainers.size(), 1);
    QCOMPARE(forced.value.removedContainers.first().name, running);
    QVERIFY(!volumeExists(socket, name));
    QVERIFY(!containerExists(socket, running));
    QVERIFY(volumeExists(socket, kept));
    QVERIFY(containerExists(socket, keeps));
    QTRY_VERIFY_WITH_TIMEOUT(!listed(node.get(), name), 30000);

    // An unused volume goes by force as without.
    const auto plain = await<VolumeOperations::Removal>([&](QObject *receiver, auto done) {
        VolumeOperations::remove(node.get(), kept + QStringLiteral("-absent"), true, receiver,
                                 done);
    });
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error.httpStatus, 404);
}

void TestVolumeOperations::pruneRemovesUnusedAndSaysWhatItFreed()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    // Two unused volumes and a used one, all with this run's own label: the prune asks only for
    // those, so other tests' volumes on the shared engines stay out of it.
    const QString label = QStringLiteral("gontainer.test.prune=") +
                          TestEngines::uniqueName(QStringLiteral("vol-prune"));
    const QString full = TestEngines::uniqueName(QStringLiteral("vol-prune-full"));
    const QString empty = TestEngines::uniqueName(QStringLiteral("vol-prune-empty"));
    const QString used = TestEngines::uniqueName(QStringLiteral("vol-prune-used"));
    const QString user = TestEngines::uniqueName(QStringLiteral("vol-prune-user"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
        TestEngines::docker(socket,
                            {QStringLiteral("volume"), QStringLiteral("rm"), full, empty, used});
    });
    for (const QString &v : {full, empty, used})
        QCOMPARE(TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"),
                                              QStringLiteral("--label"), label, v})
                     .exitCode,
                 0);
    const int bytes = 300000;
    QVERIFY(fill(socket, full, bytes));
    const auto create = TestEngines::docker(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), user,
                 QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                 used + QStringLiteral(":/data"), TestEngines::image()});
    QVERIFY2(create.exitCode == 0, qPrintable(create.output));
    const auto node = onlineNode(socket);
    QVERIFY(node);
    const QHash<QString, VolumeUsage> before = usage(node.get());
    QVERIFY2(before.value(full).size >= bytes,
             qPrintable(QString::number(before.value(full).size)));

    const auto r = await<PruneReport>([&](QObject *receiver, auto done) {
        VolumeOperations::prune(node.get(), {label}, receiver, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY(!volumeExists(socket, full));
    QVERIFY(!volumeExists(socket, empty));
    QVERIFY(volumeExists(socket, used));
    QVERIFY2(r.value.deleted.contains(full) && r.value.deleted.contains(empty),
             qPrintable(r.value.deleted.join(QLatin1Char(' '))));
    QVERIFY(!r.value.deleted.contains(used));
    // What was freed is what the engine's disk usage gave the pruned volumes.
    QCOMPARE(r.value.spaceReclaimed, before.value(full).size + before.value(empty).size);
}

void TestVolumeOperations::usageGivesSizeAndUsers()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const QString name = TestEngines::uniqueName(QStringLiteral("vol-usage"));
    const QString idle = TestEngines::uniqueName(QStringLiteral("vol-usage-idle"));
    const QString a = TestEngines::uniqueName(QStringLiteral("vol-usage-a"));
    const QString b = TestEngines::uniqueName(QStringLiteral("vol-usage-b"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), a, b});
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("rm"), name, idle});
    });
    for (const QString &v : {name, idle})
        QCOMPARE(
            TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"), v})
                .exitCode,
            0);
    const int bytes = 200000;
    QVERIFY(fill(socket, name, bytes));
    for (const QString &c : {a, b}) {
        const auto create = TestEngines::docker(
            socket, {QStringLiteral("create"), QStringLiteral("--name"), c,
                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                     name + QStringLiteral(":/data"), TestEngines::image()});
        QVERIFY2(create.exitCode == 0, qPrintable(create.output));
    }
    const auto node = onlineNode(socket);
    QVERIFY(node);
    const QHash<QString, VolumeUsage> u = usage(node.get());
    QVERIFY2(u.contains(name), "the disk usage does not name the volume");
    QCOMPARE(u.value(name).refCount, 2);
    // The bytes written, and at most a little more (the file system's blocks).
    QVERIFY2(u.value(name).size >= bytes && u.value(name).size < bytes + 65536,
             qPrintable(QString::number(u.value(name).size)));
    QCOMPARE(u.value(idle).refCount, 0);
    QCOMPARE(u.value(idle).size, 0);
}

QTEST_GUILESS_MAIN(TestVolumeOperations)
#include "tst_volumeoperations.moc"
