#include "ui/models/containerfilterproxy.h"

#include "ui/models/containertablemodel.h"

ContainerFilterProxy::ContainerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A container whose state changes is filtered and sorted again at once; the views keep
    // their selection through the proxy's persistent indexes.
    setDynamicSortFilter(true);
}

ContainerFilterProxy::~ContainerFilterProxy() = default;

void ContainerFilterProxy::setContainerModel(ContainerTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ContainerFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void ContainerFilterProxy::setNodeFilter(const QString &nodeId)
{
    if (nodeId == m_node)
        return;
    m_node = nodeId;
    refilter();
}

void ContainerFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    refilter();
}

void ContainerFilterProxy::setHealthFilter(HealthFilter filter)
{
    if (filter == m_health)
        return;
    m_health = filter;
    refilter();
}

bool ContainerFilterProxy::matchesWord(const ContainerSummary &c, const QString &word) const
{
    if (c.name.contains(word, Qt::CaseInsensitive) || c.image.contains(word, Qt::CaseInsensitive) ||
        c.id.startsWith(word, Qt::CaseInsensitive))
        return true;
    const qsizetype eq = word.indexOf(QLatin1Char('='));
    for (auto it = c.labels.constBegin(); it != c.labels.constEnd(); ++it) {
        if (eq > 0) {
            if (it.key().compare(word.left(eq), Qt::CaseInsensitive) == 0 &&
                it.value().contains(word.mid(eq + 1), Qt::CaseInsensitive))
                return true;
        } else if (it.key().contains(word, Qt::CaseInsensitive) ||
                   it.value().contains(word, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

// A new search or filter hides or shows rows all over the list (every third container, say).
// Removed and inserted one range at a time, 3,000 ranges took 20 ms with 10,000 rows; the whole
// mapping made again, with one layout change, takes a few.
void ContainerFilterProxy::refilter()
{
    invalidate();
}

bool ContainerFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model || left.model() != m_model || right.model() != m_model ||
        left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const ContainerSummary &a = m_model->containerAt(left.row());
    const ContainerSummary &b = m_model->containerAt(right.row());
    switch (left.column()) {
    case ContainerTableModel::Name:
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    case ContainerTableModel::Image:
        return a.image.compare(b.image, Qt::CaseInsensitive) < 0;
    case ContainerTableModel::Node:
        return m_model->nodeName(m_model->nodeIdAt(left.row()))
                   .compare(m_model->nodeName(m_model->nodeIdAt(right.row())),
                            Qt::CaseInsensitive) < 0;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool ContainerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    if (!m_node.isEmpty() && m_model->nodeIdAt(sourceRow) != m_node)
        return false;
    const ContainerSummary &c = m_model->containerAt(sourceRow);
    using S = ContainerSummary::State;
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Running:
        if (c.state != S::Running && c.state != S::Restarting)
            return false;
        break;
    case StateFilter::Paused:
        if (c.state != S::Paused)
            return false;
        break;
    case StateFilter::Stopped:
        if (c.state != S::Created && c.state != S::Exited && c.state != S::Dead)
            return false;
        break;
    }
    using H = ContainerSummary::Health;
    switch (m_health) {
    case HealthFilter::All:
        break;
    case HealthFilter::Healthy:
        if (c.health != H::Healthy)
            return false;
        break;
    case HealthFilter::Unhealthy:
        if (c.health != H::Unhealthy)
            return false;
        break;
    case HealthFilter::Starting:
        if (c.health != H::Starting)
            return false;
        break;
    case HealthFilter::WithCheck:
        if (c.health == H::None)
            return false;
        break;
    }
    const QString &text = m_model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        // A plain word is in the name, the image, a label's key or value, or starts the ID.
        const bool plain = !word.contains(QLatin1Char('='));
        if (plain && (text.contains(word) || c.id.startsWith(word)))
            continue;
        if (plain || !matchesWord(c, word))
            return false;
    }
    return true;
}
