#include "ui/models/logfiltermodel.h"

#include "ui/models/logmodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

LogFilterModel::LogFilterModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_scan, &QFutureWatcher<std::vector<qint64>>::finished, this, [this] {
        if (!m_searching || m_scan.isCanceled())
            return;
        std::vector<qint64> found = m_scan.result();
        const qint64 first = m_source ? m_source->firstNumber() : 0;
        found.erase(found.begin(), std::lower_bound(found.begin(), found.end(), first));
        m_matches = std::move(found);
        // Lines that came while the scan ran.
        if (m_source) {
            const qint64 end = first + m_source->rowCount();
            for (qint64 n = qMax(m_scanEnd, first); n < end; ++n) {
                const int row = int(n - first);
                if (!m_hidden.contains(m_source->sourceOf(row)) &&
                    m_matcher.matches(m_source->buffer().text(row)))
                    m_matches.push_back(n);
            }
        }
        m_searching = false;
        if (m_onlyMatching)
            rebuildRows();
        Q_EMIT searchingChanged(false);
        Q_EMIT matchesChanged();
    });
}

LogFilterModel::~LogFilterModel()
{
    m_scan.cancel();
    m_scan.waitForFinished();
}

void LogFilterModel::setSourceModel(LogModel *model)
{
    if (m_source)
        m_source->disconnect(this);
    beginResetModel();
    m_source = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (identity())
                        beginInsertRows({}, first, last);
                });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    onRowsAboutToBeRemoved(first, last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (identity())
                endRemoveRows();
        });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, &LogFilterModel::onReset);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &) {
                    if (rowCount() > 0)
                        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
                });
    }
    m_matches.clear();
    m_rows.clear();
    endResetModel();
    rescan();
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return identity() ? m_source->rowCount() : int(m_rows.size());
}

qint64 LogFilterModel::numberOf(int row) const
{
    return identity() ? m_source->firstNumber() + row : m_rows[size_t(row)];
}

int LogFilterModel::sourceRow(int row) const
{
    if (!m_source || row < 0 || row >= rowCount())
        return -1;
    return int(numberOf(row) - m_source->firstNumber());
}

int LogFilterModel::rowForSourceRow(int sourceRow) const
{
    if (!m_source || sourceRow < 0)
        return -1;
    if (identity())
        return sourceRow < m_source->rowCount() ? sourceRow : -1;
    const qint64 n = m_source->firstNumber() + sourceRow;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), n);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QVariant LogFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->data(m_source->index(sourceRow(index.row())), role);
}

bool LogFilterModel::wanted(qint64 number, bool isMatch, int source) const
{
    Q_UNUSED(number)
    if (m_hidden.contains(source))
        return false;
    return !m_onlyMatching || isMatch;
}

void LogFilterModel::setMatcher(const LogMatcher &matcher)
{
    if (matcher == m_matcher)
        return;
    m_matcher = matcher;
    rescan();
}

void LogFilterModel::setOnlyMatching(bool only)
{
    if (only == m_onlyMatching)
        return;
    // The mode changes what rowCount() says: inside the reset.
    beginResetModel();
    m_onlyMatching = only;
    fillRows();
    endResetModel();
}

void LogFilterModel::setSourceShown(int source, bool shown)
{
    if (shown == !m_hidden.contains(source))
        return;
    beginResetModel();
    if (shown)
        m_hidden.remove(source);
    else
        m_hidden.insert(source);
    m_matches.clear();
    fillRows();
    endResetModel();
    // Matches are counted among the sources shown.
    rescan();
}

void LogFilterModel::rescan()
{
    ++m_generation;
    m_scan.cancel();
    m_matches.clear();
    const bool was = m_searching;
    m_searching = false;
    if (!m_source || m_matcher.isEmpty() || !m_matcher.isValid()) {
        if (was)
            Q_EMIT searchingChanged(false);
        if (m_onlyMatching)
            rebuildRows();
        Q_EMIT matchesChanged();
        return;
    }
    const LogBuffer::Snapshot snapshot = m_source->buffer().snapshot();
    m_scanEnd = snapshot.firstNumber + snapshot.size;
    m_searching = true;
    const LogMatcher matcher = m_matcher;
    const QSet<int> hidden = m_hidden;
    m_scan.setFuture(
        QtConcurrent::run([snapshot, matcher, hidden](QPromise<std::vector<qint64>> &promise) {
            std::vector<qint64> found;
            int checked = 0;
            LogBuffer::forEach(snapshot,
                               [&](qint64 number, const LogBuffer::Meta &m, QByteArrayView text) {
                                   if ((++checked & 0xfff) == 0 && promise.isCanceled())
                                       return false;
                                   if (!hidden.contains(m.source) && matcher.matches(text))
                                       found.push_back(number);
                                   return true;
                               });
            promise.addResult(std::move(found));
        }));
    if (!was)
        Q_EMIT searchingChanged(true);
    if (m_onlyMatching)
        rebuildRows(); // empty until the scan is done
    Q_EMIT matchesChanged();
}

