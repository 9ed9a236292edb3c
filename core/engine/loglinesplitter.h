#pragma once

#include "core/engine/logline.h"

#include <QByteArrayView>
#include <QList>

// Turns the pieces of a container's output into lines. With timestamps, every record the
// engine sends starts with its RFC 3339 time and a space: the time is taken off and kept with
// the line. A long line the engine logged in parts (Docker cuts at 16 KiB) comes out whole, with
// the time of its first part. Standard output and standard error are split separately.
class LogLineSplitter final
{
public:
    explicit LogLineSplitter(bool timestamps = false);
    bool timestamps() const { return m_timestamps; }

    QList<LogLine> feed(const QList<LogChunk> &chunks);
    // The unfinished last lines, as lines (the log ended without a final line break).
    QList<LogLine> finish();

    // A longer line is handed on in parts of this size, marked `continued`.
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

    // "2024-05-01T10:00:00.123456789Z" (or with an offset: +09:00): nanoseconds since the
    // epoch, and how many bytes the time took; 0 bytes when `text` does not start with one.
    static qint64 parseTime(QByteArrayView text, qsizetype *length);
    // Podman (4.x) stamps whole seconds only. A line that arrives within its second is given the
    // time it arrived (`nowNs`), so that merged logs order it among other engines' lines.
    static void refineWholeSeconds(QList<LogLine> &lines, qint64 nowNs);
    // The inverse, always in UTC with nine fraction digits.
    static QByteArray formatTime(qint64 timeNs);

private:
    struct Pending
    {
        QByteArray text; // the unfinished line
        qint64 timeNs = 0;
        bool lineStart = true;
        // A record began: its time comes first (it may be split across pieces).
        bool expectTime = false;
        QByteArray timeHead;
    };
    // Takes a line's text; returns the bytes used (up to the first line end if asked).
    static qsizetype content(Pending &pending, LogChunk::Source source, QByteArrayView data,
                             bool stopAtLineEnd, QList<LogLine> &out);
    void feedPiece(Pending &pending, LogChunk::Source source, QByteArrayView data, bool recordStart,
                   QList<LogLine> &out);

    bool m_timestamps = false;
    Pending m_pending[3]; // by LogChunk::Source
    void reset();
};
