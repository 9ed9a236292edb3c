#pragma once

#include "core/engine/buildcontext.h"
#include "core/engine/imageinfo.h"
#include "core/engine/progressstream.h"
#include "core/transport/endpoint.h"
#include "core/transport/httprequest.h"

#include <QFutureWatcher>
#include <QTimer>

#include <memory>
#include <optional>

// POST /build: packs the context on a worker thread (reporting how far it is), then sends it
// and streams the build's output.
class DockerBuildStream final : public ProgressStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerBuildStream)

public:
    // `request` is complete but for its body, the packed context.
    DockerBuildStream(const Endpoint &endpoint, const HttpRequest &request,
                      const BuildOptions &options, QObject *parent = nullptr);
    ~DockerBuildStream() override;

private:
    struct Packed
    {
        std::optional<QByteArray> tar;
        QString error;
    };
    void onPacked();
    void reportPacking();

    Endpoint m_endpoint;
    HttpRequest m_request;
    QFutureWatcher<Packed> m_packing;
    // Shared with the packing thread, which may outlive this object.
    std::shared_ptr<BuildContext::Progress> m_progress;
    QTimer m_progressTimer;
};
