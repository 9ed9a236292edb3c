#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

// One message of an engine's event stream, engine-neutral.
struct EngineEvent
{
    QString type;   // container, image, network, volume, ...
    QString action; // start, die, destroy, health_status: healthy, ...
    QString id;
    QString name;
    qint64 timeNano = 0;
    // The actor's attributes: labels, and per action extras such as exitCode
    // (Podman: containerExitCode) on die.
    QMap<QString, QString> attributes;
};

Q_DECLARE_METATYPE(EngineEvent)
