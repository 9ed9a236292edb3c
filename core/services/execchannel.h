#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/execsession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class NodeService;

// An exec session (a command run in a container, usually with a terminal) for the GUI thread.
// The session runs on the node's thread over its own hijacked connection; what the process
// prints comes back here, and what the user types goes there.
class ExecChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecChannel)

public:
    explicit ExecChannel(NodeService *node, QObject *parent = nullptr);
    // Drops the connection (as closing a terminal does).
    ~ExecChannel() override;

    void start(const QString &containerId, const ExecOptions &options);
    void write(const QByteArray &data);
    void resize(int rows, int columns);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started();
    void output(const QByteArray &data);
    // The process ended with `exitCode`, or the session failed (exit code -1 and `error`).
    void finished(int exitCode, const EngineError &error);

private:
    void onNodeThread(std::function<void(ExecSession *)> f);

    QPointer<NodeService> m_node;
    // The session's context on the node's thread; touched only there.
    std::shared_ptr<QPointer<ExecSession>> m_session;
    bool m_running = false;
};
