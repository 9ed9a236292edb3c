#include "ui/models/podtreemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/models/containertablemodel.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace {

constexpr int ClockIntervalMs = 60000;

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

// Pods and their containers word their states alike, in either case.
ContainerSummary::State containerState(const QString &state)
{
    using S = ContainerSummary::State;
    const QString s = state.toLower();
    if (s == QLatin1String("running"))
        return S::Running;
    if (s == QLatin1String("paused"))
        return S::Paused;
    if (s == QLatin1String("created") || s == QLatin1String("configured") ||
        s == QLatin1String("initialized"))
        return S::Created;
    if (s == QLatin1String("exited") || s == QLatin1String("stopped") ||
        s == QLatin1String("stopping"))
        return S::Exited;
    if (s == QLatin1String("removing"))
        return S::Removing;
    if (s == QLatin1String("restarting"))
        return S::Restarting;
    if (s == QLatin1String("dead") || s == QLatin1String("error"))
        return S::Dead;
    return S::Unknown;
}

int stateRank(const QString &state)
{
    if (state.compare(QLatin1String("degraded"), Qt::CaseInsensitive) == 0)
        return 1;
    static constexpr int rank[] = {7, 3, 0, 2, 1, 5, 4, 6}; // by ContainerSummary::State
    return rank[int(containerState(state))];
}

QColor stateColor(const QString &state)
{
    if (state.compare(QLatin1String("degraded"), Qt::CaseInsensitive) == 0)
        return QColor(0xe0, 0x8a, 0x00); // some running, some not
    return ContainerTableModel::stateColor(containerState(state));
}

} // namespace

PodTreeModel::PodTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        if (!m_pods.isEmpty())
            Q_EMIT dataChanged(index(0, Created), index(int(m_pods.size()) - 1, Created),
                               {Qt::DisplayRole});
    });
    m_clock.start();
}

PodTreeModel::~PodTreeModel() = default;

QString PodTreeModel::stateText(const QString &state)
{
    const QString s = state.toLower();
    if (s == QLatin1String("degraded"))
        return tr("Degraded");
    if (s == QLatin1String("stopped"))
        return tr("Stopped");
    const ContainerSummary::State known = containerState(state);
    if (known == ContainerSummary::State::Unknown)
        return state;
    return ContainerTableModel::stateText(known);
}

QModelIndex PodTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_pods.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_pods.size())
        return {};
    const PodRow &pod = m_pods.at(parent.row());
    if (row >= pod.pod.containers.size())
        return {};
    return createIndex(row, column, pod.serial);
}

QModelIndex PodTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_serialRows.value(child.internalId(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int PodTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pods.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_pods.at(parent.row()).pod.containers.size());
}

int PodTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int PodTreeModel::rowOf(const QString &nodeId, const QString &podId) const
{
    return m_index.value(key(nodeId, podId), -1);
}

QModelIndex PodTreeModel::podIndex(const QString &nodeId, const QString &podId, int column) const
{
    const int row = rowOf(nodeId, podId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QVariant PodTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return podData(m_pods.at(index.row()), index.column(), role);
    const int podRow = m_serialRows.value(index.internalId(), -1);
    if (podRow < 0)
        return {};
    const PodRow &pod = m_pods.at(podRow);
    return containerData(pod, pod.pod.containers.at(index.row()), index.column(), role);
}

QVariant PodTreeModel::podData(const PodRow &row, int column, int role) const
{
    const PodInfo &p = row.pod;
    switch (role) {
    case NodeIdRole:
        return row.nodeId;
    case PodIdRole:
        return p.id;
    case PodNameRole:
        return p.name;
    case ContainerIdRole:
    case ContainerNameRole:
        return QString();
    case IsPodRole:
        return true;
    case StateRole:
        return p.status;
    case SharesKnownRole:
        return row.sharesKnown;
    case SearchRole: {
        QString text = p.name;
        for (const PodContainer &c : p.containers)
            text += QChar(0x1f) + c.name;
        return text.toLower();
    }
    default:
        break;
    }
    // Containers other than the infra one: what the user put in the pod.
    const auto own = int(std::count_if(p.containers.cbegin(), p.containers.cend(),
                                       [&](const PodContainer &c) { return c.id != p.infraId; }));
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return role == SortRole ? p.name.toLower() : p.name;
        break;
    case Node:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return nodeName(row.nodeId);
        if (role == SortRole)
            return nodeName(row.nodeId).toLower();
        break;
    case State:
        if (role == Qt::DisplayRole)
            return stateText(p.status);
        if (role == Qt::DecorationRole)
            return dotIcon(stateColor(p.status));
        if (role == SortRole)
            return stateRank(p.status);
        break;
    case Containers:
        if (role == Qt::DisplayRole || role == SortRole)
            return own;
        if (role == Qt::ToolTipRole)
            return tr("%n container(s), besides the infra container", nullptr, own);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Infra:
        if (role == Qt::DisplayRole)
            return p.infraId.isEmpty() ? tr("None") : p.infraId.left(12);
        if (role == Qt::ToolTipRole)
            return p.infraId.isEmpty()
                       ? tr("No infra container: the pod's containers share no namespaces")
                       : tr("The infra container %1 holds the shared namespaces").arg(p.infraId);
        if (role == SortRole)
            return p.infraId;
        break;
    case Shared:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.shares.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole && !row.shares.isEmpty())
            return tr("The pod's containers share these namespaces: %1")
                .arg(row.shares.join(QStringLiteral(", ")));
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return p.created.isValid()
                       ? ContainerTableModel::agoText(qMax<qint64>(0, p.created.secsTo(m_now)))
                       : QString();
        if (role == Qt::ToolTipRole)
            return p.created.isValid()
                       ? QLocale().toString(p.created.toLocalTime(), QLocale::LongFormat)
                       : QString();
        if (role == SortRole)
            return p.created.isValid() ? p.created.toSecsSinceEpoch() : qint64(0);
        break;
    default:
        break;
    }
    return {};
}

