#pragma once

#include "core/engine/enginecapabilities.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// Who answers at an endpoint: the engine's product, version and the API version in use.
struct EngineInfo
{
    enum class Kind
    {
        Unknown,
        Docker,
        Podman,
        Containerd
    };

    Kind kind = Kind::Unknown;
    QString name;             // "Docker Engine", "Podman Engine"
    QString version;          // engine version, e.g. 20.10.24
    QString apiVersion;       // Docker-compatible API version negotiated, e.g. 1.41
    QString nativeApiVersion; // the engine's own API beside the compatible one (libpod on Podman)
    QString revision;         // the engine's build revision, where it tells (containerd)
    QString os;
    QString arch;
    QString kernel;
    EngineCapabilities capabilities;
    // The engine's own command-line client with what reaches this engine ("docker -H URL
    // --tlsverify ...", "podman --remote --url URL"); empty where it cannot.
    QStringList clientCommand;

    bool operator==(const EngineInfo &) const = default;
};

Q_DECLARE_METATYPE(EngineInfo)
