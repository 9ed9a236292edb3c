#include "core/containerd/containerdmetrics.h"

#include <github.com/containerd/cgroups/stats/v1/metrics.pb.h>
#include <github.com/containerd/cgroups/v2/stats/metrics.pb.h>
#include <github.com/containerd/containerd/api/types/metrics.pb.h>

#include <QDateTime>

#include <limits>
#include <string_view>

namespace v1 = io::containerd::cgroups::v1;
namespace v2 = io::containerd::cgroups::v2;

namespace {

// containerd names the type without the "type.googleapis.com/" a Go Any would carry; either
// is accepted.
bool isType(const std::string &url, std::string_view name)
{
    const std::string_view u(url);
    return u == name || (u.size() > name.size() && u.substr(u.size() - name.size()) == name &&
                         u[u.size() - name.size() - 1] == '/');
}

qint64 clamp(quint64 v)
{
    return v > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                           : qint64(v);
}

} // namespace

ContainerdMetrics::ContainerdMetrics(qint64 machineMemory, int machineCpus)
    : m_machineMemory(machineMemory)
    , m_machineCpus(machineCpus)
{}

qint64 ContainerdMetrics::limitOf(quint64 limit) const
{
    // Without a limit of its own the container may use the machine's memory, as docker stats
    // shows it.
    if (m_machineMemory > 0 && (limit == 0 || limit > quint64(m_machineMemory)))
        return m_machineMemory;
    return limit >= NoLimit ? 0 : clamp(limit);
}

void ContainerdMetrics::addCpu(ContainerStats &stats, quint64 usageNs, qint64 takenNs)
{
    // The CPU time used over the wall time passed: 100 % is one CPU busy throughout.
    if (m_hasLast && takenNs > m_lastTakenNs && usageNs >= m_lastUsageNs)
        stats.cpuPercent =
            double(usageNs - m_lastUsageNs) / double(takenNs - m_lastTakenNs) * 100.0;
    m_hasLast = true;
    m_lastUsageNs = usageNs;
    m_lastTakenNs = takenNs;
}

std::optional<ContainerStats> ContainerdMetrics::add(const containerd::types::Metric &metric)
{
    ContainerStats s;
    s.id = QString::fromStdString(metric.id());
    const qint64 takenNs = metric.has_timestamp() ? metric.timestamp().seconds() * 1000000000 +
                                                        metric.timestamp().nanos()
                                                  : QDateTime::currentMSecsSinceEpoch() * 1000000;
    s.read = QDateTime::fromMSecsSinceEpoch(takenNs / 1000000, Qt::UTC);
    s.onlineCpus = m_machineCpus;
    const std::string &type = metric.data().type_url();

    if (isType(type, "io.containerd.cgroups.v1.Metrics")) {
        v1::Metrics m;
        if (!m.ParseFromString(metric.data().value()))
            return std::nullopt;
        m_cgroups = Cgroups::V1;
        if (s.onlineCpus == 0)
            s.onlineCpus = m.cpu().usage().per_cpu_size();
        addCpu(s, m.cpu().usage().total(), takenNs);
        // Without the page cache, as docker stats counts it: v1's total_inactive_file.
        const quint64 usage = m.memory().usage().usage();
        const quint64 inactive = m.memory().total_inactive_file();
        s.memoryUsage = clamp(inactive < usage ? usage - inactive : usage);
        s.memoryLimit = limitOf(m.memory().usage().limit());
        s.networkKnown = m.network_size() > 0;
        for (const v1::NetworkStat &n : m.network()) {
            s.networkRx += clamp(n.rx_bytes());
            s.networkTx += clamp(n.tx_bytes());
        }
        for (const v1::BlkIOEntry &e : m.blkio().io_service_bytes_recursive()) {
            const QString op = QString::fromStdString(e.op()).toLower();
            if (op == QLatin1String("read"))
                s.blockRead += clamp(e.value());
            else if (op == QLatin1String("write"))
                s.blockWrite += clamp(e.value());
        }
        s.pids = int(m.pids().current());
    } else if (isType(type, "io.containerd.cgroups.v2.Metrics")) {
        v2::Metrics m;
        if (!m.ParseFromString(metric.data().value()))
            return std::nullopt;
        m_cgroups = Cgroups::V2;
        addCpu(s, m.cpu().usage_usec() * 1000, takenNs);
        // v2's inactive_file is the page cache docker stats leaves out.
        const quint64 usage = m.memory().usage();
        const quint64 inactive = m.memory().inactive_file();
        s.memoryUsage = clamp(inactive < usage ? usage - inactive : usage);
        s.memoryLimit = limitOf(m.memory().usage_limit());
        // cgroups v2 has no network statistics, and containerd adds none.
        s.networkKnown = false;
        for (const v2::IOEntry &e : m.io().usage()) {
            s.blockRead += clamp(e.rbytes());
            s.blockWrite += clamp(e.wbytes());
        }
        s.pids = int(m.pids().current());
    } else {
        return std::nullopt;
    }
    if (s.memoryLimit > 0)
        s.memoryPercent = double(s.memoryUsage) / double(s.memoryLimit) * 100.0;
    return s;
}
