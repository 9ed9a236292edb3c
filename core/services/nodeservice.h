#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"
#include "core/transport/endpoint.h"

#include <QList>
#include <QObject>
#include <QStringList>

// The state of one engine node as the UI sees it: connection state, who the engine is, and a
// snapshot of its containers that the engine's event stream keeps current. Changes arrive in
// batches, as values.
class NodeService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeService)

public:
    enum class State
    {
        Connecting,
        Online,
        Offline
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~NodeService() override = default;

    virtual Endpoint endpoint() const = 0;
    virtual State state() const = 0;
    virtual EngineError lastError() const = 0;
    virtual EngineInfo engineInfo() const = 0;
    virtual QList<ContainerSummary> containers() const = 0;

    // Connects, and keeps reconnecting with a growing delay while the engine is away.
    virtual void start() = 0;
    // Skips the wait of a scheduled retry, or resynchronises a connected node.
    virtual void reconnectNow() = 0;

Q_SIGNALS:
    void stateChanged(NodeService::State state);
    void engineInfoChanged(const EngineInfo &info);
    void retryScheduled(int seconds);
    void containersAdded(const QList<ContainerSummary> &containers);
    void containersChanged(const QList<ContainerSummary> &containers);
    void containersAboutToBeRemoved(const QStringList &ids);
    void containersRemoved(const QStringList &ids);
};
