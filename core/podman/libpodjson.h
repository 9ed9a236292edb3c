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
std::optional<HealthState> parseHealthcheck(const QByteArray &json);
// The libpod container list's health (its Status field), by container id: Podman's
// Docker-compatible list does not show it.
std::optional<QHash<QString, ContainerSummary::Health>>
parseContainerHealth(const QByteArray &json);
std::optional<KubePlayReport> parseKubePlay(const QByteArray &json);

} // namespace LibpodJson
