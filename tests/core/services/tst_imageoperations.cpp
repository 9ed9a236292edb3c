#include "core/services/imageoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QScopeGuard>
#include <QTest>

#include <optional>

// What the Images page does to images, through a real node on real engines (Docker and
// Podman): typed answers, and the refusals the page acts on (InUse, Unauthorized) as kinds.
class TestImageOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describeGivesDetailsAndHistory_data() { addRows(); }
    void describeGivesDetailsAndHistory();
    void tagGivesTheImageAName_data() { addRows(); }
    void tagGivesTheImageAName();
    void removeRefusedWhileARunningContainerUsesIt_data() { addRows(); }
    void removeRefusedWhileARunningContainerUsesIt();
    void removeOfAStoppedUsersImageNeedsForce_data() { addRows(); }
    void removeOfAStoppedUsersImageNeedsForce();
    void pruneFreesWhatTheEngineCounts_data() { addRows(); }
    void pruneFreesWhatTheEngineCounts();
    void pruneOfAllUnusedKeepsWhatContainersUse_data() { addRows(); }
    void pruneOfAllUnusedKeepsWhatContainersUse();
    void checkLoginAsksTheRegistry_data() { addRows(); }
    void checkLoginAsksTheRegistry();

private:
    static void addRows();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const QString &socket);
    template<typename T, typename Call>
    static EngineResult<T> await(Call call);
    template<typename Call>
    static EngineError awaitDone(Call call);
    static bool imageExists(const QString &socket, const QString &idOrName);
    static DiskUsage diskUsage(NodeService *node);
    // Prunes, and checks that `gone` went and `stays` stayed, and that the report's bytes are
    // what the engine's own disk figures lost.
    static void pruneAndCompare(NodeService *node, const QString &socket, bool allUnused,
                                const QString &gone, const QString &stays);
    // Ids as either engine writes them ("sha256:" or not).
    static bool sameId(const QString &a, const QString &b)
    {
        const auto bare = [](const QString &id) {
            return id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
        };
        return bare(a) == bare(b);
    }
};

void TestImageOperations::initTestCase()
{
    qRegisterMetaType<EngineError>();
}

void TestImageOperations::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true;
}

