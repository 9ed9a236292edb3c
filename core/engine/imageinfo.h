#pragma once

#include "core/engine/containerspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// An image as the image list shows it.
struct ImageSummary
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    int containers = -1; // how many containers use it; -1 when the engine did not count
    QMap<QString, QString> labels;
    QString namespaceName; // containerd's namespace the image is in; empty for other engines

    // No name: only reachable by id, left behind by a newer image of the same name.
    bool isDangling() const
    {
        return repoTags.isEmpty() ||
               (repoTags.size() == 1 && repoTags.first() == QLatin1String("<none>:<none>"));
    }

    bool operator==(const ImageSummary &) const = default;
};

// What inspecting an image tells, plus the engine's own JSON.
struct ImageDetails
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    QString architecture;
    QString os;
    QString author;
    QString comment;
    QStringList command;
    QStringList entrypoint;
    QStringList env;
    QStringList exposedPorts; // "80/tcp"
    QString workingDir;
    QString user;
    QMap<QString, QString> labels;
    HealthcheckSpec healthcheck;
    QByteArray rawJson;
};

// One layer of an image's history, newest first.
struct ImageLayer
{
    QString id; // "<missing>" for layers built elsewhere
    QDateTime created;
    QString createdBy;
    qint64 size = 0;
    QString comment;
    QStringList tags;
};

// An image a registry offers for a search term.
struct ImageSearchResult
{
    QString name;  // as it can be pulled; with its registry where the engine gives it
    QString index; // the registry searched, where the engine says
    QString description;
    int stars = 0;
    bool official = false;
    bool automated = false;
};

// What removing an image did: names taken off, and images deleted.
struct ImageRemoval
{
    QStringList untagged;
    QStringList deleted;
};

// What to build an image from.
struct BuildOptions
{
    QString contextDir; // the folder sent to the engine
    QString dockerfile; // relative to contextDir; empty: Dockerfile
    QStringList tags;   // names for the result
    QMap<QString, QString> buildArgs;
    QMap<QString, QString> labels;
    QString target; // a stage of a multi-stage Dockerfile
    bool noCache = false;
    bool pull = false; // look for newer base images
};

// Credentials for a registry, sent as X-Registry-Auth. Empty: anonymous.
struct RegistryAuth
{
    QString username;
    QString password;
    QString serverAddress;
    QString identityToken;
};

Q_DECLARE_METATYPE(ImageSummary)
Q_DECLARE_METATYPE(ImageDetails)
