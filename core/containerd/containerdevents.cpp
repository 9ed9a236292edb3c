#include "core/containerd/containerdevents.h"

#include "core/containerd/containerdcontainerjson.h"
#include "core/containerd/containerdids.h"

#include <github.com/containerd/containerd/api/events/container.pb.h>
#include <github.com/containerd/containerd/api/events/image.pb.h>
#include <github.com/containerd/containerd/api/events/task.pb.h>
#include <github.com/containerd/containerd/api/services/events/v1/events.pb.h>

namespace ev = containerd::events;
namespace imgev = containerd::services::images::v1;

namespace ContainerdEvents {

namespace {

using Object = EngineEvent::Object;
using Action = EngineEvent::Action;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

// The Any's message, when its type is `T` (containerd names the type without a host:
// "containerd.events.TaskExit").
template<typename T>
bool read(const std::string &typeUrl, const std::string &value, T &message)
{
    const std::string &name = T::descriptor()->full_name();
    const bool named =
        typeUrl == name || (typeUrl.size() > name.size() &&
                            typeUrl.compare(typeUrl.size() - name.size(), name.size(), name) == 0 &&
                            typeUrl[typeUrl.size() - name.size() - 1] == '/');
    return named && message.ParseFromString(value);
}

void containerEvent(EngineEvent &e, const QString &ns, const QString &containerId)
{
    e.object = Object::Container;
    e.id = ContainerdIds::join(ns, containerId);
}

void exitedAt(EngineEvent &e, const google::protobuf::Timestamp &t)
{
    const QDateTime at = ContainerdContainerJson::timeOf(t);
    if (at.isValid())
        e.attributes.insert(QStringLiteral("exitedAt"), at.toString(Qt::ISODateWithMs));
}

void fill(EngineEvent &e, const QString &ns, const std::string &typeUrl, const std::string &value)
{
    const QString &a = e.action;
    if (e.type == QLatin1String("containers")) {
        if (a == QLatin1String("create")) {
            ev::ContainerCreate m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.id()));
                e.attributes.insert(QStringLiteral("image"), qs(m.image()));
                e.attributes.insert(QStringLiteral("runtime"), qs(m.runtime().name()));
                e.what = Action::Created;
            }
        } else if (a == QLatin1String("update")) {
            ev::ContainerUpdate m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.id()));
                e.attributes.insert(QStringLiteral("image"), qs(m.image()));
                for (const auto &[k, v] : m.labels())
                    e.attributes.insert(qs(k), qs(v));
                e.name = e.attributes.value(QLatin1String(ContainerdContainerJson::NameLabel));
                // Its labels or image changed (a rename is a label): list it again.
                e.what = Action::Other;
            }
        } else if (a == QLatin1String("delete")) {
            ev::ContainerDelete m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.id()));
                e.what = Action::Destroyed;
            }
        }
        return;
    }
    if (e.type == QLatin1String("tasks")) {
        if (a == QLatin1String("create")) {
            ev::TaskCreate m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.attributes.insert(QStringLiteral("pid"), QString::number(m.pid()));
                // Created, not yet started: the list says so.
                e.what = Action::Other;
            }
        } else if (a == QLatin1String("start")) {
            ev::TaskStart m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.attributes.insert(QStringLiteral("pid"), QString::number(m.pid()));
                e.what = Action::Started;
            }
        } else if (a == QLatin1String("exit")) {
            ev::TaskExit m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.attributes.insert(QStringLiteral("pid"), QString::number(m.pid()));
                e.attributes.insert(QStringLiteral("exitCode"), QString::number(m.exit_status()));
                e.attributes.insert(QStringLiteral("execID"), qs(m.id()));
                exitedAt(e, m.exited_at());
                // An exec'd process ending leaves the container as it was.
                const bool init = m.id().empty() || m.id() == m.container_id();
                e.what = init ? Action::Died : Action::Transient;
                if (init)
                    e.exitCode = int(m.exit_status());
            }
        } else if (a == QLatin1String("delete")) {
            ev::TaskDelete m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.attributes.insert(QStringLiteral("pid"), QString::number(m.pid()));
                e.attributes.insert(QStringLiteral("exitCode"), QString::number(m.exit_status()));
                exitedAt(e, m.exited_at());
                const bool init = m.id().empty() || m.id() == m.container_id();
                // The task is gone: the container is there, not running.
                e.what = init ? Action::Stopped : Action::Transient;
            }
        } else if (a == QLatin1String("oom")) {
            ev::TaskOOM m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.what = Action::Oom;
            }
        } else if (a == QLatin1String("paused")) {
            ev::TaskPaused m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.what = Action::Paused;
            }
        } else if (a == QLatin1String("resumed")) {
            ev::TaskResumed m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.what = Action::Unpaused;
            }
        } else if (a == QLatin1String("exec-added") || a == QLatin1String("exec-started")) {
            ev::TaskExecAdded m; // both begin with container_id and exec_id
            if (m.ParseFromString(value)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.attributes.insert(QStringLiteral("execID"), qs(m.exec_id()));
                e.what = Action::Transient;
            }
        } else if (a == QLatin1String("checkpointed")) {
            ev::TaskCheckpointed m;
            if (read(typeUrl, value, m)) {
                containerEvent(e, ns, qs(m.container_id()));
                e.what = Action::Transient;
            }
        }
        return;
    }
    if (e.type == QLatin1String("images")) {
        QString name;
        bool known = false;
        if (a == QLatin1String("create")) {
            imgev::ImageCreate m;
            known = read(typeUrl, value, m);
            name = qs(m.name());
            e.what = Action::Created;
        } else if (a == QLatin1String("update")) {
            imgev::ImageUpdate m;
            known = read(typeUrl, value, m);
            name = qs(m.name());
            e.what = Action::Other;
        } else if (a == QLatin1String("delete")) {
            imgev::ImageDelete m;
            known = read(typeUrl, value, m);
            name = qs(m.name());
            e.what = Action::Destroyed;
        }
        if (known) {
            e.object = Object::Image;
            e.id = name;
            e.name = name;
        } else {
            e.what = Action::Other;
        }
    }
}

} // namespace

