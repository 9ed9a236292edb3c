#pragma once

#include "core/engine/podinfo.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

class NodeManager;
class NodeService;

// The pods of every node as a tree: a row per pod (keyed by node and pod id), and under it a row
// per container of the pod, the infra container among them. Holds value snapshots, changed only
// through the batches the NodeServices announce (podsAdded, podsChanged, podsRemoved): a pod's
// containers are inserted, changed and removed under it in place. The shared namespaces, which
// only a pod's inspect tells, are handed in with setSharedNamespaces().
class PodTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodTreeModel)

public:
    enum Column
    {
        Name,
        Node,
        State,
        Containers,
        Infra,
        Shared,
        Created,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        NodeIdRole,
        PodIdRole,
        PodNameRole,
        ContainerIdRole, // empty on a pod's row
        ContainerNameRole,
        IsPodRole,       // bool
        StateRole,       // the state as the engine words it
        SearchRole,      // the names a search word is looked for in, lowered
        SharesKnownRole, // bool: setSharedNamespaces() was given the pod's
    };

    explicit PodTreeModel(QObject *parent = nullptr);
    ~PodTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Pod rows (top level).
    int podCount() const { return int(m_pods.size()); }
    const PodInfo &podAt(int row) const { return m_pods.at(row).pod; }
    QString nodeIdAt(int row) const { return m_pods.at(row).nodeId; }
    QStringList sharedNamespacesAt(int row) const { return m_pods.at(row).shares; }
    // The pod's row, or -1.
    int rowOf(const QString &nodeId, const QString &podId) const;
    QModelIndex podIndex(const QString &nodeId, const QString &podId, int column = 0) const;

    // Follows the manager's nodes and their pods by itself (null for none); the model does not
    // own it. The rows of a previous manager's nodes go.
    void setNodeManager(NodeManager *manager);

    void setNodeName(const QString &nodeId, const QString &name);
    QString nodeName(const QString &nodeId) const { return m_nodeNames.value(nodeId, nodeId); }
    // Replaces the node's pods with these (other nodes' rows stay).
    void setPods(const QString &nodeId, const QList<PodInfo> &pods);
    // Adds new pods and updates known ones (with their containers).
    void addPods(const QString &nodeId, const QList<PodInfo> &pods);
    void removePods(const QString &nodeId, const QStringList &ids);
    void removeNode(const QString &nodeId);
    void setSharedNamespaces(const QString &nodeId, const QString &podId,
                             const QStringList &namespaces);

    // "Created" is shown relative to this clock; the model ticks it itself, and tests set it.
    void setNow(const QDateTime &now);
    void retranslate();

    // A pod's or container's state as the engine words it, in the user's language.
    static QString stateText(const QString &state);

private:
    struct PodRow
    {
        QString nodeId;
        PodInfo pod;
        QStringList shares;
        bool sharesKnown = false;
        quintptr serial = 0; // a child index's internal id: stable while rows move
    };
    static QString key(const QString &nodeId, const QString &id)
    {
        return nodeId + QChar(0x1f) + id;
    }
    void updateChildren(int row, const QList<PodContainer> &containers);
    void reindex();
    void emitPodChanged(int row);
    void onNodeAdded(NodeService *node);
    QVariant podData(const PodRow &row, int column, int role) const;
    QVariant containerData(const PodRow &row, const PodContainer &c, int column, int role) const;

    QPointer<NodeManager> m_manager;
    QList<PodRow> m_pods;
    QHash<QString, int> m_index;       // key(node, pod id) -> row
    QHash<quintptr, int> m_serialRows; // serial -> row
    quintptr m_nextSerial = 1;
    QHash<QString, QString> m_nodeNames;
    QDateTime m_now;
    QTimer m_clock;
};
