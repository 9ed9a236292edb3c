#include "core/engine/loglinesplitter.h"

#include <limits>

#include <QDateTime>

namespace {

// Longer than any RFC 3339 time with nine fraction digits and an offset.
constexpr qsizetype MaxTimeBytes = 40;

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int digits(QByteArrayView t, qsizetype at, int count)
{
    if (at + count > t.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = t[at + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

LogLineSplitter::LogLineSplitter(bool timestamps)
    : m_timestamps(timestamps)
{
    reset();
}

void LogLineSplitter::reset()
{
    for (Pending &p : m_pending)
        p = Pending();
    m_pending[int(LogChunk::Source::Tty)].expectTime = m_timestamps;
}

qint64 LogLineSplitter::parseTime(QByteArrayView t, qsizetype *length)
{
    *length = 0;
    const int year = digits(t, 0, 4);
    const int month = digits(t, 5, 2);
    const int day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2);
    const int minute = digits(t, 14, 2);
    const int second = digits(t, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 ||
        t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != ' ') || t[13] != ':' ||
        t[16] != ':')
        return 0;
    qsizetype at = 19;
    qint64 fraction = 0;
    if (at < t.size() && t[at] == '.') {
        ++at;
        int n = 0;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9') {
            if (n < 9) {
                fraction = fraction * 10 + (t[at] - '0');
                ++n;
            }
            ++at;
        }
        if (n == 0)
            return 0;
        for (; n < 9; ++n)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (at < t.size() && (t[at] == 'Z' || t[at] == 'z')) {
        ++at;
    } else if (at < t.size() && (t[at] == '+' || t[at] == '-')) {
        const int oh = digits(t, at + 1, 2);
        const int om = digits(t, at + 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59 || t[at + 3] != ':')
            return 0;
        offsetSeconds = (oh * 3600 + om * 60) * (t[at] == '+' ? 1 : -1);
        at += 6;
    } else {
        return 0;
    }
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 +
                           second - offsetSeconds;
    // Nanoseconds since 1970 end in 2262 (and began in 1677): later text is not a time we keep.
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000000000 - 1;
    if (seconds < -limit || seconds > limit)
        return 0;
    *length = at;
    return seconds * 1000000000 + fraction;
}

QByteArray LogLineSplitter::formatTime(qint64 timeNs)
{
    const qint64 seconds = timeNs >= 0 ? timeNs / 1000000000 : (timeNs - 999999999) / 1000000000;
    const qint64 nanos = timeNs - seconds * 1000000000;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
               .toLatin1() +
           '.' + QByteArray::number(nanos).rightJustified(9, '0') + 'Z';
}

void LogLineSplitter::refineWholeSeconds(QList<LogLine> &lines, qint64 nowNs)
{
    for (LogLine &line : lines) {
        if (line.timeNs != 0 && line.timeNs % 1000000000 == 0 && nowNs >= line.timeNs &&
            nowNs < line.timeNs + 1500000000)
            line.timeNs = qMin(nowNs, line.timeNs + 999999999);
    }
}

QList<LogLine> LogLineSplitter::feed(const QList<LogChunk> &chunks)
{
    QList<LogLine> out;
    for (const LogChunk &chunk : chunks)
        feedPiece(m_pending[int(chunk.source)], chunk.source, chunk.data, chunk.recordStart, out);
    return out;
}

qsizetype LogLineSplitter::content(Pending &p, LogChunk::Source source, QByteArrayView data,
                                   bool stopAtLineEnd, QList<LogLine> &out)
{
    qsizetype used = 0;
    while (used < data.size()) {
        const QByteArrayView rest = data.sliced(used);
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView part = nl < 0 ? rest : rest.first(nl);
        if (p.text.size() + part.size() >= MaxLineBytes) {
            const qsizetype room = MaxLineBytes - p.text.size();
            p.text.append(part.first(room));
            out.append(LogLine{p.timeNs, source, std::exchange(p.text, {}), true});
            p.lineStart = false;
            used += room;
            continue;
        }
        if (nl < 0) {
            p.text.append(part);
            p.lineStart = false;
            return data.size();
        }
        QByteArray line;
        if (p.text.isEmpty()) {
            line = part.toByteArray();
        } else {
            line = std::exchange(p.text, {});
            line.append(part);
        }
        if (line.endsWith('\r'))
            line.chop(1);
        out.append(LogLine{p.timeNs, source, std::move(line), false});
        p.lineStart = true;
        used += nl + 1;
        if (stopAtLineEnd) {
            p.expectTime = true;
            return used;
        }
    }
    return used;
}

void LogLineSplitter::feedPiece(Pending &p, LogChunk::Source source, QByteArrayView data,
                                bool recordStart, QList<LogLine> &out)
{
    // A terminal's output has no records: with timestamps, each line starts with its time.
    const bool lineRecords = m_timestamps && source == LogChunk::Source::Tty;
    if (m_timestamps && recordStart) {
        p.expectTime = true;
        p.timeHead.clear();
    }
    while (!data.isEmpty()) {
        if (!p.expectTime) {
            data = data.sliced(content(p, source, data, lineRecords, out));
            continue;
        }
        const qsizetype space = data.indexOf(' ');
        const qsizetype take = space < 0 ? data.size() : space + 1;
        if (p.timeHead.size() + take <= MaxTimeBytes + 1) {
            p.timeHead.append(data.first(take));
            data = data.sliced(take);
            if (space < 0)
                continue; // the rest of the time comes in the next piece
        }
        p.expectTime = false;
        qsizetype length = 0;
        const qint64 time = parseTime(p.timeHead, &length);
        const QByteArray head = std::exchange(p.timeHead, {});
        if (length > 0 && length + 1 == head.size()) {
            // A long line's later part keeps the time of its first.
            if (p.lineStart)
                p.timeNs = time;
        } else {
            // Not a time after all: it is the line's text.
            content(p, source, head, false, out);
        }
    }
}

QList<LogLine> LogLineSplitter::finish()
{
    QList<LogLine> out;
    for (int i = 0; i < 3; ++i) {
        Pending &p = m_pending[i];
        p.text.append(p.timeHead);
        if (!p.text.isEmpty()) {
            QByteArray line = std::exchange(p.text, {});
            if (line.endsWith('\r'))
                line.chop(1);
            out.append(LogLine{p.timeNs, LogChunk::Source(i), std::move(line), false});
        }
    }
    reset();
    return out;
}
