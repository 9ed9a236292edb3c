#include "core/services/nodeworker.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"
#include "core/services/serviceslogging.h"

#include <QList>

NodeWorker::NodeWorker(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(CoalesceMs);
    connect(m_flushTimer, &QTimer::timeout, this, &NodeWorker::flushDirty);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &NodeWorker::connectEngine);
}

NodeWorker::~NodeWorker() = default;

void NodeWorker::start()
{
    connectEngine();
}

void NodeWorker::reconnectNow()
{
    m_retryTimer->stop();
    m_attempt = 0;
    connectEngine();
}

void NodeWorker::connectEngine()
{
    ++m_generation;
    m_retryTimer->stop();
    m_flushTimer->stop();
    delete m_events;
    m_listing = false;
    m_online = false;
    // A fresh engine object drops every reply of the previous connection with it.
    m_engine = makeEngine(m_endpoint);
    Q_EMIT stateChanged(NodeService::State::Connecting, {});

    const quint64 generation = m_generation;
    m_engine->identify(this, [this, generation](const EngineResult<EngineInfo> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            goOffline(result.error);
            return;
        }
        Q_EMIT engineIdentified(result.value);
        openEvents();
    });
}

void NodeWorker::openEvents()
{
    // Subscribe before listing, so nothing that happens during the list is missed: events
    // that arrive meanwhile are re-fetched once the list is in.
    m_events = m_engine->watchContainerEvents(this);
    const quint64 generation = m_generation;
    connect(m_events, &EventStream::opened, this, [this, generation] {
        if (generation == m_generation)
            fetch({});
    });
    connect(m_events, &EventStream::eventReceived, this, &NodeWorker::onEvent);
    connect(m_events, &EventStream::ended, this, [this, generation](const EngineError &error) {
        if (generation != m_generation)
            return;
        qCInfo(lcServices) << m_endpoint.toUrl() << "event stream ended:" << error.message;
        goOffline(error);
    });
}

// Lists all containers (no ids) or only the given ones, and applies the answer to the snapshot.
void NodeWorker::fetch(const QSet<QString> &ids)
{
    m_listing = true;
    const quint64 generation = m_generation;
    const bool full = ids.isEmpty();
    m_engine->listContainers(
        QStringList(ids.cbegin(), ids.cend()), this,
        [this, generation, ids, full](const EngineResult<QList<ContainerSummary>> &result) {
            if (generation != m_generation)
                return;
            m_listing = false;
            if (!result.ok()) {
                goOffline(result.error);
                return;
            }
            apply(result.value, full ? nullptr : &ids);
            if (full) {
                m_attempt = 0;
                m_online = true;
                Q_EMIT stateChanged(NodeService::State::Online, {});
            }
            if (!m_dirty.isEmpty())
                m_flushTimer->start();
        });
}

void NodeWorker::onEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("container") || event.id.isEmpty())
        return;
    // exec_* and attach events do not change what the list shows.
    if (event.action.startsWith(QLatin1String("exec_")) ||
        event.action == QLatin1String("attach") || event.action == QLatin1String("top") ||
        event.action == QLatin1String("resize"))
        return;
    m_dirty.insert(event.id);
    if (!m_listing && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void NodeWorker::flushDirty()
{
    if (m_dirty.isEmpty() || m_listing || !m_online)
        return;
    fetch(std::exchange(m_dirty, {}));
}

// Compares a list with the snapshot. With `asked`, the list answers for those ids only; without,
// it is the whole truth and anything missing from it is gone.
void NodeWorker::apply(const QList<ContainerSummary> &list, const QSet<QString> *asked)
{
    QList<ContainerSummary> added;
    QList<ContainerSummary> changed;
    QStringList removed;
    QSet<QString> seen;
    for (const ContainerSummary &c : list) {
        seen.insert(c.id);
        const auto it = m_snapshot.find(c.id);
        if (it == m_snapshot.end()) {
            added.append(c);
            m_snapshot.insert(c.id, c);
        } else if (!(*it == c)) {
            changed.append(c);
            *it = c;
        }
    }
    if (asked) {
        for (const QString &id : *asked) {
            // The engine matches id filters by prefix; an event names the full id.
            if (!seen.contains(id) && m_snapshot.remove(id) > 0)
                removed.append(id);
        }
    } else {
        for (auto it = m_snapshot.begin(); it != m_snapshot.end();) {
            if (!seen.contains(it.key())) {
                removed.append(it.key());
                it = m_snapshot.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (!added.isEmpty() || !changed.isEmpty() || !removed.isEmpty())
        Q_EMIT containersUpdated(added, changed, removed);
}

void NodeWorker::goOffline(const EngineError &error)
{
    ++m_generation;
    m_flushTimer->stop();
    m_dirty.clear();
    m_listing = false;
    m_online = false;
    if (m_events) {
        m_events->disconnect(this);
        m_events->deleteLater();
    }
    // Exponential backoff with jitter, capped: 1, 2, 4, 8, 16, 30 s, each +-20 %.
    const int base = qMin(MaxRetrySeconds, 1 << qMin(m_attempt, 5));
    ++m_attempt;
    const double jitter = 0.8 + 0.4 * m_random.generateDouble();
    const int delayMs = int(base * 1000 * jitter);
    Q_EMIT stateChanged(NodeService::State::Offline, error);
    Q_EMIT retryScheduled((delayMs + 999) / 1000);
    m_retryTimer->start(delayMs);
}
