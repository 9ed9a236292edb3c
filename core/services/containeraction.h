#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/engineresults.h"

#include <QList>
#include <QMetaType>
#include <QPointer>
#include <QString>

class NodeService;

// What the user can do to existing containers, one or many at a time.
enum class ContainerAction
{
    Start,
    Stop,
    Restart,
    Pause,
    Unpause,
    Kill,
    Rename,
    Remove,
    Commit
};

// One container an action is for: its node, id, and the name to report it by.
struct ContainerTarget
{
    QPointer<NodeService> node;
    QString id;
    QString name;
};

struct ContainerActionOptions
{
    QString signal;             // Kill: a name or number; empty for SIGKILL
    QString newName;            // Rename
    bool force = false;         // Remove: a running container too
    bool removeVolumes = false; // Remove: its anonymous volumes too
    int timeoutSecs = -1;       // Stop and Restart: -1 for the container's own
    CommitOptions commit;       // Commit: the new image's name, message and author
};

// How the action went for one container: no error is success.
struct ContainerActionResult
{
    ContainerTarget target;
    QString nodeName;
    EngineError error;
};

Q_DECLARE_METATYPE(ContainerAction)
Q_DECLARE_METATYPE(ContainerActionResult)
