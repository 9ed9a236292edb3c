// ContainerdImages against the harness's containerd (and one of the test's own for what prunes
// or counts everything): images with the figures `ctr images ls` shows, inspect and history from
// the manifest and config, tag and remove (refused while a container uses the name), prune of
// unused images with the space it frees, disk use as `ctr snapshots usage` counts containers, and
// a pull that says why there is none (on 1.6; 1.7 pulls: tst_containerd_pull).
#include "core/containerd/containerdcontent.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdimages.h"
#include "core/engine/progressstream.h"
#include "testengines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QVersionNumber>

#include <optional>

namespace {

constexpr int WaitMs = 60000;

template<typename T, typename Start>
EngineResult<T> await(Start start)
{
    std::optional<EngineResult<T>> result;
    QObject context;
    start(&context, [&result](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, WaitMs))
        return EngineResult<T>::failure(
            EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer")));
    return *result;
}

EngineError awaitDone(const std::function<void(QObject *, Engine::DoneCallback)> &start)
{
    std::optional<EngineError> result;
    QObject context;
    start(&context, [&result](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, WaitMs))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer"));
    return *result;
}

bool identify(ContainerdEngine &engine)
{
    std::optional<bool> ok;
    QObject context;
    engine.identify(&context, [&ok](const EngineResult<EngineInfo> &r) { ok = r.ok(); });
    return QTest::qWaitFor([&ok] { return ok.has_value(); }, WaitMs) && *ok;
}

QList<ImageSummary> list(ContainerdEngine &engine)
{
    const EngineResult<QList<ImageSummary>> r =
        await<QList<ImageSummary>>([&engine](QObject *c, Engine::Callback<QList<ImageSummary>> cb) {
            engine.listImages(false, c, std::move(cb));
        });
    if (!r.ok())
        qWarning() << r.error.userText();
    return r.value;
}

std::optional<ImageSummary> withName(const QList<ImageSummary> &images, const QString &name)
{
    for (const ImageSummary &i : images) {
        if (i.repoTags.contains(name))
            return i;
    }
    return std::nullopt;
}

// ctr's sizes ("2.1 MiB", progress.Bytes) in bytes, and how far off its rounding can be.
std::pair<double, double> humanBytes(const QString &number, const QString &unit)
{
    const QStringList units{QStringLiteral("B"), QStringLiteral("KiB"), QStringLiteral("MiB"),
                            QStringLiteral("GiB"), QStringLiteral("TiB")};
    double scale = 1;
    for (int i = 0; i < units.indexOf(unit); ++i)
        scale *= 1024;
    return {number.toDouble() * scale, scale * 0.06};
}

// `ctr images ls` of a namespace: REF -> (DIGEST, SIZE in bytes, tolerance).
struct CtrImage
{
    QString digest;
    double size = 0;
    double tolerance = 0;
};
QHash<QString, CtrImage> ctrImages(const QString &socket, const QString &ns)
{
    QHash<QString, CtrImage> out;
    const TestEngines::Result r =
        TestEngines::ctrAt(socket, ns, {QStringLiteral("images"), QStringLiteral("ls")});
    const QStringList lines = r.output.split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(1)) {
        const QStringList f =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 5)
            continue;
        const auto [size, tolerance] = humanBytes(f.at(3), f.at(4));
        out.insert(f.at(0), {f.at(2), size, tolerance});
    }
    return out;
}

// A container made with ctr (no task) from image `image`, in `ns` on `socket`.
bool createContainer(const QString &socket, const QString &ns, const QString &image,
                     const QString &id)
{
    const TestEngines::Result r =
        TestEngines::ctrAt(socket, ns,
                           {QStringLiteral("containers"), QStringLiteral("create"), image, id,
                            QStringLiteral("true")});
    if (r.exitCode != 0)
        qWarning() << r.output;
    return r.exitCode == 0;
}

