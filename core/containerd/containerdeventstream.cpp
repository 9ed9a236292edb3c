#include "core/containerd/containerdeventstream.h"

#include "core/containerd/containerdevents.h"
#include "core/containerd/grpcchannel.h"

#include <github.com/containerd/containerd/api/services/events/v1/events.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/version/v1/version.grpc.pb.h>

#include <QCoreApplication>
#include <QMetaObject>

namespace evapi = containerd::services::events::v1;
namespace versionapi = containerd::services::version::v1;

namespace {

// Docker's word for a containerd event, so that `events -f event=die` means the same on every
// engine.
QString dockerWord(const EngineEvent &e)
{
    switch (e.what) {
    case EngineEvent::Action::Created:
        return QStringLiteral("create");
    case EngineEvent::Action::Started:
        return QStringLiteral("start");
    case EngineEvent::Action::Died:
        return QStringLiteral("die");
    case EngineEvent::Action::Stopped:
        return QStringLiteral("stop");
    case EngineEvent::Action::Paused:
        return QStringLiteral("pause");
    case EngineEvent::Action::Unpaused:
        return QStringLiteral("unpause");
    case EngineEvent::Action::Destroyed:
        return e.object == EngineEvent::Object::Image ? QStringLiteral("delete")
                                                      : QStringLiteral("destroy");
    case EngineEvent::Action::Oom:
        return QStringLiteral("oom");
    default:
        return {};
    }
}

} // namespace

ContainerdEventStream::ContainerdEventStream(GrpcChannel &channel, const QStringList &filters,
                                             const Match &match, QObject *parent)
    : EventStream(parent)
    , m_match(match)
{
    if (!channel.channel()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT ended(
                    EngineError::make(EngineError::Kind::Unsupported,
                                      QCoreApplication::translate(
                                          "ContainerdEventStream",
                                          "this kind of containerd address is not supported")));
            },
            Qt::QueuedConnection);
        return;
    }
    evapi::SubscribeRequest request;
    for (const QString &f : filters)
        request.add_filters(f.toStdString());
    if (filters.isEmpty()) // nothing asked for: a topic containerd never uses
        request.add_filters("topic==\"/gontainer/none\"");
    auto events = std::shared_ptr<evapi::Events::Stub>(evapi::Events::NewStub(channel.channel()));
    const QString where = channel.where();
    m_stream = channel.serverStream<evapi::SubscribeRequest, evapi::Envelope>(
        QStringLiteral("events.Subscribe"), {}, request, 0, this,
        [events](grpc::ClientContext *c, const evapi::SubscribeRequest *q,
                 grpc::ClientReadReactor<evapi::Envelope> *r) {
            events->async()->Subscribe(c, q, r);
        },
        std::function<void(evapi::Envelope &&)>([this](evapi::Envelope &&envelope) {
            const EngineEvent event = ContainerdEvents::fromEnvelope(envelope);
            if (passes(event))
                Q_EMIT eventReceived(event);
        }),
        std::function<void(const EngineError &)>([this, where](const EngineError &error) {
            if (m_ended)
                return;
            m_ended = true;
            m_confirm.cancel();
            if (error.isError()) {
                Q_EMIT ended(error);
                return;
            }
            Q_EMIT ended(
                EngineError::make(EngineError::Kind::Closed,
                                  QCoreApplication::translate("ContainerdEventStream",
                                                              "the engine ended the event stream"),
                                  where));
        }));

    // A call after the subscription, on the same connection: its answer says the engine has
    // the subscription (its streams are read in order).
    auto version =
        std::shared_ptr<versionapi::Version::Stub>(versionapi::Version::NewStub(channel.channel()));
    m_confirm = channel.unary<google::protobuf::Empty, versionapi::VersionResponse>(
        QStringLiteral("version.Version"), {}, google::protobuf::Empty(), 30000, this,
        [version](grpc::ClientContext *c, const google::protobuf::Empty *q,
                  versionapi::VersionResponse *r, std::function<void(grpc::Status)> f) {
            version->async()->Version(c, q, r, std::move(f));
        },
        std::function<void(EngineResult<versionapi::VersionResponse>)>(
            [this](const EngineResult<versionapi::VersionResponse> &r) {
                if (m_ended || r.error.kind == EngineError::Kind::Aborted)
                    return;
                if (!r.ok()) {
                    // The stream ends with its own error; this one says it sooner.
                    m_ended = true;
                    if (m_stream)
                        m_stream->abort();
                    Q_EMIT ended(r.error);
                    return;
                }
                release();
            }));
}

ContainerdEventStream::~ContainerdEventStream()
{
    m_ended = true;
}

void ContainerdEventStream::matchAlso(const QString &id)
{
    if (!m_match.containers.contains(id))
        m_match.containers << id;
}

void ContainerdEventStream::release()
{
    if (--m_holds == 0 && !m_ended) {
        m_opened = true;
        Q_EMIT opened();
    }
}

void ContainerdEventStream::adopt(QObject *parent)
{
    setParent(parent);
    if (m_opened)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_ended)
                    Q_EMIT opened();
            },
            Qt::QueuedConnection);
}

bool ContainerdEventStream::passes(const EngineEvent &event) const
{
    if (!m_match.actions.isEmpty() && !m_match.actions.contains(event.action) &&
        !m_match.actions.contains(dockerWord(event)))
        return false;
    if (m_match.containers.isEmpty())
        return true;
    if (event.object != EngineEvent::Object::Container)
        return false;
    const QString bare = event.id.section(QLatin1Char('/'), 1);
    for (const QString &c : m_match.containers) {
        if (c == event.id || c == bare || (!event.name.isEmpty() && c == event.name))
            return true;
    }
    return false;
}
