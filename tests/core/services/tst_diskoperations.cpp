#include "core/services/diskoperations.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// A node's disk use and prunes through a real node on real engines (Docker and Podman): the
// figures are the engine's own /system/df, read raw beside them; a prune of a kind removes the
// unused objects the test made; everything unused goes on an engine the test owns.
class TestDiskOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageIsTheEnginesOwnDiskUsage_data() { addRows(); }
    void usageIsTheEnginesOwnDiskUsage();
    void pruneOfStoppedContainers_data() { addRows(); }
    void pruneOfStoppedContainers();
    void pruneOfUnusedVolumes_data() { addRows(); }
    void pruneOfUnusedVolumes();
    void pruneOfDanglingImages_data() { addRows(); }
    void pruneOfDanglingImages();
    void buildCacheGoesByCapability_data() { addRows(); }
    void buildCacheGoesByCapability();
    void pruneEverythingOnAnEngineOfItsOwn();

private:
    static void addRows();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const QString &socket);
    template<typename T, typename Call>
    static EngineResult<T> await(Call call);
    static EngineResult<DiskUsage> usage(NodeService *node);
    static EngineResult<PruneReport> prune(NodeService *node, DiskOperations::Kind kind,
                                           bool allImages);
    // GET /system/df over the socket, without the project's transport.
    static QJsonObject rawDiskUsage(const QString &socket);
    // The sums `docker system df` makes, from the raw answer.
    static DiskUsage sums(const QJsonObject &df);
    static bool exists(const QString &socket, const QString &kind, const QString &name);
};

void TestDiskOperations::initTestCase()
{
    qRegisterMetaType<EngineError>();
}

void TestDiskOperations::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true;
}

