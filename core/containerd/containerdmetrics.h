#pragma once

#include "core/engine/containerstats.h"

#include <QtGlobal>

#include <optional>

namespace containerd::types {
class Metric;
}

// containerd's task metrics (tasks.v1 Metrics: the cgroup statistics of one task, in an Any
// whose type says cgroups v1 or v2) as the figures `docker stats` shows. It keeps the last CPU
// reading, so each sample's CPU share is over the time since the one before (the first
// sample's is 0). The machine's memory and CPUs, where known, stand in for "no limit".
class ContainerdMetrics final
{
public:
    enum class Cgroups
    {
        Unknown,
        V1,
        V2
    };

    // machineMemory: bytes, 0 when unknown; machineCpus: 0 when unknown.
    explicit ContainerdMetrics(qint64 machineMemory = 0, int machineCpus = 0);

    // The sample, or nothing when the payload is neither cgroup format (a Windows task's
    // statistics) or does not parse. Its id is the metric's own (without a namespace).
    std::optional<ContainerStats> add(const containerd::types::Metric &metric);
    // Which format the last sample came in.
    Cgroups cgroups() const { return m_cgroups; }

    // A memory limit as containerd reports it: values at or above this mean "no limit".
    static constexpr quint64 NoLimit = quint64(1) << 62;

private:
    void addCpu(ContainerStats &stats, quint64 usageNs, qint64 takenNs);
    qint64 limitOf(quint64 limit) const;

    qint64 m_machineMemory;
    int m_machineCpus;
    Cgroups m_cgroups = Cgroups::Unknown;
    bool m_hasLast = false;
    quint64 m_lastUsageNs = 0;
    qint64 m_lastTakenNs = 0;
};
