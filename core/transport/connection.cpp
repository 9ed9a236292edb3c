#include "core/transport/connection.h"

#include "core/transport/tcpconnection.h"
#include "core/transport/unixconnection.h"

#include <QCoreApplication>

namespace {

// Stands in for a kind of endpoint not spoken yet: fails on the next turn of the event loop.
class UnsupportedConnection final : public Connection
{
public:
    UnsupportedConnection(const Endpoint &endpoint, QObject *parent)
        : Connection(parent)
    {
        QMetaObject::invokeMethod(
            this,
            [this, where = endpoint.toUrl()] {
                Q_EMIT failed(
                    EngineError::make(EngineError::Kind::Unsupported,
                                      QCoreApplication::translate(
                                          "Connection", "this version cannot connect over SSH yet"),
                                      where));
            },
            Qt::QueuedConnection);
    }
    void write(const QByteArray &) override {}
    QByteArray readAll() override { return {}; }
    void abort() override {}
};

} // namespace

Connection *Connection::open(const Endpoint &endpoint, QObject *parent)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        return new UnixConnection(endpoint, parent);
    case Endpoint::Kind::Tcp:
        return new TcpConnection(endpoint, parent);
    case Endpoint::Kind::Ssh:
    case Endpoint::Kind::Invalid:
        break;
    }
    return new UnsupportedConnection(endpoint, parent);
}
