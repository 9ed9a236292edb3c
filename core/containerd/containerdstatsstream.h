#pragma once

#include "core/containerd/containerdmetrics.h"
#include "core/engine/statsstream.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class GrpcChannel;

// A containerd task's resource use: tasks.v1 Metrics for the one task, asked once a second on
// the node's thread (containerd has no stream of them), decoded by ContainerdMetrics. Without
// `stream`, two readings a second apart give one sample with its CPU share, and the stream
// ends. It ends without error when the task is gone or stopped (no metrics for it, or none of
// its processes left), as the other engines' streams do when a container stops; with the error
// when containerd has no such container, or the call fails.
class ContainerdStatsStream final : public StatsStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdStatsStream)

public:
    static constexpr int IntervalMs = 1000;

    // `fullId` ("NAMESPACE/ID") names the samples; `ns` and `id` are its parts. The machine's
    // memory and CPUs where known (a local node), else 0.
    ContainerdStatsStream(GrpcChannel &channel, const QString &fullId, const QString &ns,
                          const QString &id, bool stream, qint64 machineMemory, int machineCpus,
                          QObject *parent);
    ~ContainerdStatsStream() override;

private:
    void sample();
    void deliver(const ContainerStats &stats);
    void confirmRunning(const ContainerStats &stats);
    void gone();
    void end(const EngineError &error);

    QPointer<GrpcChannel> m_channel;
    QString m_fullId;
    QString m_ns;
    QString m_id;
    bool m_stream;
    ContainerdMetrics m_metrics;
    QTimer m_timer;
    QElapsedTimer m_since; // since the last call began
    int m_readings = 0;
    bool m_ended = false;
};
