#pragma once

#include "core/engine/containersummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

// The containers of a node as rows. Holds value snapshots and changes them only through the
// batches a NodeService announces, so views keep their selection and scroll position.
class ContainerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTableModel)

public:
    enum Column
    {
        Name,
        Image,
        State,
        Status,
        Created,
        Ports,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        IdRole,
        StateRole, // ContainerSummary::State as int
    };

    explicit ContainerTableModel(QObject *parent = nullptr);
    ~ContainerTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ContainerSummary &containerAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }
    int runningCount() const;

    void setContainers(const QList<ContainerSummary> &containers);
    void addContainers(const QList<ContainerSummary> &containers);
    void updateContainers(const QList<ContainerSummary> &containers);
    void removeContainers(const QStringList &ids);

    // Relative times ("Up 5 minutes") are worked out against this clock; the model ticks it
    // itself, and tests set it.
    void setNow(const QDateTime &now);
    // Headers and state names in the language now installed.
    void retranslate();

    static QString stateText(ContainerSummary::State state);
    static QString durationText(qint64 seconds);
    // "just now", "5 minutes ago"
    static QString agoText(qint64 seconds);
    QString statusText(const ContainerSummary &c) const;

private:
    void reindexFrom(int row);
    void refreshRelativeTimes();

    QList<ContainerSummary> m_rows;
    QHash<QString, int> m_index;
    QDateTime m_now;
    QTimer m_clock;
};
