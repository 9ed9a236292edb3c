#pragma once

#include "core/engine/containerstats.h"
#include "core/engine/containersummary.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

class NodeManager;
class NodeService;

// The containers of every node as rows, keyed by node and container id. Holds value snapshots
// and changes them only through the batches the NodeServices announce, so views keep their
// selection and scroll position.
class ContainerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTableModel)

public:
    enum Column
    {
        Name,
        Node,
        Image,
        State,
        Health,
        Status,
        Created,
        Ports,
        Cpu,
        Memory,
        Namespace, // the engine's namespace (containerd); hidden until chosen
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        IdRole,
        StateRole,  // ContainerSummary::State as int
        HealthRole, // ContainerSummary::Health as int
        NodeIdRole,
        NodeNameRole,
        NameRole,
        ImageRole,
        StatusTextRole, // uptime or exit code, in words
        PortsRole,
        CpuHistoryRole,    // QList<qreal>: the last CPU samples, in percent of one CPU
        MemoryHistoryRole, // QList<qreal>: the last memory samples, in percent of the limit
        HasStatsRole,      // bool: samples are coming in
        ProjectRole,       // the compose project it belongs to; empty for none
        ReadOnlyRole,      // bool: another tool manages it (ContainerSummary::readOnly)
        NamespaceRole,     // the engine's namespace holding it; empty where there are none
    };
    // The id as it is shown: 12 characters of it, after its namespace where it has one
    // ("default/0123456789ab").
    static QString shortId(const QString &id);
    // The mark a read-only container's name carries, and why.
    static QString readOnlyMark();
    // How many samples a row keeps for its sparklines.
    static constexpr int HistoryLength = 30;

    explicit ContainerTableModel(QObject *parent = nullptr);
    ~ContainerTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ContainerSummary &containerAt(int row) const { return m_rows.at(row).container; }
    // The row's name, image and labels (key=value), lowered and separated by U+001F: what the
    // search matches a word against with one case-sensitive search.
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }
    QString nodeIdAt(int row) const { return m_rows.at(row).nodeId; }
    // The compose project the row's container belongs to; empty for none.
    const QString &projectAt(int row) const { return m_rows.at(row).project; }
    int rowOf(const QString &nodeId, const QString &id) const
    {
        return m_index.value(key(nodeId, id), -1);
    }
    int runningCount() const;
    int unhealthyCount() const;

    // Follows the manager's nodes and their containers' batches by itself (null for none); the
    // model does not own it. The rows of a previous manager's nodes go.
    void setNodeManager(NodeManager *manager);

    // The name shown for a node's containers.
    void setNodeName(const QString &nodeId, const QString &name);
    QString nodeName(const QString &nodeId) const { return m_nodeNames.value(nodeId, nodeId); }

    // Replaces the node's rows with these (other nodes' rows stay).
    void setContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void addContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void updateContainers(const QString &nodeId, const QList<ContainerSummary> &containers);
    void removeContainers(const QString &nodeId, const QStringList &ids);
    // Every row of the node.
    void removeNode(const QString &nodeId);
    // A resource sample for one container; a container that stops forgets its samples.
    void addStats(const QString &nodeId, const ContainerStats &stats);

    // Relative times ("Up 5 minutes") are worked out against this clock; the model ticks it
    // itself, and tests set it.
    void setNow(const QDateTime &now);
    // Headers and state names in the language now installed.
    void retranslate();

    static QString stateText(ContainerSummary::State state);
    static QString healthText(ContainerSummary::Health health);
    static QColor stateColor(ContainerSummary::State state);
    static QColor healthColor(ContainerSummary::Health health);
    static QString durationText(qint64 seconds);
    // "just now", "5 minutes ago"
    static QString agoText(qint64 seconds);
    // The compose project a container belongs to, from the label docker compose and
    // podman-compose set (podman-compose also sets its own); empty for none.
    static QString composeProject(const ContainerSummary &c);
    QString statusText(const ContainerSummary &c) const;
    // The status without the health suffix (for views that show health on its own).
    QString stateDurationText(const ContainerSummary &c) const;

private:
    struct Row
    {
        QString nodeId;
        ContainerSummary container;
        QString searchText;
        QString project;
        bool hasStats = false;
        double cpuPercent = 0;
        qint64 memoryUsage = 0;
        qint64 memoryLimit = 0;
        QList<qreal> cpuHistory;
        QList<qreal> memoryHistory;
    };
    static QString key(const QString &nodeId, const QString &id)
    {
        return nodeId + QChar(0x1f) + id;
    }
    void reindexFrom(int row);
    static QString searchTextOf(const ContainerSummary &c);
    void refreshRelativeTimes();
    void flushStats();
    void removeRowList(QList<int> rows);
    void onNodeAdded(NodeService *node);
    void onNodeAboutToBeRemoved(NodeService *node);

    QPointer<NodeManager> m_manager;
    QList<Row> m_rows;
    QHash<QString, int> m_index; // key(node, id) -> row
    QHash<QString, QString> m_nodeNames;
    QDateTime m_now;
    QTimer m_clock;
    // Rows with samples not yet told to the views (by key): told together every StatsFlushMs.
    QSet<QString> m_statsPending;
    QTimer m_statsFlush;
};
