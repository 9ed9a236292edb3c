#pragma once

#include "core/engine/engine.h"
#include "core/services/nodeservice.h"

#include <QPointer>

#include <functional>
#include <memory>

// Engine calls for the GUI thread. The call runs with the node's engine on the node's own
// thread; its answer comes back to the node service's thread and reaches `done` there, never
// after `receiver` is gone. A node without an engine, or whose engine is replaced (a reconnect)
// before it answers, answers with an error.
namespace EngineCall {

// The error given when the node has no engine to ask, or lost it mid-call.
EngineError notConnected(const NodeService *node);

template<typename T>
using Call =
    std::function<CallHandle(Engine &engine, QObject *context, Engine::Callback<T> callback)>;

template<typename T>
void run(NodeService *node, QObject *receiver, Call<T> call,
         std::function<void(const EngineResult<T> &)> done)
{
    // Touched only on the node service's thread: the answer or the loss of the engine,
    // whichever comes first, is delivered.
    auto delivered = std::make_shared<bool>(false);
    const EngineError lost = notConnected(node);
    // The node itself deleted (removed, or rebuilt by an edit): what was posted to it is
    // dropped with it, so the receiver hears of the loss from here.
    auto nodeGone = std::make_shared<QMetaObject::Connection>();
    if (receiver) {
        *nodeGone = QObject::connect(
            node, &QObject::destroyed, receiver,
            [done, delivered, lost, nodeGone] {
                QObject::disconnect(*nodeGone);
                if (*delivered)
                    return;
                *delivered = true;
                done(EngineResult<T>::failure(lost));
            },
            Qt::QueuedConnection);
    }
    auto deliver = [node, guard = QPointer<QObject>(receiver), done, delivered,
                    nodeGone](const EngineResult<T> &result) {
        QMetaObject::invokeMethod(
            node,
            [guard, done, delivered, nodeGone, result] {
                QObject::disconnect(*nodeGone);
                if (*delivered || !guard)
                    return;
                *delivered = true;
                done(result);
            },
            Qt::QueuedConnection);
    };
    node->runOnEngine([call = std::move(call), deliver, lost](Engine *engine, QObject *context) {
        if (!engine) {
            deliver(EngineResult<T>::failure(lost));
            return;
        }
        QObject::connect(context, &QObject::destroyed, context,
                         [deliver, lost] { deliver(EngineResult<T>::failure(lost)); });
        call(*engine, context, [deliver, context](const EngineResult<T> &result) {
            deliver(result);
            context->deleteLater();
        });
    });
}

// For calls that answer only success or failure.
using DoneCall =
    std::function<CallHandle(Engine &engine, QObject *context, Engine::DoneCallback callback)>;
void runDone(NodeService *node, QObject *receiver, DoneCall call,
             std::function<void(const EngineError &)> done);

} // namespace EngineCall
