#include "core/services/nodeworker.h"

#include "core/engine/engine.h"
#include "core/services/nodeconnection.h"
#include "core/services/resourcelister.h"
#include "core/services/serviceslogging.h"

NodeWorker::NodeWorker(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_connection = new NodeConnection(endpoint, this);
    connect(m_connection, &NodeConnection::reset, this, &NodeWorker::onReset);
    connect(m_connection, &NodeConnection::identified, this, &NodeWorker::onIdentified);
    connect(m_connection, &NodeConnection::stateChanged, this, &NodeWorker::stateChanged);
    connect(m_connection, &NodeConnection::probed, this, &NodeWorker::probed);
    connect(m_connection, &NodeConnection::retryScheduled, this, &NodeWorker::retryScheduled);

    m_resources = new ResourceLister(endpoint.toUrl(), this);
    connect(m_resources, &ResourceLister::imagesUpdated, this, &NodeWorker::imagesUpdated);
    connect(m_resources, &ResourceLister::volumesUpdated, this, &NodeWorker::volumesUpdated);
    connect(m_resources, &ResourceLister::networksUpdated, this, &NodeWorker::networksUpdated);
    connect(m_resources, &ResourceLister::podsUpdated, this, &NodeWorker::podsUpdated);
    connect(m_resources, &ResourceLister::listed, this, [this](ResourceLister::Kind kind) {
        if (kind == ResourceLister::Images && m_restToList)
            listTheRest();
    });
    connect(m_resources, &ResourceLister::stillDirty, this, [this] {
        if (!m_flushTimer->isActive())
            scheduleFlush();
    });

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(CoalesceMs);
    connect(m_flushTimer, &QTimer::timeout, this, &NodeWorker::flushDirty);
    m_healthLookTimer = new QTimer(this);
    m_healthLookTimer->setSingleShot(true);
    m_healthLookTimer->setInterval(HealthLookMs);
    connect(m_healthLookTimer, &QTimer::timeout, this, [this] {
        m_dirty.unite(std::exchange(m_healthLook, {}));
        scheduleFlushUnlessListing();
    });
    m_recheckTimer = new QTimer(this);
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(RecheckMs);
    connect(m_recheckTimer, &QTimer::timeout, this, [this] {
        m_dirty.unite(m_reconciler.recheckIds());
        scheduleFlushUnlessListing();
    });
}

NodeWorker::~NodeWorker() = default;

void NodeWorker::start()
{
    m_connection->connectNow();
}

void NodeWorker::reconnectNow()
{
    m_connection->reconnectNow();
}

void NodeWorker::relistNetworks(const QStringList &containerIds)
{
    m_resources->markDirty(m_resources->supportedKinds() & ResourceLister::Networks);
    for (const QString &id : containerIds)
        m_dirty.insert(id);
    if (!m_flushTimer->isActive())
        scheduleFlush();
}

void NodeWorker::setProbeIntervalMs(int ms)
{
    m_connection->setProbeIntervalMs(ms);
}

void NodeWorker::runJob(const NodeService::EngineJob &job)
{
    Engine *engine = m_connection->engine();
    if (!engine) {
        job(nullptr, nullptr);
        return;
    }
    // A child of the engine: replacing the engine on a reconnect ends the job's context too.
    job(engine, new QObject(engine));
}

// The connection is over: what was asked of it will not be answered.
void NodeWorker::onReset()
{
    m_flushTimer->stop();
    m_recheckTimer->stop();
    m_healthLookTimer->stop();
    m_healthLook.clear();
    if (m_events) {
        m_events->disconnect(this);
        m_events->deleteLater();
    }
    m_resources->setEngine(nullptr);
    m_reconciler.resetExpectations();
    m_dirty.clear();
    m_transitions.clear();
    m_describing = false;
    m_listing = false;
    m_restToList = false;
}

void NodeWorker::onIdentified(const EngineInfo &info)
{
    m_resources->setEngine(m_connection->engine());
    m_reconciler.setHealthEventBeforeResult(info.capabilities.healthEventBeforeResult);
    Q_EMIT engineIdentified(info);
    openEvents();
}

