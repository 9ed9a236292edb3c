#include "core/services/nodeconnection.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"
#include "core/transport/httpreply.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace {

// Failures that say the engine is away rather than that it is the wrong thing: worth knocking.
bool isAway(const EngineError &error)
{
    using K = EngineError::Kind;
    switch (error.kind) {
    case K::Timeout:
    case K::Closed:
    case K::Refused:
    case K::NoSocket:
    case K::Unreachable:
        return true;
    default:
        return false;
    }
}

} // namespace

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
    m_overdueTimer = new QTimer(this);
    m_overdueTimer->setSingleShot(true);
    connect(m_overdueTimer, &QTimer::timeout, this, &NodeConnection::onProbeOverdue);
    m_knockTimer = new QTimer(this);
    m_knockTimer->setInterval(KnockIntervalMs);
    connect(m_knockTimer, &QTimer::timeout, this, &NodeConnection::knock);
}

NodeConnection::~NodeConnection() = default;

void NodeConnection::connectNow()
{
    ++m_generation;
    m_retryTimer->stop();
    m_probeTimer->stop();
    m_overdueTimer->stop();
    watchSocketFolder(false);
    m_online = false;
    m_probing = false;
    m_degraded = false;
    Q_EMIT reset();
    // A fresh engine object drops every reply of the previous connection with it.
    m_engine = makeEngine(m_endpoint);
    Q_EMIT stateChanged(NodeService::State::Connecting, {});

    const quint64 generation = m_generation;
    // /_ping alone says enough to list: the engine's full description comes after the first
    // list (the worker's describe()).
    m_engine->identifyToFollow(this, [this, generation](const EngineResult<EngineInfo> &result) {
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
    stopKnocking();
    m_lostAt.invalidate();
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
    m_probeStarted.start();
    m_overdueTimer->start(SlowLatencyMs);
    m_engine->ping(this, [this, generation](const EngineError &error) {
        if (generation != m_generation)
            return;
        m_probing = false;
        m_overdueTimer->stop();
        if (error.isError()) {
            fail(error);
            return;
        }
        const int latency = int(m_probeStarted.elapsed());
        Q_EMIT probed(latency, m_engine->callCounts());
        if (latency > SlowLatencyMs) {
            setDegraded(true);
            // It answers again (a hang ended, or it is merely slow): see how fast it is now,
            // rather than a whole interval later.
            QTimer::singleShot(100, this, [this, generation] {
                if (generation == m_generation)
                    probe();
            });
            return;
        }
        setDegraded(false);
    });
}

// The probe in flight is late: first the node is Degraded, then lost. The probe stays out, so
// that an engine that continues answers it at once.
void NodeConnection::onProbeOverdue()
{
    if (!m_online || !m_probing)
        return;
    const qint64 waited = m_probeStarted.elapsed();
    const QString where = m_endpoint.toUrl();
    if (waited >= HangOfflineMs) {
        fail(EngineError::make(EngineError::Kind::Timeout,
                               tr("no answer to a health check for %1 s").arg(waited / 1000),
                               where));
        return;
    }
    setDegraded(true, EngineError::make(EngineError::Kind::Timeout,
                                        tr("no answer to the health check for over %1 s")
                                            .arg(QString::number(double(waited) / 1000, 'f', 1)),
                                        where));
    m_overdueTimer->start(int(HangOfflineMs - waited));
}

void NodeConnection::setDegraded(bool degraded, const EngineError &why)
{
    if (degraded == m_degraded)
        return;
    m_degraded = degraded;
    Q_EMIT stateChanged(degraded ? NodeService::State::Degraded : NodeService::State::Online, why);
}

void NodeConnection::fail(const EngineError &error)
{
    const bool wasOnline = m_online;
    ++m_generation;
    m_probeTimer->stop();
    m_overdueTimer->stop();
    m_online = false;
    m_probing = false;
    m_degraded = false;
    Q_EMIT reset();
    // Exponential backoff with jitter, capped: 0.5, 1, 2, 4, 8, 16, 30 s, each +-20 %.
    const int base = qMin(MaxRetrySeconds * 1000, FirstRetryMs << qMin(m_attempt, 6));
    ++m_attempt;
    const double jitter = 0.8 + 0.4 * m_random.generateDouble();
    const int delayMs = int(base * jitter);
    Q_EMIT stateChanged(NodeService::State::Offline, error);
    Q_EMIT retryScheduled((delayMs + 999) / 1000);
    m_retryTimer->start(delayMs);
    watchSocketFolder(true);
    if (wasOnline)
        m_lostAt.start();
    if (isAway(error) && m_lostAt.isValid() && m_lostAt.elapsed() < KnockForMs)
        startKnocking();
    else
        stopKnocking();
}

void NodeConnection::startKnocking()
{
    if (!m_knockTimer->isActive())
        m_knockTimer->start();
}

void NodeConnection::stopKnocking()
{
    m_knockTimer->stop();
    // Their connections (over SSH, their ssh processes) end with them.
    const QList<QPointer<HttpReply>> knocks = std::exchange(m_knocks, {});
    for (const QPointer<HttpReply> &knock : knocks) {
        if (knock) {
            knock->disconnect(this);
            knock->deleteLater();
        }
    }
    // Cancelled, their callbacks see Aborted and do nothing.
    const QList<CallHandle> engineKnocks = std::exchange(m_engineKnocks, {});
    for (const CallHandle &knock : engineKnocks)
        knock.cancel();
}

// A /_ping on a connection of its own, outside the engine's pool, whose connections (and SSH
// login) may be ones the network swallowed: the first answer reconnects at once. Several stay
// out at a time, so that one sent after the engine continued (or the network came back) is
// never stuck behind one the network swallowed. /_ping is what Docker and Podman both answer,
// and what identifying the engine asks first.
void NodeConnection::knock()
{
    if (m_online || !m_lostAt.isValid() || m_lostAt.elapsed() >= KnockForMs) {
        stopKnocking();
        return;
    }
    m_knocks.removeIf([](const QPointer<HttpReply> &knock) { return knock.isNull(); });
    const qsizetype maxInFlight =
        m_endpoint.kind == Endpoint::Kind::Ssh ? MaxSshKnocks : KnockTimeoutMs / KnockIntervalMs;
    if (m_endpoint.api != Endpoint::Api::Docker) {
        knockWithEngine(maxInFlight);
        return;
    }
    if (m_knocks.size() >= maxInFlight)
        return;
    HttpRequest request;
    request.target = "/_ping";
    request.timeoutMs = KnockTimeoutMs;
    auto *knock = new HttpReply(static_cast<ConnectionPool *>(nullptr), m_endpoint, request, this);
    m_knocks.append(knock);
    QTimer::singleShot(KnockTimeoutMs, knock, &HttpReply::abort);
    connect(knock, &HttpReply::finished, this, [this, knock] {
        knock->deleteLater();
        m_knocks.removeOne(knock);
        if (knock->error().isError() || knock->statusCode() != 200 || m_online)
            return;
        // Once: the reconnect that follows knocks again if it fails.
        stopKnocking();
        reconnectNow();
    });
}

// An engine that speaks no HTTP (containerd's gRPC) is knocked at with its own ping, on the
// channel of the engine that was lost: gRPC reconnects it by itself (within its back-off of a
// few seconds), and over SSH it goes through the node's one ssh master rather than a login per
// knock.
void NodeConnection::knockWithEngine(qsizetype maxInFlight)
{
    m_engineKnocks.removeIf([](const CallHandle &knock) { return !knock.isRunning(); });
    if (!m_engine || m_engineKnocks.size() >= maxInFlight)
        return;
    const CallHandle knock = m_engine->ping(this, [this](const EngineError &error) {
        if (error.isError() || m_online)
            return;
        stopKnocking();
        reconnectNow();
    });
    m_engineKnocks.append(knock);
    QTimer::singleShot(KnockTimeoutMs, this, [knock] { knock.cancel(); });
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
