#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"
#include "core/services/nodeservice.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

class Engine;
class HttpReply;
class QFileSystemWatcher;

// A node's connection to its engine, on the node's thread: makes the engine and identifies it,
// probes its health, and while it is away retries with a growing delay (or at once when a local
// engine makes its socket again).
//
// The probe asks /_ping every second in the engine's probe lane (ConnectionPool), so it never
// waits behind the node's other calls. One unanswered for SlowLatencyMs makes the node Degraded
// ("not answering"), for HangOfflineMs Offline; it stays out meanwhile, so an engine that
// continues answers it at once. A node just lost keeps knocking: a /_ping on a connection of its
// own (over SSH, a login of its own) every KnockIntervalMs, several left outstanding, so that an
// engine that continues, or a network that comes back, is seen within a second rather than at
// the next backoff step. A containerd node (gRPC, no /_ping) knocks with its engine's own ping
// (version.Version) on the channel it has, which reconnects by itself, rather than with an HTTP
// request its socket would not understand or an ssh login per knock. What the node does with a
// connected engine is its worker's.
class NodeConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeConnection)

public:
    static constexpr int MaxRetrySeconds = 30;
    // The first retry after a loss; each next one waits twice as long, up to MaxRetrySeconds.
    static constexpr int FirstRetryMs = 500;
    static constexpr int DefaultProbeIntervalMs = 1000;
    // A probe slower than this makes the node Degraded, and one unanswered this long too.
    static constexpr int SlowLatencyMs = 1500;
    // A probe unanswered this long makes the node Offline.
    static constexpr int HangOfflineMs = 6000;
    // After a loss: a knock this often, each given up after KnockTimeoutMs (over SSH, where
    // each is an ssh login, at most MaxSshKnocks at a time), for KnockForMs.
    static constexpr int KnockIntervalMs = 500;
    static constexpr int KnockTimeoutMs = 4000;
    static constexpr int MaxSshKnocks = 3;
    static constexpr int KnockForMs = 120000;

    explicit NodeConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~NodeConnection() override;

    // The engine of the current connection; null before the first.
    Engine *engine() const { return m_engine.get(); }
    // Bumps with every (re)connect and loss, so that late answers can be told apart.
    quint64 generation() const { return m_generation; }
    bool isOnline() const { return m_online; }

    // Makes a new engine and identifies it; the old one and its answers are dropped.
    void connectNow();
    // Skips the wait of a scheduled retry.
    void reconnectNow();
    void setProbeIntervalMs(int ms);
    // The node follows the engine now: reports Online, and probes it from here on.
    void markOnline();
    // The engine is away: reports Offline with `error` and schedules the next attempt.
    void fail(const EngineError &error);

Q_SIGNALS:
    // The current connection is over (a reconnect or a loss): drop what depends on it. Comes
    // before the engine is replaced.
    void reset();
    void stateChanged(NodeService::State state, const EngineError &error);
    // The new engine answered /_ping: it can be used.
    void identified(const EngineInfo &info);
    void probed(int latencyMs, const QHash<QString, qint64> &callCounts);
    void retryScheduled(int seconds);

private:
    void probe();
    void onProbeOverdue();
    void setDegraded(bool degraded, const EngineError &why = {});
    void startKnocking();
    void stopKnocking();
    void knock();
    void knockWithEngine(qsizetype maxInFlight);
    void watchSocketFolder(bool watch);

    Endpoint m_endpoint;
    std::unique_ptr<Engine> m_engine;
    // Children, so that moveToThread() takes them along.
    QTimer *m_retryTimer = nullptr;
    QTimer *m_probeTimer = nullptr;
    QTimer *m_overdueTimer = nullptr; // the probe in flight is late
    QTimer *m_knockTimer = nullptr;
    QFileSystemWatcher *m_socketWatcher = nullptr;
    QRandomGenerator m_random;
    QElapsedTimer m_probeStarted;
    QElapsedTimer m_lostAt; // the loss that knocking follows
    quint64 m_generation = 0;
    QList<QPointer<HttpReply>> m_knocks; // in flight
    QList<CallHandle> m_engineKnocks;    // the same through the engine (containerd)
    int m_attempt = 0;
    bool m_online = false;
    bool m_probing = false;
    bool m_degraded = false;
};
