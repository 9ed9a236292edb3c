#include "ui/models/networktablemodel.h"

#include "core/services/networkoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/models/containertablemodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {
constexpr int ClockIntervalMs = 60000;
} // namespace

NetworkTableModel::NetworkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { setNow(QDateTime::currentDateTimeUtc()); });
    m_clock.start();
}

NetworkTableModel::~NetworkTableModel() = default;

QString NetworkTableModel::subnetText(const NetworkInfo &network)
{
    QStringList out;
    for (const NetworkSubnet &s : network.subnets) {
        if (!s.subnet.isEmpty())
            out << s.subnet;
    }
    return out.join(QStringLiteral(", "));
}

QString NetworkTableModel::gatewayText(const NetworkInfo &network)
{
    QStringList out;
    for (const NetworkSubnet &s : network.subnets) {
        if (!s.gateway.isEmpty())
            out << s.gateway;
    }
    return out.join(QStringLiteral(", "));
}

NetworkTableModel::Row NetworkTableModel::makeRow(const QString &nodeId, const NetworkInfo &network)
{
    Row row;
    row.nodeId = nodeId;
    row.network = network;
    row.subnets = subnetText(network);
    row.gateways = gatewayText(network);
    const QChar sep(0x1f);
    row.searchText =
        (network.name + sep + network.driver + sep + row.subnets + sep + row.gateways).toLower();
    return row;
}

int NetworkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NetworkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int NetworkTableModel::usersAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_counts.value(key(r.nodeId, r.network.name));
}

int NetworkTableModel::rowOf(const QString &nodeId, const QString &networkId) const
{
    return m_index.value(key(nodeId, networkId), -1);
}

int NetworkTableModel::rowOfName(const QString &nodeId, const QString &name) const
{
    const auto it = m_byName.constFind(key(nodeId, name));
    return it == m_byName.cend() ? -1 : rowOf(nodeId, *it);
}

QStringList NetworkTableModel::usersOf(const QString &nodeId, const QString &name) const
{
    QStringList names;
    const auto node = m_users.constFind(nodeId);
    if (node == m_users.cend())
        return names;
    for (const Attached &a : *node) {
        if (a.networks.contains(name))
            names << a.name;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QVariant NetworkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const NetworkInfo &n = row.network;
    switch (role) {
    case NodeIdRole:
        return row.nodeId;
    case NodeNameRole:
        return nodeName(row.nodeId);
    case NetworkIdRole:
        return n.id;
    case NetworkNameRole:
        return n.name;
    case InUseRole:
        return usersAt(index.row()) > 0;
    case UsersRole:
        return usersAt(index.row());
    case PredefinedRole:
        return NetworkOperations::isPredefined(n.name);
    default:
        break;
    }
    const auto text = [&](const QString &value) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return value;
        if (role == SortRole)
            return value.toLower();
        return {};
    };
    switch (index.column()) {
    case Name:
        return text(n.name);
    case Node:
        return text(nodeName(row.nodeId));
    case Driver:
        return text(n.driver);
    case Scope:
        return text(n.scope);
    case Subnet:
        return text(row.subnets);
    case Gateway:
        return text(row.gateways);
    case Internal:
        if (role == Qt::DisplayRole)
            return n.internal ? tr("Internal") : QString();
        if (role == Qt::ToolTipRole && n.internal)
            return tr("Containers on it reach each other, but not the outside world");
        if (role == SortRole)
            return n.internal ? 1 : 0;
        break;
    case Containers: {
        const int users = usersAt(index.row());
        if (role == Qt::DisplayRole)
            return users;
        if (role == Qt::ToolTipRole)
            return users == 0 ? tr("No container is attached to this network")
                              : usersOf(row.nodeId, n.name).join(QLatin1Char('\n'));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return users;
        break;
    }
    case Created:
        if (role == Qt::DisplayRole)
            return n.created.isValid() && n.created.toSecsSinceEpoch() > 0
                       ? ContainerTableModel::agoText(qMax<qint64>(0, n.created.secsTo(m_now)))
                       : QString();
        if (role == Qt::ToolTipRole)
            return n.created.isValid()
                       ? QLocale().toString(n.created.toLocalTime(), QLocale::LongFormat)
                       : QString();
        if (role == SortRole)
            return n.created.isValid() ? n.created.toSecsSinceEpoch() : qint64(0);
        break;
    default:
        break;
    }
    return {};
}

QVariant NetworkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Node:
        return tr("Node");
    case Driver:
        return tr("Driver");
    case Scope:
        return tr("Scope");
    case Subnet:
        return tr("Subnet");
    case Gateway:
        return tr("Gateway");
    case Internal:
        return tr("Internal");
    case Containers:
        return tr("Containers");
    case Created:
        return tr("Created");
    default:
        break;
    }
    return {};
}

// ---- nodes ----

void NetworkTableModel::setNodeManager(NodeManager *manager)
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
    connect(manager, &NodeManager::nodeAdded, this, &NetworkTableModel::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
        node->disconnect(this);
        removeNode(node->id());
    });
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
}

void NetworkTableModel::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    setNodeName(id, node->name());
    // The containers first, so the networks' rows come with their counts.
    setContainers(id, node->containers());
    setNetworks(id, node->networks());
    connect(node, &NodeService::networksAdded, this,
            [this, id](const QList<NetworkInfo> &list) { addNetworks(id, list); });
    connect(node, &NodeService::networksChanged, this,
            [this, id](const QList<NetworkInfo> &list) { addNetworks(id, list); });
    connect(node, &NodeService::networksRemoved, this,
            [this, id](const QStringList &ids) { removeNetworks(id, ids); });
    connect(node, &NodeService::containersAdded, this,
            [this, id](const QList<ContainerSummary> &list) { addContainers(id, list); });
    connect(node, &NodeService::containersChanged, this,
            [this, id](const QList<ContainerSummary> &list) { addContainers(id, list); });
    connect(node, &NodeService::containersRemoved, this,
            [this, id](const QStringList &ids) { removeContainers(id, ids); });
}

