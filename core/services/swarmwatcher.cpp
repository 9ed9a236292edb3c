#include "core/services/swarmwatcher.h"

#include "core/engine/engine.h"
#include "core/engine/eventstream.h"
#include "core/services/enginecall.h"
#include "core/services/enginestream.h"
#include "core/services/nodeservice.h"
#include "core/services/serviceslogging.h"

#include <QTimer>

namespace {

// Connected to an engine that can be in a swarm.
bool connected(const NodeService *node)
{
    return node &&
           (node->state() == NodeService::State::Online ||
            node->state() == NodeService::State::Degraded) &&
           node->engineInfo().capabilities.swarm;
}

// Whether the swarm is still bringing the service to what it was asked.
bool converging(const SwarmService &s)
{
    using U = SwarmService::UpdateState;
    if (s.updateState == U::Updating || s.updateState == U::RollbackStarted)
        return true;
    return s.desiredTasks >= 0 && s.runningTasks >= 0 && s.runningTasks != s.desiredTasks;
}

bool converging(const SwarmTask &t)
{
    const bool wantRunning = t.desiredState == QLatin1String("running");
    return wantRunning != t.running();
}

} // namespace

SwarmWatcher::SwarmWatcher(NodeService *node, QObject *parent)
    : QObject(parent)
    , m_node(node)
{
    m_burstTimer = new QTimer(this);
    m_burstTimer->setSingleShot(true);
    m_burstTimer->setInterval(BurstMs);
    connect(m_burstTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            list(m_dirty);
    });
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(ConvergeMs);
    connect(m_pollTimer, &QTimer::timeout, this,
            [this] { list(Services | (m_taskService.isEmpty() ? 0u : unsigned(Tasks))); });
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(RetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        const unsigned failed = std::exchange(m_failed, 0u);
        refresh(m_events ? failed : unsigned(All));
    });
    if (node) {
        connect(node, &NodeService::stateChanged, this, &SwarmWatcher::onNodeState);
        connect(node, &NodeService::engineInfoChanged, this, &SwarmWatcher::onNodeState);
        if (connected(node))
            refresh(Info);
    }
}

SwarmWatcher::~SwarmWatcher() = default;

bool SwarmWatcher::isFollowing() const
{
    return m_events && m_events->isRunning();
}

bool SwarmWatcher::isPolling() const
{
    return m_pollTimer->isActive();
}

int SwarmWatcher::listCount(Kind kind) const
{
    return m_listCounts.value(kind);
}

void SwarmWatcher::setFollowCluster(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (!follow) {
        ++m_generation;
        m_listing = 0;
        m_dirty = 0;
        m_burstTimer->stop();
        closeEvents();
        forgetCluster();
        return;
    }
    if (isManager()) {
        openEvents();
        return;
    }
    refresh(Info);
}

void SwarmWatcher::setTaskService(const QString &serviceId)
{
    if (serviceId == m_taskService)
        return;
    m_taskService = serviceId;
    m_tasks.clear();
    Q_EMIT tasksListed(serviceId, {});
    if (!serviceId.isEmpty() && isManager() && m_follow)
        refresh(Tasks);
}

void SwarmWatcher::refresh(unsigned kinds)
{
    if (!connected(m_node))
        return;
    if (!isManager() || !m_follow)
        kinds &= Info;
    list(kinds);
}

void SwarmWatcher::onNodeState()
{
    ++m_generation;
    m_listing = 0;
    m_dirty = 0;
    m_failed = 0;
    m_pollTimer->stop();
    m_burstTimer->stop();
    m_retryTimer->stop();
    closeEvents();
    if (connected(m_node)) {
        refresh(Info);
        return;
    }
    // The lists stay as they were last seen; the error says they are not current.
    setError(m_node ? m_node->lastError()
                    : EngineError::make(EngineError::Kind::Closed, tr("the node is gone")));
}

void SwarmWatcher::openEvents()
{
    if (m_events || !m_node)
        return;
    m_events = new EngineStream(m_node, this);
    connect(m_events, &EngineStream::value, this, &SwarmWatcher::onEvent);
    const quint64 generation = m_generation;
    connect(m_events, &EngineStream::ended, this, [this, generation](const EngineError &error) {
        if (generation != m_generation)
            return;
        qCInfo(lcServices) << "swarm events of" << (m_node ? m_node->name() : QString())
                           << "ended:" << error.message;
        closeEvents();
        setError(error);
        m_retryTimer->start();
    });
    m_events->start([](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                       EngineStream::End end) -> QObject * {
        using Object = EngineEvent::Object;
        EventStream *s = engine.watchObjects(
            {Object::Service, Object::SwarmNode, Object::Secret, Object::Config, Object::Network},
            parent);
        // An empty value says the subscription is open: list then, so nothing made between
        // the list and the subscription is missed.
        QObject::connect(s, &EventStream::opened, s, [emitValue] { emitValue(QVariant()); });
        QObject::connect(s, &EventStream::eventReceived, s,
                         [emitValue](const EngineEvent &e) { emitValue(QVariant::fromValue(e)); });
        QObject::connect(s, &EventStream::ended, s, end);
        return s;
    });
}

