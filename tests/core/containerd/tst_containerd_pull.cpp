// ContainerdPull: image pull through containerd's Transfer service (1.7 and later, the @newer
// run). containerd 1.7's Transfer service reaches registries only over HTTPS, so the test puts a
// registry of its own in front of the harness's: a TLS proxy (a certificate made for the test,
// which the test's own containerd trusts through SSL_CERT_FILE) that passes each request on to
// the harness's plain-HTTP registry and sends the answers back at a set rate, so that a pull
// takes long enough to be seen and cancelled. On 1.6 (the plain run) pulling is absent and the
// call is refused with the reason.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdpull.h"
#include "core/engine/progressstream.h"
#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QVersionNumber>

#include <memory>
#include <optional>

namespace {

constexpr int WaitMs = 60000;

bool identify(ContainerdEngine &engine)
{
    std::optional<bool> ok;
    QObject context;
    engine.identify(&context, [&ok](const EngineResult<EngineInfo> &r) { ok = r.ok(); });
    return QTest::qWaitFor([&ok] { return ok.has_value(); }, WaitMs) && *ok;
}

bool hasTransfer(const ContainerdEngine &engine)
{
    return QVersionNumber::fromString(engine.info().version) >= QVersionNumber(1, 7);
}

// A self-signed certificate for 127.0.0.1 (cert.pem, key.pem in `dir`).
bool makeCertificate(const QString &dir)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=gontainer pull test"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning() << openssl.readAll();
        return false;
    }
    return true;
}

