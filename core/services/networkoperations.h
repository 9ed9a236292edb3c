#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/networkinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class NodeService;
class QObject;

// What the views do to networks on a node, with typed answers (the network counterpart of
// ImageOperations). Each call runs with the node's engine on the node's own thread; `done` runs
// on the GUI thread, never after `receiver` is gone. A node without an engine, or that loses it
// mid-call, answers with an error. A network containers are attached to is refused as InUse.
namespace NetworkOperations {

template<typename T>
using Done = std::function<void(const EngineResult<T> &)>;
using DoneError = std::function<void(const EngineError &)>;

// Creates the network; the answer is its id (and the engine's warnings). A spec that
// NetworkValidation::specProblem finds wrong against the node's snapshot is refused as BadInput
// without asking the engine.
void create(NodeService *node, const NetworkSpec &spec, QObject *receiver,
            Done<CreatedObject> done);

// A network as the engine describes it (its JSON in `info.rawJson`) and the node's containers
// attached to it, running or not.
struct NetworkDescription
{
    NetworkInfo info;
    QList<ContainerSummary> containers;
};
void inspect(NodeService *node, const QString &idOrName, QObject *receiver,
             Done<NetworkDescription> done);

// Removes the network. Refused while containers are attached: the error is InUse and `value`
// names them (from the node's snapshot, or the engine's description when the snapshot had none).
struct Removal
{
    QStringList containers; // the names of the containers that keep it
};
void remove(NodeService *node, const QString &idOrName, QObject *receiver, Done<Removal> done);

// The node's containers attached to the network named `name`, from its snapshot (no call).
QList<ContainerSummary> containersOn(const NodeService *node, const QString &name);
// The networks every engine keeps (bridge, host, none, podman): never removed nor pruned.
bool isPredefined(const QString &name);

// What a prune would remove, from the node's snapshot (no call): the networks no container is
// attached to, but the predefined ones.
QList<NetworkInfo> prunePlan(const NodeService *node);
// Removes the node's unused networks; with `labels` ("key" or "key=value") only those that carry
// them all. The report lists the names of the networks removed.
void prune(NodeService *node, const QStringList &labels, QObject *receiver, Done<PruneReport> done);

// Attaches a container (id or name) to the network, known there also by `aliases`.
void connect(NodeService *node, const QString &network, const QString &container,
             const QStringList &aliases, QObject *receiver, DoneError done);
// Detaches it; `force` even when the engine would refuse (a stopped container's endpoint).
void disconnect(NodeService *node, const QString &network, const QString &container, bool force,
                QObject *receiver, DoneError done);

} // namespace NetworkOperations
