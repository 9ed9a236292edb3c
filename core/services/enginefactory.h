#pragma once

#include "core/engine/engineinfo.h"
#include "core/engine/engineresult.h"
#include "core/transport/endpoint.h"

#include <memory>

class Engine;

// The one place that knows the engines by name: every other service asks an Engine and its
// capabilities. Docker and Podman both answer the Docker API (Podman is recognised on identify
// and its own API used from there); a containerd endpoint will get its own engine here.
std::unique_ptr<Engine> makeEngine(const Endpoint &endpoint);

// For a worker without an event loop of its own: identifies the engine at `endpoint` in a
// local one, giving up after `timeoutMs`.
EngineResult<EngineInfo> identifyEngineBlocking(const Endpoint &endpoint, int timeoutMs);
