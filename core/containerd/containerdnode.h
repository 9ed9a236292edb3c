#pragma once

#include "core/engine/engine.h"

#include <QObject>

class ContainerdEngine;
class GrpcChannel;

// The node: version, namespaces, plugins (snapshotters, runtimes) and what the machine has;
// resource use from tasks.v1 Metrics (ContainerdStatsStream). Part of ContainerdEngine, on the
// node's thread; the engine forwards its calls here.
//
// containerd's API does not tell the machine's CPUs and memory: for a node on this machine (a
// unix socket) they are read from /proc, for others they are unknown and the node says why.
class ContainerdNode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdNode)

public:
    ContainerdNode(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdNode() override;

    CallHandle systemInfo(QObject *context, Engine::Callback<SystemInfo> callback);
    // `info` with the OS and architecture containerd runs containers for (its task runtime's
    // platform), for a node on this machine its kernel, and imagePull on where the Transfer
    // service (an io.containerd.transfer.v1 plugin that loaded) is there: one plugin query. As
    // it was when containerd does not say. `done` runs on `context`'s thread, never after
    // `context` is gone.
    void describePlatform(QObject *context, const EngineInfo &info,
                          std::function<void(const EngineInfo &)> done);
    StatsStream *readStats(const QString &id, bool stream, QObject *parent);

    // This machine's processors (/proc/cpuinfo) and memory in bytes (/proc/meminfo); 0 when
    // they cannot be read.
    static int localCpus();
    static qint64 localMemory();

private:
    bool isLocal() const;
    QString defaultNamespace() const;

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
};