void SwarmWatcher::closeEvents()
{
    if (!m_events)
        return;
    m_events->disconnect(this);
    m_events->stop();
    m_events->deleteLater();
    m_events = nullptr;
}

void SwarmWatcher::onEvent(const QVariant &value)
{
    if (!value.isValid()) {
        markDirty(All & ~unsigned(Info));
        return;
    }
    const auto event = value.value<EngineEvent>();
    using Object = EngineEvent::Object;
    switch (event.object) {
    case Object::Service:
        markDirty(Services | Tasks);
        break;
    case Object::SwarmNode:
        // A node down, drained or promoted: its tasks move, the counts change, over the
        // seconds that follow.
        m_settling.setRemainingTime(SettleMs);
        markDirty(Info | Nodes | Services | Tasks);
        break;
    case Object::Secret:
        markDirty(Secrets);
        break;
    case Object::Config:
        markDirty(Configs);
        break;
    case Object::Network:
        // Containers joining and leaving change nothing listed.
        if (event.what != EngineEvent::Action::Transient)
            markDirty(Networks);
        break;
    default:
        break;
    }
}

void SwarmWatcher::markDirty(unsigned kinds)
{
    m_dirty |= kinds;
    if (m_burstTimer->isActive())
        return; // listed together when the burst window closes
    // The first change after a quiet spell is listed at once (a scale shows without a wait);
    // the ones that follow within BurstMs wait for the window to close.
    m_burstTimer->start();
    list(m_dirty);
}

void SwarmWatcher::list(unsigned kinds)
{
    if (!m_node || !connected(m_node))
        return;
    if (!m_follow)
        kinds &= Info;
    if (m_taskService.isEmpty())
        kinds &= ~unsigned(Tasks);
    // A kind being listed is listed again once its answer is in.
    m_dirty = (m_dirty & ~kinds) | (kinds & m_listing);
    kinds &= ~m_listing;
    const quint64 generation = m_generation;
    const auto current = [this, generation] {
        return generation == m_generation;
    };
    for (unsigned bit = Info; bit <= Networks; bit <<= 1) {
        if (!(kinds & bit))
            continue;
        m_listing |= bit;
        ++m_listCounts[bit];
        const auto kind = Kind(bit);
        switch (kind) {
        case Info:
            EngineCall::run<SwarmInfo>(
                m_node, this,
                [](Engine &e, QObject *c, Engine::Callback<SwarmInfo> r) {
                    return e.swarmInfo(c, std::move(r));
                },
                [this, current](const EngineResult<SwarmInfo> &r) {
                    if (!current())
                        return;
                    if (r.ok()) {
                        const bool wasManager = isManager();
                        const bool changed = !m_hasInfo || r.value != m_info;
                        m_hasInfo = true;
                        m_info = r.value;
                        if (changed)
                            Q_EMIT infoChanged(m_info);
                        if (isManager() && m_follow) {
                            if (!m_events)
                                openEvents();
                            else if (!wasManager)
                                markDirty(All & ~unsigned(Info));
                        } else {
                            closeEvents();
                            forgetCluster();
                        }
                    }
                    listed(Info, r.error);
                });
            break;
        case Nodes:
            EngineCall::run<QList<SwarmNode>>(
                m_node, this,
                [](Engine &e, QObject *c, Engine::Callback<QList<SwarmNode>> r) {
                    return e.listSwarmNodes(c, std::move(r));
                },
                [this, current](const EngineResult<QList<SwarmNode>> &r) {
                    if (!current())
                        return;
                    if (r.ok() && r.value != m_nodes) {
                        m_nodes = r.value;
                        Q_EMIT nodesListed(m_nodes);
                    }
                    listed(Nodes, r.error);
                });
            break;
        case Services:
            EngineCall::run<QList<SwarmService>>(
                m_node, this,
                [](Engine &e, QObject *c, Engine::Callback<QList<SwarmService>> r) {
                    return e.listServices(c, std::move(r));
                },
                [this, current](const EngineResult<QList<SwarmService>> &r) {
                    if (!current())
                        return;
                    if (r.ok() && r.value != m_services) {
                        m_services = r.value;
                        Q_EMIT servicesListed(m_services);
                    }
                    listed(Services, r.error);
                });
            break;
        case Tasks: {
            const QString serviceId = m_taskService;
            EngineCall::run<QList<SwarmTask>>(
                m_node, this,
                [serviceId](Engine &e, QObject *c, Engine::Callback<QList<SwarmTask>> r) {
                    return e.listTasks(serviceId, c, std::move(r));
                },
                [this, current, serviceId](const EngineResult<QList<SwarmTask>> &r) {
                    if (!current())
                        return;
                    if (r.ok() && serviceId == m_taskService && r.value != m_tasks) {
                        m_tasks = r.value;
                        Q_EMIT tasksListed(serviceId, m_tasks);
                    }
                    listed(Tasks, r.error);
                });
            break;
        }
        case Secrets:
        case Configs: {
            const auto secretKind =
                kind == Secrets ? SwarmSecret::Kind::Secret : SwarmSecret::Kind::Config;
            EngineCall::run<QList<SwarmSecret>>(
                m_node, this,
                [secretKind](Engine &e, QObject *c, Engine::Callback<QList<SwarmSecret>> r) {
                    return e.listSecrets(secretKind, c, std::move(r));
                },
                [this, current, kind](const EngineResult<QList<SwarmSecret>> &r) {
                    if (!current())
                        return;
                    QList<SwarmSecret> &mine = kind == Secrets ? m_secrets : m_configs;
                    if (r.ok() && r.value != mine) {
                        mine = r.value;
                        if (kind == Secrets)
                            Q_EMIT secretsListed(mine);
                        else
                            Q_EMIT configsListed(mine);
                    }
                    listed(kind, r.error);
                });
            break;
        }
        case Networks:
            EngineCall::run<QList<NetworkInfo>>(
                m_node, this,
                [](Engine &e, QObject *c, Engine::Callback<QList<NetworkInfo>> r) {
                    return e.listNetworks(c, std::move(r));
                },
                [this, current](const EngineResult<QList<NetworkInfo>> &r) {
                    if (!current())
                        return;
                    if (r.ok() && r.value != m_networks) {
                        m_networks = r.value;
                        Q_EMIT networksListed(m_networks);
                    }
                    listed(Networks, r.error);
                });
            break;
        case All:
            break;
        }
    }
}

