#include "core/transport/httpreply.h"

#include "core/transport/connection.h"
#include "core/transport/transportlogging.h"

#include <QCoreApplication>

namespace {
constexpr int ConnectTimeoutMs = 5000;
}

HttpReply::HttpReply(const Endpoint &endpoint, const HttpRequest &request, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_request(request)
{
    m_parser.setExpectBody(request.method != "HEAD");
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpReply::onTimeout);

    // The connection starts on the next turn of the event loop, after the caller connected.
    m_connection = Connection::open(endpoint, this);
    connect(m_connection, &Connection::connected, this, &HttpReply::onConnected);
    connect(m_connection, &Connection::readyRead, this, &HttpReply::onReadyRead);
    connect(m_connection, &Connection::disconnected, this, &HttpReply::onDisconnected);
    connect(m_connection, &Connection::failed, this, &HttpReply::onFailed);
    m_timer.start(request.stream ? ConnectTimeoutMs : qMax(request.timeoutMs, ConnectTimeoutMs));
    qCDebug(lcTransport) << m_request.method << m_request.target << "on" << endpoint.toUrl();
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
    finish(EngineError::make(EngineError::Kind::Aborted, {}, m_endpoint.toUrl()));
}

EngineError HttpReply::tooLarge() const
{
    return EngineError::make(EngineError::Kind::TooLarge,
                             tr("more than %1 MiB").arg(m_request.maxBodyBytes / (1024 * 1024)),
                             m_endpoint.toUrl());
}

void HttpReply::onConnected()
{
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
    if (!m_parser.feed(m_connection->readAll())) {
        finish(EngineError::make(EngineError::Kind::Protocol,
                                 QString::fromLatin1(m_parser.errorString()), m_endpoint.toUrl()));
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
    if (m_finished)
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
        finish(EngineError::make(nothing ? EngineError::Kind::Protocol : EngineError::Kind::Closed,
                                 QString::fromLatin1(m_parser.errorString()), m_endpoint.toUrl()));
    }
}

void HttpReply::onFailed(const EngineError &error)
{
    finish(error);
}

void HttpReply::onTimeout()
{
    finish(EngineError::make(EngineError::Kind::Timeout, {}, m_endpoint.toUrl()));
}

void HttpReply::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timer.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
    if (error.isError())
        qCDebug(lcTransport) << m_request.target << "failed:" << error.message;
    Q_EMIT finished();
}