void NetworkTableModel::setNodeName(const QString &nodeId, const QString &name)
{
    if (m_nodeNames.value(nodeId) == name)
        return;
    m_nodeNames.insert(nodeId, name);
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nodeId == nodeId)
            rows.append(i);
    }
    emitChanged(rows);
}

void NetworkTableModel::removeNode(const QString &nodeId)
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nodeId == nodeId)
            rows.append(i);
    }
    removeRowList(rows);
    const QString prefix = nodeId + QChar(0x1f);
    for (auto it = m_counts.begin(); it != m_counts.end();) {
        if (it.key().startsWith(prefix))
            it = m_counts.erase(it);
        else
            ++it;
    }
    m_users.remove(nodeId);
    m_nodeNames.remove(nodeId);
}

// ---- networks ----

void NetworkTableModel::setNetworks(const QString &nodeId, const QList<NetworkInfo> &networks)
{
    QSet<QString> keep;
    for (const NetworkInfo &n : networks)
        keep.insert(n.id);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.nodeId == nodeId && !keep.contains(r.network.id))
            gone << r.network.id;
    }
    removeNetworks(nodeId, gone);
    addNetworks(nodeId, networks);
}

void NetworkTableModel::addNetworks(const QString &nodeId, const QList<NetworkInfo> &networks)
{
    QList<Row> fresh;
    QList<int> changed;
    for (const NetworkInfo &n : networks) {
        const int row = rowOf(nodeId, n.id);
        if (row >= 0) {
            if (m_rows.at(row).network == n)
                continue;
            m_byName.remove(key(nodeId, m_rows.at(row).network.name));
            m_rows[row] = makeRow(nodeId, n);
            m_byName.insert(key(nodeId, n.name), n.id);
            changed << row;
            continue;
        }
        fresh << makeRow(nodeId, n);
    }
    emitChanged(changed);
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    reindexFrom(first);
    endInsertRows();
}

void NetworkTableModel::removeNetworks(const QString &nodeId, const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowOf(nodeId, id);
        if (row >= 0)
            rows << row;
    }
    removeRowList(rows);
}

void NetworkTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        m_index.insert(key(r.nodeId, r.network.id), i);
        m_byName.insert(key(r.nodeId, r.network.name), r.network.id);
    }
}

void NetworkTableModel::removeRowList(QList<int> rows)
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
            m_index.remove(key(row.nodeId, row.network.id));
            const QString byName = key(row.nodeId, row.network.name);
            if (m_byName.value(byName) == row.network.id)
                m_byName.remove(byName);
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }
    reindexFrom(rows.last());
}

void NetworkTableModel::emitChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Many changed rows: one ranged signal is cheaper than many.
    if (rows.size() > m_rows.size() / 2) {
        Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), ColumnCount - 1), roles);
        return;
    }
    for (const int row : std::as_const(rows))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

// ---- containers attached ----

void NetworkTableModel::setContainers(const QString &nodeId,
                                      const QList<ContainerSummary> &containers)
{
    QSet<QString> keep;
    for (const ContainerSummary &c : containers)
        keep.insert(c.id);
    QStringList gone;
    const QHash<QString, Attached> users = m_users.value(nodeId);
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (!keep.contains(it.key()))
            gone << it.key();
    }
    removeContainers(nodeId, gone);
    addContainers(nodeId, containers);
}

void NetworkTableModel::addContainers(const QString &nodeId,
                                      const QList<ContainerSummary> &containers)
{
    QSet<QString> touched;
    QHash<QString, Attached> &users = m_users[nodeId];
    const auto count = [&](const QStringList &networks, int delta) {
        for (const QString &n : networks) {
            int &c = m_counts[key(nodeId, n)];
            c += delta;
            if (c <= 0)
                m_counts.remove(key(nodeId, n));
            touched.insert(n);
        }
    };
    for (const ContainerSummary &c : containers) {
        const Attached now{c.name, c.networks};
        const auto it = users.find(c.id);
        if (it != users.end()) {
            if (it->networks == now.networks && it->name == now.name)
                continue;
            count(it->networks, -1);
            *it = now;
        } else {
            users.insert(c.id, now);
        }
        count(now.networks, 1);
    }
    QList<int> rows;
    for (const QString &name : std::as_const(touched)) {
        const int row = rowOfName(nodeId, name);
        if (row >= 0)
            rows << row;
    }
    emitChanged(rows, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, InUseRole, UsersRole});
}

void NetworkTableModel::removeContainers(const QString &nodeId, const QStringList &ids)
{
    const auto node = m_users.find(nodeId);
    if (node == m_users.end())
        return;
    QList<int> rows;
    for (const QString &id : ids) {
        const auto it = node->find(id);
        if (it == node->end())
            continue;
        for (const QString &n : std::as_const(it->networks)) {
            int &c = m_counts[key(nodeId, n)];
            if (--c <= 0)
                m_counts.remove(key(nodeId, n));
            const int row = rowOfName(nodeId, n);
            if (row >= 0)
                rows << row;
        }
        node->erase(it);
    }
    emitChanged(rows, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, InUseRole, UsersRole});
}

// ---- clock and language ----

void NetworkTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(int(m_rows.size()) - 1, Created),
                           {Qt::DisplayRole});
}

void NetworkTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
