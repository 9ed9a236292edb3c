#include "core/transport/httpreply.h"

#include "core/transport/connection.h"
#include "core/transport/connectionpool.h"
#include "core/transport/transportlogging.h"

#include <QCoreApplication>

namespace {
constexpr int ConnectTimeoutMs = 5000;
}

HttpReply::HttpReply(const Endpoint &endpoint, const HttpRequest &request, QObject *parent)
    : HttpReply(nullptr, endpoint, request, parent)
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

    if (pool && !request.stream && !request.upgrade) {
        m_pool = pool;
        m_request.keepAlive = true;
    }
    Connection *idle = m_pool ? m_pool->take(this) : nullptr;
    m_reused = idle != nullptr;
    // A new connection starts on the next turn of the event loop, after the caller connected;
    // a borrowed one is written to on that turn too.
    attach(idle ? idle : m_pool ? m_pool->open(this) : Connection::open(endpoint, this));
    if (idle)
        QMetaObject::invokeMethod(this, &HttpReply::onConnected, Qt::QueuedConnection);
    m_timer.start(request.stream ? ConnectTimeoutMs : qMax(request.timeoutMs, ConnectTimeoutMs));
    qCDebug(lcTransport) << m_request.method << m_request.target << "on" << endpoint.toUrl()
                         << (m_reused ? "(reused connection)" : "");
}

void HttpReply::attach(Connection *connection)
{
    m_connection = connection;
    connect(m_connection, &Connection::connected, this, &HttpReply::onConnected);
    connect(m_connection, &Connection::readyRead, this, &HttpReply::onReadyRead);
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
    qCDebug(lcTransport) << m_request.target << "sent again: the reused connection had closed";
    attach(m_pool->open(this));
    return true;
}

HttpReply::~HttpReply()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
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
    m_connection->write(m_request.serialize(host));
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
        if (m_request.stream)
            m_timer.stop();
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
    if (m_connection) {
        m_connection->disconnect(this);
        if (m_pool && !error.isError() && m_parser.allowsReuse()) {
            m_pool->put(m_connection);
            m_connection = nullptr;
        } else {
            m_connection->abort();
        }
    }
    if (error.isError())
        qCDebug(lcTransport) << m_request.target << "failed:" << error.message;
    Q_EMIT finished();
}
