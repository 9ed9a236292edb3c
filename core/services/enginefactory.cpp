#include "core/services/enginefactory.h"

#include "core/docker/dockerengine.h"

std::unique_ptr<Engine> makeEngine(const Endpoint &endpoint)
{
    return std::make_unique<DockerEngine>(endpoint);
}
