#include "core/services/imagepush.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// Pushing through a node on real engines (Docker and Podman) to the harness's registry that
// wants a login: with the login it lands in the registry under the digest reported; without
// one, or with a wrong password, the registry's refusal comes as Unauthorized.
class TestImagePush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushesWithALogin_data() { addRows(); }
    void pushesWithALogin();
    void refusedWithoutTheRightLogin_data() { addRows(); }
    void refusedWithoutTheRightLogin();
    void imageTheNodeHasNotIsMissing_data() { addRows(); }
    void imageTheNodeHasNotIsMissing();

private:
    static void addRows();
    static std::unique_ptr<NodeServiceImpl> onlineNode(const QString &socket);
    static RegistryAuth login();
    struct End
    {
        EngineError error;
        QString digest;
    };
    static End push(NodeService *node, const QString &reference, std::optional<RegistryAuth> auth,
                    QList<LayerProgress> *layers = nullptr);
    // The digest the registry keeps for `reference` (asked with the login), or empty.
    static QString registryDigest(const QString &reference);

    QTemporaryDir m_config;
};

void TestImagePush::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<LayerProgress>();
    qRegisterMetaType<PullProgress>();
    // No saved logins: start(reference) must find none.
    qputenv("XDG_CONFIG_HOME",
            (TestEngines::dir() + QStringLiteral("/tst_imagepush-config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagepush"));
}

void TestImagePush::addRows()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << TestEngines::dockerSocket() << false;
    QTest::newRow("podman") << TestEngines::podmanSocket() << true;
}

std::unique_ptr<NodeServiceImpl> TestImagePush::onlineNode(const QString &socket)
{
    auto node =
        std::make_unique<NodeServiceImpl>(QStringLiteral("push"), Endpoint::unixSocket(socket));
    node->start();
    if (!QTest::qWaitFor([&] { return node->state() == NodeService::State::Online; }, 30000))
        return nullptr;
    return node;
}

RegistryAuth TestImagePush::login()
{
    RegistryAuth auth;
    auth.username = TestEngines::authUser();
    auth.password = TestEngines::authPassword();
    auth.serverAddress = TestEngines::authRegistry();
    return auth;
}

TestImagePush::End TestImagePush::push(NodeService *node, const QString &reference,
                                       std::optional<RegistryAuth> auth,
                                       QList<LayerProgress> *layers)
{
    ImagePush push(node);
    std::optional<End> end;
    QObject::connect(&push, &ImagePush::finished, &push,
                     [&end](const EngineError &e, const QString &digest) {
                         end = End{e, digest};
                     });
    if (layers) {
        QObject::connect(&push, &ImagePush::layerProgressed, &push,
                         [layers](const LayerProgress &l) { layers->append(l); });
    }
    if (auth)
        push.start(reference, *auth);
    else
        push.start(reference);
    if (!push.isRunning())
        return {EngineError::make(EngineError::Kind::BadInput, QStringLiteral("not started")), {}};
    if (!QTest::qWaitFor([&] { return end.has_value(); }, 120000))
        return {EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no end in time")),
                {}};
    if (push.isRunning())
        return {EngineError::make(EngineError::Kind::BadInput, QStringLiteral("still running")),
                {}};
    return *end;
}

QString TestImagePush::registryDigest(const QString &reference)
{
    // registry/repository:tag
    const qsizetype slash = reference.indexOf(QLatin1Char('/'));
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    const QString repository = reference.mid(slash + 1, colon - slash - 1);
    const QString tag = reference.mid(colon + 1);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://%1/v2/%2/manifests/%3")
                                     .arg(TestEngines::authRegistry(), repository, tag)));
    request.setRawHeader("Authorization", "Basic " + (TestEngines::authUser() + QLatin1Char(':') +
                                                      TestEngines::authPassword())
                                                         .toUtf8()
                                                         .toBase64());
    request.setRawHeader("Accept", "application/vnd.docker.distribution.manifest.v2+json, "
                                   "application/vnd.oci.image.manifest.v1+json");
    QNetworkReply *reply = network.head(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        return {};
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return {};
    return QString::fromLatin1(reply->rawHeader("Docker-Content-Digest"));
}

void TestImagePush::pushesWithALogin()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString reference = TestEngines::authRegistry() + QLatin1Char('/') +
                              TestEngines::uniqueName(QStringLiteral("pushed")) +
                              QStringLiteral(":v1");
    const auto made = TestEngines::makeImage(socket, podman, reference, 2000000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), made.output});
    });
    QVERIFY(registryDigest(reference).isEmpty());
    const auto node = onlineNode(socket);
    QVERIFY(node);

    QList<LayerProgress> layers;
    const End end = push(node.get(), reference, login(), &layers);
    QVERIFY2(!end.error.isError(), qPrintable(end.error.userText()));
    QVERIFY2(end.digest.startsWith(QStringLiteral("sha256:")), qPrintable(end.digest));
    // It is in the registry, under the digest the push reported.
    QCOMPARE(registryDigest(reference), end.digest);
    if (!podman) {
        // Docker reports each layer: the new one pushed, the test image's too.
        QVERIFY2(layers.size() >= 2, qPrintable(QString::number(layers.size())));
        QVERIFY(std::any_of(layers.cbegin(), layers.cend(), [](const LayerProgress &l) {
            return l.status == QLatin1String("Pushed");
        }));
    }
}

void TestImagePush::refusedWithoutTheRightLogin()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(bool, podman);
    const QString reference = TestEngines::authRegistry() + QLatin1Char('/') +
                              TestEngines::uniqueName(QStringLiteral("refused")) +
                              QStringLiteral(":v1");
    const auto made = TestEngines::makeImage(socket, podman, reference, 1000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto cleanup = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), made.output});
    });
    const auto node = onlineNode(socket);
    QVERIFY(node);

    // No login saved, none given.
    const End anonymous = push(node.get(), reference, std::nullopt);
    QVERIFY2(anonymous.error.kind == EngineError::Kind::Unauthorized,
             qPrintable(anonymous.error.userText()));
    QVERIFY(anonymous.digest.isEmpty());

    RegistryAuth wrong = login();
    wrong.password += QStringLiteral("-wrong");
    const End refused = push(node.get(), reference, wrong);
    QVERIFY2(refused.error.kind == EngineError::Kind::Unauthorized,
             qPrintable(refused.error.userText()));
    // The registry's words reach the user (Podman 5 puts them as "authentication required").
    QVERIFY2(refused.error.message.contains(QStringLiteral("unauthorized"), Qt::CaseInsensitive) ||
                 refused.error.message.contains(QStringLiteral("authentication required")),
             qPrintable(refused.error.message));
    QVERIFY2(!refused.error.message.startsWith(QLatin1Char('{')),
             qPrintable(refused.error.message));
    QVERIFY2(refused.error.userText().contains(refused.error.message),
             qPrintable(refused.error.userText()));
    QVERIFY(registryDigest(reference).isEmpty());
}

void TestImagePush::imageTheNodeHasNotIsMissing()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    const auto node = onlineNode(socket);
    QVERIFY(node);
    const QString reference = TestEngines::authRegistry() + QLatin1Char('/') +
                              TestEngines::uniqueName(QStringLiteral("absent")) +
                              QStringLiteral(":v1");
    const End end = push(node.get(), reference, login());
    QVERIFY2(end.error.kind == EngineError::Kind::ImageMissing, qPrintable(end.error.userText()));
}

QTEST_GUILESS_MAIN(TestImagePush)
#include "tst_imagepush.moc"
