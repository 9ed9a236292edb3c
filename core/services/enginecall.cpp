#include "core/services/enginecall.h"

namespace EngineCall {

EngineError notConnected(const NodeService *node)
{
    const EngineError last = node->lastError();
    if (last.isError())
        return last;
    return EngineError::make(EngineError::Kind::Closed,
                             QCoreApplication::translate("EngineCall", "the connection was reset"),
                             node->endpoint().toUrl());
}

void runDone(NodeService *node, QObject *receiver, DoneCall call,
             std::function<void(const EngineError &)> done)
{
    run<bool>(
        node, receiver,
        [call = std::move(call)](Engine &engine, QObject *context, Engine::Callback<bool> reply) {
            return call(engine, context, [reply](const EngineError &error) {
                reply(EngineResult<bool>{true, error});
            });
        },
        [done = std::move(done)](const EngineResult<bool> &result) { done(result.error); });
}

} // namespace EngineCall
