#include "core/transport/httpreply.h"

#include "core/transport/connection.h"
#include "core/transport/connectionpool.h"
#include "core/transport/sshmaster.h"
#include "core/transport/transportlogging.h"

#include <QCoreApplication>
#include <QFile>

namespace {
constexpr int ConnectTimeoutMs = 5000;
// The body is handed to the connection in pieces of this size, the next one once the last has
// (nearly) gone out.
constexpr qint64 BodyPieceBytes = 1024 * 1024;
} // namespace

HttpReply::HttpReply(const Endpoint &endpoint, const HttpRequest &request, QObject *parent)
    : HttpReply(ConnectionPool::sharedFor(endpoint), endpoint, request, parent)
{}

HttpReply::HttpReply(ConnectionPool *pool, const Endpoint &endpoint, const HttpRequest &request,
                     QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_request(request)
{
    m_parser.setExpectBody(request.method != "HEAD");
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpReply::onTimeout);

    if (pool && !request.stream && !request.upgrade)
        m_request.keepAlive = true;
    m_pool = pool;
    qCDebug(lcTransport) << m_request.method << m_request.target << "on" << endpoint.toUrl();
    if (!m_pool) {
        // A new connection starts on the next turn of the event loop, after the caller
        // connected.
        attach(Connection::open(endpoint, this));
        m_timer.start(connectTimeoutMs());
        return;
    }
    // The node's pool hands a connection over when one is free, at once or in turn; the wait
    // is no part of any deadline.
    const ConnectionPool::Lane lane = request.stream || request.upgrade
                                          ? ConnectionPool::Lane::Stream
                                      : request.probe ? ConnectionPool::Lane::Probe
                                                      : ConnectionPool::Lane::Call;
    m_pool->acquire(this, lane,
                    [this](Connection *connection, bool reused) { onGranted(connection, reused); });
}

void HttpReply::onGranted(Connection *connection, bool reused)
{
    m_reused = reused;
    attach(connection);
    // A borrowed connection is written to on the next turn of the event loop, as a new one
    // connects then.
    if (reused)
        QMetaObject::invokeMethod(this, &HttpReply::onConnected, Qt::QueuedConnection);
    // Until connected; then by the upload's progress, then the answer's deadline.
    m_timer.start(connectTimeoutMs());
    if (reused)
        qCDebug(lcTransport) << m_request.target << "on a reused connection";
}

int HttpReply::connectTimeoutMs() const
{
    // Over SSH, connecting may include logging in, which has a deadline of its own.
    return m_endpoint.kind == Endpoint::Kind::Ssh ? SshMaster::LoginTimeoutMs + ConnectTimeoutMs
                                                  : ConnectTimeoutMs;
}

void HttpReply::attach(Connection *connection)
{
    m_connection = connection;
    connect(m_connection, &Connection::connected, this, &HttpReply::onConnected);
    connect(m_connection, &Connection::readyRead, this, &HttpReply::onReadyRead);
    connect(m_connection, &Connection::bytesWritten, this, &HttpReply::onBytesWritten);
    connect(m_connection, &Connection::disconnected, this, &HttpReply::onDisconnected);
    connect(m_connection, &Connection::failed, this, &HttpReply::onFailed);
}

bool HttpReply::retryOnFreshConnection()
{
    // A borrowed connection that ends before a single byte of answer was most likely closed by
    // the engine while idle, before it read the request: sending it again is safe when doing it
    // twice means the same as once.
    if (!m_reused || m_retried || m_anyBytes || !m_request.isIdempotent())
        return false;
    m_retried = true;
    m_reused = false;
    m_connection->disconnect(this);
    m_connection->abort();
    m_connection->deleteLater();
    m_parser = HttpResponseParser();
    m_parser.setExpectBody(m_request.method != "HEAD");
    m_sending = false;
    m_timer.start(connectTimeoutMs());
    qCDebug(lcTransport) << m_request.target << "sent again: the reused connection had closed";
    attach(m_pool->reopen(this));
    return true;
}

HttpReply::~HttpReply()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
    if (m_pool)
        m_pool->release(this);
}

QByteArray HttpReply::readAll()
{
    QByteArray out;
    out.swap(m_body);
    return out;
}

void HttpReply::write(const QByteArray &data)
{
    if (!m_finished && m_connection)
        m_connection->write(data);
}

bool HttpReply::closeWrite()
{
    return !m_finished && m_connection && m_connection->closeWrite();
}

void HttpReply::abort()
{
    finish(TransportError::make(TransportError::Kind::Aborted, {}, m_endpoint.toUrl()));
}

TransportError HttpReply::tooLarge() const
{
    return TransportError::make(TransportError::Kind::TooLarge,
                                tr("more than %1 MiB").arg(m_request.maxBodyBytes / (1024 * 1024)),
                                m_endpoint.toUrl());
}

void HttpReply::onConnected()
{
    if (m_finished)
        return;
    // Engines ignore Host on a unix socket; over TCP it names the engine's address.
    const QByteArray host =
        m_endpoint.kind == Endpoint::Kind::Tcp
            ? m_endpoint.host.toUtf8() + ':' + QByteArray::number(m_endpoint.port)
            : QByteArray("docker");
    const QByteArray head = m_request.serializeHead(host);
    m_bodyOffset = 0;
    m_sent = 0;
    m_reported = 0;
    m_total = head.size() + m_request.bodySize();
    m_bodyFile.reset();
    if (!m_request.bodyFile.isEmpty()) {
        m_bodyFile = std::make_unique<QFile>(m_request.bodyFile);
        if (!m_bodyFile->open(QIODevice::ReadOnly)) {
            finish(bodyUnreadable());
            return;
        }
    }
    m_sending = true;
    m_timer.start(stallMs());
    m_connection->write(head);
    sendMoreBody();
}

