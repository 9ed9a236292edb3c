#pragma once

#include "ui/models/logmatcher.h"
#include "ui/models/logmodel.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>

#include <vector>

class LogModel;

// A log model as the reader asks to see it: sources switched off, and, with a search, all the
// matching lines found (in the background: a million lines do not stop the window) for
// next/previous and for "only matching lines". Without a filter it shows every row as it is.
class LogFilterModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);
    ~LogFilterModel() override;

    void setSourceModel(LogModel *model);
    LogModel *sourceModel() const { return m_source; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int sourceRow(int row) const;
    // The row showing a source row, or the nearest one after it (-1: none).
    int rowForSourceRow(int sourceRow) const;

    void setMatcher(const LogMatcher &matcher);
    LogMatcher matcher() const { return m_matcher; }
    void setOnlyMatching(bool only);
    bool onlyMatching() const { return m_onlyMatching; }
    void setSourceShown(int source, bool shown);
    bool isSourceShown(int source) const { return !m_hidden.contains(source); }

    bool isSearching() const { return m_searching; }
    qsizetype matchCount() const { return qsizetype(m_matches.size()); }
    // The next (or previous) matching row after (before) `row`, wrapping around; -1 if none.
    int nextMatch(int row, bool forward) const;
    // Which match (from 1) a row is, or 0.
    qsizetype matchIndex(int row) const;
    bool isMatch(int row) const;

Q_SIGNALS:
    void searchingChanged(bool searching);
    void matchesChanged();

private:
    bool identity() const { return !m_onlyMatching && m_hidden.isEmpty(); }
    bool wanted(qint64 number, bool isMatch, int source) const;
    void rescan();
    void rebuildRows();
    // The rows shown, for the mode as it is (within a reset).
    void fillRows();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onReset();
    qint64 numberOf(int row) const;

    QPointer<LogModel> m_source;
    LogMatcher m_matcher;
    bool m_onlyMatching = false;
    QSet<int> m_hidden;
    std::vector<qint64> m_matches; // line numbers, ascending
    std::vector<qint64> m_rows;    // line numbers shown, when not identity
    QFutureWatcher<std::vector<qint64>> m_scan;
    qint64 m_scanEnd = 0; // the first line number the running scan does not cover
    bool m_searching = false;
    int m_generation = 0;
};
