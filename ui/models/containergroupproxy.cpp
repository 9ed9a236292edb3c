#include "ui/models/containergroupproxy.h"

#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

ContainerGroupProxy::ContainerGroupProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(0);
    connect(&m_countsTimer, &QTimer::timeout, this, [this] {
        if (m_countsDirty)
            recount();
        emitHeadersChanged();
    });
}

ContainerGroupProxy::~ContainerGroupProxy() = default;

void ContainerGroupProxy::clearSource()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_filter)
        m_filter->setMaxRuns(ContainerFilterProxy::DefaultMaxRuns);
    m_filter = nullptr;
    m_model = nullptr;
}

void ContainerGroupProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    m_resetting = true;
    clearSource();
    auto *filter = qobject_cast<ContainerFilterProxy *>(source);
    auto *model = filter ? qobject_cast<ContainerTableModel *>(filter->sourceModel()) : nullptr;
    if (model) {
        m_filter = filter;
        m_model = model;
    }
    QAbstractProxyModel::setSourceModel(m_filter.data());
    if (m_filter) {
        ContainerFilterProxy *f = m_filter;
        // Each run of rows in or out is a whole relayout here: one layout change is cheaper
        // than two runs.
        f->setMaxRuns(1);
        const auto relayoutAround = [this, f](auto aboutSignal, auto doneSignal) {
            m_connections << connect(f, aboutSignal, this, [this] { beginRelayout(); });
            m_connections << connect(f, doneSignal, this, [this] { endRelayout(); });
        };
        relayoutAround(&QAbstractItemModel::rowsAboutToBeInserted,
                       &QAbstractItemModel::rowsInserted);
        relayoutAround(&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsRemoved);
        relayoutAround(&QAbstractItemModel::rowsAboutToBeMoved, &QAbstractItemModel::rowsMoved);
        relayoutAround(&QAbstractItemModel::layoutAboutToBeChanged,
                       &QAbstractItemModel::layoutChanged);
        m_connections << connect(f, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            beginResetModel();
            m_resetting = true;
        });
        m_connections << connect(f, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            m_resetting = false;
            endResetModel();
        });
        m_connections << connect(f, &QAbstractItemModel::dataChanged, this,
                                 &ContainerGroupProxy::onSourceDataChanged);
        m_connections << connect(f, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
        // A header counts the whole project, hidden containers too: from the model itself.
        ContainerTableModel *m = m_model;
        m_connections << connect(m, &QAbstractItemModel::rowsInserted, this,
                                 &ContainerGroupProxy::countsChanged);
        m_connections << connect(m, &QAbstractItemModel::rowsRemoved, this,
                                 &ContainerGroupProxy::countsChanged);
        m_connections << connect(m, &QAbstractItemModel::modelReset, this,
                                 &ContainerGroupProxy::countsChanged);
        m_connections << connect(m, &QAbstractItemModel::dataChanged, this,
                                 &ContainerGroupProxy::onModelDataChanged);
    }
    m_relayoutDepth = 0;
    m_countsDirty = true;
    rebuild();
    m_resetting = false;
    endResetModel();
}

const QString &ContainerGroupProxy::sourceProject(int sourceRow) const
{
    // Straight from the filter's rows: no model indexes made for each of 50,000 rows.
    return m_model->projectAt(m_filter->sourceRow(sourceRow));
}

void ContainerGroupProxy::rebuild()
{
    m_groups.clear();
    m_group.clear();
    m_rowGroup.clear();
    m_rowSource.clear();
    m_sourceToRow.clear();
    if (!m_filter || !m_model)
        return;
    const int n = m_filter->rowCount();
    QList<Group> groups;
    QHash<QString, int> groupOf;
    int last = -1;
    for (int r = 0; r < n; ++r) {
        const QString &project = sourceProject(r);
        // Neighbours are often of one project: no hash lookup for them.
        if (last < 0 || groups.at(last).project != project) {
            last = groupOf.value(project, -1);
            if (last < 0) {
                last = int(groups.size());
                groupOf.insert(project, last);
                groups.append({project, 0, {}});
            }
        }
        groups[last].sourceRows.append(r);
    }
    // By name, case aside; the containers without a project last.
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.project.isEmpty() != b.project.isEmpty())
            return b.project.isEmpty();
        const int c = a.project.compare(b.project, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.project < b.project;
    });
    m_rowGroup.reserve(n + groups.size());
    m_rowSource.reserve(n + groups.size());
    m_sourceToRow.resize(n);
    for (int g = 0; g < groups.size(); ++g) {
        Group &group = groups[g];
        group.headerRow = int(m_rowSource.size());
        m_group.insert(group.project, g);
        m_rowGroup.append(g);
        m_rowSource.append(-1);
        for (const int s : std::as_const(group.sourceRows)) {
            m_sourceToRow[s] = int(m_rowSource.size());
            m_rowGroup.append(g);
            m_rowSource.append(s);
        }
    }
    m_groups = std::move(groups);
}

