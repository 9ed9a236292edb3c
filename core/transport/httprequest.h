#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target; // origin-form: path and query, already percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A body too large to hold in memory (a build's context) instead of `body`: the file at
    // `bodyFile`, of `bodyFileSize` bytes, read a piece at a time as the connection drains.
    // Whoever made the file keeps it until the exchange ended.
    QString bodyFile;
    qint64 bodyFileSize = 0;
    // A stream has no time limit once its headers arrived; a short call has one for its answer.
    // Neither has a fixed limit for sending the request: the upload fails only when no byte of
    // it moves for `stallMs`. After the last byte is sent, a short call's answer must be complete
    // within `timeoutMs`, a stream's headers must arrive within `firstByteMs` (a build's engine
    // may unpack a large context, a pull's engine ask a slow registry, before answering).
    bool stream = false;
    // Asks the engine to hand the connection over to a raw stream (exec, attach): answered
    // with 101, or by Podman with a 200 whose body is that stream.
    bool upgrade = false;
    int timeoutMs = 30000;
    int stallMs = 60000;
    int firstByteMs = 5000;
    static constexpr int SlowFirstByteMs = 300000;
    // Leaves the connection open after the answer, for the next short call (set by HttpReply
    // when it has a pool); otherwise the engine closes it.
    bool keepAlive = false;
    // The node's health probe: never waits behind a line of calls (ConnectionPool's probe lane).
    bool probe = false;
    // A short call's whole body is held in memory: past this size it fails instead. Streams
    // hand their bytes on as they come and have no such limit.
    qint64 maxBodyBytes = 64 * 1024 * 1024;

    bool hasBody() const { return bodySize() > 0; }
    qint64 bodySize() const { return bodyFile.isEmpty() ? body.size() : bodyFileSize; }

    // The request with its in-memory `body` (not for a `bodyFile`).
    QByteArray serialize(QByteArrayView host) const;
    // The request line and headers alone, for sending the body in pieces after them.
    QByteArray serializeHead(QByteArrayView host) const;
    // Safe to send again when a reused connection turned out to be closed (RFC 9110, 9.2.2).
    bool isIdempotent() const;
};
