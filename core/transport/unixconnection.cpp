#include "core/transport/unixconnection.h"

#include <QLocalSocket>

#include <sys/socket.h>

UnixConnection::UnixConnection(const Endpoint &endpoint, QObject *parent)
    : Connection(endpoint, parent)
    , m_socket(new QLocalSocket(this))
{
    setDevice(m_socket);
    connect(m_socket, &QLocalSocket::connected, this, &Connection::connected);
    connect(m_socket, &QLocalSocket::disconnected, this, &UnixConnection::peerClosed);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &UnixConnection::onError);
    // QLocalSocket reports a missing socket from inside connectToServer().
    QMetaObject::invokeMethod(
        this, [this] { m_socket->connectToServer(this->endpoint().path); }, Qt::QueuedConnection);
}

UnixConnection::~UnixConnection()
{
    abort();
}

void UnixConnection::shutdownWrite()
{
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void UnixConnection::abort()
{
    markDone();
    m_socket->disconnect(this);
    m_socket->abort();
}

void UnixConnection::onError()
{
    TransportError::Kind kind = TransportError::Kind::Closed;
    switch (m_socket->error()) {
    case QLocalSocket::PeerClosedError:
        peerClosed();
        return;
    case QLocalSocket::ServerNotFoundError:
        kind = TransportError::Kind::NoSocket;
        break;
    case QLocalSocket::SocketAccessError:
        kind = TransportError::Kind::AccessDenied;
        break;
    case QLocalSocket::ConnectionRefusedError:
        kind = TransportError::Kind::Refused;
        break;
    case QLocalSocket::SocketTimeoutError:
        kind = TransportError::Kind::Timeout;
        break;
    default:
        break;
    }
    fail(kind, m_socket->errorString());
}
