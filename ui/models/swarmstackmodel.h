#pragma once

#include "core/engine/swarmstack.h"
#include "ui/models/snapshottablemodel.h"

// A swarm's stacks, one row each: how many services and tasks, and the networks, secrets and
// configs that carry the stack's label.
class SwarmStackModel final : public SnapshotTableModel<SwarmStack>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmStackModel)

public:
    enum Column
    {
        Name,
        Services,
        Tasks,
        Networks,
        Secrets,
        Configs,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1
    };

    explicit SwarmStackModel(QObject *parent = nullptr);
    ~SwarmStackModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // The members' names without the "stack_" the swarm puts before them.
    template<typename T>
    static QString namesText(const SwarmStack &stack, const QList<T> &members)
    {
        QStringList names;
        const QString prefix = stack.name + QLatin1Char('_');
        for (const T &m : members)
            names << (m.name.startsWith(prefix) ? m.name.mid(prefix.size()) : m.name);
        return names.join(QStringLiteral(", "));
    }
};
