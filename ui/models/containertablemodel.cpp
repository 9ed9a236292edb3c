#include "ui/models/containertablemodel.h"

#include <utility>

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace {

constexpr int ClockIntervalMs = 30000;
// Samples come about once a second from each running container's stream, each at its own
// moment: told to the views one by one, twenty containers on screen were twenty repaints a
// second (a window open at idle used 1.3 % of a core, most of it painting). Gathered, they are
// two.
constexpr int StatsFlushMs = 500;

QIcon dotIcon(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(color.rgba());
    if (it != cache.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(1, 1, 10, 10);
    painter.end();
    return *cache.insert(color.rgba(), QIcon(pixmap));
}

// Sort order for states: the ones needing attention and the live ones first.
int stateRank(ContainerSummary::State state)
{

    switch (state) {
    case ContainerSummary::State::Running:
        return 0;
    case ContainerSummary::State::Restarting:
        return 1;
    case ContainerSummary::State::Paused:
        return 2;
    case ContainerSummary::State::Created:
        return 3;
    case ContainerSummary::State::Exited:
        return 4;
    case ContainerSummary::State::Dead:
        return 5;
    case ContainerSummary::State::Removing:
        return 6;
    case ContainerSummary::State::Unknown:
        break;
    }
    return 7;
}

} // namespace

QColor ContainerTableModel::stateColor(ContainerSummary::State state)
{
    switch (state) {
    case ContainerSummary::State::Running:
        return QColor(0x2e, 0xa0, 0x43);
    case ContainerSummary::State::Paused:
    case ContainerSummary::State::Restarting:
        return QColor(0xd2, 0x99, 0x22);
    case ContainerSummary::State::Dead:
    case ContainerSummary::State::Removing:
        return QColor(0xcf, 0x22, 0x2e);
    case ContainerSummary::State::Created:
        return QColor(0x3b, 0x82, 0xf6);
    case ContainerSummary::State::Exited:
    case ContainerSummary::State::Unknown:
        break;
    }
    return QColor(0x8b, 0x94, 0x9e);
}

QColor ContainerTableModel::healthColor(ContainerSummary::Health health)
{
    switch (health) {
    case ContainerSummary::Health::Healthy:
        return QColor(0x2e, 0xa0, 0x43);
    case ContainerSummary::Health::Unhealthy:
        return QColor(0xcf, 0x22, 0x2e);
    case ContainerSummary::Health::Starting:
        return QColor(0xd2, 0x99, 0x22);
    case ContainerSummary::Health::None:
        break;
    }
    return {};
}

QString ContainerTableModel::healthText(ContainerSummary::Health health)
{
    switch (health) {
    case ContainerSummary::Health::Healthy:
        return tr("Healthy");
    case ContainerSummary::Health::Unhealthy:
        return tr("Unhealthy");
    case ContainerSummary::Health::Starting:
        return tr("Starting");
    case ContainerSummary::Health::None:
        break;
    }
    return {};
}

ContainerTableModel::ContainerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        refreshRelativeTimes();
    });
    m_clock.start();
    m_statsFlush.setSingleShot(true);
    m_statsFlush.setInterval(StatsFlushMs);
    connect(&m_statsFlush, &QTimer::timeout, this, &ContainerTableModel::flushStats);
}

ContainerTableModel::~ContainerTableModel() = default;

int ContainerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContainerTableModel::stateText(ContainerSummary::State state)
{
    switch (state) {
    case ContainerSummary::State::Created:
        return tr("Created");
    case ContainerSummary::State::Running:
        return tr("Running");
    case ContainerSummary::State::Paused:
        return tr("Paused");
    case ContainerSummary::State::Restarting:
        return tr("Restarting");
    case ContainerSummary::State::Removing:
        return tr("Removing");
    case ContainerSummary::State::Exited:
        return tr("Exited");
    case ContainerSummary::State::Dead:
        return tr("Dead");
    case ContainerSummary::State::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ContainerTableModel::durationText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n hour(s)", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 14)
        return tr("%n day(s)", nullptr, int(days));
    if (days < 60)
        return tr("%n week(s)", nullptr, int(days / 7));
    if (days < 730)
        return tr("%n month(s)", nullptr, int(days / 30));
    return tr("%n year(s)", nullptr, int(days / 365));
}

QString ContainerTableModel::agoText(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    return tr("%1 ago").arg(durationText(seconds));
}

QString ContainerTableModel::stateDurationText(const ContainerSummary &c) const
{
    // The model's clock ticks coarsely, so a container that started since the last tick is
    // "in the future": that is zero seconds old, not of unknown age.
    const qint64 age = c.since.isValid() ? qMax<qint64>(0, c.since.secsTo(m_now)) : -1;
    switch (c.state) {
    case ContainerSummary::State::Running:
        return age >= 0 ? tr("Up %1").arg(durationText(age)) : tr("Up");
    case ContainerSummary::State::Paused:
        return age >= 0 ? tr("Paused, up %1").arg(durationText(age)) : tr("Paused");
    case ContainerSummary::State::Exited:
        if (c.exitCode >= 0 && age >= 0)
            return tr("Exited (%1) %2").arg(c.exitCode).arg(agoText(age));
        if (c.exitCode >= 0)
            return tr("Exited (%1)").arg(c.exitCode);
        return c.status.isEmpty() ? tr("Exited") : c.status;
    case ContainerSummary::State::Created:
        return tr("Created");
    case ContainerSummary::State::Restarting:
        return c.exitCode >= 0 ? tr("Restarting (%1)").arg(c.exitCode) : tr("Restarting");
    case ContainerSummary::State::Removing:
        return tr("Removal in progress");
    case ContainerSummary::State::Dead:
        return tr("Dead");
    case ContainerSummary::State::Unknown:
        break;
    }
    return c.status;
}

QString ContainerTableModel::statusText(const ContainerSummary &c) const
{
    QString text = stateDurationText(c);
    switch (c.health) {
    case ContainerSummary::Health::Healthy:
        text += QLatin1Char(' ') + tr("(healthy)");
        break;
    case ContainerSummary::Health::Unhealthy:
        text += QLatin1Char(' ') + tr("(unhealthy)");
        break;
    case ContainerSummary::Health::Starting:
        text += QLatin1Char(' ') + tr("(health: starting)");
        break;
    case ContainerSummary::Health::None:
        break;
    }
    return text;
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ContainerSummary &c = row.container;
    switch (role) {
    case IdRole:
        return c.id;
    case StateRole:
        return int(c.state);
    case HealthRole:
        return int(c.health);
    case NodeIdRole:
        return row.nodeId;
    case NodeNameRole:
        return nodeName(row.nodeId);
    case NameRole:
        return c.name;
    case ImageRole:
        return c.image;
    case StatusTextRole:
        return stateDurationText(c);
    case PortsRole:
        return c.portsText();
    case CpuHistoryRole:
        return QVariant::fromValue(row.cpuHistory);
    case MemoryHistoryRole:
        return QVariant::fromValue(row.memoryHistory);
    case HasStatsRole:
        return row.hasStats;
    case ProjectRole:
        return row.project;
    case ReadOnlyRole:
        return c.readOnly;
    case NamespaceRole:
        return c.namespaceName;
    default:
        break;
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return c.readOnly ? c.name + QLatin1Char(' ') + readOnlyMark() : c.name;
        if (role == SortRole)
            return c.name.toLower();
        if (role == Qt::DecorationRole && c.readOnly)
            return QIcon::fromTheme(QStringLiteral("object-locked"));
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1\nID %2").arg(c.name, shortId(c.id));
            if (!c.namespaceName.isEmpty())
                tip += QLatin1Char('\n') + tr("Namespace %1").arg(c.namespaceName);
            if (c.readOnly)
                tip += QLatin1Char('\n') +
                       tr("Docker manages this container: act on it from the Docker node");
            return tip;
        }
        break;
    case Namespace:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.namespaceName;
        if (role == SortRole)
            return c.namespaceName.toLower();
        break;
    case Node:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return nodeName(row.nodeId);
        if (role == SortRole)
            return nodeName(row.nodeId).toLower();
        break;
    case Image:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.image;
        if (role == SortRole)
            return c.image.toLower();
        break;
    case State:
        if (role == Qt::DisplayRole)
            return stateText(c.state);
        if (role == Qt::DecorationRole)
            return dotIcon(stateColor(c.state));
        if (role == SortRole)
            return stateRank(c.state);
        break;
    case Health:
        if (role == Qt::DisplayRole)
            return healthText(c.health);
        if (role == Qt::DecorationRole && c.health != ContainerSummary::Health::None)
            return dotIcon(healthColor(c.health));
        if (role == SortRole) {
            // Unhealthy first, then starting, healthy, and containers without a check.
            static constexpr int rank[] = {3, 1, 2, 0};
            return rank[int(c.health)];
        }
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return stateDurationText(c);
        if (role == Qt::ToolTipRole)
            return c.status.isEmpty() ? statusText(c)
                                      : QString(statusText(c) + QLatin1Char('\n') + c.status);
        if (role == SortRole)
            return stateRank(c.state) * 1e12 - (c.since.isValid() ? c.since.toSecsSinceEpoch() : 0);
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return c.created.isValid() ? agoText(c.created.secsTo(m_now)) : QString();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(c.created.toLocalTime(), QLocale::LongFormat);
        if (role == SortRole)
            return c.created.isValid() ? c.created.toSecsSinceEpoch() : 0;
        break;
    case Ports:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return c.portsText();
        break;
    case Cpu:
        if (role == Qt::DisplayRole && row.hasStats)
            return QStringLiteral("%1 %").arg(QLocale().toString(row.cpuPercent, 'f', 1));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return row.hasStats ? row.cpuPercent : -1.0;
        break;
    case Memory:
        if (role == Qt::DisplayRole && row.hasStats)
            return QLocale().formattedDataSize(row.memoryUsage, 1,
                                               QLocale::DataSizeTraditionalFormat);
        if (role == Qt::ToolTipRole && row.hasStats && row.memoryLimit > 0)
            return tr("%1 of %2")
                .arg(QLocale().formattedDataSize(row.memoryUsage),
                     QLocale().formattedDataSize(row.memoryLimit));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return row.hasStats ? row.memoryUsage : qint64(-1);
        break;
    default:
        break;
    }
    return {};
}

