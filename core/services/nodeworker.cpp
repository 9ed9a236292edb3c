#include "core/services/nodeworker.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"
#include "core/services/serviceslogging.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QList>

namespace {

// Brings `snapshot` to `list` (the whole truth for its kind) and says what changed.
template<typename T, typename KeyFn>
bool diffInto(QHash<QString, T> &snapshot, const QList<T> &list, KeyFn key, QList<T> *added,
              QList<T> *changed, QStringList *removed)
{
    QSet<QString> seen;
    for (const T &item : list) {
        const QString k = key(item);
        seen.insert(k);
        const auto it = snapshot.find(k);
        if (it == snapshot.end()) {
            snapshot.insert(k, item);
            added->append(item);
        } else if (!(*it == item)) {
            *it = item;
            changed->append(item);
        }
    }
    for (auto it = snapshot.begin(); it != snapshot.end();) {
        if (!seen.contains(it.key())) {
            removed->append(it.key());
            it = snapshot.erase(it);
        } else {
            ++it;
        }
    }
    return !added->isEmpty() || !changed->isEmpty() || !removed->isEmpty();
}

} // namespace

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
    m_probeTimer = new QTimer(this);
    m_probeTimer->setInterval(DefaultProbeIntervalMs);
    m_kindRetryTimer = new QTimer(this);
    m_kindRetryTimer->setSingleShot(true);
    m_kindRetryTimer->setInterval(KindRetryMs);
    connect(m_kindRetryTimer, &QTimer::timeout, this, [this] {
        if (m_online && m_dirtyKinds)
            fetchKinds(m_dirtyKinds);
    });
    connect(m_probeTimer, &QTimer::timeout, this, &NodeWorker::probe);
    m_healthLookTimer = new QTimer(this);
    m_healthLookTimer->setSingleShot(true);
    m_healthLookTimer->setInterval(PodmanHealthLookMs);
    connect(m_healthLookTimer, &QTimer::timeout, this, [this] {
        m_dirty.unite(std::exchange(m_healthLook, {}));
        if (!m_dirty.isEmpty() && !m_listing && !m_flushTimer->isActive())
            scheduleFlush();
    });
    m_recheckTimer = new QTimer(this);
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(RecheckMs);
    connect(m_recheckTimer, &QTimer::timeout, this, [this] {
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (it->rechecks > 0)
                m_dirty.insert(it.key());
        }
        if (!m_dirty.isEmpty() && !m_listing && !m_flushTimer->isActive())
            scheduleFlush();
    });
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

void NodeWorker::setProbeIntervalMs(int ms)
{
    m_probeTimer->setInterval(ms);
}

void NodeWorker::runJob(const NodeService::EngineJob &job)
{
    if (!m_engine) {
        job(nullptr, nullptr);
        return;
    }
    // A child of the engine: replacing the engine on a reconnect ends the job's context too.
    job(m_engine.get(), new QObject(m_engine.get()));
}

