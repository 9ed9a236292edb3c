#include "core/services/nodeserviceimpl.h"

#include "core/services/nodeworker.h"

#include <QThread>

NodeServiceImpl::NodeServiceImpl(const QString &name, const Endpoint &endpoint, QObject *parent)
    : NodeService(parent)
    , m_endpoint(endpoint)
{
    setObjectName(name);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("node:") + name);
    m_worker = new NodeWorker(endpoint);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &NodeWorker::stateChanged, this, &NodeServiceImpl::onStateChanged);
    connect(m_worker, &NodeWorker::engineIdentified, this, &NodeServiceImpl::onEngineIdentified);
    connect(m_worker, &NodeWorker::retryScheduled, this, &NodeService::retryScheduled);
    connect(m_worker, &NodeWorker::containersUpdated, this, &NodeServiceImpl::onContainersUpdated);
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

void NodeServiceImpl::onContainersUpdated(const QList<ContainerSummary> &added,
                                          const QList<ContainerSummary> &changed,
                                          const QStringList &removed)
{
    if (!removed.isEmpty()) {
        Q_EMIT containersAboutToBeRemoved(removed);
        for (const QString &id : removed)
            m_containers.remove(id);
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
