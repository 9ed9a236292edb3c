#pragma once

#include "core/engine/swarmnode.h"
#include "ui/models/snapshottablemodel.h"

// The machines of a swarm, as one of its managers lists them.
class SwarmNodeModel final : public SnapshotTableModel<SwarmNode>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmNodeModel)

public:
    enum Column
    {
        Hostname,
        Role,
        Availability,
        Status,
        ManagerStatus,
        EngineVersion,
        Cpus,
        Memory,
        Labels,
        Address,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1, // the raw value to sort by
        IdRole
    };

    explicit SwarmNodeModel(QObject *parent = nullptr);
    ~SwarmNodeModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The swarm node ids that are also configured Gontainer nodes, marked as such.
    void setLinkedNodes(const QHash<QString, QString> &namesBySwarmId);
    void retranslate();

    static QString roleText(SwarmNode::Role role);
    static QString availabilityText(SwarmNode::Availability availability);
    static QString stateText(SwarmNode::State state);
    static QString managerText(const SwarmNode &node);
    static QString labelsText(const QMap<QString, QString> &labels);

private:
    QHash<QString, QString> m_linked;
};
