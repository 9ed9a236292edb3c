#include "core/services/swarmwatcher.h"

#include "core/engine/engine.h"
#include "core/engine/eventstream.h"
#include "core/services/enginecall.h"
#include "core/services/enginestream.h"
#include "core/services/nodeservice.h"
#include "core/services/serviceslogging.h"

#include <QTimer>

namespace {

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
        connect(node, &NodeService::stateChanged, this, [this] {
            m_identified = false;
            onNodeState();
        });
        // The engine identified on a connection still being made: it answers already, and the
        // swarm need not wait for the node's own first lists.
        connect(node, &NodeService::engineInfoChanged, this, [this] {
            m_identified = m_node && m_node->state() == NodeService::State::Connecting;
            onNodeState();
        });
        onNodeState();
    }
}

bool SwarmWatcher::engineReady() const
{
    if (!m_node || !m_node->engineInfo().capabilities.swarm)
        return false;
    switch (m_node->state()) {
    case NodeService::State::Online:
    case NodeService::State::Degraded:
        return true;
    case NodeService::State::Connecting:
        return m_identified;
    case NodeService::State::Offline:
        break;
    }
    return false;
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

bool SwarmWatcher::isListing() const
{
    return m_listing || m_dirty || m_afterLists || !m_inspecting.isEmpty();
}

bool SwarmWatcher::isSettled() const
{
    return !isListing() && !isPolling();
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
        m_afterLists = 0;
        m_inspecting.clear();
        m_burstTimer->stop();
        closeEvents();
        forgetCluster();
        return;
    }
    if (isManager()) {
        // Listed now, beside opening the events (and again once they are open, so nothing
        // made in between is missed).
        openEvents();
        list(All & ~unsigned(Info));
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
    if (!engineReady())
        return;
    if (!isManager() || !m_follow)
        kinds &= Info;
    list(kinds);
}

void SwarmWatcher::onNodeState()
{
    const bool ready = engineReady();
    // The same connection, answering still (slowly or not, described again): nothing to begin
    // again.
    if (ready && m_ready)
        return;
    m_ready = ready;
    ++m_generation;
    m_listing = 0;
    m_dirty = 0;
    m_afterLists = 0;
    m_failed = 0;
    m_pollTimer->stop();
    m_burstTimer->stop();
    m_retryTimer->stop();
    m_inspecting.clear();
    m_inspected.clear();
    closeEvents();
    if (ready) {
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
        // The subscription is open: what was listed before it may have missed a change, so it
        // is listed again, once the lists in flight are in (the rows wait for those; these
        // only make sure).
        m_afterLists |= All & ~unsigned(Info);
        if (!m_listing)
            list(std::exchange(m_afterLists, 0u));
        return;
    }
    const auto event = value.value<EngineEvent>();
    using Object = EngineEvent::Object;
    switch (event.object) {
    case Object::Service:
        // The one service at once (its replicas, image, update), the counts of all after.
        if (event.what != EngineEvent::Action::Destroyed && !event.id.isEmpty())
            inspectService(event.id);
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
    if (!engineReady())
        return;
    // What does not apply (the cluster not followed, no service's tasks) is not waited for.
    unsigned applicable = m_follow ? unsigned(All) : unsigned(Info);
    if (m_taskService.isEmpty())
        applicable &= ~unsigned(Tasks);
    kinds &= applicable;
    // A followed manager's cluster is asked beside where it stands.
    if ((kinds & Info) && isManager())
        kinds |= Cluster & applicable;
    m_dirty &= applicable;
    // A kind being listed is listed again once its answer is in.
    m_dirty = (m_dirty & ~kinds) | (kinds & m_listing);
    kinds &= ~m_listing;
    const quint64 generation = m_generation;
    const auto current = [this, generation] {
        return generation == m_generation;
    };
    for (unsigned bit = Info; bit <= Cluster; bit <<= 1) {
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
                    return e.swarmLocalState(c, std::move(r));
                },
                [this, current](const EngineResult<SwarmInfo> &r) {
                    if (!current())
                        return;
                    if (r.ok())
                        onLocalState(r.value);
                    listed(Info, r.error);
                });
            break;
        case Cluster:
            EngineCall::run<SwarmInfo>(
                m_node, this,
                [](Engine &e, QObject *c, Engine::Callback<SwarmInfo> r) {
                    return e.swarmCluster(c, std::move(r));
                },
                [this, current](const EngineResult<SwarmInfo> &r) {
                    if (!current())
                        return;
                    const SwarmInfo info = r.ok() ? r.value.withLocalStateOf(m_info) : m_info;
                    if (info != m_info) {
                        m_info = info;
                        Q_EMIT infoChanged(m_info);
                    }
                    listed(Cluster, r.error);
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
                    const QList<SwarmService> services = r.ok() ? newest(r.value) : m_services;
                    if (services != m_services) {
                        m_services = services;
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

void SwarmWatcher::onLocalState(const SwarmInfo &local)
{
    const bool wasManager = isManager();
    // The cluster known so far stays until /swarm answers again (asked beside).
    const SwarmInfo info = local.active() && local.manager ? m_info.withLocalStateOf(local) : local;
    const bool changed = !m_hasInfo || info != m_info;
    m_hasInfo = true;
    m_info = info;
    if (!isManager()) {
        if (wasManager) {
            // Lists asked while it was a manager are dropped with the cluster.
            ++m_generation;
            m_listing &= unsigned(Info);
            m_dirty &= unsigned(Info);
            m_afterLists = 0;
            m_failed &= unsigned(Info);
            m_inspecting.clear();
            // A cluster list refused in between (the node no longer a manager) is no error.
            if (!m_failed) {
                m_retryTimer->stop();
                setError({});
            }
        }
        closeEvents();
        forgetCluster();
    } else if (m_follow) {
        // Listed at once, beside opening the events (and again once they are open, so
        // nothing made in between is missed).
        if (!m_events)
            openEvents();
        if (!wasManager)
            markDirty(All & ~unsigned(Info));
    }
    // Told last: a listener that follows the cluster now (setFollowCluster) lists it once.
    if (changed)
        Q_EMIT infoChanged(m_info);
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
    if (m_dirty & kind)
        list(kind);
    else if (kind == Services || kind == Tasks)
        updatePolling();
    if (!m_listing && m_afterLists)
        list(std::exchange(m_afterLists, 0u));
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
    if (poll && isManager() && m_follow && engineReady()) {
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
    } else {
        m_pollTimer->stop();
    }
}

void SwarmWatcher::inspectService(const QString &id)
{
    if (m_inspecting.contains(id) || m_inspecting.size() >= MaxInspects || !isManager() ||
        !m_follow || !engineReady())
        return;
    m_inspecting.insert(id);
    ++m_inspectCount;
    const quint64 generation = m_generation;
    EngineCall::run<SwarmService>(
        m_node, this,
        [id](Engine &e, QObject *c, Engine::Callback<SwarmService> r) {
            return e.inspectService(id, c, std::move(r));
        },
        [this, generation, id](const EngineResult<SwarmService> &r) {
            if (generation != m_generation)
                return;
            m_inspecting.remove(id);
            // A failure (the service gone meanwhile) changes nothing: the list follows.
            if (!r.ok())
                return;
            const auto at = std::find_if(m_services.begin(), m_services.end(),
                                         [&id](const SwarmService &s) { return s.id == id; });
            const bool known = at != m_services.end();
            if (known && at->version >= r.value.version)
                return;
            m_inspected.insert(id, r.value);
            if (known)
                *at = counted(r.value, &*at);
            else
                m_services.append(counted(r.value, nullptr));
            Q_EMIT servicesListed(m_services);
        });
}

SwarmService SwarmWatcher::counted(const SwarmService &inspected, const SwarmService *listed)
{
    SwarmService s = inspected;
    s.runningTasks = listed ? listed->runningTasks : -1;
    // A replicated service is brought to its replicas; the other modes' counts are the swarm's.
    if (s.mode == SwarmService::Mode::Replicated)
        s.desiredTasks = s.replicas;
    else
        s.desiredTasks = listed ? listed->desiredTasks : -1;
    return s;
}

QList<SwarmService> SwarmWatcher::newest(QList<SwarmService> services)
{
    if (m_inspected.isEmpty())
        return services;
    QSet<QString> listed;
    for (SwarmService &s : services) {
        listed.insert(s.id);
        const auto it = m_inspected.constFind(s.id);
        if (it == m_inspected.cend())
            continue;
        if (it->version > s.version)
            s = counted(*it, &s);
        else
            m_inspected.erase(it); // the list has caught up
    }
    // Gone from the list: removed since it was inspected.
    m_inspected.removeIf([&listed](const auto &entry) { return !listed.contains(entry.key()); });
    return services;
}

void SwarmWatcher::forgetCluster()
{
    m_inspected.clear();
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
