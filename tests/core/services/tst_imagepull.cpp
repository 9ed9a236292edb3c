#include "core/services/imagepull.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QSignalSpy>
#include <QTest>

// Pulling through a node on real engines: progress comes as typed sums over the layers, the
// end as an error or none.
class TestImagePull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullsWithProgress_data();
    void pullsWithProgress();
    void absentTagFailsInTheEnginesWords();

private:
    static std::unique_ptr<NodeServiceImpl> onlineNode(const Endpoint &endpoint);
};

void TestImagePull::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<PullProgress>();
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
    const auto inspected =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), image});
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
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

QTEST_GUILESS_MAIN(TestImagePull)
#include "tst_imagepull.moc"
