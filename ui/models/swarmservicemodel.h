#pragma once

#include "core/engine/swarmservice.h"
#include "ui/models/snapshottablemodel.h"

// The services of a swarm with their running and desired tasks and their last update.
class SwarmServiceModel final : public SnapshotTableModel<SwarmService>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmServiceModel)

public:
    enum Column
    {
        Name,
        Stack,
        Mode,
        Replicas,
        Image,
        Ports,
        UpdateStatus,
        Created,
        Updated,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        StackRole,
        // Everything the search matches, lower case.
        SearchRole
    };

    explicit SwarmServiceModel(QObject *parent = nullptr);
    ~SwarmServiceModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();
    // How far the update of one service has come (the service whose tasks are listed): `done`
    // of its desired tasks run its spec's image. Shown beside its update state while it updates
    // or rolls back; a negative `done` forgets it.
    void setUpdateProgress(const QString &serviceId, int done);

    static QString modeText(SwarmService::Mode mode);
    static QString replicasText(const SwarmService &service);
    static QString portsText(const QList<SwarmPort> &ports);
    static QString updateText(const SwarmService &service);

private:
    QString m_progressService;
    int m_progressDone = -1;
};
