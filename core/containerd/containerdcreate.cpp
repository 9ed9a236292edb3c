#include "core/containerd/containerdcreate.h"

#include "core/containerd/containerdcontent.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdpasswd.h"
#include "core/containerd/containerdspec.h"
#include "core/containerd/grpcchannel.h"
#include "core/containerd/grpcstream.h"
#include "core/engine/enginejob.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/content/v1/content.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/leases/v1/leases.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/snapshots/v1/snapshots.grpc.pb.h>

#include <QDateTime>
#include <QMap>
#include <QPointer>
#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>

namespace capi = containerd::services::containers::v1;
namespace sapi = containerd::services::snapshots::v1;
namespace lapi = containerd::services::leases::v1;
namespace coapi = containerd::services::content::v1;

namespace {
// The gRPC metadata that puts a call's new objects under a lease (containerd's leases.GRPCHeader).
constexpr const char *LeaseHeader = "containerd-lease";
// A layer is read whole (when /etc is near its end): minutes for a large one over SSH.
constexpr int LayerReadTimeoutMs = 10 * 60 * 1000;

// An image given by its id: "[NAMESPACE/]sha256:<hex>" or "[NAMESPACE/]<hex>", whole or a prefix.
struct ImageIdText
{
    QString ns; // empty: none given
    QString hex;
    bool explicitDigest = false; // "sha256:" said it: it is nothing but an id
};

std::optional<ImageIdText> imageIdIn(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:([^/:@\\s]+)/)?(sha256:)?([0-9a-f]{6,64})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ImageIdText id{m.captured(1), m.captured(3), !m.captured(2).isEmpty()};
    // Without "sha256:", a few hex digits are rather a name ("cafe01"); the Images page
    // shortens ids to 12.
    if (!id.explicitDigest && id.hex.size() < 12)
        return std::nullopt;
    return id;
}

// The names an image given by name may be stored under in namespace `ns`: as given, as
// containerd stores Docker Hub's short names, and either without a leading "NAMESPACE/".
QStringList imageNames(const QString &ns, const QString &text)
{
    QStringList names{text, ContainerdContent::normalizeName(text)};
    const QString prefix = ns + QLatin1Char('/');
    if (text.startsWith(prefix) && text.size() > prefix.size()) {
        const QString rest = text.mid(prefix.size());
        names << rest << ContainerdContent::normalizeName(rest);
    }
    names.removeDuplicates();
    return names;
}

// A tag before a digest reference ("name@sha256:…"), then by name: the same one each time.
bool preferredName(const QString &a, const QString &b)
{
    const bool aDigest = a.contains(QLatin1Char('@'));
    const bool bDigest = b.contains(QLatin1Char('@'));
    if (aDigest != bDigest)
        return bDigest;
    return a < b;
}
} // namespace

struct ContainerdCreate::Stubs
{
    std::unique_ptr<capi::Containers::Stub> containers;
    std::unique_ptr<sapi::Snapshots::Stub> snapshots;
    std::unique_ptr<lapi::Leases::Stub> leases;
    std::unique_ptr<coapi::Content::Stub> content;
};

struct ContainerdCreate::Request
{
    ContainerSpec spec;
    QString ns;
    QString id;
    QString image; // as the namespace names it
    // The image given by id (ImageIdText): the digest's hex digits, or empty for a name.
    QString idHex;
    bool idExplicit = false;
    QString chainId;
    QJsonObject imageConfig;
    QList<ContainerdContent::Descriptor> layers; // bottom first
    // /etc/passwd and /etc/group as the topmost layer that touches them left them (nullopt:
    // deleted or never there), once known.
    std::optional<QByteArray> passwd;
    std::optional<QByteArray> group;
    bool passwdKnown = false;
    bool groupKnown = false;
    std::string lease; // empty until made
    QByteArray specJson;
    QMap<QString, QString> labels;
    QStringList warnings;
    QPointer<EngineJob> job;
    Engine::Callback<CreatedObject> callback;
};