int HttpReply::stallMs() const
{
    // A short call's small request that does not move is as late as its answer would be.
    return m_request.stream ? m_request.stallMs
                            : qMin(m_request.stallMs, qMax(m_request.timeoutMs, ConnectTimeoutMs));
}

void HttpReply::sendMoreBody()
{
    const qint64 size = m_request.bodySize();
    while (m_bodyOffset < size && m_connection->bytesToWrite() < BodyPieceBytes) {
        const qint64 n = qMin(BodyPieceBytes, size - m_bodyOffset);
        if (m_bodyFile) {
            // Read only now that the connection took the last piece: one piece in memory.
            const QByteArray piece = m_bodyFile->read(n);
            if (piece.size() != n) {
                finish(bodyUnreadable());
                return;
            }
            m_connection->write(piece);
        } else {
            // The whole body in one piece shares its bytes; a part of it is copied.
            m_connection->write(n == size ? m_request.body : m_request.body.mid(m_bodyOffset, n));
        }
        m_bodyOffset += n;
    }
    if (m_bodyOffset >= size)
        m_bodyFile.reset();
}

TransportError HttpReply::bodyUnreadable() const
{
    return TransportError::make(
        TransportError::Kind::BadInput,
        tr("cannot read %1: %2")
            .arg(m_request.bodyFile, m_bodyFile->error() == QFileDevice::NoError
                                         ? tr("it is shorter than announced")
                                         : m_bodyFile->errorString()),
        m_endpoint.toUrl());
}

void HttpReply::onBytesWritten(qint64 bytes)
{
    if (m_finished || !m_sending)
        return;
    m_sent += bytes;
    sendMoreBody();
    if (m_finished)
        return;
    const bool done = m_bodyOffset >= m_request.bodySize() && m_connection->bytesToWrite() == 0;
    if (done || m_sent - m_reported >= BodyPieceBytes) {
        m_reported = m_sent;
        Q_EMIT uploadProgress(qMin(m_sent, m_total), m_total);
        if (m_finished)
            return;
    }
    if (!done) {
        m_timer.start(stallMs()); // bytes moved: the upload lives on
        return;
    }
    m_sending = false;
    // Nothing may be held back any more: the whole request went out (an answer can come
    // before that, and stops this timer).
    if (!m_parser.headersComplete() || !m_request.stream)
        m_timer.start(m_request.stream ? m_request.firstByteMs : m_request.timeoutMs);
}

void HttpReply::onReadyRead()
{
    if (m_finished)
        return;
    const bool hadHeaders = m_parser.headersComplete();
    const QByteArray bytes = m_connection->readAll();
    m_anyBytes = m_anyBytes || !bytes.isEmpty();
    if (!m_parser.feed(bytes)) {
        finish(TransportError::make(TransportError::Kind::Protocol,
                                    QString::fromLatin1(m_parser.errorString()),
                                    m_endpoint.toUrl()));
        return;
    }
    if (!hadHeaders && m_parser.headersComplete()) {
        if (m_request.stream) {
            m_timer.stop();
            m_sending = false; // an engine answering before the end of the upload ends it
        }
        bool known = false;
        const qint64 announced = m_parser.header("Content-Length").toLongLong(&known);
        if (!m_request.stream && known && announced > m_request.maxBodyBytes) {
            finish(tooLarge());
            return;
        }
        Q_EMIT headersArrived();
        if (m_finished)
            return;
    }
    if (m_parser.hasBody()) {
        m_body.append(m_parser.takeBody());
        if (!m_request.stream && m_body.size() > m_request.maxBodyBytes) {
            m_body.clear();
            finish(tooLarge());
            return;
        }
        Q_EMIT readyRead();
        if (m_finished)
            return;
    }
    if (m_parser.state() == HttpResponseParser::State::Complete)
        finish({});
}

void HttpReply::onDisconnected()
{
    if (m_finished || retryOnFreshConnection())
        return;
    m_parser.finishOnEof();
    if (m_parser.hasBody()) {
        m_body.append(m_parser.takeBody());
        Q_EMIT readyRead();
    }
    if (m_parser.isComplete()) {
        finish({});
    } else {
        const bool nothing = m_parser.state() == HttpResponseParser::State::Error &&
                             !m_parser.headersComplete() && m_parser.statusCode() == 0;
        finish(TransportError::make(
            nothing ? TransportError::Kind::Protocol : TransportError::Kind::Closed,
            QString::fromLatin1(m_parser.errorString()), m_endpoint.toUrl()));
    }
}

void HttpReply::onFailed(const TransportError &error)
{
    if (!retryOnFreshConnection())
        finish(error);
}

void HttpReply::onTimeout()
{
    finish(TransportError::make(TransportError::Kind::Timeout, {}, m_endpoint.toUrl()));
}

void HttpReply::finish(const TransportError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timer.stop();
    m_bodyFile.reset();
    Connection *keep = nullptr;
    if (m_connection) {
        m_connection->disconnect(this);
        if (m_pool && m_request.keepAlive && !error.isError() && m_parser.allowsReuse()) {
            keep = m_connection;
            m_connection = nullptr;
        } else {
            m_connection->abort();
        }
    }
    // The place goes to the next in line (and a kept connection with it).
    if (m_pool)
        m_pool->release(this, keep);
    if (error.isError())
        qCDebug(lcTransport) << m_request.target << "failed:" << error.message;
    Q_EMIT finished();
}
