#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/imageinfo.h"

#include <QList>
#include <QString>

#include <functional>

class NodeService;
class QObject;

// What the views do to images on a node, with typed answers (the image counterpart of
// ContainerOperations). Each call runs with the node's engine on the node's own thread; `done`
// runs on the GUI thread, never after `receiver` is gone. A node without an engine, or that loses
// it mid-call, answers with an error. Refusals come as EngineError kinds: InUse (containers use
// the image), ImageMissing, Unauthorized (the registry wants a login, or refused the one given).
// Pulls, pushes and builds, which take long and report progress, are ImagePull, ImagePush and
// ImageBuild.
namespace ImageOperations {

template<typename T>
using Done = std::function<void(const EngineResult<T> &)>;
using DoneError = std::function<void(const EngineError &)>;

// Inspect and history of one image, asked together.
struct ImageDescription
{
    ImageDetails details;
    QList<ImageLayer> history; // newest first
};

void describe(NodeService *node, const QString &idOrName, QObject *receiver,
              Done<ImageDescription> done);
// Gives `source` (id or name) the name `target` ("repo:tag"; tag latest when none).
void tag(NodeService *node, const QString &source, const QString &target, QObject *receiver,
         DoneError done);
// Removes a name, or the image when `idOrName` is its id. InUse when a running container uses
// it, or a stopped one and `force` is false.
void remove(NodeService *node, const QString &idOrName, bool force, QObject *receiver,
            Done<ImageRemoval> done);

// The node's containers that use the image with id `imageId`, from the node's snapshot (no call).
QList<ContainerSummary> usersOf(const NodeService *node, const QString &imageId);

// What a prune would remove, from the node's snapshot (no call): dangling images no container
// uses, or (allUnused) every image no container uses; `bytes` sums their sizes (layers shared
// with kept images make the engine free less).
struct PrunePlan
{
    QList<ImageSummary> images;
    qint64 bytes = 0;
};
PrunePlan prunePlan(const NodeService *node, bool allUnused);
void prune(NodeService *node, bool allUnused, QObject *receiver, Done<PruneReport> done);

// Asks the registry, through the node's engine, whether `auth` logs in. Unauthorized with the
// registry's words when it does not.
void checkLogin(NodeService *node, const RegistryAuth &auth, QObject *receiver, DoneError done);

} // namespace ImageOperations
