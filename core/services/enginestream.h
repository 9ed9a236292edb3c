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
//
// Back-pressure: values the GUI thread has not taken yet are counted (bytes of log text, and
// values); past PauseBytes or PauseValues the stream's connections stop reading, so the engine
// waits instead of this process growing, and below the resume marks they read on.
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

    static constexpr qint64 PauseBytes = 8 * 1024 * 1024;
    static constexpr qint64 ResumeBytes = 2 * 1024 * 1024;
    static constexpr int PauseValues = 512;
    static constexpr int ResumeValues = 128;

    void start(Open open);
    void stop();
    bool isRunning() const { return m_running; }
    NodeService *node() const { return m_node; }
    // How often reading paused for the GUI thread to catch up, over every start.
    int pauseCount() const;
    // What was handed over and not taken yet.
    qint64 pendingBytes() const;

Q_SIGNALS:
    void value(const QVariant &value);
    void ended(const EngineError &error);

private:
    QPointer<NodeService> m_node;
    // The open stream's context on the node's thread; touched only there.
    std::shared_ptr<QPointer<QObject>> m_context;
    struct Flow;
    std::shared_ptr<Flow> m_flow;
    int m_pausesBefore = 0;
    bool m_running = false;
};
