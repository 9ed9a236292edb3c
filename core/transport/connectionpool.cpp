#include "core/transport/connectionpool.h"

#include "core/transport/connection.h"
#include "core/transport/transportlogging.h"

#include <QTimer>

ConnectionPool::ConnectionPool(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{}

ConnectionPool::~ConnectionPool()
{
    for (const Idle &idle : std::as_const(m_idle)) {
        idle.connection->disconnect(this);
        idle.connection->abort();
    }
}

Connection *ConnectionPool::open(QObject *parent)
{
    ++m_opened;
    return Connection::open(m_endpoint, parent);
}

ConnectionPool::Idle ConnectionPool::release(qsizetype index, QObject *parent)
{
    const Idle idle = m_idle.takeAt(index);
    idle.connection->disconnect(this);
    idle.expiry->stop();
    idle.expiry->deleteLater(); // it may be the sender of the call we are in
    idle.connection->setParent(parent);
    return idle;
}

Connection *ConnectionPool::take(QObject *parent)
{
    if (m_idle.isEmpty())
        return nullptr;
    // The most recently used one is the least likely to have been closed by the engine.
    return release(m_idle.size() - 1, parent).connection;
}

void ConnectionPool::put(Connection *connection)
{
    if (m_idle.size() >= m_maxIdle) {
        connection->abort();
        connection->deleteLater();
        return;
    }
    connection->setParent(this);
    auto *expiry = new QTimer(connection);
    expiry->setSingleShot(true);
    connect(expiry, &QTimer::timeout, this, [this, connection] { drop(connection); });
    expiry->start(m_idleTimeoutMs);
    // Nothing is asked on an idle connection: a close or any byte means it is of no more use.
    connect(connection, &Connection::disconnected, this, [this, connection] { drop(connection); });
    connect(connection, &Connection::failed, this, [this, connection] { drop(connection); });
    connect(connection, &Connection::readyRead, this, [this, connection] { drop(connection); });
    m_idle.append({connection, expiry});
}

void ConnectionPool::drop(Connection *connection)
{
    for (qsizetype i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i).connection != connection)
            continue;
        release(i, nullptr);
        connection->abort();
        connection->deleteLater();
        qCDebug(lcTransport) << "idle connection closed on" << m_endpoint.toUrl();
        return;
    }
}
