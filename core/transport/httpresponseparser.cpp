#include "core/transport/httpresponseparser.h"

#include <QScopeGuard>

#include <limits>

namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Parses a non-negative decimal or hexadecimal number without overflow.
bool parseNumber(QByteArrayView text, int base, qint64 *out)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    qint64 value = 0;
    for (const char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        if (value > (std::numeric_limits<qint64>::max() - digit) / base)
            return false; // would overflow: no real body is that large
        value = value * base + digit;
    }
    *out = value;
    return true;
}

} // namespace

bool HttpResponseParser::fail(const char *why)
{
    m_state = State::Error;
    m_error = why;
    m_pending.clear();
    return false;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (auto it = m_headers.crbegin(); it != m_headers.crend(); ++it) {
        if (equalsIgnoreCase(it->first, name))
            return it->second;
    }
    return {};
}

QByteArray HttpResponseParser::takeBody()
{
    QByteArray out;
    out.swap(m_body);
    return out;
}

bool HttpResponseParser::allowsReuse() const
{
    if (m_state != State::Complete || m_mode == BodyMode::UntilClose || m_minorVersion < 1)
        return false;
    // Connection is a list of tokens; "close" anywhere in it ends the connection.
    for (const auto &[name, value] : m_headers) {
        if (!equalsIgnoreCase(name, "Connection"))
            continue;
        for (const QByteArray &token : value.split(',')) {
            if (equalsIgnoreCase(trimmed(token), "close"))
                return false;
        }
    }
    return true;
}

bool HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state == State::Error)
        return false;
    if (m_state == State::Complete)
        return data.isEmpty() ? true : fail("bytes after the end of the response");
    if (m_state == State::Upgraded) {
        m_body.append(data);
        return true;
    }
    m_pending.append(data);

    while (m_state == State::StatusLine || m_state == State::Headers) {
        const qsizetype eol = m_pending.indexOf('\n');
        if (eol < 0) {
            if (m_headerBytes + m_pending.size() > MaxHeaderBytes)
                return fail("response headers are too large");
            return true;
        }
        m_headerBytes += eol + 1;
        if (m_headerBytes > MaxHeaderBytes)
            return fail("response headers are too large");
        // Take the line out first: what follows it is all that may remain pending.
        QByteArray line = m_pending.left(eol);
        m_pending.remove(0, eol + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool ok =
            m_state == State::StatusLine ? parseStatusLine(line) : parseHeaderLine(line);
        if (!ok)
            return false;
    }
    if (m_state == State::Body)
        return feedBody();
    if (m_state == State::Upgraded && !m_pending.isEmpty()) {
        // Bytes already buffered past the 101 headers belong to the upgraded stream.
        m_body.append(m_pending);
        m_pending.clear();
    }
    return m_state != State::Error;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT SP reason
    if (!line.startsWith("HTTP/1."))
        return fail("not an HTTP response");
    if (line.size() < 12 || line[8] != ' ')
        return fail("malformed HTTP status line");
    qint64 status = 0;
    if (!parseNumber(line.sliced(9, 3), 10, &status) || status < 100 || status > 599)
        return fail("malformed HTTP status code");
    if (line.size() > 12 && line[12] != ' ')
        return fail("malformed HTTP status line");
    m_status = int(status);
    m_minorVersion = line[7] == '1' ? 1 : 0;
    m_reason = line.size() > 13 ? line.sliced(13).toByteArray() : QByteArray();
    m_state = State::Headers;
    return true;
}

bool HttpResponseParser::parseHeaderLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        if (m_status >= 100 && m_status < 200 && m_status != 101) {
            // An interim response: the real one follows.
            m_headers.clear();
            m_state = State::StatusLine;
            return true;
        }
        return beginBody();
    }
    if (line.front() == ' ' || line.front() == '\t')
        return fail("obsolete folded header line");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail("malformed header line");
    const QByteArrayView name = line.first(colon);
    for (const char c : name) {
        if (c <= 32 || c >= 127)
            return fail("invalid character in header name");
    }
    if (m_headers.size() >= 256)
        return fail("too many response headers");
    m_headers.append({name.toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray()});
    return true;
}

