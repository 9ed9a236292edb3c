#pragma once

#include "core/engine/containerspec.h"

#include <QString>
#include <optional>

// Reads what people type for container settings, as the docker and podman CLIs accept it. Each
// parser answers the value, or nullopt with a message that says what is wrong and how it
// should look. Shared by the command line and the create dialog.
namespace SpecText {

// "512m", "1.5g", "100k", "1024" (bytes); binary units as docker uses them.
std::optional<qint64> parseMemory(const QString &text, QString *error);
// "1.5" CPUs, to nano-CPUs.
std::optional<qint64> parseCpus(const QString &text, QString *error);
// Go durations: "30s", "1m30s", "500ms", "2h"; a bare number is seconds. In milliseconds.
std::optional<qint64> parseDuration(const QString &text, QString *error);
// "8080:80", "127.0.0.1:8080:80/udp", "80" (engine picks the host port), ":80".
std::optional<PortBinding> parsePort(const QString &text, QString *error);
// "/host/path:/in/container[:ro]" (bind), "name:/in/container[:ro]" (volume),
// "/in/container" (anonymous volume).
std::optional<MountSpec> parseVolume(const QString &text, QString *error);
// "KEY=VALUE"; "KEY" alone takes the value from this process's environment, as docker -e does.
std::optional<QString> parseEnv(const QString &text, QString *error);
// "no", "always", "unless-stopped", "on-failure[:N]".
std::optional<RestartPolicy> parseRestart(const QString &text, QString *error);

} // namespace SpecText