// `ctr snapshots usage KEY`: the snapshot's size in bytes, and ctr's rounding.
std::pair<double, double> snapshotBytes(const QString &socket, const QString &ns,
                                        const QString &key)
{
    const TestEngines::Result usage =
        TestEngines::ctrAt(socket, ns, {QStringLiteral("snapshots"), QStringLiteral("usage"), key});
    const QStringList f =
        usage.output.split(QLatin1Char('\n'))
            .last()
            .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (usage.exitCode != 0 || f.size() < 3 || f.at(0) != key)
        return {-1, 0};
    return humanBytes(f.at(1), f.at(2));
}

void deleteContainer(const QString &socket, const QString &ns, const QString &id)
{
    TestEngines::ctrAt(
        socket, ns,
        {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
    TestEngines::ctrAt(socket, ns, {QStringLiteral("containers"), QStringLiteral("delete"), id});
}

} // namespace

class TestContainerdImages final : public QObject
{
    Q_OBJECT

private slots:
    void chainIdAndNames();
    void listShowsImage();
    void inspectAndHistory();
    void tagThenRemove();
    void removeRefusedWhileUsed();
    void pruneUnused();
    void diskUsage();
    void pullSaysWhy();
    void cancelAndCap();
};

void TestContainerdImages::chainIdAndNames()
{
    // identity.ChainID's definition, worked by hand.
    const QString a = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    const QString b = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
    QCOMPARE(ContainerdContent::chainId({}), QString());
    QCOMPARE(ContainerdContent::chainId({a}), a);
    const QString ab =
        QStringLiteral("sha256:") +
        QString::fromLatin1(QCryptographicHash::hash((a + QLatin1Char(' ') + b).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    QCOMPARE(ContainerdContent::chainId({a, b}), ab);
    QCOMPARE(ContainerdContent::normalizeName(QStringLiteral("busybox")),
             QStringLiteral("docker.io/library/busybox:latest"));
    QCOMPARE(ContainerdContent::normalizeName(QStringLiteral("me/app:1")),
             QStringLiteral("docker.io/me/app:1"));
    QCOMPARE(ContainerdContent::normalizeName(QStringLiteral("localhost:5000/app")),
             QStringLiteral("localhost:5000/app:latest"));
}

void TestContainerdImages::listShowsImage()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString ns = TestEngines::containerdNamespace();
    const QList<ImageSummary> images = list(engine);
    const std::optional<ImageSummary> image = withName(images, TestEngines::containerdImage());
    QVERIFY(image.has_value());
    QCOMPARE(image->namespaceName, ns);
    const CtrImage ctr =
        ctrImages(TestEngines::containerdSocket(), ns).value(TestEngines::containerdImage());
    QVERIFY(!ctr.digest.isEmpty());
    QCOMPARE(image->id, ContainerdIds::join(ns, ctr.digest));
    QVERIFY2(qAbs(double(image->size) - ctr.size) <= ctr.tolerance,
             qPrintable(QStringLiteral("%1 vs ctr's %2").arg(image->size).arg(ctr.size)));
    QVERIFY(image->created.isValid());
    QVERIFY(image->containers >= 0);
    QVERIFY(image->repoDigests.contains(image->repoTags.first().section(QLatin1Char(':'), 0, -2) +
                                        QLatin1Char('@') + ctr.digest));
}

void TestContainerdImages::inspectAndHistory()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString ns = TestEngines::containerdNamespace();
    const QString name = TestEngines::containerdImage();
    const EngineResult<ImageDetails> d =
        await<ImageDetails>([&](QObject *c, Engine::Callback<ImageDetails> cb) {
            engine.inspectImage(name, c, std::move(cb));
        });
    QVERIFY2(d.ok(), qPrintable(d.error.userText()));
    const std::optional<ImageSummary> summary = withName(list(engine), name);
    QVERIFY(summary.has_value());
    QCOMPARE(d.value.id, summary->id);
    QCOMPARE(d.value.size, summary->size);
    QVERIFY(d.value.repoTags.contains(name));
    QCOMPARE(d.value.os, QStringLiteral("linux"));
    QCOMPARE(d.value.architecture, ContainerdContent::hostPlatform().architecture);

    // The details' JSON: the manifest and the config as the store holds them.
    const QJsonObject raw = QJsonDocument::fromJson(d.value.rawJson).object();
    QCOMPARE(raw.value(QStringLiteral("Namespace")).toString(), ns);
    const QJsonObject manifest = raw.value(QStringLiteral("Manifest")).toObject();
    const QJsonObject config = raw.value(QStringLiteral("Config")).toObject();
    const QString configDigest = manifest.value(QStringLiteral("config"))
                                     .toObject()
                                     .value(QStringLiteral("digest"))
                                     .toString();
    QVERIFY(configDigest.startsWith(QStringLiteral("sha256:")));
    const TestEngines::Result blob =
        TestEngines::ctr({QStringLiteral("content"), QStringLiteral("get"), configDigest});
    QCOMPARE(blob.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(blob.output.toUtf8()).object(), config);
    const QJsonObject run = config.value(QStringLiteral("config")).toObject();
    QVERIFY(!d.value.command.isEmpty());
    QCOMPARE(QJsonArray::fromStringList(d.value.command),
             run.value(QStringLiteral("Cmd")).toArray());
    QCOMPARE(d.value.workingDir, run.value(QStringLiteral("WorkingDir")).toString());
    QCOMPARE(QJsonArray::fromStringList(d.value.env), run.value(QStringLiteral("Env")).toArray());

    // The chain id names the unpacked image's top snapshot, which a container's rootfs is
    // prepared on.
    const QString chainId = raw.value(QStringLiteral("ChainID")).toString();
    QVERIFY(chainId.startsWith(QStringLiteral("sha256:")));
    const TestEngines::Result snapshot =
        TestEngines::ctr({QStringLiteral("snapshots"), QStringLiteral("info"), chainId});
    QVERIFY2(snapshot.exitCode == 0, qPrintable(chainId + QLatin1Char(' ') + snapshot.output));

    // By id and by short digest too.
    const EngineResult<ImageDetails> byId =
        await<ImageDetails>([&](QObject *c, Engine::Callback<ImageDetails> cb) {
            engine.inspectImage(summary->id.section(QLatin1Char(':'), 1).left(12), c,
                                std::move(cb));
        });
    QVERIFY2(byId.ok(), qPrintable(byId.error.userText()));
    QCOMPARE(byId.value.id, summary->id);

    const EngineResult<QList<ImageLayer>> h =
        await<QList<ImageLayer>>([&](QObject *c, Engine::Callback<QList<ImageLayer>> cb) {
            engine.imageHistory(summary->id, c, std::move(cb));
        });
    QVERIFY2(h.ok(), qPrintable(h.error.userText()));
    const QJsonArray history = config.value(QStringLiteral("history")).toArray();
    QVERIFY(!h.value.isEmpty());
    QCOMPARE(h.value.size(), qMax<qsizetype>(history.size(), 1));
    QCOMPARE(h.value.first().id, summary->id);
    QVERIFY(h.value.first().tags.contains(name));
    // Newest first: the last history entry's command is the top row's.
    if (!history.isEmpty())
        QCOMPARE(h.value.first().createdBy,
                 history.last().toObject().value(QStringLiteral("created_by")).toString());
    qint64 layerBytes = 0;
    for (const QJsonValue &l : manifest.value(QStringLiteral("layers")).toArray())
        layerBytes += l.toObject().value(QStringLiteral("size")).toInteger();
    qint64 historyBytes = 0;
    for (const ImageLayer &l : h.value)
        historyBytes += l.size;
    QCOMPARE(historyBytes, layerBytes);

    const EngineResult<ImageDetails> missing =
        await<ImageDetails>([&](QObject *c, Engine::Callback<ImageDetails> cb) {
            engine.inspectImage(QStringLiteral("no-such-image-here"), c, std::move(cb));
        });
    QCOMPARE(missing.error.kind, EngineError::Kind::ImageMissing);
}

void TestContainerdImages::tagThenRemove()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString source = TestEngines::containerdImage();
    const QString shortName = TestEngines::uniqueName(QStringLiteral("c3tag"));
    const QString full = QStringLiteral("docker.io/library/%1:latest").arg(shortName);
    auto cleanup = qScopeGuard([&full] {
        TestEngines::ctr({QStringLiteral("images"), QStringLiteral("rm"), full});
    });
    const EngineError tagged = awaitDone([&](QObject *c, Engine::DoneCallback cb) {
        engine.tagImage(source, shortName, c, std::move(cb));
    });
    QVERIFY2(!tagged.isError(), qPrintable(tagged.userText()));
    const QHash<QString, CtrImage> ctr =
        ctrImages(TestEngines::containerdSocket(), TestEngines::containerdNamespace());
    QVERIFY(ctr.contains(full));
    QCOMPARE(ctr.value(full).digest, ctr.value(source).digest);

    const std::optional<ImageSummary> both = withName(list(engine), full);
    QVERIFY(both.has_value());
    QVERIFY(both->repoTags.contains(source));
    QVERIFY(both->repoTags.contains(full));

    // Removing the new name only takes the name off: the image keeps its other one.
    const EngineResult<ImageRemoval> removed =
        await<ImageRemoval>([&](QObject *c, Engine::Callback<ImageRemoval> cb) {
            engine.removeImage(shortName, false, c, std::move(cb));
        });
    QVERIFY2(removed.ok(), qPrintable(removed.error.userText()));
    QCOMPARE(removed.value.untagged, QStringList{full});
    QVERIFY(removed.value.deleted.isEmpty());
    QVERIFY(!ctrImages(TestEngines::containerdSocket(), TestEngines::containerdNamespace())
                 .contains(full));
    const std::optional<ImageSummary> after = withName(list(engine), source);
    QVERIFY(after.has_value());
    QVERIFY(!after->repoTags.contains(full));

    const EngineError noSource = awaitDone([&](QObject *c, Engine::DoneCallback cb) {
        engine.tagImage(QStringLiteral("no-such-image-here"), shortName, c, std::move(cb));
    });
    QCOMPARE(noSource.kind, EngineError::Kind::ImageMissing);
}

