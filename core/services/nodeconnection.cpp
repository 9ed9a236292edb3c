#include "core/services/nodeconnection.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>

NodeConnection::NodeConnection(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &NodeConnection::connectNow);
    m_probeTimer = new QTimer(this);
    m_probeTimer->setInterval(DefaultProbeIntervalMs);
    connect(m_probeTimer, &QTimer::timeout, this, &NodeConnection::probe);
}

NodeConnection::~NodeConnection() = default;

void NodeConnection::connectNow()
{
    ++m_generation;
    m_retryTimer->stop();
    m_probeTimer->stop();
    watchSocketFolder(false);
    m_online = false;
    m_probing = false;
    m_slow = false;
    Q_EMIT reset();
    // A fresh engine object drops every reply of the previous connection with it.
    m_engine = makeEngine(m_endpoint);
    Q_EMIT stateChanged(NodeService::State::Connecting, {});

    const quint64 generation = m_generation;
    // /_ping alone says enough to list: the engine's full description comes after the first
    // list (the worker's describe()).
    m_engine->identifyQuickly(this, [this, generation](const EngineResult<EngineInfo> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        Q_EMIT identified(result.value);
    });
}

void NodeConnection::reconnectNow()
{
    m_retryTimer->stop();
    m_attempt = 0;
    connectNow();
}

void NodeConnection::setProbeIntervalMs(int ms)
{
    m_probeTimer->setInterval(ms);
}

void NodeConnection::markOnline()
{
    m_attempt = 0;
    m_online = true;
    Q_EMIT stateChanged(NodeService::State::Online, {});
    m_probeTimer->start();
    // A first latency at once, for the node list.
    probe();
}

void NodeConnection::probe()
{
    if (!m_online || m_probing)
        return;
    m_probing = true;
    const quint64 generation = m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_engine->ping(this, [this, generation, timer](const EngineError &error) {
        if (generation != m_generation)
            return;
        m_probing = false;
        if (error.isError()) {
            fail(error);
            return;
        }
        const int latency = int(timer->elapsed());
        Q_EMIT probed(latency, m_engine->callCounts());
        const bool slow = latency > SlowLatencyMs;
        if (slow != m_slow) {
            m_slow = slow;
            Q_EMIT stateChanged(slow ? NodeService::State::Degraded : NodeService::State::Online,
                                {});
        }
    });
}

void NodeConnection::fail(const EngineError &error)
{
    ++m_generation;
    m_probeTimer->stop();
    m_online = false;
    m_probing = false;
    Q_EMIT reset();
    // Exponential backoff with jitter, capped: 1, 2, 4, 8, 16, 30 s, each +-20 %.
    const int base = qMin(MaxRetrySeconds, 1 << qMin(m_attempt, 5));
    ++m_attempt;
    const double jitter = 0.8 + 0.4 * m_random.generateDouble();
    const int delayMs = int(base * 1000 * jitter);
    Q_EMIT stateChanged(NodeService::State::Offline, error);
    Q_EMIT retryScheduled((delayMs + 999) / 1000);
    m_retryTimer->start(delayMs);
    watchSocketFolder(true);
}

// A local engine that comes back makes its socket again: retry at once rather than at the next
// backoff step.
void NodeConnection::watchSocketFolder(bool watch)
{
    if (m_endpoint.kind != Endpoint::Kind::Unix)
        return;
    if (!watch) {
        delete m_socketWatcher;
        m_socketWatcher = nullptr;
        return;
    }
    if (m_socketWatcher)
        return;
    const QString folder = QFileInfo(m_endpoint.path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return;
    m_socketWatcher = new QFileSystemWatcher({folder}, this);
    connect(m_socketWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_online && QFileInfo(m_endpoint.path).exists() && m_retryTimer->isActive()) {
            // Give the engine a moment to listen on the socket it just made.
            m_retryTimer->start(qMin(m_retryTimer->remainingTime(), 300));
        }
    });
}
