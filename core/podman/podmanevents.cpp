#include "core/podman/podmanevents.h"

#include "core/docker/dockerevents.h"

namespace PodmanEvents {

void classify(EngineEvent &event)
{
    using Object = EngineEvent::Object;
    using Action = EngineEvent::Action;
    DockerEvents::classify(event);
    const QString &a = event.action;
    if (event.type == QLatin1String("pod")) {
        event.object = Object::Pod;
        event.what = a == QLatin1String("create")   ? Action::Created
                     : a == QLatin1String("remove") ? Action::Destroyed
                                                    : Action::Other;
        return;
    }
    if (event.object == Object::Container) {
        if (a == QLatin1String("died")) {
            event.what = Action::Died;
            bool known = false;
            const int code =
                event.attributes.value(QStringLiteral("containerExitCode")).toInt(&known);
            event.exitCode = known ? code : -1;
        } else if (a == QLatin1String("cleanup")) {
            // Follows every exit; the container stays. Its exit code is the die's to tell.
            event.what = Action::Stopped;
        } else if (a == QLatin1String("remove")) {
            event.what = Action::Destroyed;
        } else if (a == QLatin1String("init")) {
            event.what = Action::Created;
        }
        // A die announced with Docker's word still carries Podman's attribute.
        if (event.what == Action::Died && event.exitCode < 0) {
            bool known = false;
            const int code =
                event.attributes.value(QStringLiteral("containerExitCode")).toInt(&known);
            if (known)
                event.exitCode = code;
        }
    } else if (event.object == Object::Image && a == QLatin1String("remove")) {
        event.what = Action::Destroyed;
    }
}

} // namespace PodmanEvents