QVariant PodTreeModel::containerData(const PodRow &row, const PodContainer &c, int column,
                                     int role) const
{
    const bool infra = !c.id.isEmpty() && c.id == row.pod.infraId;
    switch (role) {
    case NodeIdRole:
        return row.nodeId;
    case PodIdRole:
        return row.pod.id;
    case PodNameRole:
        return row.pod.name;
    case ContainerIdRole:
        return c.id;
    case ContainerNameRole:
        return c.name;
    case IsPodRole:
    case SharesKnownRole:
        return false;
    case StateRole:
        return c.state;
    case SearchRole:
        return c.name.toLower();
    default:
        break;
    }
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.name;
        if (role == SortRole)
            return c.name.toLower();
        break;
    case Node:
        if (role == Qt::DisplayRole)
            return nodeName(row.nodeId);
        if (role == SortRole)
            return nodeName(row.nodeId).toLower();
        break;
    case State:
        if (role == Qt::DisplayRole)
            return stateText(c.state);
        if (role == Qt::DecorationRole)
            return dotIcon(stateColor(c.state));
        if (role == SortRole)
            return stateRank(c.state);
        break;
    case Infra:
        if (role == Qt::DisplayRole)
            return infra ? tr("Infra") : c.id.left(12);
        if (role == Qt::ToolTipRole)
            return c.id;
        if (role == SortRole)
            return infra ? 0 : 1;
        break;
    default:
        break;
    }
    return {};
}

QVariant PodTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Node:
        return tr("Node");
    case State:
        return tr("State");
    case Containers:
        return tr("Containers");
    case Infra:
        return tr("Infra");
    case Shared:
        return tr("Shared namespaces");
    case Created:
        return tr("Created");
    default:
        break;
    }
    return {};
}

void PodTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_pods.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_pods.size()) - 1, ColumnCount - 1));
    for (int row = 0; row < m_pods.size(); ++row) {
        const int children = int(m_pods.at(row).pod.containers.size());
        if (children > 0) {
            const QModelIndex parent = index(row, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
        }
    }
}

void PodTreeModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_pods.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(int(m_pods.size()) - 1, Created),
                           {Qt::DisplayRole});
}

// ---- nodes ----

void PodTreeModel::setNodeManager(NodeManager *manager)
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
    connect(manager, &NodeManager::nodeAdded, this, &PodTreeModel::onNodeAdded);
    connect(manager, &NodeManager::nodeChanged, this,
            [this](NodeService *node) { setNodeName(node->id(), node->name()); });
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
        node->disconnect(this);
        removeNode(node->id());
    });
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
}

void PodTreeModel::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    setNodeName(id, node->name());
    setPods(id, node->pods());
    connect(node, &NodeService::podsAdded, this,
            [this, id](const QList<PodInfo> &list) { addPods(id, list); });
    connect(node, &NodeService::podsChanged, this,
            [this, id](const QList<PodInfo> &list) { addPods(id, list); });
    connect(node, &NodeService::podsRemoved, this,
            [this, id](const QStringList &ids) { removePods(id, ids); });
}

void PodTreeModel::setNodeName(const QString &nodeId, const QString &name)
{
    if (m_nodeNames.value(nodeId) == name)
        return;
    m_nodeNames.insert(nodeId, name);
    for (int row = 0; row < m_pods.size(); ++row) {
        if (m_pods.at(row).nodeId == nodeId)
            Q_EMIT dataChanged(index(row, Node), index(row, Node));
    }
}

void PodTreeModel::removeNode(const QString &nodeId)
{
    QStringList ids;
    for (const PodRow &row : std::as_const(m_pods)) {
        if (row.nodeId == nodeId)
            ids << row.pod.id;
    }
    removePods(nodeId, ids);
    m_nodeNames.remove(nodeId);
}

// ---- pods ----

