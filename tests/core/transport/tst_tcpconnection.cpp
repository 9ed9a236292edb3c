#include "core/engine/engineerror.h"
#include "core/transport/tcpconnection.h"

#include "testengines.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// TCP and TLS connections against the harness's dockerd, which listens on 127.0.0.1 with
// --tlsverify and certificates made for the run.
class TestTcpConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifiedTlsPing();
    void untrustedEngineCertificateIsRefused();
    void engineRefusesAClientWithoutCertificate();
    void engineRefusesAnUntrustedClient();
    void skippingVerificationIsExplicit();
    void unreadableKeyIsAClearError();
    void plainTcpPing();
    void refusedPort();

private:
    // Opens, sends GET /_ping, and returns what came back or the failure.
    static QByteArray ping(const Endpoint &endpoint, TransportError *error);
};

void TestTcpConnection::initTestCase()
{
    qRegisterMetaType<TransportError>();
}

QByteArray TestTcpConnection::ping(const Endpoint &endpoint, TransportError *error)
{
    std::unique_ptr<Connection> connection(Connection::open(endpoint));
    QByteArray received;
    bool done = false;
    QObject::connect(connection.get(), &Connection::connected, connection.get(), [&] {
        connection->write("GET /_ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(connection.get(), &Connection::readyRead, connection.get(),
                     [&] { received += connection->readAll(); });
    QObject::connect(connection.get(), &Connection::disconnected, connection.get(),
                     [&] { done = true; });
    QObject::connect(connection.get(), &Connection::failed, connection.get(),
                     [&](const TransportError &e) {
                         *error = e;
                         done = true;
                     });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        *error =
            TransportError::make(TransportError::Kind::Timeout, QStringLiteral("test timeout"));
    return received;
}

void TestTcpConnection::verifiedTlsPing()
{
    REQUIRE_ENGINES();
    TransportError error;
    const QByteArray answer = ping(TestEngines::dockerTlsEndpoint(), &error);
    QVERIFY2(!error.isError(), qPrintable(EngineError(error).userText()));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());
    QVERIFY(answer.contains("Api-Version: 1.41"));
}

void TestTcpConnection::untrustedEngineCertificateIsRefused()
{
    REQUIRE_ENGINES();
    // Our client certificate is fine, but we trust only the rogue CA: the engine's certificate
    // must not be accepted.
    Endpoint endpoint = TestEngines::dockerTlsEndpoint();
    endpoint.tlsCaFile = TestEngines::rogueTlsCertPath() + QStringLiteral("/ca.pem");
    TransportError error;
    const QByteArray answer = ping(endpoint, &error);
    QCOMPARE(error.kind, TransportError::Kind::Tls);
    QVERIFY(answer.isEmpty());
    QVERIFY(EngineError(error).userText().contains(endpoint.toUrl()));
}

void TestTcpConnection::engineRefusesAClientWithoutCertificate()
{
    REQUIRE_ENGINES();
    Endpoint endpoint = TestEngines::dockerTlsEndpoint();
    endpoint.tlsCertFile.clear();
    endpoint.tlsKeyFile.clear();
    TransportError error;
    const QByteArray answer = ping(endpoint, &error);
    QVERIFY2(!answer.startsWith("HTTP/1.1 200"), answer.constData());
    QCOMPARE(error.kind, TransportError::Kind::Tls);
}

void TestTcpConnection::engineRefusesAnUntrustedClient()
{
    REQUIRE_ENGINES();
    Endpoint endpoint = TestEngines::dockerTlsEndpoint();
    endpoint.tlsCertFile = TestEngines::rogueTlsCertPath() + QStringLiteral("/cert.pem");
    endpoint.tlsKeyFile = TestEngines::rogueTlsCertPath() + QStringLiteral("/key.pem");
    TransportError error;
    const QByteArray answer = ping(endpoint, &error);
    QVERIFY2(!answer.startsWith("HTTP/1.1 200"), answer.constData());
    QCOMPARE(error.kind, TransportError::Kind::Tls);
}

void TestTcpConnection::skippingVerificationIsExplicit()
{
    REQUIRE_ENGINES();
    Endpoint endpoint = TestEngines::dockerTlsEndpoint();
    endpoint.tlsCaFile = TestEngines::rogueTlsCertPath() + QStringLiteral("/ca.pem");
    endpoint.tlsSkipVerify = true;
    TransportError error;
    const QByteArray answer = ping(endpoint, &error);
    QVERIFY2(!error.isError(), qPrintable(EngineError(error).userText()));
    QVERIFY(answer.startsWith("HTTP/1.1 200 OK"));
}

void TestTcpConnection::unreadableKeyIsAClearError()
{
    REQUIRE_ENGINES();
    Endpoint endpoint = TestEngines::dockerTlsEndpoint();
    endpoint.tlsKeyFile = endpoint.tlsCaFile; // a certificate where the key should be
    TransportError error;
    ping(endpoint, &error);
    QCOMPARE(error.kind, TransportError::Kind::Tls);
    QVERIFY2(error.message.contains(endpoint.tlsKeyFile), qPrintable(error.message));
}

void TestTcpConnection::plainTcpPing()
{
    // A plain HTTP peer on loopback, as an engine with -H tcp:// and no TLS would be.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK");
            socket->disconnectFromHost();
        });
    });
    TransportError error;
    const QByteArray answer = ping(
        Endpoint::fromUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort())), &error);
    QVERIFY2(!error.isError(), qPrintable(EngineError(error).userText()));
    QVERIFY(answer.endsWith("\r\n\r\nOK"));
}

void TestTcpConnection::refusedPort()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    TransportError error;
    ping(Endpoint::fromUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(port)), &error);
    QCOMPARE(error.kind, TransportError::Kind::Refused);
}

QTEST_GUILESS_MAIN(TestTcpConnection)
#include "tst_tcpconnection.moc"