void SwarmWatcher::listed(Kind kind, const EngineError &error)
{
    m_listing &= ~unsigned(kind);
    if (error.isError()) {
        qCInfo(lcServices) << "swarm list" << unsigned(kind) << "of"
                           << (m_node ? m_node->name() : QString()) << "failed:" << error.message;
        m_failed |= kind;
        setError(error);
        if (!m_retryTimer->isActive())
            m_retryTimer->start();
    } else if (!(m_failed & ~unsigned(kind)) && !m_retryTimer->isActive()) {
        setError({});
    }
    if (m_dirty & kind) {
        list(kind);
        return;
    }
    if (kind == Services || kind == Tasks)
        updatePolling();
}

void SwarmWatcher::updatePolling()
{
    if (m_listing & (Services | Tasks))
        return;
    bool poll = false;
    for (const SwarmService &s : std::as_const(m_services))
        poll = poll || converging(s);
    for (const SwarmTask &t : std::as_const(m_tasks))
        poll = poll || converging(t);
    poll = poll || !m_settling.hasExpired();
    if (poll && isManager() && m_follow && connected(m_node)) {
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
    } else {
        m_pollTimer->stop();
    }
}

void SwarmWatcher::forgetCluster()
{
    m_pollTimer->stop();
    if (!m_nodes.isEmpty()) {
        m_nodes.clear();
        Q_EMIT nodesListed({});
    }
    if (!m_services.isEmpty()) {
        m_services.clear();
        Q_EMIT servicesListed({});
    }
    if (!m_tasks.isEmpty()) {
        m_tasks.clear();
        Q_EMIT tasksListed(m_taskService, {});
    }
    if (!m_secrets.isEmpty()) {
        m_secrets.clear();
        Q_EMIT secretsListed({});
    }
    if (!m_configs.isEmpty()) {
        m_configs.clear();
        Q_EMIT configsListed({});
    }
    if (!m_networks.isEmpty()) {
        m_networks.clear();
        Q_EMIT networksListed({});
    }
}

void SwarmWatcher::setError(const EngineError &error)
{
    if (error.isError() == m_error.isError() && error.message == m_error.message)
        return;
    m_error = error;
    Q_EMIT errorChanged(error);
}
