#include "core/containerd/containerdlisting.h"

#include "core/containerd/containerdcontainerjson.h"
#include "core/containerd/containerdcontent.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdimages.h"
#include "core/containerd/grpcchannel.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/images/v1/images.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>

#include <QDateTime>

#include <vector>

namespace capi = containerd::services::containers::v1;
namespace tapi = containerd::services::tasks::v1;
namespace iapi = containerd::services::images::v1;
namespace ttypes = containerd::v1::types;

namespace {

// Up to this many ids, each task is asked for alone: tasks.List asks every task's shim for its
// state, which costs more than a few Gets when the node runs hundreds.
constexpr int TaskGetsUpTo = 16;

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

struct ContainerdListing::Stubs
{
    std::shared_ptr<capi::Containers::Stub> containers;
    std::shared_ptr<tapi::Tasks::Stub> tasks;
    std::shared_ptr<iapi::Images::Stub> images;
};

struct ContainerdListing::Namespace
{
    QString name;
    // The rows from the containers' records, made as they arrive (while the tasks are still on
    // their way), and the bare id of each (the tasks' key).
    QList<ContainerSummary> rows;
    std::vector<std::string> ids;
    void add(const capi::Container &c)
    {
        rows.append(ContainerdContainerJson::recordSummary(name, c));
        ids.push_back(c.id());
    }
    std::unordered_map<std::string, ttypes::Process> tasks;
    // Image name (normalized) -> target digest.
    QHash<QString, QString> images;
};

ContainerdListing::ContainerdListing(ContainerdEngine &engine, GrpcChannel &channel,
                                     const QStringList &ids, const QStringList &filters, Keep keep,
                                     std::shared_ptr<ImageTargets> images,
                                     Engine::ContainersCallback callback, QObject *context)
    : QObject(context)
    , m_engine(engine)
    , m_channel(channel)
    , m_ids(ids)
    , m_filters(filters)
    , m_keep(std::move(keep))
    , m_images(std::move(images))
    , m_callback(std::move(callback))
    , m_stubs(std::make_shared<Stubs>())
{
    m_stubs->containers =
        std::shared_ptr<capi::Containers::Stub>(capi::Containers::NewStub(channel.channel()));
    m_stubs->tasks = std::shared_ptr<tapi::Tasks::Stub>(tapi::Tasks::NewStub(channel.channel()));
    if (m_images)
        m_stubs->images =
            std::shared_ptr<iapi::Images::Stub>(iapi::Images::NewStub(channel.channel()));
    // Ends with the node's engine: a list under way must not reach a channel that is gone.
    channel.endWithChannel(this);
}

ContainerdListing::~ContainerdListing() = default;

void ContainerdListing::start()
{
    if (!m_ids.isEmpty()) {
        const QString fallback = m_engine.endpoint().containerdNamespace.isEmpty()
                                     ? QStringLiteral("default")
                                     : m_engine.endpoint().containerdNamespace;
        QHash<QString, QStringList> byNamespace;
        QStringList order;
        for (const QString &id : std::as_const(m_ids)) {
            const ContainerdIds::Parts parts = ContainerdIds::split(id, fallback);
            if (!byNamespace.contains(parts.ns))
                order << parts.ns;
            byNamespace[parts.ns] << parts.id;
        }
        m_pending = 1; // until every namespace's calls are out
        for (const QString &ns : std::as_const(order))
            listNamespace(ns, byNamespace.value(ns));
        finishOne();
        return;
    }
    m_engine.namespaces(this, [this](const EngineResult<QStringList> &r) {
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        m_pending = 1;
        for (const QString &ns : r.value)
            listNamespace(ns, {});
        finishOne();
    });
}

void ContainerdListing::listNamespace(const QString &ns, const QStringList &ids)
{
    auto space = std::make_shared<Namespace>();
    space->name = ns;
    m_namespaces.append(space);
    const auto stubs = m_stubs;

    if (!ids.isEmpty() && ids.size() <= TaskGetsUpTo && m_filters.isEmpty()) {
        // A few rows to refresh (an event's container): a Get reads one record, where a List
        // with id== filters makes containerd decode every container of the namespace.
        for (const QString &id : ids) {
            capi::GetContainerRequest get;
            get.set_id(id.toStdString());
            ++m_pending;
            m_channel.unary<capi::GetContainerRequest, capi::GetContainerResponse>(
                QStringLiteral("containers.Get"), ns, get, ContainerdEngine::CallTimeoutMs, this,
                [stubs](grpc::ClientContext *c, const capi::GetContainerRequest *q,
                        capi::GetContainerResponse *r, std::function<void(grpc::Status)> f) {
                    stubs->containers->async()->Get(c, q, r, std::move(f));
                },
                std::function<void(EngineResult<capi::GetContainerResponse>)>(
                    [this, space](EngineResult<capi::GetContainerResponse> r) {
                        if (r.ok()) {
                            space->add(r.value.container());
                        } else if (r.error.httpStatus != 404) { // 404: gone
                            fail(r.error);
                            return;
                        }
                        finishOne();
                    }));
        }
    } else {
        listContainerRecords(space, ids);
    }
    getTasks(space, ids);
    readImages(space, ids.isEmpty());
}

void ContainerdListing::readImages(const std::shared_ptr<Namespace> &space, bool everything)
{
    if (!m_images)
        return;
    const QString ns = space->name;
    if (!everything) {
        const auto kept = m_images->byNamespace.constFind(ns);
        if (kept != m_images->byNamespace.cend()) {
            space->images = *kept;
            return;
        }
    }
    const auto stubs = m_stubs;
    const std::shared_ptr<ImageTargets> images = m_images;
    const quint64 generation = images->generation;
    ++m_pending;
    m_channel.unary<iapi::ListImagesRequest, iapi::ListImagesResponse>(
        QStringLiteral("images.List"), ns, iapi::ListImagesRequest(),
        ContainerdEngine::CallTimeoutMs, this,
        [stubs](grpc::ClientContext *c, const iapi::ListImagesRequest *q,
                iapi::ListImagesResponse *r, std::function<void(grpc::Status)> f) {
            stubs->images->async()->List(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<iapi::ListImagesResponse>)>(
            [this, space, images, generation](EngineResult<iapi::ListImagesResponse> r) {
                if (r.ok()) {
                    for (const iapi::Image &image : r.value.images()) {
                        space->images.insert(
                            ContainerdContent::normalizeName(QString::fromStdString(image.name())),
                            QString::fromStdString(image.target().digest()));
                    }
                    if (images->generation == generation)
                        images->byNamespace.insert(space->name, space->images);
                }
                finishOne();
            }));
}

void ContainerdListing::listContainerRecords(const std::shared_ptr<Namespace> &space,
                                             const QStringList &ids)
{
    const QString ns = space->name;
    const auto stubs = m_stubs;
    capi::ListContainersRequest request;
    // Filters are ORed: each id with the other conditions.
    const QString conditions = m_filters.join(QLatin1Char(','));
    if (ids.isEmpty()) {
        if (!conditions.isEmpty())
            request.add_filters(conditions.toStdString());
    } else {
        for (const QString &id : ids) {
            QString f = QStringLiteral("id==") + quoted(id);
            if (!conditions.isEmpty())
                f += QLatin1Char(',') + conditions;
            request.add_filters(f.toStdString());
        }
    }
    ++m_pending;
    m_channel.unary<capi::ListContainersRequest, capi::ListContainersResponse>(
        QStringLiteral("containers.List"), ns, request, ContainerdEngine::CallTimeoutMs, this,
        [stubs](grpc::ClientContext *c, const capi::ListContainersRequest *q,
                capi::ListContainersResponse *r, std::function<void(grpc::Status)> f) {
            stubs->containers->async()->List(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<capi::ListContainersResponse>)>(
            [this, space](EngineResult<capi::ListContainersResponse> r) {
                if (!r.ok()) {
                    fail(r.error);
                    return;
                }
                space->rows.reserve(space->rows.size() + r.value.containers_size());
                for (const capi::Container &c : r.value.containers())
                    space->add(c);
                finishOne();
            }));
}

void ContainerdListing::getTasks(const std::shared_ptr<Namespace> &space, const QStringList &ids)
{
    const QString ns = space->name;
    const auto stubs = m_stubs;
    if (!ids.isEmpty() && ids.size() <= TaskGetsUpTo) {
        for (const QString &id : ids) {
            tapi::GetRequest get;
            get.set_container_id(id.toStdString());
            ++m_pending;
            m_channel.unary<tapi::GetRequest, tapi::GetResponse>(
                QStringLiteral("tasks.Get"), ns, get, ContainerdEngine::CallTimeoutMs, this,
                [stubs](grpc::ClientContext *c, const tapi::GetRequest *q, tapi::GetResponse *r,
                        std::function<void(grpc::Status)> f) {
                    stubs->tasks->async()->Get(c, q, r, std::move(f));
                },
                std::function<void(EngineResult<tapi::GetResponse>)>(
                    [this, space, id](EngineResult<tapi::GetResponse> r) {
                        if (r.ok()) {
                            space->tasks[id.toStdString()] = std::move(*r.value.mutable_process());
                        } else if (r.error.httpStatus != 404) { // 404: no task
                            fail(r.error);
                            return;
                        }
                        finishOne();
                    }));
        }
        return;
    }
    ++m_pending;
    m_channel.unary<tapi::ListTasksRequest, tapi::ListTasksResponse>(
        QStringLiteral("tasks.List"), ns, tapi::ListTasksRequest(), ContainerdEngine::CallTimeoutMs,
        this,
        [stubs](grpc::ClientContext *c, const tapi::ListTasksRequest *q, tapi::ListTasksResponse *r,
                std::function<void(grpc::Status)> f) {
            stubs->tasks->async()->List(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<tapi::ListTasksResponse>)>(
            [this, space](EngineResult<tapi::ListTasksResponse> r) {
                if (!r.ok()) {
                    fail(r.error);
                    return;
                }
                for (ttypes::Process &p : *r.value.mutable_tasks()) {
                    // The task's id is its container's; container_id is left empty.
                    std::string key = p.container_id().empty() ? p.id() : p.container_id();
                    space->tasks[std::move(key)] = std::move(p);
                }
                finishOne();
            }));
}

void ContainerdListing::finishOne()
{
    if (m_done || --m_pending > 0)
        return;
    m_done = true;
    QList<ContainerSummary> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &space : std::as_const(m_namespaces)) {
        QHash<QString, QString> idOfImage;
        for (qsizetype i = 0; i < space->rows.size(); ++i) {
            ContainerSummary &s = space->rows[i];
            const auto task = space->tasks.find(space->ids[size_t(i)]);
            ContainerdContainerJson::applyTask(
                s, task == space->tasks.end() ? nullptr : &task->second, now);
            if (!space->images.isEmpty()) {
                // Most containers share a few images: each name is looked up once.
                auto known = idOfImage.constFind(s.image);
                if (known == idOfImage.cend()) {
                    const QString digest =
                        space->images.value(ContainerdContent::normalizeName(s.image));
                    known = idOfImage.insert(
                        s.image, digest.isEmpty() ? QString()
                                                  : ContainerdImages::imageId(space->name, digest));
                }
                s.imageId = *known;
            }
        }
        if (!m_keep && m_namespaces.size() == 1) {
            rows = std::move(space->rows);
            break;
        }
        for (ContainerSummary &s : space->rows) {
            if (!m_keep || m_keep(s))
                rows.append(std::move(s));
        }
    }
    m_callback(EngineResult<QList<ContainerSummary>>::success(std::move(rows)));
    deleteLater();
}

void ContainerdListing::fail(const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_callback(EngineResult<QList<ContainerSummary>>::failure(error));
    deleteLater();
}

void ContainerdListing::abort()
{
    fail(EngineError::make(EngineError::Kind::Aborted, {}, m_channel.where()));
}
