#include "core/containerd/containerdpull.h"

#include "core/containerd/containerdcontent.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdimages.h"
#include "core/containerd/grpcchannel.h"
#include "core/engine/progressstream.h"

#include <github.com/containerd/containerd/api/services/content/v1/content.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/images/v1/images.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/transfer/v1/transfer.grpc.pb.h>
#include <github.com/containerd/containerd/api/types/transfer/imagestore.pb.h>
#include <github.com/containerd/containerd/api/types/transfer/registry.pb.h>

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace contentapi = containerd::services::content::v1;
namespace imagesapi = containerd::services::images::v1;
namespace transferapi = containerd::services::transfer::v1;
namespace transfertypes = containerd::types::transfer;

struct ContainerdPull::Stubs
{
    std::shared_ptr<contentapi::Content::Stub> content;
    std::shared_ptr<imagesapi::Images::Stub> images;
    std::shared_ptr<transferapi::Transfer::Stub> transfer;
};

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

// An Any as containerd's typeurl package writes and reads it: the message's full name as the
// type URL, without the "type.googleapis.com/" prefix protobuf's PackFrom adds (the Transfer
// service looks its types up by that exact name).
void pack(google::protobuf::Any *any, const google::protobuf::Message &message)
{
    any->set_type_url(message.GetDescriptor()->full_name());
    any->set_value(message.SerializeAsString());
}

// The short id a pull's progress shows for a download: the digest's first 12 hex digits, as
// Docker names layers, from containerd's ingest ref ("layer-sha256:...", "manifest-sha256:...").
QString progressId(const QString &ref)
{
    const int colon = ref.lastIndexOf(QLatin1Char(':'));
    const QString hex = colon >= 0 ? ref.mid(colon + 1) : ref;
    return hex.left(12);
}

// One pull: the Transfer call, and the reading of its downloads until it ends.
class PullJob final : public QObject
{
public:
    PullJob(ProgressStream *stream, GrpcChannel &channel,
            std::shared_ptr<ContainerdPull::Stubs> stubs, QString ns, QString reference,
            int stallMs)
        : QObject(stream)
        , m_stream(stream)
        , m_channel(channel)
        , m_stubs(std::move(stubs))
        , m_ns(std::move(ns))
        , m_reference(std::move(reference))
        , m_stallMs(stallMs)
    {
        m_poll.setInterval(ContainerdPull::PollMs);
        connect(&m_poll, &QTimer::timeout, this, [this] { poll(); });
    }

    // A job the channel ends before it finished (its engine went) says it was aborted.
    ~PullJob() override
    {
        if (!m_finished && m_stream)
            Q_EMIT m_stream->ended(EngineError::make(EngineError::Kind::Aborted, {}));
    }

    // The downloads that move in the namespace before the pull begins are another pull's: they
    // are read twice, PollMs apart, before the Transfer call, and those that moved (or came)
    // meanwhile neither show in this pull's progress nor count as its own moving. One that did
    // not move was left by a pull that ended (this pull may take it up again): it counts.
    void start(const transferapi::TransferRequest &request)
    {
        listStatuses([this, request](const EngineResult<contentapi::ListStatusesResponse> &r) {
            if (!r.ok() || r.value.statuses().empty())
                return transfer(request);
            QHash<QString, qint64> before;
            for (const contentapi::Status &s : r.value.statuses())
                before.insert(str(s.ref()), s.offset());
            QTimer::singleShot(ContainerdPull::PollMs, this, [this, request, before] {
                listStatuses([this, request,
                              before](const EngineResult<contentapi::ListStatusesResponse> &r2) {
                    if (r2.ok()) {
                        for (const contentapi::Status &s : r2.value.statuses()) {
                            const auto it = before.constFind(str(s.ref()));
                            if (it == before.cend() || *it != s.offset())
                                m_foreign.insert(str(s.ref()));
                        }
                    }
                    transfer(request);
                });
            });
        });
    }

private:
    void listStatuses(std::function<void(EngineResult<contentapi::ListStatusesResponse>)> done)
    {
        auto stub = m_stubs->content;
        m_statusCall =
            m_channel.unary<contentapi::ListStatusesRequest, contentapi::ListStatusesResponse>(
                QStringLiteral("content.ListStatuses"), m_ns, contentapi::ListStatusesRequest(),
                ContainerdEngine::CallTimeoutMs, this,
                [stub](grpc::ClientContext *c, const contentapi::ListStatusesRequest *q,
                       contentapi::ListStatusesResponse *r, std::function<void(grpc::Status)> f) {
                    stub->async()->ListStatuses(c, q, r, std::move(f));
                },
                std::move(done));
    }