EngineEvent fromParts(const QString &ns, const QString &topic, qint64 timeNano,
                      const std::string &typeUrl, const std::string &value)
{
    EngineEvent e;
    // "/tasks/exit" -> "tasks", "exit"
    const QString path = topic.startsWith(QLatin1Char('/')) ? topic.mid(1) : topic;
    e.type = path.section(QLatin1Char('/'), 0, 0);
    e.action = path.section(QLatin1Char('/'), 1);
    e.timeNano = timeNano;
    e.attributes.insert(QStringLiteral("namespace"), ns);
    e.object = Object::Other;
    e.what = Action::Other;
    fill(e, ns, typeUrl, value);
    return e;
}

EngineEvent fromEnvelope(const containerd::services::events::v1::Envelope &envelope)
{
    const auto &t = envelope.timestamp();
    return fromParts(qs(envelope.namespace_()), qs(envelope.topic()),
                     t.seconds() * 1000000000LL + t.nanos(), envelope.event().type_url(),
                     envelope.event().value());
}

QStringList filters(const QList<EngineEvent::Object> &objects, const QString &ns)
{
    QStringList topics;
    if (objects.contains(Object::Container))
        topics << QStringLiteral("^/containers/") << QStringLiteral("^/tasks/");
    if (objects.contains(Object::Image))
        topics << QStringLiteral("^/images/");
    QStringList result;
    for (const QString &topic : std::as_const(topics)) {
        QString f = QStringLiteral("topic~=") + quoted(topic);
        if (!ns.isEmpty())
            f = QStringLiteral("namespace==") + quoted(ns) + QLatin1Char(',') + f;
        result << f;
    }
    return result;
}

} // namespace ContainerdEvents
