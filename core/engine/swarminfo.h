#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Where an engine stands in a Docker swarm, as its /info tells (every swarm node answers it),
// and the cluster itself where it is a manager (/swarm, managers only).
struct SwarmInfo
{
    enum class LocalState
    {
        Inactive, // not in a swarm
        Pending,
        Active,
        Error,
        Locked // a manager whose keys are locked (autolock)
    };
    struct RemoteManager
    {
        QString nodeId;
        QString address; // "host:2377"

        bool operator==(const RemoteManager &) const = default;
    };

    LocalState localState = LocalState::Inactive;
    QString nodeId;       // this engine's node in the swarm
    QString nodeAddress;  // the address it advertises
    bool manager = false; // ControlAvailable: cluster state can be read and changed here
    QString error;
    QList<RemoteManager> remoteManagers;
    int nodes = -1; // counts a manager's /info gives; -1 on a worker
    int managers = -1;

    // The cluster (a manager's /swarm); empty on a worker.
    QString clusterId;
    QString clusterName; // Spec.Name ("default" unless set)
    qint64 version = 0;  // Version.Index, for updates
    QDateTime created;
    QDateTime updated;
    qint64 dispatcherHeartbeatNs = 0;
    int raftElectionTick = 0;
    int raftHeartbeatTick = 0;
    qint64 raftSnapshotInterval = 0;
    int taskHistoryLimit = 0;
    qint64 nodeCertExpiryNs = 0;
    bool autoLockManagers = false;
    bool rootRotationInProgress = false;
    QList<QString> defaultAddressPool;
    int subnetSize = 0;
    int dataPathPort = 0;
    QString workerJoinToken;
    QString managerJoinToken;
    QByteArray specJson; // the cluster's whole Spec: an update (a token rotated) sends it back

    bool active() const { return localState == LocalState::Active; }
    // This cluster's fields with where `local` stands (the fields above the cluster's).
    SwarmInfo withLocalStateOf(const SwarmInfo &local) const
    {
        SwarmInfo merged = *this;
        merged.localState = local.localState;
        merged.nodeId = local.nodeId;
        merged.nodeAddress = local.nodeAddress;
        merged.manager = local.manager;
        merged.error = local.error;
        merged.remoteManagers = local.remoteManagers;
        merged.nodes = local.nodes;
        merged.managers = local.managers;
        return merged;
    }
    bool operator==(const SwarmInfo &) const = default;
};

Q_DECLARE_METATYPE(SwarmInfo)
