#include "ui/models/networkfilterproxy.h"

#include "ui/models/networktablemodel.h"

NetworkFilterProxy::NetworkFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NetworkTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A network that gains or loses its last container is filtered and sorted again at once.
    setDynamicSortFilter(true);
}

NetworkFilterProxy::~NetworkFilterProxy() = default;

void NetworkFilterProxy::setNetworkModel(NetworkTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void NetworkFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate();
}

void NetworkFilterProxy::setNodeFilter(const QString &nodeId)
{
    if (nodeId == m_node)
        return;
    m_node = nodeId;
    invalidate();
}

void NetworkFilterProxy::setUseFilter(UseFilter filter)
{
    if (filter == m_use)
        return;
    m_use = filter;
    invalidate();
}

bool NetworkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    if (!m_node.isEmpty() && m_model->nodeIdAt(sourceRow) != m_node)
        return false;
    switch (m_use) {
    case UseFilter::All:
        break;
    case UseFilter::InUse:
        if (m_model->usersAt(sourceRow) == 0)
            return false;
        break;
    case UseFilter::Unused:
        if (m_model->usersAt(sourceRow) > 0)
            return false;
        break;
    }
    const QString &text = m_model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
