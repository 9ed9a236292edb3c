#include "core/containerd/containerdcontainers.h"

#include "core/containerd/containerdcontainerjson.h"
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdevents.h"
#include "core/containerd/containerdeventstream.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdlisting.h"
#include "core/containerd/grpcchannel.h"
#include "core/engine/imagereference.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>

#include <optional>

namespace capi = containerd::services::containers::v1;
namespace tapi = containerd::services::tasks::v1;

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

ContainerdContainers::ContainerdContainers(ContainerdEngine &engine, GrpcChannel &channel,
                                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
    , m_images(std::make_shared<ContainerdListing::ImageTargets>())
{}

ContainerdContainers::~ContainerdContainers() = default;

QString ContainerdContainers::defaultNamespace() const
{
    const QString ns = m_engine.endpoint().containerdNamespace;
    return ns.isEmpty() ? QStringLiteral("default") : ns;
}

CallHandle ContainerdContainers::list(const QStringList &ids, const QStringList &filters,
                                      std::function<bool(const ContainerSummary &)> keep,
                                      QObject *context, Engine::ContainersCallback callback)
{
    if (!m_channel.channel())
        return m_engine.unsupportedCall(tr("this kind of containerd address is not supported"),
                                        context, std::move(callback));
    auto *listing = new ContainerdListing(m_engine, m_channel, ids, filters, std::move(keep),
                                          m_images, std::move(callback), context);
    listing->start();
    return CallHandle(listing);
}

CallHandle ContainerdContainers::listContainers(const QStringList &ids, QObject *context,
                                                Engine::ContainersCallback callback)
{
    return list(ids, {}, {}, context, std::move(callback));
}

CallHandle ContainerdContainers::listContainersWhere(const QString &filter, const QString &value,
                                                     QObject *context,
                                                     Engine::ContainersCallback callback)
{
    if (filter == QLatin1String("label")) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? value : value.left(eq);
        QString f = QStringLiteral("labels.") + quoted(key);
        if (eq >= 0)
            f += QStringLiteral("==") + quoted(value.mid(eq + 1));
        return list({}, {f}, {}, context, std::move(callback));
    }
    if (filter == QLatin1String("ancestor") || filter == QLatin1String("image")) {
        // containerd keeps the full name (docker.io/library/busybox:latest): compared as names.
        const QString wanted = ImageReference::parse(value).qualified();
        return list(
            {}, {},
            [wanted, value](const ContainerSummary &c) {
                return c.image == value || ImageReference::parse(c.image).qualified() == wanted;
            },
            context, std::move(callback));
    }
    if (filter == QLatin1String("volume") || filter == QLatin1String("network")) {
        // containerd has neither: no container uses one.
        QMetaObject::invokeMethod(
            context, [callback] { callback(EngineResult<QList<ContainerSummary>>::success({})); },
            Qt::QueuedConnection);
        return {};
    }
    return m_engine.unsupportedCall(
        tr("containerd's containers are not listed by %1: use a label or an image instead")
            .arg(filter),
        context, std::move(callback));
}