// The TLS proxy in front of the harness's registry: one request per connection (answered with
// "Connection: close"), the answer sent on at a set rate (bytes a second).
class SlowRegistry final : public QObject
{
public:
    SlowRegistry(const QString &certDir, const QString &upstream)
        : m_upstream(upstream)
    {
        QFile cert(certDir + QStringLiteral("/cert.pem"));
        QFile key(certDir + QStringLiteral("/key.pem"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(cert.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *client = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(client);
        });
        m_listening = m_server.listen(QHostAddress::LocalHost);
        m_pump.setInterval(TickMs);
        connect(&m_pump, &QTimer::timeout, this, [this] { pump(); });
        m_pump.start();
    }

    bool listening() const { return m_listening; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    int openConnections() const { return int(m_links.size()); }
    qint64 sent() const { return m_sent; }
    int requests() const { return m_requests; }
    void setRate(qint64 bytesPerSecond) { m_rate = bytesPerSecond; }
    // Whether the last HeldBytes of every answer longer than 1 MiB (a layer) wait.
    void holdLayerEnds(bool hold) { m_hold = hold; }
    // Answers 401 (a Basic challenge) to requests without this Authorization header (none: off).
    void requireLogin(const QByteArray &authorization) { m_login = authorization; }

private:
    static constexpr int TickMs = 50;
    static constexpr qint64 HeldBytes = 4096;

    struct Link
    {
        QSslSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        QByteArray request;
        QByteArray answer; // from upstream, not yet sent on
        qint64 sent = 0;
        qint64 length = -1; // of the whole answer, once its head is in (-1: not yet, or unknown)
        bool asked = false;
        bool upstreamDone = false;
    };

    void serve(QSslSocket *client)
    {
        auto link = std::make_shared<Link>();
        link->client = client;
        m_links.append(link);
        connect(client, &QIODevice::readyRead, this, [this, link] {
            link->request += link->client->readAll();
            if (!link->asked && link->request.contains("\r\n\r\n"))
                ask(link);
        });
        connect(client, &QAbstractSocket::disconnected, this, [this, link] { drop(link); });
    }

    void ask(const std::shared_ptr<Link> &link)
    {
        link->asked = true;
        ++m_requests;
        // The request line and headers, with the upstream's Host and no keep-alive.
        const QByteArray head = link->request.left(link->request.indexOf("\r\n\r\n"));
        QList<QByteArray> lines = head.split('\n');
        QByteArray out = lines.takeFirst().trimmed() + "\r\n";
        bool authorized = false;
        for (const QByteArray &raw : std::as_const(lines)) {
            const QByteArray line = raw.trimmed();
            const QByteArray name = line.left(line.indexOf(':')).toLower();
            if (name == "authorization" && line.mid(14).trimmed() == m_login)
                authorized = true;
            if (name == "host" || name == "connection")
                continue;
            out += line + "\r\n";
        }
        out += "Host: " + m_upstream.toLatin1() + "\r\nConnection: close\r\n\r\n";
        if (!m_login.isEmpty() && !authorized) {
            const QByteArray body = R"({"errors":[{"code":"UNAUTHORIZED","message":"login"}]})";
            link->answer = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic "
                           "realm=\"test\"\r\nContent-Type: application/json\r\n"
                           "Content-Length: " +
                           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            link->upstreamDone = true;
            return;
        }
        link->upstream = new QTcpSocket(this);
        connect(link->upstream, &QIODevice::readyRead, this, [link] {
            link->answer += link->upstream->readAll();
            const qint64 headEnd = link->answer.indexOf("\r\n\r\n");
            if (link->sent == 0 && link->length < 0 && headEnd >= 0) {
                for (const QByteArray &line : link->answer.left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        link->length = headEnd + 4 + line.mid(15).trimmed().toLongLong();
                }
            }
        });
        connect(link->upstream, &QAbstractSocket::disconnected, this,
                [link] { link->upstreamDone = true; });
        connect(link->upstream, &QAbstractSocket::errorOccurred, this,
                [link] { link->upstreamDone = true; });
        const int colon = m_upstream.lastIndexOf(QLatin1Char(':'));
        link->upstream->connectToHost(m_upstream.left(colon), m_upstream.mid(colon + 1).toUShort());
        link->upstream->write(out);
    }

    void pump()
    {
        const qint64 budget = m_rate * TickMs / 1000;
        for (const auto &link : std::as_const(m_links)) {
            qint64 allowed = budget;
            if (m_hold && link->length > 1024 * 1024 + HeldBytes)
                allowed = qMin(allowed, link->length - HeldBytes - link->sent);
            if (!link->answer.isEmpty() && allowed > 0) {
                const QByteArray piece = link->answer.left(allowed);
                link->sent += piece.size();
                link->answer.remove(0, piece.size());
                link->client->write(piece);
                m_sent += piece.size();
            }
            if (link->asked && link->upstreamDone && link->answer.isEmpty() &&
                link->client->state() == QAbstractSocket::ConnectedState &&
                link->client->bytesToWrite() == 0)
                link->client->disconnectFromHost();
        }
    }

    void drop(const std::shared_ptr<Link> &link)
    {
        m_links.removeAll(link);
        if (link->upstream)
            link->upstream->deleteLater();
        link->client->deleteLater();
    }

    QString m_upstream;
    QSslServer m_server;
    QTimer m_pump;
    bool m_listening = false;
    qint64 m_rate = 256 * 1024;
    bool m_hold = false;
    QByteArray m_login;
    qint64 m_sent = 0;
    int m_requests = 0;
    QList<std::shared_ptr<Link>> m_links;
};

// A containerd 1.7 of the test's own that trusts the proxy's certificate (SSL_CERT_FILE, read by
// Go when it starts; its Transfer service reaches registries with Go's default client).
struct OwnContainerd
{
    QString dir;
    QProcess *process = nullptr;
    QString socket() const { return dir + QStringLiteral("/containerd.sock"); }
};

} // namespace

class TestContainerdPull final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void capability();
    void pullWithProgress();
    void missingImage();
    void plainHttpRegistrySaysWhy();
    void cancelEndsTheCall();
    void loginGoesToTheRegistry();
    void stallEndsThePull();
    void othersDownloadsDoNotCount();
    void endsAbortedWithItsEngine();

private:
    // Skips on a containerd without the Transfer service (1.6), which capability() covers.
    bool needTransfer();
    // Lets go of `image` in every namespace the test pulls into, and of its blobs with it:
    // containerd shares content between namespaces, so a pull would find them and download
    // nothing.
    void forget(const QString &image);

