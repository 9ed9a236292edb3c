#pragma once

#include "core/transport/endpoint.h"
#include "core/transport/transporterror.h"

#include <QByteArray>
#include <QIODevice>
#include <QObject>

// A byte stream to an engine, whatever carries it (unix socket, TCP, TLS). Connecting starts on
// the next turn of the event loop, so a caller can connect to the signals first. After
// failed() or disconnected() nothing more is emitted.
class Connection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    // A connection of the kind the endpoint names; Unsupported failure for kinds not yet spoken.
    static Connection *open(const Endpoint &endpoint, QObject *parent = nullptr);

    ~Connection() override = default;

    void write(const QByteArray &data);
    // Bytes handed to write() that have not gone out yet.
    qint64 bytesToWrite() const;
    QByteArray readAll();
    // Closes at once; no signal follows.
    virtual void abort() = 0;
    // Ends our side of the stream once what was written has gone out (half-close): the peer
    // reads end of input and can still answer. False where the transport cannot (TLS).
    bool closeWrite();
    // Back-pressure from a reader that cannot keep up: while paused, readyRead() is held back and
    // the socket reads at most PausedReadBytes ahead, so the engine waits (SSH's pipe is read
    // on regardless: only the handing on stops). Resuming hands on what waited. The peer
    // closing hands on everything, paused or not.
    void setReadPaused(bool paused);
    bool isReadPaused() const { return m_readPaused; }
    static constexpr qint64 PausedReadBytes = 256 * 1024;

Q_SIGNALS:
    void connected();
    void readyRead();
    // `bytes` of what was written went out.
    void bytesWritten(qint64 bytes);
    // The peer closed the connection (after any last readyRead()).
    void disconnected();
    void failed(const TransportError &error);

protected:
    explicit Connection(const Endpoint &endpoint, QObject *parent = nullptr);

    // The socket the subclass reads and writes; a child of this object.
    void setDevice(QIODevice *device);
    const Endpoint &endpoint() const { return m_endpoint; }
    bool isDone() const { return m_done; }
    void markDone() { m_done = true; }
    // The peer hung up: hands on what arrived with the close, then disconnected(), once.
    void peerClosed();
    // Emits failed() once, naming the endpoint.
    void fail(TransportError::Kind kind, const QString &message);
    // Whether this transport can half-close, and doing it once nothing waits to be written.
    virtual bool canShutdownWrite() const { return false; }
    virtual void shutdownWrite() {}

private:
    Endpoint m_endpoint;
    QIODevice *m_device = nullptr;
    bool m_done = false;
    bool m_closeWriteWanted = false;
    bool m_writeClosed = false;
    bool m_readPaused = false;

    void shutdownWhenFlushed();
};
