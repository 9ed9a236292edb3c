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
    // How many transitions a container's health history keeps.
    static constexpr int HealthHistoryLimit = 100;

    explicit NodeServiceImpl(const NodeConfig &config, QObject *parent = nullptr);
    // A node reached at `endpoint` as found (the local default, a test's engine).
    NodeServiceImpl(const NodeConfig &config, const Endpoint &endpoint, QObject *parent = nullptr);
    NodeServiceImpl(const QString &name, const Endpoint &endpoint, QObject *parent = nullptr);
    ~NodeServiceImpl() override;

    NodeConfig config() const override { return m_config; }
    Endpoint endpoint() const override { return m_endpoint; }
    State state() const override { return m_state; }
    EngineError lastError() const override { return m_error; }
    EngineInfo engineInfo() const override { return m_info; }
    SystemInfo details() const override { return m_details; }
    int latencyMs() const override { return m_latencyMs; }
    QHash<QString, qint64> callCounts() const override { return m_callCounts; }
    QList<ContainerSummary> containers() const override;
    QList<ImageSummary> images() const override { return m_images.values(); }
    QList<VolumeInfo> volumes() const override { return m_volumes.values(); }
    QList<NetworkInfo> networks() const override { return m_networks.values(); }
    QList<PodInfo> pods() const override { return m_pods.values(); }
    QList<HealthTransition> healthHistory(const QString &containerId) const override;

    void start() override;
    void reconnectNow() override;
    void relistNetworks(const QStringList &containerIds = {}) override;
    void runOnEngine(EngineJob job) override;
    // How often the engine is pinged while connected (tests shorten it).
    void setProbeIntervalMs(int ms);

private:
    void onStateChanged(NodeService::State state, const EngineError &error);
    void onEngineIdentified(const EngineInfo &info);
    void onDetailsFetched(const SystemInfo &details);
    void onProbed(int latencyMs, const QHash<QString, qint64> &callCounts);
    void onContainersUpdated(const QList<ContainerSummary> &added,
                             const QList<ContainerSummary> &changed, const QStringList &removed);
    void onHealthChanged(const QList<HealthTransition> &transitions);
    // Applies a worker batch of one kind to its store and emits the paired signals.
    template<typename T, typename KeyFn>
    void applyBatch(QHash<QString, T> &store, const QList<T> &added, const QList<T> &changed,
                    const QStringList &removed, KeyFn key,
                    void (NodeService::*aboutToBeRemoved)(const QStringList &),
                    void (NodeService::*removedSignal)(const QStringList &),
                    void (NodeService::*addedSignal)(const QList<T> &),
                    void (NodeService::*changedSignal)(const QList<T> &));

    NodeConfig m_config;
    Endpoint m_endpoint;
    QThread *m_thread = nullptr;
    NodeWorker *m_worker = nullptr;
    State m_state = State::Connecting;
    EngineError m_error;
    EngineInfo m_info;
    SystemInfo m_details;
    int m_latencyMs = -1;
    QHash<QString, qint64> m_callCounts;
    QHash<QString, ContainerSummary> m_containers;
    QHash<QString, QList<HealthTransition>> m_health;
    QHash<QString, ImageSummary> m_images;
    QHash<QString, VolumeInfo> m_volumes;
    QHash<QString, NetworkInfo> m_networks;
    QHash<QString, PodInfo> m_pods;
    bool m_started = false;
};
