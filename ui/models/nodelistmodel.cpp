#include "ui/models/nodelistmodel.h"

#include "core/services/nodemanager.h"

NodeListModel::NodeListModel(NodeManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
{
    connect(manager, &NodeManager::nodeAdded, this, &NodeListModel::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this,
            &NodeListModel::onNodeAboutToBeRemoved);
    connect(manager, &NodeManager::nodeRemoved, this, &NodeListModel::onNodeRemoved);
    const QList<NodeService *> nodes = manager->nodes();
    for (NodeService *node : nodes) {
        m_rows.append({node, node->id(), 0, 0});
        watch(node);
        recount(node);
    }
}

NodeListModel::~NodeListModel() = default;

int NodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const NodeService *node = row.node;
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return node->name();
    case Qt::ToolTipRole: {
        const QString risk = node->config().riskText();
        // As rich text, so that the long warning wraps (in Korean as well).
        return risk.isEmpty()
                   ? node->endpoint().toUrl()
                   : QStringLiteral("<p>%1</p><p>&#9888; %2</p>")
                         .arg(node->endpoint().toUrl().toHtmlEscaped(), risk.toHtmlEscaped());
    }
    case RiskRole:
        return node->config().riskText();
    case IdRole:
        return row.id;
    case StateRole:
        return int(node->state());
    case LatencyRole:
        return node->latencyMs();
    case EngineRole:
        return int(node->engineInfo().kind);
    case EngineNameRole:
        return node->engineInfo().name;
    case RunningRole:
        return row.running;
    case TotalRole:
        return row.total;
    case ErrorRole:
        return node->state() == NodeService::State::Offline ? node->lastError().userText()
                                                            : QString();
    default:
        return {};
    }
}

NodeService *NodeListModel::nodeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).node.data() : nullptr;
}

int NodeListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void NodeListModel::onNodeAdded(NodeService *node)
{
    // Where the manager put it (the local default first, the others in the order added).
    int at = m_manager ? int(m_manager->nodes().indexOf(node)) : -1;
    if (at < 0 || at > m_rows.size())
        at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.insert(at, {node, node->id(), 0, 0});
    watch(node);
    recount(node);
    endInsertRows();
}

void NodeListModel::onNodeAboutToBeRemoved(NodeService *node)
{
    const int row = rowOf(node->id());
    if (row < 0)
        return;
    node->disconnect(this);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_removing = true;
}

void NodeListModel::onNodeRemoved()
{
    if (!m_removing)
        return;
    m_removing = false;
    endRemoveRows();
}

void NodeListModel::watch(NodeService *node)
{
    const auto refresh = [this, node] {
        changed(node);
    };
    const auto counts = [this, node] {
        recount(node);
        changed(node);
    };
    connect(node, &NodeService::stateChanged, this, refresh);
    connect(node, &NodeService::engineInfoChanged, this, refresh);
    connect(node, &NodeService::healthProbed, this, refresh);
    connect(node, &NodeService::containersAdded, this, counts);
    connect(node, &NodeService::containersChanged, this, counts);
    connect(node, &NodeService::containersRemoved, this, counts);
}

void NodeListModel::recount(NodeService *node)
{
    const int row = rowOf(node->id());
    if (row < 0)
        return;
    int running = 0;
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers) {
        if (c.state == ContainerSummary::State::Running)
            ++running;
    }
    m_rows[row].running = running;
    m_rows[row].total = int(containers.size());
}

void NodeListModel::changed(NodeService *node)
{
    const int row = rowOf(node->id());
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}
