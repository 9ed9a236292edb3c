#pragma once

#include "core/engine/containersummary.h"

#include <QAbstractProxyModel>
#include <QPointer>

#include <vector>

class ContainerTableModel;

// The containers the user asked to see: a search over name, image, label and id, and filters
// by node, state and health, sorted by a column.
//
// A proxy of its own rather than a QSortFilterProxyModel: that one sorts the rows it shows
// again on every new search, which at 50,000 rows took most of a keystroke's 100 ms. Here the
// sort order of every row is kept (made again only when the sort or a row's sort value
// changes, from keys read once per row), and a search walks it once to pick the rows it shows.
// A new search or filter is one layout change; live changes of the source are passed on as
// inserted, removed or changed rows where they are few and together, else as a layout change,
// with persistent indexes (the views' selections) kept.
class ContainerFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilterProxy)

public:
    enum class StateFilter
    {
        All,
        Running, // running, restarting
        Paused,
        Stopped, // created, exited, dead
    };
    Q_ENUM(StateFilter)
    enum class HealthFilter
    {
        All,
        Healthy,
        Unhealthy,
        Starting,
        WithCheck, // any container that has a health check
    };
    Q_ENUM(HealthFilter)

    explicit ContainerFilterProxy(QObject *parent = nullptr);
    ~ContainerFilterProxy() override;

    void setContainerModel(ContainerTableModel *model);

    // Words that must all match, each in the name, image, id (from its start), a label key
    // or value, or key=value of a label; case does not matter.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every node.
    void setNodeFilter(const QString &nodeId);
    QString nodeFilter() const { return m_node; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    void setHealthFilter(HealthFilter filter);
    HealthFilter healthFilter() const { return m_health; }

    // More runs of rows in or out than this at once (a search hiding every third row makes
    // thousands) are told as one layout change: each run is a signal every view above handles.
    static constexpr int DefaultMaxRuns = 16;
    void setMaxRuns(int runs) { m_maxRuns = qMax(1, runs); }

    // Column -1: the source's order. Text compares without case (the model's sort role, or the
    // name, image and node name themselves); rows alike keep the order the last sort gave them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The source row of a row shown (0 <= proxyRow < rowCount()).
    int sourceRow(int proxyRow) const { return m_proxyToSource[size_t(proxyRow)]; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A row's value in the sort column, read once: case-folded text or a number.
    struct Key
    {
        QString text;
        double number = 0;
        bool operator==(const Key &o) const { return number == o.number && text == o.text; }
    };

    void setSourceModel(QAbstractItemModel *model) override;
    bool accepts(int sourceRow) const;
    bool matchesWord(const ContainerSummary &c, const QString &word) const;
    Key keyOf(int sourceRow) const;
    // Whether source row a comes before b by the sort column (false for rows alike, which keep
    // their order: the source's, or the last sort's).
    bool before(int a, int b) const;
    std::vector<int> sortedRows() const;
    // Filters again after a change of the search or a filter; `narrowed`: only rows shown now
    // can stay.
    void refilter(bool narrowed = false);
    // Takes a new order of all source rows and which of them are shown, and tells the views:
    // rows removed and inserted where they are few runs and nothing else moved, else one
    // layout change.
    void apply(std::vector<int> order, std::vector<char> accepted);
    void layoutChange(std::vector<int> order, std::vector<char> accepted,
                      std::vector<int> proxyToSource);
    void rebuildSourceToProxy(size_t from = 0);
    void rebuildAll();

    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();

    QPointer<ContainerTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QString m_search;
    QStringList m_words;
    QString m_node;
    StateFilter m_state = StateFilter::All;
    HealthFilter m_health = HealthFilter::All;
    int m_maxRuns = DefaultMaxRuns;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<Key> m_keys;                      // by source row; empty when unsorted
    std::vector<char> m_accepted;                 // by source row
    std::vector<int> m_order;                     // every source row, in sort order
    std::vector<int> m_proxyToSource;             // the rows shown
    std::vector<int> m_sourceToProxy;             // by source row; -1 when hidden
    QList<QPersistentModelIndex> m_layoutSources; // across a layout change of the source
    QModelIndexList m_layoutProxies;
};
