#include "core/engine/swarmservice.h"

bool SwarmService::updating() const
{
    switch (updateState) {
    case UpdateState::Updating:
    case UpdateState::Paused:
    case UpdateState::RollbackStarted:
    case UpdateState::RollbackPaused:
        return true;
    case UpdateState::None:
    case UpdateState::Completed:
    case UpdateState::RollbackCompleted:
        break;
    }
    return false;
}

int SwarmService::tasksOnSpec(const QList<SwarmTask> &tasks) const
{
    int on = 0;
    for (const SwarmTask &t : tasks) {
        if (t.serviceId == id && t.running() && t.desiredState == QLatin1String("running") &&
            t.image == image)
            ++on;
    }
    return on;
}
