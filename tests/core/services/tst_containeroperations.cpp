#include "core/services/containeroperations.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QScopeGuard>
#include <QTest>

#include <optional>

// What the views do to a container, through a real node on real engines: the answers are
// typed, and the refusals the create dialog acts on come as kinds on Docker and on Podman.
class TestContainerOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createStartAndInspect_data();
    void createStartAndInspect();
    void missingImageAnswersImageMissing_data();
    void missingImageAnswersImageMissing();
    void takenNameAnswersNameInUse_data();
    void takenNameAnswersNameInUse();
    void healthCheckRunWhereTheEngineHasNone();
    void nodeWithoutEngineAnswersAnError();

private:
    static std::unique_ptr<NodeServiceImpl> onlineNode(const Endpoint &endpoint);
    static QString imageFor(bool podman)
    {
        return podman ? TestEngines::podmanImage() : TestEngines::image();
    }
    template<typename T, typename Call>
    static EngineResult<T> await(Call call);
    template<typename Call>
    static EngineError awaitDone(Call call);
};

void TestContainerOperations::initTestCase()
{
    qRegisterMetaType<EngineError>();
}

std::unique_ptr<NodeServiceImpl> TestContainerOperations::onlineNode(const Endpoint &endpoint)
{
    auto node = std::make_unique<NodeServiceImpl>(QStringLiteral("ops"), endpoint);
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

template<typename T, typename Call>
EngineResult<T> TestContainerOperations::await(Call call)
{
    QObject receiver;
    std::optional<EngineResult<T>> result;
    call(&receiver, [&result](const EngineResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return EngineResult<T>::failure(
            EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time")));
    return *result;
}

template<typename Call>
EngineError TestContainerOperations::awaitDone(Call call)
{
    QObject receiver;
    std::optional<EngineError> result;
    call(&receiver, [&result](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no answer in time"));
    return *result;
}

void TestContainerOperations::createStartAndInspect_data()
{
    TestEngines::addEngineRows();
}

void TestContainerOperations::createStartAndInspect()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const auto node = onlineNode(endpoint);
    QVERIFY(node);

    ContainerSpec spec;
    spec.image = imageFor(podman);
    spec.name = TestEngines::uniqueName(QStringLiteral("ops"));
    spec.command = {QStringLiteral("sleep"), QStringLiteral("300")};
    spec.network = QStringLiteral("none");
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), spec.name});
    });
    const auto created = await<CreatedObject>([&](QObject *receiver, auto done) {
        ContainerOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.userText()));
    QVERIFY(!created.value.id.isEmpty());

    const EngineError started = awaitDone([&](QObject *receiver, auto done) {
        ContainerOperations::start(node.get(), created.value.id, receiver, done);
    });
    QVERIFY2(!started.isError(), qPrintable(started.userText()));

    const auto details = await<ContainerDetails>([&](QObject *receiver, auto done) {
        ContainerOperations::inspect(node.get(), created.value.id, receiver, done);
    });
    QVERIFY2(details.ok(), qPrintable(details.error.userText()));
    QCOMPARE(details.value.id, created.value.id);
    QCOMPARE(details.value.name, spec.name);
    QCOMPARE(details.value.state, ContainerSummary::State::Running);
    QVERIFY(!details.value.rawJson.isEmpty());

    // A container that is not there: a plain refusal, in the engine's words.
    const auto missing = await<ContainerDetails>([&](QObject *receiver, auto done) {
        ContainerOperations::inspect(node.get(), QStringLiteral("no-such-container-here"), receiver,
                                     done);
    });
    QCOMPARE(missing.error.kind, EngineError::Kind::Http);
    QCOMPARE(missing.error.httpStatus, 404);
}

void TestContainerOperations::missingImageAnswersImageMissing_data()
{
    TestEngines::addEngineRows();
}