void NodeWorker::connectEngine()
{
    ++m_generation;
    m_retryTimer->stop();
    m_flushTimer->stop();
    m_probeTimer->stop();
    m_kindRetryTimer->stop();
    watchSocketFolder(false);
    delete m_events;
    m_listing = false;
    m_listingKinds = 0;
    m_dirtyKinds = 0;
    m_online = false;
    m_probing = false;
    m_slow = false;
    m_describing = false;
    m_transitions.clear();
    m_expected.clear();
    m_recheckTimer->stop();
    m_healthLookTimer->stop();
    m_healthLook.clear();
    // A fresh engine object drops every reply of the previous connection with it.
    m_engine = makeEngine(m_endpoint);
    Q_EMIT stateChanged(NodeService::State::Connecting, {});

    const quint64 generation = m_generation;
    // /_ping alone says enough to list: the containers come first, the engine's full
    // description and the machine's details after them (describe()).
    m_engine->identifyQuickly(this, [this, generation](const EngineResult<EngineInfo> &result) {
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

// The engine's version, arch and kernel, and the machine's details: once per connection, after
// the first list, so that they do not compete with it (Podman's /version and /info each cost
// as much as its list). A failure here is not the node's.
void NodeWorker::describe()
{
    const quint64 generation = m_generation;
    m_engine->identify(this, [this, generation](const EngineResult<EngineInfo> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            Q_EMIT engineIdentified(result.value);
        m_engine->systemInfo(this, [this, generation](const EngineResult<SystemInfo> &info) {
            if (generation == m_generation && info.ok())
                Q_EMIT detailsFetched(info.value);
        });
    });
}

void NodeWorker::openEvents()
{
    // Subscribe before listing, so nothing that happens during the list is missed: events
    // that arrive meanwhile are re-fetched once the list is in.
    QStringList types = {QStringLiteral("container"), QStringLiteral("image"),
                         QStringLiteral("volume"), QStringLiteral("network")};
    if (supportedKinds() & Pods)
        types << QStringLiteral("pod");
    m_events = m_engine->watchEvents(EventFilter{types, {}, {}, {}, {}}, this);
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
            if (!full)
                checkExpected(result.value);
            if (full) {
                m_attempt = 0;
                m_online = true;
                Q_EMIT stateChanged(NodeService::State::Online, {});
                m_probeTimer->start();
                // A first latency at once, for the node list.
                probe();
                // Everything else once per connection; events keep it current after that.
                m_dirtyKinds = 0;
                fetchKinds(supportedKinds());
                describe();
            }
            if (!m_dirty.isEmpty())
                scheduleFlush();
        });
}

void NodeWorker::onEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("container")) {
        unsigned kind = 0;
        if (event.type == QLatin1String("image"))
            kind = event.action == QLatin1String("push") || event.action == QLatin1String("save")
                       ? 0u
                       : unsigned(Images);
        else if (event.type == QLatin1String("volume"))
            kind =
                event.action == QLatin1String("mount") || event.action == QLatin1String("unmount")
                    ? 0u
                    : unsigned(Volumes);
        else if (event.type == QLatin1String("network"))
            // A container joining or leaving changes nothing the network list shows.
            kind = event.action == QLatin1String("connect") ||
                           event.action == QLatin1String("disconnect")
                       ? 0u
                       : unsigned(Networks);
        else if (event.type == QLatin1String("pod"))
            kind = Pods;
        kind &= supportedKinds();
        if (kind == 0)
            return;
        m_dirtyKinds |= kind;
        noteEventRate();
        if (!m_flushTimer->isActive())
            scheduleFlush();
        return;
    }
    if (event.id.isEmpty())
        return;
    // exec_* and attach events do not change what the list shows.
    if (event.action.startsWith(QLatin1String("exec_")) ||
        event.action == QLatin1String("attach") || event.action == QLatin1String("top") ||
        event.action == QLatin1String("resize"))
        return;
    // A pod's status is its containers' states.
    if (!m_pods.isEmpty() && (supportedKinds() & Pods))
        m_dirtyKinds |= Pods;
    if (event.action == QLatin1String("oom"))
        m_oomKilled.insert(event.id);
    else if (event.action == QLatin1String("die") || event.action == QLatin1String("died"))
        onDied(event);
    expect(event);
    noteEventRate();
    if (event.action.startsWith(QLatin1String("health_status")) && m_engine &&
        m_engine->info().kind == EngineInfo::Kind::Podman) {
        m_healthLook.insert(event.id);
        if (!m_healthLookTimer->isActive())
            m_healthLookTimer->start();
    }
    showExpected(event);
    m_dirty.insert(event.id);
    if (!m_listing && !m_flushTimer->isActive())
        scheduleFlush();
}

void NodeWorker::noteEventRate()
{
    if (!m_lastEvent.isValid() || m_lastEvent.elapsed() > 1000)
        m_burst = false; // a quiet second ends a burst
    m_lastEvent.start();
    if (!m_rateWindow.isValid() || m_rateWindow.elapsed() > 1000) {
        m_rateWindow.start();
        m_rateCount = 0;
    }
    if (++m_rateCount > BurstEvents)
        m_burst = true;
}

void NodeWorker::scheduleFlush()
{
    m_flushTimer->start(m_burst ? BurstCoalesceMs : CoalesceMs);
}

// An exit worth telling: non-zero, or killed for memory. Inspect says which (the event's own
// exit code stands in when the container is already gone).
void NodeWorker::onDied(const EngineEvent &event)
{
    ContainerExit exit;
    exit.containerId = event.id;
    exit.containerName = event.name;
    exit.time = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000);
    exit.exitCode = event.attributes
                        .value(QStringLiteral("exitCode"),
                               event.attributes.value(QStringLiteral("containerExitCode")))
                        .toInt();
    exit.oomKilled = m_oomKilled.remove(event.id);
    const quint64 generation = m_generation;
    m_engine->inspectContainer(
        event.id, this, [this, generation, exit](const EngineResult<ContainerDetails> &r) mutable {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                exit.exitCode = r.value.exitCode;
                exit.oomKilled = exit.oomKilled || r.value.oomKilled;
            }
            if (exit.exitCode != 0 || exit.oomKilled)
                Q_EMIT exited({exit});
        });
}

