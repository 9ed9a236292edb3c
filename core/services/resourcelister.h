#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"
#include "core/engine/imageinfo.h"
#include "core/engine/networkinfo.h"
#include "core/engine/podinfo.h"
#include "core/engine/volumeinfo.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class Engine;

// A node's images, volumes, networks and (where the engine has them) pods: listed on connect,
// and again, once per burst, for each kind an event names. One list per kind at a time, so
// answers cannot cross; a list that fails is asked again a little later without taking the
// node down (the health probe judges the connection). Lives on the node's thread.
class ResourceLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceLister)

public:
    enum Kind : unsigned
    {
        Images = 1,
        Volumes = 2,
        Networks = 4,
        Pods = 8
    };
    // A list that failed is asked again after this.
    static constexpr int RetryMs = 5000;

    // `where` names the node in the log.
    explicit ResourceLister(const QString &where, QObject *parent = nullptr);
    ~ResourceLister() override;

    // The engine to ask, or null while there is none; drops what was being listed.
    void setEngine(Engine *engine);
    // The kinds this engine has.
    unsigned supportedKinds() const;
    // The kind of list an event changes; 0 for none.
    static unsigned kindOf(const EngineEvent &event);
    bool hasPods() const { return !m_pods.isEmpty(); }

    // Marks kinds to list at the next list().
    void markDirty(unsigned kinds);
    unsigned dirtyKinds() const { return m_dirty; }
    // Lists `kinds` (each supported one that is not being listed already: that one stays
    // dirty and is listed again when its answer is in).
    void list(unsigned kinds);

    QList<ImageSummary> images() const { return m_images.values(); }

Q_SIGNALS:
    void imagesUpdated(const QList<ImageSummary> &added, const QList<ImageSummary> &changed,
                       const QStringList &removed);
    void volumesUpdated(const QList<VolumeInfo> &added, const QList<VolumeInfo> &changed,
                        const QStringList &removed);
    void networksUpdated(const QList<NetworkInfo> &added, const QList<NetworkInfo> &changed,
                         const QStringList &removed);
    void podsUpdated(const QList<PodInfo> &added, const QList<PodInfo> &changed,
                     const QStringList &removed);
    // A kind was marked again while it was being listed: list() it.
    void stillDirty();
    // A list of `kind` was answered (well or not).
    void listed(ResourceLister::Kind kind);

private:
    template<typename T, typename CallFn, typename KeyFn, typename SignalFn>
    void listKind(Kind kind, QHash<QString, T> &snapshot, CallFn call, KeyFn key, SignalFn signal);
    void onListed(Kind kind, const EngineError &error);

    QString m_where;
    Engine *m_engine = nullptr;
    quint64 m_generation = 0;               // bumps with every engine, so late answers are dropped
    QHash<QString, ImageSummary> m_images;  // by id
    QHash<QString, VolumeInfo> m_volumes;   // by name
    QHash<QString, NetworkInfo> m_networks; // by id
    QHash<QString, PodInfo> m_pods;         // by id
    unsigned m_dirty = 0;
    unsigned m_listing = 0;
    QTimer *m_retryTimer = nullptr;
};