void ContainerGroupProxy::beginRelayout()
{
    if (m_resetting || m_relayoutDepth++ > 0)
        return;
    Q_EMIT layoutAboutToBeChanged();
    // Where each persistent index points, in terms that outlive the change: a header by its
    // project, a container by the filter's own persistent index.
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    m_layoutProjects.clear();
    m_layoutIsHeader.clear();
    for (const QModelIndex &i : std::as_const(m_layoutFrom)) {
        const bool header = isHeader(i);
        m_layoutIsHeader.append(header);
        m_layoutProjects.append(header ? m_groups.at(m_rowGroup.at(i.row())).project : QString());
        m_layoutSources.append(header ? QPersistentModelIndex()
                                      : QPersistentModelIndex(mapToSource(i)));
    }
}

void ContainerGroupProxy::endRelayout()
{
    if (m_resetting || m_relayoutDepth == 0 || --m_relayoutDepth > 0)
        return;
    rebuild();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (int i = 0; i < m_layoutFrom.size(); ++i) {
        const int column = m_layoutFrom.at(i).column();
        if (m_layoutIsHeader.at(i)) {
            const int row = headerRow(m_layoutProjects.at(i));
            to.append(row >= 0 ? index(row, column) : QModelIndex());
        } else {
            const QModelIndex s = m_layoutSources.at(i);
            to.append(s.isValid() ? mapFromSource(s) : QModelIndex());
        }
    }
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    m_layoutProjects.clear();
    m_layoutIsHeader.clear();
    Q_EMIT layoutChanged();
}

void ContainerGroupProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (!m_filter || m_resetting || m_relayoutDepth > 0 || !topLeft.isValid())
        return;
    const int top = topLeft.row();
    const int bottom = qMin(bottomRight.row(), int(m_sourceToRow.size()) - 1);
    if (roles.isEmpty() || roles.contains(ContainerTableModel::ProjectRole)) {
        for (int r = top; r <= bottom; ++r) {
            if (sourceProject(r) != m_groups.at(m_rowGroup.at(m_sourceToRow.at(r))).project) {
                // A label changed the container's project: it moves to another group.
                beginRelayout();
                endRelayout();
                return;
            }
        }
    }
    // A source range may be spread over groups: one range from its first row to its last.
    int first = INT_MAX;
    int last = -1;
    for (int r = top; r <= bottom; ++r) {
        first = qMin(first, m_sourceToRow.at(r));
        last = qMax(last, m_sourceToRow.at(r));
    }
    if (last < 0)
        return;
    Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void ContainerGroupProxy::onModelDataChanged(const QModelIndex &, const QModelIndex &,
                                             const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(ContainerTableModel::StateRole) ||
        roles.contains(ContainerTableModel::HealthRole) ||
        roles.contains(ContainerTableModel::ProjectRole) ||
        roles.contains(ContainerTableModel::NodeNameRole))
        countsChanged();
}

void ContainerGroupProxy::countsChanged()
{
    m_countsDirty = true;
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void ContainerGroupProxy::recount() const
{
    m_counts.clear();
    m_countsDirty = false;
    if (!m_model)
        return;
    const int n = m_model->rowCount();
    for (int r = 0; r < n; ++r) {
        Counts &k = m_counts[m_model->projectAt(r)];
        const ContainerSummary &c = m_model->containerAt(r);
        ++k.total;
        if (c.state == ContainerSummary::State::Running)
            ++k.running;
        if (c.health == ContainerSummary::Health::Unhealthy)
            ++k.unhealthy;
        const QString node = m_model->nodeIdAt(r);
        if (!k.nodeIds.contains(node))
            k.nodeIds.append(node);
    }
}

void ContainerGroupProxy::emitHeadersChanged()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    for (const Group &g : std::as_const(m_groups))
        Q_EMIT dataChanged(index(g.headerRow, 0), index(g.headerRow, columns - 1));
}