std::unique_ptr<NodeServiceImpl> TestDiskOperations::onlineNode(const QString &socket)
{
    auto node =
        std::make_unique<NodeServiceImpl>(QStringLiteral("disk"), Endpoint::unixSocket(socket));
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

template<typename T, typename Call>
EngineResult<T> TestDiskOperations::await(Call call)
{
    QObject receiver;
    std::optional<EngineResult<T>> result;
    call(&receiver, [&result](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 240000))
        return EngineResult<T>::failure(
            EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time")));
    return *result;
}

EngineResult<DiskUsage> TestDiskOperations::usage(NodeService *node)
{
    return await<DiskUsage>(
        [node](QObject *receiver, auto done) { DiskOperations::usage(node, receiver, done); });
}

EngineResult<PruneReport> TestDiskOperations::prune(NodeService *node, DiskOperations::Kind kind,
                                                    bool allImages)
{
    return await<PruneReport>([&](QObject *receiver, auto done) {
        DiskOperations::prune(node, kind, allImages, receiver, done);
    });
}

QJsonObject TestDiskOperations::rawDiskUsage(const QString &socket)
{
    QLocalSocket s;
    s.connectToServer(socket);
    if (!s.waitForConnected(10000))
        return {};
    // HTTP/1.0: the answer is the rest of the stream, never chunked.
    s.write("GET /v1.41/system/df HTTP/1.0\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    while (s.state() == QLocalSocket::ConnectedState && s.waitForReadyRead(60000))
        answer += s.readAll();
    answer += s.readAll();
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.") || !answer.contains(" 200 ") || end < 0)
        return {};
    return QJsonDocument::fromJson(answer.mid(end + 4)).object();
}

DiskUsage TestDiskOperations::sums(const QJsonObject &df)
{
    DiskUsage u;
    const auto n = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toInteger();
    };
    qint64 sizes = 0;
    qint64 usedUnique = 0;
    for (const QJsonValue &v : df.value(QLatin1String("Images")).toArray()) {
        const QJsonObject i = v.toObject();
        ++u.images.count;
        sizes += n(i, "Size");
        if (n(i, "Containers") > 0) {
            ++u.images.active;
            usedUnique += n(i, "Size") - n(i, "SharedSize");
        }
    }
    // Docker sums layers once (LayersSize); Podman leaves that 0.
    u.images.size = n(df, "LayersSize") > 0 ? n(df, "LayersSize") : sizes;
    u.images.reclaimable = std::max<qint64>(0, u.images.size - usedUnique);
    for (const QJsonValue &v : df.value(QLatin1String("Containers")).toArray()) {
        const QJsonObject c = v.toObject();
        ++u.containers.count;
        const qint64 size = std::max<qint64>(0, n(c, "SizeRw"));
        u.containers.size += size;
        if (c.value(QLatin1String("State")).toString() == QLatin1String("running"))
            ++u.containers.active;
        else
            u.containers.reclaimable += size;
    }
    for (const QJsonValue &v : df.value(QLatin1String("Volumes")).toArray()) {
        const QJsonObject volume = v.toObject();
        const QJsonObject data = volume.value(QLatin1String("UsageData")).toObject();
        ++u.volumes.count;
        const qint64 size = std::max<qint64>(0, n(data, "Size"));
        u.volumes.size += size;
        if (n(data, "RefCount") > 0)
            ++u.volumes.active;
        else
            u.volumes.reclaimable += size;
        VolumeUsage own;
        own.size = data.value(QLatin1String("Size")).toInteger(-1);
        own.refCount = data.value(QLatin1String("RefCount")).toInt(-1);
        u.volumeUsage.insert(volume.value(QLatin1String("Name")).toString(), own);
    }
    for (const QJsonValue &v : df.value(QLatin1String("BuildCache")).toArray()) {
        const QJsonObject b = v.toObject();
        ++u.buildCache.count;
        u.buildCache.size += n(b, "Size");
        if (b.value(QLatin1String("InUse")).toBool())
            ++u.buildCache.active;
        else if (!b.value(QLatin1String("Shared")).toBool())
            u.buildCache.reclaimable += n(b, "Size");
    }
    return u;
}

bool TestDiskOperations::exists(const QString &socket, const QString &kind, const QString &name)
{
    return TestEngines::docker(socket, {kind, QStringLiteral("inspect"), name}).exitCode == 0;
}

namespace {

bool samePart(const DiskUsage::Part &a, const DiskUsage::Part &b)
{
    return a.count == b.count && a.active == b.active && a.size == b.size &&
           a.reclaimable == b.reclaimable;
}

bool sameUsage(const DiskUsage &a, const DiskUsage &b)
{
    return samePart(a.images, b.images) && samePart(a.containers, b.containers) &&
           samePart(a.volumes, b.volumes) && samePart(a.buildCache, b.buildCache) &&
           a.volumeUsage == b.volumeUsage;
}

QString describe(const DiskUsage &u)
{
    const auto part = [](const char *name, const DiskUsage::Part &p) {
        return QStringLiteral("%1 %2/%3 %4 (%5)")
            .arg(QLatin1String(name))
            .arg(p.count)
            .arg(p.active)
            .arg(p.size)
            .arg(p.reclaimable);
    };
    return QStringList{part("images", u.images), part("containers", u.containers),
                       part("volumes", u.volumes), part("build cache", u.buildCache)}
        .join(QStringLiteral("; "));
}

} // namespace

void TestDiskOperations::usageIsTheEnginesOwnDiskUsage()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    // Something of each kind: a stopped container that wrote a file (its own size), and a
    // volume with data in it that no container uses any more.
    const QString name = TestEngines::uniqueName(QStringLiteral("disk-usage"));
    const auto created =
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"), name});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const auto ran = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("--name"), name, QStringLiteral("--network"),
                 QStringLiteral("none"), QStringLiteral("-v"), name + QStringLiteral(":/data"),
                 TestEngines::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("head -c 50000 /dev/urandom > /data/f; head -c 30000 /dev/urandom "
                                "> /f")});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
        TestEngines::docker(
            socket, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);

    // Other tests may change the engine meanwhile: the figures count when the engine's own
    // answer was the same just before and just after ours.
    DiskUsage ours;
    DiskUsage engines;
    bool steady = false;
    for (int attempt = 0; attempt < 10 && !steady; ++attempt) {
        const QJsonObject before = rawDiskUsage(socket);
        QVERIFY2(!before.isEmpty(), "the engine's /system/df did not answer");
        const auto r = usage(node.get());
        QVERIFY2(r.ok(), qPrintable(r.error.userText()));
        const QJsonObject after = rawDiskUsage(socket);
        ours = r.value;
        engines = sums(after);
        steady = sameUsage(sums(before), engines);
    }
    QVERIFY2(steady, "the engine's disk use kept changing");
    QVERIFY2(
        sameUsage(ours, engines),
        qPrintable(
            QStringLiteral("ours: %1\nthe engine's: %2").arg(describe(ours), describe(engines))));
    // What the test made is in it.
    QVERIFY(ours.images.count >= 1);
    QVERIFY(ours.containers.count >= 1);
    QVERIFY(ours.volumes.count >= 1);
    QVERIFY(ours.volumeUsage.contains(name));
    QVERIFY(ours.volumeUsage.value(name).size >= 50000);
    QVERIFY(ours.containers.reclaimable >= 30000);
}

