#include "ui/models/networkfilterproxy.h"

#include "ui/models/networktablemodel.h"

namespace {

// Case-insensitive, with runs of digits compared by value (QCollator's numeric mode needs ICU).
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const QStringView x = QStringView(a).mid(i, ei - i);
            const QStringView y = QStringView(b).mid(j, ej - j);
            // Longer without leading zeros is larger; else digit by digit.
            const auto trimmed = [](QStringView v) {
                while (v.size() > 1 && v.front() == QLatin1Char('0'))
                    v = v.mid(1);
                return v;
            };
            const QStringView tx = trimmed(x);
            const QStringView ty = trimmed(y);
            if (tx.size() != ty.size())
                return tx.size() < ty.size() ? -1 : 1;
            if (const int c = tx.compare(ty); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toLower();
        const QChar cb = b.at(j).toLower();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : (a.size() - i) > (b.size() - j) ? 1 : 0;
}

} // namespace

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

bool NetworkFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_model && left.model() == m_model && right.model() == m_model &&
        left.column() == right.column() &&
        (left.column() == NetworkTableModel::Name || left.column() == NetworkTableModel::Node))
        return naturalCompare(left.data().toString(), right.data().toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
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