QModelIndex ContainerGroupProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ContainerGroupProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ContainerGroupProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int ContainerGroupProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowSource.size());
}

int ContainerGroupProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_filter ? 0 : m_filter->columnCount();
}

bool ContainerGroupProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rowSource.isEmpty() && columnCount() > 0;
}

bool ContainerGroupProxy::isHeader(const QModelIndex &idx) const
{
    return idx.isValid() && idx.model() == this && idx.row() < m_rowSource.size() &&
           m_rowSource.at(idx.row()) < 0;
}

QString ContainerGroupProxy::projectOf(const QModelIndex &idx) const
{
    return isHeader(idx) ? m_groups.at(m_rowGroup.at(idx.row())).project : QString();
}

int ContainerGroupProxy::headerRow(const QString &project) const
{
    const int g = m_group.value(project, -1);
    return g < 0 ? -1 : m_groups.at(g).headerRow;
}

QList<int> ContainerGroupProxy::modelRowsOf(const QString &project) const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->projectAt(r) == project)
            rows.append(r);
    }
    return rows;
}

QVariant ContainerGroupProxy::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_rowSource.at(idx.row()) < 0)
        return headerValue(m_groups.at(m_rowGroup.at(idx.row())), idx.column(), role);
    if (role == HeaderRole)
        return false;
    return QAbstractProxyModel::data(idx, role);
}

QMap<int, QVariant> ContainerGroupProxy::itemData(const QModelIndex &idx) const
{
    if (isHeader(idx))
        return QAbstractItemModel::itemData(idx);
    return QAbstractProxyModel::itemData(idx);
}

QVariant ContainerGroupProxy::headerValue(const Group &group, int column, int role) const
{
    if (m_countsDirty)
        recount();
    const Counts counts = m_counts.value(group.project);
    const auto nodeNames = [this, &counts] {
        QStringList names;
        for (const QString &id : counts.nodeIds)
            names.append(m_model ? m_model->nodeName(id) : id);
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        return names;
    };
    const QString name = group.project.isEmpty() ? tr("No project") : group.project;
    switch (role) {
    case HeaderRole:
        return true;
    case GroupProjectRole:
        return group.project;
    case GroupNodesRole:
        return nodeNames();
    case GroupTotalRole:
        return counts.total;
    case GroupRunningRole:
        return counts.running;
    case GroupUnhealthyRole:
        return counts.unhealthy;
    case ContainerTableModel::NameRole:
        return name;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::BackgroundRole:
        // A grey that reads on light and dark palettes alike.
        return QColor(128, 128, 128, 48);
    case Qt::ToolTipRole:
        if (group.project.isEmpty())
            return tr("Containers without a compose project: %n on %1", nullptr, counts.total)
                .arg(nodeNames().join(QStringLiteral(", ")));
        return tr("Compose project %1: %n container(s) on %2", nullptr, counts.total)
            .arg(group.project, nodeNames().join(QStringLiteral(", ")));
    case Qt::DisplayRole:
        switch (column) {
        case ContainerTableModel::Name:
            return name;
        case ContainerTableModel::Node:
            return nodeNames().join(QStringLiteral(", "));
        case ContainerTableModel::State:
            return tr("%1 of %2 running").arg(counts.running).arg(counts.total);
        case ContainerTableModel::Health:
            return counts.unhealthy > 0 ? tr("%n unhealthy", nullptr, counts.unhealthy) : QString();
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ContainerGroupProxy::flags(const QModelIndex &idx) const
{
    if (!idx.isValid())
        return Qt::NoItemFlags;
    // A header can be current (its project's actions then apply) but is never selected.
    if (isHeader(idx))
        return Qt::ItemIsEnabled;
    return QAbstractProxyModel::flags(idx);
}

QVariant ContainerGroupProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_filter ? m_filter->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

void ContainerGroupProxy::sort(int column, Qt::SortOrder order)
{
    if (m_filter)
        m_filter->sort(column, order);
}

QModelIndex ContainerGroupProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_filter || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= m_rowSource.size())
        return {};
    const int s = m_rowSource.at(proxyIndex.row());
    return s < 0 ? QModelIndex() : m_filter->index(s, proxyIndex.column());
}

QModelIndex ContainerGroupProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_filter || !sourceIndex.isValid() || sourceIndex.model() != m_filter ||
        sourceIndex.row() >= m_sourceToRow.size())
        return {};
    return index(m_sourceToRow.at(sourceIndex.row()), sourceIndex.column());
}
