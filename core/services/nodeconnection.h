#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"
#include "core/services/nodeservice.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

class Engine;
class QFileSystemWatcher;

// A node's connection to its engine, on the node's thread: makes the engine and identifies it,
// probes its health at a modest interval, and while it is away retries with a growing delay
// (or at once when a local engine makes its socket again). What the node does with a connected
// engine is its worker's.
class NodeConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeConnection)

public:
    static constexpr int MaxRetrySeconds = 30;
    static constexpr int DefaultProbeIntervalMs = 10000;
    // A probe slower than this makes the node Degraded.
    static constexpr int SlowLatencyMs = 1500;

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
    void watchSocketFolder(bool watch);

    Endpoint m_endpoint;
    std::unique_ptr<Engine> m_engine;
    // Children, so that moveToThread() takes them along.
    QTimer *m_retryTimer = nullptr;
    QTimer *m_probeTimer = nullptr;
    QFileSystemWatcher *m_socketWatcher = nullptr;
    QRandomGenerator m_random;
    quint64 m_generation = 0;
    int m_attempt = 0;
    bool m_online = false;
    bool m_probing = false;
    bool m_slow = false;
};
