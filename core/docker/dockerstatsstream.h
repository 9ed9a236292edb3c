#pragma once

#include "core/engine/statsstream.h"
#include "core/transport/endpoint.h"

class DockerJsonStream;

// GET /containers/{id}/stats, streamed or one sample.
class DockerStatsStream final : public StatsStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerStatsStream)

public:
    DockerStatsStream(const Endpoint &endpoint, const QByteArray &target,
                      QObject *parent = nullptr);
    ~DockerStatsStream() override;

private:
    DockerJsonStream *m_stream = nullptr;
};
