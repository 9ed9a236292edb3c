#pragma once

#include "core/engine/engineerror.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPair>

class EngineStream;
class NodeService;

// How far a pull is: the bytes of the layers whose size the engine has told, summed.
struct PullProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

// Pulls an image onto a node, for the GUI thread: the pull runs with the node's engine on its
// own connection and reports its progress as sums over the layers. Stopped, or deleted, it
// reports nothing more (the engine may finish the pull anyway).
class ImagePull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePull)

public:
    explicit ImagePull(NodeService *node, QObject *parent = nullptr);
    ~ImagePull() override;

    // Pulls `reference` (tag latest by default), without a registry login.
    void start(const QString &reference);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    // Once the engine has told a layer's size, and at every step after.
    void progressed(const PullProgress &progress);
    // No error: the image is on the node. ImageMissing or AmbiguousShortName when the
    // registries do not have it or the name is ambiguous; otherwise the engine's refusal.
    void finished(const EngineError &error);

private:
    EngineStream *m_stream = nullptr;
    // Per layer: bytes done, bytes in all.
    QHash<QString, QPair<qint64, qint64>> m_layers;
};

Q_DECLARE_METATYPE(PullProgress)
