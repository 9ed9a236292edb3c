#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// What removing a stack did: the names of what was removed, and what could not be, each with
// the engine's reason ("web: ..."). Nothing removed and nothing failed: there was no such stack.
struct StackRemoval
{
    QString stack;
    QStringList services;
    QStringList secrets;
    QStringList configs;
    QStringList networks;
    QStringList failures;

    bool foundNothing() const
    {
        return services.isEmpty() && secrets.isEmpty() && configs.isEmpty() && networks.isEmpty() &&
               failures.isEmpty();
    }
};

Q_DECLARE_METATYPE(StackRemoval)
