#include "core/services/imagepull.h"

#include "core/config/registrylogins.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Pulling through a node on real engines (Docker and Podman): progress comes per layer and as
// typed sums over the layers, the end as an error or none; a registry that wants a login gets
// the one given or the one saved, and refuses a wrong one as Unauthorized.
class TestImagePull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullsWithProgress_data();
    void pullsWithProgress();
    void absentTagFailsInTheEnginesWords();
    void pullsANewImageLayerByLayer_data() { addRows(); }
    void pullsANewImageLayerByLayer();
    void pullsWithTheLoginGiven_data() { addRows(); }
    void pullsWithTheLoginGiven();
    void pullsWithTheSavedLogin_data() { addRows(); }
    void pullsWithTheSavedLogin();
    void stopLeavesNothingRunning_data() { addRows(); }
    void stopLeavesNothingRunning();
    void shortNameTriesTheSearchRegistries();

private:
    static void addRows();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const Endpoint &endpoint);
    // A new image of `bytes` random bytes over the test image, pushed to `registry` (logged in
    // when it is the one that wants a login) and gone from Docker again: nothing of its top
    // layer is on either engine. Its reference, or empty on failure.
    static QString pushedImage(const QString &registry, const QString &prefix, int bytes);
    static EngineError pull(NodeService *node, const QString &reference,
                            std::optional<RegistryAuth> auth = std::nullopt);
    static RegistryAuth authRegistryLogin();
    // pushedImage() for a node on `socket`, removed from that engine at the end.
    struct Pushed
    {
        QString socket;
        QString image;
        std::unique_ptr<NodeServiceImpl> node;
        ~Pushed()
        {
            TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
        }
    };
    static std::unique_ptr<Pushed> pushedTo(const QString &socket, const QString &registry,
                                            const QString &prefix, int bytes);
    static bool isOn(const QString &socket, const QString &image)
    {
        return TestEngines::docker(socket,
                                   {QStringLiteral("image"), QStringLiteral("inspect"), image})
                   .exitCode == 0;
    }

    QTemporaryDir m_config;
};

void TestImagePull::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<PullProgress>();
    qRegisterMetaType<LayerProgress>();
    // Saved logins (settings and keychain) of this test's own.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagepull"));
}

void TestImagePull::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true;
}

RegistryAuth TestImagePull::authRegistryLogin()
{
    RegistryAuth auth;
    auth.username = TestEngines::authUser();
    auth.password = TestEngines::authPassword();
    auth.serverAddress = TestEngines::authRegistry();
    return auth;
}

QString TestImagePull::pushedImage(const QString &registry, const QString &prefix, int bytes)
{
    const QString socket = TestEngines::dockerSocket();
    const QString reference =
        registry + QLatin1Char('/') + TestEngines::uniqueName(prefix) + QStringLiteral(":v1");
    if (TestEngines::makeImage(socket, false, reference, bytes).exitCode != 0)
        return {};
    const bool login = registry == TestEngines::authRegistry();
    if (login && TestEngines::docker(socket, {QStringLiteral("login"), QStringLiteral("-u"),
                                              TestEngines::authUser(), QStringLiteral("-p"),
                                              TestEngines::authPassword(), registry})
                         .exitCode != 0)
        return {};
    const auto pushed = TestEngines::docker(socket, {QStringLiteral("push"), reference}, 120000);
    if (login)
        TestEngines::docker(socket, {QStringLiteral("logout"), registry});
    TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), reference});
    if (pushed.exitCode != 0) {
        qWarning("push failed: %s", qPrintable(pushed.output));
        return {};
    }
    return reference;
}

std::unique_ptr<TestImagePull::Pushed> TestImagePull::pushedTo(const QString &socket,
                                                               const QString &registry,
                                                               const QString &prefix, int bytes)
{
    auto pushed = std::make_unique<Pushed>();
    pushed->socket = socket;
    pushed->image = pushedImage(registry, prefix, bytes);
    if (pushed->image.isEmpty())
        return nullptr;
    pushed->node = onlineNode(Endpoint::unixSocket(socket));
    if (!pushed->node)
        return nullptr;
    return pushed;
}

EngineError TestImagePull::pull(NodeService *node, const QString &reference,
                                std::optional<RegistryAuth> auth)
{
    ImagePull pull(node);
    std::optional<EngineError> result;
    QObject::connect(&pull, &ImagePull::finished, &pull,
                     [&result](const EngineError &e) { result = e; });
    if (auth)
        pull.start(reference, *auth);
    else
        pull.start(reference);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no end in time"));
    return *result;
}

