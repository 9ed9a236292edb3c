#pragma once

#include "core/engine/buildcontext.h"
#include "core/engine/imageinfo.h"
#include "core/engine/progressstream.h"
#include "core/transport/endpoint.h"
#include "core/transport/httprequest.h"

#include <QFutureWatcher>
#include <QTimer>

#include <memory>

// POST /build: packs the context into a temporary file on a worker thread (reporting how far it
// is), then sends it from that file as the connection drains and streams the build's output.
// Memory does not grow with the context's size; the file is removed when the build ends.
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
    // The packed context in a temporary file, removed when the last holder lets go (this
    // stream when the build ends, or a packing result nobody took).
    struct ContextFile
    {
        Q_DISABLE_COPY_MOVE(ContextFile)
        ContextFile() = default;
        ~ContextFile();
        QString path;
        qint64 size = 0;
    };
    struct Packed
    {
        std::shared_ptr<ContextFile> file;
        QString error;
    };
    static Packed pack(const BuildOptions &options, BuildContext::Progress *progress);
    void onPacked();
    void reportPacking();

    Endpoint m_endpoint;
    HttpRequest m_request;
    QFutureWatcher<Packed> m_packing;
    // Shared with the packing thread, which may outlive this object.
    std::shared_ptr<BuildContext::Progress> m_progress;
    QTimer m_progressTimer;
    std::shared_ptr<ContextFile> m_context;
};