void TestContainerOperations::missingImageAnswersImageMissing()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    const auto node = onlineNode(endpoint);
    QVERIFY(node);

    ContainerSpec spec;
    spec.image = QStringLiteral("localhost/gontainer-test/not-there:latest");
    spec.command = {QStringLiteral("true")};
    const auto created = await<CreatedObject>([&](QObject *receiver, auto done) {
        ContainerOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY(!created.ok());
    QVERIFY2(created.error.kind == EngineError::Kind::ImageMissing,
             qPrintable(created.error.userText()));
    // The engine's words and status are kept for what the user reads.
    QCOMPARE(created.error.httpStatus, 404);
    QVERIFY(!created.error.message.isEmpty());
    QVERIFY2(created.error.userText().contains(created.error.message),
             qPrintable(created.error.userText()));

    if (podman) {
        // Podman's own create (a run time limit needs it): Podman 4 says the same words as a
        // 500, which stays a plain refusal (no pull offered); Podman 5 answers 404 like the
        // compatible API, and the image is missing as above.
        spec.runTimeoutSecs = 60;
        const auto own = await<CreatedObject>([&](QObject *receiver, auto done) {
            ContainerOperations::create(node.get(), spec, receiver, done);
        });
        QVERIFY(!own.ok());
        if (own.error.httpStatus == 404) {
            QVERIFY2(own.error.kind == EngineError::Kind::ImageMissing,
                     qPrintable(own.error.userText()));
        } else {
            QVERIFY2(own.error.kind == EngineError::Kind::Http, qPrintable(own.error.userText()));
            QCOMPARE(own.error.httpStatus, 500);
        }
        QVERIFY2(own.error.message.contains(QStringLiteral("image not known")),
                 qPrintable(own.error.message));
    }
}

void TestContainerOperations::takenNameAnswersNameInUse_data()
{
    TestEngines::addEngineRows();
}

void TestContainerOperations::takenNameAnswersNameInUse()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const auto node = onlineNode(endpoint);
    QVERIFY(node);

    const QString name = TestEngines::uniqueName(QStringLiteral("taken"));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    const auto made =
        TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--name"), name,
                                     imageFor(podman), QStringLiteral("true")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));

    ContainerSpec spec;
    spec.image = imageFor(podman);
    spec.name = name;
    spec.command = {QStringLiteral("true")};
    const auto created = await<CreatedObject>([&](QObject *receiver, auto done) {
        ContainerOperations::create(node.get(), spec, receiver, done);
    });
    QVERIFY(!created.ok());
    QVERIFY2(created.error.kind == EngineError::Kind::NameInUse,
             qPrintable(created.error.userText()));
    // Docker answers 409; Podman 4.3 409 or 500.
    QVERIFY2(created.error.httpStatus == 409 || created.error.httpStatus == 500,
             qPrintable(created.error.userText()));
    QVERIFY2(created.error.userText().contains(created.error.message),
             qPrintable(created.error.userText()));
    // As the create dialog shows it: a plain refusal with its status.
    QVERIFY2(created.error.refusalText().contains(QString::number(created.error.httpStatus)),
             qPrintable(created.error.refusalText()));

    if (podman) {
        spec.runTimeoutSecs = 60;
        const auto own = await<CreatedObject>([&](QObject *receiver, auto done) {
            ContainerOperations::create(node.get(), spec, receiver, done);
        });
        QVERIFY2(own.error.kind == EngineError::Kind::NameInUse, qPrintable(own.error.userText()));
    }
}

void TestContainerOperations::healthCheckRunWhereTheEngineHasNone()
{
    REQUIRE_ENGINES();
    const auto node = onlineNode(Endpoint::unixSocket(TestEngines::dockerSocket()));
    QVERIFY(node);
    QTRY_VERIFY_WITH_TIMEOUT(!node->engineInfo().apiVersion.isEmpty(), 30000);
    QVERIFY(!node->engineInfo().capabilities.healthcheckRun);
    const auto run = await<HealthState>([&](QObject *receiver, auto done) {
        ContainerOperations::runHealthcheck(node.get(), QStringLiteral("any"), receiver, done);
    });
    QCOMPARE(run.error.kind, EngineError::Kind::Unsupported);
}

void TestContainerOperations::nodeWithoutEngineAnswersAnError()
{
    // No engine at that socket: the node never gets one, and the call says so at once.
    NodeServiceImpl node(QStringLiteral("nowhere"),
                         Endpoint::unixSocket(QStringLiteral("/nonexistent/gontainer.sock")));
    const auto details = await<ContainerDetails>([&](QObject *receiver, auto done) {
        ContainerOperations::inspect(&node, QStringLiteral("x"), receiver, done);
    });
    QVERIFY(details.error.isError());
    QVERIFY(details.error.kind != EngineError::Kind::Timeout);
}

QTEST_GUILESS_MAIN(TestContainerOperations)
#include "tst_containeroperations.moc"
