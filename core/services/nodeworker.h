#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"
#include "core/engine/engineinfo.h"
#include "core/engine/imageinfo.h"
#include "core/engine/networkinfo.h"
#include "core/engine/podinfo.h"
#include "core/engine/systeminfo.h"
#include "core/engine/volumeinfo.h"
#include "core/services/containerexit.h"
#include "core/services/healthtransition.h"
#include "core/services/nodereconciler.h"
#include "core/services/nodeservice.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

class EventStream;
class NodeConnection;
class ResourceLister;

// Lives on a node's worker thread and does all of that node's engine I/O. Its connection
// (NodeConnection) makes and probes the engine; once it answers, the worker subscribes to its
// events, lists the containers once, and from then on lists again only the containers events
// name, gathered over a short while; the reconciler (NodeReconciler) brings events and lists
// into one diff. Images, volumes, networks and pods are the ResourceLister's. Emits value
// batches to the NodeServiceImpl on the GUI thread.
class NodeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeWorker)

public:
    // Events are gathered this long before the containers they name are fetched.
    static constexpr int CoalesceMs = 40;
    // In a burst (events about more than BurstEvents containers, or other objects, within a
    // second: hundreds of containers starting) they are gathered this long instead, so the UI
    // gets a few large batches. The burst lasts until a second passes without events. A few
    // containers changing quickly are no burst, however many events each sends (containerd
    // sends four for a kill and a start): their rows follow each event.
    static constexpr int BurstCoalesceMs = 250;
    static constexpr int BurstEvents = 20;
    // A list that contradicts the last event is asked again after this.
    static constexpr int RecheckMs = 100;
    // Where health events come before the check's result: how much later to look again.
    static constexpr int HealthLookMs = 1000;

    explicit NodeWorker(const Endpoint &endpoint, QObject *parent = nullptr);
    ~NodeWorker() override;

    // Slots invoked from the service's thread through queued calls.
    void start();
    void reconnectNow();
    void relistNetworks(const QStringList &containerIds);
    void setProbeIntervalMs(int ms);
    void runJob(const NodeService::EngineJob &job);

Q_SIGNALS:
    void stateChanged(NodeService::State state, const EngineError &error);
    void engineIdentified(const EngineInfo &info);
    void detailsFetched(const SystemInfo &details);
    void probed(int latencyMs, const QHash<QString, qint64> &callCounts);
    void retryScheduled(int seconds);
    void containersUpdated(const QList<ContainerSummary> &added,
                           const QList<ContainerSummary> &changed, const QStringList &removed);
    void healthChanged(const QList<HealthTransition> &transitions);
    void exited(const QList<ContainerExit> &exits);
    void imagesUpdated(const QList<ImageSummary> &added, const QList<ImageSummary> &changed,
                       const QStringList &removed);
    void volumesUpdated(const QList<VolumeInfo> &added, const QList<VolumeInfo> &changed,
                        const QStringList &removed);
    void networksUpdated(const QList<NetworkInfo> &added, const QList<NetworkInfo> &changed,
                         const QStringList &removed);
    void podsUpdated(const QList<PodInfo> &added, const QList<PodInfo> &changed,
                     const QStringList &removed);

private:
    void onReset();
    void onIdentified(const EngineInfo &info);
    void openEvents();
    void describe();
    void listTheRest();
    void fetch(const QSet<QString> &ids);
    void onEvent(const EngineEvent &event);
    void lookIntoExit(ContainerExit exit);
    void flushDirty();
    void scheduleFlush();
    void scheduleFlushUnlessListing();
    // `containerId`: the container the event is about, counted once a second; none: another
    // object, counted each time.
    void noteEventRate(const QString &containerId = {});
    void emitDiff(const NodeReconciler::Diff &diff);
    void describeNextTransition();

    Endpoint m_endpoint;
    NodeConnection *m_connection = nullptr;
    ResourceLister *m_resources = nullptr;
    NodeReconciler m_reconciler;
    QPointer<EventStream> m_events;
    QSet<QString> m_dirty;      // containers to list again
    QElapsedTimer m_rateWindow; // the current second of events
    int m_rateCount = 0;        // events about other objects in it
    QSet<QString> m_rateIds;    // containers with events in it
    QElapsedTimer m_lastEvent;
    bool m_burst = false;
    // Transitions waiting for the check's output, in the order they happened.
    QQueue<HealthTransition> m_transitions;
    bool m_describing = false;
    // Children, so that moveToThread() takes them along.
    QTimer *m_flushTimer = nullptr;
    QTimer *m_recheckTimer = nullptr;
    QTimer *m_healthLookTimer = nullptr;
    QSet<QString> m_healthLook; // containers to list again when it fires
    bool m_listing = false;
    // After the first container list: the images first, alone (the Images page waits for
    // them), then the other kinds and the engine's details.
    bool m_restToList = false;
};