bool HttpResponseParser::beginBody()
{
    if (m_status == 101) {
        m_state = State::Upgraded;
        return true;
    }
    const QByteArray transferEncoding = header("Transfer-Encoding").trimmed().toLower();
    const QByteArray contentLength = header("Content-Length").trimmed();
    if (!m_expectBody || m_status == 204 || m_status == 304) {
        m_mode = BodyMode::None;
    } else if (!transferEncoding.isEmpty()) {
        if (!transferEncoding.endsWith("chunked"))
            return fail("unsupported transfer encoding");
        m_mode = BodyMode::Chunked;
        m_chunk = ChunkState::Size;
    } else if (!contentLength.isEmpty()) {
        if (!parseNumber(contentLength, 10, &m_remaining))
            return fail("malformed Content-Length");
        m_mode = m_remaining > 0 ? BodyMode::Length : BodyMode::None;
    } else {
        m_mode = BodyMode::UntilClose;
    }
    m_state = m_mode == BodyMode::None ? State::Complete : State::Body;
    if (m_state == State::Complete && !m_pending.isEmpty())
        return fail("bytes after the end of the response");
    return true;
}

bool HttpResponseParser::feedBody()
{
    switch (m_mode) {
    case BodyMode::None:
        break;
    case BodyMode::UntilClose:
        m_body.append(m_pending);
        m_pending.clear();
        return true;
    case BodyMode::Length: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_pending.size()));
        m_body.append(m_pending.constData(), take);
        m_pending.remove(0, take);
        m_remaining -= take;
        if (m_remaining == 0) {
            m_state = State::Complete;
            if (!m_pending.isEmpty())
                return fail("bytes after the end of the response");
        }
        return true;
    }
    case BodyMode::Chunked: {
        // Read with a cursor and drop what was used once: an engine sends a chunk per log
        // record, and taking each off the front of a large buffer would copy it over and over.
        qsizetype at = 0;
        const auto consumed = qScopeGuard([this, &at] { m_pending.remove(0, at); });
        while (at < m_pending.size()) {
            const QByteArrayView rest = QByteArrayView(m_pending).sliced(at);
            if (m_chunk == ChunkState::Data) {
                const qsizetype take = qsizetype(qMin<qint64>(m_remaining, rest.size()));
                m_body.append(rest.first(take));
                at += take;
                m_remaining -= take;
                if (m_remaining == 0)
                    m_chunk = ChunkState::DataEnd;
                continue;
            }
            const qsizetype eol = rest.indexOf('\n');
            if (eol < 0) {
                if (rest.size() > 4096)
                    return fail("malformed chunk framing");
                return true;
            }
            QByteArrayView line = rest.first(eol);
            if (line.endsWith('\r'))
                line.chop(1);
            bool ok = true;
            switch (m_chunk) {
            case ChunkState::Size: {
                const qsizetype semicolon = line.indexOf(';');
                const QByteArrayView size = trimmed(semicolon >= 0 ? line.first(semicolon) : line);
                if (!parseNumber(size, 16, &m_remaining)) {
                    ok = false;
                    break;
                }
                m_chunk = m_remaining == 0 ? ChunkState::Trailer : ChunkState::Data;
                break;
            }
            case ChunkState::DataEnd:
                ok = line.isEmpty();
                m_chunk = ChunkState::Size;
                break;
            case ChunkState::Trailer:
                if (line.isEmpty())
                    m_state = State::Complete;
                break;
            case ChunkState::Data:
                break;
            }
            at += eol + 1;
            if (!ok)
                return fail("malformed chunk framing");
            if (m_state == State::Complete) {
                if (at < m_pending.size())
                    return fail("bytes after the end of the response");
                return true;
            }
        }
        return true;
    }
    }
    return true;
}

void HttpResponseParser::finishOnEof()
{
    switch (m_state) {
    case State::Body:
        if (m_mode == BodyMode::UntilClose)
            m_state = State::Complete;
        else
            fail("the connection closed in the middle of the response body");
        break;
    case State::StatusLine:
        fail(m_pending.isEmpty() && m_headerBytes == 0
                 ? "the connection closed without a response"
                 : "the connection closed in the middle of the response headers");
        break;
    case State::Headers:
        fail("the connection closed in the middle of the response headers");
        break;
    case State::Complete:
    case State::Upgraded:
    case State::Error:
        break;
    }
}
