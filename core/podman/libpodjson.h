#pragma once

#include "core/engine/containerdetails.h"
#include "core/engine/containersummary.h"
#include "core/engine/engineresults.h"
#include "core/engine/podinfo.h"

#include <QByteArray>
#include <QHash>

#include <optional>

// Payloads of Podman's own API (/libpod/...): pods, health-check runs, kube.
namespace LibpodJson {

std::optional<QList<PodInfo>> parsePodList(const QByteArray &json);
std::optional<PodInfo> parsePodInspect(const QByteArray &json);
QByteArray podCreateBody(const PodSpec &spec);
// {"Errs": [...], "Id": ...} of pod start, stop, ...: the errors, if any.
QStringList podActionErrors(const QByteArray &json);
std::optional<QList<PodStatsEntry>> parsePodStats(const QByteArray &json);
// [{"Err": ..., "Id": ...}]
std::optional<PruneReport> parsePodPrune(const QByteArray &json);
// /libpod/images/prune: [{"Id": ..., "Size": ..., "Err": ...}]; the sizes of those removed, summed.
std::optional<PruneReport> parseImagePrune(const QByteArray &json);
std::optional<HealthState> parseHealthcheck(const QByteArray &json);
// Podman's own container list. Unlike its Docker-compatible list it has the health (its Status
// field) and exact start and exit times, and costs Podman less to answer. `status` is made up
// as Docker words it ("Up 5 minutes (healthy)", "Exited (0) 3 hours ago"), at `now`.
std::optional<QList<ContainerSummary>> parseContainerList(const QByteArray &json,
                                                          const QDateTime &now);
// "5 minutes", "About an hour": a duration as Docker's status words it.
QString dockerDuration(qint64 seconds);
std::optional<KubePlayReport> parseKubePlay(const QByteArray &json);
// /libpod/info: the registries Podman searches, in order, for a name without one
// (registries.conf's unqualified-search-registries; its "registries": {"search": [...]}).
std::optional<QStringList> parseSearchRegistries(const QByteArray &json);

} // namespace LibpodJson
