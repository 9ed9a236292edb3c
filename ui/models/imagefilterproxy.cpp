#include "ui/models/imagefilterproxy.h"

#include "ui/models/imagetablemodel.h"

ImageFilterProxy::ImageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // An image that gains or loses its last container is filtered and sorted again at once.
    setDynamicSortFilter(true);
}

ImageFilterProxy::~ImageFilterProxy() = default;

void ImageFilterProxy::setImageModel(ImageTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ImageFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_idWords.clear();
    for (const QString &word : std::as_const(m_words))
        m_idWords << ImageTableModel::normalizedId(word);
    // A search hides and shows rows all over the list: the mapping made again is cheaper than
    // many removed and inserted ranges (see ContainerFilterProxy).
    invalidate();
}

void ImageFilterProxy::setNodeFilter(const QString &nodeId)
{
    if (nodeId == m_node)
        return;
    m_node = nodeId;
    invalidate();
}

void ImageFilterProxy::setUseFilter(UseFilter filter)
{
    if (filter == m_use)
        return;
    m_use = filter;
    invalidate();
}

void ImageFilterProxy::setDanglingFilter(DanglingFilter filter)
{
    if (filter == m_dangling)
        return;
    m_dangling = filter;
    invalidate();
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
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
    switch (m_dangling) {
    case DanglingFilter::All:
        break;
    case DanglingFilter::Dangling:
        if (!m_model->isDanglingAt(sourceRow))
            return false;
        break;
    case DanglingFilter::Named:
        if (m_model->isDanglingAt(sourceRow))
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    // A word is in the repository or the tag, or begins the id ("sha256:ab12" as well as "ab12").
    const QString &text = m_model->searchTextAt(sourceRow);
    const QString &id = m_model->bareIdAt(sourceRow);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!text.contains(m_words.at(i)) && !id.startsWith(m_idWords.at(i)))
            return false;
    }
    return true;
}

bool ImageFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model || left.model() != m_model || right.model() != m_model ||
        left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    switch (left.column()) {
    case ImageTableModel::Node:
        return m_model->nodeName(m_model->nodeIdAt(l))
                   .compare(m_model->nodeName(m_model->nodeIdAt(r)), Qt::CaseInsensitive) < 0;
    case ImageTableModel::Repository: {
        // Ties broken by tag, so one repository's tags stay in order.
        const int c =
            m_model->repositoryAt(l).compare(m_model->repositoryAt(r), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        return m_model->tagAt(l).compare(m_model->tagAt(r), Qt::CaseInsensitive) < 0;
    }
    case ImageTableModel::Tag:
        return m_model->tagAt(l).compare(m_model->tagAt(r), Qt::CaseInsensitive) < 0;
    case ImageTableModel::Size:
        return m_model->imageAt(l).size < m_model->imageAt(r).size;
    case ImageTableModel::Created:
        return m_model->imageAt(l).created < m_model->imageAt(r).created;
    case ImageTableModel::Containers:
        return m_model->usersAt(l) < m_model->usersAt(r);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