// What the last state-changing event of a container says its state must now be.
void NodeWorker::expect(const EngineEvent &event)
{
    const QString &a = event.action;
    Expectation e;
    // Podman's "cleanup" follows every exit; the container stays.
    if (a == QLatin1String("die") || a == QLatin1String("died") || a == QLatin1String("stop") ||
        a == QLatin1String("cleanup"))
        e.running = false;
    else if (a == QLatin1String("start") || a == QLatin1String("restart") ||
             a == QLatin1String("unpause"))
        e.running = true;
    else if (a == QLatin1String("pause"))
        e.paused = true;
    else if (a == QLatin1String("destroy") || a == QLatin1String("remove"))
        e.gone = true;
    else
        return; // kill, rename, update...: the list is taken as it comes
    m_expected.insert(event.id, e);
}

bool NodeWorker::holds(const Expectation &e, const ContainerSummary &c)
{
    using S = ContainerSummary::State;
    if (e.gone)
        return false;
    if (e.paused)
        return c.state == S::Paused;
    if (e.running)
        // It may have exited again already; a later event says so.
        return c.state != S::Created && c.state != S::Paused;
    return c.state != S::Running && c.state != S::Paused;
}

// Shows the state an event announces at once, without waiting for the list that follows it
// (which fills in the status, health and ports); a burst of events waits for its list.
void NodeWorker::showExpected(const EngineEvent &event)
{
    const auto expected = m_expected.constFind(event.id);
    const auto it = m_snapshot.find(event.id);
    if (m_burst || expected == m_expected.cend() || expected->gone || it == m_snapshot.end())
        return;
    // Only "die" tells the exit code (Podman's "stop" and "cleanup" say 0 whatever it was):
    // an exit is shown from it, or from the list.
    const bool died = event.action == QLatin1String("die") || event.action == QLatin1String("died");
    if (!expected->running && !expected->paused && !died)
        return;
    using S = ContainerSummary::State;
    const S state = expected->paused ? S::Paused : expected->running ? S::Running : S::Exited;
    // A restart is "die" then "start": the row goes back to running at once too.
    if (it->state == state)
        return;
    ContainerSummary c = *it;
    c.state = state;
    // The engine's own words wait for the list; the health too, so that its transition is
    // recorded (apply()).
    c.status.clear();
    const bool begins =
        died || event.action == QLatin1String("start") || event.action == QLatin1String("restart");
    if (begins && event.timeNano > 0)
        c.since = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC);
    if (died) {
        bool known = false;
        const int code = event.attributes
                             .value(QStringLiteral("exitCode"),
                                    event.attributes.value(QStringLiteral("containerExitCode")))
                             .toInt(&known);
        c.exitCode = known ? code : -1;
    } else if (event.action == QLatin1String("start")) {
        c.exitCode = -1;
    }
    *it = c;
    Q_EMIT containersUpdated({}, {c}, {});
}

// Docker announces some changes before its container list shows them ("die" while the list
// still says running): a list that contradicts the last event is asked again shortly, a few
// times, rather than left stale until the next event.
void NodeWorker::checkExpected(const QList<ContainerSummary> &listed)
{
    QSet<QString> seen;
    for (const ContainerSummary &c : listed) {
        seen.insert(c.id);
        const auto it = m_expected.find(c.id);
        if (it == m_expected.end())
            continue;
        if (holds(*it, c)) {
            m_expected.erase(it);
            continue;
        }
        if (++it->rechecks > MaxRechecks) {
            // The engine keeps saying otherwise: it is right. The next list is taken as it is.
            m_expected.erase(it);
            m_dirty.insert(c.id);
            continue;
        }
        if (!m_recheckTimer->isActive())
            m_recheckTimer->start();
    }
    // Containers no longer listed are gone, as a removal expects; anything else about them is
    // moot.
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        if (!seen.contains(it.key()) && m_snapshot.find(it.key()) == m_snapshot.end())
            it = m_expected.erase(it);
        else
            ++it;
    }
}

void NodeWorker::flushDirty()
{
    if (!m_online)
        return;
    if (m_dirtyKinds)
        fetchKinds(m_dirtyKinds);
    if (m_dirty.isEmpty() || m_listing)
        return;
    fetch(std::exchange(m_dirty, {}));
}

unsigned NodeWorker::supportedKinds() const
{
    if (!m_engine)
        return 0;
    return Images | Volumes | Networks | (m_engine->info().capabilities.pods ? unsigned(Pods) : 0u);
}

