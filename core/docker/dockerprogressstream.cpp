#include "core/docker/dockerprogressstream.h"

#include "core/docker/dockererrorkind.h"
#include "core/docker/dockerimagejson.h"
#include "core/docker/dockerjsonstream.h"

DockerProgressStream::DockerProgressStream(const Endpoint &endpoint, const HttpRequest &request,
                                           QObject *parent)
    : ProgressStream(parent)
{
    m_stream = new DockerJsonStream(endpoint, request, this);
    const QString where = endpoint.toUrl();
    // A build sends its context: how far that is. (A pull's or push's request is only headers.)
    if (request.hasBody())
        connect(m_stream, &DockerJsonStream::uploadProgress, this,
                [this](qint64 sent, qint64 total) {
                    ProgressEvent e;
                    e.stage = ProgressEvent::Stage::Sending;
                    e.current = sent;
                    e.total = total;
                    Q_EMIT progressed(e);
                });
    connect(m_stream, &DockerJsonStream::valueReceived, this,
            [this, where](const QByteArray &json) {
                QString error;
                if (const auto event = DockerImageJson::parseProgress(json, &error)) {
                    Q_EMIT progressed(*event);
                    return;
                }
                if (error.isEmpty())
                    return; // not an object: nothing to show
                m_failed = true;
                // Inside a 200 answer.
                Q_EMIT ended(DockerErrorKind::httpError(200, error, where));
                m_stream->abort();
            });
    connect(m_stream, &DockerJsonStream::ended, this, [this](const EngineError &error) {
        if (!m_failed)
            Q_EMIT ended(error);
    });
}

DockerProgressStream::~DockerProgressStream() = default;
