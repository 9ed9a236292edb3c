#include "ui/models/swarmtaskmodel.h"

#include "ui/models/containertablemodel.h"

#include <QDateTime>

SwarmTaskModel::SwarmTaskModel(QObject *parent)
    : SnapshotTableModel<SwarmTask>(parent)
{}

SwarmTaskModel::~SwarmTaskModel() = default;

int SwarmTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SwarmTaskModel::stateText(const QString &state)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("new"), QT_TR_NOOP("New")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("assigned"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("accepted"), QT_TR_NOOP("Accepted")},
        {QStringLiteral("preparing"), QT_TR_NOOP("Preparing")},
        {QStringLiteral("ready"), QT_TR_NOOP("Ready")},
        {QStringLiteral("starting"), QT_TR_NOOP("Starting")},
        {QStringLiteral("running"), QT_TR_NOOP("Running")},
        {QStringLiteral("complete"), QT_TR_NOOP("Complete")},
        {QStringLiteral("shutdown"), QT_TR_NOOP("Shut down")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("remove"), QT_TR_NOOP("Removing")},
        {QStringLiteral("orphaned"), QT_TR_NOOP("Orphaned")},
    };
    const char *word = words.value(state);
    return word ? tr(word) : state;
}

QVariant SwarmTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SwarmTask &t = itemAt(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case NodeIdRole:
        return t.nodeId;
    case ContainerIdRole:
        return t.containerId;
    case Qt::ToolTipRole:
        if (index.column() == CurrentState || index.column() == Error)
            return t.error.isEmpty() ? t.message : t.error;
        if (index.column() == Task)
            return t.id;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Task:
        if (sort)
            return t.slot;
        return t.slot > 0 ? QStringLiteral("%1.%2").arg(m_service).arg(t.slot)
                          : QStringLiteral("%1.%2").arg(m_service, t.nodeId.left(12));
    case Node:
        return m_hostnames.value(t.nodeId, t.nodeId.left(12));
    case DesiredState:
        return sort ? t.desiredState : stateText(t.desiredState);
    case CurrentState: {
        if (sort)
            return t.timestamp;
        const qint64 secs = qMax<qint64>(0, t.timestamp.secsTo(QDateTime::currentDateTimeUtc()));
        return t.timestamp.isValid()
                   ? tr("%1 %2").arg(stateText(t.state), ContainerTableModel::agoText(secs))
                   : stateText(t.state);
    }
    case Error:
        return t.error;
    case Container:
        return ContainerTableModel::shortId(t.containerId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SwarmTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Task:
        return tr("Task");
    case Node:
        return tr("Node");
    case DesiredState:
        return tr("Desired State");
    case CurrentState:
        return tr("Current State");
    case Error:
        return tr("Error");
    case Container:
        return tr("Container");
    case ColumnCount:
        break;
    }
    return {};
}

void SwarmTaskModel::setServiceName(const QString &name)
{
    if (name == m_service)
        return;
    m_service = name;
    allChanged();
}

void SwarmTaskModel::setNodeNames(const QHash<QString, QString> &hostnames)
{
    if (hostnames == m_hostnames)
        return;
    m_hostnames = hostnames;
    allChanged();
}

void SwarmTaskModel::retranslate()
{
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
