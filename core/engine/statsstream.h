#pragma once

#include "core/engine/containerstats.h"
#include "core/engine/engineerror.h"

#include <QObject>

// A container's resource use, sampled by the engine about once a second, on a connection of
// its own. Deleting it ends it.
class StatsStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsStream)

public:
    using QObject::QObject;
    ~StatsStream() override = default;

Q_SIGNALS:
    void sampled(const ContainerStats &stats);
    // Without error after a single sample was asked for, or when the container went away.
    void ended(const EngineError &error);
};
