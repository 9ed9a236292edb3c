#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class NetworkTableModel;

// The networks the user asked to see: a search over name, driver, subnets and gateways, and
// filters by node and by use (containers attached or not). Sorts by the source's raw-value role.
class NetworkFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkFilterProxy)

public:
    enum class UseFilter
    {
        All,
        InUse,
        Unused,
    };
    Q_ENUM(UseFilter)

    explicit NetworkFilterProxy(QObject *parent = nullptr);
    ~NetworkFilterProxy() override;

    void setNetworkModel(NetworkTableModel *model);

    // Words that must all be found in the name, driver, subnets or gateways; case does not
    // matter.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every node.
    void setNodeFilter(const QString &nodeId);
    QString nodeFilter() const { return m_node; }
    void setUseFilter(UseFilter filter);
    UseFilter useFilter() const { return m_use; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Names in natural order (net-2 before net-10).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    NetworkTableModel *m_model = nullptr;
    QString m_search;
    QStringList m_words;
    QString m_node;
    UseFilter m_use = UseFilter::All;
};
