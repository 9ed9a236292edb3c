#pragma once

#include "core/engine/logline.h"

#include <QList>

#include <vector>

// Merges the lines of several logs (sources) by the engines' times. Each source's lines come in
// its own order but the sources arrive at different moments, so a line is held until every
// source has sent something later, or until it has waited `holdMs` for a slow (or silent) one.
// With one source nothing is held.
class LogMerger final
{
public:
    struct Entry
    {
        LogLine line;
        int source = 0;
    };

    explicit LogMerger(int holdMs = 400);

    int addSource();
    int sourceCount() const { return int(m_latest.size()); }
    void add(int source, const QList<LogLine> &lines, qint64 nowMs);
    // The lines that may go now (`all`: every one held), in time order.
    std::vector<Entry> take(qint64 nowMs, bool all = false);
    bool isEmpty() const { return m_pending.empty(); }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    void clear();

private:
    struct Pending
    {
        Entry entry;
        qint64 arrivedMs = 0;
    };
    int m_holdMs;
    std::vector<qint64> m_latest; // per source: the newest time it sent (0: none yet)
    std::vector<Pending> m_pending;
};
