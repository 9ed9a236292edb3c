#include "core/services/imagepull.h"

#include "core/engine/engine.h"
#include "core/services/enginestream.h"
#include "core/services/nodeservice.h"

ImagePull::ImagePull(NodeService *node, QObject *parent)
    : QObject(parent)
    , m_stream(new EngineStream(node, this))
{
    connect(m_stream, &EngineStream::value, this, [this](const QVariant &v) {
        const auto event = v.value<ProgressEvent>();
        if (!event.id.isEmpty() && event.total > 0)
            m_layers.insert(event.id, {event.current, event.total});
        PullProgress progress;
        for (const auto &[current, size] : std::as_const(m_layers)) {
            progress.done += current;
            progress.total += size;
        }
        if (progress.total > 0)
            Q_EMIT progressed(progress);
    });
    connect(m_stream, &EngineStream::ended, this, &ImagePull::finished);
}

ImagePull::~ImagePull() = default;

void ImagePull::start(const QString &reference)
{
    m_layers.clear();
    m_stream->start([reference](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                                EngineStream::End end) -> QObject * {
        ProgressStream *stream = engine.pullImage(reference, RegistryAuth(), parent);
        QObject::connect(
            stream, &ProgressStream::progressed, stream,
            [emitValue](const ProgressEvent &e) { emitValue(QVariant::fromValue(e)); });
        QObject::connect(stream, &ProgressStream::ended, stream, end);
        return stream;
    });
}

void ImagePull::stop()
{
    m_stream->stop();
}

bool ImagePull::isRunning() const
{
    return m_stream->isRunning();
}
