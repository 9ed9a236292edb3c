#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/stackremoval.h"
#include "core/engine/swarminfo.h"
#include "core/engine/swarmnode.h"
#include "core/engine/swarmsecret.h"
#include "core/engine/swarmservice.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

class NodeService;
class QObject;

// What the Swarm section does to a swarm through one of its managers. Each call runs with the
// node's engine on the node's own thread; `done` runs on the GUI thread, never after `receiver`
// is gone. A node without an engine, or that loses it mid-call, answers with an error; a worker
// answers with the engine's own refusal.
namespace SwarmOperations {

using Done = std::function<void(const EngineError &)>;
template<typename T>
using DoneWith = std::function<void(const EngineResult<T> &)>;

// A new join token for workers (or managers); the old one stops working.
void rotateJoinToken(NodeService *node, const SwarmInfo &cluster, bool manager, QObject *receiver,
                     Done done);
// Role, availability or labels of a swarm node (what the update sets).
void updateNode(NodeService *node, const SwarmNode &swarmNode, const SwarmNodeUpdate &update,
                QObject *receiver, Done done);
// `force`: a node that is down, or a manager, too.
void removeNode(NodeService *node, const QString &swarmNodeId, bool force, QObject *receiver,
                Done done);

void createService(NodeService *node, const SwarmServiceSpec &spec, QObject *receiver,
                   DoneWith<CreatedObject> done);
void scaleService(NodeService *node, const SwarmService &service, int replicas, QObject *receiver,
                  Done done);
void updateServiceImage(NodeService *node, const SwarmService &service, const QString &image,
                        QObject *receiver, Done done);
void rollbackService(NodeService *node, const SwarmService &service, QObject *receiver, Done done);
void removeService(NodeService *node, const QString &serviceId, QObject *receiver, Done done);
// Its services, then its secrets, configs and networks (Engine::removeStack).
void removeStack(NodeService *node, const QString &stack, QObject *receiver,
                 DoneWith<StackRemoval> done);

void createSecret(NodeService *node, SwarmSecret::Kind kind, const QString &name,
                  const QByteArray &data, const QMap<QString, QString> &labels, QObject *receiver,
                  DoneWith<CreatedObject> done);
void removeSecret(NodeService *node, SwarmSecret::Kind kind, const QString &id, QObject *receiver,
                  Done done);

} // namespace SwarmOperations
