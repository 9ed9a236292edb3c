#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// An incremental HTTP/1.1 response parser. Bytes arrive in whatever pieces the socket gives;
// nothing assumes that a read, a chunk and a message line up. Decoded body bytes collect in a
// buffer the caller drains with takeBody().
class HttpResponseParser final
{
public:
    enum class State
    {
        StatusLine,
        Headers,
        Body,
        Complete,
        Upgraded,
        Error
    };

    // A response to HEAD, or 1xx/204/304, has no body whatever its headers say.
    void setExpectBody(bool expect) { m_expectBody = expect; }

    // Feeds bytes; returns false once the response is malformed (see errorString()).
    bool feed(QByteArrayView data);
    // The peer closed the connection: completes a body delimited by close, fails otherwise.
    void finishOnEof();

    State state() const { return m_state; }
    bool headersComplete() const { return m_state >= State::Body; }
    bool isComplete() const { return m_state == State::Complete || m_state == State::Upgraded; }
    bool hasError() const { return m_state == State::Error; }
    QByteArray errorString() const { return m_error; }

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // Header names compare case-insensitively; the last value wins.
    QByteArray header(QByteArrayView name) const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    QByteArray takeBody();
    bool hasBody() const { return !m_body.isEmpty(); }

    // Whether the connection may carry another exchange: the response is complete, its end was
    // framed (not the close), and the peer speaks HTTP/1.1 without asking to close.
    bool allowsReuse() const;

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

private:
    enum class BodyMode
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    bool fail(const char *why);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool beginBody();
    bool feedBody();

    State m_state = State::StatusLine;
    BodyMode m_mode = BodyMode::None;
    ChunkState m_chunk = ChunkState::Size;
    bool m_expectBody = true;
    int m_status = 0;
    int m_minorVersion = 0;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0;
    QByteArray m_reason;
    QByteArray m_error;
    QByteArray m_pending; // undecoded input
    QByteArray m_body;    // decoded body not yet taken
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
