#pragma once

#include "core/engine/engine.h"
#include "core/transport/httprequest.h"

class HttpReply;

// The Docker Engine API, which Docker and Podman both serve. Podman is told apart by the
// Libpod-Api-Version header of /_ping.
class DockerEngine final : public Engine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEngine)

public:
    // The API versions whose shapes this client implements.
    static constexpr int MinApiMinor = 40; // 1.40, Docker 19.03
    static constexpr int MaxApiMinor = 47; // 1.47, Docker 27

    explicit DockerEngine(const Endpoint &endpoint, QObject *parent = nullptr);
    ~DockerEngine() override;

    Endpoint endpoint() const override { return m_endpoint; }
    void identify(QObject *context, InfoCallback callback) override;
    void listContainers(const QStringList &ids, QObject *context,
                        ContainersCallback callback) override;
    EventStream *watchContainerEvents(QObject *parent) override;

    // For a worker without an event loop of its own: runs identify() in a local one.
    static EngineResult<EngineInfo> identifyBlocking(const Endpoint &endpoint, int timeoutMs);

private:
    using ReplyHandler = std::function<void(HttpReply *reply, const QByteArray &body)>;
    // Sends a short call and hands over the whole body, or reports the failure to `onError`.
    void call(HttpRequest request, QObject *context, ReplyHandler onSuccess,
              std::function<void(const EngineError &)> onError);
    QByteArray versioned(QByteArrayView path) const;

    Endpoint m_endpoint;
    QByteArray m_apiVersion = "1.41";
};