void TestContainerdImages::removeRefusedWhileUsed()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const QString name = QStringLiteral("docker.io/library/%1:latest")
                             .arg(TestEngines::uniqueName(QStringLiteral("c3used")));
    const QString id = TestEngines::uniqueName(QStringLiteral("c3user"));
    auto cleanup = qScopeGuard([&] {
        deleteContainer(socket, ns, id);
        TestEngines::ctr({QStringLiteral("images"), QStringLiteral("rm"), name});
    });
    const EngineError tagged = awaitDone([&](QObject *c, Engine::DoneCallback cb) {
        engine.tagImage(TestEngines::containerdImage(), name, c, std::move(cb));
    });
    QVERIFY2(!tagged.isError(), qPrintable(tagged.userText()));
    QVERIFY(createContainer(socket, ns, name, id));

    const std::optional<ImageSummary> image = withName(list(engine), name);
    QVERIFY(image.has_value());
    QVERIFY(image->containers >= 1);

    const EngineResult<ImageRemoval> refused =
        await<ImageRemoval>([&](QObject *c, Engine::Callback<ImageRemoval> cb) {
            engine.removeImage(name, false, c, std::move(cb));
        });
    QCOMPARE(refused.error.kind, EngineError::Kind::InUse);
    QVERIFY2(refused.error.message.contains(id), qPrintable(refused.error.message));
    QVERIFY(ctrImages(socket, ns).contains(name));

    // By id, the image has two names: Docker's "must be forced".
    const EngineResult<ImageRemoval> byId =
        await<ImageRemoval>([&](QObject *c, Engine::Callback<ImageRemoval> cb) {
            engine.removeImage(image->id, false, c, std::move(cb));
        });
    QCOMPARE(byId.error.httpStatus, 409);
    QVERIFY(ctrImages(socket, ns).contains(name));

    const EngineResult<ImageRemoval> forced =
        await<ImageRemoval>([&](QObject *c, Engine::Callback<ImageRemoval> cb) {
            engine.removeImage(ContainerdIds::join(ns, name), true, c, std::move(cb));
        });
    QVERIFY2(forced.ok(), qPrintable(forced.error.userText()));
    QCOMPARE(forced.value.untagged, QStringList{name});
    QVERIFY(!ctrImages(socket, ns).contains(name));
    QVERIFY(ctrImages(socket, ns).contains(TestEngines::containerdImage()));
}

