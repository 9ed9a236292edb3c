#include "core/services/nodeserviceimpl.h"

#include "core/services/nodeworker.h"

#include <QThread>

namespace {
NodeConfig configFor(const QString &name, const Endpoint &endpoint)
{
    NodeConfig c;
    c.id = name;
    c.name = name;
    c.url = endpoint.toUrl();
    return c;
}
} // namespace

NodeServiceImpl::NodeServiceImpl(const NodeConfig &config, QObject *parent)
    : NodeServiceImpl(config, config.endpoint(), parent)
{}

NodeServiceImpl::NodeServiceImpl(const QString &name, const Endpoint &endpoint, QObject *parent)
    : NodeServiceImpl(configFor(name, endpoint), endpoint, parent)
{}

NodeServiceImpl::NodeServiceImpl(const NodeConfig &config, const Endpoint &endpoint,
                                 QObject *parent)
    : NodeService(parent)
    , m_config(config)
    , m_endpoint(endpoint)
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<SystemInfo>();
    qRegisterMetaType<ContainerSummary>();
    qRegisterMetaType<HealthTransition>();
    qRegisterMetaType<ContainerExit>();
    qRegisterMetaType<ImageSummary>();
    qRegisterMetaType<VolumeInfo>();
    qRegisterMetaType<NetworkInfo>();
    qRegisterMetaType<PodInfo>();
    setObjectName(config.name);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("node:") + config.name);
    m_worker = new NodeWorker(endpoint);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &NodeWorker::stateChanged, this, &NodeServiceImpl::onStateChanged);
    connect(m_worker, &NodeWorker::engineIdentified, this, &NodeServiceImpl::onEngineIdentified);
    connect(m_worker, &NodeWorker::detailsFetched, this, &NodeServiceImpl::onDetailsFetched);
    connect(m_worker, &NodeWorker::probed, this, &NodeServiceImpl::onProbed);
    connect(m_worker, &NodeWorker::retryScheduled, this, &NodeService::retryScheduled);
    connect(m_worker, &NodeWorker::containersUpdated, this, &NodeServiceImpl::onContainersUpdated);
    connect(m_worker, &NodeWorker::healthChanged, this, &NodeServiceImpl::onHealthChanged);
    connect(m_worker, &NodeWorker::exited, this, &NodeService::containersExited);
    connect(m_worker, &NodeWorker::imagesUpdated, this,
            [this](const QList<ImageSummary> &added, const QList<ImageSummary> &changed,
                   const QStringList &removed) {
                applyBatch(
                    m_images, added, changed, removed, [](const ImageSummary &i) { return i.id; },
                    &NodeService::imagesAboutToBeRemoved, &NodeService::imagesRemoved,
                    &NodeService::imagesAdded, &NodeService::imagesChanged);
            });
    connect(m_worker, &NodeWorker::volumesUpdated, this,
            [this](const QList<VolumeInfo> &added, const QList<VolumeInfo> &changed,
                   const QStringList &removed) {
                applyBatch(
                    m_volumes, added, changed, removed, [](const VolumeInfo &v) { return v.name; },
                    &NodeService::volumesAboutToBeRemoved, &NodeService::volumesRemoved,
                    &NodeService::volumesAdded, &NodeService::volumesChanged);
            });
    connect(m_worker, &NodeWorker::networksUpdated, this,
            [this](const QList<NetworkInfo> &added, const QList<NetworkInfo> &changed,
                   const QStringList &removed) {
                applyBatch(
                    m_networks, added, changed, removed, [](const NetworkInfo &n) { return n.id; },
                    &NodeService::networksAboutToBeRemoved, &NodeService::networksRemoved,
                    &NodeService::networksAdded, &NodeService::networksChanged);
            });
    connect(m_worker, &NodeWorker::podsUpdated, this,
            [this](const QList<PodInfo> &added, const QList<PodInfo> &changed,
                   const QStringList &removed) {
                applyBatch(
                    m_pods, added, changed, removed, [](const PodInfo &p) { return p.id; },
                    &NodeService::podsAboutToBeRemoved, &NodeService::podsRemoved,
                    &NodeService::podsAdded, &NodeService::podsChanged);
            });
    m_thread->start();
}