    void transfer(const transferapi::TransferRequest &request)
    {
        auto stub = m_stubs->transfer;
        m_moved.start();
        m_call = m_channel.unary<transferapi::TransferRequest, google::protobuf::Empty>(
            QStringLiteral("transfer.Transfer"), m_ns, request, 0, this,
            [stub](grpc::ClientContext *c, const transferapi::TransferRequest *q,
                   google::protobuf::Empty *r, std::function<void(grpc::Status)> f) {
                stub->async()->Transfer(c, q, r, std::move(f));
            },
            std::function<void(EngineResult<google::protobuf::Empty>)>(
                [this](const EngineResult<google::protobuf::Empty> &r) { transferred(r.error); }));
        m_poll.start();
    }

    void transferred(const EngineError &error)
    {
        m_poll.stop();
        m_statusCall.cancel();
        if (m_stalled.isError()) {
            finish(m_stalled);
            return;
        }
        if (error.isError()) {
            finish(ContainerdPull::pullError(error, m_reference));
            return;
        }
        // Every download is in: say so, then name the image the pull made.
        for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
            ProgressEvent done;
            done.id = progressId(it.key());
            done.status = QStringLiteral("Download complete");
            done.current = it.value().total > 0 ? it.value().total : it.value().offset;
            done.total = it.value().total;
            Q_EMIT m_stream->progressed(done);
        }
        auto stub = m_stubs->images;
        imagesapi::GetImageRequest request;
        request.set_name(ContainerdContent::normalizeName(m_reference).toStdString());
        m_channel.unary<imagesapi::GetImageRequest, imagesapi::GetImageResponse>(
            QStringLiteral("images.Get"), m_ns, request, ContainerdEngine::CallTimeoutMs, this,
            [stub](grpc::ClientContext *c, const imagesapi::GetImageRequest *q,
                   imagesapi::GetImageResponse *r, std::function<void(grpc::Status)> f) {
                stub->async()->Get(c, q, r, std::move(f));
            },
            std::function<void(EngineResult<imagesapi::GetImageResponse>)>(
                [this](const EngineResult<imagesapi::GetImageResponse> &r) {
                    ProgressEvent event;
                    event.status = ContainerdPull::tr("Pulled %1").arg(m_reference);
                    if (r.ok())
                        event.imageId =
                            ContainerdImages::imageId(m_ns, str(r.value.image().target().digest()));
                    Q_EMIT m_stream->progressed(event);
                    finish(r.ok() ? EngineError() : r.error);
                }));
    }

    void poll()
    {
        if (m_statusCall.isRunning())
            return; // the last answer is not in yet
        if (m_moved.elapsed() > m_stallMs) {
            const QString stopped =
                m_stallMs % 60000 == 0
                    ? ContainerdPull::tr("the pull of %1 was stopped: it made no progress for %n "
                                         "minute(s) (no download moved)",
                                         nullptr, m_stallMs / 60000)
                    : ContainerdPull::tr("the pull of %1 was stopped: it made no progress for %n "
                                         "second(s) (no download moved)",
                                         nullptr, m_stallMs / 1000);
            m_stalled = EngineError::make(EngineError::Kind::Timeout, stopped.arg(m_reference),
                                          m_channel.where());
            m_call.cancel();
            return;
        }
        listStatuses([this](const EngineResult<contentapi::ListStatusesResponse> &r) {
            if (r.ok())
                statuses(r.value);
        });
    }

    struct Ingest
    {
        qint64 offset = 0;
        qint64 total = 0;
    };

    void statuses(const contentapi::ListStatusesResponse &answer)
    {
        QHash<QString, Ingest> active;
        for (const contentapi::Status &s : answer.statuses()) {
            const QString ref = str(s.ref());
            if (m_foreign.contains(ref))
                continue;
            Ingest now{s.offset(), s.total()};
            active.insert(ref, now);
            const auto before = m_seen.constFind(ref);
            if (before == m_seen.cend() || before->offset != now.offset)
                m_moved.restart();
            m_seen.insert(ref, now);
            ProgressEvent event;
            event.id = progressId(ref);
            event.status = QStringLiteral("Downloading");
            event.current = now.offset;
            event.total = now.total;
            Q_EMIT m_stream->progressed(event);
        }
        // A download that left the list is complete.
        for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
            if (active.contains(it.key()))
                continue;
            m_moved.restart();
            ProgressEvent done;
            done.id = progressId(it.key());
            done.status = QStringLiteral("Download complete");
            done.current = it.value().total > 0 ? it.value().total : it.value().offset;
            done.total = it.value().total;
            Q_EMIT m_stream->progressed(done);
            m_seen.remove(it.key());
        }
        m_active = active;
    }

    void finish(const EngineError &error)
    {
        QPointer<ProgressStream> stream = m_stream;
        m_finished = true;
        deleteLater();
        if (stream)
            Q_EMIT stream->ended(error);
    }

    QPointer<ProgressStream> m_stream;
    GrpcChannel &m_channel;
    std::shared_ptr<ContainerdPull::Stubs> m_stubs;
    QString m_ns;
    QString m_reference;
    int m_stallMs;
    QTimer m_poll;
    QElapsedTimer m_moved; // since a byte last moved
    CallHandle m_call;
    CallHandle m_statusCall;
    QHash<QString, Ingest> m_active; // the downloads in progress at the last reading
    QHash<QString, Ingest> m_seen;   // every download seen and not yet reported complete
    EngineError m_stalled;
    QSet<QString> m_foreign; // another pull's downloads, moving before this one began
    bool m_finished = false;
};

} // namespace

