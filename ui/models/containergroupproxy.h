#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ContainerFilterProxy;
class ContainerTableModel;

// The containers a ContainerFilterProxy shows, grouped by compose project: a header row for
// each project, its containers under it in the filter's order, and a last group for the
// containers without a project. A flat list, so the table and the tiles show the same rows;
// header rows are enabled but not selectable and map to no source row.
//
// Groups follow the filter's rows (search, filters and sort); a header's counts and nodes are
// those of the whole project in the model, hidden containers too, since a project's actions
// act on all of it. Any change of rows in the filter is one layout change here (the groups are
// made again in one pass: a few milliseconds at 10,000 rows); changes of data are passed on
// row by row, and a changed project label moves its row with a layout change.
class ContainerGroupProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerGroupProxy)

public:
    enum Role
    {
        HeaderRole = Qt::UserRole + 100, // bool: the row is a group's header
        GroupProjectRole,                // the header's project; empty for "no project"
        GroupNodesRole,                  // QStringList: names of the nodes the project runs on
        GroupTotalRole,                  // int: its containers on every node
        GroupRunningRole,                // int: of them running
        GroupUnhealthyRole,              // int: of them unhealthy
    };

    explicit ContainerGroupProxy(QObject *parent = nullptr);
    ~ContainerGroupProxy() override;

    // A ContainerFilterProxy over a ContainerTableModel; any other model (or null) leaves
    // this one empty.
    void setSourceModel(QAbstractItemModel *source) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts the filter's rows: the groups keep their order (by project name, "no project"
    // last), their containers follow the sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    bool isHeader(const QModelIndex &index) const;
    // The header's project (empty for the "no project" group, and for a container).
    QString projectOf(const QModelIndex &index) const;
    // The header row of a project, -1 when it has no group here now.
    int headerRow(const QString &project) const;
    // The rows of the ContainerTableModel whose containers belong to the project, on every
    // node, shown or not.
    QList<int> modelRowsOf(const QString &project) const;

private:
    struct Group
    {
        QString project;
        int headerRow = 0;
        QList<int> sourceRows; // rows of the filter, in its order
    };
    struct Counts
    {
        int total = 0;
        int running = 0;
        int unhealthy = 0;
        QStringList nodeIds;
    };

    void clearSource();
    void rebuild();
    void beginRelayout();
    void endRelayout();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles);
    void countsChanged();
    void recount() const;
    void emitHeadersChanged();
    const QString &sourceProject(int sourceRow) const;
    QVariant headerValue(const Group &group, int column, int role) const;

    QPointer<ContainerFilterProxy> m_filter;
    QPointer<ContainerTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QList<Group> m_groups;
    QList<int> m_rowGroup;       // proxy row -> group
    QList<int> m_rowSource;      // proxy row -> filter row, -1 for a header
    QList<int> m_sourceToRow;    // filter row -> proxy row
    QHash<QString, int> m_group; // project -> group
    mutable QHash<QString, Counts> m_counts;
    mutable bool m_countsDirty = true;
    QTimer m_countsTimer; // one header update for a burst of changes
    int m_relayoutDepth = 0;
    bool m_resetting = false;
    // What the persistent indexes pointed at during a layout change.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSources;
    QStringList m_layoutProjects;
    QList<bool> m_layoutIsHeader;
};
