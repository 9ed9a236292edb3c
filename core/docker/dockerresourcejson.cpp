#include "core/docker/dockerresourcejson.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DockerResourceJson {

namespace {

using JsonRead::document;
using JsonRead::str;
using JsonRead::stringMap;

VolumeInfo volumeFrom(const QJsonObject &o)
{
    VolumeInfo v;
    v.name = str(o, "Name");
    v.driver = str(o, "Driver");
    v.mountpoint = str(o, "Mountpoint");
    v.created = DockerContainerJson::parseTime(str(o, "CreatedAt"));
    v.scope = str(o, "Scope");
    v.labels = stringMap(o.value(QLatin1String("Labels")));
    v.options = stringMap(o.value(QLatin1String("Options")));
    return v;
}

NetworkInfo networkFrom(const QJsonObject &o)
{
    NetworkInfo n;
    n.id = str(o, "Id");
    n.name = str(o, "Name");
    n.driver = str(o, "Driver");
    n.scope = str(o, "Scope");
    n.created = DockerContainerJson::parseTime(str(o, "Created"));
    n.internal = o.value(QLatin1String("Internal")).toBool();
    n.attachable = o.value(QLatin1String("Attachable")).toBool();
    n.ipv6 = o.value(QLatin1String("EnableIPv6")).toBool();
    for (const QJsonValue &c :
         o.value(QLatin1String("IPAM")).toObject().value(QLatin1String("Config")).toArray()) {
        const QJsonObject co = c.toObject();
        n.subnets.append(NetworkSubnet{str(co, "Subnet"), str(co, "Gateway"), str(co, "IPRange")});
    }
    n.labels = stringMap(o.value(QLatin1String("Labels")));
    const QJsonObject containers = o.value(QLatin1String("Containers")).toObject();
    for (auto it = containers.constBegin(); it != containers.constEnd(); ++it)
        n.containers.insert(it.key(),
                            it.value().toObject().value(QLatin1String("Name")).toString());
    return n;
}

} // namespace

std::optional<QList<VolumeInfo>> parseVolumeList(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    QList<VolumeInfo> out;
    for (const QJsonValue &v : doc->object().value(QLatin1String("Volumes")).toArray())
        out.append(volumeFrom(v.toObject()));
    return out;
}

std::optional<VolumeInfo> parseVolume(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject() || !doc->object().contains(QLatin1String("Name")))
        return std::nullopt;
    VolumeInfo v = volumeFrom(doc->object());
    v.rawJson = json;
    return v;
}

QByteArray volumeCreateBody(const VolumeSpec &spec)
{
    QJsonObject o;
    if (!spec.name.isEmpty())
        o.insert(QLatin1String("Name"), spec.name);
    if (!spec.driver.isEmpty())
        o.insert(QLatin1String("Driver"), spec.driver);
    if (!spec.driverOptions.isEmpty())
        o.insert(QLatin1String("DriverOpts"), JsonRead::fromMap(spec.driverOptions));
    if (!spec.labels.isEmpty())
        o.insert(QLatin1String("Labels"), JsonRead::fromMap(spec.labels));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<QList<NetworkInfo>> parseNetworkList(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QList<NetworkInfo> out;
    for (const QJsonValue &v : doc->array())
        out.append(networkFrom(v.toObject()));
    return out;
}

std::optional<NetworkInfo> parseNetwork(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject() || !doc->object().contains(QLatin1String("Name")))
        return std::nullopt;
    NetworkInfo n = networkFrom(doc->object());
    n.rawJson = json;
    return n;
}

QByteArray networkCreateBody(const NetworkSpec &spec)
{
    QJsonObject o;
    o.insert(QLatin1String("Name"), spec.name);
    o.insert(QLatin1String("CheckDuplicate"), true);
    if (!spec.driver.isEmpty())
        o.insert(QLatin1String("Driver"), spec.driver);
    o.insert(QLatin1String("Internal"), spec.internal);
    o.insert(QLatin1String("Attachable"), spec.attachable);
    o.insert(QLatin1String("EnableIPv6"), spec.ipv6);
    if (!spec.subnets.isEmpty()) {
        QJsonArray config;
        for (const NetworkSubnet &s : spec.subnets) {
            QJsonObject c{{QLatin1String("Subnet"), s.subnet}};
            if (!s.gateway.isEmpty())
                c.insert(QLatin1String("Gateway"), s.gateway);
            if (!s.ipRange.isEmpty())
                c.insert(QLatin1String("IPRange"), s.ipRange);
            config.append(c);
        }
        o.insert(QLatin1String("IPAM"), QJsonObject{{QLatin1String("Config"), config}});
    }
    if (!spec.labels.isEmpty())
        o.insert(QLatin1String("Labels"), JsonRead::fromMap(spec.labels));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace DockerResourceJson
