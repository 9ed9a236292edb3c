#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/imageinfo.h"
#include "core/engine/progressstream.h"
#include "core/services/imagepull.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class EngineStream;
class NodeService;

// What ImagePull and ImagePush share: one pull or push on a node's engine, with the login given
// or the one saved for the reference's registry, its progress per layer and summed over the
// layers. For the GUI thread. Stopped, or deleted, it reports nothing more.
class ImageTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTransfer)

public:
    enum class Direction
    {
        Pull,
        Push
    };

    ImageTransfer(NodeService *node, Direction direction, QObject *parent = nullptr);
    ~ImageTransfer() override;

    // With `auth`, or (none given) with the login saved for the reference's registry, if any.
    void start(const QString &reference, const std::optional<RegistryAuth> &auth);
    void stop();
    // From start() until finished() or stop(), the look-up of the saved login included.
    bool isRunning() const { return m_running; }
    NodeService *node() const { return m_node; }
    // Whether the last run went with a login (given or saved), not anonymously.
    bool usedLogin() const { return m_usedLogin; }
    // Why a registry login may not be sent to the node (a plain TCP node the user did not allow
    // it for); empty when it may.
    QString loginRefusal() const;

    // The registry a reference names, as RegistryLogins keys it ("docker.io" when it names none).
    static QString registryOf(const QString &reference);

Q_SIGNALS:
    void layerProgressed(const LayerProgress &layer);
    void progressed(const PullProgress &progress);
    // `imageId`: what the engine named at the end (a push's digest), where it did.
    void finished(const EngineError &error, const QString &imageId);

private:
    static bool hasLogin(const RegistryAuth &auth);
    void run(const QString &reference, const RegistryAuth &auth);
    void onEvent(const ProgressEvent &event);

    QPointer<NodeService> m_node;
    Direction m_direction;
    EngineStream *m_stream = nullptr;
    bool m_running = false;
    bool m_usedLogin = false;
    // The saved login was not sent (loginRefusal()).
    bool m_withheldLogin = false;
    // Counts starts and stops, so that a saved login found after a stop (or a newer start) is
    // dropped.
    quint64 m_generation = 0;
    QHash<QString, LayerProgress> m_layers;
    QString m_imageId;
};