void TestDiskOperations::pruneOfStoppedContainers()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const QString label = QStringLiteral("gontainer.test.disk=") +
                          TestEngines::uniqueName(QStringLiteral("containers"));
    QStringList ids;
    QStringList names;
    for (int i = 0; i < 2; ++i) {
        const QString name = TestEngines::uniqueName(QStringLiteral("disk-stopped"));
        const auto r = TestEngines::docker(
            socket, {QStringLiteral("create"), QStringLiteral("--name"), name,
                     QStringLiteral("--label"), label, QStringLiteral("--network"),
                     QStringLiteral("none"), TestEngines::image(), QStringLiteral("true")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        ids << r.output.split(QLatin1Char('\n')).last().trimmed();
        names << name;
    }
    auto cleanup = qScopeGuard([&] {
        for (const QString &name : std::as_const(names))
            TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);
    // What would go names them, from the node's lists.
    QTRY_VERIFY_WITH_TIMEOUT(
        DiskOperations::plannedNames(node.get(), {}, DiskOperations::Kind::Containers, false)
                .contains(names.first()) &&
            DiskOperations::plannedNames(node.get(), {}, DiskOperations::Kind::Containers, false)
                .contains(names.last()),
        30000);

    const auto r = prune(node.get(), DiskOperations::Kind::Containers, false);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    for (int i = 0; i < ids.size(); ++i) {
        QVERIFY2(!exists(socket, QStringLiteral("container"), names.at(i)),
                 qPrintable(names.at(i)));
        QVERIFY2(r.value.deleted.contains(ids.at(i)), qPrintable(r.value.deleted.join(u' ')));
    }
}

void TestDiskOperations::pruneOfUnusedVolumes()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const QString label =
        QStringLiteral("gontainer.test.disk=") + TestEngines::uniqueName(QStringLiteral("volumes"));
    const QString name = TestEngines::uniqueName(QStringLiteral("disk-volume"));
    const auto created =
        TestEngines::docker(socket, {QStringLiteral("volume"), QStringLiteral("create"),
                                     QStringLiteral("--label"), label, name});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(
            socket, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);
    QVERIFY(DiskOperations::canPrune(node.get(), DiskOperations::Kind::Volumes));
    const auto before = usage(node.get());
    QVERIFY2(before.ok(), qPrintable(before.error.userText()));
    QVERIFY(
        DiskOperations::plannedNames(node.get(), before.value, DiskOperations::Kind::Volumes, false)
            .contains(name));

    const auto r = prune(node.get(), DiskOperations::Kind::Volumes, false);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY(!exists(socket, QStringLiteral("volume"), name));
    QVERIFY2(r.value.deleted.contains(name), qPrintable(r.value.deleted.join(u' ')));
    const auto after = usage(node.get());
    QVERIFY2(after.ok(), qPrintable(after.error.userText()));
    QVERIFY(!after.value.volumeUsage.contains(name));
}

void TestDiskOperations::pruneOfDanglingImages()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    // The second image under one name leaves the first without it: dangling.
    const QString name =
        TestEngines::uniqueName(QStringLiteral("disk-dangling")) + QStringLiteral(":v1");
    const auto first = TestEngines::makeImage(socket, podman, name, 100000);
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    const auto second = TestEngines::makeImage(socket, podman, name, 100000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), first.output});
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), second.output});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);
    const auto bare = [](const QString &id) {
        return (id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id).left(12);
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        DiskOperations::plannedNames(node.get(), {}, DiskOperations::Kind::Images, false)
            .contains(bare(first.output)),
        30000);
    // The named one is not dangling.
    QVERIFY(!DiskOperations::plannedNames(node.get(), {}, DiskOperations::Kind::Images, false)
                 .contains(name));

    const auto r = prune(node.get(), DiskOperations::Kind::Images, false);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY(!exists(socket, QStringLiteral("image"), first.output));
    QVERIFY(exists(socket, QStringLiteral("image"), second.output));
    QVERIFY2(r.value.spaceReclaimed >= 100000, qPrintable(QString::number(r.value.spaceReclaimed)));
}

void TestDiskOperations::buildCacheGoesByCapability()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const auto node = onlineNode(socket);
    QVERIFY(node);
    // Docker keeps a build cache; Podman 4 has none to prune.
    const bool can = DiskOperations::canPrune(node.get(), DiskOperations::Kind::BuildCache);
    QCOMPARE(can, !podman);
    QCOMPARE(DiskOperations::everythingKinds(node.get()).contains(DiskOperations::Kind::BuildCache),
             can);
    const auto r = prune(node.get(), DiskOperations::Kind::BuildCache, false);
    if (can) {
        QVERIFY2(r.ok(), qPrintable(r.error.userText()));
        const auto after = usage(node.get());
        QVERIFY2(after.ok(), qPrintable(after.error.userText()));
        QCOMPARE(after.value.buildCache.reclaimable, qint64(0));
    } else {
        QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);
    }
}

