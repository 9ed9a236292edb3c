#pragma once

#include "core/transport/connection.h"

class QLocalSocket;

class UnixConnection final : public Connection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixConnection)

public:
    UnixConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~UnixConnection() override;

    void abort() override;

protected:
    bool canShutdownWrite() const override { return true; }
    void shutdownWrite() override;

private:
    void onError();

    QLocalSocket *m_socket = nullptr;
};
