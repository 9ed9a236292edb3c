#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// The pods the user asked to see: a search whose words must all be found in the pod's name or
// its containers' names, and a filter by node. A pod shown keeps all its containers. Sorts by
// the source's raw-value role (PodTreeModel::SortRole).
class PodFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodFilterProxy)

public:
    explicit PodFilterProxy(QObject *parent = nullptr);
    ~PodFilterProxy() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every node.
    void setNodeFilter(const QString &nodeId);
    QString nodeFilter() const { return m_node; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
    QString m_node;
};