ContainerdPull::ContainerdPull(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
    , m_stubs(std::make_shared<Stubs>())
{
    if (const auto c = m_channel.channel()) {
        m_stubs->content = contentapi::Content::NewStub(c);
        m_stubs->images = imagesapi::Images::NewStub(c);
        m_stubs->transfer = transferapi::Transfer::NewStub(c);
    }
}

ContainerdPull::~ContainerdPull() = default;

ProgressStream *ContainerdPull::pullImage(const QString &reference, const RegistryAuth &auth,
                                          QObject *parent)
{
    const QString name = ContainerdContent::normalizeName(reference.trimmed());
    if (reference.trimmed().isEmpty())
        return m_engine.failedStream<ProgressStream>(
            EngineError::make(EngineError::Kind::BadInput, tr("no image name was given")), parent);
    const QString nodeNamespace = m_engine.endpoint().containerdNamespace;
    const QString ns = nodeNamespace.isEmpty() ? QStringLiteral("default") : nodeNamespace;

    transfertypes::OCIRegistry source;
    source.set_reference(name.toStdString());
    auto *resolver = source.mutable_resolver();
    if (!auth.username.isEmpty() && !auth.password.isEmpty()) {
        const QByteArray basic = (auth.username + QLatin1Char(':') + auth.password).toUtf8();
        (*resolver->mutable_headers())["Authorization"] = "Basic " + basic.toBase64().toStdString();
    }
    transfertypes::ImageStore destination;
    destination.set_name(name.toStdString());
    // The node's platform, as its runtime plugin names it ("amd64", "arm/v7").
    const EngineInfo info = m_engine.info();
    const ContainerdContent::Platform host = ContainerdContent::hostPlatform();
    const QString os = info.os.isEmpty() ? host.os : info.os;
    QString arch = info.arch.isEmpty() ? host.architecture : info.arch;
    QString variant = info.arch.isEmpty() ? host.variant : QString();
    if (const int slash = arch.indexOf(QLatin1Char('/')); slash >= 0) {
        variant = arch.mid(slash + 1);
        arch.truncate(slash);
    }
    auto *platform = destination.add_platforms();
    platform->set_os(os.toStdString());
    platform->set_architecture(arch.toStdString());
    platform->set_variant(variant.toStdString());
    auto *unpack = destination.add_unpacks();
    *unpack->mutable_platform() = *platform; // and the platform's default snapshotter

    transferapi::TransferRequest request;
    pack(request.mutable_source(), source);
    pack(request.mutable_destination(), destination);

    auto *stream = new ProgressStream(parent);
    auto *job = new PullJob(stream, m_channel, m_stubs, ns, name, m_stallMs);
    m_channel.endWithChannel(job);
    job->start(request);
    return stream;
}

EngineError ContainerdPull::pullError(const EngineError &error, const QString &reference)
{
    EngineError e = error;
    const QString words = error.message;
    if (words.contains(QLatin1String("server gave HTTP response to HTTPS client"))) {
        e.kind = EngineError::Kind::Unsupported;
        e.message = tr("the registry of %1 speaks plain HTTP, and containerd 1.7's Transfer "
                       "service reaches registries only over HTTPS (it has no setting for "
                       "plain-HTTP registries before containerd 2.0). Pull it on the machine "
                       "with ctr images pull --plain-http (with --namespace), or serve the "
                       "registry over HTTPS. containerd said: %2")
                        .arg(reference, words);
    } else if (words.contains(QLatin1String("401 Unauthorized")) ||
               words.contains(QLatin1String("authorization failed")) ||
               words.contains(QLatin1String("no basic auth credentials"))) {
        e.kind = EngineError::Kind::Unauthorized;
        e.message = tr("the registry of %1 refused the pull: it wants a login, or refused the "
                       "one given. Gontainer passes a saved user name and password to "
                       "containerd's Transfer service, but not a token login (as Docker Hub's): "
                       "pull such an image on the machine with ctr images pull --user (with "
                       "--namespace). containerd said: %2")
                        .arg(reference, words);
    } else if (words.contains(QLatin1String("not found"))) {
        e.kind = EngineError::Kind::ImageMissing;
        e.message = tr("the registry has no image %1. containerd said: %2").arg(reference, words);
    }
    return e;
}
