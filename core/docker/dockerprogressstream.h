#pragma once

#include "core/engine/progressstream.h"
#include "core/transport/endpoint.h"
#include "core/transport/httprequest.h"

class DockerJsonStream;

// POST /images/create (pull), /images/{name}/push and /build: progress messages, with the
// errors engines put inside a 200 answer turned into the stream's end.
class DockerProgressStream final : public ProgressStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerProgressStream)

public:
    DockerProgressStream(const Endpoint &endpoint, const HttpRequest &request,
                         QObject *parent = nullptr);
    ~DockerProgressStream() override;

private:
    DockerJsonStream *m_stream = nullptr;
    bool m_failed = false;
};