void TestContainerdImages::pruneUnused()
{
    REQUIRE_CONTAINERD();
    // Prune removes every unused image of every namespace: on a containerd of the test's own.
    const QString dir = TestEngines::dir() + QStringLiteral("/c3prune") +
                        QString::number(QCoreApplication::applicationPid());
    QProcess *own = TestEngines::startOwnContainerd(dir);
    QVERIFY(own);
    auto stop = qScopeGuard([own] { TestEngines::stopOwnContainerd(own); });
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const QString ns = TestEngines::containerdNamespace();
    const QString other = QStringLiteral("default");
    ContainerdEngine engine(Endpoint::fromUrl(QStringLiteral("containerd://%1").arg(socket)));
    QVERIFY(identify(engine));
    const QString name = TestEngines::containerdImage();
    const CtrImage ctr = ctrImages(socket, ns).value(name);
    QVERIFY(!ctr.digest.isEmpty());
    QVERIFY(ctrImages(socket, other).contains(name));

    // Every namespace's images, each marked with its namespace; a name in two of them is
    // removed only when the call says which.
    QSet<QString> spaces;
    for (const ImageSummary &i : list(engine)) {
        if (i.repoTags.contains(name)) {
            spaces.insert(i.namespaceName);
            QCOMPARE(i.id, ContainerdIds::join(i.namespaceName, ctr.digest));
        }
    }
    QCOMPARE(spaces, (QSet<QString>{ns, other}));
    const EngineResult<ImageRemoval> which =
        await<ImageRemoval>([&](QObject *c, Engine::Callback<ImageRemoval> cb) {
            engine.removeImage(name, false, c, std::move(cb));
        });
    QCOMPARE(which.error.kind, EngineError::Kind::BadInput);
    QVERIFY2(which.error.message.contains(QStringLiteral("NAMESPACE/")),
             qPrintable(which.error.message));
    QVERIFY(ctrImages(socket, other).contains(name));

    // Dangling: containerd has none.
    const EngineResult<PruneReport> dangling =
        await<PruneReport>([&](QObject *c, Engine::Callback<PruneReport> cb) {
            engine.pruneImages(false, c, std::move(cb));
        });
    QVERIFY2(dangling.ok(), qPrintable(dangling.error.userText()));
    QVERIFY(dangling.value.deleted.isEmpty());
    QVERIFY(ctrImages(socket, other).contains(name));

    // A container in one namespace keeps its image; the other namespace's copy goes, and frees
    // nothing while the blobs are still in use.
    const QString id = TestEngines::uniqueName(QStringLiteral("c3keep"));
    QVERIFY(createContainer(socket, ns, name, id));
    const EngineResult<PruneReport> first =
        await<PruneReport>([&](QObject *c, Engine::Callback<PruneReport> cb) {
            engine.pruneImages(true, c, std::move(cb));
        });
    QVERIFY2(first.ok(), qPrintable(first.error.userText()));
    QCOMPARE(first.value.deleted, QStringList{ContainerdIds::join(other, ctr.digest)});
    QCOMPARE(first.value.spaceReclaimed, 0);
    QVERIFY(!ctrImages(socket, other).contains(name));
    QVERIFY(ctrImages(socket, ns).contains(name));

    // Without the container the image goes too, and its blobs with it.
    deleteContainer(socket, ns, id);
    const EngineResult<PruneReport> second =
        await<PruneReport>([&](QObject *c, Engine::Callback<PruneReport> cb) {
            engine.pruneImages(true, c, std::move(cb));
        });
    QVERIFY2(second.ok(), qPrintable(second.error.userText()));
    QCOMPARE(second.value.deleted, QStringList{ContainerdIds::join(ns, ctr.digest)});
    QVERIFY2(qAbs(double(second.value.spaceReclaimed) - ctr.size) <= ctr.tolerance,
             qPrintable(QString::number(second.value.spaceReclaimed)));
    QVERIFY(ctrImages(socket, ns).isEmpty());
    const TestEngines::Result content = TestEngines::ctrAt(
        socket, ns, {QStringLiteral("content"), QStringLiteral("ls"), QStringLiteral("-q")});
    QCOMPARE(content.output, QString());
    QVERIFY(list(engine).isEmpty());
}

