#include "core/transport/unixconnection.h"

#include <QLocalSocket>

UnixConnection::UnixConnection(const Endpoint &endpoint, QObject *parent)
    : Connection(parent)
    , m_endpoint(endpoint)
    , m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::connected, this, &Connection::connected);
    connect(m_socket, &QLocalSocket::readyRead, this, &Connection::readyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT disconnected();
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, &UnixConnection::onError);
    // QLocalSocket reports a missing socket from inside connectToServer().
    QMetaObject::invokeMethod(
        this, [this] { m_socket->connectToServer(m_endpoint.path); }, Qt::QueuedConnection);
}

UnixConnection::~UnixConnection()
{
    abort();
}

void UnixConnection::write(const QByteArray &data)
{
    m_socket->write(data);
}

QByteArray UnixConnection::readAll()
{
    return m_socket->readAll();
}

void UnixConnection::abort()
{
    m_done = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void UnixConnection::onError()
{
    if (m_done)
        return;
    const auto error = m_socket->error();
    if (error == QLocalSocket::PeerClosedError) {
        // Bytes that arrived with the close still count.
        if (m_socket->bytesAvailable() > 0)
            Q_EMIT readyRead();
        if (!m_done) {
            m_done = true;
            Q_EMIT disconnected();
        }
        return;
    }
    EngineError::Kind kind = EngineError::Kind::Closed;
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        kind = EngineError::Kind::NoSocket;
        break;
    case QLocalSocket::SocketAccessError:
        kind = EngineError::Kind::AccessDenied;
        break;
    case QLocalSocket::ConnectionRefusedError:
        kind = EngineError::Kind::Refused;
        break;
    case QLocalSocket::SocketTimeoutError:
        kind = EngineError::Kind::Timeout;
        break;
    default:
        break;
    }
    m_done = true;
    Q_EMIT failed(EngineError::make(kind, m_socket->errorString(), m_endpoint.toUrl()));
}
