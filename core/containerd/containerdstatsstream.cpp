#include "core/containerd/containerdstatsstream.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>
#include <github.com/containerd/containerd/api/types/task/task.pb.h>

#include <algorithm>

namespace capi = containerd::services::containers::v1;
namespace tapi = containerd::services::tasks::v1;

ContainerdStatsStream::ContainerdStatsStream(GrpcChannel &channel, const QString &fullId,
                                             const QString &ns, const QString &id, bool stream,
                                             qint64 machineMemory, int machineCpus, QObject *parent)
    : StatsStream(parent)
    , m_channel(&channel)
    , m_fullId(fullId)
    , m_ns(ns)
    , m_id(id)
    , m_stream(stream)
    , m_metrics(machineMemory, machineCpus)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ContainerdStatsStream::sample);
    // The first reading as soon as the caller has connected to the signals.
    m_timer.start(0);
}

// The call in flight is a child: it is cancelled with the stream and answers nothing.
ContainerdStatsStream::~ContainerdStatsStream() = default;

void ContainerdStatsStream::sample()
{
    if (m_ended)
        return;
    if (!m_channel) {
        end(EngineError::make(EngineError::Kind::Closed, tr("the node is gone"), m_fullId));
        return;
    }
    auto stub = std::shared_ptr<tapi::Tasks::Stub>(tapi::Tasks::NewStub(m_channel->channel()));
    tapi::MetricsRequest request;
    // Quoted: the filter language would read some of an id's characters as its own.
    request.add_filters("id==\"" + m_id.toStdString() + '"');
    m_since.start();
    m_channel->unary<tapi::MetricsRequest, tapi::MetricsResponse>(
        QStringLiteral("tasks.Metrics"), m_ns, request, ContainerdEngine::CallTimeoutMs, this,
        [stub](grpc::ClientContext *c, const tapi::MetricsRequest *q, tapi::MetricsResponse *r,
               std::function<void(grpc::Status)> f) {
            stub->async()->Metrics(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<tapi::MetricsResponse>)>(
            [this](const EngineResult<tapi::MetricsResponse> &r) {
                if (m_ended)
                    return;
                if (!r.ok()) {
                    end(r.error);
                    return;
                }
                const auto &metrics = r.value.metrics();
                const auto it = std::find_if(metrics.begin(), metrics.end(), [this](auto &m) {
                    return m.id() == m_id.toStdString();
                });
                if (it == metrics.end()) {
                    gone();
                    return;
                }
                std::optional<ContainerStats> stats = m_metrics.add(*it);
                if (!stats) {
                    end(EngineError::make(
                        EngineError::Kind::Unsupported,
                        tr("containerd reports this task's resource use in a form Gontainer "
                           "does not read (%1)")
                            .arg(QString::fromStdString(it->data().type_url())),
                        m_fullId));
                    return;
                }
                stats->id = m_fullId;
                // A task that has exited keeps its cgroup, and so its metrics, until it is
                // deleted: no process left in it says it has stopped, which its state confirms.
                if (stats->pids == 0)
                    confirmRunning(*stats);
                else
                    deliver(*stats);
            }));
}

void ContainerdStatsStream::deliver(const ContainerStats &stats)
{
    ++m_readings;
    // A single sample is the second reading: its CPU share needs the first.
    if (m_stream || m_readings >= 2) {
        const QPointer<ContainerdStatsStream> self(this);
        Q_EMIT sampled(stats);
        if (!self)
            return; // its reader deleted it
    }
    if (!m_stream && m_readings >= 2) {
        end({});
        return;
    }
    // Once a second from the start of each call, never two at once.
    m_timer.start(int(qMax<qint64>(0, IntervalMs - m_since.elapsed())));
}

void ContainerdStatsStream::confirmRunning(const ContainerStats &stats)
{
    if (!m_channel) {
        end({});
        return;
    }
    auto stub = std::shared_ptr<tapi::Tasks::Stub>(tapi::Tasks::NewStub(m_channel->channel()));
    tapi::GetRequest request;
    request.set_container_id(m_id.toStdString());
    m_channel->unary<tapi::GetRequest, tapi::GetResponse>(
        QStringLiteral("tasks.Get"), m_ns, request, ContainerdEngine::CallTimeoutMs, this,
        [stub](grpc::ClientContext *c, const tapi::GetRequest *q, tapi::GetResponse *r,
               std::function<void(grpc::Status)> f) { stub->async()->Get(c, q, r, std::move(f)); },
        std::function<void(EngineResult<tapi::GetResponse>)>(
            [this, stats](const EngineResult<tapi::GetResponse> &r) {
                if (m_ended)
                    return;
                if (!r.ok()) {
                    end(r.error.httpStatus == 404 ? EngineError() : r.error);
                    return;
                }
                const auto status = r.value.process().status();
                if (status == containerd::v1::types::STOPPED ||
                    status == containerd::v1::types::UNKNOWN)
                    end({});
                else
                    deliver(stats);
            }));
}

// No metrics for the task: it has stopped, or there is no task. Either way the stream ends
// without error, unless the container itself does not exist.
void ContainerdStatsStream::gone()
{
    if (m_readings > 0 || !m_channel) {
        end({});
        return;
    }
    auto stub =
        std::shared_ptr<capi::Containers::Stub>(capi::Containers::NewStub(m_channel->channel()));
    capi::GetContainerRequest request;
    request.set_id(m_id.toStdString());
    m_channel->unary<capi::GetContainerRequest, capi::GetContainerResponse>(
        QStringLiteral("containers.Get"), m_ns, request, ContainerdEngine::CallTimeoutMs, this,
        [stub](grpc::ClientContext *c, const capi::GetContainerRequest *q,
               capi::GetContainerResponse *r,
               std::function<void(grpc::Status)> f) { stub->async()->Get(c, q, r, std::move(f)); },
        std::function<void(EngineResult<capi::GetContainerResponse>)>(
            [this](const EngineResult<capi::GetContainerResponse> &r) { end(r.error); }));
}

void ContainerdStatsStream::end(const EngineError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_timer.stop();
    Q_EMIT ended(error);
}
