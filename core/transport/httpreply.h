#pragma once

#include "core/transport/endpoint.h"
#include "core/transport/httprequest.h"
#include "core/transport/httpresponseparser.h"
#include "core/transport/transporterror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class Connection;
class QFile;
class ConnectionPool;

// One HTTP exchange with an engine (unix socket, TCP, TLS or SSH), driven by the event loop of the
// thread that created it (never a blocking wait). Body bytes are delivered as they are decoded, so
// the same object serves short calls and endless streams. finished() is emitted exactly once.
//
// Given a pool, the exchange waits for its turn there (a node has only so many connections; the
// wait counts against no deadline). A short call borrows an idle connection and gives it back
// when the answer ended cleanly; an idempotent call that finds its borrowed connection closed
// before any answer is sent once more on a new one. Streams and upgrades always have a
// connection of their own, in the pool's stream lane; a `probe` request has the pool's own
// place for the health probe.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    // Through the pool shared on this thread for the endpoint (ConnectionPool::shareOnThisThread),
    // if any; else on a connection of its own.
    HttpReply(const Endpoint &endpoint, const HttpRequest &request, QObject *parent = nullptr);
    HttpReply(ConnectionPool *pool, const Endpoint &endpoint, const HttpRequest &request,
              QObject *parent = nullptr);
    ~HttpReply() override;

    int statusCode() const { return m_parser.statusCode(); }
    QByteArray header(QByteArrayView name) const { return m_parser.header(name); }
    bool headersReceived() const { return m_parser.headersComplete(); }
    bool isFinished() const { return m_finished; }
    // Whether the exchange went over a connection that an earlier call had used.
    bool reusedConnection() const { return m_reused; }
    // Whether it was sent again after a borrowed connection turned out to be closed.
    bool retried() const { return m_retried; }
    TransportError error() const { return m_error; }

    // Body bytes decoded so far and not yet read.
    QByteArray readAll();
    // Stops the exchange; finished() follows with an Aborted error unless already finished.
    Q_INVOKABLE void abort();
    // Once an upgraded (or raw) stream has begun: bytes to the engine, and the end of them.
    void write(const QByteArray &data);
    bool closeWrite();

Q_SIGNALS:
    void headersArrived();
    // The request going out: `sent` of `total` bytes (headers and body), at most about once a
    // MiB, and once when all of it is sent.
    void uploadProgress(qint64 sent, qint64 total);
    void readyRead();
    void finished();

private:
    void onGranted(Connection *connection, bool reused);
    int connectTimeoutMs() const;
    void attach(Connection *connection);
    bool retryOnFreshConnection();
    void onConnected();
    void onBytesWritten(qint64 bytes);
    void sendMoreBody();
    int stallMs() const;
    void onReadyRead();
    void onDisconnected();
    void onFailed(const TransportError &error);
    void onTimeout();
    void finish(const TransportError &error);
    TransportError tooLarge() const;
    TransportError bodyUnreadable() const;

    Endpoint m_endpoint;
    HttpRequest m_request;
    HttpResponseParser m_parser;
    QPointer<ConnectionPool> m_pool;
    Connection *m_connection = nullptr;
    QTimer m_timer;
    QByteArray m_body;
    TransportError m_error;
    bool m_finished = false;
    bool m_reused = false;
    bool m_retried = false;
    bool m_anyBytes = false;
    // The request going out: the body is handed to the connection a piece at a time, so that
    // neither the socket's buffer holds a second copy nor a fixed deadline covers the upload.
    qint64 m_bodyOffset = 0;
    std::unique_ptr<QFile> m_bodyFile; // while a `bodyFile` is being sent
    qint64 m_sent = 0;
    qint64 m_total = 0;
    qint64 m_reported = 0;
    bool m_sending = false;
};
