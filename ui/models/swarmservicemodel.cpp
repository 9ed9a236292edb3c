#include "ui/models/swarmservicemodel.h"

#include <QLocale>

#include <algorithm>
#include <utility>

SwarmServiceModel::SwarmServiceModel(QObject *parent)
    : SnapshotTableModel<SwarmService>(parent)
{}

SwarmServiceModel::~SwarmServiceModel() = default;

int SwarmServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SwarmServiceModel::modeText(SwarmService::Mode mode)
{
    switch (mode) {
    case SwarmService::Mode::Replicated:
        return tr("Replicated");
    case SwarmService::Mode::Global:
        return tr("Global");
    case SwarmService::Mode::ReplicatedJob:
        return tr("Replicated job");
    case SwarmService::Mode::GlobalJob:
        return tr("Global job");
    }
    return {};
}

QString SwarmServiceModel::replicasText(const SwarmService &s)
{
    if (s.runningTasks < 0 || s.desiredTasks < 0)
        return s.mode == SwarmService::Mode::Replicated ? QString::number(s.replicas) : QString();
    return tr("%1 / %2").arg(s.runningTasks).arg(s.desiredTasks);
}

QString SwarmServiceModel::portsText(const QList<SwarmPort> &ports)
{
    QStringList parts;
    for (const SwarmPort &p : ports) {
        QString text = p.published > 0 ? QStringLiteral("%1→%2").arg(p.published).arg(p.target)
                                       : QString::number(p.target);
        text += QLatin1Char('/') + p.protocol;
        if (p.hostMode)
            text += QLatin1Char(' ') + tr("(host)");
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

QString SwarmServiceModel::updateText(const SwarmService &s)
{
    using U = SwarmService::UpdateState;
    switch (s.updateState) {
    case U::None:
        return {};
    case U::Updating:
        return tr("Updating");
    case U::Paused:
        return tr("Update paused");
    case U::Completed:
        return tr("Updated");
    case U::RollbackStarted:
        return tr("Rolling back");
    case U::RollbackPaused:
        return tr("Rollback paused");
    case U::RollbackCompleted:
        return tr("Rolled back");
    }
    return {};
}

QVariant SwarmServiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SwarmService &s = itemAt(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StackRole:
        return s.stack();
    case SearchRole:
        return QStringList{s.name, s.stack(), s.imageName(), s.id}.join(QChar(0x1f)).toLower();
    case Qt::ToolTipRole:
        if (index.column() == Image)
            return s.image;
        if (index.column() == UpdateStatus)
            return s.updateMessage;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return s.name;
    case Stack:
        return s.stack();
    case Mode:
        return sort ? QVariant(int(s.mode)) : modeText(s.mode);
    case Replicas:
        return sort ? QVariant(s.desiredTasks >= 0 ? s.desiredTasks : s.replicas)
                    : QVariant(replicasText(s));
    case Image:
        return s.imageName();
    case Ports:
        return portsText(s.ports);
    case UpdateStatus:
        if (sort)
            return int(s.updateState);
        if (s.id == m_progressService && s.updating() && s.desiredTasks > 0)
            return tr("%1: %2 of %3 tasks")
                .arg(updateText(s))
                .arg(std::min(m_progressDone, s.desiredTasks))
                .arg(s.desiredTasks);
        return updateText(s);
    case Created:
        return sort ? QVariant(s.created)
                    : QVariant(locale.toString(s.created.toLocalTime(), QLocale::ShortFormat));
    case Updated:
        return sort ? QVariant(s.updated)
                    : QVariant(locale.toString(s.updated.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SwarmServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Stack:
        return tr("Stack");
    case Mode:
        return tr("Mode");
    case Replicas:
        return tr("Replicas");
    case Image:
        return tr("Image");
    case Ports:
        return tr("Ports");
    case UpdateStatus:
        return tr("Update");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void SwarmServiceModel::retranslate()
{
    allChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SwarmServiceModel::setUpdateProgress(const QString &serviceId, int done)
{
    const QString before = std::exchange(m_progressService, done >= 0 ? serviceId : QString());
    const int beforeDone = std::exchange(m_progressDone, done >= 0 ? done : -1);
    if (before == m_progressService && beforeDone == m_progressDone)
        return;
    QStringList changed{m_progressService};
    if (before != m_progressService)
        changed << before;
    for (const QString &id : std::as_const(changed)) {
        const int row = rowOf(id);
        if (!id.isEmpty() && row >= 0)
            Q_EMIT dataChanged(index(row, UpdateStatus), index(row, UpdateStatus));
    }
}
