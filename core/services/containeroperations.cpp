#include "core/services/containeroperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"

namespace ContainerOperations {

void inspect(NodeService *node, const QString &id, QObject *receiver, Done<ContainerDetails> done)
{
    EngineCall::run<ContainerDetails>(
        node, receiver,
        [id](Engine &engine, QObject *context, Engine::Callback<ContainerDetails> reply) {
            return engine.inspectContainer(id, context, std::move(reply));
        },
        std::move(done));
}

void create(NodeService *node, const ContainerSpec &spec, QObject *receiver,
            Done<CreatedObject> done)
{
    EngineCall::run<CreatedObject>(
        node, receiver,
        [spec](Engine &engine, QObject *context, Engine::Callback<CreatedObject> reply) {
            return engine.createContainer(spec, context, std::move(reply));
        },
        std::move(done));
}

void start(NodeService *node, const QString &id, QObject *receiver, DoneError done)
{
    EngineCall::runDone(
        node, receiver,
        [id](Engine &engine, QObject *context, Engine::DoneCallback reply) {
            return engine.startContainer(id, context, std::move(reply));
        },
        std::move(done));
}

void runHealthcheck(NodeService *node, const QString &id, QObject *receiver, Done<HealthState> done)
{
    EngineCall::run<HealthState>(
        node, receiver,
        [id](Engine &engine, QObject *context, Engine::Callback<HealthState> reply) {
            return engine.runHealthcheck(id, context, std::move(reply));
        },
        std::move(done));
}

} // namespace ContainerOperations
