#pragma once

#include "core/engine/containerspec.h"
#include "core/engine/containersummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// One run of a container's health check, as the engine keeps it.
struct HealthCheckResult
{
    QDateTime start;
    QDateTime end;
    int exitCode = 0;
    QString output;

    bool operator==(const HealthCheckResult &) const = default;
};

struct HealthState
{
    ContainerSummary::Health status = ContainerSummary::Health::None;
    int failingStreak = 0;
    QList<HealthCheckResult> log; // oldest first, as the engine keeps them (a handful)

    bool operator==(const HealthState &) const = default;
};

// A mount as it is in a created container.
struct MountPoint
{
    QString type; // bind, volume, tmpfs
    QString name; // volume name
    QString source;
    QString destination;
    bool readWrite = true;

    bool operator==(const MountPoint &) const = default;
};

// What inspecting a container tells, engine-neutral, plus the engine's own JSON for people who
// want to read all of it.
struct ContainerDetails
{
    QString id;
    QString name;
    QString image;   // as the user named it
    QString imageId; // the image's id
    QDateTime created;

    ContainerSummary::State state = ContainerSummary::State::Unknown;
    QString stateText; // the engine's word for it
    int pid = 0;
    int exitCode = 0;
    bool oomKilled = false;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;
    int restartCount = 0;
    HealthState health;

    // The configuration it was created with, in the same shape a new one is asked for.
    ContainerSpec spec;
    QList<PortMapping> ports; // published, as they are bound now
    QList<MountPoint> mounts;
    QStringList networks;
    QString pod; // Podman: the pod it belongs to (id)
    // What only some engines tell, as (label, value) rows the details view lists in this order:
    // containerd's namespace, runtime and snapshotter, its compose and Kubernetes labels read
    // out. Labels are translated already.
    QList<QPair<QString, QString>> facts;

    QByteArray rawJson; // the engine's inspect answer, unchanged

    bool operator==(const ContainerDetails &) const = default;
};

Q_DECLARE_METATYPE(ContainerDetails)