void ContainerTableModel::addStats(const QString &nodeId, const ContainerStats &stats)
{
    const int r = m_index.value(key(nodeId, stats.id), -1);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    if (row.container.state != ContainerSummary::State::Running)
        return;
    row.hasStats = true;
    row.cpuPercent = stats.cpuPercent;
    row.memoryUsage = stats.memoryUsage;
    row.memoryLimit = stats.memoryLimit;
    row.cpuHistory.append(stats.cpuPercent);
    row.memoryHistory.append(stats.memoryPercent);
    while (row.cpuHistory.size() > HistoryLength)
        row.cpuHistory.removeFirst();
    while (row.memoryHistory.size() > HistoryLength)
        row.memoryHistory.removeFirst();
    m_statsPending.insert(key(nodeId, stats.id));
    if (!m_statsFlush.isActive())
        m_statsFlush.start();
}

void ContainerTableModel::flushStats()
{
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole,   SortRole,
                              CpuHistoryRole,  MemoryHistoryRole, HasStatsRole};
    const QSet<QString> pending = std::exchange(m_statsPending, {});
    for (const QString &k : pending) {
        const int r = m_index.value(k, -1);
        if (r < 0)
            continue;
        // The first column carries the sparklines (the tiles), the figures their own.
        Q_EMIT dataChanged(index(r, 0), index(r, 0), roles);
        Q_EMIT dataChanged(index(r, Cpu), index(r, Memory), roles);
    }
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Node:
        return tr("Node");
    case Image:
        return tr("Image");
    case State:
        return tr("State");
    case Health:
        return tr("Health");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case Ports:
        return tr("Ports");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("Memory");
    case Namespace:
        return tr("Namespace");
    default:
        break;
    }
    return {};
}

QString ContainerTableModel::shortId(const QString &id)
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return id.left(12);
    return id.left(slash + 1) + id.mid(slash + 1).left(12);
}

QString ContainerTableModel::readOnlyMark()
{
    return tr("(Docker)");
}

int ContainerTableModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.container.state == ContainerSummary::State::Running;
    }));
}

int ContainerTableModel::unhealthyCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.container.health == ContainerSummary::Health::Unhealthy;
    }));
}

void ContainerTableModel::setNodeManager(NodeManager *manager)
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
    connect(manager, &NodeManager::nodeAdded, this, &ContainerTableModel::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this,
            &ContainerTableModel::onNodeAboutToBeRemoved);
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
}

