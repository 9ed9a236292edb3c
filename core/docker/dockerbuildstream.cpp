#include "core/docker/dockerbuildstream.h"

#include "core/docker/dockerprogressstream.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
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
    m_packing.setFuture(QtConcurrent::run(
        [options, progress = m_progress] { return pack(options, progress.get()); }));
}

DockerBuildStream::ContextFile::~ContextFile()
{
    if (!path.isEmpty())
        QFile::remove(path);
}

DockerBuildStream::Packed DockerBuildStream::pack(const BuildOptions &options,
                                                  BuildContext::Progress *progress)
{
    Packed packed;
    QTemporaryFile tar(
        QDir(QDir::tempPath()).filePath(QStringLiteral("gontainer-build-XXXXXX.tar")));
    if (!tar.open()) {
        packed.error = tr("Cannot make a temporary file for the build folder in %1: %2")
                           .arg(QDir::tempPath(), tar.errorString());
        return packed;
    }
    // From here on the file is removed by whoever holds it last, whatever happens.
    tar.setAutoRemove(false);
    auto file = std::make_shared<ContextFile>();
    file->path = tar.fileName();
    const std::optional<qint64> size =
        BuildContext::pack(options.contextDir, options.dockerfile, &tar, &packed.error,
                           BuildContext::Unlimited, progress);
    if (!size)
        return packed;
    if (!tar.flush()) {
        packed.error = tr("Cannot write the packed build folder: %1").arg(tar.errorString());
        return packed;
    }
    file->size = *size;
    packed.file = std::move(file);
    return packed;
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
    if (!packed.file) {
        Q_EMIT ended(
            EngineError::make(EngineError::Kind::BadInput, packed.error, m_endpoint.toUrl()));
        return;
    }
    reportPacking();
    m_context = std::move(packed.file);
    m_request.bodyFile = m_context->path;
    m_request.bodyFileSize = m_context->size;
    auto *stream = new DockerProgressStream(m_endpoint, m_request, this);
    connect(stream, &ProgressStream::progressed, this, &ProgressStream::progressed);
    connect(stream, &ProgressStream::ended, this, [this](const EngineError &error) {
        m_context.reset(); // the build ended: its context is no longer needed
        Q_EMIT ended(error);
    });
}
