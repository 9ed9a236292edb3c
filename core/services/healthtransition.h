#pragma once

#include "core/engine/containersummary.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A container's health changed: when, from what to what, and what the check said.
struct HealthTransition
{
    QString containerId;
    QString containerName;
    QDateTime time;
    ContainerSummary::Health from = ContainerSummary::Health::None;
    ContainerSummary::Health to = ContainerSummary::Health::None;
    int failingStreak = 0;
    QString output; // the last check's output, where the engine kept it

    bool operator==(const HealthTransition &) const = default;
};

Q_DECLARE_METATYPE(HealthTransition)
