#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/imageinfo.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QStringList>

class EngineStream;
class NodeService;

// How far a pull or push is: the bytes of the layers whose size the engine has told, summed.
struct PullProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

// One layer of a pull or push, as the engine last reported it.
struct LayerProgress
{
    QString id;
    QString status; // the engine's words: "Downloading", "Pull complete", "Pushed", ...
    qint64 current = 0;
    qint64 total = 0; // 0 while unknown
};

// Pulls an image onto a node, for the GUI thread: the pull runs with the node's engine on its
// own connection and reports its progress per layer and as sums over the layers. It uses the
// login saved for the image's registry (RegistryLogins) unless given one. Stopped, or deleted,
// it reports nothing more (the engine may finish the pull anyway).
class ImagePull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePull)

public:
    explicit ImagePull(NodeService *node, QObject *parent = nullptr);
    ~ImagePull() override;

    // Pulls `reference` (tag latest by default) with the saved login for its registry, if any.
    void start(const QString &reference);
    // Pulls with this login (empty: anonymous).
    void start(const QString &reference, const RegistryAuth &auth);
    void stop();
    bool isRunning() const;

    // After a failed pull of a short name (no registry in it) on an engine that searches
    // registries for short names: the registries tried, in order, and the fully qualified names
    // the user can choose from instead. Empty otherwise.
    QStringList triedRegistries() const;
    QStringList qualifiedCandidates() const;

Q_SIGNALS:
    void layerProgressed(const LayerProgress &layer);
    // Once the engine has told a layer's size, and at every step after.
    void progressed(const PullProgress &progress);
    // No error: the image is on the node. ImageMissing or AmbiguousShortName when the
    // registries do not have it or the name is ambiguous; Unauthorized when the registry wants
    // a login (or refused the saved one); otherwise the engine's refusal.
    void finished(const EngineError &error);

private:
    struct Private;
    Private *d;
};

Q_DECLARE_METATYPE(PullProgress)
Q_DECLARE_METATYPE(LayerProgress)
