#include "core/docker/dockerevents.h"

#include <QHash>
#include <QStringList>

namespace DockerEvents {

namespace {

using Object = EngineEvent::Object;
using Action = EngineEvent::Action;

Object objectOf(const QString &type)
{
    static const QHash<QString, Object> objects = {
        {QStringLiteral("container"), Object::Container},
        {QStringLiteral("image"), Object::Image},
        {QStringLiteral("volume"), Object::Volume},
        {QStringLiteral("network"), Object::Network},
        {QStringLiteral("service"), Object::Service},
        {QStringLiteral("node"), Object::SwarmNode},
        {QStringLiteral("secret"), Object::Secret},
        {QStringLiteral("config"), Object::Config},
    };
    return objects.value(type, Object::Other);
}

Action containerAction(const QString &action)
{
    static const QHash<QString, Action> actions = {
        {QStringLiteral("create"), Action::Created},
        {QStringLiteral("start"), Action::Started},
        {QStringLiteral("restart"), Action::Started},
        {QStringLiteral("die"), Action::Died},
        {QStringLiteral("stop"), Action::Stopped},
        {QStringLiteral("pause"), Action::Paused},
        {QStringLiteral("unpause"), Action::Unpaused},
        {QStringLiteral("destroy"), Action::Destroyed},
        {QStringLiteral("rename"), Action::Renamed},
        {QStringLiteral("commit"), Action::Committed},
        {QStringLiteral("oom"), Action::Oom},
        {QStringLiteral("kill"), Action::Signalled},
        // Nothing the container list shows changes with these.
        {QStringLiteral("attach"), Action::Transient},
        {QStringLiteral("detach"), Action::Transient},
        {QStringLiteral("top"), Action::Transient},
        {QStringLiteral("resize"), Action::Transient},
    };
    if (action.startsWith(QLatin1String("exec_")))
        return Action::Transient;
    if (action.startsWith(QLatin1String("health_status")))
        return Action::HealthChanged;
    return actions.value(action, Action::Other);
}

} // namespace

void classify(EngineEvent &event)
{
    event.object = objectOf(event.type);
    const QString &a = event.action;
    switch (event.object) {
    case Object::Container:
        event.what = containerAction(a);
        break;
    case Object::Image:
        // Pushing or saving an image changes nothing about it.
        event.what = a == QLatin1String("push") || a == QLatin1String("save") ? Action::Transient
                     : a == QLatin1String("delete")                           ? Action::Destroyed
                                                                              : Action::Other;
        break;
    case Object::Volume:
        event.what = a == QLatin1String("mount") || a == QLatin1String("unmount")
                         ? Action::Transient
                     : a == QLatin1String("create")  ? Action::Created
                     : a == QLatin1String("destroy") ? Action::Destroyed
                                                     : Action::Other;
        break;
    case Object::Network:
        // A container joining or leaving changes nothing the network list shows.
        event.what = a == QLatin1String("connect") || a == QLatin1String("disconnect")
                         ? Action::Transient
                     : a == QLatin1String("create")  ? Action::Created
                     : a == QLatin1String("destroy") ? Action::Destroyed
                                                     : Action::Other;
        break;
    case Object::Service:
    case Object::SwarmNode:
    case Object::Secret:
    case Object::Config:
        // A swarm's objects are made, changed (update: scale, image, availability, ...) and
        // removed.
        event.what = a == QLatin1String("create")   ? Action::Created
                     : a == QLatin1String("remove") ? Action::Destroyed
                                                    : Action::Other;
        break;
    case Object::Pod:
    case Object::Other:
        event.what = Action::Other;
        break;
    }
    if (event.what == Action::Died) {
        bool known = false;
        const int code = event.attributes.value(QStringLiteral("exitCode")).toInt(&known);
        event.exitCode = known ? code : -1;
    }
    if (event.what == Action::HealthChanged) {
        // "health_status: healthy"
        const qsizetype colon = a.indexOf(QLatin1Char(':'));
        event.health = colon < 0 ? event.attributes.value(QStringLiteral("health_status"))
                                 : a.mid(colon + 1).trimmed();
    }
}

QStringList typeWords(const QList<EngineEvent::Object> &objects)
{
    QStringList words;
    for (Object o : objects) {
        switch (o) {
        case Object::Container:
            words << QStringLiteral("container");
            break;
        case Object::Image:
            words << QStringLiteral("image");
            break;
        case Object::Volume:
            words << QStringLiteral("volume");
            break;
        case Object::Network:
            words << QStringLiteral("network");
            break;
        case Object::Pod:
            words << QStringLiteral("pod");
            break;
        case Object::Service:
            words << QStringLiteral("service");
            break;
        case Object::SwarmNode:
            words << QStringLiteral("node");
            break;
        case Object::Secret:
            words << QStringLiteral("secret");
            break;
        case Object::Config:
            words << QStringLiteral("config");
            break;
        case Object::Other:
            break;
        }
    }
    return words;
}

} // namespace DockerEvents
