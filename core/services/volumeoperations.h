#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/systeminfo.h"
#include "core/engine/volumeinfo.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class NodeService;
class QObject;

// What the views do to volumes on a node, with typed answers (the volume counterpart of
// ImageOperations). Each call runs with the node's engine on the node's own thread; `done` runs
// on the GUI thread, never after `receiver` is gone. A node without an engine, or that loses it
// mid-call, answers with an error. A volume containers use is refused with InUse, and the
// answer names those containers.
namespace VolumeOperations {

template<typename T>
using Done = std::function<void(const EngineResult<T> &)>;

// A new volume; its answer is the volume as the engine made it (the name it chose when none
// was given).
void create(NodeService *node, const VolumeSpec &spec, QObject *receiver, Done<VolumeInfo> done);
// The volume as the engine describes it, with its JSON in rawJson.
void inspect(NodeService *node, const QString &name, QObject *receiver, Done<VolumeInfo> done);

// What a removal did, or why it was refused.
struct Removal
{
    // Refused with InUse: the containers (running or not) that use the volume.
    QList<ContainerSummary> users;
    // With force: the containers removed first because they used it.
    QList<ContainerSummary> removedContainers;
};
// Removes the volume. While containers use it the engine refuses (InUse) and the answer's
// `users` names them. With `force` those containers are removed first, running or not (as
// `podman volume rm --force` does; Docker's own force only ignores a missing volume), then the
// volume.
void remove(NodeService *node, const QString &name, bool force, QObject *receiver,
            Done<Removal> done);
// Whether `remove` can force the removal of a volume in use on this node.
bool canForceRemove(const NodeService *node);

// Volumes no container uses (with `labels`, "key" or "key=value", only those that carry them
// all); the report names them and the space the engine freed.
void prune(NodeService *node, const QStringList &labels, QObject *receiver, Done<PruneReport> done);

// The containers (running or not) that use the volume, as the engine lists them now.
void usersOf(NodeService *node, const QString &name, QObject *receiver,
             Done<QList<ContainerSummary>> done);

// Each volume's size and the number of containers using it, by name, from the engine's disk
// usage (which sizes every volume: ask when shown or changed, not on a timer).
void usage(NodeService *node, QObject *receiver, Done<QHash<QString, VolumeUsage>> done);

} // namespace VolumeOperations
