#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A container that ended in a way a person wants to hear about: a non-zero exit code, or the
// kernel killing it for memory.
struct ContainerExit
{
    QString containerId;
    QString containerName;
    QDateTime time;
    int exitCode = 0;
    bool oomKilled = false;
    // A signal was sent to it just before (someone stopped or killed it).
    bool signalled = false;
    // One of a Docker swarm's tasks: the swarm stops its own when it scales, updates, drains or
    // removes a service.
    bool swarmTask = false;

    bool operator==(const ContainerExit &) const = default;
};

Q_DECLARE_METATYPE(ContainerExit)
