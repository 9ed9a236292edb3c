#include "core/transport/connection.h"

#include "core/transport/sshconnection.h"
#include "core/transport/tcpconnection.h"
#include "core/transport/unixconnection.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QLocalSocket>

namespace {

// Stands in for a kind of endpoint not spoken yet: fails on the next turn of the event loop.
class UnsupportedConnection final : public Connection
{
public:
    UnsupportedConnection(const Endpoint &endpoint, QObject *parent)
        : Connection(endpoint, parent)
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(TransportError::Kind::Unsupported,
                     QCoreApplication::translate("Connection",
                                                 "this engine address cannot be used"));
            },
            Qt::QueuedConnection);
    }
    void abort() override { markDone(); }
};

} // namespace

Connection::Connection(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{}

void Connection::setDevice(QIODevice *device)
{
    m_device = device;
    connect(device, &QIODevice::readyRead, this, [this] {
        if (!m_readPaused)
            Q_EMIT readyRead();
    });
    connect(device, &QIODevice::bytesWritten, this, &Connection::shutdownWhenFlushed);
    connect(device, &QIODevice::bytesWritten, this, &Connection::bytesWritten);
}

void Connection::setReadPaused(bool paused)
{
    if (m_readPaused == paused)
        return;
    m_readPaused = paused;
    const qint64 limit = paused ? PausedReadBytes : 0;
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device))
        socket->setReadBufferSize(limit);
    else if (auto *local = qobject_cast<QLocalSocket *>(m_device))
        local->setReadBufferSize(limit);
    if (!paused)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_readPaused && !m_done && m_device && m_device->bytesAvailable() > 0)
                    Q_EMIT readyRead();
            },
            Qt::QueuedConnection);
}

qint64 Connection::bytesToWrite() const
{
    return m_device ? m_device->bytesToWrite() : 0;
}

bool Connection::closeWrite()
{
    if (!canShutdownWrite() || !m_device)
        return false;
    m_closeWriteWanted = true;
    shutdownWhenFlushed();
    return true;
}

void Connection::shutdownWhenFlushed()
{
    if (!m_closeWriteWanted || m_writeClosed || m_done || m_device->bytesToWrite() > 0)
        return;
    m_writeClosed = true;
    shutdownWrite();
}

void Connection::write(const QByteArray &data)
{
    if (m_device && !m_done)
        m_device->write(data);
}

QByteArray Connection::readAll()
{
    return m_device ? m_device->readAll() : QByteArray();
}

void Connection::peerClosed()
{
    if (m_done)
        return;
    if (m_device && m_device->bytesAvailable() > 0)
        Q_EMIT readyRead();
    if (m_done) // the reader may have aborted
        return;
    m_done = true;
    Q_EMIT disconnected();
}

void Connection::fail(TransportError::Kind kind, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(TransportError::make(kind, message, m_endpoint.toUrl()));
}

Connection *Connection::open(const Endpoint &endpoint, QObject *parent)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        return new UnixConnection(endpoint, parent);
    case Endpoint::Kind::Tcp:
        return new TcpConnection(endpoint, parent);
    case Endpoint::Kind::Ssh:
        return new SshConnection(endpoint, parent);
    case Endpoint::Kind::Invalid:
        break;
    }
    return new UnsupportedConnection(endpoint, parent);
}
