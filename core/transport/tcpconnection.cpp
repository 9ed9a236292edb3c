#include "core/transport/tcpconnection.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

TcpConnection::TcpConnection(const Endpoint &endpoint, QObject *parent)
    : Connection(parent)
    , m_endpoint(endpoint)
    , m_socket(new QSslSocket(this))
{
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::readyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT disconnected();
    });
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

void TcpConnection::start()
{
    if (m_done)
        return;
    if (!m_endpoint.tls) {
        m_socket->connectToHost(m_endpoint.host, quint16(m_endpoint.port));
        return;
    }
    QString why;
    if (!configureTls(&why)) {
        fail(EngineError::Kind::Tls, why);
        return;
    }
    m_socket->connectToHostEncrypted(m_endpoint.host, quint16(m_endpoint.port));
}

bool TcpConnection::configureTls(QString *why)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (m_endpoint.tlsSkipVerify) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_endpoint.tlsCaFile.isEmpty()) {
            const auto ca = QSslCertificate::fromPath(m_endpoint.tlsCaFile, QSsl::Pem);
            if (ca.isEmpty()) {
                *why = tr("cannot read the CA certificate %1").arg(m_endpoint.tlsCaFile);
                return false;
            }
            // The node's CA alone decides, as with docker --tlsverify.
            config.setCaCertificates(ca);
        }
    }
    if (!m_endpoint.tlsCertFile.isEmpty() || !m_endpoint.tlsKeyFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(m_endpoint.tlsCertFile, QSsl::Pem);
        if (certs.isEmpty()) {
            *why = tr("cannot read the client certificate %1").arg(m_endpoint.tlsCertFile);
            return false;
        }
        QFile keyFile(m_endpoint.tlsKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *why = tr("cannot read the client key %1").arg(m_endpoint.tlsKeyFile);
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            *why = tr("the client key %1 is not an unencrypted RSA or EC key in PEM form")
                       .arg(m_endpoint.tlsKeyFile);
            return false;
        }
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
    }
    m_socket->setSslConfiguration(config);
    return true;
}

void TcpConnection::write(const QByteArray &data)
{
    m_socket->write(data);
}

QByteArray TcpConnection::readAll()
{
    return m_socket->readAll();
}

void TcpConnection::abort()
{
    m_done = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void TcpConnection::onError()
{
    if (m_done)
        return;
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_socket->bytesAvailable() > 0)
            Q_EMIT readyRead();
        if (!m_done) {
            m_done = true;
            Q_EMIT disconnected();
        }
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(EngineError::Kind::Refused, m_socket->errorString());
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(EngineError::Kind::Timeout, m_socket->errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(EngineError::Kind::Tls, m_sslErrors.isEmpty()
                                         ? m_socket->errorString()
                                         : m_sslErrors.join(QStringLiteral("; ")));
        return;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        fail(EngineError::Kind::Unreachable, m_socket->errorString());
        return;
    default:
        // A TLS peer that rejects our certificate often just drops the connection mid
        // handshake; say so rather than "closed".
        fail(m_endpoint.tls && !m_socket->isEncrypted() ? EngineError::Kind::Tls
                                                        : EngineError::Kind::Closed,
             m_socket->errorString());
        return;
    }
}

void TcpConnection::fail(EngineError::Kind kind, const QString &message)
{
    m_done = true;
    Q_EMIT failed(EngineError::make(kind, message, m_endpoint.toUrl()));
}
