#include "ui/models/podfilterproxy.h"

#include "ui/models/podtreemodel.h"

#include <QRegularExpression>

#include <algorithm>

PodFilterProxy::PodFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PodTreeModel::SortRole);
    setDynamicSortFilter(true);
}

PodFilterProxy::~PodFilterProxy() = default;

void PodFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    m_words = text.toLower().split(space, Qt::SkipEmptyParts);
    invalidateFilter();
}

void PodFilterProxy::setNodeFilter(const QString &nodeId)
{
    if (nodeId == m_node)
        return;
    m_node = nodeId;
    invalidateFilter();
}

bool PodFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A container row is shown with its pod.
    if (sourceParent.isValid())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_node.isEmpty() && i.data(PodTreeModel::NodeIdRole).toString() != m_node)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = i.data(PodTreeModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &w) { return text.contains(w); });
}
