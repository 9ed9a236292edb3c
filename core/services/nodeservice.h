#pragma once

#include "core/config/nodeconfig.h"
#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"
#include "core/engine/systeminfo.h"
#include "core/services/containerexit.h"
#include "core/services/healthtransition.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

// The state of one engine node as the UI sees it: connection state and health, who the engine
// is, the machine it runs on, and a snapshot of its containers that the engine's event stream
// keeps current. Changes arrive in batches, as values.
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
    // A container's health transitions, oldest first (a bounded number).
    virtual QList<HealthTransition> healthHistory(const QString &containerId) const = 0;

    // Connects, and keeps reconnecting with a growing delay while the engine is away.
    virtual void start() = 0;
    // Skips the wait of a scheduled retry, or resynchronises a connected node.
    virtual void reconnectNow() = 0;

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
    void healthTransitions(const QList<HealthTransition> &transitions);
    void containersExited(const QList<ContainerExit> &exits);
};
