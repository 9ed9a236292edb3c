#pragma once

#include "core/engine/containersummary.h"

#include <QSet>
#include <QSortFilterProxyModel>

class ContainerTableModel;

// The containers the user asked to see: a search over name, image, label and id, and filters
// by node, state and health. Sorts by the source's raw-value role.
class ContainerFilterProxy final : public QSortFilterProxyModel
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The text columns compared in place: the model's sort role would make a lowered copy of
    // both strings for each of the n log n comparisons of a sort.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesWord(const ContainerSummary &c, const QString &word) const;
    void refilter();

    ContainerTableModel *m_model = nullptr;
    QString m_search;
    QStringList m_words;
    QString m_node;
    StateFilter m_state = StateFilter::All;
    HealthFilter m_health = HealthFilter::All;
};
