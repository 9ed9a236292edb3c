#pragma once

#include "core/engine/containerdetails.h"
#include "core/engine/containerspec.h"
#include "core/engine/containerstats.h"
#include "core/engine/engineresults.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

// The container payloads of the Docker-compatible API (which Docker and Podman both serve), and
// Podman's libpod create body.
namespace DockerContainerJson {

// GET /containers/{id}/json. nullopt when the payload is not a container.
std::optional<ContainerDetails> parseInspect(const QByteArray &json);
// POST /containers/create.
QByteArray createBody(const ContainerSpec &spec);
// POST /libpod/containers/create (Podman's SpecGenerator), which can also join a pod and set a
// run timeout.
QByteArray libpodCreateBody(const ContainerSpec &spec);

// {"Id": ..., "Warnings": [...]}, as create and commit answer.
std::optional<CreatedObject> parseCreated(const QByteArray &json);
// {"StatusCode": N, "Error": {...}} of POST /containers/{id}/wait.
std::optional<int> parseWait(const QByteArray &json, QString *error);
// {"ContainersDeleted": [...], "SpaceReclaimed": N}
std::optional<PruneReport> parsePrune(const QByteArray &json, const QString &listKey);
std::optional<ProcessList> parseTop(const QByteArray &json);
// One sample of GET /containers/{id}/stats, with CPU % and memory as `docker stats` computes
// them. nullopt when it is not a stats object.
std::optional<ContainerStats> parseStats(const QByteArray &json);

// RFC 3339 with up to nanoseconds, as engines write times; invalid for Go's zero time.
QDateTime parseTime(const QString &text);
// A signal's number from its name ("SIGTERM", "TERM") or number text; 0 when unknown.
int signalNumber(const QString &signal);

} // namespace DockerContainerJson
