#include "core/docker/dockerbuildstream.h"

#include "core/docker/dockerprogressstream.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int PackingReportMs = 100;
}

DockerBuildStream::DockerBuildStream(const Endpoint &endpoint, const HttpRequest &request,
                                     const BuildOptions &options, QObject *parent)
    : ProgressStream(parent)
    , m_endpoint(endpoint)
    , m_request(request)
    , m_progress(std::make_shared<BuildContext::Progress>())
{
    connect(&m_packing, &QFutureWatcher<Packed>::finished, this, &DockerBuildStream::onPacked);
    connect(&m_progressTimer, &QTimer::timeout, this, &DockerBuildStream::reportPacking);
    m_progressTimer.start(PackingReportMs);
    m_packing.setFuture(QtConcurrent::run([options, progress = m_progress] {
        Packed packed;
        packed.tar = BuildContext::pack(options.contextDir, options.dockerfile, &packed.error,
                                        BuildContext::MaxBytes, progress.get());
        return packed;
    }));
}

// Packing is never waited for: told to stop, it ends soon, holding only copies and the shared
// progress, and its result is dropped.
DockerBuildStream::~DockerBuildStream()
{
    m_progress->cancelled = true;
}

void DockerBuildStream::reportPacking()
{
    ProgressEvent e;
    e.stage = ProgressEvent::Stage::Packing;
    e.current = m_progress->done;
    e.total = m_progress->total;
    Q_EMIT progressed(e);
}

void DockerBuildStream::onPacked()
{
    m_progressTimer.stop();
    Packed packed = m_packing.result();
    if (!packed.tar) {
        Q_EMIT ended(
            EngineError::make(EngineError::Kind::BadInput, packed.error, m_endpoint.toUrl()));
        return;
    }
    reportPacking();
    m_request.body = std::move(*packed.tar);
    auto *stream = new DockerProgressStream(m_endpoint, m_request, this);
    m_request.body.clear(); // the reply holds the one copy
    connect(stream, &ProgressStream::progressed, this, &ProgressStream::progressed);
    connect(stream, &ProgressStream::ended, this, &ProgressStream::ended);
}
