#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class VolumeTableModel;

// The volumes the user asked to see: a search over name, driver, mountpoint and labels, and
// filters by node and by use (used by a container or not, as the engine's disk usage counts;
// a volume not counted yet shows only without a use filter). Sorts by the source's raw-value
// role: size, containers and created by value.
class VolumeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeFilterProxy)

public:
    enum class UseFilter
    {
        All,
        InUse,
        Unused,
    };
    Q_ENUM(UseFilter)

    explicit VolumeFilterProxy(QObject *parent = nullptr);
    ~VolumeFilterProxy() override;

    void setVolumeModel(VolumeTableModel *model);

    // Words that must all match, each somewhere in the name, driver, mountpoint or labels; case
    // does not matter.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every node.
    void setNodeFilter(const QString &nodeId);
    QString nodeFilter() const { return m_node; }
    void setUseFilter(UseFilter filter);
    UseFilter useFilter() const { return m_use; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    VolumeTableModel *m_model = nullptr;
    QString m_search;
    QStringList m_words;
    QString m_node;
    UseFilter m_use = UseFilter::All;
};
