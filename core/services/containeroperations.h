#pragma once

#include "core/engine/containerdetails.h"
#include "core/engine/containerspec.h"
#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"

#include <QString>

#include <functional>

class NodeService;
class QObject;

// What the views do to one container on a node, with typed answers. Each call runs with the
// node's engine on the node's own thread; `done` runs on the node service's thread, never after
// `receiver` is gone. A node without an engine, or that loses it mid-call, answers with an error.
// The refusals a view acts on come as EngineError kinds (ImageMissing, AmbiguousShortName,
// NameInUse, Unsupported), never as words to read. Pulling an image with progress is ImagePull.
namespace ContainerOperations {

template<typename T>
using Done = std::function<void(const EngineResult<T> &)>;
using DoneError = std::function<void(const EngineError &)>;

// The container's full description (and the engine's JSON of it).
void inspect(NodeService *node, const QString &id, QObject *receiver, Done<ContainerDetails> done);
// Creates a container as `spec` describes: its id, or ImageMissing (the node does not have the
// image), AmbiguousShortName, NameInUse (the name is taken), Unsupported (pods or run time
// limits where the engine has none).
void create(NodeService *node, const ContainerSpec &spec, QObject *receiver,
            Done<CreatedObject> done);
void start(NodeService *node, const QString &id, QObject *receiver, DoneError done);
// Runs the container's health check now (where the engine's capabilities().healthcheckRun;
// elsewhere Unsupported).
void runHealthcheck(NodeService *node, const QString &id, QObject *receiver,
                    Done<HealthState> done);

} // namespace ContainerOperations