void LogFilterModel::rebuildRows()
{
    beginResetModel();
    fillRows();
    endResetModel();
}

void LogFilterModel::fillRows()
{
    m_rows.clear();
    if (m_source && !identity()) {
        if (m_onlyMatching) {
            if (!m_searching)
                m_rows = m_matches;
        } else {
            const LogBuffer::Snapshot s = m_source->buffer().snapshot();
            m_rows.reserve(size_t(s.size));
            LogBuffer::forEach(s, [this](qint64 number, const LogBuffer::Meta &m, QByteArrayView) {
                if (!m_hidden.contains(m.source))
                    m_rows.push_back(number);
                return true;
            });
        }
    }
}

void LogFilterModel::onRowsInserted(int first, int last)
{
    const bool searchable = !m_matcher.isEmpty() && m_matcher.isValid() && !m_searching;
    const qint64 base = m_source->firstNumber();
    if (identity()) {
        if (searchable) {
            for (int row = first; row <= last; ++row) {
                if (m_matcher.matches(m_source->buffer().text(row)))
                    m_matches.push_back(base + row);
            }
        }
        endInsertRows();
    } else {
        std::vector<qint64> added;
        for (int row = first; row <= last; ++row) {
            const int source = m_source->sourceOf(row);
            if (m_hidden.contains(source))
                continue;
            const bool match = searchable && m_matcher.matches(m_source->buffer().text(row));
            if (match)
                m_matches.push_back(base + row);
            if (wanted(base + row, match, source))
                added.push_back(base + row);
        }
        if (!added.empty()) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at + int(added.size()) - 1);
            m_rows.insert(m_rows.end(), added.begin(), added.end());
            endInsertRows();
        }
    }
    if (searchable)
        Q_EMIT matchesChanged();
}

void LogFilterModel::onRowsAboutToBeRemoved(int first, int last)
{
    // The source model only drops its oldest lines.
    Q_UNUSED(first)
    const qint64 newFirst = m_source->firstNumber() + last + 1;
    m_matches.erase(m_matches.begin(),
                    std::lower_bound(m_matches.begin(), m_matches.end(), newFirst));
    if (identity()) {
        beginRemoveRows({}, first, last);
        return; // ended on rowsRemoved
    }
    const auto end = std::lower_bound(m_rows.begin(), m_rows.end(), newFirst);
    const int count = int(end - m_rows.begin());
    if (count > 0) {
        beginRemoveRows({}, 0, count - 1);
        m_rows.erase(m_rows.begin(), end);
        endRemoveRows();
    }
}

void LogFilterModel::onReset()
{
    m_rows.clear();
    m_matches.clear();
    endResetModel();
    rescan();
    if (!identity())
        rebuildRows();
}

int LogFilterModel::nextMatch(int row, bool forward) const
{
    if (m_matches.empty() || !m_source)
        return -1;
    const qint64 n = row >= 0 && row < rowCount() ? numberOf(row)
                                                  : (forward ? std::numeric_limits<qint64>::min()
                                                             : std::numeric_limits<qint64>::max());
    qint64 target;
    if (forward) {
        auto it = std::upper_bound(m_matches.begin(), m_matches.end(), n);
        target = it == m_matches.end() ? m_matches.front() : *it;
    } else {
        auto it = std::lower_bound(m_matches.begin(), m_matches.end(), n);
        target = it == m_matches.begin() ? m_matches.back() : *std::prev(it);
    }
    if (identity())
        return int(target - m_source->firstNumber());
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), target);
    return it != m_rows.end() && *it == target ? int(it - m_rows.begin()) : -1;
}

qsizetype LogFilterModel::matchIndex(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    const qint64 n = numberOf(row);
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), n);
    return it != m_matches.end() && *it == n ? qsizetype(it - m_matches.begin()) + 1 : 0;
}

bool LogFilterModel::isMatch(int row) const
{
    return matchIndex(row) > 0;
}