void ContainerTableModel::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    setNodeName(id, node->name());
    setContainers(id, node->containers());
    connect(node, &NodeService::containersAdded, this,
            [this, id](const QList<ContainerSummary> &list) { addContainers(id, list); });
    connect(node, &NodeService::containersChanged, this,
            [this, id](const QList<ContainerSummary> &list) { updateContainers(id, list); });
    connect(node, &NodeService::containersRemoved, this,
            [this, id](const QStringList &ids) { removeContainers(id, ids); });
}

void ContainerTableModel::onNodeAboutToBeRemoved(NodeService *node)
{
    node->disconnect(this);
    removeNode(node->id());
}

void ContainerTableModel::setNodeName(const QString &nodeId, const QString &name)
{
    if (m_nodeNames.value(nodeId) == name)
        return;
    m_nodeNames.insert(nodeId, name);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString ContainerTableModel::composeProject(const ContainerSummary &c)
{
    static const QString compose = QStringLiteral("com.docker.compose.project");
    static const QString podmanCompose = QStringLiteral("io.podman.compose.project");
    const auto it = c.labels.constFind(compose);
    if (it != c.labels.cend() && !it->isEmpty())
        return *it;
    return c.labels.value(podmanCompose);
}

QString ContainerTableModel::searchTextOf(const ContainerSummary &c)
{
    // Made on the node's thread as the rows came; a summary from elsewhere makes its own.
    return c.searchText.isEmpty() ? c.makeSearchText() : c.searchText;
}

void ContainerTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_index.insert(key(m_rows.at(i).nodeId, m_rows.at(i).container.id), i);
}

void ContainerTableModel::setContainers(const QString &nodeId,
                                        const QList<ContainerSummary> &containers)
{
    // Rows of this node that are no longer there go; the others are updated or added, so the
    // rest of the model (and the views' selection) stays put.
    QSet<QString> keep;
    for (const ContainerSummary &c : containers)
        keep.insert(c.id);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.nodeId == nodeId && !keep.contains(r.container.id))
            gone.append(r.container.id);
    }
    removeContainers(nodeId, gone);
    addContainers(nodeId, containers);
}

void ContainerTableModel::addContainers(const QString &nodeId,
                                        const QList<ContainerSummary> &containers)
{
    QList<Row> fresh;
    QList<ContainerSummary> known;
    for (const ContainerSummary &c : containers) {
        if (m_index.contains(key(nodeId, c.id)))
            known.append(c);
        else {
            Row row;
            row.nodeId = nodeId;
            row.container = c;
            row.searchText = searchTextOf(c);
            row.project = composeProject(c);
            fresh.append(row);
        }
    }
    if (!known.isEmpty())
        updateContainers(nodeId, known);
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    reindexFrom(first);
    endInsertRows();
}

void ContainerTableModel::updateContainers(const QString &nodeId,
                                           const QList<ContainerSummary> &containers)
{
    int top = INT_MAX;
    int bottom = -1;
    QList<int> rows;
    for (const ContainerSummary &c : containers) {
        const int row = m_index.value(key(nodeId, c.id), -1);
        if (row < 0 || m_rows.at(row).container == c)
            continue;
        Row &r = m_rows[row];
        r.container = c;
        r.searchText = searchTextOf(c);
        r.project = composeProject(c);
        if (c.state != ContainerSummary::State::Running) {
            r.hasStats = false;
            r.cpuHistory.clear();
            r.memoryHistory.clear();
        }
        rows.append(row);
        top = qMin(top, row);
        bottom = qMax(bottom, row);
    }
    if (rows.isEmpty())
        return;
    // Many changed rows: one ranged signal is cheaper than many.
    if (rows.size() > m_rows.size() / 2) {
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
        return;
    }
    for (const int row : rows)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerTableModel::removeContainers(const QString &nodeId, const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = m_index.value(key(nodeId, id), -1);
        if (row >= 0)
            rows.append(row);
    }
    removeRowList(rows);
}

void ContainerTableModel::removeNode(const QString &nodeId)
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nodeId == nodeId)
            rows.append(i);
    }
    removeRowList(rows);
    m_nodeNames.remove(nodeId);
}

void ContainerTableModel::removeRowList(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
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
        for (int r = first; r <= last; ++r)
            m_index.remove(key(m_rows.at(r).nodeId, m_rows.at(r).container.id));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }
    reindexFrom(rows.last());
}

void ContainerTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshRelativeTimes();
}

void ContainerTableModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Created),
                       {Qt::DisplayRole, SortRole, StatusTextRole});
}

void ContainerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
