#pragma once

#include "core/engine/containerspec.h"
#include "core/engine/containersummary.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Small readers the engine payload parsers share, lenient where engines differ (a list sent as
// null or as a lone string, a map sent as null).
namespace JsonRead {

QString str(const QJsonObject &o, const char *key);
QStringList strings(const QJsonValue &value);
QMap<QString, QString> stringMap(const QJsonValue &value);
QJsonObject fromMap(const QMap<QString, QString> &map);
std::optional<QJsonDocument> document(const QByteArray &json);
// "healthy", "unhealthy", "starting"; anything else is no health check.
ContainerSummary::Health health(const QString &status);
// A Healthcheck object (durations in nanoseconds) as a container or image carries it.
HealthcheckSpec healthcheck(const QJsonObject &o);

} // namespace JsonRead
