#include "core/docker/dockerstatsstream.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/dockerjsonstream.h"
#include "core/docker/dockerlogging.h"

DockerStatsStream::DockerStatsStream(const Endpoint &endpoint, const QByteArray &target,
                                     QObject *parent)
    : StatsStream(parent)
{
    HttpRequest request;
    request.target = target;
    m_stream = new DockerJsonStream(endpoint, request, this);
    connect(m_stream, &DockerJsonStream::valueReceived, this, [this](const QByteArray &json) {
        if (const auto stats = DockerContainerJson::parseStats(json))
            Q_EMIT sampled(*stats);
        else
            qCWarning(lcDocker) << "ignoring a stats sample the parser does not understand";
    });
    connect(m_stream, &DockerJsonStream::ended, this, &StatsStream::ended);
}

DockerStatsStream::~DockerStatsStream() = default;