void TestDiskOperations::pruneEverythingOnAnEngineOfItsOwn()
{
    REQUIRE_ENGINES();
    // Everything unused goes: on the harness's engines that would take other tests' objects and
    // the test image, so this runs on a Podman service of the test's own, with its own storage,
    // volumes and networks.
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/disk-XXXXXX"));
    QVERIFY(dir.isValid());
    // Its storage keeps read-only layers: the harness removes its directory at the end.
    dir.setAutoRemove(false);
    const QString root = dir.path();
    const QString socket = root + QStringLiteral("/podman.sock");
    QProcess *service = TestEngines::startOwnPodmanService(root);
    QVERIFY(service);
    auto stop = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("rm"), QStringLiteral("--all"), QStringLiteral("--force")});
        TestEngines::stopPodmanService(service);
    });

    // The test image, copied over; a stopped container from it, an unused volume and network,
    // and an image no container uses besides.
    const QString archive = root + QStringLiteral("/image.tar");
    const auto saved = TestEngines::podman(
        TestEngines::podmanSocket(),
        {QStringLiteral("save"), QStringLiteral("-o"), archive, TestEngines::podmanImage()});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    const auto loaded =
        TestEngines::podman(socket, {QStringLiteral("load"), QStringLiteral("-i"), archive});
    QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.output));
    const auto container = TestEngines::podman(
        socket, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("stopped"),
                 TestEngines::podmanImage(), QStringLiteral("true")});
    QVERIFY2(container.exitCode == 0, qPrintable(container.output));
    const QString containerId = container.output.split(QLatin1Char('\n')).last().trimmed();
    const auto volume = TestEngines::podman(
        socket, {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("unused")});
    QVERIFY2(volume.exitCode == 0, qPrintable(volume.output));
    const auto network = TestEngines::podman(
        socket, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("idle")});
    QVERIFY2(network.exitCode == 0, qPrintable(network.output));

    const auto node = onlineNode(socket);
    QVERIFY(node);
    const auto before = usage(node.get());
    QVERIFY2(before.ok(), qPrintable(before.error.userText()));
    QCOMPARE(before.value.containers.count, 1);
    QCOMPARE(before.value.volumes.count, 1);
    QCOMPARE(before.value.images.count, 1);
    QVERIFY(before.value.images.size > 0);
    const QList<DiskOperations::Kind> kinds = DiskOperations::everythingKinds(node.get());
    QCOMPARE(kinds, (QList<DiskOperations::Kind>{
                        DiskOperations::Kind::Containers, DiskOperations::Kind::Networks,
                        DiskOperations::Kind::Images, DiskOperations::Kind::Volumes}));

    const auto r = await<DiskOperations::EverythingReport>([&](QObject *receiver, auto done) {
        DiskOperations::pruneEverything(node.get(), true, receiver, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY(!r.value.failed);
    QCOMPARE(r.value.steps.size(), kinds.size());
    qint64 sum = 0;
    QStringList deleted;
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(r.value.steps.at(i).kind, kinds.at(i));
        sum += r.value.steps.at(i).report.spaceReclaimed;
        deleted << r.value.steps.at(i).report.deleted;
    }
    QCOMPARE(r.value.total.spaceReclaimed, sum);
    QCOMPARE(r.value.total.deleted, deleted);
    // The image went with the container that held it: its size is freed.
    QVERIFY2(r.value.total.spaceReclaimed >= before.value.images.size / 2,
             qPrintable(QString::number(r.value.total.spaceReclaimed)));
    QVERIFY2(deleted.contains(containerId), qPrintable(deleted.join(u' ')));
    QVERIFY2(deleted.contains(QStringLiteral("unused")), qPrintable(deleted.join(u' ')));
    QVERIFY2(deleted.contains(QStringLiteral("idle")), qPrintable(deleted.join(u' ')));

    QVERIFY(!exists(socket, QStringLiteral("container"), containerId));
    QVERIFY(!exists(socket, QStringLiteral("volume"), QStringLiteral("unused")));
    QVERIFY(!exists(socket, QStringLiteral("network"), QStringLiteral("idle")));
    QVERIFY(!exists(socket, QStringLiteral("image"), TestEngines::podmanImage()));
    const auto after = usage(node.get());
    QVERIFY2(after.ok(), qPrintable(after.error.userText()));
    QCOMPARE(after.value.containers.count, 0);
    QCOMPARE(after.value.volumes.count, 0);
    QCOMPARE(after.value.images.count, 0);
}

QTEST_GUILESS_MAIN(TestDiskOperations)
#include "tst_diskoperations.moc"
