#pragma once

#include "core/engine/systeminfo.h"
#include "core/engine/volumeinfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

class NodeManager;
class NodeService;

// The volumes of every node as rows, keyed by node and name. Holds value snapshots of the
// volumes, changed only through the batches the NodeServices announce, and of each volume's
// size and use count, which the page hands in from the engines' disk usage (setUsage): the model
// itself asks no engine.
class VolumeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTableModel)

public:
    enum Column
    {
        Node,
        Name,
        Driver,
        Mountpoint,
        Size,
        Containers,
        Created,
        Labels,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        NodeIdRole,
        NodeNameRole,
        VolumeNameRole,
        SizeRole,     // qint64 bytes; -1 while not known
        RefCountRole, // int: containers using it; -1 while not known
    };

    explicit VolumeTableModel(QObject *parent = nullptr);
    ~VolumeTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const VolumeInfo &volumeAt(int row) const { return m_rows.at(row).volume; }
    QString nodeIdAt(int row) const { return m_rows.at(row).nodeId; }
    // Size and use count, -1 each while the node's disk usage has not said.
    VolumeUsage usageAt(int row) const;
    // Name, driver, mountpoint and labels, lowered and separated by U+001F: what a search word
    // is found in.
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }
    // The row of the node's volume, or -1.
    int rowOf(const QString &nodeId, const QString &name) const;

    // Follows the manager's nodes and their volumes by itself (null for none); the model does
    // not own it. The rows of a previous manager's nodes go.
    void setNodeManager(NodeManager *manager);

    void setNodeName(const QString &nodeId, const QString &name);
    QString nodeName(const QString &nodeId) const { return m_nodeNames.value(nodeId, nodeId); }

    // Replaces the node's volumes with these (other nodes' rows stay).
    void setVolumes(const QString &nodeId, const QList<VolumeInfo> &volumes);
    void addVolumes(const QString &nodeId, const QList<VolumeInfo> &volumes);
    void updateVolumes(const QString &nodeId, const QList<VolumeInfo> &volumes);
    void removeVolumes(const QString &nodeId, const QStringList &names);
    // The node's volumes' sizes and use counts, by name; a volume not in `usage` is unknown.
    void setUsage(const QString &nodeId, const QHash<QString, VolumeUsage> &usage);
    // Every row of the node.
    void removeNode(const QString &nodeId);

    // "Created" is shown relative to this clock; the model ticks it itself, and tests set it.
    void setNow(const QDateTime &now);
    void retranslate();

    // "a=1, b=2": labels as the table shows them, sorted by key.
    static QString labelsText(const QMap<QString, QString> &labels);

private:
    struct Row
    {
        QString nodeId;
        VolumeInfo volume;
        QString searchText;
    };
    static QString key(const QString &nodeId, const QString &name)
    {
        return nodeId + QChar(0x1f) + name;
    }
    static Row makeRow(const QString &nodeId, const VolumeInfo &volume);
    void appendRows(const QList<Row> &rows);
    void removeRowList(QList<int> rows);
    void reindexFrom(int row);
    void emitChanged(QList<int> rows, const QList<int> &roles = {});
    QList<int> rowsOfNode(const QString &nodeId) const;
    void onNodeAdded(NodeService *node);
    void onNodeAboutToBeRemoved(NodeService *node);

    QPointer<NodeManager> m_manager;
    QList<Row> m_rows;
    QHash<QString, int> m_index;                         // key(node, name) -> row
    QHash<QString, QHash<QString, VolumeUsage>> m_usage; // node -> name -> usage
    QHash<QString, QString> m_nodeNames;
    QDateTime m_now;
    QTimer m_clock;
};
