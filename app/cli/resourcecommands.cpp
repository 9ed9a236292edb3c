#include "app/cli/resourcecommands.h"

#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourceCommands)
};

} // namespace

VolumesCommand::VolumesCommand(const QString &name)
    : Command(name, Tr::tr("List volumes"))
{}

void VolumesCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(session.engine().listVolumes(
            &session, [&session](const EngineResult<QList<VolumeInfo>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (session.json()) {
                    QJsonArray array;
                    for (const VolumeInfo &v : r.value)
                        array.append(QJsonObject{
                            {QStringLiteral("name"), v.name},
                            {QStringLiteral("driver"), v.driver},
                            {QStringLiteral("mountpoint"), v.mountpoint},
                            {QStringLiteral("created"), v.created.toString(Qt::ISODate)},
                            {QStringLiteral("scope"), v.scope},
                            {QStringLiteral("labels"), CliPrinter::map(v.labels)},
                            {QStringLiteral("options"), CliPrinter::map(v.options)}});
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const VolumeInfo &v : r.value)
                    rows.append({v.driver, v.name, v.mountpoint});
                CliPrinter::table({Tr::tr("DRIVER"), Tr::tr("VOLUME NAME"), Tr::tr("MOUNT POINT")},
                                  rows);
                session.finish(0);
            }));
    });
}

NetworksCommand::NetworksCommand(const QString &name)
    : Command(name, Tr::tr("List networks"))
{}

void NetworksCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(session.engine().listNetworks(
            &session, [&session](const EngineResult<QList<NetworkInfo>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (session.json()) {
                    QJsonArray array;
                    for (const NetworkInfo &n : r.value) {
                        QJsonArray subnets;
                        QJsonArray gateways;
                        for (const NetworkSubnet &s : n.subnets) {
                            subnets.append(s.subnet);
                            gateways.append(s.gateway);
                        }
                        array.append(QJsonObject{
                            {QStringLiteral("id"), n.id},
                            {QStringLiteral("name"), n.name},
                            {QStringLiteral("driver"), n.driver},
                            {QStringLiteral("scope"), n.scope},
                            {QStringLiteral("created"), n.created.toString(Qt::ISODate)},
                            {QStringLiteral("internal"), n.internal},
                            {QStringLiteral("attachable"), n.attachable},
                            {QStringLiteral("ipv6"), n.ipv6},
                            {QStringLiteral("subnets"), subnets},
                            {QStringLiteral("gateways"), gateways},
                            {QStringLiteral("labels"), CliPrinter::map(n.labels)}});
                    }
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const NetworkInfo &n : r.value) {
                    QStringList subnets;
                    for (const NetworkSubnet &s : n.subnets)
                        subnets << s.subnet;
                    rows.append({n.id.left(12), n.name, n.driver, n.scope, subnets.join(u',')});
                }
                CliPrinter::table({Tr::tr("NETWORK ID"), Tr::tr("NAME"), Tr::tr("DRIVER"),
                                   Tr::tr("SCOPE"), Tr::tr("SUBNETS")},
                                  rows);
                session.finish(0);
            }));
    });
}

PodsCommand::PodsCommand(const QString &name)
    : Command(name, Tr::tr("List pods (Podman)"))
{}

void PodsCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(
            session.engine().listPods(&session, [&session](const EngineResult<QList<PodInfo>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (session.json()) {
                    QJsonArray array;
                    for (const PodInfo &p : r.value) {
                        QJsonArray containers;
                        for (const PodContainer &c : p.containers)
                            containers.append(QJsonObject{{QStringLiteral("id"), c.id},
                                                          {QStringLiteral("name"), c.name},
                                                          {QStringLiteral("state"), c.state}});
                        array.append(QJsonObject{
                            {QStringLiteral("id"), p.id},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("status"), p.status},
                            {QStringLiteral("created"), p.created.toString(Qt::ISODate)},
                            {QStringLiteral("infraId"), p.infraId},
                            {QStringLiteral("labels"), CliPrinter::map(p.labels)},
                            {QStringLiteral("containers"), containers}});
                    }
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const PodInfo &p : r.value)
                    rows.append({p.id.left(12), p.name, p.status,
                                 p.created.toLocalTime().toString(Qt::ISODate), p.infraId.left(12),
                                 QString::number(p.containers.size())});
                CliPrinter::table({Tr::tr("POD ID"), Tr::tr("NAME"), Tr::tr("STATUS"),
                                   Tr::tr("CREATED"), Tr::tr("INFRA ID"), Tr::tr("CONTAINERS")},
                                  rows);
                session.finish(0);
            }));
    });
}
