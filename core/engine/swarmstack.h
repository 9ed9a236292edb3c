#pragma once

#include "core/engine/networkinfo.h"
#include "core/engine/swarmsecret.h"
#include "core/engine/swarmservice.h"

#include <QList>
#include <QMap>
#include <QString>

// A stack ("docker stack deploy"): the services, networks, secrets and configs a swarm manager
// holds with the same com.docker.stack.namespace label.
struct SwarmStack
{
    QString id; // the name: a stack has no id of its own, and its name is unique
    QString name;
    QList<SwarmService> services;
    QList<NetworkInfo> networks;
    QList<SwarmSecret> secrets;
    QList<SwarmSecret> configs;

    static QString label() { return QStringLiteral("com.docker.stack.namespace"); }
    static QString of(const QMap<QString, QString> &labels) { return labels.value(label()); }

    // Tasks running and asked for across the services; -1 where the engine did not count.
    int runningTasks() const;
    int desiredTasks() const;

    // The stacks these objects make, by name, each member sorted by name; objects without the
    // label belong to none.
    static QList<SwarmStack> group(const QList<SwarmService> &services,
                                   const QList<NetworkInfo> &networks = {},
                                   const QList<SwarmSecret> &secrets = {},
                                   const QList<SwarmSecret> &configs = {});

    bool operator==(const SwarmStack &) const = default;
};
