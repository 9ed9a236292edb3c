#pragma once

#include "core/transport/endpoint.h"

#include <QList>
#include <QObject>

class Connection;
class QTimer;

// Idle connections to one engine, kept open after a short call for the next one, so a burst
// of calls pays for one connect (over SSH, one remote process) instead of one each. Lives on the
// thread of the replies that use it. An idle connection that the engine closes, or that says
// anything while idle, leaves the pool at once; one idle for too long is closed.
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    explicit ConnectionPool(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ConnectionPool() override;

    // A new connection to the endpoint, counted in opened().
    Connection *open(QObject *parent);
    // An idle connection handed over to `parent`, or nullptr when none is idle.
    Connection *take(QObject *parent);
    // Keeps a connection whose last exchange ended cleanly; closes it when the pool is full.
    void put(Connection *connection);

    int idleCount() const { return int(m_idle.size()); }
    // How many connections open() made: lets tests and benchmarks see the reuse.
    qint64 opened() const { return m_opened; }

    void setMaxIdle(int count) { m_maxIdle = count; }
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

private:
    struct Idle
    {
        Connection *connection;
        QTimer *expiry;
    };

    void drop(Connection *connection);
    Idle release(qsizetype index, QObject *parent);

    Endpoint m_endpoint;
    QList<Idle> m_idle; // the most recently used last
    qint64 m_opened = 0;
    int m_maxIdle = 4;
    int m_idleTimeoutMs = 30000;
};
