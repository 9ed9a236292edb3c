#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/engineevent.h"

#include <QObject>

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