CallHandle ContainerdContainers::inspectContainer(const QString &id, QObject *context,
                                                  Engine::Callback<ContainerDetails> callback)
{
    if (!m_channel.channel())
        return m_engine.unsupportedCall(tr("this kind of containerd address is not supported"),
                                        context, std::move(callback));
    const ContainerdIds::Parts parts = ContainerdIds::split(id, defaultNamespace());
    // The container and its task, asked for at once.
    struct Join
    {
        std::optional<capi::Container> container;
        std::optional<containerd::v1::types::Process> task;
        bool taskDone = false;
        bool done = false;
        Engine::Callback<ContainerDetails> callback;
    };
    auto join = std::make_shared<Join>();
    join->callback = std::move(callback);
    const QString ns = parts.ns;
    const auto finish = [join, ns] {
        if (join->done || !join->container || !join->taskDone)
            return;
        join->done = true;
        join->callback(EngineResult<ContainerDetails>::success(ContainerdContainerJson::details(
            ns, *join->container, join->task ? &*join->task : nullptr)));
    };
    const auto fail = [join](const EngineError &error) {
        if (join->done)
            return;
        join->done = true;
        join->callback(EngineResult<ContainerDetails>::failure(error));
    };

    auto containers =
        std::shared_ptr<capi::Containers::Stub>(capi::Containers::NewStub(m_channel.channel()));
    auto tasks = std::shared_ptr<tapi::Tasks::Stub>(tapi::Tasks::NewStub(m_channel.channel()));
    capi::GetContainerRequest get;
    get.set_id(parts.id.toStdString());
    const CallHandle handle =
        m_channel.unary<capi::GetContainerRequest, capi::GetContainerResponse>(
            QStringLiteral("containers.Get"), ns, get, ContainerdEngine::CallTimeoutMs, context,
            [containers](grpc::ClientContext *c, const capi::GetContainerRequest *q,
                         capi::GetContainerResponse *r, std::function<void(grpc::Status)> f) {
                containers->async()->Get(c, q, r, std::move(f));
            },
            std::function<void(EngineResult<capi::GetContainerResponse>)>(
                [join, finish, fail](EngineResult<capi::GetContainerResponse> r) {
                    if (!r.ok()) {
                        fail(r.error);
                        return;
                    }
                    join->container = std::move(*r.value.mutable_container());
                    finish();
                }));
    tapi::GetRequest task;
    task.set_container_id(parts.id.toStdString());
    m_channel.unary<tapi::GetRequest, tapi::GetResponse>(
        QStringLiteral("tasks.Get"), ns, task, ContainerdEngine::CallTimeoutMs, context,
        [tasks](grpc::ClientContext *c, const tapi::GetRequest *q, tapi::GetResponse *r,
                std::function<void(grpc::Status)> f) {
            tasks->async()->Get(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<tapi::GetResponse>)>(
            [join, finish, fail](EngineResult<tapi::GetResponse> r) {
                if (r.ok())
                    join->task = std::move(*r.value.mutable_process());
                else if (r.error.httpStatus != 404) { // 404: no task
                    fail(r.error);
                    return;
                }
                join->taskDone = true;
                finish();
            }));
    return handle;
}

void ContainerdContainers::subscribeEarly()
{
    if (m_early)
        return;
    m_earlyFilters =
        ContainerdEvents::filters({EngineEvent::Object::Container, EngineEvent::Object::Image},
                                  m_engine.endpoint().containerdNamespace);
    m_early = new ContainerdEventStream(m_channel, m_earlyFilters, {}, this);
}

EventStream *ContainerdContainers::watchObjects(const QList<EngineEvent::Object> &objects,
                                                QObject *parent)
{
    const QStringList filters =
        ContainerdEvents::filters(objects, m_engine.endpoint().containerdNamespace);
    ContainerdEventStream *stream = nullptr;
    if (m_early && !m_early->hasEnded() && filters == m_earlyFilters) {
        stream = m_early;
        m_early = nullptr;
        stream->adopt(parent);
    } else {
        stream = new ContainerdEventStream(m_channel, filters, {}, parent);
    }
    // An image made, moved or removed may change which image a container's name points at:
    // the next rows read that namespace's images again.
    std::weak_ptr<ContainerdListing::ImageTargets> images = m_images;
    connect(stream, &EventStream::eventReceived, this, [images](const EngineEvent &event) {
        if (event.object != EngineEvent::Object::Image)
            return;
        if (const auto kept = images.lock())
            kept->drop(event.attributes.value(QStringLiteral("namespace")));
    });
    return stream;
}

EventStream *ContainerdContainers::watchEvents(const EventFilter &filter, QObject *parent)
{
    if (filter.since.isValid())
        return m_engine.refusedStream<EventStream>(
            tr("containerd does not keep past events: follow them from now, without --since"),
            parent);
    if (!filter.labels.isEmpty())
        return m_engine.refusedStream<EventStream>(
            tr("containerd's events do not carry labels: filter by container or event instead"),
            parent);
    using Object = EngineEvent::Object;
    QList<Object> objects;
    if (filter.types.isEmpty()) {
        objects = {Object::Container, Object::Image};
    } else {
        for (const QString &type : filter.types) {
            if (type == QLatin1String("container") || type == QLatin1String("task"))
                objects << Object::Container;
            else if (type == QLatin1String("image"))
                objects << Object::Image;
            // Volumes, networks and pods: containerd has none, so no events.
        }
    }
    ContainerdEventStream::Match match;
    match.containers = filter.containers;
    match.actions = filter.actions;
    auto *stream = new ContainerdEventStream(
        m_channel, ContainerdEvents::filters(objects, m_engine.endpoint().containerdNamespace),
        match, parent);
    if (!filter.containers.isEmpty()) {
        // Task events name the container by its id only: the names asked for are looked up.
        const QStringList wanted = filter.containers;
        stream->hold();
        listContainers({}, stream,
                       [stream, wanted](const EngineResult<QList<ContainerSummary>> &r) {
                           for (const ContainerSummary &c : r.value) {
                               if (wanted.contains(c.name))
                                   stream->matchAlso(c.id);
                           }
                           stream->release();
                       });
    }
    return stream;
}
