#include "core/services/enginefactory.h"

#include "core/containerd/containerdengine.h"
#include "core/docker/dockerengine.h"

#include <QEventLoop>
#include <QTimer>

std::unique_ptr<Engine> makeEngine(const Endpoint &endpoint)
{
    if (endpoint.api == Endpoint::Api::Containerd)
        return std::make_unique<ContainerdEngine>(endpoint);
    return std::make_unique<DockerEngine>(endpoint);
}

EngineResult<EngineInfo> identifyEngineBlocking(const Endpoint &endpoint, int timeoutMs)
{
    QEventLoop loop;
    const std::unique_ptr<Engine> engine = makeEngine(endpoint);
    EngineResult<EngineInfo> result = EngineResult<EngineInfo>::failure(
        EngineError::make(EngineError::Kind::Timeout, {}, endpoint.toUrl()));
    bool done = false;
    engine->identify(&loop, [&](const EngineResult<EngineInfo> &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return result;
}
