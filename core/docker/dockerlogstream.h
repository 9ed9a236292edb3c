#pragma once

#include "core/docker/logframedemuxer.h"
#include "core/engine/logstream.h"
#include "core/transport/endpoint.h"

#include <QPointer>

class HttpReply;

// GET /containers/{id}/logs. A container with a terminal sends raw bytes, one without sends
// multiplexed frames; which one is learnt from the container itself first (the response's
// content type says it only from API 1.42 on).
class DockerLogStream final : public LogStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerLogStream)

public:
    // `containerPath` is the versioned /vX/containers/{id}.
    DockerLogStream(const Endpoint &endpoint, const QByteArray &containerPath,
                    const LogOptions &options, QObject *parent = nullptr);
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
    LogOptions m_options;
    QString m_where;
    QPointer<HttpReply> m_reply;
    LogFrameDemuxer m_demuxer;
    QByteArray m_errorBody;
    bool m_tty = false;
    bool m_ended = false;
};
