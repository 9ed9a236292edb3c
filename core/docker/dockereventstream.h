#pragma once

#include "core/engine/eventstream.h"
#include "core/transport/endpoint.h"

class DockerJsonStream;

// GET /events: the engine never ends it on its own, so its end is always reported as an error.
class DockerEventStream final : public EventStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEventStream)

public:
    // Reads the engine's words into an EngineEvent's object and action.
    using Classifier = void (*)(EngineEvent &event);

    DockerEventStream(const Endpoint &endpoint, const QByteArray &target, Classifier classify,
                      QObject *parent = nullptr);
    ~DockerEventStream() override;

private:
    DockerJsonStream *m_stream = nullptr;
};
