#include "core/engine/logmerger.h"

#include <algorithm>
#include <limits>

LogMerger::LogMerger(int holdMs)
    : m_holdMs(holdMs)
{}

int LogMerger::addSource()
{
    m_latest.push_back(0);
    return int(m_latest.size()) - 1;
}

void LogMerger::add(int source, const QList<LogLine> &lines, qint64 nowMs)
{
    if (source < 0 || size_t(source) >= m_latest.size())
        return;
    for (const LogLine &line : lines) {
        m_pending.push_back(Pending{Entry{line, source}, nowMs});
        m_latest[size_t(source)] = qMax(m_latest[size_t(source)], line.timeNs);
    }
}

std::vector<LogMerger::Entry> LogMerger::take(qint64 nowMs, bool all)
{
    std::vector<Entry> ready;
    if (m_pending.empty())
        return ready;
    ready.reserve(m_pending.size());
    if (all || m_latest.size() < 2) {
        for (Pending &p : m_pending)
            ready.push_back(std::move(p.entry));
        m_pending.clear();
    } else {
        // A line may go once every source is past its time, or once it waited long enough.
        qint64 watermark = std::numeric_limits<qint64>::max();
        for (const qint64 latest : m_latest)
            watermark = qMin(watermark, latest);
        const qint64 due = nowMs - m_holdMs;
        std::vector<Pending> keep;
        for (Pending &p : m_pending) {
            if (p.arrivedMs <= due || p.entry.line.timeNs <= watermark)
                ready.push_back(std::move(p.entry));
            else
                keep.push_back(std::move(p));
        }
        m_pending.swap(keep);
    }
    if (m_latest.size() > 1)
        std::stable_sort(ready.begin(), ready.end(), [](const Entry &a, const Entry &b) {
            return a.line.timeNs < b.line.timeNs;
        });
    return ready;
}

void LogMerger::clear()
{
    m_pending.clear();
    std::fill(m_latest.begin(), m_latest.end(), 0);
}