ContainerdCreate::ContainerdCreate(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
    , m_content(new ContainerdContent(channel, this))
    , m_stubs(std::make_shared<Stubs>())
{
    if (channel.channel()) {
        m_stubs->containers = capi::Containers::NewStub(channel.channel());
        m_stubs->snapshots = sapi::Snapshots::NewStub(channel.channel());
        m_stubs->leases = lapi::Leases::NewStub(channel.channel());
        m_stubs->content = coapi::Content::NewStub(channel.channel());
    }
}

ContainerdCreate::~ContainerdCreate() = default;

bool ContainerdCreate::restartsOnFailure() const
{
    const QVersionNumber version = QVersionNumber::fromString(m_engine.info().version);
    return version >= QVersionNumber(1, 7);
}

CallHandle ContainerdCreate::createContainer(const ContainerSpec &spec, QObject *context,
                                             Engine::Callback<CreatedObject> callback)
{
    if (!m_stubs->containers)
        return m_engine.unsupportedCall(tr("this kind of containerd address is not supported"),
                                        context, std::move(callback));
    const auto refuse = [this, context, callback](EngineError e) {
        e.where = m_channel.where();
        QMetaObject::invokeMethod(
            context, [callback, e] { callback(EngineResult<CreatedObject>::failure(e)); },
            Qt::QueuedConnection);
        return CallHandle();
    };
    std::optional<ImageIdText> byId = imageIdIn(spec.image.trimmed());
    const QString nodeNamespace = m_engine.endpoint().containerdNamespace;
    QString ns = spec.containerdNamespace;
    if (ns.isEmpty())
        ns = nodeNamespace;
    // An id says its namespace when nothing else does.
    if (ns.isEmpty() && byId)
        ns = byId->ns;
    if (ns.isEmpty())
        ns = QStringLiteral("default");
    if (byId && !byId->ns.isEmpty() && byId->ns != ns) {
        // "me/0123456789ab" may be a name; "other/sha256:…" is an image of another namespace.
        if (!byId->explicitDigest)
            byId.reset();
        else
            return refuse(EngineError::make(
                EngineError::Kind::BadInput,
                tr("Image %1 is in namespace %2, and the container is made in namespace %3: a "
                   "container can be made from an image of its own namespace only.")
                    .arg(spec.image.trimmed(), byId->ns, ns)));
    }
    if (!nodeNamespace.isEmpty() && ns != nodeNamespace)
        return m_engine.unsupportedCall(
            tr("This node shows namespace %1 only: a container made in %2 would not be seen "
               "here.")
                .arg(nodeNamespace, ns),
            context, std::move(callback));
    if (ContainerdIds::isDockerNamespace(ns))
        return m_engine.unsupportedCall(tr("Docker manages the containers of namespace %1: "
                                           "create them with Docker.")
                                            .arg(ns),
                                        context, std::move(callback));
    const QStringList refusals = ContainerdSpec::refusals(spec, restartsOnFailure());
    if (!refusals.isEmpty())
        return m_engine.unsupportedCall(refusals.join(QLatin1Char(' ')), context,
                                        std::move(callback));
    if (spec.image.trimmed().isEmpty())
        return refuse(EngineError::make(EngineError::Kind::BadInput,
                                        tr("Choose the image to create the container from.")));

    auto request = std::make_shared<Request>();
    request->spec = spec;
    request->spec.image = spec.image.trimmed();
    request->ns = ns;
    if (byId) {
        request->idHex = byId->hex;
        request->idExplicit = byId->explicitDigest;
    }
    request->id = ContainerdSpec::newId();
    request->callback = std::move(callback);
    auto *job = new EngineJob(context, [request] {
        request->callback(EngineResult<CreatedObject>::failure(
            EngineError::make(EngineError::Kind::Aborted, {})));
    });
    m_channel.endWithChannel(job);
    request->job = job;
    if (!spec.name.isEmpty())
        checkName(request);
    else if (!request->idHex.isEmpty())
        findImageById(request);
    else
        resolveImage(request, imageNames(request->ns, request->spec.image));
    return job->handle();
}

void ContainerdCreate::fail(const std::shared_ptr<Request> &request, const EngineError &error)
{
    if (!request->job)
        return;
    request->job->finish(
        [request, error] { request->callback(EngineResult<CreatedObject>::failure(error)); });
}

void ContainerdCreate::checkName(const std::shared_ptr<Request> &request)
{
    capi::ListContainersRequest req;
    // The name is checked against nerdctl's rule (refusals()), so it needs no escaping.
    req.add_filters(QStringLiteral("labels.\"%1\"==\"%2\"")
                        .arg(QLatin1String(ContainerdSpec::NameLabel), request->spec.name)
                        .toStdString());
    auto stubs = m_stubs;
    request->job->track(m_channel.unary<capi::ListContainersRequest, capi::ListContainersResponse>(
        QStringLiteral("containers.List"), request->ns, req, ContainerdEngine::CallTimeoutMs,
        request->job,
        [stubs](grpc::ClientContext *c, const capi::ListContainersRequest *q,
                capi::ListContainersResponse *r, std::function<void(grpc::Status)> f) {
            stubs->containers->async()->List(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<capi::ListContainersResponse>)>(
            [this, request](const EngineResult<capi::ListContainersResponse> &r) {
                if (!request->job || request->job->isDone())
                    return;
                if (!r.ok()) {
                    fail(request, r.error);
                    return;
                }
                if (r.value.containers_size() > 0) {
                    EngineError e = EngineError::make(
                        EngineError::Kind::NameInUse,
                        tr("container %1 in namespace %2 is named %3")
                            .arg(QString::fromStdString(r.value.containers(0).id()).left(12),
                                 request->ns, request->spec.name),
                        m_channel.where());
                    e.httpStatus = 409;
                    fail(request, e);
                    return;
                }
                if (!request->idHex.isEmpty())
                    findImageById(request);
                else
                    resolveImage(request, imageNames(request->ns, request->spec.image));
            })));
}

void ContainerdCreate::findImageById(const std::shared_ptr<Request> &request)
{
    request->job->track(m_content->listImages(
        request->ns, request->job,
        [this, request](const EngineResult<QList<ContainerdContent::ImageRecord>> &r) {
            if (!request->job || request->job->isDone())
                return;
            if (!r.ok()) {
                fail(request, r.error);
                return;
            }
            // The image's id is its target's digest (ContainerdImages::imageId).
            const QString prefix = QStringLiteral("sha256:") + request->idHex;
            QMap<QString, QStringList> namesOf; // target digest -> its names
            for (const ContainerdContent::ImageRecord &record : r.value) {
                if (record.target.digest.startsWith(prefix))
                    namesOf[record.target.digest] << record.name;
            }
            if (namesOf.size() > 1) {
                QStringList ids;
                for (auto it = namesOf.cbegin(); it != namesOf.cend(); ++it)
                    ids << it.key().mid(7, 12);
                fail(request,
                     EngineError::make(
                         EngineError::Kind::BadInput,
                         tr("The short id %1 fits %2 images of namespace %3 (%4): give more "
                            "of the id, or the image's name.")
                             .arg(request->spec.image, QString::number(namesOf.size()), request->ns,
                                  ids.join(QLatin1String(", "))),
                         m_channel.where()));
                return;
            }
            if (namesOf.isEmpty()) {
                // Hex digits without "sha256:" may still be a name.
                if (!request->idExplicit) {
                    resolveImage(request, imageNames(request->ns, request->spec.image));
                    return;
                }
                EngineError e = EngineError::make(EngineError::Kind::BadInput,
                                                  tr("Namespace %1 has no image with the id %2.")
                                                      .arg(request->ns, request->spec.image),
                                                  m_channel.where());
                e.httpStatus = 404;
                fail(request, e);
                return;
            }
            QStringList names = namesOf.first();
            std::sort(names.begin(), names.end(), preferredName);
            // The container names the image as the namespace does (its record's image).
            request->spec.image = names.first();
            resolveImage(request, {names.first()});
        }));
}

void ContainerdCreate::resolveImage(const std::shared_ptr<Request> &request,
                                    const QStringList &names)
{
    const QString name = names.first();
    request->job->track(m_content->resolveImageByName(
        request->ns, name, request->job,
        [this, request, names, name](const EngineResult<ContainerdContent::ResolvedImage> &r) {
            if (!request->job || request->job->isDone())
                return;
            if (!r.ok()) {
                const bool missing =
                    r.error.kind == EngineError::Kind::ImageMissing || r.error.httpStatus == 404;
                // "busybox" is stored as docker.io/library/busybox:latest.
                if (missing && names.size() > 1) {
                    resolveImage(request, names.mid(1));
                    return;
                }
                if (missing && !request->idHex.isEmpty()) {
                    // Looked like an id, and is neither an image's id nor a name.
                    EngineError e =
                        EngineError::make(EngineError::Kind::BadInput,
                                          tr("Namespace %1 has no image with the id or name %2.")
                                              .arg(request->ns, request->spec.image),
                                          m_channel.where());
                    e.httpStatus = 404;
                    fail(request, e);
                    return;
                }
                if (missing) {
                    EngineError e = EngineError::make(
                        EngineError::Kind::ImageMissing,
                        tr("namespace %1 has no image %2 for this machine; pull it there with "
                           "nerdctl pull or ctr images pull")
                            .arg(request->ns, request->spec.image),
                        m_channel.where());
                    e.httpStatus = 404;
                    fail(request, e);
                    return;
                }
                fail(request, r.error);
                return;
            }
            request->image = name;
            request->chainId = r.value.chainId;
            request->imageConfig = r.value.configObject;
            request->layers = r.value.layers;
            if (ContainerdPasswd::needsFiles(
                    ContainerdSpec::user(request->imageConfig, request->spec)))
                readUserFiles(request, request->layers.size() - 1);
            else
                makeSpec(request, std::nullopt);
        }));
}

void ContainerdCreate::readUserFiles(const std::shared_ptr<Request> &request, qsizetype layer)
{
    if (layer < 0 || (request->passwdKnown && request->groupKnown)) {
        const EngineResult<ContainerdPasswd::User> user =
            ContainerdPasswd::resolve(ContainerdSpec::user(request->imageConfig, request->spec),
                                      request->passwd, request->group, request->spec.image);
        if (!user.ok()) {
            EngineError e = user.error;
            e.where = m_channel.where();
            fail(request, e);
            return;
        }
        makeSpec(request, user.value);
        return;
    }
    struct Read
    {
        ContainerdPasswd::Layer layer;
        QPointer<GrpcStream> stream;
        bool settled = false;
    };
    auto read = std::make_shared<Read>();
    const QString digest = request->layers.at(layer).digest;
    // What the layer said, taken in; then the layer below, unless both files are known.
    const auto settle = [this, request, read, layer, digest](const EngineError &error) {
        if (read->settled)
            return;
        read->settled = true;
        if (read->stream)
            read->stream->abort();
        if (!request->job || request->job->isDone())
            return;
        // A layer that said all early is not read to its end.
        const bool complete = !error.isError() && read->layer.error().isEmpty() &&
                              (read->layer.decided() || read->layer.finish());
        if (error.isError() || !complete) {
            EngineError e = error.isError() ? error
                                            : EngineError::make(EngineError::Kind::BadInput, {},
                                                                m_channel.where());
            e.message = tr("Cannot read the users of image %1 from its layer %2: %3")
                            .arg(request->spec.image, digest,
                                 error.isError() ? error.message : read->layer.error());
            fail(request, e);
            return;
        }
        using File = ContainerdPasswd::File;
        using Presence = ContainerdPasswd::Presence;
        if (!request->passwdKnown && read->layer.presence(File::Passwd) != Presence::Untouched) {
            request->passwdKnown = true;
            if (read->layer.presence(File::Passwd) == Presence::Present)
                request->passwd = read->layer.content(File::Passwd);
        }
        if (!request->groupKnown && read->layer.presence(File::Group) != Presence::Untouched) {
            request->groupKnown = true;
            if (read->layer.presence(File::Group) == Presence::Present)
                request->group = read->layer.content(File::Group);
        }
        readUserFiles(request, layer - 1);
    };
    coapi::ReadContentRequest req;
    req.set_digest(digest.toStdString());
    auto stubs = m_stubs;
    GrpcStream *stream =
        m_channel.serverStream<coapi::ReadContentRequest, coapi::ReadContentResponse>(
            QStringLiteral("content.Read"), request->ns, req, LayerReadTimeoutMs, request->job,
            [stubs](grpc::ClientContext *c, const coapi::ReadContentRequest *q,
                    grpc::ClientReadReactor<coapi::ReadContentResponse> *r) {
                stubs->content->async()->Read(c, q, r);
            },
            std::function<void(coapi::ReadContentResponse &&)>(
                [read, settle](coapi::ReadContentResponse &&message) {
                    if (read->settled)
                        return;
                    if (!read->layer.feed(message.data().data(),
                                          qsizetype(message.data().size())) ||
                        read->layer.decided())
                        settle({}); // the rest of the layer cannot change what it said
                }),
            std::function<void(const EngineError &)>(
                [settle](const EngineError &error) { settle(error); }));
    read->stream = stream;
    request->job->track(CallHandle(stream));
}

void ContainerdCreate::makeSpec(const std::shared_ptr<Request> &request,
                                const std::optional<ContainerdPasswd::User> &user)
{
    const EngineResult<QByteArray> made =
        ContainerdSpec::make(request->imageConfig, request->spec, request->ns, request->id, user);
    if (!made.ok()) {
        EngineError e = made.error;
        e.where = m_channel.where();
        fail(request, e);
        return;
    }
    request->specJson = made.value;
    request->labels = ContainerdSpec::labels(request->imageConfig, request->spec, request->id);
    createLease(request);
}

void ContainerdCreate::createLease(const std::shared_ptr<Request> &request)
{
    lapi::CreateRequest req;
    req.set_id(QStringLiteral("gontainer-create-%1").arg(request->id).toStdString());
    // Should Gontainer go away before deleting it, the engine drops it after a while.
    (*req.mutable_labels())["containerd.io/gc.expire"] =
        QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toStdString();
    auto stubs = m_stubs;
    m_channel.unary<lapi::CreateRequest, lapi::CreateResponse>(
        QStringLiteral("leases.Create"), request->ns, req, ContainerdEngine::CallTimeoutMs, this,
        [stubs](grpc::ClientContext *c, const lapi::CreateRequest *q, lapi::CreateResponse *r,
                std::function<void(grpc::Status)> f) {
            stubs->leases->async()->Create(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<lapi::CreateResponse>)>(
            [this, request](const EngineResult<lapi::CreateResponse> &r) {
                if (r.ok())
                    request->lease = r.value.lease().id();
                if (!request->job || request->job->isDone()) {
                    deleteLease(request);
                    return;
                }
                if (!r.ok()) {
                    fail(request, r.error);
                    return;
                }
                prepareSnapshot(request);
            }));
}

void ContainerdCreate::deleteLease(const std::shared_ptr<Request> &request)
{
    if (request->lease.empty())
        return;
    lapi::DeleteRequest req;
    req.set_id(request->lease);
    request->lease.clear();
    auto stubs = m_stubs;
    m_channel.unary<lapi::DeleteRequest, google::protobuf::Empty>(
        QStringLiteral("leases.Delete"), request->ns, req, ContainerdEngine::CallTimeoutMs, this,
        [stubs](grpc::ClientContext *c, const lapi::DeleteRequest *q, google::protobuf::Empty *r,
                std::function<void(grpc::Status)> f) {
            stubs->leases->async()->Delete(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<google::protobuf::Empty>)>(
            [](const EngineResult<google::protobuf::Empty> &) {}));
}

void ContainerdCreate::prepareSnapshot(const std::shared_ptr<Request> &request)
{
    sapi::PrepareSnapshotRequest req;
    req.set_snapshotter(Snapshotter);
    req.set_key(request->id.toStdString());
    req.set_parent(request->chainId.toStdString());
    auto stubs = m_stubs;
    // Not tracked, as the create after it: a snapshot the engine made is removed again when the
    // caller has gone away meanwhile.
    m_channel.unary<sapi::PrepareSnapshotRequest, sapi::PrepareSnapshotResponse>(
        QStringLiteral("snapshots.Prepare"), request->ns, req, ContainerdEngine::CallTimeoutMs,
        this,
        [stubs, lease = request->lease](
            grpc::ClientContext *c, const sapi::PrepareSnapshotRequest *q,
            sapi::PrepareSnapshotResponse *r, std::function<void(grpc::Status)> f) {
            c->AddMetadata(LeaseHeader, lease);
            stubs->snapshots->async()->Prepare(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<sapi::PrepareSnapshotResponse>)>(
            [this, request](const EngineResult<sapi::PrepareSnapshotResponse> &r) {
                if (!request->job || request->job->isDone()) {
                    if (r.ok())
                        removeSnapshot(request, {});
                    else
                        deleteLease(request);
                    return;
                }
                if (!r.ok()) {
                    deleteLease(request);
                    if (r.error.httpStatus == 404) {
                        EngineError e = EngineError::make(
                            EngineError::Kind::ImageMissing,
                            tr("image %1 is not unpacked for the overlayfs snapshotter in "
                               "namespace %2; run ctr images unpack or nerdctl pull on the "
                               "machine (%3)")
                                .arg(request->image, request->ns, r.error.message),
                            m_channel.where());
                        e.httpStatus = 404;
                        fail(request, e);
                    } else {
                        fail(request, r.error);
                    }
                    return;
                }
                createRecord(request);
            }));
}

void ContainerdCreate::createRecord(const std::shared_ptr<Request> &request)
{
    capi::CreateContainerRequest req;
    capi::Container *record = req.mutable_container();
    record->set_id(request->id.toStdString());
    record->set_image(request->image.toStdString());
    record->mutable_runtime()->set_name(Runtime);
    record->mutable_spec()->set_type_url(SpecTypeUrl);
    record->mutable_spec()->set_value(request->specJson.constData(),
                                      static_cast<size_t>(request->specJson.size()));
    record->set_snapshotter(Snapshotter);
    record->set_snapshot_key(request->id.toStdString());
    auto *labels = record->mutable_labels();
    for (auto it = request->labels.cbegin(); it != request->labels.cend(); ++it)
        (*labels)[it.key().toStdString()] = it.value().toStdString();
    auto stubs = m_stubs;
    // Not tracked: once sent, the answer is waited for, so that a snapshot is never left without
    // its container when the caller goes away.
    m_channel.unary<capi::CreateContainerRequest, capi::CreateContainerResponse>(
        QStringLiteral("containers.Create"), request->ns, req, ContainerdEngine::CallTimeoutMs,
        this,
        [stubs, lease = request->lease](
            grpc::ClientContext *c, const capi::CreateContainerRequest *q,
            capi::CreateContainerResponse *r, std::function<void(grpc::Status)> f) {
            c->AddMetadata(LeaseHeader, lease);
            stubs->containers->async()->Create(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<capi::CreateContainerResponse>)>(
            [this, request](const EngineResult<capi::CreateContainerResponse> &r) {
                if (!r.ok()) {
                    removeSnapshot(request, r.error);
                    return;
                }
                deleteLease(request);
                if (!request->job)
                    return;
                const CreatedObject created{ContainerdIds::join(request->ns, request->id),
                                            request->warnings};
                request->job->finish([request, created] {
                    request->callback(EngineResult<CreatedObject>::success(created));
                });
            }));
}

void ContainerdCreate::removeSnapshot(const std::shared_ptr<Request> &request,
                                      const EngineError &error)
{
    sapi::RemoveSnapshotRequest req;
    req.set_snapshotter(Snapshotter);
    req.set_key(request->id.toStdString());
    auto stubs = m_stubs;
    m_channel.unary<sapi::RemoveSnapshotRequest, google::protobuf::Empty>(
        QStringLiteral("snapshots.Remove"), request->ns, req, ContainerdEngine::CallTimeoutMs, this,
        [stubs](grpc::ClientContext *c, const sapi::RemoveSnapshotRequest *q,
                google::protobuf::Empty *r, std::function<void(grpc::Status)> f) {
            stubs->snapshots->async()->Remove(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<google::protobuf::Empty>)>(
            [this, request, error](const EngineResult<google::protobuf::Empty> &) {
                deleteLease(request);
                fail(request, error);
            }));
}
