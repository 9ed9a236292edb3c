#pragma once

#include "core/engine/containerdetails.h"
#include "core/engine/containersummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace containerd::services::containers::v1 {
class Container;
}
namespace containerd::v1::types {
class Process;
}
namespace google::protobuf {
class Timestamp;
}

// containerd's containers and tasks read into the engine-neutral summaries and details: the
// list's rows from the container's record and its task alone (never its OCI spec), the details
// from the spec too. Labels nerdctl sets say the name, ports and networks.
namespace ContainerdContainerJson {

// An unset timestamp (zero) is an invalid time.
QDateTime timeOf(const google::protobuf::Timestamp &t);

// A row of the list: `task` is null for a container without one (never started, or its task
// deleted), which shows as Created, as nerdctl shows it. `now` dates the status text.
ContainerSummary summary(const QString &ns,
                         const containerd::services::containers::v1::Container &c,
                         const containerd::v1::types::Process *task, const QDateTime &now);
// The same in two steps: what the record says (a list builds these while its tasks are still
// on their way), then the task's state (null: none).
ContainerSummary recordSummary(const QString &ns,
                               const containerd::services::containers::v1::Container &c);
void applyTask(ContainerSummary &s, const containerd::v1::types::Process *task,
               const QDateTime &now);

// The details, with the spec decoded, and the raw JSON (as ctr containers info shows it, plus
// the task).
ContainerDetails details(const QString &ns,
                         const containerd::services::containers::v1::Container &c,
                         const containerd::v1::types::Process *task);

// nerdctl's "nerdctl/ports" label: [{"HostPort":8080,"ContainerPort":80,"Protocol":"tcp",
// "HostIP":"0.0.0.0"}].
QList<PortMapping> portsFromLabel(const QString &json);
// nerdctl's "nerdctl/networks" label: ["bridge"]; sorted.
QStringList networksFromLabel(const QString &json);
// Docker's words for a duration: "Less than a second", "About a minute", "5 hours", ...
QString humanDuration(qint64 seconds);
// "Up", "Exited (3) 5 minutes ago", ... as docker ps words them.
QString statusText(ContainerSummary::State state, int exitCode, const QDateTime &since,
                   const QDateTime &now);
// containerd's task status (RUNNING, PAUSED, ...) as a container state.
ContainerSummary::State stateOf(int taskStatus);
// The task as JSON, for the raw details.
QJsonObject taskJson(const containerd::v1::types::Process &task);

// The labels the name and restart policy are kept in.
inline constexpr char NameLabel[] = "nerdctl/name";
inline constexpr char PortsLabel[] = "nerdctl/ports";
inline constexpr char NetworksLabel[] = "nerdctl/networks";
inline constexpr char RestartPolicyLabel[] = "containerd.io/restart.policy";

} // namespace ContainerdContainerJson
