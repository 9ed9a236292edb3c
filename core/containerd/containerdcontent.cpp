#include "core/containerd/containerdcontent.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/grpcchannel.h"
#include "core/engine/enginejob.h"
#include "core/engine/imagereference.h"

#include <github.com/containerd/containerd/api/services/content/v1/content.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/images/v1/images.grpc.pb.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace capi = containerd::services::content::v1;
namespace iapi = containerd::services::images::v1;

struct ContainerdContent::Stubs
{
    std::unique_ptr<capi::Content::Stub> content;
    std::unique_ptr<iapi::Images::Stub> images;
};

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QDateTime timeFrom(const google::protobuf::Timestamp &t)
{
    if (t.seconds() == 0 && t.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(t.seconds() * 1000 + t.nanos() / 1000000, Qt::UTC);
}

ContainerdContent::Descriptor descriptorFrom(const containerd::types::Descriptor &d)
{
    ContainerdContent::Descriptor out;
    out.mediaType = str(d.media_type());
    out.digest = str(d.digest());
    out.size = d.size();
    for (const auto &[k, v] : d.annotations())
        out.annotations.insert(str(k), str(v));
    return out;
}

ContainerdContent::ImageRecord recordFrom(const QString &ns, const iapi::Image &image)
{
    ContainerdContent::ImageRecord r;
    r.ns = ns;
    r.name = str(image.name());
    r.target = descriptorFrom(image.target());
    for (const auto &[k, v] : image.labels())
        r.labels.insert(str(k), str(v));
    r.created = timeFrom(image.created_at());
    r.updated = timeFrom(image.updated_at());
    return r;
}

template<typename T>
EngineResult<T> failed(const EngineError &e)
{
    return EngineResult<T>::failure(e);
}

bool isNotFound(const EngineError &e)
{
    return e.httpStatus == 404 || e.kind == EngineError::Kind::ImageMissing;
}

} // namespace

