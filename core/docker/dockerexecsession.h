#pragma once

#include "core/docker/logframedemuxer.h"
#include "core/engine/execsession.h"
#include "core/transport/endpoint.h"

#include <QPointer>

class HttpReply;

// POST /containers/{id}/exec, then /exec/{id}/start on a hijacked connection (101 from Docker,
// a 200 raw stream from Podman), then /exec/{id}/json for the exit code. Or, attached to the
// container itself: /containers/{id}/attach, with its own resize and exit code.
class DockerExecSession final : public ExecSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerExecSession)

public:
    // `apiPrefix` is the versioned "/vX"; `containerId` the container to run in.
    DockerExecSession(const Endpoint &endpoint, const QByteArray &apiPrefix,
                      const QString &containerId, const ExecOptions &options,
                      QObject *parent = nullptr);
    // Attaches to the container's own streams.
    DockerExecSession(const Endpoint &endpoint, const QByteArray &apiPrefix,
                      const QString &containerId, bool tty, bool input, QObject *parent = nullptr);
    ~DockerExecSession() override;

    void write(const QByteArray &data) override;
    bool closeInput() override;
    void resize(int rows, int columns) override;

private:
    void onCreated();
    void openStream(const QByteArray &target, const QByteArray &body);
    void onStreamData();
    void onStreamEnded();
    void readExitCode(int attempt);
    void fail(const EngineError &error);
    HttpReply *shortCall(const QByteArray &method, const QByteArray &target,
                         const QByteArray &body);
    EngineError httpError(HttpReply *reply, const QByteArray &body) const;

    Endpoint m_endpoint;
    QByteArray m_api;
    ExecOptions m_options;
    QString m_where;
    QString m_execId;
    QString m_containerId; // attach mode
    QPointer<HttpReply> m_stream;
    LogFrameDemuxer m_demuxer;
    QByteArray m_pendingInput;
    QByteArray m_errorBody;
    bool m_started = false;
    bool m_inputClosed = false;
    bool m_done = false;
};
