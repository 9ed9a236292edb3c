#include "ui/models/volumetablemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/models/containertablemodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

constexpr int ClockIntervalMs = 60000;

} // namespace

VolumeTableModel::VolumeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Created), index(int(m_rows.size()) - 1, Created),
                               {Qt::DisplayRole});
    });
    m_clock.start();
}

VolumeTableModel::~VolumeTableModel() = default;

QString VolumeTableModel::labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

VolumeTableModel::Row VolumeTableModel::makeRow(const QString &nodeId, const VolumeInfo &volume)
{
    Row row;
    row.nodeId = nodeId;
    row.volume = volume;
    const QChar sep(0x1f);
    row.searchText = (volume.name + sep + volume.driver + sep + volume.mountpoint + sep +
                      labelsText(volume.labels))
                         .toLower();
    return row;
}

int VolumeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VolumeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

VolumeUsage VolumeTableModel::usageAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_usage.value(r.nodeId).value(r.volume.name);
}

int VolumeTableModel::rowOf(const QString &nodeId, const QString &name) const
{
    return m_index.value(key(nodeId, name), -1);
}

QVariant VolumeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const VolumeInfo &volume = row.volume;
    switch (role) {
    case NodeIdRole:
        return row.nodeId;
    case NodeNameRole:
        return nodeName(row.nodeId);
    case VolumeNameRole:
        return volume.name;
    case SizeRole:
        return usageAt(index.row()).size;
    case RefCountRole:
        return usageAt(index.row()).refCount;
    default:
        break;
    }
    switch (index.column()) {
    case Node:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return nodeName(row.nodeId);
        if (role == SortRole)
            return nodeName(row.nodeId).toLower();
        break;
    case Name:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return volume.name;
        if (role == SortRole)
            return volume.name.toLower();
        break;
    case Driver:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return volume.driver;
        if (role == SortRole)
            return volume.driver.toLower();
        break;
    case Mountpoint:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return volume.mountpoint;
        if (role == SortRole)
            return volume.mountpoint;
        break;
    case Size: {
        const qint64 size = usageAt(index.row()).size;
        if (role == Qt::DisplayRole)
            return size < 0 ? QString()
                            : QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat);
        if (role == Qt::ToolTipRole)
            return size < 0 ? tr("Not measured: the engine has not said")
                            : tr("%1 bytes").arg(QLocale().toString(size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return size;
        break;
    }
    case Containers: {
        const int users = usageAt(index.row()).refCount;
        if (role == Qt::DisplayRole)
            return users < 0 ? QVariant(QString()) : QVariant(users);
        if (role == Qt::ToolTipRole)
            return users < 0    ? tr("Not counted: the engine has not said")
                   : users == 0 ? tr("No container uses this volume")
                                : tr("%n container(s) use this volume", nullptr, users);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return users;
        break;
    }
    case Created:
        if (role == Qt::DisplayRole)
            return volume.created.isValid()
                       ? ContainerTableModel::agoText(qMax<qint64>(0, volume.created.secsTo(m_now)))
                       : QString();
        if (role == Qt::ToolTipRole)
            return volume.created.isValid()
                       ? QLocale().toString(volume.created.toLocalTime(), QLocale::LongFormat)
                       : QString();
        if (role == SortRole)
            return volume.created.isValid() ? volume.created.toSecsSinceEpoch() : qint64(0);
        break;
    case Labels:
        if (role == Qt::DisplayRole)
            return labelsText(volume.labels);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (auto it = volume.labels.cbegin(); it != volume.labels.cend(); ++it)
                lines << it.key() + QLatin1Char('=') + it.value();
            return lines.join(QLatin1Char('\n'));
        }
        if (role == SortRole)
            return labelsText(volume.labels).toLower();
        break;
    default:
        break;
    }
    return {};
}

QVariant VolumeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Node:
        return tr("Node");
    case Name:
        return tr("Name");
    case Driver:
        return tr("Driver");
    case Mountpoint:
        return tr("Mountpoint");
    case Size:
        return tr("Size");
    case Containers:
        return tr("Containers");
    case Created:
        return tr("Created");
    case Labels:
        return tr("Labels");
    default:
        break;
    }
    return {};
}

// ---- nodes ----

void VolumeTableModel::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes()) {
            node->disconnect(this);
            removeNode(node->id());
        }
    }
    m_manager = manager;
    if (!manager)
        return;
    connect(manager, &NodeManager::nodeAdded, this, &VolumeTableModel::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this,
            &VolumeTableModel::onNodeAboutToBeRemoved);
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
}

