#pragma once

#include "core/engine/logstream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Reads the multiplexed stream Docker and Podman send for a container without a terminal: each
// frame is an 8-byte header (stream type, three zero bytes, big-endian payload size) followed
// by the payload. Bytes arrive in whatever pieces the socket gives; a frame's payload is handed
// on as it arrives, so a huge frame is never held whole. Type 3 is the engine reporting an error.
class LogFrameDemuxer final
{
public:
    // Appends bytes and returns the payload pieces they completed, merged per source where
    // neighbours share one and the later one does not start a frame (LogChunk::recordStart).
    QList<LogChunk> feed(QByteArrayView data);
    bool hasError() const { return !m_error.isEmpty(); }
    // Why the stream is not valid, or the engine's own message for a type-3 frame.
    QByteArray errorString() const { return m_error; }
    bool isEngineError() const { return m_engineError; }
    // True between frames: the stream may end here without losing anything.
    bool atFrameBoundary() const { return m_header.isEmpty() && m_remaining == 0; }

    // Larger frames are taken as garbage rather than honoured.
    static constexpr quint32 MaxFrameBytes = 64 * 1024 * 1024;

private:
    QByteArray m_header;
    quint32 m_remaining = 0;
    int m_type = 0;
    bool m_frameStart = false;
    QByteArray m_errorFrame;
    QByteArray m_error;
    bool m_engineError = false;
};
