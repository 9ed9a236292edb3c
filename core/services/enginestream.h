#pragma once

#include "core/engine/engineerror.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>
#include <memory>

class Engine;
class NodeService;

// A long-lived engine stream (pull progress, stats, logs) for the GUI thread. The stream is
// opened with the node's engine on the node's own thread; what it reports is relayed to this
// object's thread as values; it is closed on its thread when this object stops or is deleted.
// A node that loses its engine (a reconnect) ends the stream with an error.
class EngineStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStream)

public:
    // Hands a value to the GUI side; callable from the node's thread.
    using Emit = std::function<void(const QVariant &value)>;
    // Hands the end (no error: finished) to the GUI side.
    using End = std::function<void(const EngineError &error)>;
    // Runs on the node's thread: opens the stream as a child of `parent` and connects its
    // signals to `emitValue` and `end`.
    using Open = std::function<QObject *(Engine &engine, QObject *parent, Emit emitValue, End end)>;

    explicit EngineStream(NodeService *node, QObject *parent = nullptr);
    ~EngineStream() override;

    void start(Open open);
    void stop();
    bool isRunning() const { return m_running; }
    NodeService *node() const { return m_node; }

Q_SIGNALS:
    void value(const QVariant &value);
    void ended(const EngineError &error);

private:
    QPointer<NodeService> m_node;
    // The open stream's context on the node's thread; touched only there.
    std::shared_ptr<QPointer<QObject>> m_context;
    bool m_running = false;
};
