#include "ui/models/swarmstackmodel.h"

SwarmStackModel::SwarmStackModel(QObject *parent)
    : SnapshotTableModel<SwarmStack>(parent)
{}

SwarmStackModel::~SwarmStackModel() = default;

int SwarmStackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SwarmStackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SwarmStack &s = itemAt(index.row());
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Services:
            return namesText(s, s.services);
        case Tasks:
            return tr("Tasks running / asked for, across the stack's services");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return s.name;
    case Services:
        return int(s.services.size());
    case Tasks: {
        const int running = s.runningTasks();
        const int desired = s.desiredTasks();
        if (sort)
            return running;
        if (running < 0 || desired < 0)
            return QString();
        return tr("%1 / %2").arg(running).arg(desired);
    }
    case Networks:
        return namesText(s, s.networks);
    case Secrets:
        return namesText(s, s.secrets);
    case Configs:
        return namesText(s, s.configs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SwarmStackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Stack");
    case Services:
        return tr("Services");
    case Tasks:
        return tr("Tasks");
    case Networks:
        return tr("Networks");
    case Secrets:
        return tr("Secrets");
    case Configs:
        return tr("Configs");
    case ColumnCount:
        break;
    }
    return {};
}

void SwarmStackModel::retranslate()
{
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
