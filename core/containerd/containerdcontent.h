#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/engine.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class GrpcChannel;

// containerd's content store and image records as the other areas need them: whole blobs read
// by digest, and an image resolved to the manifest and config for one platform. Everything is
// asynchronous on the node's thread; callbacks run on the caller's context (never after it is
// gone) and once, with the value or the error. Blobs are immutable, so resolved images are
// remembered by namespace and target digest.
//
// For creating a container from an image (C4):
//     content.resolveImageByName(ns, QStringLiteral("docker.io/library/busybox:latest"), context,
//         [](const EngineResult<ContainerdContent::ResolvedImage> &r) {
//             r.value.configObject["config"] -> the image config's "config" object (Env, Cmd,
//             Entrypoint, ...) r.value.chainId  -> the snapshot to prepare the container's rootfs
//             on (parent)
//         });
class ContainerdContent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdContent)

public:
    // Manifests, indexes and configs are a few KiB; a blob past this is not one of them.
    static constexpr qint64 MaxBlobBytes = 16 * 1024 * 1024;

    // An OCI descriptor (containerd.types.Descriptor, or an entry of a manifest's JSON).
    struct Descriptor
    {
        QString mediaType;
        QString digest; // "sha256:<hex>"
        qint64 size = 0;
        QMap<QString, QString> annotations;
        // In an index: the platform the manifest is for.
        QString os;
        QString architecture;
        QString variant;
    };

    // An image record (images.v1 Image).
    struct ImageRecord
    {
        QString ns;
        QString name; // "docker.io/library/busybox:latest"
        Descriptor target;
        QMap<QString, QString> labels;
        QDateTime created;
        QDateTime updated;
    };

    // The platform an index is resolved for: the OCI names (GOOS, GOARCH, variant).
    struct Platform
    {
        QString os = QStringLiteral("linux");
        QString architecture;
        QString variant;
    };
    // This machine's platform (linux, amd64 / arm64 / ...), what containerd itself runs.
    static Platform hostPlatform();

    // An image resolved for one platform.
    struct ResolvedImage
    {
        QString ns;
        QString name;        // empty when resolved from a descriptor
        Descriptor target;   // the image record's target (an index or a manifest)
        Descriptor manifest; // the platform's manifest (== target when that is a manifest)
        Descriptor config;
        QList<Descriptor> layers; // bottom first
        QByteArray indexJson;     // empty when the target is a manifest
        QByteArray manifestJson;
        QByteArray configJson; // the whole image config
        QJsonObject
            configObject;    // configJson parsed: "config" is runtime config, "rootfs", "history"
        QStringList diffIds; // rootfs.diff_ids, bottom first
        // identity.ChainID(diffIds): the committed snapshot of the unpacked layers, the parent
        // of a container's rootfs snapshot. Empty for an image without layers.
        QString chainId;
        // As `ctr images ls` counts it: the index (if any), the manifest, the config and the
        // layers as stored (compressed).
        qint64 size = 0;
        QString os;
        QString architecture;
        QDateTime created; // the config's "created"; invalid when it has none
    };

    explicit ContainerdContent(GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdContent() override;

    // The whole blob `digest` in namespace `ns` (content.v1 Read). TooLarge past `maxBytes`,
    // Http 404 when the namespace does not have it.
    CallHandle readBlob(const QString &ns, const QString &digest, QObject *context,
                        Engine::Callback<QByteArray> callback, qint64 maxBytes = MaxBlobBytes);
    // The size of blob `digest` (content.v1 Info).
    CallHandle blobSize(const QString &ns, const QString &digest, QObject *context,
                        Engine::Callback<qint64> callback);

    // The image record `name` (images.v1 Get); ImageMissing when the namespace has none.
    CallHandle getImage(const QString &ns, const QString &name, QObject *context,
                        Engine::Callback<ImageRecord> callback);
    // All image records of the namespace (images.v1 List).
    CallHandle listImages(const QString &ns, QObject *context,
                          Engine::Callback<QList<ImageRecord>> callback);

    // `target` read down to the platform's manifest and config. An index picks `platform`'s
    // manifest (os and architecture; variant when given), else another one the content store
    // has. Remembered: asking again for the same target costs no call.
    CallHandle resolve(const QString &ns, const Descriptor &target, QObject *context,
                       Engine::Callback<ResolvedImage> callback,
                       const Platform &platform = hostPlatform());
    // Forgets what resolve() remembered of images not in `keep` ("NAMESPACE/sha256:..."),
    // for a list that has just seen every image there is.
    void forgetOthers(const QSet<QString> &keep);
    // getImage() then resolve(); the result's name is `name`.
    CallHandle resolveImageByName(const QString &ns, const QString &name, QObject *context,
                                  Engine::Callback<ResolvedImage> callback,
                                  const Platform &platform = hostPlatform());

    // containerd's identity.ChainID: chain[0] = diffIds[0],
    // chain[i] = "sha256:" + hex(sha256(chain[i-1] + " " + diffIds[i])).
    static QString chainId(const QStringList &diffIds);
    // Docker Hub's short names as containerd stores them: "busybox" ->
    // "docker.io/library/busybox:latest", "me/app:1" -> "docker.io/me/app:1"; a name with a
    // registry keeps it; a digest reference ("name@sha256:...") keeps its digest.
    static QString normalizeName(const QString &name);
    static Descriptor descriptorFromJson(const QJsonObject &json);
    static bool isIndex(const QString &mediaType);
    static bool isManifest(const QString &mediaType);

private:
    struct Stubs;
    std::shared_ptr<Stubs> m_stubs;
    GrpcChannel &m_channel;
    QHash<QString, ResolvedImage> m_resolved; // by "ns/target digest/platform"
};

Q_DECLARE_TYPEINFO(ContainerdContent::Descriptor, Q_RELOCATABLE_TYPE);
