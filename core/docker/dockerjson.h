#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineevent.h"
#include "core/engine/engineinfo.h"
#include "core/engine/systeminfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

// Parsers for the Docker-compatible API's JSON, which Docker and Podman both serve.
namespace DockerJson {

// GET /containers/json. nullopt when the payload is not a container list.
std::optional<QList<ContainerSummary>> parseContainerList(const QByteArray &json,
                                                          const QDateTime &now);
// GET /version, with the /_ping headers already known.
std::optional<EngineInfo> parseVersion(const QByteArray &json);
// GET /info.
std::optional<SystemInfo> parseInfo(const QByteArray &json);
// GET /system/df, summed as `docker system df` does.
std::optional<DiskUsage> parseDiskUsage(const QByteArray &json);
// One message of GET /events. nullopt when it is not an event object.
std::optional<EngineEvent> parseEvent(const QByteArray &json);
// The "message" of an error body, or the body itself when it is not JSON.
QString errorMessage(const QByteArray &body);

// Reads the engine's status text ("Up 5 minutes (healthy)", "Exited (137) 2 hours ago") back
// into when the state began, its exit code and health. Exposed for tests.
struct StatusParts
{
    QDateTime since;
    int exitCode = -1;
    ContainerSummary::Health health = ContainerSummary::Health::None;
};
StatusParts parseStatus(const QString &status, const QDateTime &now);

} // namespace DockerJson