void NodeWorker::listTheRest()
{
    m_restToList = false;
    m_resources->list(m_resources->supportedKinds() & ~unsigned(ResourceLister::Images));
    describe();
}

// The engine's version, arch and kernel, and the machine's details: once per connection, after
// the first list, so that they do not compete with it (Podman's /version and /info each cost
// as much as its list). A failure here is not the node's.
void NodeWorker::describe()
{
    Engine *engine = m_connection->engine();
    const quint64 generation = m_connection->generation();
    engine->identify(this, [this, engine, generation](const EngineResult<EngineInfo> &result) {
        if (generation != m_connection->generation())
            return;
        if (result.ok())
            Q_EMIT engineIdentified(result.value);
        engine->systemInfo(this, [this, generation](const EngineResult<SystemInfo> &info) {
            if (generation == m_connection->generation() && info.ok())
                Q_EMIT detailsFetched(info.value);
        });
    });
}

void NodeWorker::openEvents()
{
    // Subscribe before listing, so nothing that happens during the list is missed: events
    // that arrive meanwhile are re-fetched once the list is in.
    using Object = EngineEvent::Object;
    const unsigned kinds = m_resources->supportedKinds();
    QList<Object> objects = {Object::Container, Object::Image};
    if (kinds & ResourceLister::Volumes)
        objects << Object::Volume;
    if (kinds & ResourceLister::Networks)
        objects << Object::Network;
    if (kinds & ResourceLister::Pods)
        objects << Object::Pod;
    m_events = m_connection->engine()->watchObjects(objects, this);
    const quint64 generation = m_connection->generation();
    connect(m_events, &EventStream::opened, this, [this, generation] {
        if (generation == m_connection->generation())
            fetch({});
    });
    connect(m_events, &EventStream::eventReceived, this, &NodeWorker::onEvent);
    connect(m_events, &EventStream::ended, this, [this, generation](const EngineError &error) {
        if (generation != m_connection->generation())
            return;
        qCInfo(lcServices) << m_endpoint.toUrl() << "event stream ended:" << error.message;
        m_connection->fail(error);
    });
}

// Lists all containers (no ids) or only the given ones, and applies the answer to the snapshot.
void NodeWorker::fetch(const QSet<QString> &ids)
{
    m_listing = true;
    const quint64 generation = m_connection->generation();
    const bool full = ids.isEmpty();
    m_connection->engine()->listContainers(
        QStringList(ids.cbegin(), ids.cend()), this,
        [this, generation, ids, full](const EngineResult<QList<ContainerSummary>> &result) {
            if (generation != m_connection->generation())
                return;
            m_listing = false;
            if (!result.ok()) {
                m_connection->fail(result.error);
                return;
            }
            const NodeReconciler::ListOutcome outcome = m_reconciler.onList(
                result.value, full ? nullptr : &ids, QDateTime::currentDateTimeUtc());
            emitDiff(outcome.diff);
            for (const HealthTransition &t : outcome.transitions)
                m_transitions.enqueue(t);
            describeNextTransition();
            m_dirty.unite(outcome.listAgain);
            if (outcome.recheckSoon && !m_recheckTimer->isActive())
                m_recheckTimer->start();
            if (full) {
                m_connection->markOnline();
                // Everything else once per connection; events keep it current after that.
                // The images alone first: listed beside the other kinds and /version, they
                // took half as long again.
                if (m_resources->supportedKinds() & ResourceLister::Images) {
                    m_restToList = true;
                    m_resources->list(ResourceLister::Images);
                } else {
                    listTheRest();
                }
            }
            if (!m_dirty.isEmpty())
                scheduleFlush();
        });
}

