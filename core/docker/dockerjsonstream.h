#pragma once

#include "core/docker/jsonstreamsplitter.h"
#include "core/engine/engineerror.h"
#include "core/transport/endpoint.h"
#include "core/transport/httprequest.h"

#include <QObject>

class HttpReply;

// A streamed answer made of JSON values one after another (events, stats, pull and build
// progress), on a connection of its own. Hands on each whole value; an error status becomes
// an Http error with the engine's message. Deleting it ends the stream.
class DockerJsonStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerJsonStream)

public:
    DockerJsonStream(const Endpoint &endpoint, HttpRequest request, QObject *parent = nullptr);
    ~DockerJsonStream() override;

    // Stops the stream; ended() follows with an Aborted error.
    void abort();

Q_SIGNALS:
    void opened();
    // The request's bytes going out (a build's context): see HttpReply::uploadProgress.
    void uploadProgress(qint64 sent, qint64 total);
    void valueReceived(const QByteArray &json);
    // No error when the engine ended the answer itself.
    void ended(const EngineError &error);

private:
    void onData();
    void onFinished();
    void end(const EngineError &error);

    HttpReply *m_reply = nullptr;
    JsonStreamSplitter m_splitter;
    QByteArray m_errorBody;
    QString m_where;
    bool m_ended = false;
};
