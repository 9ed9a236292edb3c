#pragma once

#include "core/engine/containerspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct PodContainer
{
    QString id;
    QString name;
    QString state;

    bool operator==(const PodContainer &) const = default;
};

// A pod as the pod list (and inspect) shows it (EngineCapabilities::pods).
struct PodInfo
{
    QString id;
    QString name;
    QString status; // Running, Stopped, Paused, Degraded, Exited, Created
    QDateTime created;
    QString infraId;
    QString hostname;
    QList<PodContainer> containers;
    QMap<QString, QString> labels;
    QStringList sharedNamespaces; // inspect only: "ipc", "net", "uts", ...
    QByteArray rawJson;           // inspect only

    bool operator==(const PodInfo &) const = default;
};

struct PodSpec
{
    QString name;
    QMap<QString, QString> labels;
    QString hostname;
    bool infra = true; // the infra container holds the shared namespaces
    QList<PortBinding> ports;
    // The namespaces its containers share ("ipc", "net", "pid", "uts", "cgroup"); empty: the
    // engine's default.
    QStringList share;
};

// One container's use in a pod, as the engine words it ("12.50%", "1.2MB / 3GB").
struct PodStatsEntry
{
    QString podId;
    QString containerId;
    QString name;
    double cpuPercent = 0;
    QString cpu;
    QString memory;
    QString memoryPercent;
    QString networkIo;
    QString blockIo;
    QString pids;
};

// What playing kube YAML made.
struct KubePlayReport
{
    QStringList podIds;
    QStringList containerIds;
    QStringList containerErrors; // containers made but not started, in the engine's words
};

Q_DECLARE_METATYPE(PodInfo)
