#include "ui/models/volumefilterproxy.h"

#include "ui/models/volumetablemodel.h"

VolumeFilterProxy::VolumeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VolumeTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A volume that gains or loses its last container is filtered and sorted again at once.
    setDynamicSortFilter(true);
}

VolumeFilterProxy::~VolumeFilterProxy() = default;

void VolumeFilterProxy::setVolumeModel(VolumeTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void VolumeFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate();
}

void VolumeFilterProxy::setNodeFilter(const QString &nodeId)
{
    if (nodeId == m_node)
        return;
    m_node = nodeId;
    invalidate();
}

void VolumeFilterProxy::setUseFilter(UseFilter filter)
{
    if (filter == m_use)
        return;
    m_use = filter;
    invalidate();
}

bool VolumeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    if (!m_node.isEmpty() && m_model->nodeIdAt(sourceRow) != m_node)
        return false;
    const int users = m_model->usageAt(sourceRow).refCount;
    switch (m_use) {
    case UseFilter::All:
        break;
    case UseFilter::InUse:
        if (users <= 0)
            return false;
        break;
    case UseFilter::Unused:
        if (users != 0)
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