std::unique_ptr<NodeServiceImpl> TestImageOperations::onlineNode(const QString &socket)
{
    auto node =
        std::make_unique<NodeServiceImpl>(QStringLiteral("images"), Endpoint::unixSocket(socket));
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

template<typename T, typename Call>
EngineResult<T> TestImageOperations::await(Call call)
{
    QObject receiver;
    std::optional<EngineResult<T>> result;
    call(&receiver, [&result](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineResult<T>::failure(
            EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time")));
    return *result;
}

template<typename Call>
EngineError TestImageOperations::awaitDone(Call call)
{
    QObject receiver;
    std::optional<EngineError> result;
    call(&receiver, [&result](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time"));
    return *result;
}

bool TestImageOperations::imageExists(const QString &socket, const QString &idOrName)
{
    return TestEngines::docker(socket,
                               {QStringLiteral("image"), QStringLiteral("inspect"), idOrName})
               .exitCode == 0;
}

DiskUsage TestImageOperations::diskUsage(NodeService *node)
{
    const auto r = await<DiskUsage>([node](QObject *receiver, auto done) {
        EngineCall::run<DiskUsage>(
            node, receiver,
            [](Engine &engine, QObject *context, Engine::Callback<DiskUsage> reply) {
                return engine.diskUsage(context, std::move(reply));
            },
            done);
    });
    return r.value;
}

void TestImageOperations::pruneAndCompare(NodeService *node, const QString &socket, bool allUnused,
                                          const QString &gone, const QString &stays)
{
    const DiskUsage before = diskUsage(node);
    QVERIFY(before.images.size > 0);
    const auto r = await<PruneReport>([&](QObject *receiver, auto done) {
        ImageOperations::prune(node, allUnused, receiver, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY2(!imageExists(socket, gone), "the image to prune is still there");
    QVERIFY2(imageExists(socket, stays), "an image to keep went");
    QVERIFY2(std::any_of(r.value.deleted.cbegin(), r.value.deleted.cend(),
                         [&](const QString &id) { return sameId(id, gone); }),
             qPrintable(r.value.deleted.join(QLatin1Char(' '))));
    const DiskUsage after = diskUsage(node);
    QVERIFY2(r.value.spaceReclaimed > 0, qPrintable(QString::number(r.value.spaceReclaimed)));
    QCOMPARE(r.value.spaceReclaimed, before.images.size - after.images.size);
}

void TestImageOperations::describeGivesDetailsAndHistory()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString name =
        TestEngines::uniqueName(QStringLiteral("describe")) + QStringLiteral(":v1");
    const int bytes = 300000;
    const auto made = TestEngines::makeImage(socket, podman, name, bytes);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), name});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);

    const auto r = await<ImageOperations::ImageDescription>([&](QObject *receiver, auto done) {
        ImageOperations::describe(node.get(), name, receiver, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QVERIFY2(sameId(r.value.details.id, made.output), qPrintable(r.value.details.id));
    QVERIFY2(!r.value.details.rawJson.isEmpty(), "no inspect JSON");
    QVERIFY(!r.value.details.architecture.isEmpty());
    // The test image's one layer, and the commit's on top: newest first, with the bytes added.
    QVERIFY2(r.value.history.size() >= 2, qPrintable(QString::number(r.value.history.size())));
    QVERIFY2(r.value.history.first().size >= bytes,
             qPrintable(QString::number(r.value.history.first().size)));

    const auto missing =
        await<ImageOperations::ImageDescription>([&](QObject *receiver, auto done) {
            ImageOperations::describe(node.get(), QStringLiteral("gontainer-test/absent:nope"),
                                      receiver, done);
        });
    QCOMPARE(missing.error.kind, EngineError::Kind::ImageMissing);
}

void TestImageOperations::tagGivesTheImageAName()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString name = TestEngines::uniqueName(QStringLiteral("tag")) + QStringLiteral(":v1");
    const QString target =
        TestEngines::uniqueName(QStringLiteral("tagged/other")) + QStringLiteral(":v2");
    const auto made = TestEngines::makeImage(socket, podman, name, 1000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), made.output});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);

    QVERIFY(!imageExists(socket, target));
    const EngineError error = awaitDone([&](QObject *receiver, auto done) {
        ImageOperations::tag(node.get(), made.output, target, receiver, done);
    });
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    const auto inspected =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("-f"), QStringLiteral("{{.Id}}"), target});
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
    QVERIFY2(sameId(inspected.output.trimmed(), made.output), qPrintable(inspected.output));

    const EngineError absent = awaitDone([&](QObject *receiver, auto done) {
        ImageOperations::tag(node.get(), QStringLiteral("gontainer-test/absent:nope"), target,
                             receiver, done);
    });
    QCOMPARE(absent.kind, EngineError::Kind::ImageMissing);
}

void TestImageOperations::removeRefusedWhileARunningContainerUsesIt()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString name = TestEngines::uniqueName(QStringLiteral("inuse")) + QStringLiteral(":v1");
    const auto made = TestEngines::makeImage(socket, podman, name, 1000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    const QString container = TestEngines::uniqueName(QStringLiteral("user"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container});
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), made.output});
    });
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), container,
                 QStringLiteral("--network"), QStringLiteral("none"), name, QStringLiteral("sleep"),
                 QStringLiteral("600")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const auto node = onlineNode(socket);
    QVERIFY(node);
    // The page lists the container as the image's user, whichever way the engine writes ids.
    QTRY_COMPARE_WITH_TIMEOUT(ImageOperations::usersOf(node.get(), made.output).size(), 1, 30000);
    QCOMPARE(ImageOperations::usersOf(node.get(), made.output).first().name, container);

    for (const QString &what : {made.output, name}) {
        const auto r = await<ImageRemoval>([&](QObject *receiver, auto done) {
            ImageOperations::remove(node.get(), what, false, receiver, done);
        });
        QVERIFY2(r.error.kind == EngineError::Kind::InUse,
                 qPrintable(what + QStringLiteral(": ") + r.error.userText()));
        QVERIFY2(r.error.userText().contains(r.error.message), qPrintable(r.error.userText()));
        QVERIFY(imageExists(socket, made.output));
        QVERIFY(imageExists(socket, name));
    }
    // Docker refuses even a forced removal while the container runs.
    if (!podman) {
        const auto forced = await<ImageRemoval>([&](QObject *receiver, auto done) {
            ImageOperations::remove(node.get(), made.output, true, receiver, done);
        });
        QVERIFY2(forced.error.kind == EngineError::Kind::InUse,
                 qPrintable(forced.error.userText()));
        QVERIFY(imageExists(socket, made.output));
    }
    const auto state =
        TestEngines::docker(socket, {QStringLiteral("inspect"), QStringLiteral("-f"),
                                     QStringLiteral("{{.State.Running}}"), container});
    QCOMPARE(state.output.trimmed(), QStringLiteral("true"));
}

