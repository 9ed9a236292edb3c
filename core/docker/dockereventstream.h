#pragma once

#include "core/docker/jsonstreamsplitter.h"
#include "core/engine/eventstream.h"
#include "core/transport/endpoint.h"

class HttpReply;

class DockerEventStream final : public EventStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEventStream)

public:
    DockerEventStream(const Endpoint &endpoint, const QByteArray &target,
                      QObject *parent = nullptr);
    ~DockerEventStream() override;

private:
    void onHeaders();
    void onData();
    void onFinished();

    HttpReply *m_reply = nullptr;
    JsonStreamSplitter m_splitter;
    QByteArray m_errorBody;
    QString m_where;
    bool m_ended = false;
};
