#pragma once

#include "core/engine/swarmsecret.h"
#include "ui/models/snapshottablemodel.h"

// A swarm's secrets and configs in one table (ids are unique across both). A secret's data is
// never known; a config's is shown in its tooltip.
class SwarmSecretModel final : public SnapshotTableModel<SwarmSecret>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmSecretModel)

public:
    enum Column
    {
        Name,
        Kind,
        Stack,
        Labels,
        Created,
        Updated,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        KindRole // SwarmSecret::Kind as int
    };

    explicit SwarmSecretModel(QObject *parent = nullptr);
    ~SwarmSecretModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The secrets and configs the swarm has now, each list whole.
    void setSecrets(const QList<SwarmSecret> &secrets);
    void setConfigs(const QList<SwarmSecret> &configs);
    void retranslate();

    static QString kindText(SwarmSecret::Kind kind);

private:
    QList<SwarmSecret> m_secrets;
    QList<SwarmSecret> m_configs;
};
