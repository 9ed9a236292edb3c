#pragma once

#include "core/engine/engineevent.h"

// Docker's event words, read into the engine-neutral EngineEvent::Object and ::Action.
namespace DockerEvents {

// Fills `event.object`, `what`, `exitCode` and `health` from its type, action and attributes
// as Docker words them.
void classify(EngineEvent &event);
// The type words of Docker's event filter for the objects a service follows.
QStringList typeWords(const QList<EngineEvent::Object> &objects);

} // namespace DockerEvents
