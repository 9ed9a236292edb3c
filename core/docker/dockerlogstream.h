#pragma once

#include "core/docker/logframedemuxer.h"
#include "core/engine/logstream.h"
#include "core/transport/endpoint.h"

#include <QPointer>

class HttpReply;

// GET /containers/{id}/logs, or a swarm service's /services/{id}/logs (its tasks' logs merged,
// each line labelled with its node, service and task: details=1). A container with a terminal
// sends raw bytes, one without sends multiplexed frames; which one is learnt from the container
// (or the service's task template) first (the response's content type says it only from API
// 1.42 on, and not at all for a service).
class DockerLogStream final : public LogStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerLogStream)

public:
    enum class Of
    {
        Container,
        Service
    };
    // `path` is the versioned /vX/containers/{id} (or /vX/services/{id}).
    DockerLogStream(const Endpoint &endpoint, const QByteArray &path, const LogOptions &options,
                    QObject *parent = nullptr, Of of = Of::Container);
    ~DockerLogStream() override;

private:
    void onInspected();
    void openLogs(bool tty);
    void onData();
    void onFinished();
    void end(const EngineError &error);
    QByteArray logsTarget() const;

    Endpoint m_endpoint;
    QByteArray m_containerPath;
    Of m_of = Of::Container;
    LogOptions m_options;
    QString m_where;
    QPointer<HttpReply> m_reply;
    LogFrameDemuxer m_demuxer;
    QByteArray m_errorBody;
    bool m_tty = false;
    bool m_ended = false;
};
