#pragma once

#include "core/engine/engineresults.h"
#include "core/engine/networkinfo.h"
#include "core/engine/volumeinfo.h"

#include <QByteArray>
#include <optional>

// The volume and network payloads of the Docker-compatible API.
namespace DockerResourceJson {

std::optional<QList<VolumeInfo>> parseVolumeList(const QByteArray &json);
std::optional<VolumeInfo> parseVolume(const QByteArray &json);
QByteArray volumeCreateBody(const VolumeSpec &spec);

std::optional<QList<NetworkInfo>> parseNetworkList(const QByteArray &json);
std::optional<NetworkInfo> parseNetwork(const QByteArray &json);
QByteArray networkCreateBody(const NetworkSpec &spec);

} // namespace DockerResourceJson
