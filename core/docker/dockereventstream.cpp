#include "core/docker/dockereventstream.h"

#include "core/docker/dockerjson.h"
#include "core/docker/dockerlogging.h"
#include "core/transport/httpreply.h"

#include <QCoreApplication>

DockerEventStream::DockerEventStream(const Endpoint &endpoint, const QByteArray &target,
                                     QObject *parent)
    : EventStream(parent)
    , m_where(endpoint.toUrl())
{
    HttpRequest request;
    request.target = target;
    request.stream = true;
    m_reply = new HttpReply(endpoint, request, this);
    connect(m_reply, &HttpReply::headersArrived, this, &DockerEventStream::onHeaders);
    connect(m_reply, &HttpReply::readyRead, this, &DockerEventStream::onData);
    connect(m_reply, &HttpReply::finished, this, &DockerEventStream::onFinished);
}

DockerEventStream::~DockerEventStream()
{
    m_ended = true;
}

void DockerEventStream::onHeaders()
{
    if (m_reply->statusCode() == 200)
        Q_EMIT opened();
}

void DockerEventStream::onData()
{
    const QByteArray data = m_reply->readAll();
    if (m_reply->statusCode() != 200) {
        m_errorBody.append(data.left(4096 - m_errorBody.size()));
        return;
    }
    const QList<QByteArray> values = m_splitter.feed(data);
    for (const QByteArray &value : values) {
        if (const auto event = DockerJson::parseEvent(value))
            Q_EMIT eventReceived(*event);
        else
            qCWarning(lcDocker) << "ignoring an event the parser does not understand";
        if (m_ended)
            return;
    }
    if (m_splitter.hasError()) {
        m_ended = true;
        Q_EMIT ended(EngineError::make(
            EngineError::Kind::Protocol,
            QCoreApplication::translate("DockerEventStream", "the event stream is not JSON"),
            m_where));
        m_reply->abort();
    }
}

void DockerEventStream::onFinished()
{
    if (m_ended)
        return;
    m_ended = true;
    EngineError error = m_reply->error();
    if (!error.isError() && m_reply->statusCode() != 200) {
        error.kind = EngineError::Kind::Http;
        error.httpStatus = m_reply->statusCode();
        error.message = DockerJson::errorMessage(m_errorBody);
        error.where = m_where;
    } else if (!error.isError()) {
        error = EngineError::make(
            EngineError::Kind::Closed,
            QCoreApplication::translate("DockerEventStream", "the engine ended the event stream"),
            m_where);
    }
    Q_EMIT ended(error);
}
