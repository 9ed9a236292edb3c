#include "ui/models/swarmnodemodel.h"

#include <QFont>
#include <QLocale>

SwarmNodeModel::SwarmNodeModel(QObject *parent)
    : SnapshotTableModel<SwarmNode>(parent)
{}

SwarmNodeModel::~SwarmNodeModel() = default;

int SwarmNodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SwarmNodeModel::roleText(SwarmNode::Role role)
{
    return role == SwarmNode::Role::Manager ? tr("Manager") : tr("Worker");
}

QString SwarmNodeModel::availabilityText(SwarmNode::Availability availability)
{
    switch (availability) {
    case SwarmNode::Availability::Active:
        return tr("Active");
    case SwarmNode::Availability::Pause:
        return tr("Paused");
    case SwarmNode::Availability::Drain:
        return tr("Drained");
    }
    return {};
}

QString SwarmNodeModel::stateText(SwarmNode::State state)
{
    switch (state) {
    case SwarmNode::State::Ready:
        return tr("Ready");
    case SwarmNode::State::Down:
        return tr("Down");
    case SwarmNode::State::Disconnected:
        return tr("Disconnected");
    case SwarmNode::State::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString SwarmNodeModel::managerText(const SwarmNode &node)
{
    if (node.role != SwarmNode::Role::Manager)
        return {};
    if (node.leader)
        return tr("Leader");
    switch (node.reachability) {
    case SwarmNode::Reachability::Reachable:
        return tr("Reachable");
    case SwarmNode::Reachability::Unreachable:
        return tr("Unreachable");
    case SwarmNode::Reachability::Unknown:
        break;
    }
    return tr("Unknown");
}

QString SwarmNodeModel::labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

QVariant SwarmNodeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SwarmNode &n = itemAt(index.row());
    if (role == IdRole)
        return n.id;
    if (role == Qt::ToolTipRole && index.column() == Hostname) {
        const QString linked = m_linked.value(n.id);
        return linked.isEmpty() ? n.id
                                : tr("%1\nAlso the configured node \"%2\"").arg(n.id, linked);
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !n.message.isEmpty())
        return n.message;
    if (role == Qt::FontRole && index.column() == Hostname && m_linked.contains(n.id)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Hostname:
        return n.hostname;
    case Role:
        return sort ? QVariant(int(n.role)) : roleText(n.role);
    case Availability:
        return sort ? QVariant(int(n.availability)) : availabilityText(n.availability);
    case Status:
        return sort ? QVariant(int(n.state)) : stateText(n.state);
    case ManagerStatus:
        return managerText(n);
    case EngineVersion:
        return n.engineVersion;
    case Cpus:
        if (sort)
            return n.nanoCpus;
        return n.nanoCpus > 0 ? QLocale().toString(double(n.nanoCpus) / 1e9, 'g', 3) : QString();
    case Memory:
        if (sort)
            return n.memoryBytes;
        return n.memoryBytes > 0
                   ? QLocale().formattedDataSize(n.memoryBytes, 1, QLocale::DataSizeIecFormat)
                   : QString();
    case Labels:
        return labelsText(n.labels);
    case Address:
        return n.address;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SwarmNodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Hostname:
        return tr("Hostname");
    case Role:
        return tr("Role");
    case Availability:
        return tr("Availability");
    case Status:
        return tr("Status");
    case ManagerStatus:
        return tr("Manager Status");
    case EngineVersion:
        return tr("Engine");
    case Cpus:
        return tr("CPUs");
    case Memory:
        return tr("Memory");
    case Labels:
        return tr("Labels");
    case Address:
        return tr("Address");
    case ColumnCount:
        break;
    }
    return {};
}

void SwarmNodeModel::setLinkedNodes(const QHash<QString, QString> &namesBySwarmId)
{
    if (namesBySwarmId == m_linked)
        return;
    m_linked = namesBySwarmId;
    allChanged();
}

void SwarmNodeModel::retranslate()
{
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