NodeServiceImpl::~NodeServiceImpl()
{
    // The worker's sockets belong to its thread: delete it there, then end the thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QList<ContainerSummary> NodeServiceImpl::containers() const
{
    return m_containers.values();
}

QList<HealthTransition> NodeServiceImpl::healthHistory(const QString &containerId) const
{
    return m_health.value(containerId);
}

void NodeServiceImpl::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_worker, &NodeWorker::start, Qt::QueuedConnection);
}

void NodeServiceImpl::reconnectNow()
{
    m_started = true;
    QMetaObject::invokeMethod(m_worker, &NodeWorker::reconnectNow, Qt::QueuedConnection);
}

void NodeServiceImpl::relistNetworks(const QStringList &containerIds)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, containerIds] { worker->relistNetworks(containerIds); },
        Qt::QueuedConnection);
}

void NodeServiceImpl::runOnEngine(EngineJob job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->runJob(job); },
        Qt::QueuedConnection);
}

void NodeServiceImpl::setProbeIntervalMs(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms] { worker->setProbeIntervalMs(ms); },
        Qt::QueuedConnection);
}

void NodeServiceImpl::onStateChanged(NodeService::State state, const EngineError &error)
{
    m_error = error;
    if (state == m_state && !error.isError())
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void NodeServiceImpl::onEngineIdentified(const EngineInfo &info)
{
    if (info == m_info)
        return;
    m_info = info;
    Q_EMIT engineInfoChanged(info);
}

void NodeServiceImpl::onDetailsFetched(const SystemInfo &details)
{
    m_details = details;
    Q_EMIT detailsChanged(details);
}

void NodeServiceImpl::onProbed(int latencyMs, const QHash<QString, qint64> &callCounts)
{
    m_latencyMs = latencyMs;
    m_callCounts = callCounts;
    Q_EMIT healthProbed(latencyMs);
}

void NodeServiceImpl::onContainersUpdated(const QList<ContainerSummary> &added,
                                          const QList<ContainerSummary> &changed,
                                          const QStringList &removed)
{
    if (!removed.isEmpty()) {
        Q_EMIT containersAboutToBeRemoved(removed);
        for (const QString &id : removed) {
            m_containers.remove(id);
            m_health.remove(id);
        }
        Q_EMIT containersRemoved(removed);
    }
    if (!added.isEmpty()) {
        for (const ContainerSummary &c : added)
            m_containers.insert(c.id, c);
        Q_EMIT containersAdded(added);
    }
    if (!changed.isEmpty()) {
        for (const ContainerSummary &c : changed)
            m_containers.insert(c.id, c);
        Q_EMIT containersChanged(changed);
    }
}

template<typename T, typename KeyFn>
void NodeServiceImpl::applyBatch(QHash<QString, T> &store, const QList<T> &added,
                                 const QList<T> &changed, const QStringList &removed, KeyFn key,
                                 void (NodeService::*aboutToBeRemoved)(const QStringList &),
                                 void (NodeService::*removedSignal)(const QStringList &),
                                 void (NodeService::*addedSignal)(const QList<T> &),
                                 void (NodeService::*changedSignal)(const QList<T> &))
{
    if (!removed.isEmpty()) {
        Q_EMIT(this->*aboutToBeRemoved)(removed);
        for (const QString &k : removed)
            store.remove(k);
        Q_EMIT(this->*removedSignal)(removed);
    }
    if (!added.isEmpty()) {
        for (const T &item : added)
            store.insert(key(item), item);
        Q_EMIT(this->*addedSignal)(added);
    }
    if (!changed.isEmpty()) {
        for (const T &item : changed)
            store.insert(key(item), item);
        Q_EMIT(this->*changedSignal)(changed);
    }
}

void NodeServiceImpl::onHealthChanged(const QList<HealthTransition> &transitions)
{
    for (const HealthTransition &t : transitions) {
        QList<HealthTransition> &history = m_health[t.containerId];
        history.append(t);
        if (history.size() > HealthHistoryLimit)
            history.removeFirst();
    }
    Q_EMIT healthTransitions(transitions);
}
