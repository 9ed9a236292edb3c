#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One task of a service: a slot (replicated) or a node (global) and the container that runs it.
struct SwarmTask
{
    QString id;
    qint64 version = 0;
    QString serviceId;
    int slot = 0;         // 0 for a global service's task
    QString nodeId;       // empty until the swarm placed it
    QString desiredState; // running, shutdown, ... as the swarm says it
    QString state;        // new, pending, assigned, ..., running, complete, failed, shutdown
    QString message;
    QString error;
    QDateTime timestamp; // when it reached its state
    QString containerId;
    int exitCode = 0;
    QString image;
    QDateTime created;
    QDateTime updated;

    bool running() const { return state == QLatin1String("running"); }
    bool operator==(const SwarmTask &) const = default;
};

Q_DECLARE_METATYPE(SwarmTask)
