#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

// Which events to follow; empty lists take all.
struct EventFilter
{
    QStringList types;      // container, image, volume, network, pod, ...
    QStringList containers; // names or ids
    QStringList labels;     // "key" or "key=value"
    QStringList actions;    // start, die, health_status, ...
    QDateTime since;        // replay from this time first (invalid: from now)
};

// A live subscription to an engine's events on a connection of its own. Deleting it ends it.
class EventStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    using QObject::QObject;
    ~EventStream() override = default;

Q_SIGNALS:
    // The engine accepted the subscription: events from now on will arrive.
    void opened();
    void eventReceived(const EngineEvent &event);
    // The stream is over; error says why (an engine that stopped, a broken connection, ...).
    void ended(const EngineError &error);
};
