#pragma once

#include "core/engine/engineevent.h"

// Podman's event words (on its Docker-compatible stream), read into the engine-neutral
// EngineEvent::Object and ::Action. What Podman words as Docker does is left to DockerEvents.
namespace PodmanEvents {

void classify(EngineEvent &event);

} // namespace PodmanEvents
