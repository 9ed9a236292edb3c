#include "core/transport/httpreply.h"

#include "core/transport/transportlogging.h"

#include <QCoreApplication>
#include <QLocalSocket>

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

    if (endpoint.kind != Endpoint::Kind::Unix) {
        // Defer so that the caller can connect to finished() first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(EngineError::make(
                    EngineError::Kind::Unsupported,
                    QCoreApplication::translate("HttpReply",
                                                "this version connects to unix sockets only"),
                    m_endpoint.toUrl()));
            },
            Qt::QueuedConnection);
        return;
    }

    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, &HttpReply::onConnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &HttpReply::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &HttpReply::onDisconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &HttpReply::onSocketError);
    m_timer.start(request.stream ? ConnectTimeoutMs : qMax(request.timeoutMs, ConnectTimeoutMs));
    qCDebug(lcTransport) << m_request.method << m_request.target << "on" << endpoint.path;
    // QLocalSocket reports a missing socket from inside connectToServer(): connect on the next
    // turn of the event loop, once the caller has connected to finished().
    QMetaObject::invokeMethod(
        this, [this] { m_socket->connectToServer(m_endpoint.path); }, Qt::QueuedConnection);
}

HttpReply::~HttpReply()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QByteArray HttpReply::readAll()
{
    QByteArray out;
    out.swap(m_body);
    return out;
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
    m_socket->write(m_request.serialize("docker"));
}

void HttpReply::onReadyRead()
{
    if (m_finished)
        return;
    const bool hadHeaders = m_parser.headersComplete();
    if (!m_parser.feed(m_socket->readAll())) {
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
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
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

void HttpReply::onSocketError()
{
    if (m_finished)
        return;
    const auto socketError = m_socket->error();
    if (socketError == QLocalSocket::PeerClosedError) {
        onDisconnected();
        return;
    }
    EngineError::Kind kind = EngineError::Kind::Closed;
    switch (socketError) {
    case QLocalSocket::ServerNotFoundError:
        kind = EngineError::Kind::NoSocket;
        break;
    case QLocalSocket::SocketAccessError:
        kind = EngineError::Kind::AccessDenied;
        break;
    case QLocalSocket::ConnectionRefusedError:
        kind = EngineError::Kind::Refused;
        break;
    case QLocalSocket::SocketTimeoutError:
        kind = EngineError::Kind::Timeout;
        break;
    default:
        break;
    }
    finish(EngineError::make(kind, m_socket->errorString(), m_endpoint.toUrl()));
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
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (error.isError())
        qCDebug(lcTransport) << m_request.target << "failed:" << error.message;
    Q_EMIT finished();
}
