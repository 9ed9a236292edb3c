#pragma once

#include "core/engine/engineerror.h"
#include "core/transport/endpoint.h"

#include <QByteArray>
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

    virtual void write(const QByteArray &data) = 0;
    virtual QByteArray readAll() = 0;
    // Closes at once; no signal follows.
    virtual void abort() = 0;

Q_SIGNALS:
    void connected();
    void readyRead();
    // The peer closed the connection (after any last readyRead()).
    void disconnected();
    void failed(const EngineError &error);

protected:
    using QObject::QObject;
};
