#include "core/docker/dockerjsonstream.h"

#include "core/docker/dockererrorkind.h"
#include "core/docker/dockerjson.h"
#include "core/transport/httpreply.h"

#include <QCoreApplication>

DockerJsonStream::DockerJsonStream(const Endpoint &endpoint, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_where(endpoint.toUrl())
{
    request.stream = true;
    m_reply = new HttpReply(endpoint, request, this);
    connect(m_reply, &HttpReply::headersArrived, this, [this] {
        if (m_reply->statusCode() < 300)
            Q_EMIT opened();
    });
    connect(m_reply, &HttpReply::uploadProgress, this, &DockerJsonStream::uploadProgress);
    connect(m_reply, &HttpReply::readyRead, this, &DockerJsonStream::onData);
    connect(m_reply, &HttpReply::finished, this, &DockerJsonStream::onFinished);
}

DockerJsonStream::~DockerJsonStream()
{
    m_ended = true;
}

void DockerJsonStream::abort()
{
    m_reply->abort();
}

void DockerJsonStream::onData()
{
    const QByteArray data = m_reply->readAll();
    if (m_ended)
        return;
    if (m_reply->statusCode() >= 300) {
        m_errorBody.append(data.left(4096 - m_errorBody.size()));
        return;
    }
    const QList<QByteArray> values = m_splitter.feed(data);
    for (const QByteArray &value : values) {
        Q_EMIT valueReceived(value);
        if (m_ended)
            return;
    }
    if (m_splitter.hasError()) {
        end(EngineError::make(
            EngineError::Kind::Protocol,
            QCoreApplication::translate("DockerJsonStream", "the engine's stream is not JSON"),
            m_where));
        m_reply->abort();
    }
}

void DockerJsonStream::onFinished()
{
    EngineError error = m_reply->error();
    if (!error.isError() && m_reply->statusCode() >= 300) {
        error = DockerErrorKind::httpError(m_reply->statusCode(),
                                           DockerJson::errorMessage(m_errorBody), m_where);
    }
    end(error);
}

void DockerJsonStream::end(const EngineError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(error);
}
