#include "core/services/imagebuild.h"

#include "core/engine/engine.h"
#include "core/engine/progressstream.h"
#include "core/services/enginestream.h"
#include "core/services/nodeservice.h"

#include <QRegularExpression>

struct ImageBuild::Private
{
    EngineStream *stream = nullptr;
    QString pending; // output after its last line end
    QString imageId;
    bool building = false;
};

namespace {

// "Step 2/5 : RUN make" (Docker's classic builder), "STEP 2/5: RUN make" (Podman/Buildah).
const QRegularExpression &stepLine()
{
    static const QRegularExpression re(QStringLiteral("^(?:Step|STEP) (\\d+)/(\\d+) ?: ?(.*)$"));
    return re;
}

// What builders print once the image is made, where no aux ID came.
const QRegularExpression &builtLine()
{
    static const QRegularExpression re(QStringLiteral("^Successfully built ([0-9a-f]{12,64})$"));
    return re;
}

} // namespace

ImageBuild::ImageBuild(NodeService *node, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->stream = new EngineStream(node, this);
    connect(d->stream, &EngineStream::value, this, [this](const QVariant &v) {
        const auto event = v.value<ProgressEvent>();
        if (event.stage != ProgressEvent::Stage::Engine) {
            BuildProgress p;
            p.phase = event.stage == ProgressEvent::Stage::Packing ? BuildProgress::Phase::Packing
                                                                   : BuildProgress::Phase::Sending;
            p.done = event.current;
            p.total = event.total;
            Q_EMIT progressed(p);
            return;
        }
        if (!d->building) {
            d->building = true;
            Q_EMIT progressed({BuildProgress::Phase::Building, 0, 0});
        }
        if (!event.imageId.isEmpty())
            d->imageId = event.imageId;
        if (event.output.isEmpty())
            return;
        // Whole lines are read for steps; what the engine wrote goes on as it came.
        Q_EMIT output(event.output, false);
        d->pending += event.output;
        const qsizetype end = d->pending.lastIndexOf(QLatin1Char('\n'));
        if (end < 0)
            return;
        const QStringList lines = d->pending.left(end).split(QLatin1Char('\n'));
        d->pending.remove(0, end + 1);
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (const auto m = stepLine().match(line); m.hasMatch())
                Q_EMIT stepStarted(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3));
            else if (const auto b = builtLine().match(line); b.hasMatch() && d->imageId.isEmpty())
                d->imageId = b.captured(1);
        }
    });
    connect(d->stream, &EngineStream::ended, this, [this](const EngineError &error) {
        if (error.isError() && error.kind != EngineError::Kind::Aborted)
            Q_EMIT output(error.message + QLatin1Char('\n'), true);
        if (!error.isError() && d->imageId.isEmpty()) {
            Q_EMIT finished(
                EngineError::make(EngineError::Kind::Protocol,
                                  tr("the engine did not name the image it built"),
                                  d->stream->node() ? d->stream->node()->name() : QString()),
                {});
            return;
        }
        Q_EMIT finished(error, error.isError() ? QString() : d->imageId);
    });
}

ImageBuild::~ImageBuild()
{
    delete d;
}

void ImageBuild::start(const BuildOptions &options)
{
    d->pending.clear();
    d->imageId.clear();
    d->building = false;
    d->stream->start([options](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                               EngineStream::End end) -> QObject * {
        ProgressStream *stream = engine.buildImage(options, parent);
        QObject::connect(
            stream, &ProgressStream::progressed, stream,
            [emitValue](const ProgressEvent &e) { emitValue(QVariant::fromValue(e)); });
        QObject::connect(stream, &ProgressStream::ended, stream, end);
        return stream;
    });
}

void ImageBuild::stop()
{
    d->stream->stop();
}

bool ImageBuild::isRunning() const
{
    return d->stream->isRunning();
}