void TestContainerdImages::diskUsage()
{
    REQUIRE_CONTAINERD();
    const QString dir = TestEngines::dir() + QStringLiteral("/c3df") +
                        QString::number(QCoreApplication::applicationPid());
    QProcess *own = TestEngines::startOwnContainerd(dir);
    QVERIFY(own);
    auto stop = qScopeGuard([own] { TestEngines::stopOwnContainerd(own); });
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const QString ns = TestEngines::containerdNamespace();
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2").arg(socket, ns)));
    QVERIFY(identify(engine));
    const CtrImage image = ctrImages(socket, ns).value(TestEngines::containerdImage());
    QVERIFY(!image.digest.isEmpty());

    // One running container that wrote 1 MiB, one that never ran.
    const TestEngines::Result running = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("c3df")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("dd if=/dev/zero of=/big bs=1024 count=1024 && touch /done && sleep 600")},
        {}, {}, socket);
    QVERIFY2(running.exitCode == 0, qPrintable(running.output));
    const QString idle = TestEngines::uniqueName(QStringLiteral("c3idle"));
    QVERIFY(createContainer(socket, ns, TestEngines::containerdImage(), idle));
    QTRY_VERIFY_WITH_TIMEOUT(snapshotBytes(socket, ns, running.output).first >= 1024 * 1024,
                             WaitMs);

    const EngineResult<DiskUsage> r = await<DiskUsage>(
        [&](QObject *c, Engine::Callback<DiskUsage> cb) { engine.diskUsage(c, std::move(cb)); });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    const DiskUsage &u = r.value;
    QCOMPARE(u.images.count, 1);
    QCOMPARE(u.images.active, 1);
    QVERIFY2(qAbs(double(u.images.size) - image.size) <= image.tolerance,
             qPrintable(QString::number(u.images.size)));
    QCOMPARE(u.images.reclaimable, 0);
    QCOMPARE(u.containers.count, 2);
    QCOMPARE(u.containers.active, 1);
    // The running container's snapshot, as `ctr snapshots usage` sizes it.
    const auto [size, tolerance] = snapshotBytes(socket, ns, running.output);
    QVERIFY(u.containers.size >= 1024 * 1024);
    QVERIFY2(qAbs(double(u.containers.size) - size) <= tolerance + 64 * 1024,
             qPrintable(QStringLiteral("%1 vs %2").arg(u.containers.size).arg(size)));
    QVERIFY(u.containers.reclaimable < 64 * 1024); // the idle one wrote nothing
    QCOMPARE(u.volumes.count, 0);
    QCOMPARE(u.buildCache.count, 0);
}