ContainerdContent::ContainerdContent(GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_stubs(std::make_shared<Stubs>())
    , m_channel(channel)
{
    if (m_channel.channel()) {
        m_stubs->content = capi::Content::NewStub(m_channel.channel());
        m_stubs->images = iapi::Images::NewStub(m_channel.channel());
    }
}

ContainerdContent::~ContainerdContent() = default;

ContainerdContent::Platform ContainerdContent::hostPlatform()
{
    Platform p;
    const QString cpu = QSysInfo::currentCpuArchitecture();
    if (cpu == QLatin1String("x86_64"))
        p.architecture = QStringLiteral("amd64");
    else if (cpu == QLatin1String("i386"))
        p.architecture = QStringLiteral("386");
    else if (cpu == QLatin1String("arm")) {
        p.architecture = QStringLiteral("arm");
        p.variant = QStringLiteral("v7");
    } else
        p.architecture = cpu; // arm64, ppc64le, s390x, riscv64 are the same in both
    return p;
}

bool ContainerdContent::isIndex(const QString &mediaType)
{
    return mediaType == QLatin1String("application/vnd.oci.image.index.v1+json") ||
           mediaType == QLatin1String("application/vnd.docker.distribution.manifest.list.v2+json");
}

bool ContainerdContent::isManifest(const QString &mediaType)
{
    return mediaType == QLatin1String("application/vnd.oci.image.manifest.v1+json") ||
           mediaType == QLatin1String("application/vnd.docker.distribution.manifest.v2+json");
}

ContainerdContent::Descriptor ContainerdContent::descriptorFromJson(const QJsonObject &json)
{
    Descriptor d;
    d.mediaType = json.value(QLatin1String("mediaType")).toString();
    d.digest = json.value(QLatin1String("digest")).toString();
    d.size = json.value(QLatin1String("size")).toInteger();
    const QJsonObject annotations = json.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        d.annotations.insert(it.key(), it.value().toString());
    const QJsonObject platform = json.value(QLatin1String("platform")).toObject();
    d.os = platform.value(QLatin1String("os")).toString();
    d.architecture = platform.value(QLatin1String("architecture")).toString();
    d.variant = platform.value(QLatin1String("variant")).toString();
    return d;
}

QString ContainerdContent::chainId(const QStringList &diffIds)
{
    QString chain;
    for (const QString &diffId : diffIds) {
        if (chain.isEmpty()) {
            chain = diffId;
            continue;
        }
        const QByteArray text = (chain + QLatin1Char(' ') + diffId).toUtf8();
        chain =
            QStringLiteral("sha256:") +
            QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    }
    return chain;
}

QString ContainerdContent::normalizeName(const QString &name)
{
    const ImageReference ref = ImageReference::parse(name);
    if (!ref.isValid())
        return name.trimmed();
    return ref.qualified();
}

CallHandle ContainerdContent::readBlob(const QString &ns, const QString &digest, QObject *context,
                                       Engine::Callback<QByteArray> callback, qint64 maxBytes)
{
    auto *job = new EngineJob(context, [callback, where = m_channel.where()] {
        callback(failed<QByteArray>(EngineError::make(EngineError::Kind::Aborted, {}, where)));
    });
    m_channel.endWithChannel(job);
    capi::ReadContentRequest request;
    request.set_digest(digest.toStdString());
    auto data = std::make_shared<QByteArray>();
    auto stubs = m_stubs;
    const QString where = m_channel.where();
    GrpcStream *stream = nullptr;
    auto streamPtr = std::make_shared<QPointer<GrpcStream>>();
    stream = m_channel.serverStream<capi::ReadContentRequest, capi::ReadContentResponse>(
        QStringLiteral("content.Read"), ns, request, ContainerdEngine::CallTimeoutMs, job,
        [stubs](grpc::ClientContext *c, const capi::ReadContentRequest *q,
                grpc::ClientReadReactor<capi::ReadContentResponse> *r) {
            stubs->content->async()->Read(c, q, r);
        },
        std::function<void(capi::ReadContentResponse &&)>(
            [job, data, maxBytes, callback, where, streamPtr,
             digest](capi::ReadContentResponse &&message) {
                if (job->isDone())
                    return;
                if (data->size() + qint64(message.data().size()) > maxBytes) {
                    job->finish([&] {
                        callback(failed<QByteArray>(EngineError::make(
                            EngineError::Kind::TooLarge,
                            ContainerdContent::tr("the blob %1 is larger than %2 bytes")
                                .arg(digest)
                                .arg(maxBytes),
                            where)));
                    });
                    if (*streamPtr)
                        (*streamPtr)->abort();
                    return;
                }
                data->append(message.data().data(), qsizetype(message.data().size()));
            }),
        std::function<void(const EngineError &)>([job, data, callback](const EngineError &e) {
            if (job->isDone())
                return;
            job->finish([&] {
                if (e.isError())
                    callback(failed<QByteArray>(e));
                else
                    callback(EngineResult<QByteArray>::success(*data));
            });
        }));
    *streamPtr = stream;
    job->track(CallHandle(stream));
    return job->handle();
}

CallHandle ContainerdContent::blobSize(const QString &ns, const QString &digest, QObject *context,
                                       Engine::Callback<qint64> callback)
{
    capi::InfoRequest request;
    request.set_digest(digest.toStdString());
    auto stubs = m_stubs;
    return m_channel.unary<capi::InfoRequest, capi::InfoResponse>(
        QStringLiteral("content.Info"), ns, request, ContainerdEngine::CallTimeoutMs, context,
        [stubs](grpc::ClientContext *c, const capi::InfoRequest *q, capi::InfoResponse *r,
                std::function<void(grpc::Status)> f) {
            stubs->content->async()->Info(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<capi::InfoResponse>)>(
            [callback](const EngineResult<capi::InfoResponse> &r) {
                if (!r.ok())
                    callback(failed<qint64>(r.error));
                else
                    callback(EngineResult<qint64>::success(r.value.info().size()));
            }));
}

CallHandle ContainerdContent::getImage(const QString &ns, const QString &name, QObject *context,
                                       Engine::Callback<ImageRecord> callback)
{
    iapi::GetImageRequest request;
    request.set_name(name.toStdString());
    auto stubs = m_stubs;
    return m_channel.unary<iapi::GetImageRequest, iapi::GetImageResponse>(
        QStringLiteral("images.Get"), ns, request, ContainerdEngine::CallTimeoutMs, context,
        [stubs](grpc::ClientContext *c, const iapi::GetImageRequest *q, iapi::GetImageResponse *r,
                std::function<void(grpc::Status)> f) {
            stubs->images->async()->Get(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<iapi::GetImageResponse>)>(
            [callback, ns, name](const EngineResult<iapi::GetImageResponse> &r) {
                if (!r.ok()) {
                    EngineError e = r.error;
                    if (e.httpStatus == 404) {
                        e.kind = EngineError::Kind::ImageMissing;
                        e.message =
                            ContainerdContent::tr("namespace %1 has no image %2").arg(ns, name);
                    }
                    callback(failed<ImageRecord>(e));
                    return;
                }
                callback(EngineResult<ImageRecord>::success(recordFrom(ns, r.value.image())));
            }));
}

CallHandle ContainerdContent::listImages(const QString &ns, QObject *context,
                                         Engine::Callback<QList<ImageRecord>> callback)
{
    auto stubs = m_stubs;
    return m_channel.unary<iapi::ListImagesRequest, iapi::ListImagesResponse>(
        QStringLiteral("images.List"), ns, iapi::ListImagesRequest(),
        ContainerdEngine::CallTimeoutMs, context,
        [stubs](grpc::ClientContext *c, const iapi::ListImagesRequest *q,
                iapi::ListImagesResponse *r, std::function<void(grpc::Status)> f) {
            stubs->images->async()->List(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<iapi::ListImagesResponse>)>(
            [callback, ns](const EngineResult<iapi::ListImagesResponse> &r) {
                if (!r.ok()) {
                    callback(failed<QList<ImageRecord>>(r.error));
                    return;
                }
                QList<ImageRecord> records;
                records.reserve(r.value.images_size());
                for (const auto &image : r.value.images())
                    records << recordFrom(ns, image);
                callback(EngineResult<QList<ImageRecord>>::success(records));
            }));
}

namespace {

// The steps of one resolve(), kept alive by the callbacks that hold it.
struct Resolution
{
    ContainerdContent *content = nullptr;
    EngineJob *job = nullptr;
    QString ns;
    ContainerdContent::Platform platform;
    ContainerdContent::ResolvedImage image;
    QList<ContainerdContent::Descriptor> candidates; // an index's manifests, best first
    int depth = 0;
    Engine::Callback<ContainerdContent::ResolvedImage> done;

    void fail(const EngineError &e)
    {
        job->finish([&] { done(EngineResult<ContainerdContent::ResolvedImage>::failure(e)); });
    }
    EngineError badContent(const QString &what) const
    {
        return EngineError::make(EngineError::Kind::Protocol, what, {});
    }
};

int platformScore(const ContainerdContent::Descriptor &d, const ContainerdContent::Platform &p)
{
    if (d.annotations.value(QStringLiteral("vnd.docker.reference.type")) ==
        QLatin1String("attestation-manifest"))
        return -1;
    if (d.os.isEmpty() && d.architecture.isEmpty())
        return 1; // says nothing: a last resort
    if (d.os != p.os)
        return -1;
    if (d.architecture != p.architecture)
        return 0;
    if (!p.variant.isEmpty() && !d.variant.isEmpty() && d.variant != p.variant)
        return 2;
    return 3;
}

void readDescriptor(const std::shared_ptr<Resolution> &r, const ContainerdContent::Descriptor &d);

void readConfig(const std::shared_ptr<Resolution> &r)
{
    const QString digest = r->image.config.digest;
    r->job->track(
        r->content->readBlob(r->ns, digest, r->job, [r](const EngineResult<QByteArray> &result) {
            if (r->job->isDone())
                return;
            if (!result.ok()) {
                r->fail(result.error);
                return;
            }
            ContainerdContent::ResolvedImage &image = r->image;
            image.configJson = result.value;
            image.configObject = QJsonDocument::fromJson(result.value).object();
            const QJsonArray diffIds = image.configObject.value(QLatin1String("rootfs"))
                                           .toObject()
                                           .value(QLatin1String("diff_ids"))
                                           .toArray();
            for (const QJsonValue &v : diffIds)
                image.diffIds << v.toString();
            image.chainId = ContainerdContent::chainId(image.diffIds);
            image.os = image.configObject.value(QLatin1String("os")).toString();
            image.architecture = image.configObject.value(QLatin1String("architecture")).toString();
            image.created = QDateTime::fromString(
                image.configObject.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
            image.size += image.config.size;
            for (const ContainerdContent::Descriptor &layer : std::as_const(image.layers))
                image.size += layer.size;
            r->job->finish(
                [&] { r->done(EngineResult<ContainerdContent::ResolvedImage>::success(image)); });
        }));
}

void tryCandidate(const std::shared_ptr<Resolution> &r, const EngineError &lastError)
{
    if (r->candidates.isEmpty()) {
        r->fail(lastError.isError()
                    ? lastError
                    : EngineError::make(EngineError::Kind::ImageMissing,
                                        ContainerdContent::tr("the image has no manifest for %1/%2")
                                            .arg(r->platform.os, r->platform.architecture),
                                        {}));
        return;
    }
    const ContainerdContent::Descriptor next = r->candidates.takeFirst();
    readDescriptor(r, next);
}

void readDescriptor(const std::shared_ptr<Resolution> &r, const ContainerdContent::Descriptor &d)
{
    if (++r->depth > 6) {
        r->fail(r->badContent(ContainerdContent::tr("indexes nested too deep")));
        return;
    }
    r->job->track(r->content->readBlob(
        r->ns, d.digest, r->job, [r, d](const EngineResult<QByteArray> &result) {
            if (r->job->isDone())
                return;
            const bool inIndex = !r->image.indexJson.isEmpty();
            if (!result.ok()) {
                // A platform the store does not hold: try the next one.
                if (inIndex && isNotFound(result.error))
                    tryCandidate(r, result.error);
                else
                    r->fail(result.error);
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(result.value).object();
            QString mediaType = d.mediaType;
            if (mediaType.isEmpty())
                mediaType = json.value(QLatin1String("mediaType")).toString();
            const bool index = ContainerdContent::isIndex(mediaType) ||
                               (mediaType.isEmpty() && json.contains(QLatin1String("manifests")));
            if (index) {
                if (r->image.indexJson.isEmpty()) {
                    r->image.indexJson = result.value;
                    r->image.size += d.size;
                }
                QList<std::pair<int, ContainerdContent::Descriptor>> scored;
                const QJsonArray manifests = json.value(QLatin1String("manifests")).toArray();
                for (const QJsonValue &m : manifests) {
                    const ContainerdContent::Descriptor c =
                        ContainerdContent::descriptorFromJson(m.toObject());
                    const int score = platformScore(c, r->platform);
                    if (score >= 0)
                        scored.append({score, c});
                }
                std::stable_sort(scored.begin(), scored.end(),
                                 [](const auto &a, const auto &b) { return a.first > b.first; });
                r->candidates.clear();
                for (const auto &s : scored)
                    r->candidates << s.second;
                tryCandidate(r, {});
                return;
            }
            if (!json.contains(QLatin1String("config"))) {
                r->fail(r->badContent(
                    ContainerdContent::tr("%1 is neither an image index nor a manifest")
                        .arg(d.digest)));
                return;
            }
            r->image.manifest = d;
            r->image.manifest.mediaType = mediaType;
            r->image.manifestJson = result.value;
            r->image.size += d.size;
            r->image.config = ContainerdContent::descriptorFromJson(
                json.value(QLatin1String("config")).toObject());
            const QJsonArray layers = json.value(QLatin1String("layers")).toArray();
            for (const QJsonValue &l : layers)
                r->image.layers << ContainerdContent::descriptorFromJson(l.toObject());
            readConfig(r);
        }));
}

} // namespace

CallHandle ContainerdContent::resolve(const QString &ns, const Descriptor &target, QObject *context,
                                      Engine::Callback<ResolvedImage> callback,
                                      const Platform &platform)
{
    const QString key = ns + QLatin1Char('/') + target.digest + QLatin1Char('/') + platform.os +
                        QLatin1Char('/') + platform.architecture + QLatin1Char('/') +
                        platform.variant;
    const QString where = m_channel.where();
    auto *job = new EngineJob(context, [callback, where] {
        callback(failed<ResolvedImage>(EngineError::make(EngineError::Kind::Aborted, {}, where)));
    });
    m_channel.endWithChannel(job);
    const auto cached = m_resolved.constFind(key);
    if (cached != m_resolved.cend()) {
        ResolvedImage image = *cached;
        image.target = target;
        QMetaObject::invokeMethod(
            job, [job, callback, image] { job->finish([&] {
                                              callback({image, {}});
                                          }); },
            Qt::QueuedConnection);
        return job->handle();
    }
    auto r = std::make_shared<Resolution>();
    r->content = this;
    r->job = job;
    r->ns = ns;
    r->platform = platform;
    r->image.ns = ns;
    r->image.target = target;
    QPointer<ContainerdContent> self(this);
    r->done = [self, key, callback, where](const EngineResult<ResolvedImage> &result) {
        if (result.ok() && self)
            self->m_resolved.insert(key, result.value);
        EngineResult<ResolvedImage> out = result;
        if (!out.ok() && out.error.where.isEmpty())
            out.error.where = where;
        callback(out);
    };
    readDescriptor(r, target);
    return job->handle();
}

void ContainerdContent::forgetOthers(const QSet<QString> &keep)
{
    for (auto it = m_resolved.begin(); it != m_resolved.end();) {
        if (keep.contains(it.key().section(QLatin1Char('/'), 0, 1)))
            ++it;
        else
            it = m_resolved.erase(it);
    }
}

CallHandle ContainerdContent::resolveImageByName(const QString &ns, const QString &name,
                                                 QObject *context,
                                                 Engine::Callback<ResolvedImage> callback,
                                                 const Platform &platform)
{
    const QString where = m_channel.where();
    auto *job = new EngineJob(context, [callback, where] {
        callback(failed<ResolvedImage>(EngineError::make(EngineError::Kind::Aborted, {}, where)));
    });
    m_channel.endWithChannel(job);
    QPointer<ContainerdContent> self(this);
    job->track(getImage(
        ns, name, job,
        [self, job, ns, name, callback, platform](const EngineResult<ImageRecord> &record) {
            if (job->isDone())
                return;
            if (!record.ok() || !self) {
                job->finish([&] { callback(failed<ResolvedImage>(record.error)); });
                return;
            }
            job->track(self->resolve(
                ns, record.value.target, job,
                [job, name, callback](const EngineResult<ResolvedImage> &r) {
                    if (job->isDone())
                        return;
                    job->finish([&] {
                        EngineResult<ResolvedImage> out = r;
                        out.value.name = name;
                        callback(out);
                    });
                },
                platform));
        }));
    return job->handle();
}