void PodTreeModel::setPods(const QString &nodeId, const QList<PodInfo> &pods)
{
    QSet<QString> keep;
    for (const PodInfo &p : pods)
        keep.insert(p.id);
    QStringList gone;
    for (const PodRow &row : std::as_const(m_pods)) {
        if (row.nodeId == nodeId && !keep.contains(row.pod.id))
            gone << row.pod.id;
    }
    removePods(nodeId, gone);
    addPods(nodeId, pods);
}

void PodTreeModel::addPods(const QString &nodeId, const QList<PodInfo> &pods)
{
    QList<PodRow> fresh;
    for (const PodInfo &p : pods) {
        const int row = rowOf(nodeId, p.id);
        if (row < 0) {
            PodRow r;
            r.nodeId = nodeId;
            r.pod = p;
            r.pod.rawJson.clear();
            if (!p.sharedNamespaces.isEmpty()) {
                r.shares = p.sharedNamespaces;
                r.shares.sort();
                r.sharesKnown = true;
            }
            fresh << r;
            continue;
        }
        PodRow &r = m_pods[row];
        if (r.pod.name == p.name && r.pod.status == p.status && r.pod.created == p.created &&
            r.pod.infraId == p.infraId && r.pod.labels == p.labels &&
            r.pod.containers == p.containers)
            continue;
        updateChildren(row, p.containers);
        PodRow &again = m_pods[row];
        const QList<PodContainer> containers = again.pod.containers;
        again.pod = p;
        again.pod.containers = containers;
        again.pod.rawJson.clear();
        emitPodChanged(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_pods.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (PodRow &r : fresh) {
        r.serial = m_nextSerial++;
        m_index.insert(key(nodeId, r.pod.id), int(m_pods.size()));
        m_serialRows.insert(r.serial, int(m_pods.size()));
        m_pods.append(r);
    }
    endInsertRows();
}

void PodTreeModel::updateChildren(int row, const QList<PodContainer> &containers)
{
    const QModelIndex parent = index(row, 0);
    // Gone ones first (from the bottom, runs of neighbours at once), then those kept change in
    // place, then the new ones come at the end.
    QSet<QString> wanted;
    for (const PodContainer &c : containers)
        wanted.insert(c.id);
    for (int i = int(m_pods.at(row).pod.containers.size()) - 1; i >= 0;) {
        if (wanted.contains(m_pods.at(row).pod.containers.at(i).id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(m_pods.at(row).pod.containers.at(first - 1).id))
            --first;
        beginRemoveRows(parent, first, i);
        m_pods[row].pod.containers.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    QHash<QString, PodContainer> byId;
    for (const PodContainer &c : containers)
        byId.insert(c.id, c);
    QList<PodContainer> &have = m_pods[row].pod.containers;
    QSet<QString> known;
    for (int i = 0; i < have.size(); ++i) {
        known.insert(have.at(i).id);
        const PodContainer now = byId.value(have.at(i).id);
        if (now == have.at(i))
            continue;
        have[i] = now;
        Q_EMIT dataChanged(index(i, 0, parent), index(i, ColumnCount - 1, parent));
    }
    QList<PodContainer> fresh;
    for (const PodContainer &c : containers) {
        if (!known.contains(c.id))
            fresh << c;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(have.size());
    beginInsertRows(parent, first, first + int(fresh.size()) - 1);
    m_pods[row].pod.containers.append(fresh);
    endInsertRows();
}

void PodTreeModel::removePods(const QString &nodeId, const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowOf(nodeId, id);
        if (row >= 0)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Runs of neighbouring rows, from the bottom, so the rows above keep their numbers.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        qsizetype first = i;
        while (first > 0 && rows.at(first - 1) == rows.at(first) - 1)
            --first;
        beginRemoveRows({}, rows.at(first), rows.at(i));
        for (int r = rows.at(i); r >= rows.at(first); --r) {
            m_index.remove(key(m_pods.at(r).nodeId, m_pods.at(r).pod.id));
            m_serialRows.remove(m_pods.at(r).serial);
        }
        m_pods.remove(rows.at(first), rows.at(i) - rows.at(first) + 1);
        reindex();
        endRemoveRows();
        i = first - 1;
    }
}

void PodTreeModel::reindex()
{
    m_index.clear();
    m_serialRows.clear();
    for (int r = 0; r < m_pods.size(); ++r) {
        m_index.insert(key(m_pods.at(r).nodeId, m_pods.at(r).pod.id), r);
        m_serialRows.insert(m_pods.at(r).serial, r);
    }
}

void PodTreeModel::emitPodChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PodTreeModel::setSharedNamespaces(const QString &nodeId, const QString &podId,
                                       const QStringList &namespaces)
{
    const int row = rowOf(nodeId, podId);
    if (row < 0)
        return;
    PodRow &r = m_pods[row];
    // In one order, whatever order the engine gives.
    QStringList sorted = namespaces;
    sorted.sort();
    if (r.sharesKnown && r.shares == sorted)
        return;
    r.shares = sorted;
    r.sharesKnown = true;
    emitPodChanged(row);
}
