#pragma once

#include "core/engine/engineerror.h"
#include "core/transport/endpoint.h"
#include "core/transport/httprequest.h"
#include "core/transport/httpresponseparser.h"

#include <QObject>
#include <QTimer>

class Connection;

// One HTTP exchange on a connection of its own (unix socket, TCP or TLS), driven by the event
// loop of the thread that created it (never a blocking wait). Body bytes are delivered as they are
// decoded, so the same object serves short calls and endless streams. finished() is emitted exactly
// once.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    HttpReply(const Endpoint &endpoint, const HttpRequest &request, QObject *parent = nullptr);
    ~HttpReply() override;

    int statusCode() const { return m_parser.statusCode(); }
    QByteArray header(QByteArrayView name) const { return m_parser.header(name); }
    bool headersReceived() const { return m_parser.headersComplete(); }
    bool isFinished() const { return m_finished; }
    EngineError error() const { return m_error; }

    // Body bytes decoded so far and not yet read.
    QByteArray readAll();
    // Stops the exchange; finished() follows with an Aborted error unless already finished.
    Q_INVOKABLE void abort();
    // Once an upgraded (or raw) stream has begun: bytes to the engine, and the end of them.
    void write(const QByteArray &data);
    bool closeWrite();

Q_SIGNALS:
    void headersArrived();
    void readyRead();
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onFailed(const EngineError &error);
    void onTimeout();
    void finish(const EngineError &error);
    EngineError tooLarge() const;

    Endpoint m_endpoint;
    HttpRequest m_request;
    HttpResponseParser m_parser;
    Connection *m_connection = nullptr;
    QTimer m_timer;
    QByteArray m_body;
    EngineError m_error;
    bool m_finished = false;
};
