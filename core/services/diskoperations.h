#pragma once

#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/imageinfo.h"
#include "core/engine/systeminfo.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class NodeService;
class QObject;

// A node's disk use and the prunes that free it, with typed answers (the disk counterpart of
// ImageOperations). Each call runs with the node's engine on the node's own thread; `done` runs
// on the GUI thread, never after `receiver` is gone. A node without an engine, or that loses it
// mid-call, answers with an error; a kind the engine does not keep answers Unsupported.
namespace DiskOperations {

template<typename T>
using Done = std::function<void(const EngineResult<T> &)>;

// What a prune removes. The order is the order of pruneEverything(): each kind frees what the
// kinds before it held (a removed container lets its image, volumes and networks go).
enum class Kind
{
    Containers, // stopped ones
    Networks,   // those no container uses
    Images,     // dangling ones, or every image no container uses
    Volumes,    // those no container uses
    BuildCache  // what no build uses now
};

// The node's disk use by kind, as its engine reports it (`docker system df`).
void usage(NodeService *node, QObject *receiver, Done<DiskUsage> done);

// Whether the node's engine keeps (and so prunes) `kind`: volumes, networks and build cache go
// by its capabilities.
bool canPrune(const NodeService *node, Kind kind);

// Prunes one kind on the node; `allImages` (Images only): every image no container uses, not
// only the dangling ones.
void prune(NodeService *node, Kind kind, bool allImages, QObject *receiver, Done<PruneReport> done);

// The names of what a prune of `kind` would remove, from the node's lists and the volume sizes
// of `usage` (no call): stopped containers, images no container uses (only dangling ones unless
// `allImages`), volumes no container uses. Empty for networks and build cache, which the lists
// do not tell.
QStringList plannedNames(const NodeService *node, const DiskUsage &usage, Kind kind,
                         bool allImages);

// The images pruneEverything() removes (with `allImages`), from the node's lists (no call): those
// no container uses once the stopped containers are gone.
QList<ImageSummary> imagesUnusedAfterContainers(const NodeService *node);

struct PruneStep
{
    Kind kind = Kind::Containers;
    PruneReport report;
};

struct EverythingReport
{
    QList<PruneStep> steps; // in the order they ran
    PruneReport total;      // every step's deleted names, and the bytes they freed summed
    // The step that failed (the result's error says why); the steps before it stand.
    std::optional<Kind> failed;
};

// The kinds pruneEverything() runs on the node, in order.
QList<Kind> everythingKinds(const NodeService *node);
// Prunes everything unused on the node, one kind after the other in everythingKinds() order,
// images with `allImages`. Stops at the first step that fails: the result then carries the
// error, and its value the steps done before (with `failed` set).
void pruneEverything(NodeService *node, bool allImages, QObject *receiver,
                     Done<EverythingReport> done);

} // namespace DiskOperations
