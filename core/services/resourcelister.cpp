#include "core/services/resourcelister.h"

#include "core/engine/engine.h"
#include "core/services/serviceslogging.h"
#include "core/services/snapshotdiff.h"

ResourceLister::ResourceLister(const QString &where, QObject *parent)
    : QObject(parent)
    , m_where(where)
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(RetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_engine && m_dirty)
            list(m_dirty);
    });
}

ResourceLister::~ResourceLister() = default;

void ResourceLister::setEngine(Engine *engine)
{
    ++m_generation;
    m_engine = engine;
    m_dirty = 0;
    m_listing = 0;
    m_retryTimer->stop();
}

unsigned ResourceLister::supportedKinds() const
{
    if (!m_engine)
        return 0;
    const EngineCapabilities c = m_engine->info().capabilities;
    return Images | (c.volumes ? unsigned(Volumes) : 0u) | (c.networks ? unsigned(Networks) : 0u) |
           (c.pods ? unsigned(Pods) : 0u);
}

unsigned ResourceLister::kindOf(const EngineEvent &event)
{
    if (event.what == EngineEvent::Action::Transient)
        return 0;
    switch (event.object) {
    case EngineEvent::Object::Image:
        return Images;
    case EngineEvent::Object::Volume:
        return Volumes;
    case EngineEvent::Object::Network:
        return Networks;
    case EngineEvent::Object::Pod:
        return Pods;
    case EngineEvent::Object::Service:
    case EngineEvent::Object::SwarmNode:
    case EngineEvent::Object::Secret:
    case EngineEvent::Object::Config:
        return 0; // the Swarm page follows them itself
    case EngineEvent::Object::Container:
        // Podman announces a commit only as the container's event, not the image's.
        return event.what == EngineEvent::Action::Committed ? unsigned(Images) : 0u;
    case EngineEvent::Object::Other:
        break;
    }
    return 0;
}

void ResourceLister::markDirty(unsigned kinds)
{
    m_dirty |= kinds & supportedKinds();
}

void ResourceLister::list(unsigned kinds)
{
    kinds &= supportedKinds();
    const unsigned now = kinds & ~m_listing;
    m_dirty = (m_dirty | kinds) & ~now;
    m_listing |= now;
    if (now & Images) {
        listKind(
            Images, m_images,
            [](Engine &e, QObject *context, Engine::Callback<QList<ImageSummary>> done) {
                return e.listImages(false, context, std::move(done));
            },
            [](const ImageSummary &i) { return i.id; }, &ResourceLister::imagesUpdated);
    }
    if (now & Volumes) {
        listKind(
            Volumes, m_volumes,
            [](Engine &e, QObject *context, Engine::Callback<QList<VolumeInfo>> done) {
                return e.listVolumes(context, std::move(done));
            },
            [](const VolumeInfo &v) { return v.name; }, &ResourceLister::volumesUpdated);
    }
    if (now & Networks) {
        listKind(
            Networks, m_networks,
            [](Engine &e, QObject *context, Engine::Callback<QList<NetworkInfo>> done) {
                return e.listNetworks(context, std::move(done));
            },
            [](const NetworkInfo &n) { return n.id; }, &ResourceLister::networksUpdated);
    }
    if (now & Pods) {
        listKind(
            Pods, m_pods,
            [](Engine &e, QObject *context, Engine::Callback<QList<PodInfo>> done) {
                return e.listPods(context, std::move(done));
            },
            [](const PodInfo &p) { return p.id; }, &ResourceLister::podsUpdated);
    }
}

template<typename T, typename CallFn, typename KeyFn, typename SignalFn>
void ResourceLister::listKind(Kind kind, QHash<QString, T> &snapshot, CallFn call, KeyFn key,
                              SignalFn signal)
{
    const quint64 generation = m_generation;
    call(*m_engine, this,
         [this, kind, &snapshot, key, signal, generation](const EngineResult<QList<T>> &r) {
             if (generation != m_generation)
                 return;
             if (r.ok()) {
                 const SnapshotDiff<T> diff = applyToSnapshot(snapshot, r.value, key);
                 if (!diff.isEmpty())
                     Q_EMIT(this->*signal)(diff.added, diff.changed, diff.removed);
             }
             onListed(kind, r.error);
         });
}

void ResourceLister::onListed(Kind kind, const EngineError &error)
{
    m_listing &= ~kind;
    Q_EMIT listed(kind);
    if (error.isError()) {
        // One list that fails (an engine bug, a busy storage, a slow answer) does not take the
        // node down: the health probe judges the connection. It is asked again a little later.
        qCWarning(lcServices) << m_where << "listing failed, retrying:" << error.message;
        m_dirty |= kind;
        if (!m_retryTimer->isActive())
            m_retryTimer->start();
        return;
    }
    if (m_dirty & kind)
        Q_EMIT stillDirty();
}
