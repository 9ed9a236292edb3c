#include "core/docker/dockerbuildstream.h"

#include "core/docker/dockerprogressstream.h"
#include "core/engine/buildcontext.h"

#include <QtConcurrent/QtConcurrentRun>

DockerBuildStream::DockerBuildStream(const Endpoint &endpoint, const HttpRequest &request,
                                     const BuildOptions &options, QObject *parent)
    : ProgressStream(parent)
    , m_endpoint(endpoint)
    , m_request(request)
{
    connect(&m_packing, &QFutureWatcher<Packed>::finished, this, &DockerBuildStream::onPacked);
    m_packing.setFuture(QtConcurrent::run([options] {
        Packed packed;
        packed.tar = BuildContext::pack(options.contextDir, options.dockerfile, &packed.error);
        return packed;
    }));
}

// Packing cannot be interrupted and is never waited for: it holds only copies, and its result
// is dropped when it ends after the stream is gone.
DockerBuildStream::~DockerBuildStream() = default;

void DockerBuildStream::onPacked()
{
    Packed packed = m_packing.result();
    if (!packed.tar) {
        Q_EMIT ended(
            EngineError::make(EngineError::Kind::BadInput, packed.error, m_endpoint.toUrl()));
        return;
    }
    m_request.body = std::move(*packed.tar);
    auto *stream = new DockerProgressStream(m_endpoint, m_request, this);
    connect(stream, &ProgressStream::progressed, this, &ProgressStream::progressed);
    connect(stream, &ProgressStream::ended, this, &ProgressStream::ended);
}
