#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/imageinfo.h"
#include "core/services/imagepull.h"

#include <QObject>

class NodeService;

// Pushes an image from a node to its registry, for the GUI thread, with the same progress as
// ImagePull (per layer, and summed). It uses the login saved for the image's registry
// (RegistryLogins) unless given one. Stopped, or deleted, it reports nothing more.
class ImagePush final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePush)

public:
    explicit ImagePush(NodeService *node, QObject *parent = nullptr);
    ~ImagePush() override;

    // Pushes `reference` ("registry/repo:tag") with the saved login for its registry, if any.
    void start(const QString &reference);
    void start(const QString &reference, const RegistryAuth &auth);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void layerProgressed(const LayerProgress &layer);
    void progressed(const PullProgress &progress);
    // No error: pushed (`digest` as the registry named it, where it did). Unauthorized when the
    // registry wants a login or refused the one given; ImageMissing when the node has no such
    // image; otherwise the engine's refusal.
    void finished(const EngineError &error, const QString &digest);

private:
    struct Private;
    Private *d;
};
