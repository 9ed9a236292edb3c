#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One sample of a container's resource use, computed as `docker stats` computes it.
struct ContainerStats
{
    QString id;
    QDateTime read;         // when the engine took the sample
    double cpuPercent = 0;  // of one CPU: 200 is two CPUs busy
    qint64 memoryUsage = 0; // without the page cache, as docker stats shows it
    qint64 memoryLimit = 0;
    double memoryPercent = 0;
    qint64 networkRx = 0; // bytes, all interfaces
    qint64 networkTx = 0;
    // False where the engine does not measure the network (containerd: cgroups v2, or a
    // container on the host's network), and networkRx/Tx say nothing.
    bool networkKnown = true;
    qint64 blockRead = 0; // bytes
    qint64 blockWrite = 0;
    int pids = 0;
    int onlineCpus = 0;
};

Q_DECLARE_METATYPE(ContainerStats)
