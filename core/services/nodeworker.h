#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"
#include "core/engine/engineinfo.h"
#include "core/services/nodeservice.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>

class Engine;
class EventStream;

// Lives on a node's worker thread and does all of that node's engine I/O: identify, list once,
// then follow the event stream, re-listing only the containers events name. Emits value
// batches to the NodeServiceImpl on the GUI thread.
class NodeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeWorker)

public:
    // Events are gathered this long before the containers they name are fetched.
    static constexpr int CoalesceMs = 40;
    static constexpr int MaxRetrySeconds = 30;

    explicit NodeWorker(const Endpoint &endpoint, QObject *parent = nullptr);
    ~NodeWorker() override;

    // Slots invoked from the service's thread through queued calls.
    void start();
    void reconnectNow();

Q_SIGNALS:
    void stateChanged(NodeService::State state, const EngineError &error);
    void engineIdentified(const EngineInfo &info);
    void retryScheduled(int seconds);
    void containersUpdated(const QList<ContainerSummary> &added,
                           const QList<ContainerSummary> &changed, const QStringList &removed);

private:
    void connectEngine();
    void openEvents();
    void fetch(const QSet<QString> &ids);
    void onEvent(const EngineEvent &event);
    void flushDirty();
    void apply(const QList<ContainerSummary> &list, const QSet<QString> *asked);
    void goOffline(const EngineError &error);

    Endpoint m_endpoint;
    std::unique_ptr<Engine> m_engine;
    QPointer<EventStream> m_events;
    QHash<QString, ContainerSummary> m_snapshot;
    QSet<QString> m_dirty;
    // Children, so that moveToThread() takes them along.
    QTimer *m_flushTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QRandomGenerator m_random;
    quint64 m_generation = 0; // bumps on every (re)connect so late answers are dropped
    int m_attempt = 0;
    bool m_listing = false;
    bool m_online = false;
};
