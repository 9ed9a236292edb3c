#pragma once

#include "core/engine/swarmtask.h"
#include "ui/models/snapshottablemodel.h"

// The tasks of one service: where each runs, what it should be and what it is.
class SwarmTaskModel final : public SnapshotTableModel<SwarmTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmTaskModel)

public:
    enum Column
    {
        Task,
        Node,
        DesiredState,
        CurrentState,
        Error,
        Container,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        NodeIdRole,
        ContainerIdRole
    };

    explicit SwarmTaskModel(QObject *parent = nullptr);
    ~SwarmTaskModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The service the tasks are of (names them "service.slot").
    void setServiceName(const QString &name);
    // Hostnames of the swarm's nodes by id.
    void setNodeNames(const QHash<QString, QString> &hostnames);
    void retranslate();

    static QString stateText(const QString &state);

private:
    QString m_service;
    QHash<QString, QString> m_hostnames;
};
