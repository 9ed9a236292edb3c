#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A namespace of an engine that keeps its objects in namespaces (containerd). One that another
// program manages (Docker's "moby") is shown, never acted on.
struct EngineNamespace
{
    QString name;
    QString managedBy; // "Docker" for moby; empty for the engine's own

    bool readOnly() const { return !managedBy.isEmpty(); }
    bool operator==(const EngineNamespace &) const = default;
};

// One of the engine's plugins that matters to its user: where images are unpacked (a storage
// plugin: containerd's snapshotters) and what runs containers (runtimes and their shims).
struct EnginePlugin
{
    enum class Kind
    {
        Storage,
        Runtime
    };
    enum class Status
    {
        Ok,
        Skipped, // not used on this machine (not configured, kernel support missing)
        Failed
    };
    Kind kind = Kind::Storage;
    QString name;
    Status status = Status::Ok;
    QString reason; // why it is skipped or failed, as the engine says it

    bool operator==(const EnginePlugin &) const = default;
};

// What a node is: the machine and the engine on it.
struct SystemInfo
{
    QString hostname;
    QString operatingSystem;
    QString osType;
    QString kernel;
    QString architecture;
    int cpus = 0;
    qint64 memoryBytes = 0;
    // Why cpus and memoryBytes are 0 where the engine does not give them (containerd on
    // another machine).
    QString machineUnknownReason;
    QString serverVersion;
    QString serverRevision; // the engine's build, where it tells (containerd)
    QString serverId;       // the engine's own id for itself (containerd's uuid)
    QString storageDriver;
    QString cgroupVersion;
    QString cgroupDriver;
    QString rootDir;
    // Counts, -1 where the engine does not count them (containerd).
    int containers = 0;
    int running = 0;
    int paused = 0;
    int stopped = 0;
    int images = 0;
    QList<EngineNamespace> namespaces; // empty for an engine without them
    QList<EnginePlugin> plugins;
    QStringList warnings;
    // The registries the engine tries, in order, for an image name without one (Podman's
    // unqualified-search-registries); empty where a short name means docker.io (Docker).
    QStringList searchRegistries;
    QByteArray rawJson;
};

// One volume's share of the disk, as the engine's disk usage reports it; -1 where the engine
// did not say (a driver that cannot size its volumes).
struct VolumeUsage
{
    qint64 size = -1;  // bytes
    int refCount = -1; // containers (running or not) that use it

    bool operator==(const VolumeUsage &) const = default;
};

// Disk use by kind, as `docker system df` sums it.
struct DiskUsage
{
    struct Part
    {
        int count = 0;
        int active = 0;  // in use by a container (or, for build cache, in use now)
        qint64 size = 0; // bytes
        qint64 reclaimable = 0;
    };
    Part images;
    Part containers;
    Part volumes;
    Part buildCache;
    QHash<QString, VolumeUsage> volumeUsage; // by volume name
};

Q_DECLARE_METATYPE(SystemInfo)
Q_DECLARE_METATYPE(DiskUsage)