    std::unique_ptr<SlowRegistry> m_registry;
    OwnContainerd m_own;
    bool m_transfer = false;
};

void TestContainerdPull::initTestCase()
{
    if (TestEngines::containerdSocket().isEmpty())
        return;
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    m_transfer = hasTransfer(engine);
    if (!m_transfer)
        return;
    m_own.dir = TestEngines::dir() + QStringLiteral("/c7pull") +
                QString::number(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(m_own.dir));
    QVERIFY(makeCertificate(m_own.dir));
    m_registry = std::make_unique<SlowRegistry>(m_own.dir, TestEngines::registry());
    QVERIFY(m_registry->listening());
    const QByteArray before = qgetenv("SSL_CERT_FILE");
    qputenv("SSL_CERT_FILE", (m_own.dir + QStringLiteral("/cert.pem")).toLocal8Bit());
    m_own.process = TestEngines::startOwnContainerd(m_own.dir);
    if (before.isEmpty())
        qunsetenv("SSL_CERT_FILE");
    else
        qputenv("SSL_CERT_FILE", before);
    QVERIFY(m_own.process);
}

void TestContainerdPull::cleanupTestCase()
{
    if (m_own.process)
        TestEngines::stopOwnContainerd(m_own.process);
    m_registry.reset();
}

bool TestContainerdPull::needTransfer()
{
    if (TestEngines::containerdSocket().isEmpty()) {
        QTest::qSkip("the harness started no containerd", __FILE__, __LINE__);
        return false;
    }
    if (!m_transfer) {
        QTest::qSkip("this containerd (1.6) has no Transfer service: capability() checks that "
                     "pulling is absent and refused",
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TestContainerdPull::forget(const QString &image)
{
    for (const QString &ns :
         {QStringLiteral("pulled"), QStringLiteral("cancelled"), QStringLiteral("login"),
          QStringLiteral("stalled"), QStringLiteral("others"), QStringLiteral("gone")})
        TestEngines::ctrAt(
            m_own.socket(), ns,
            {QStringLiteral("images"), QStringLiteral("rm"), QStringLiteral("--sync"), image});
}

void TestContainerdPull::capability()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const EngineCapabilities caps = engine.info().capabilities;
    if (hasTransfer(engine)) {
        // containerd 1.7's transfer plugin is loaded by default.
        QVERIFY(caps.imagePull);
        QVERIFY(caps.imagePullMissingText.isEmpty());
        return;
    }
    QVERIFY(!caps.imagePull);
    QVERIFY(caps.imagePullMissingText.contains(engine.info().version));
    QObject context;
    ProgressStream *stream = engine.pullImage(TestEngines::containerdImage(), {}, &context);
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(WaitMs));
    const EngineError e = ended.first().first().value<EngineError>();
    QCOMPARE(e.kind, EngineError::Kind::Unsupported);
    QVERIFY2(e.message.contains(caps.imagePullMissingText), qPrintable(e.userText()));
}

void TestContainerdPull::pullWithProgress()
{
    if (!needTransfer())
        return;
    const QString ns = QStringLiteral("pulled");
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2").arg(m_own.socket(), ns)));
    QVERIFY(identify(engine));
    QVERIFY(engine.info().capabilities.imagePull);
    m_registry->setRate(256 * 1024);
    const QString image = m_registry->address() + QStringLiteral("/gontainer-test/busybox:latest");

    QObject context;
    ProgressStream *stream = engine.pullImage(image, {}, &context);
    QList<ProgressEvent> events;
    connect(stream, &ProgressStream::progressed, &context,
            [&events](const ProgressEvent &e) { events.append(e); });
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(180000));
    const EngineError e = ended.first().first().value<EngineError>();
    QVERIFY2(!e.isError(), qPrintable(e.userText()));

    // Downloads were seen moving: a layer part-way, with its size, then complete.
    bool partWay = false;
    bool complete = false;
    QString imageId;
    for (const ProgressEvent &p : std::as_const(events)) {
        partWay = partWay ||
                  (p.status == QLatin1String("Downloading") && p.total > 0 && p.current < p.total);
        complete = complete || (p.status == QLatin1String("Download complete") && p.total > 0 &&
                                p.current == p.total);
        if (!p.imageId.isEmpty())
            imageId = p.imageId;
    }
    QVERIFY2(partWay, "no download was seen part-way");
    QVERIFY(complete);
    QVERIFY(imageId.startsWith(ns + QStringLiteral("/sha256:")));

    // The image is in the namespace, under the name it was pulled by.
    std::optional<EngineResult<QList<ImageSummary>>> listed;
    engine.listImages(false, &context,
                      [&listed](const EngineResult<QList<ImageSummary>> &r) { listed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), WaitMs);
    QVERIFY(listed->ok());
    bool found = false;
    for (const ImageSummary &i : std::as_const(listed->value))
        found = found || (i.id == imageId && i.repoTags.contains(image));
    QVERIFY2(found, qPrintable(imageId));

    // Unpacked: a container runs from it at once (ctr run would otherwise have to unpack it,
    // which `ctr snapshots` shows beforehand: the image's layers are committed snapshots).
    const TestEngines::Result snapshots =
        TestEngines::ctrAt(m_own.socket(), ns, {QStringLiteral("snapshots"), QStringLiteral("ls")});
    QCOMPARE(snapshots.exitCode, 0);
    QVERIFY2(snapshots.output.contains(QLatin1String("Committed")), qPrintable(snapshots.output));
    const QString id = TestEngines::uniqueName(QStringLiteral("pulled"));
    const TestEngines::Result run =
        TestEngines::ctrAt(m_own.socket(), ns,
                           {QStringLiteral("run"), QStringLiteral("--rm"), image, id,
                            QStringLiteral("echo"), QStringLiteral("pulled-and-ran")});
    QVERIFY2(run.exitCode == 0 && run.output.contains(QLatin1String("pulled-and-ran")),
             qPrintable(run.output));
}

