#include "core/transport/connectionpool.h"

#include "core/transport/connection.h"
#include "core/transport/sshconnection.h"
#include "core/transport/sshmaster.h"
#include "core/transport/transportlogging.h"

#include <QPointer>
#include <QTimer>

namespace {
QString shareKey(const Endpoint &endpoint)
{
    return endpoint.toUrl() + QLatin1Char('|') + endpoint.sshIdentityFile;
}

QHash<QString, QList<QPointer<ConnectionPool>>> &sharedPools()
{
    thread_local QHash<QString, QList<QPointer<ConnectionPool>>> pools;
    return pools;
}
} // namespace

ConnectionPool::Limits ConnectionPool::defaultLimits(const Endpoint &endpoint)
{
    if (endpoint.kind != Endpoint::Kind::Ssh)
        return {16, 64, 80};
    if (endpoint.path.isEmpty())
        return {8, 6, 8};
    return {8, 32, 40};
}

ConnectionPool::ConnectionPool(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_limits(defaultLimits(endpoint))
{}

ConnectionPool::~ConnectionPool()
{
    if (m_shared) {
        auto &pools = sharedPools()[shareKey(m_endpoint)];
        pools.removeIf([this](const QPointer<ConnectionPool> &p) { return !p || p == this; });
    }
    for (const Idle &idle : std::as_const(m_idle)) {
        idle.connection->disconnect(this);
        idle.connection->abort();
    }
    // The master (a child) ends with us, and every session that rode on it.
}

void ConnectionPool::shareOnThisThread()
{
    if (m_shared)
        return;
    m_shared = true;
    sharedPools()[shareKey(m_endpoint)].append(this);
}

ConnectionPool *ConnectionPool::sharedFor(const Endpoint &endpoint)
{
    auto &pools = sharedPools();
    const auto it = pools.find(shareKey(endpoint));
    if (it == pools.end())
        return nullptr;
    it->removeIf([](const QPointer<ConnectionPool> &p) { return !p; });
    return it->isEmpty() ? nullptr : it->last().data();
}

void ConnectionPool::setLimits(const Limits &limits)
{
    m_limits = limits;
    pump();
}

Connection *ConnectionPool::make(QObject *parent)
{
    ++m_opened;
    if (m_endpoint.kind != Endpoint::Kind::Ssh)
        return Connection::open(m_endpoint, parent);
    if (!m_master)
        m_master = new SshMaster(m_endpoint, this);
    return new SshConnection(m_endpoint, m_master, parent);
}

bool ConnectionPool::fits(Lane lane) const
{
    const int calls = m_inUse[int(Lane::Call)] + idleCount();
    const int streams = m_inUse[int(Lane::Stream)];
    switch (lane) {
    case Lane::Probe:
        return m_inUse[int(Lane::Probe)] < 1;
    case Lane::Call:
        return !m_idle.isEmpty() || (calls < m_limits.calls && calls + streams < m_limits.total);
    case Lane::Stream:
        // An idle connection gives way to a stream.
        return streams < m_limits.streams &&
               (calls + streams < m_limits.total || !m_idle.isEmpty());
    }
    return false;
}

void ConnectionPool::acquire(QObject *owner, Lane lane, Grant grant)
{
    release(owner); // one place per owner
    m_holders.insert(owner, Holder{lane, false, std::move(grant)});
    m_waiting.append(owner);
    pump();
    if (!m_holders.value(owner).granted && m_holders.contains(owner))
        qCDebug(lcTransport) << "waiting for a connection to" << m_endpoint.toUrl() << "behind"
                             << m_waiting.size() - 1;
}

void ConnectionPool::pump()
{
    // A grant may release or ask again: each admission starts the walk over.
    if (m_pumping)
        return;
    m_pumping = true;
    bool admitted = true;
    while (admitted && !m_waiting.isEmpty()) {
        admitted = false;
        bool blocked[3] = {false, false, false};
        // The probe first, then the oldest that fits: first come, first served within a lane.
        for (const Lane first : {Lane::Probe, Lane::Call}) {
            for (QObject *owner : std::as_const(m_waiting)) {
                const Lane lane = m_holders.value(owner).lane;
                if ((first == Lane::Probe) != (lane == Lane::Probe) || blocked[int(lane)])
                    continue;
                if (!fits(lane)) {
                    blocked[int(lane)] = true;
                    continue;
                }
                admit(owner);
                admitted = true;
                break;
            }
            if (admitted)
                break;
        }
    }
    m_pumping = false;
}

void ConnectionPool::admit(QObject *owner)
{
    m_waiting.removeOne(owner);
    Holder &holder = m_holders[owner];
    holder.granted = true;
    const Lane lane = holder.lane;
    const Grant grant = std::move(holder.grant);
    holder.grant = {};
    ++m_inUse[int(lane)];
    Connection *connection = nullptr;
    bool reused = false;
    if (lane != Lane::Stream && !m_idle.isEmpty()) {
        // The most recently used one is the least likely to have been closed by the engine.
        connection = takeIdle(m_idle.size() - 1, owner).connection;
        reused = true;
    } else {
        if (lane == Lane::Stream &&
            m_inUse[int(Lane::Call)] + m_inUse[int(Lane::Stream)] - 1 + idleCount() >=
                m_limits.total &&
            !m_idle.isEmpty()) {
            Connection *oldest = m_idle.first().connection;
            takeIdle(0, nullptr);
            oldest->abort();
            oldest->deleteLater();
        }
        connection = make(owner);
    }
    notePeak();
    grant(connection, reused);
}

void ConnectionPool::release(QObject *owner, Connection *keep)
{
    const auto it = m_holders.find(owner);
    if (it == m_holders.end()) {
        if (keep) {
            keep->abort();
            keep->deleteLater();
        }
        return;
    }
    const Holder holder = it.value();
    m_holders.erase(it);
    if (!holder.granted) {
        m_waiting.removeOne(owner);
    } else {
        --m_inUse[int(holder.lane)];
        if (keep) {
            const int calls = m_inUse[int(Lane::Call)] + idleCount();
            if (holder.lane != Lane::Stream && idleCount() < m_maxIdle && calls < m_limits.calls &&
                calls + m_inUse[int(Lane::Stream)] < m_limits.total) {
                keepIdle(keep);
            } else {
                keep->abort();
                keep->deleteLater();
            }
        }
    }
    pump();
}

Connection *ConnectionPool::reopen(QObject *owner)
{
    return make(owner);
}

void ConnectionPool::notePeak()
{
    m_peak = qMax(m_peak, openCount());
    m_peakCalls = qMax(m_peakCalls, m_inUse[int(Lane::Call)] + idleCount());
}

ConnectionPool::Idle ConnectionPool::takeIdle(qsizetype index, QObject *parent)
{
    const Idle idle = m_idle.takeAt(index);
    idle.connection->disconnect(this);
    idle.expiry->stop();
    idle.expiry->deleteLater(); // it may be the sender of the call we are in
    idle.connection->setParent(parent);
    return idle;
}

void ConnectionPool::keepIdle(Connection *connection)
{
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
        takeIdle(i, nullptr);
        connection->abort();
        connection->deleteLater();
        qCDebug(lcTransport) << "idle connection closed on" << m_endpoint.toUrl();
        pump(); // a place for a stream
        return;
    }
}