std::unique_ptr<NodeServiceImpl> TestImagePull::onlineNode(const Endpoint &endpoint)
{
    auto node = std::make_unique<NodeServiceImpl>(QStringLiteral("pull"), endpoint);
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

void TestImagePull::pullsWithProgress_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestImagePull::pullsWithProgress()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString image =
        TestEngines::registry() + QStringLiteral("/gontainer-test/busybox:latest");
    TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
    const auto node = onlineNode(Endpoint::unixSocket(socket));
    QVERIFY(node);

    ImagePull pull(node.get());
    QSignalSpy progressed(&pull, &ImagePull::progressed);
    QSignalSpy finished(&pull, &ImagePull::finished);
    pull.start(image);
    QVERIFY(pull.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto error = finished.first().first().value<EngineError>();
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    QVERIFY(!pull.isRunning());
    // The test image's layers are on the engine already (under its own name), so the engine
    // may report no sizes at all; what it reports adds up.
    for (const QList<QVariant> &args : std::as_const(progressed)) {
        const auto p = args.first().value<PullProgress>();
        QVERIFY(p.total > 0);
        QVERIFY(p.done >= 0 && p.done <= p.total);
    }
    QVERIFY2(isOn(socket, image), qPrintable(image));
    TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
}

void TestImagePull::absentTagFailsInTheEnginesWords()
{
    REQUIRE_ENGINES();
    const auto node = onlineNode(Endpoint::unixSocket(TestEngines::podmanSocket()));
    QVERIFY(node);
    ImagePull pull(node.get());
    QSignalSpy finished(&pull, &ImagePull::finished);
    pull.start(TestEngines::registry() + QStringLiteral("/gontainer-test/absent:nope"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto error = finished.first().first().value<EngineError>();
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(QStringLiteral("manifest unknown")), qPrintable(error.message));
    QVERIFY2(error.userText().contains(error.message), qPrintable(error.userText()));
}

void TestImagePull::pullsANewImageLayerByLayer()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const int bytes = 3000000;
    const auto pushed = pushedTo(socket, TestEngines::registry(), QStringLiteral("layers"), bytes);
    QVERIFY(pushed);
    const QString &image = pushed->image;
    const auto &node = pushed->node;

    ImagePull pull(node.get());
    QSignalSpy layers(&pull, &ImagePull::layerProgressed);
    QSignalSpy progressed(&pull, &ImagePull::progressed);
    QSignalSpy finished(&pull, &ImagePull::finished);
    pull.start(image);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const auto error = finished.first().first().value<EngineError>();
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    QVERIFY(pull.triedRegistries().isEmpty());

    // Each layer by its id, in the engine's words.
    QSet<QString> ids;
    for (const QList<QVariant> &args : std::as_const(layers)) {
        const auto layer = args.first().value<LayerProgress>();
        QVERIFY(!layer.id.isEmpty());
        QVERIFY(!layer.status.isEmpty());
        QVERIFY(layer.total == 0 || (layer.current >= 0 && layer.current <= layer.total));
        ids.insert(layer.id);
    }
    QVERIFY2(!ids.isEmpty(), "no layer reported");
    if (!podman) {
        // Docker tells the new layer's bytes as they come (Podman's compatible pull does not).
        QVERIFY(!progressed.isEmpty());
        const auto last = progressed.last().first().value<PullProgress>();
        QVERIFY2(last.total >= bytes, qPrintable(QString::number(last.total)));
        QCOMPARE(last.done, last.total);
    }
    QVERIFY2(isOn(socket, image), qPrintable(image));
}

void TestImagePull::pullsWithTheLoginGiven()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const auto pushed =
        pushedTo(socket, TestEngines::authRegistry(), QStringLiteral("given"), 1000);
    QVERIFY(pushed);
    const QString &image = pushed->image;
    const auto &node = pushed->node;

    // Without a login (none saved), and with a wrong one: refused, in the registry's words.
    const EngineError anonymous = pull(node.get(), image);
    QVERIFY2(anonymous.kind == EngineError::Kind::Unauthorized, qPrintable(anonymous.userText()));
    RegistryAuth wrong = authRegistryLogin();
    wrong.password += QStringLiteral("-wrong");
    const EngineError refused = pull(node.get(), image, wrong);
    QVERIFY2(refused.kind == EngineError::Kind::Unauthorized, qPrintable(refused.userText()));
    QVERIFY2(refused.message.contains(QStringLiteral("unauthorized"), Qt::CaseInsensitive),
             qPrintable(refused.message));
    QVERIFY2(refused.userText().contains(refused.message), qPrintable(refused.userText()));

    const EngineError ok = pull(node.get(), image, authRegistryLogin());
    QVERIFY2(!ok.isError(), qPrintable(ok.userText()));
    QVERIFY2(isOn(socket, image), qPrintable(image));
}

void TestImagePull::pullsWithTheSavedLogin()
{
    REQUIRE_ENGINES();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/harness/with-keyring.sh (ctest does)");
    QFETCH(QString, socket);
    const QString image = pushedImage(TestEngines::authRegistry(), QStringLiteral("saved"), 1000);
    QVERIFY(!image.isEmpty());
    QObject context;
    std::optional<QString> saved;
    RegistryLogins::save(authRegistryLogin(), &context,
                         [&saved](const QString &error) { saved = error; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
    QVERIFY2(saved->isEmpty(), qPrintable(*saved));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
        bool forgotten = false;
        RegistryLogins::forget(TestEngines::authRegistry(), &context,
                               [&forgotten](const QString &) { forgotten = true; });
        if (!QTest::qWaitFor([&] { return forgotten; }, 30000))
            qWarning("the saved login was not forgotten in time");
    });
    const auto node = onlineNode(Endpoint::unixSocket(socket));
    QVERIFY(node);

    const EngineError ok = pull(node.get(), image);
    QVERIFY2(!ok.isError(), qPrintable(ok.userText()));
    QVERIFY2(isOn(socket, image), qPrintable(image));
}