void TestContainerdPull::missingImage()
{
    if (!needTransfer())
        return;
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=pulled").arg(m_own.socket())));
    QVERIFY(identify(engine));
    const QString image =
        m_registry->address() + QStringLiteral("/gontainer-test/not-there:nothing");
    QObject context;
    ProgressStream *stream = engine.pullImage(image, {}, &context);
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(WaitMs));
    const EngineError e = ended.first().first().value<EngineError>();
    QCOMPARE(e.kind, EngineError::Kind::ImageMissing);
    QVERIFY2(e.message.contains(image), qPrintable(e.message));
}

void TestContainerdPull::plainHttpRegistrySaysWhy()
{
    if (!needTransfer())
        return;
    // The harness's own registry speaks plain HTTP, which containerd 1.7's Transfer service
    // cannot: the pull ends saying so and what to use instead.
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const QString image =
        TestEngines::registry() + QStringLiteral("/gontainer-test/busybox:latest");
    QObject context;
    ProgressStream *stream = engine.pullImage(image, {}, &context);
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(WaitMs));
    const EngineError e = ended.first().first().value<EngineError>();
    QCOMPARE(e.kind, EngineError::Kind::Unsupported);
    QVERIFY2(e.message.contains(QLatin1String("plain HTTP")) &&
                 e.message.contains(QLatin1String("--plain-http")),
             qPrintable(e.message));
}