// Lists each of `kinds` that is not being listed already; one still being listed stays dirty
// and is listed again when its answer is in.
void NodeWorker::fetchKinds(unsigned kinds)
{
    kinds &= supportedKinds();
    const unsigned now = kinds & ~m_listingKinds;
    m_dirtyKinds = (m_dirtyKinds | kinds) & ~now;
    m_listingKinds |= now;
    const quint64 generation = m_generation;
    if (now & Images) {
        m_engine->listImages(
            false, this, [this, generation](const EngineResult<QList<ImageSummary>> &r) {
                if (generation != m_generation)
                    return;
                QList<ImageSummary> added, changed;
                QStringList removed;
                if (r.ok() && diffInto(
                                  m_images, r.value, [](const ImageSummary &i) { return i.id; },
                                  &added, &changed, &removed))
                    Q_EMIT imagesUpdated(added, changed, removed);
                onKindListed(Images, r.error);
            });
    }
    if (now & Volumes) {
        m_engine->listVolumes(this, [this, generation](const EngineResult<QList<VolumeInfo>> &r) {
            if (generation != m_generation)
                return;
            QList<VolumeInfo> added, changed;
            QStringList removed;
            if (r.ok() && diffInto(
                              m_volumes, r.value, [](const VolumeInfo &v) { return v.name; },
                              &added, &changed, &removed))
                Q_EMIT volumesUpdated(added, changed, removed);
            onKindListed(Volumes, r.error);
        });
    }
    if (now & Networks) {
        m_engine->listNetworks(this, [this, generation](const EngineResult<QList<NetworkInfo>> &r) {
            if (generation != m_generation)
                return;
            QList<NetworkInfo> added, changed;
            QStringList removed;
            if (r.ok() && diffInto(
                              m_networks, r.value, [](const NetworkInfo &n) { return n.id; },
                              &added, &changed, &removed))
                Q_EMIT networksUpdated(added, changed, removed);
            onKindListed(Networks, r.error);
        });
    }
    if (now & Pods) {
        m_engine->listPods(this, [this, generation](const EngineResult<QList<PodInfo>> &r) {
            if (generation != m_generation)
                return;
            QList<PodInfo> added, changed;
            QStringList removed;
            if (r.ok() && diffInto(
                              m_pods, r.value, [](const PodInfo &p) { return p.id; }, &added,
                              &changed, &removed))
                Q_EMIT podsUpdated(added, changed, removed);
            onKindListed(Pods, r.error);
        });
    }
}

void NodeWorker::onKindListed(unsigned kind, const EngineError &error)
{
    m_listingKinds &= ~kind;
    if (error.isError()) {
        // One list that fails (an engine bug, a busy storage, a slow answer) does not take the
        // node down: the health probe judges the connection. It is asked again a little later.
        qCWarning(lcServices) << m_endpoint.toUrl() << "listing failed, retrying:" << error.message;
        m_dirtyKinds |= kind;
        if (!m_kindRetryTimer->isActive())
            m_kindRetryTimer->start();
        return;
    }
    if ((m_dirtyKinds & kind) && !m_flushTimer->isActive())
        scheduleFlush();
}

// Compares a list with the snapshot. With `asked`, the list answers for those ids only; without,
// it is the whole truth and anything missing from it is gone.
void NodeWorker::apply(const QList<ContainerSummary> &list, const QSet<QString> *asked)
{
    QList<ContainerSummary> added;
    QList<ContainerSummary> changed;
    QStringList removed;
    QSet<QString> seen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ContainerSummary &c : list) {
        seen.insert(c.id);
        const auto it = m_snapshot.find(c.id);
        if (it == m_snapshot.end()) {
            added.append(c);
            m_snapshot.insert(c.id, c);
        } else if (!(*it == c)) {
            // A list that lags an event the row already shows is not taken back; it is asked
            // again shortly (checkExpected()).
            const auto expected = m_expected.constFind(c.id);
            if (expected != m_expected.cend() && !holds(*expected, c) && holds(*expected, *it))
                continue;
            if (it->health != c.health)
                m_transitions.enqueue({c.id, c.name, now, it->health, c.health, 0, {}});
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
    describeNextTransition();
}

// Fills in the oldest waiting transition with the check's streak and output, then emits it:
// one at a time, so they arrive in the order they happened.
void NodeWorker::describeNextTransition()
{
    if (m_describing || m_transitions.isEmpty())
        return;
    m_describing = true;
    const quint64 generation = m_generation;
    m_engine->inspectContainer(m_transitions.head().containerId, this,
                               [this, generation](const EngineResult<ContainerDetails> &r) {
                                   if (generation != m_generation)
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

void NodeWorker::probe()
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
            goOffline(error);
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

void NodeWorker::goOffline(const EngineError &error)
{
    ++m_generation;
    m_flushTimer->stop();
    m_probeTimer->stop();
    m_kindRetryTimer->stop();
    m_dirty.clear();
    m_expected.clear();
    m_recheckTimer->stop();
    m_healthLookTimer->stop();
    m_healthLook.clear();
    m_dirtyKinds = 0;
    m_listingKinds = 0;
    m_transitions.clear();
    m_describing = false;
    m_listing = false;
    m_online = false;
    m_probing = false;
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
    watchSocketFolder(true);
}

// A local engine that comes back makes its socket again: retry at once rather than at the next
// backoff step.
void NodeWorker::watchSocketFolder(bool watch)
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
