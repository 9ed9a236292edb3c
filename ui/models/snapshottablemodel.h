#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

// A table of value snapshots keyed by their `id`, for lists an engine answers whole (a swarm's
// nodes, services, tasks, secrets): setItems() turns the new list into removals, changes and
// additions against the old, so a view keeps its selection and scroll position. The rows keep
// the order they came in; new ones go at the end.
template<typename T>
class SnapshotTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    const QList<T> &items() const { return m_items; }
    const T &itemAt(int row) const { return m_items.at(row); }
    // The row of the item with this id, or -1.
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }

    void setItems(const QList<T> &items)
    {
        QHash<QString, const T *> incoming;
        incoming.reserve(items.size());
        for (const T &item : items)
            incoming.insert(item.id, &item);
        // Removals, from the bottom, in contiguous runs.
        for (int row = int(m_items.size()) - 1; row >= 0;) {
            if (incoming.contains(m_items.at(row).id)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incoming.contains(m_items.at(first - 1).id))
                --first;
            beginRemoveRows({}, first, row);
            m_items.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        reindex();
        // Changes in place: one ranged signal over the rows that changed.
        int top = -1;
        int bottom = -1;
        for (int row = 0; row < m_items.size(); ++row) {
            const T &now = *incoming.value(m_items.at(row).id);
            if (now == m_items.at(row))
                continue;
            m_items[row] = now;
            top = top < 0 ? row : top;
            bottom = row;
        }
        if (top >= 0)
            Q_EMIT dataChanged(index(top, 0), index(bottom, columnCount() - 1));
        // Additions at the end.
        QList<T> added;
        for (const T &item : items) {
            if (!m_rows.contains(item.id))
                added << item;
        }
        if (!added.isEmpty()) {
            const int first = int(m_items.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_items << added;
            reindex();
            endInsertRows();
        }
    }

protected:
    // Every row's data changed (a language change, names learnt from elsewhere).
    void allChanged()
    {
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

private:
    void reindex()
    {
        m_rows.clear();
        for (int row = 0; row < m_items.size(); ++row)
            m_rows.insert(m_items.at(row).id, row);
    }

    QList<T> m_items;
    QHash<QString, int> m_rows;
};
