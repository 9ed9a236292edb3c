#pragma once

#include "core/engine/logstream.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

// One line of a container's output, without its line break, as bytes (a container may print
// anything, not only UTF-8).
struct LogLine
{
    // When the engine logged it, in nanoseconds since the epoch; 0 when unknown.
    qint64 timeNs = 0;
    LogChunk::Source source = LogChunk::Source::Stdout;
    QByteArray text;
    // The line was longer than LogLineSplitter::MaxLineBytes and goes on in the next one.
    bool continued = false;
};

Q_DECLARE_METATYPE(LogLine)
