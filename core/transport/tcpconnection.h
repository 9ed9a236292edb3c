#pragma once

#include "core/transport/connection.h"

#include <QStringList>

class QSslSocket;

// TCP, with TLS when the endpoint asks for it: the engine's certificate is verified against
// the node's CA unless the node explicitly skips that, and our client certificate is offered.
class TcpConnection final : public Connection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpConnection)

public:
    TcpConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~TcpConnection() override;

    void abort() override;

protected:
    // TLS would need a close_notify that Qt only sends when closing both ways.
    bool canShutdownWrite() const override { return !endpoint().tls; }
    void shutdownWrite() override;

private:
    void start();
    bool configureTls(QString *why);
    void onError();

    QSslSocket *m_socket = nullptr;
    QStringList m_sslErrors;
};