void TestContainerdPull::cancelEndsTheCall()
{
    if (!needTransfer())
        return;
    const QString ns = QStringLiteral("cancelled");
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2").arg(m_own.socket(), ns)));
    QVERIFY(identify(engine));
    // containerd 1.7 writes a download in pieces of 1 MiB (what ListStatuses then shows): the
    // layer's first MiB comes, and its end is held back until the pull is cancelled.
    m_registry->holdLayerEnds(true);
    auto release = qScopeGuard([this] { m_registry->holdLayerEnds(false); });
    const QString image = m_registry->address() + QStringLiteral("/gontainer-test/busybox:latest");
    forget(image);
    auto *context = new QObject;
    ProgressStream *stream = engine.pullImage(image, {}, context);
    bool downloading = false;
    connect(stream, &ProgressStream::progressed, context, [&downloading](const ProgressEvent &e) {
        downloading = downloading || (e.status == QLatin1String("Downloading") && e.current > 0);
    });
    QSignalSpy ended(stream, &ProgressStream::ended);
    QTRY_VERIFY_WITH_TIMEOUT(downloading || !ended.isEmpty(), WaitMs);
    if (!ended.isEmpty())
        QFAIL(qPrintable(QStringLiteral("the pull ended before it was cancelled: ") +
                         ended.first().first().value<EngineError>().userText()));
    QVERIFY(m_registry->openConnections() > 0);
    delete context; // the stream with it: the Transfer call is cancelled
    // containerd lets go of the registry, and makes no image.
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openConnections(), 0, WaitMs);
    const TestEngines::Result images = TestEngines::ctrAt(
        m_own.socket(), ns, {QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")});
    QVERIFY2(!images.output.contains(image), qPrintable(images.output));
}

void TestContainerdPull::loginGoesToTheRegistry()
{
    if (!needTransfer())
        return;
    const QString ns = QStringLiteral("login");
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2").arg(m_own.socket(), ns)));
    QVERIFY(identify(engine));
    const QString user = QStringLiteral("gontainer");
    const QString password = TestEngines::uniqueName(QStringLiteral("secret"));
    m_registry->requireLogin("Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
    auto open = qScopeGuard([this] { m_registry->requireLogin({}); });
    const QString image = m_registry->address() + QStringLiteral("/gontainer-test/busybox:latest");
    const auto pull = [&engine, &image](const RegistryAuth &auth) {
        QObject context;
        ProgressStream *stream = engine.pullImage(image, auth, &context);
        QSignalSpy ended(stream, &ProgressStream::ended);
        if (!ended.wait(180000))
            return EngineError::make(EngineError::Kind::Timeout, QStringLiteral("no end"));
        return ended.first().first().value<EngineError>();
    };
    // Without the login: refused, and said so.
    const EngineError refused = pull({});
    QCOMPARE(refused.kind, EngineError::Kind::Unauthorized);
    QVERIFY2(refused.message.contains(QLatin1String("login")), qPrintable(refused.message));
    // A wrong one: refused too.
    QCOMPARE(pull({user, QStringLiteral("wrong"), m_registry->address(), {}}).kind,
             EngineError::Kind::Unauthorized);
    // The right one: pulled.
    const EngineError e = pull({user, password, m_registry->address(), {}});
    QVERIFY2(!e.isError(), qPrintable(e.userText()));
    const TestEngines::Result images = TestEngines::ctrAt(
        m_own.socket(), ns, {QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")});
    QVERIFY2(images.output.contains(image), qPrintable(images.output));
}

void TestContainerdPull::stallEndsThePull()
{
    if (!needTransfer())
        return;
    // The layer's end never comes: once nothing has moved for the window, the pull is stopped.
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=stalled").arg(m_own.socket())));
    QVERIFY(identify(engine));
    ContainerdPull pull(engine, engine.channel());
    pull.setStallMs(5000);
    // The first MiB (containerd's first write, the first move it shows) comes at once, well
    // within the window.
    m_registry->setRate(16 * 1024 * 1024);
    m_registry->holdLayerEnds(true);
    auto release = qScopeGuard([this] {
        m_registry->holdLayerEnds(false);
        m_registry->setRate(256 * 1024);
    });
    const QString image = m_registry->address() + QStringLiteral("/gontainer-test/busybox:latest");
    forget(image);
    QObject context;
    ProgressStream *stream = pull.pullImage(image, {}, &context);
    bool downloading = false;
    connect(stream, &ProgressStream::progressed, &context, [&downloading](const ProgressEvent &e) {
        downloading = downloading || (e.status == QLatin1String("Downloading") && e.current > 0);
    });
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(WaitMs));
    QVERIFY(downloading); // it did move, then stopped
    const EngineError e = ended.first().first().value<EngineError>();
    QCOMPARE(e.kind, EngineError::Kind::Timeout);
    QVERIFY2(e.message.contains(QLatin1String("no progress")), qPrintable(e.message));
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openConnections(), 0, WaitMs);
}

// A download in the namespace that began before the pull (another's, which moves all along)
// neither shows in its progress nor keeps a pull that makes no progress of its own going.
void TestContainerdPull::othersDownloadsDoNotCount()
{
    if (!needTransfer())
        return;
    const QString ns = QStringLiteral("others");
    QProcess other;
    other.start(QStringLiteral("ctr"),
                {QStringLiteral("--address"), m_own.socket(), QStringLiteral("-n"), ns,
                 QStringLiteral("content"), QStringLiteral("ingest"), QStringLiteral("foreign")});
    QVERIFY(other.waitForStarted());
    auto stopOther = qScopeGuard([&other] {
        other.kill();
        other.waitForFinished();
    });
    QTimer feed;
    connect(&feed, &QTimer::timeout, &other, [&other] { other.write("moving\n"); });
    feed.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(
        TestEngines::ctrAt(m_own.socket(), ns,
                           {QStringLiteral("content"), QStringLiteral("active")})
            .output.contains(QLatin1String("foreign")),
        WaitMs);

    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2").arg(m_own.socket(), ns)));
    QVERIFY(identify(engine));
    ContainerdPull pull(engine, engine.channel());
    pull.setStallMs(5000);
    m_registry->setRate(16 * 1024 * 1024);
    m_registry->holdLayerEnds(true);
    auto release = qScopeGuard([this] {
        m_registry->holdLayerEnds(false);
        m_registry->setRate(256 * 1024);
    });
    const QString image = m_registry->address() + QStringLiteral("/gontainer-test/busybox:latest");
    forget(image);
    QObject context;
    ProgressStream *stream = pull.pullImage(image, {}, &context);
    bool foreign = false;
    connect(stream, &ProgressStream::progressed, &context, [&foreign](const ProgressEvent &e) {
        foreign = foreign || e.id == QLatin1String("foreign");
    });
    QSignalSpy ended(stream, &ProgressStream::ended);
    QVERIFY(ended.wait(WaitMs));
    const EngineError e = ended.first().first().value<EngineError>();
    QCOMPARE(e.kind, EngineError::Kind::Timeout);
    QVERIFY(!foreign);
    QCOMPARE(other.state(), QProcess::Running); // the other download moved all along
}

// A pull whose engine goes (the node is removed) ends, Aborted, and its call with it.
void TestContainerdPull::endsAbortedWithItsEngine()
{
    if (!needTransfer())
        return;
    auto engine = std::make_unique<ContainerdEngine>(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=gone").arg(m_own.socket())));
    QVERIFY(identify(*engine));
    auto pull = std::make_unique<ContainerdPull>(*engine, engine->channel());
    m_registry->setRate(16 * 1024 * 1024);
    m_registry->holdLayerEnds(true);
    auto release = qScopeGuard([this] {
        m_registry->holdLayerEnds(false);
        m_registry->setRate(256 * 1024);
    });
    const QString image = m_registry->address() + QStringLiteral("/gontainer-test/busybox:latest");
    forget(image);
    QObject context;
    ProgressStream *stream = pull->pullImage(image, {}, &context);
    bool downloading = false;
    connect(stream, &ProgressStream::progressed, &context, [&downloading](const ProgressEvent &e) {
        downloading = downloading || (e.status == QLatin1String("Downloading") && e.current > 0);
    });
    QSignalSpy ended(stream, &ProgressStream::ended);
    QTRY_VERIFY_WITH_TIMEOUT(downloading, WaitMs);
    QCOMPARE(ended.count(), 0);
    pull.reset();
    engine.reset();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, WaitMs);
    QCOMPARE(ended.first().first().value<EngineError>().kind, EngineError::Kind::Aborted);
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openConnections(), 0, WaitMs);
}

QTEST_GUILESS_MAIN(TestContainerdPull)
#include "tst_containerd_pull.moc"
