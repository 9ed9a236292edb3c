#pragma once

#include "core/engine/engineevent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace containerd::services::events::v1 {
class Envelope;
}

// containerd's events (an envelope: namespace, topic and an Any of api/events/*.proto) read
// into the engine-neutral EngineEvent, as DockerEvents::classify reads Docker's: tasks are the
// containers' states, so their events are the container's (object Container, id
// "NAMESPACE/ID").
namespace ContainerdEvents {

// The event the envelope carries. `type` and `action` keep containerd's words (the topic's two
// parts: "tasks", "exit"); exits carry the exit code, and the attributes the namespace and what
// the event says (pid, exitCode, image, labels...).
EngineEvent fromEnvelope(const containerd::services::events::v1::Envelope &envelope);
// The same from its parts (for tests and recorded payloads): `typeUrl` and `value` are the Any's.
EngineEvent fromParts(const QString &ns, const QString &topic, qint64 timeNano,
                      const std::string &typeUrl, const std::string &value);

// containerd's subscription filters for the objects (ORed; empty when none of them has
// events here), each limited to `ns` unless it is empty.
QStringList filters(const QList<EngineEvent::Object> &objects, const QString &ns);

} // namespace ContainerdEvents
