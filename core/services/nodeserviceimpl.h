#pragma once

#include "core/services/nodeservice.h"

#include <QHash>

class NodeWorker;
class QThread;

// A NodeService backed by a real engine: a named worker thread does the I/O; this object keeps
// the GUI thread's copy of the state and re-emits the worker's batches.
class NodeServiceImpl final : public NodeService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeServiceImpl)

public:
    NodeServiceImpl(const QString &name, const Endpoint &endpoint, QObject *parent = nullptr);
    ~NodeServiceImpl() override;

    Endpoint endpoint() const override { return m_endpoint; }
    State state() const override { return m_state; }
    EngineError lastError() const override { return m_error; }
    EngineInfo engineInfo() const override { return m_info; }
    QList<ContainerSummary> containers() const override;

    void start() override;
    void reconnectNow() override;

private:
    void onStateChanged(NodeService::State state, const EngineError &error);
    void onEngineIdentified(const EngineInfo &info);
    void onContainersUpdated(const QList<ContainerSummary> &added,
                             const QList<ContainerSummary> &changed, const QStringList &removed);

    Endpoint m_endpoint;
    QThread *m_thread = nullptr;
    NodeWorker *m_worker = nullptr;
    State m_state = State::Connecting;
    EngineError m_error;
    EngineInfo m_info;
    QHash<QString, ContainerSummary> m_containers;
    bool m_started = false;
};
