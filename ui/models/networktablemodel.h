#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/networkinfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

class NodeManager;
class NodeService;

// The networks of every node as rows, keyed by node and network id. Holds value snapshots of
// the networks and of the nodes' containers (each container's networks, by name, to count the
// containers attached to each network), changed only through the batches the NodeServices
// announce.
class NetworkTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTableModel)

public:
    enum Column
    {
        Name,
        Node,
        Driver,
        Scope,
        Subnet,
        Gateway,
        Internal,
        Containers,
        Created,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        NodeIdRole,
        NodeNameRole,
        NetworkIdRole,
        NetworkNameRole,
        InUseRole,      // bool: a container (running or not) is attached
        UsersRole,      // int: how many containers are attached
        PredefinedRole, // bool: one of the engine's own (bridge, host, none, podman)
    };

    explicit NetworkTableModel(QObject *parent = nullptr);
    ~NetworkTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const NetworkInfo &networkAt(int row) const { return m_rows.at(row).network; }
    QString nodeIdAt(int row) const { return m_rows.at(row).nodeId; }
    // Name, driver, subnets and gateways, lowered and separated by U+001F.
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }
    int usersAt(int row) const;
    // The row of the network on the node, or -1.
    int rowOf(const QString &nodeId, const QString &networkId) const;
    // The row of the node's network with this name, or -1.
    int rowOfName(const QString &nodeId, const QString &name) const;
    // The names of the node's containers attached to the network named `name`, sorted.
    QStringList usersOf(const QString &nodeId, const QString &name) const;

    // Follows the manager's nodes, their networks and containers by itself (null for none); the
    // model does not own it.
    void setNodeManager(NodeManager *manager);

    void setNodeName(const QString &nodeId, const QString &name);
    QString nodeName(const QString &nodeId) const { return m_nodeNames.value(nodeId, nodeId); }

    // Replaces the node's networks with these (other nodes' rows stay).
    void setNetworks(const QString &nodeId, const QList<NetworkInfo> &networks);
    void addNetworks(const QString &nodeId, const QList<NetworkInfo> &networks);
    void removeNetworks(const QString &nodeId, const QStringList &ids);
    // The node's containers, for the counts of containers attached to each network.
    void setContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void addContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void removeContainers(const QString &nodeId, const QStringList &ids);
    void removeNode(const QString &nodeId);

    // "Created" is shown relative to this clock; the model ticks it itself, and tests set it.
    void setNow(const QDateTime &now);
    void retranslate();

    // "10.1.0.0/24, fd00::/64": the network's subnets as one text; the same for gateways.
    static QString subnetText(const NetworkInfo &network);
    static QString gatewayText(const NetworkInfo &network);

private:
    struct Row
    {
        QString nodeId;
        NetworkInfo network;
        QString subnets;
        QString gateways;
        QString searchText;
    };
    struct Attached
    {
        QString name; // the container's
        QStringList networks;
    };
    static QString key(const QString &nodeId, const QString &s) { return nodeId + QChar(0x1f) + s; }
    static Row makeRow(const QString &nodeId, const NetworkInfo &network);
    void removeRowList(QList<int> rows);
    void reindexFrom(int row);
    void emitChanged(QList<int> rows, const QList<int> &roles = {});
    void onNodeAdded(NodeService *node);

    QPointer<NodeManager> m_manager;
    QList<Row> m_rows;
    QHash<QString, int> m_index;                      // key(node, id) -> row
    QHash<QString, QString> m_byName;                 // key(node, name) -> network id
    QHash<QString, QHash<QString, Attached>> m_users; // node -> container id -> its networks
    QHash<QString, int> m_counts;                     // key(node, network name) -> containers
    QHash<QString, QString> m_nodeNames;
    QDateTime m_now;
    QTimer m_clock;
};
