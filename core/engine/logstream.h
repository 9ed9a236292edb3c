#pragma once

#include "core/engine/engineerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

// What to read of a container's output.
struct LogOptions
{
    bool follow = false;
    bool stdoutStream = true;
    bool stderrStream = true;
    int tail = -1; // last N lines; -1 for all
    QDateTime since;
    QDateTime until;
    bool timestamps = false; // the engine prefixes every line with its RFC 3339 time
};

// One piece of a container's output, as the engine wrote it: not split into lines.
struct LogChunk
{
    enum class Source
    {
        Stdout,
        Stderr,
        Tty // a container with a terminal: stdout and stderr are one stream
    };
    Source source = Source::Stdout;
    QByteArray data;
    // The piece begins one of the engine's log records (a frame of the multiplexed stream).
    // With timestamps on, each record starts with its own time, a long line's parts included.
    bool recordStart = false;
};

// A container's log on a connection of its own. Deleting it ends it.
class LogStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    using QObject::QObject;
    ~LogStream() override = default;

Q_SIGNALS:
    void opened();
    void received(const QList<LogChunk> &chunks);
    // The log is over: without error when the container stopped or the log was read to its
    // end; with one when the stream broke or was refused.
    void ended(const EngineError &error);
};

Q_DECLARE_METATYPE(LogChunk)
