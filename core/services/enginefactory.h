#pragma once

#include "core/transport/endpoint.h"

#include <memory>

class Engine;

// The engine that speaks to an endpoint. Docker and Podman both answer the Docker API (Podman
// is recognised on identify); a containerd endpoint will get its own engine here.
std::unique_ptr<Engine> makeEngine(const Endpoint &endpoint);
