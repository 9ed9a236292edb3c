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
#include "core/services/nodeservice.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>

class Engine;
class EventStream;
class QFileSystemWatcher;

// Lives on a node's worker thread and does all of that node's engine I/O: identify, list once,
// then follow the event stream, re-listing only the containers events name; a health probe at
// a modest interval. Images, volumes, networks and (on Podman) pods are listed on connect and
// listed again, once per burst, when an event names an object of that kind. Emits value
// batches to the NodeServiceImpl on the GUI thread.
class NodeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeWorker)

public:
    // Events are gathered this long before the containers they name are fetched.
    static constexpr int CoalesceMs = 40;
    // In a burst (more than BurstEvents events within a second: hundreds of containers
    // starting) they are gathered this long instead, so the UI gets a few large batches. The
    // burst lasts until a second passes without events.
    static constexpr int BurstCoalesceMs = 250;
    static constexpr int BurstEvents = 20;
    // A list of images, volumes, networks or pods that failed is asked again after this.
    static constexpr int KindRetryMs = 5000;
    static constexpr int MaxRetrySeconds = 30;
    static constexpr int DefaultProbeIntervalMs = 10000;
    // A list that contradicts the last event is asked again after this, at most this often.
    static constexpr int RecheckMs = 100;
    static constexpr int MaxRechecks = 20;
    // Podman announces a health check before it has saved the result (the event carries the
    // status before the check): a container with such an event is listed again this much
    // later.
    static constexpr int PodmanHealthLookMs = 1000;
    // A probe slower than this makes the node Degraded.
    static constexpr int SlowLatencyMs = 1500;

    explicit NodeWorker(const Endpoint &endpoint, QObject *parent = nullptr);
    ~NodeWorker() override;

    // Slots invoked from the service's thread through queued calls.
    void start();
    void reconnectNow();
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
    // Kinds of objects other than containers, as bits.
    enum Kind : unsigned
    {
        Images = 1,
        Volumes = 2,
        Networks = 4,
        Pods = 8
    };

    void connectEngine();
    void openEvents();
    void describe();
    void fetch(const QSet<QString> &ids);
    void onEvent(const EngineEvent &event);
    void onDied(const EngineEvent &event);
    void expect(const EngineEvent &event);
    void checkExpected(const QList<ContainerSummary> &listed);
    void flushDirty();
    void scheduleFlush();
    void noteEventRate();
    void apply(const QList<ContainerSummary> &list, const QSet<QString> *asked);
    void describeNextTransition();
    void fetchKinds(unsigned kinds);
    void onKindListed(unsigned kind, const EngineError &error);
    unsigned supportedKinds() const;
    void probe();
    void goOffline(const EngineError &error);
    void watchSocketFolder(bool watch);

    Endpoint m_endpoint;
    std::unique_ptr<Engine> m_engine;
    QPointer<EventStream> m_events;
    QHash<QString, ContainerSummary> m_snapshot;
    QSet<QString> m_dirty;
    QHash<QString, ImageSummary> m_images;  // by id
    QHash<QString, VolumeInfo> m_volumes;   // by name
    QHash<QString, NetworkInfo> m_networks; // by id
    QHash<QString, PodInfo> m_pods;         // by id
    unsigned m_dirtyKinds = 0;
    unsigned m_listingKinds = 0; // one list per kind at a time, so answers cannot cross
    QElapsedTimer m_rateWindow;  // the current second of events
    int m_rateCount = 0;
    QElapsedTimer m_lastEvent;
    bool m_burst = false;
    // Transitions waiting for the check's output, in the order they happened.
    QQueue<HealthTransition> m_transitions;
    bool m_describing = false;
    QSet<QString> m_oomKilled; // an oom event came before the die
    struct Expectation
    {
        bool running = false;
        bool paused = false;
        bool gone = false;
        int rechecks = 0;
    };
    QHash<QString, Expectation> m_expected; // by container id, until a list agrees
    static bool holds(const Expectation &e, const ContainerSummary &c);
    void showExpected(const EngineEvent &event);
    // Children, so that moveToThread() takes them along.
    QTimer *m_flushTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_probeTimer = nullptr;
    QTimer *m_kindRetryTimer = nullptr;
    QTimer *m_recheckTimer = nullptr;
    QTimer *m_healthLookTimer = nullptr;
    QSet<QString> m_healthLook; // containers to list again when it fires
    QFileSystemWatcher *m_socketWatcher = nullptr;
    QRandomGenerator m_random;
    quint64 m_generation = 0; // bumps on every (re)connect so late answers are dropped
    int m_attempt = 0;
    bool m_listing = false;
    bool m_online = false;
    bool m_probing = false;
    bool m_slow = false;
};
