#include "core/services/imagetransfer.h"

#include "core/config/registrylogins.h"
#include "core/engine/engine.h"
#include "core/engine/imagereference.h"
#include "core/services/enginestream.h"
#include "core/services/nodeservice.h"

#include <QRegularExpression>
#include <QTimer>

ImageTransfer::ImageTransfer(NodeService *node, Direction direction, QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_direction(direction)
    , m_stream(new EngineStream(node, this))
{
    connect(m_stream, &EngineStream::value, this,
            [this](const QVariant &v) { onEvent(v.value<ProgressEvent>()); });
    connect(m_stream, &EngineStream::ended, this, [this](const EngineError &error) {
        m_running = false;
        // The registry wants the login that was withheld: say why, and how to allow it.
        if (error.kind == EngineError::Kind::Unauthorized && m_withheldLogin) {
            Q_EMIT finished(EngineError::make(EngineError::Kind::BadInput, loginRefusal()),
                            QString());
            return;
        }
        Q_EMIT finished(error, error.isError() ? QString() : m_imageId);
    });
}

bool ImageTransfer::hasLogin(const RegistryAuth &auth)
{
    return !auth.username.isEmpty() || !auth.password.isEmpty() || !auth.identityToken.isEmpty();
}

QString ImageTransfer::loginRefusal() const
{
    return m_node ? m_node->config().credentialsRefusal() : QString();
}

ImageTransfer::~ImageTransfer() = default;

QString ImageTransfer::registryOf(const QString &reference)
{
    return RegistryLogins::serverFor(ImageReference::parse(reference).registry);
}

void ImageTransfer::start(const QString &reference, const std::optional<RegistryAuth> &auth)
{
    stop();
    m_running = true;
    m_withheldLogin = false;
    const quint64 generation = ++m_generation;
    if (auth) {
        // A login given for this transfer is never sent where anyone on the network can read
        // it, unless the user allowed that for the node.
        if (hasLogin(*auth) && !loginRefusal().isEmpty()) {
            QTimer::singleShot(0, this, [this, generation] {
                if (generation != m_generation || !m_running)
                    return;
                m_running = false;
                Q_EMIT finished(EngineError::make(EngineError::Kind::BadInput, loginRefusal()),
                                QString());
            });
            return;
        }
        run(reference, *auth);
        return;
    }
    // A keychain that cannot be read is not a reason to refuse: the registry may need no
    // login, and if it does, it says so (Unauthorized).
    RegistryLogins::find(registryOf(reference), this,
                         [this, generation, reference](const RegistryAuth &saved, const QString &) {
                             if (generation != m_generation || !m_running)
                                 return;
                             // A saved login withheld: the image may need none.
                             if (hasLogin(saved) && !loginRefusal().isEmpty()) {
                                 m_withheldLogin = true;
                                 run(reference, RegistryAuth());
                                 return;
                             }
                             run(reference, saved);
                         });
}

void ImageTransfer::run(const QString &reference, const RegistryAuth &auth)
{
    m_layers.clear();
    m_imageId.clear();
    m_usedLogin = !auth.username.isEmpty() || !auth.identityToken.isEmpty();
    const bool push = m_direction == Direction::Push;
    m_stream->start([reference, auth, push](Engine &engine, QObject *parent,
                                            EngineStream::Emit emitValue,
                                            EngineStream::End end) -> QObject * {
        ProgressStream *stream = push ? engine.pushImage(reference, auth, parent)
                                      : engine.pullImage(reference, auth, parent);
        QObject::connect(
            stream, &ProgressStream::progressed, stream,
            [emitValue](const ProgressEvent &e) { emitValue(QVariant::fromValue(e)); });
        QObject::connect(stream, &ProgressStream::ended, stream, end);
        return stream;
    });
}

void ImageTransfer::stop()
{
    ++m_generation;
    m_running = false;
    m_stream->stop();
}

void ImageTransfer::onEvent(const ProgressEvent &event)
{
    if (!event.imageId.isEmpty()) {
        m_imageId = event.imageId;
    } else if (m_direction == Direction::Push) {
        // Podman names the digest only in its last status: "v1: digest: sha256:… size: 343".
        static const QRegularExpression digest(QStringLiteral("digest: (sha256:[0-9a-f]{64})"));
        const QRegularExpressionMatch m = digest.match(event.status);
        if (m.hasMatch())
            m_imageId = m.captured(1);
    }
    if (event.id.isEmpty())
        return; // a message about the whole image
    LayerProgress &layer = m_layers[event.id];
    layer.id = event.id;
    layer.status = event.status;
    // "Pull complete", "Pushed", "Already exists" come without bytes: the layer keeps the
    // size it had, all of it done.
    if (event.total > 0) {
        layer.current = event.current;
        layer.total = event.total;
    } else if (layer.total > 0 && event.current == 0) {
        layer.current = layer.total;
    }
    Q_EMIT layerProgressed(layer);
    PullProgress progress;
    for (const LayerProgress &l : std::as_const(m_layers)) {
        if (l.total <= 0)
            continue;
        progress.done += qMin(l.current, l.total);
        progress.total += l.total;
    }
    if (progress.total > 0)
        Q_EMIT progressed(progress);
}
