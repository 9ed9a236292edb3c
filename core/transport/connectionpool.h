#pragma once

#include "core/transport/endpoint.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class Connection;
class SshMaster;
class QTimer;

// A node's connections to its engine: at most so many open at once, handed out in the order
// they were asked for, and kept open after a short call for the next one. Lives on the thread of
// the replies that use it; the engine that owns it owns the node's SSH master too, so every
// connection to an SSH node rides on one login.
//
// Three lanes share the engine:
// - Calls (short requests with an answer deadline) hold at most `Limits::calls` connections,
//   counting the idle ones kept for reuse. A call beyond that waits in line; the wait is not part
//   of its deadline (HttpReply starts its timers when the pool grants the connection).
// - Streams (events, logs, stats, pulls, builds, exec) hold a connection for as long as they run,
//   at most `Limits::streams` of them. They never take a call's place: the calls always keep
//   `total - streams` places of their own, so however many streams are open, a short call only
//   ever waits for other short calls, which end by their deadlines — no stream can starve or
//   deadlock a call (a log stream waits for its inspect call; an exec session inspects while
//   its stream runs). Streams beyond their limit wait in line for a stream to end.
// - The health probe has one place of its own beyond the limits, so a line of 300 actions does
//   not make the node look dead. A second probe while one runs waits.
// Calls and streams together hold at most `Limits::total` connections. Within a lane the line is
// first come, first served; across lanes the oldest request that fits goes first.
//
// Where the limits come from: over a unix socket or TCP, 16 calls (engines answer a few at a time
// anyway) and 64 streams (a stats stream per visible container). Over SSH through the docker
// CLI's stdio bridge every connection is an SSH session, and sshd allows 10 per login
// (MaxSessions): 8 sessions for calls and streams together, at most 6 of them streams, plus the
// probe's one. Through a forwarded socket (Podman) they are channels, not sessions: 8 calls and
// 32 streams.
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    enum class Lane
    {
        Call,
        Stream,
        Probe
    };

    struct Limits
    {
        int calls = 16;
        int streams = 64;
        int total = 80;
    };
    static Limits defaultLimits(const Endpoint &endpoint);

    // `connection` is a child of the asker; `reused` when it carried an earlier call.
    using Grant = std::function<void(Connection *connection, bool reused)>;

    explicit ConnectionPool(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ConnectionPool() override;

    // Asks for a connection for `owner` in `lane`; `grant` is called once there is one: before
    // this returns when a place is free, else when one frees. The place is held until release().
    void acquire(QObject *owner, Lane lane, Grant grant);
    // Ends `owner`'s use of its place, or its wait. A `keep` connection (an exchange that ended
    // cleanly, a call's) is kept for the next call; anything else the owner closes itself.
    // Does nothing for an owner the pool does not know.
    void release(QObject *owner, Connection *keep = nullptr);
    // A new connection in place of `owner`'s (a call sent again), in the same place.
    Connection *reopen(QObject *owner);

    // Offers this pool, on this thread, to the replies made without one for its endpoint: the
    // streams and the calls an engine's stream objects make go through the engine's pool too.
    // The last pool offered for an endpoint is the one used.
    void shareOnThisThread();
    // The pool offered on this thread for `endpoint`; null when none.
    static ConnectionPool *sharedFor(const Endpoint &endpoint);

    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }
    void setMaxIdle(int count) { m_maxIdle = count; }
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

    // Figures for tests, benchmarks and the node's details.
    int idleCount() const { return int(m_idle.size()); }
    // How many connections were made: lets tests and benchmarks see the reuse.
    qint64 opened() const { return m_opened; }
    // Connections open now (in use and idle), and the most there ever were at once.
    int openCount() const { return m_inUse[0] + m_inUse[1] + m_inUse[2] + idleCount(); }
    int peakOpen() const { return m_peak; }
    // The most connections calls held at once (in use and idle): at most `Limits::calls`.
    int peakCalls() const { return m_peakCalls; }
    int inUse(Lane lane) const { return m_inUse[int(lane)]; }
    // Requests waiting for a place.
    int waiting() const { return int(m_waiting.size()); }
    // The SSH login every connection shares; null for other endpoints or before the first.
    SshMaster *sshMaster() const { return m_master; }

private:
    struct Idle
    {
        Connection *connection;
        QTimer *expiry;
    };
    struct Holder
    {
        Lane lane = Lane::Call;
        bool granted = false;
        Grant grant;
    };

    bool fits(Lane lane) const;
    void admit(QObject *owner);
    void pump();
    Connection *make(QObject *parent);
    void keepIdle(Connection *connection);
    void drop(Connection *connection);
    Idle takeIdle(qsizetype index, QObject *parent);
    void notePeak();

    Endpoint m_endpoint;
    Limits m_limits;
    QHash<QObject *, Holder> m_holders; // granted and waiting
    QList<QObject *> m_waiting;         // in the order they asked
    int m_inUse[3] = {0, 0, 0};         // by lane
    QList<Idle> m_idle;                 // the most recently used last
    SshMaster *m_master = nullptr;
    qint64 m_opened = 0;
    int m_peak = 0;
    int m_peakCalls = 0;
    int m_maxIdle = 4;
    int m_idleTimeoutMs = 30000;
    bool m_pumping = false;
    bool m_shared = false;
};
