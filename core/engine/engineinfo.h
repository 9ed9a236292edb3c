#pragma once

#include "core/engine/enginecapabilities.h"

#include <QMetaType>
#include <QString>

// Who answers at an endpoint: the engine's product, version and the API version in use.
struct EngineInfo
{
    enum class Kind
    {
        Unknown,
        Docker,
        Podman
    };

    Kind kind = Kind::Unknown;
    QString name;       // "Docker Engine", "Podman Engine"
    QString version;    // engine version, e.g. 20.10.24
    QString apiVersion; // Docker-compatible API version negotiated, e.g. 1.41
    QString libpodApiVersion;
    QString os;
    QString arch;
    QString kernel;
    EngineCapabilities capabilities;

    bool operator==(const EngineInfo &) const = default;
};

Q_DECLARE_METATYPE(EngineInfo)
