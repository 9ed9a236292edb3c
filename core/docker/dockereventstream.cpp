#include "core/docker/dockereventstream.h"

#include "core/docker/dockerjson.h"
#include "core/docker/dockerjsonstream.h"
#include "core/docker/dockerlogging.h"

#include <QCoreApplication>

DockerEventStream::DockerEventStream(const Endpoint &endpoint, const QByteArray &target,
                                     Classifier classify, QObject *parent)
    : EventStream(parent)
{
    HttpRequest request;
    request.target = target;
    m_stream = new DockerJsonStream(endpoint, request, this);
    const QString where = endpoint.toUrl();
    connect(m_stream, &DockerJsonStream::opened, this, &EventStream::opened);
    connect(m_stream, &DockerJsonStream::valueReceived, this,
            [this, classify](const QByteArray &json) {
                if (auto event = DockerJson::parseEvent(json)) {
                    classify(*event);
                    Q_EMIT eventReceived(*event);
                } else
                    qCWarning(lcDocker) << "ignoring an event the parser does not understand";
            });
    connect(m_stream, &DockerJsonStream::ended, this, [this, where](const EngineError &error) {
        if (error.isError()) {
            Q_EMIT ended(error);
            return;
        }
        Q_EMIT ended(EngineError::make(
            EngineError::Kind::Closed,
            QCoreApplication::translate("DockerEventStream", "the engine ended the event stream"),
            where));
    });
}

DockerEventStream::~DockerEventStream() = default;