void TestImagePull::stopLeavesNothingRunning()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const auto pushed =
        pushedTo(socket, TestEngines::registry(), QStringLiteral("stopped"), 30000000);
    QVERIFY(pushed);
    const QString &image = pushed->image;
    const auto &node = pushed->node;

    {
        ImagePull pull(node.get());
        QSignalSpy layers(&pull, &ImagePull::layerProgressed);
        QSignalSpy finished(&pull, &ImagePull::finished);
        pull.start(image);
        // Stopped once the engine is at it.
        QTRY_VERIFY_WITH_TIMEOUT(!layers.isEmpty() || !finished.isEmpty(), 60000);
        pull.stop();
        QVERIFY(!pull.isRunning());
        const qsizetype endsBefore = finished.count();
        // A pull started again on the same node runs to its end; the stopped one reports nothing
        // more meanwhile.
        const EngineError again = TestImagePull::pull(node.get(), image);
        QVERIFY2(!again.isError(), qPrintable(again.userText()));
        QCOMPARE(finished.count(), endsBefore);
        QVERIFY(!pull.isRunning());
    }
    // The image is whole: every layer there, its size the registry's.
    const auto size =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("-f"), QStringLiteral("{{.Size}}"), image});
    QVERIFY2(size.exitCode == 0, qPrintable(size.output));
    QVERIFY2(size.output.trimmed().toLongLong() >= 30000000, qPrintable(size.output));
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                 QStringLiteral("none"), image, QStringLiteral("wc"), QStringLiteral("-c"),
                 QStringLiteral("/blob")});
    QVERIFY2(run.exitCode == 0 && run.output.contains(QStringLiteral("30000000")),
             qPrintable(run.output));
}

void TestImagePull::shortNameTriesTheSearchRegistries()
{
    REQUIRE_ENGINES();
    const QString open = TestEngines::registry();
    const QString locked = TestEngines::authRegistry();
    // Docker means docker.io by a short name: no search.
    {
        const auto docker = onlineNode(Endpoint::unixSocket(TestEngines::dockerSocket()));
        QVERIFY(docker);
        QTRY_VERIFY_WITH_TIMEOUT(!docker->details().serverVersion.isEmpty(), 30000);
        QVERIFY(docker->details().searchRegistries.isEmpty());
    }
    // A Podman service of its own, over the harness's storage, that searches the registry with a
    // login first, then the open one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString socket = dir.filePath(QStringLiteral("podman.sock"));
    QProcess *service = TestEngines::startPodmanServiceSearching(socket, {locked, open});
    QVERIFY(service);
    auto stopService = qScopeGuard([service] { TestEngines::stopPodmanService(service); });
    const auto node = onlineNode(Endpoint::unixSocket(socket));
    QVERIFY(node);
    // Read from Podman's own /info.
    QTRY_COMPARE_WITH_TIMEOUT(node->details().searchRegistries, (QStringList{locked, open}), 30000);

    // Only the open registry has it: the one with a login turns the anonymous pull away, the
    // next one gives it.
    const QString full = pushedImage(open, QStringLiteral("short"), 1000);
    QVERIFY(!full.isEmpty());
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("rmi"), QStringLiteral("-f"), full});
    });
    const QString shortName = full.mid(open.size() + 1);
    {
        ImagePull pull(node.get());
        QSignalSpy finished(&pull, &ImagePull::finished);
        pull.start(shortName);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto error = finished.first().first().value<EngineError>();
        QVERIFY2(!error.isError(), qPrintable(error.userText()));
        QVERIFY(pull.triedRegistries().isEmpty());
        QVERIFY(pull.qualifiedCandidates().isEmpty());
        const auto inspected =
            TestEngines::docker(TestEngines::podmanSocket(),
                                {QStringLiteral("image"), QStringLiteral("inspect"), full});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
    }
    // None has it: ImageMissing, with the registries tried and the names to choose from.
    {
        const QString absent =
            TestEngines::uniqueName(QStringLiteral("absent")) + QStringLiteral(":nope");
        ImagePull pull(node.get());
        QSignalSpy finished(&pull, &ImagePull::finished);
        pull.start(absent);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto error = finished.first().first().value<EngineError>();
        QVERIFY2(error.kind == EngineError::Kind::ImageMissing, qPrintable(error.userText()));
        QCOMPARE(pull.triedRegistries(), (QStringList{locked, open}));
        QCOMPARE(pull.qualifiedCandidates(), (QStringList{locked + QLatin1Char('/') + absent,
                                                          open + QLatin1Char('/') + absent}));
        // Each registry's own words.
        QVERIFY2(error.message.contains(QStringLiteral("manifest unknown")),
                 qPrintable(error.message));
    }
}

QTEST_GUILESS_MAIN(TestImagePull)
#include "tst_imagepull.moc"
