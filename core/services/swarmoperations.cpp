#include "core/services/swarmoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"

namespace SwarmOperations {

void rotateJoinToken(NodeService *node, const SwarmInfo &cluster, bool manager, QObject *receiver,
                     Done done)
{
    EngineCall::runDone(
        node, receiver,
        [cluster, manager](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.rotateJoinToken(cluster, manager, c, std::move(r));
        },
        std::move(done));
}

void updateNode(NodeService *node, const SwarmNode &swarmNode, const SwarmNodeUpdate &update,
                QObject *receiver, Done done)
{
    EngineCall::runDone(
        node, receiver,
        [swarmNode, update](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.updateSwarmNode(swarmNode, update, c, std::move(r));
        },
        std::move(done));
}

void removeNode(NodeService *node, const QString &swarmNodeId, bool force, QObject *receiver,
                Done done)
{
    EngineCall::runDone(
        node, receiver,
        [swarmNodeId, force](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.removeSwarmNode(swarmNodeId, force, c, std::move(r));
        },
        std::move(done));
}

void createService(NodeService *node, const SwarmServiceSpec &spec, QObject *receiver,
                   DoneWith<CreatedObject> done)
{
    EngineCall::run<CreatedObject>(
        node, receiver,
        [spec](Engine &e, QObject *c, Engine::Callback<CreatedObject> r) {
            return e.createService(spec, c, std::move(r));
        },
        std::move(done));
}

void scaleService(NodeService *node, const SwarmService &service, int replicas, QObject *receiver,
                  Done done)
{
    EngineCall::runDone(
        node, receiver,
        [service, replicas](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.scaleService(service, replicas, c, std::move(r));
        },
        std::move(done));
}

void updateServiceImage(NodeService *node, const SwarmService &service, const QString &image,
                        QObject *receiver, Done done)
{
    EngineCall::runDone(
        node, receiver,
        [service, image](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.updateServiceImage(service, image, c, std::move(r));
        },
        std::move(done));
}

void rollbackService(NodeService *node, const SwarmService &service, QObject *receiver, Done done)
{
    EngineCall::runDone(
        node, receiver,
        [service](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.rollbackService(service, c, std::move(r));
        },
        std::move(done));
}

void removeService(NodeService *node, const QString &serviceId, QObject *receiver, Done done)
{
    EngineCall::runDone(
        node, receiver,
        [serviceId](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.removeService(serviceId, c, std::move(r));
        },
        std::move(done));
}

void removeStack(NodeService *node, const QString &stack, QObject *receiver,
                 DoneWith<StackRemoval> done)
{
    EngineCall::run<StackRemoval>(
        node, receiver,
        [stack](Engine &e, QObject *c, Engine::Callback<StackRemoval> r) {
            return e.removeStack(stack, c, std::move(r));
        },
        std::move(done));
}

void createSecret(NodeService *node, SwarmSecret::Kind kind, const QString &name,
                  const QByteArray &data, const QMap<QString, QString> &labels, QObject *receiver,
                  DoneWith<CreatedObject> done)
{
    EngineCall::run<CreatedObject>(
        node, receiver,
        [kind, name, data, labels](Engine &e, QObject *c, Engine::Callback<CreatedObject> r) {
            return e.createSecret(kind, name, data, labels, c, std::move(r));
        },
        std::move(done));
}

void removeSecret(NodeService *node, SwarmSecret::Kind kind, const QString &id, QObject *receiver,
                  Done done)
{
    EngineCall::runDone(
        node, receiver,
        [kind, id](Engine &e, QObject *c, Engine::DoneCallback r) {
            return e.removeSecret(kind, id, c, std::move(r));
        },
        std::move(done));
}

} // namespace SwarmOperations