void VolumeTableModel::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    setNodeName(id, node->name());
    setVolumes(id, node->volumes());
    connect(node, &NodeService::volumesAdded, this,
            [this, id](const QList<VolumeInfo> &list) { addVolumes(id, list); });
    connect(node, &NodeService::volumesChanged, this,
            [this, id](const QList<VolumeInfo> &list) { updateVolumes(id, list); });
    connect(node, &NodeService::volumesRemoved, this,
            [this, id](const QStringList &names) { removeVolumes(id, names); });
}

void VolumeTableModel::onNodeAboutToBeRemoved(NodeService *node)
{
    node->disconnect(this);
    removeNode(node->id());
}

QList<int> VolumeTableModel::rowsOfNode(const QString &nodeId) const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nodeId == nodeId)
            rows.append(i);
    }
    return rows;
}

void VolumeTableModel::setNodeName(const QString &nodeId, const QString &name)
{
    if (m_nodeNames.value(nodeId) == name)
        return;
    m_nodeNames.insert(nodeId, name);
    emitChanged(rowsOfNode(nodeId));
}

void VolumeTableModel::removeNode(const QString &nodeId)
{
    removeRowList(rowsOfNode(nodeId));
    m_usage.remove(nodeId);
    m_nodeNames.remove(nodeId);
}

// ---- volumes ----

void VolumeTableModel::setVolumes(const QString &nodeId, const QList<VolumeInfo> &volumes)
{
    QSet<QString> keep;
    for (const VolumeInfo &v : volumes)
        keep.insert(v.name);
    QStringList gone;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.nodeId == nodeId && !keep.contains(row.volume.name))
            gone.append(row.volume.name);
    }
    removeVolumes(nodeId, gone);
    addVolumes(nodeId, volumes);
}

void VolumeTableModel::addVolumes(const QString &nodeId, const QList<VolumeInfo> &volumes)
{
    QList<Row> fresh;
    QList<VolumeInfo> known;
    QSet<QString> seen;
    for (const VolumeInfo &volume : volumes) {
        if (m_index.contains(key(nodeId, volume.name))) {
            known.append(volume);
            continue;
        }
        if (seen.contains(volume.name))
            continue;
        seen.insert(volume.name);
        fresh.append(makeRow(nodeId, volume));
    }
    if (!known.isEmpty())
        updateVolumes(nodeId, known);
    appendRows(fresh);
}

void VolumeTableModel::updateVolumes(const QString &nodeId, const QList<VolumeInfo> &volumes)
{
    QList<int> rows;
    QList<VolumeInfo> unknown;
    for (const VolumeInfo &volume : volumes) {
        const int row = rowOf(nodeId, volume.name);
        if (row < 0) {
            unknown.append(volume);
            continue;
        }
        if (m_rows.at(row).volume == volume)
            continue;
        m_rows[row] = makeRow(nodeId, volume);
        rows.append(row);
    }
    emitChanged(rows);
    if (!unknown.isEmpty())
        addVolumes(nodeId, unknown);
}

void VolumeTableModel::removeVolumes(const QString &nodeId, const QStringList &names)
{
    QList<int> rows;
    const auto usage = m_usage.find(nodeId);
    for (const QString &name : names) {
        const int row = rowOf(nodeId, name);
        if (row >= 0)
            rows.append(row);
        if (usage != m_usage.end())
            usage->remove(name);
    }
    removeRowList(rows);
}

void VolumeTableModel::setUsage(const QString &nodeId, const QHash<QString, VolumeUsage> &usage)
{
    const QHash<QString, VolumeUsage> before = m_usage.value(nodeId);
    m_usage.insert(nodeId, usage);
    QList<int> rows;
    for (const int row : rowsOfNode(nodeId)) {
        const QString &name = m_rows.at(row).volume.name;
        if (before.value(name) != usage.value(name))
            rows.append(row);
    }
    emitChanged(rows, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SizeRole, RefCountRole});
}

void VolumeTableModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    reindexFrom(first);
    endInsertRows();
}

void VolumeTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        m_index.insert(key(r.nodeId, r.volume.name), i);
    }
}

void VolumeTableModel::removeRowList(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs from the bottom up, so earlier row numbers stay valid.
    int i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        int j = i + 1;
        while (j < rows.size() && rows.at(j) == first - 1) {
            first = rows.at(j);
            ++j;
        }
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const Row &row = m_rows.at(r);
            m_index.remove(key(row.nodeId, row.volume.name));
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }
    reindexFrom(rows.last());
}

void VolumeTableModel::emitChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const int top = rows.first();
    const int bottom = rows.last();
    // Many changed rows: one ranged signal is cheaper than many.
    if (rows.size() > m_rows.size() / 2) {
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1), roles);
        return;
    }
    for (const int row : std::as_const(rows))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

// ---- clock and language ----

void VolumeTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(int(m_rows.size()) - 1, Created),
                           {Qt::DisplayRole});
}

void VolumeTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