void TestImageOperations::removeOfAStoppedUsersImageNeedsForce()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString name = TestEngines::uniqueName(QStringLiteral("stopped")) + QStringLiteral(":v1");
    const auto made = TestEngines::makeImage(socket, podman, name, 1000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    const QString container = TestEngines::uniqueName(QStringLiteral("user"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container});
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), made.output});
    });
    const auto created =
        TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--name"), container,
                                     QStringLiteral("--network"), QStringLiteral("none"), name});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const auto node = onlineNode(socket);
    QVERIFY(node);
    QTRY_COMPARE_WITH_TIMEOUT(ImageOperations::usersOf(node.get(), made.output).size(), 1, 30000);

    const auto refused = await<ImageRemoval>([&](QObject *receiver, auto done) {
        ImageOperations::remove(node.get(), made.output, false, receiver, done);
    });
    QVERIFY2(refused.error.kind == EngineError::Kind::InUse, qPrintable(refused.error.userText()));
    QVERIFY(imageExists(socket, made.output));

    const auto forced = await<ImageRemoval>([&](QObject *receiver, auto done) {
        ImageOperations::remove(node.get(), made.output, true, receiver, done);
    });
    QVERIFY2(forced.ok(), qPrintable(forced.error.userText()));
    QVERIFY2(!forced.value.deleted.isEmpty(), "the engine named nothing it deleted");
    QVERIFY(!imageExists(socket, made.output));
    // The snapshot follows: the page drops the image.
    const auto listed = [&] {
        const QList<ImageSummary> images = node->images();
        return std::any_of(images.cbegin(), images.cend(),
                           [&](const ImageSummary &i) { return sameId(i.id, made.output); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(!listed(), 30000);
}

void TestImageOperations::pruneFreesWhatTheEngineCounts()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    // Two images under one name: the first loses it and dangles. Its own layer is what a prune
    // frees (the one below it is the test image's, which stays).
    const QString name = TestEngines::uniqueName(QStringLiteral("prune")) + QStringLiteral(":v1");
    const auto first = TestEngines::makeImage(socket, podman, name, 400000);
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    const auto second = TestEngines::makeImage(socket, podman, name, 1000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), first.output});
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), second.output});
    });
    QVERIFY(first.output != second.output);
    const auto node = onlineNode(socket);
    QVERIFY(node);

    const auto planned = [&](bool allUnused, const QString &id) {
        const auto plan = ImageOperations::prunePlan(node.get(), allUnused);
        return std::any_of(plan.images.cbegin(), plan.images.cend(),
                           [&](const ImageSummary &i) { return sameId(i.id, id); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(planned(false, first.output), 30000);
    // The named image stays out of a dangling prune, in an all-unused one; the test image, which
    // containers of other tests may use, is named and stays out too.
    QVERIFY(!planned(false, second.output));
    QVERIFY(planned(true, second.output));
    const auto plan = ImageOperations::prunePlan(node.get(), false);
    qint64 plannedBytes = 0;
    for (const ImageSummary &i : plan.images)
        plannedBytes += i.size;
    QCOMPARE(plan.bytes, plannedBytes);

    pruneAndCompare(node.get(), socket, false, first.output, second.output);
}

void TestImageOperations::pruneOfAllUnusedKeepsWhatContainersUse()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    // The test image stays: a container runs from it. A named image no container uses goes.
    const QString keeper = TestEngines::uniqueName(QStringLiteral("keeper"));
    const auto kept =
        TestEngines::runDetached(socket, keeper, {QStringLiteral("sleep"), QStringLiteral("600")});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.output));
    const QString name = TestEngines::uniqueName(QStringLiteral("unused")) + QStringLiteral(":v1");
    const auto unused = TestEngines::makeImage(socket, podman, name, 200000);
    QVERIFY2(unused.exitCode == 0, qPrintable(unused.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), keeper});
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), unused.output});
    });
    const QString testImage = podman ? TestEngines::podmanImage() : TestEngines::image();
    const auto node = onlineNode(socket);
    QVERIFY(node);
    const auto planned = [&](const QString &id) {
        const auto plan = ImageOperations::prunePlan(node.get(), true);
        return std::any_of(plan.images.cbegin(), plan.images.cend(),
                           [&](const ImageSummary &i) { return sameId(i.id, id); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(planned(unused.output), 30000);
    const auto testImageId =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("-f"), QStringLiteral("{{.Id}}"), testImage});
    QVERIFY2(testImageId.exitCode == 0, qPrintable(testImageId.output));
    QTRY_COMPARE_WITH_TIMEOUT(
        ImageOperations::usersOf(node.get(), testImageId.output.trimmed()).isEmpty(), false, 30000);
    QVERIFY(!planned(testImageId.output.trimmed()));

    pruneAndCompare(node.get(), socket, true, unused.output, testImage);
}

void TestImageOperations::checkLoginAsksTheRegistry()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QVERIFY2(!TestEngines::authRegistry().isEmpty(), "no registry with a login in the harness");
    const auto node = onlineNode(socket);
    QVERIFY(node);
    // The registry on 127.0.0.1, plain HTTP: Podman's check is sent it as localhost.
    RegistryAuth auth;
    auth.username = TestEngines::authUser();
    auth.password = TestEngines::authPassword();
    auth.serverAddress = TestEngines::authRegistry();

    const EngineError ok = awaitDone([&](QObject *receiver, auto done) {
        ImageOperations::checkLogin(node.get(), auth, receiver, done);
    });
    QVERIFY2(!ok.isError(), qPrintable(ok.userText()));

    auth.password += QStringLiteral("-wrong");
    const EngineError wrong = awaitDone([&](QObject *receiver, auto done) {
        ImageOperations::checkLogin(node.get(), auth, receiver, done);
    });
    QVERIFY2(wrong.kind == EngineError::Kind::Unauthorized, qPrintable(wrong.userText()));
    // The registry's own words reach the user.
    QVERIFY2(wrong.message.contains(QStringLiteral("401 Unauthorized")), qPrintable(wrong.message));
    QVERIFY2(wrong.userText().contains(wrong.message), qPrintable(wrong.userText()));
}

QTEST_GUILESS_MAIN(TestImageOperations)
#include "tst_imageoperations.moc"
