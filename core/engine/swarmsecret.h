#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

// A secret or a config of a swarm. A secret's data never comes back from the engine; a
// config's does.
struct SwarmSecret
{
    enum class Kind
    {
        Secret,
        Config
    };

    Kind kind = Kind::Secret;
    QString id;
    qint64 version = 0;
    QString name;
    QMap<QString, QString> labels;
    QDateTime created;
    QDateTime updated;
    QByteArray data; // a config's content; always empty for a secret

    bool operator==(const SwarmSecret &) const = default;
};

Q_DECLARE_METATYPE(SwarmSecret)
