#pragma once

#include "core/config/nodeconfig.h"
#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"
#include "core/engine/imageinfo.h"
#include "core/engine/networkinfo.h"
#include "core/engine/podinfo.h"
#include "core/engine/systeminfo.h"
#include "core/engine/volumeinfo.h"
#include "core/services/containerexit.h"
#include "core/services/healthtransition.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class Engine;

// The state of one engine node as the UI sees it: connection state and health, who the engine
// is, the machine it runs on, and a snapshot of its containers, images, volumes, networks and
// (on Podman) pods that the engine's event stream keeps current. Changes arrive in batches, as
// values: for each kind, added / changed / about-to-be-removed / removed.
class NodeService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeService)

public:
    enum class State
    {
        Connecting,
        Online,
        Degraded, // answers, but slowly
        Offline   // not reachable: the containers shown are the last known (stale)
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~NodeService() override = default;

    virtual NodeConfig config() const = 0;
    QString id() const { return config().id; }
    QString name() const { return config().name; }
    virtual Endpoint endpoint() const = 0;
    virtual State state() const = 0;
    virtual EngineError lastError() const = 0;
    virtual EngineInfo engineInfo() const = 0;
    // The machine and engine: refreshed on every (re)connect.
    virtual SystemInfo details() const = 0;
    // The last health probe's round trip; -1 before the first.
    virtual int latencyMs() const = 0;
    // The short calls made to the engine so far, by operation, as of the last probe.
    virtual QHash<QString, qint64> callCounts() const = 0;
    virtual QList<ContainerSummary> containers() const = 0;
    virtual QList<ImageSummary> images() const = 0;
    virtual QList<VolumeInfo> volumes() const = 0;
    virtual QList<NetworkInfo> networks() const = 0;
    // Empty where the engine has no pods.
    virtual QList<PodInfo> pods() const = 0;
    // A container's health transitions, oldest first (a bounded number).
    virtual QList<HealthTransition> healthHistory(const QString &containerId) const = 0;

    // Connects, and keeps reconnecting with a growing delay while the engine is away.
    virtual void start() = 0;
    // Skips the wait of a scheduled retry, or resynchronises a connected node.
    virtual void reconnectNow() = 0;
    // Lists the networks, and these containers (by id), again: for changes that come without
    // an event (Podman announces no network created or removed, and neither engine a container
    // joining or leaving a network among its container events).
    virtual void relistNetworks(const QStringList &containerIds = {}) = 0;

    // Work for the node's engine, run on the node's own thread (EngineCall wraps it for the
    // GUI). `engine` is null while the node has none; otherwise `context` lives on that thread
    // as long as this engine does, and the job deletes it when it is done.
    using EngineJob = std::function<void(Engine *engine, QObject *context)>;
    virtual void runOnEngine(EngineJob job) = 0;

Q_SIGNALS:
    void stateChanged(NodeService::State state);
    void engineInfoChanged(const EngineInfo &info);
    void detailsChanged(const SystemInfo &details);
    void healthProbed(int latencyMs);
    void retryScheduled(int seconds);
    void containersAdded(const QList<ContainerSummary> &containers);
    void containersChanged(const QList<ContainerSummary> &containers);
    void containersAboutToBeRemoved(const QStringList &ids);
    void containersRemoved(const QStringList &ids);
    // Images by id, volumes by name, networks and pods by id.
    void imagesAdded(const QList<ImageSummary> &images);
    void imagesChanged(const QList<ImageSummary> &images);
    void imagesAboutToBeRemoved(const QStringList &ids);
    void imagesRemoved(const QStringList &ids);
    void volumesAdded(const QList<VolumeInfo> &volumes);
    void volumesChanged(const QList<VolumeInfo> &volumes);
    void volumesAboutToBeRemoved(const QStringList &names);
    void volumesRemoved(const QStringList &names);
    void networksAdded(const QList<NetworkInfo> &networks);
    void networksChanged(const QList<NetworkInfo> &networks);
    void networksAboutToBeRemoved(const QStringList &ids);
    void networksRemoved(const QStringList &ids);
    void podsAdded(const QList<PodInfo> &pods);
    void podsChanged(const QList<PodInfo> &pods);
    void podsAboutToBeRemoved(const QStringList &ids);
    void podsRemoved(const QStringList &ids);
    void healthTransitions(const QList<HealthTransition> &transitions);
    void containersExited(const QList<ContainerExit> &exits);
};