void TestContainerdImages::pullSaysWhy()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const EngineCapabilities caps = engine.info().capabilities;
    if (caps.imagePull) {
        QVERIFY(QVersionNumber::fromString(engine.info().version) >= QVersionNumber(1, 7));
        QSKIP("this containerd pulls through its Transfer service (tst_containerd_pull)");
    }
    QVERIFY(caps.imagePullMissingText.contains(QStringLiteral("nerdctl pull")));
    QVERIFY(caps.imagePullMissingText.contains(engine.info().version));
    QObject context;
    ProgressStream *stream = engine.pullImage(TestEngines::containerdImage(), {}, &context);
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(WaitMs));
    const EngineError e = ended.first().first().value<EngineError>();
    QCOMPARE(e.kind, EngineError::Kind::Unsupported);
    QVERIFY2(e.userText().contains(caps.imagePullMissingText) ||
                 e.message.contains(caps.imagePullMissingText),
             qPrintable(e.userText()));
}

void TestContainerdImages::cancelAndCap()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString ns = TestEngines::containerdNamespace();

    // A cancelled list answers Aborted, once.
    int answers = 0;
    std::optional<EngineResult<QList<ImageSummary>>> cancelled;
    QObject context;
    const CallHandle handle =
        engine.listImages(false, &context, [&](const EngineResult<QList<ImageSummary>> &r) {
            ++answers;
            cancelled = r;
        });
    QVERIFY(handle.isRunning());
    handle.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.has_value(), WaitMs);
    QCOMPARE(cancelled->error.kind, EngineError::Kind::Aborted);
    // A later list has its answer: the cancelled one's calls have ended by then too.
    QVERIFY(!list(engine).isEmpty());
    QCOMPARE(answers, 1);

    // Blobs read whole, and refused past the cap.
    const EngineResult<ImageDetails> d =
        await<ImageDetails>([&](QObject *c, Engine::Callback<ImageDetails> cb) {
            engine.inspectImage(TestEngines::containerdImage(), c, std::move(cb));
        });
    QVERIFY2(d.ok(), qPrintable(d.error.userText()));
    const QJsonObject config = QJsonDocument::fromJson(d.value.rawJson)
                                   .object()
                                   .value(QStringLiteral("Manifest"))
                                   .toObject()
                                   .value(QStringLiteral("config"))
                                   .toObject();
    const QString digest = config.value(QStringLiteral("digest")).toString();
    ContainerdContent content(engine.channel());
    const EngineResult<QByteArray> whole =
        await<QByteArray>([&](QObject *c, Engine::Callback<QByteArray> cb) {
            content.readBlob(ns, digest, c, std::move(cb));
        });
    QVERIFY2(whole.ok(), qPrintable(whole.error.userText()));
    QCOMPARE(whole.value.size(), config.value(QStringLiteral("size")).toInteger());
    QCOMPARE(QStringLiteral("sha256:") +
                 QString::fromLatin1(
                     QCryptographicHash::hash(whole.value, QCryptographicHash::Sha256).toHex()),
             digest);
    const EngineResult<QByteArray> capped =
        await<QByteArray>([&](QObject *c, Engine::Callback<QByteArray> cb) {
            content.readBlob(ns, digest, c, std::move(cb), 16);
        });
    QCOMPARE(capped.error.kind, EngineError::Kind::TooLarge);
    const EngineResult<QByteArray> missing =
        await<QByteArray>([&](QObject *c, Engine::Callback<QByteArray> cb) {
            content.readBlob(ns, QStringLiteral("sha256:") + QString(64, QLatin1Char('0')), c,
                             std::move(cb));
        });
    QCOMPARE(missing.error.httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestContainerdImages)
#include "tst_containerd_images.moc"
