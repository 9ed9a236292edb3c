#pragma once

#include "core/containerd/containerdcontent.h"
#include "core/engine/engine.h"

#include <QObject>

#include <functional>
#include <memory>

class ContainerdEngine;
class EngineJob;
class GrpcChannel;

// Images: images.v1 with their manifests and configs read from the content store; disk use.
// Part of ContainerdEngine, on the node's thread; the engine forwards its calls here.
//
// An image is one target (an index or a manifest) in one namespace; its id is
// "NAMESPACE/sha256:<target digest>" (ContainerdIds::join, imageId()), as nerdctl shows the
// target's digest, and its names (containerd's image records pointing at that target) are its
// repo tags. Calls take that id, a digest or a prefix of it, an image name ("busybox" means
// "docker.io/library/busybox:latest"), or "NAMESPACE/NAME" to say which namespace.
// A container uses the image its record names (containers.v1 Container.image).
class ContainerdImages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdImages)

public:
    ContainerdImages(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdImages() override;

    // The id the image list gives the image `targetDigest` of namespace `ns` (and what a
    // container summary's imageId should be for the image it runs from).
    static QString imageId(const QString &ns, const QString &targetDigest);
    // Why pulling is absent on a containerd `version` node, and what to do instead.
    static QString pullMissingText(const QString &version);

    ContainerdContent &content() { return *m_content; }

    CallHandle listImages(bool all, QObject *context,
                          Engine::Callback<QList<ImageSummary>> callback);
    CallHandle inspectImage(const QString &name, QObject *context,
                            Engine::Callback<ImageDetails> callback);
    CallHandle imageHistory(const QString &name, QObject *context,
                            Engine::Callback<QList<ImageLayer>> callback);
    CallHandle tagImage(const QString &source, const QString &target, QObject *context,
                        Engine::DoneCallback callback);
    CallHandle removeImage(const QString &name, bool force, QObject *context,
                           Engine::Callback<ImageRemoval> callback);
    CallHandle pruneImages(bool all, QObject *context, Engine::Callback<PruneReport> callback);
    CallHandle diskUsage(QObject *context, Engine::Callback<DiskUsage> callback);
    ProgressStream *pullImage(const QString &reference, const RegistryAuth &auth, QObject *parent);

    // What the calls above read first: the namespaces' image records and containers.
    struct ContainerRef
    {
        QString ns;
        QString id;
        QString image; // the image name the container was made from
        QString snapshotter;
        QString snapshotKey;
    };
    struct Catalog
    {
        QStringList namespaces;
        QList<ContainerdContent::ImageRecord> records;
        QList<ContainerRef> containers;
    };
    // The records of one image (same namespace and target).
    struct Match
    {
        QString ns;
        QString digest;
        bool byId = false; // asked for by id or digest, not by one of its names
        QList<ContainerdContent::ImageRecord> records; // every name of the image
        QString name;                                  // the name asked for (by name only)
    };

private:
    using CatalogDone = std::function<void(const EngineResult<Catalog> &)>;
    void loadCatalog(EngineJob *job, bool withContainers, CatalogDone done);
    // The image `text` names in the catalog; ImageMissing, or BadInput when a name is in
    // several namespaces and `unique` is asked for.
    EngineResult<Match> find(const Catalog &catalog, const QString &text, bool unique) const;
    // The catalog, the image `text` names in it, and that image resolved for this platform.
    using Found = std::function<void(const EngineError &, const Catalog &, const Match &,
                                     const ContainerdContent::ResolvedImage &)>;
    void findAndResolve(EngineJob *job, const QString &text, bool unique, bool withContainers,
                        Found done);

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    ContainerdContent *m_content;
    struct Stubs;
    std::shared_ptr<Stubs> m_stubs;
};
