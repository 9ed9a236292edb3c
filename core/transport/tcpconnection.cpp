#include "core/transport/tcpconnection.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <sys/socket.h>

TcpConnection::TcpConnection(const Endpoint &endpoint, QObject *parent)
    : Connection(endpoint, parent)
    , m_socket(new QSslSocket(this))
{
    setDevice(m_socket);
    connect(m_socket, &QSslSocket::disconnected, this, &TcpConnection::peerClosed);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TcpConnection::onError);
    if (endpoint.tls) {
        connect(m_socket, &QSslSocket::encrypted, this, &Connection::connected);
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                m_sslErrors << e.errorString();
        });
    } else {
        connect(m_socket, &QSslSocket::connected, this, &Connection::connected);
    }
    QMetaObject::invokeMethod(this, &TcpConnection::start, Qt::QueuedConnection);
}

TcpConnection::~TcpConnection()
{
    abort();
}

void TcpConnection::shutdownWrite()
{
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void TcpConnection::start()
{
    if (isDone())
        return;
    if (!endpoint().tls) {
        m_socket->connectToHost(endpoint().host, quint16(endpoint().port));
        return;
    }
    QString why;
    if (!configureTls(&why)) {
        fail(TransportError::Kind::Tls, why);
        return;
    }
    m_socket->connectToHostEncrypted(endpoint().host, quint16(endpoint().port));
}

bool TcpConnection::configureTls(QString *why)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (endpoint().tlsSkipVerify) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!endpoint().tlsCaFile.isEmpty()) {
            const auto ca = QSslCertificate::fromPath(endpoint().tlsCaFile, QSsl::Pem);
            if (ca.isEmpty()) {
                *why = tr("cannot read the CA certificate %1").arg(endpoint().tlsCaFile);
                return false;
            }
            // The node's CA alone decides, as with docker --tlsverify.
            config.setCaCertificates(ca);
        }
    }
    if (!endpoint().tlsCertFile.isEmpty() || !endpoint().tlsKeyFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(endpoint().tlsCertFile, QSsl::Pem);
        if (certs.isEmpty()) {
            *why = tr("cannot read the client certificate %1").arg(endpoint().tlsCertFile);
            return false;
        }
        QFile keyFile(endpoint().tlsKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *why = tr("cannot read the client key %1").arg(endpoint().tlsKeyFile);
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            *why = tr("the client key %1 is not an unencrypted RSA or EC key in PEM form")
                       .arg(endpoint().tlsKeyFile);
            return false;
        }
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
    }
    m_socket->setSslConfiguration(config);
    return true;
}

void TcpConnection::abort()
{
    markDone();
    m_socket->disconnect(this);
    m_socket->abort();
}

void TcpConnection::onError()
{
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        peerClosed();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(TransportError::Kind::Refused, m_socket->errorString());
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(TransportError::Kind::Timeout, m_socket->errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(TransportError::Kind::Tls, m_sslErrors.isEmpty()
                                            ? m_socket->errorString()
                                            : m_sslErrors.join(QStringLiteral("; ")));
        return;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        fail(TransportError::Kind::Unreachable, m_socket->errorString());
        return;
    default:
        // A TLS peer that rejects our certificate often just drops the connection mid
        // handshake; say so rather than "closed".
        fail(endpoint().tls && !m_socket->isEncrypted() ? TransportError::Kind::Tls
                                                        : TransportError::Kind::Closed,
             m_socket->errorString());
        return;
    }
}