void NodeWorker::onEvent(const EngineEvent &event)
{
    if (event.object != EngineEvent::Object::Container ||
        event.what == EngineEvent::Action::Committed) {
        const unsigned kind = ResourceLister::kindOf(event) & m_resources->supportedKinds();
        if (kind == 0)
            return;
        m_resources->markDirty(kind);
        noteEventRate();
        if (!m_flushTimer->isActive())
            scheduleFlush();
        return;
    }
    if (event.id.isEmpty() || event.what == EngineEvent::Action::Transient)
        return;
    // A pod's status is its containers' states.
    if (m_resources->hasPods())
        m_resources->markDirty(ResourceLister::Pods);
    noteEventRate(event.id);
    const NodeReconciler::EventOutcome outcome = m_reconciler.onEvent(event, m_burst);
    if (outcome.exited)
        lookIntoExit(*outcome.exited);
    if (outcome.lookLater) {
        m_healthLook.insert(event.id);
        if (!m_healthLookTimer->isActive())
            m_healthLookTimer->start();
    }
    emitDiff(outcome.shown);
    m_dirty.insert(event.id);
    scheduleFlushUnlessListing();
}

void NodeWorker::noteEventRate(const QString &containerId)
{
    if (!m_lastEvent.isValid() || m_lastEvent.elapsed() > 1000)
        m_burst = false; // a quiet second ends a burst
    m_lastEvent.start();
    if (!m_rateWindow.isValid() || m_rateWindow.elapsed() > 1000) {
        m_rateWindow.start();
        m_rateCount = 0;
        m_rateIds.clear();
    }
    if (containerId.isEmpty())
        ++m_rateCount;
    else
        m_rateIds.insert(containerId);
    if (m_rateCount + m_rateIds.size() > BurstEvents)
        m_burst = true;
}

void NodeWorker::scheduleFlush()
{
    m_flushTimer->start(m_burst ? BurstCoalesceMs : CoalesceMs);
}

void NodeWorker::scheduleFlushUnlessListing()
{
    if (!m_dirty.isEmpty() && !m_listing && !m_flushTimer->isActive())
        scheduleFlush();
}

void NodeWorker::emitDiff(const NodeReconciler::Diff &diff)
{
    // The search text is made here, on the node's thread, not by every view that shows the rows.
    if (!diff.isEmpty())
        Q_EMIT containersUpdated(ContainerSummary::withSearchText(diff.added),
                                 ContainerSummary::withSearchText(diff.changed), diff.removed);
}

// An exit worth telling: non-zero, or killed for memory. Inspect says which (the event's own
// exit code stands in when the container is already gone).
void NodeWorker::lookIntoExit(ContainerExit exit)
{
    const quint64 generation = m_connection->generation();
    m_connection->engine()->inspectContainer(
        exit.containerId, this,
        [this, generation, exit](const EngineResult<ContainerDetails> &r) mutable {
            if (generation != m_connection->generation())
                return;
            if (r.ok()) {
                exit.exitCode = r.value.exitCode;
                exit.oomKilled = exit.oomKilled || r.value.oomKilled;
            }
            if (exit.exitCode != 0 || exit.oomKilled)
                Q_EMIT exited({exit});
        });
}

void NodeWorker::flushDirty()
{
    if (!m_connection->isOnline())
        return;
    if (m_resources->dirtyKinds())
        m_resources->list(m_resources->dirtyKinds());
    if (m_dirty.isEmpty() || m_listing)
        return;
    fetch(std::exchange(m_dirty, {}));
}

// Fills in the oldest waiting transition with the check's streak and output, then emits it:
// one at a time, so they arrive in the order they happened.
void NodeWorker::describeNextTransition()
{
    if (m_describing || m_transitions.isEmpty())
        return;
    m_describing = true;
    const quint64 generation = m_connection->generation();
    m_connection->engine()->inspectContainer(
        m_transitions.head().containerId, this,
        [this, generation](const EngineResult<ContainerDetails> &r) {
            if (generation != m_connection->generation())
                return;
            m_describing = false;
            HealthTransition t = m_transitions.dequeue();
            if (r.ok()) {
                t.failingStreak = r.value.health.failingStreak;
                if (!r.value.health.log.isEmpty())
                    t.output = r.value.health.log.constLast().output;
            }
            Q_EMIT healthChanged({t});
            describeNextTransition();
        });
}
