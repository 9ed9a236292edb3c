#pragma once

#include "core/config/nodeconfig.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"

#include <QObject>

#include <memory>

class Engine;

// Tries a node's settings once, before they are saved ("Test connection"): reaches the engine
// as the node would (ssh identity, keychain passphrase, TLS), identifies it, answers, and lets
// the engine go. Nothing is listed or watched. The I/O is asynchronous on this object's thread;
// deleting the probe, or cancel(), drops the attempt and reports nothing.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    explicit ConnectionProbe(const NodeConfig &config, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // Answers once, with succeeded() or failed(); a second start() while running does nothing.
    void start();
    void cancel();
    bool isRunning() const { return m_engine != nullptr; }

Q_SIGNALS:
    // Who answers, as /_ping tells it (kind, version, API version).
    void succeeded(const EngineInfo &info);
    void failed(const EngineError &error);

private:
    // Lets the engine go after the current event: it may be the one answering.
    void release();

    Endpoint m_endpoint;
    std::unique_ptr<Engine> m_engine;
};
