#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

// One message of an engine's event stream, engine-neutral. Each engine's parser fills `object`
// and `what` from its own words; services decide on those, never on `type` and `action`, which
// keep the engine's own words for display (gontainer-cli events).
struct EngineEvent
{
    // What kind of object the event is about.
    enum class Object
    {
        Container,
        Image,
        Volume,
        Network,
        Pod,
        // A Docker swarm's objects, announced by its managers.
        Service,
        SwarmNode,
        Secret,
        Config,
        Other
    };
    // What happened to it.
    enum class Action
    {
        Created,
        Started, // started, restarted, or unpaused back to running
        Died,    // its process ended: `exitCode` says how, where the engine tells it
        Stopped, // not running any more, without an exit code (a stop's own announcement)
        Paused,
        Unpaused,
        Destroyed, // removed
        Renamed,
        Committed,     // an image was made from the container: the images changed, not it
        HealthChanged, // `health` holds the status the engine announced
        Oom,           // killed for memory; a Died follows
        Signalled,     // sent a signal (a kill, or a stop's first step): a Died may follow
        Transient,     // nothing a list shows changed (exec, attach, resize, mount, connect...)
        Other          // something else changed: list it again to see what
    };

    Object object = Object::Other;
    Action what = Action::Other;
    QString type;   // the engine's own words: container, image, ...
    QString action; // start, die, health_status: healthy, ...
    QString id;
    QString name;
    qint64 timeNano = 0;
    int exitCode = -1; // with Died, where the engine says; else -1
    QString health;    // with HealthChanged: healthy, unhealthy, starting
    // The actor's attributes: labels, and per action extras.
    QMap<QString, QString> attributes;
};

Q_DECLARE_METATYPE(EngineEvent)
