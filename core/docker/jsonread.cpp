#include "core/docker/jsonread.h"

#include <QJsonArray>

namespace JsonRead {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject fromMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

std::optional<QJsonDocument> document(const QByteArray &json)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

ContainerSummary::Health health(const QString &status)
{
    if (status == QLatin1String("healthy"))
        return ContainerSummary::Health::Healthy;
    if (status == QLatin1String("unhealthy"))
        return ContainerSummary::Health::Unhealthy;
    if (status == QLatin1String("starting"))
        return ContainerSummary::Health::Starting;
    return ContainerSummary::Health::None;
}

HealthcheckSpec healthcheck(const QJsonObject &o)
{
    HealthcheckSpec h;
    const QStringList test = strings(o.value(QLatin1String("Test")));
    h.disabled = test == QStringList{QStringLiteral("NONE")};
    if (!h.disabled)
        h.test = test;
    h.intervalMs = o.value(QLatin1String("Interval")).toInteger() / 1000000;
    h.timeoutMs = o.value(QLatin1String("Timeout")).toInteger() / 1000000;
    h.startPeriodMs = o.value(QLatin1String("StartPeriod")).toInteger() / 1000000;
    h.retries = o.value(QLatin1String("Retries")).toInt();
    return h;
}

} // namespace JsonRead
