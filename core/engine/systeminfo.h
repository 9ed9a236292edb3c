#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

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
    QString serverVersion;
    QString storageDriver;
    QString cgroupVersion;
    QString cgroupDriver;
    QString rootDir;
    int containers = 0;
    int running = 0;
    int paused = 0;
    int stopped = 0;
    int images = 0;
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
