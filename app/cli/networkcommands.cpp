#include "app/cli/networkcommands.h"

#include "app/cli/clichecks.h"
#include "app/cli/cliinspect.h"
#include "app/cli/cliprinter.h"
#include "app/cli/cliprune.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/services/networkvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCommands)
};

// The subnets with the gateways and ranges given beside them, each matched to the subnet that
// holds it (as docker matches them); false with the problem.
bool subnetsFromOptions(const QCommandLineParser &p, QList<NetworkSubnet> *subnets,
                        QString *problem)
{
    const QStringList cidrs = p.values(QStringLiteral("subnet"));
    for (const QString &cidr : cidrs) {
        if (const QString why = NetworkValidation::subnetProblem(cidr); !why.isEmpty()) {
            *problem = QStringLiteral("%1: %2").arg(cidr, why);
            return false;
        }
        NetworkSubnet s;
        s.subnet = cidr;
        subnets->append(s);
    }
    const QStringList gateways = p.values(QStringLiteral("gateway"));
    const QStringList ranges = p.values(QStringLiteral("ip-range"));
    if (cidrs.isEmpty() && (!gateways.isEmpty() || !ranges.isEmpty())) {
        *problem = Tr::tr("--gateway and --ip-range need the --subnet they belong to.");
        return false;
    }
    // Each address to the one subnet it fits; with one subnet, that subnet's own complaint.
    auto place = [&](const QString &text, auto problemIn, QString NetworkSubnet::*field,
                     const QString &option) {
        for (NetworkSubnet &s : *subnets) {
            if (!problemIn(text, s.subnet).isEmpty())
                continue;
            if (!(s.*field).isEmpty()) {
                *problem = Tr::tr("The subnet %1 has two values of %2: %3 and %4.")
                               .arg(s.subnet, option, s.*field, text);
                return false;
            }
            s.*field = text;
            return true;
        }
        *problem = subnets->size() == 1 ? problemIn(text, subnets->first().subnet)
                                        : Tr::tr("%1 %2 is in none of the subnets %3.")
                                              .arg(option, text, cidrs.join(QStringLiteral(", ")));
        return false;
    };
    for (const QString &g : gateways)
        if (!place(g, &NetworkValidation::gatewayProblem, &NetworkSubnet::gateway,
                   QStringLiteral("--gateway")))
            return false;
    for (const QString &r : ranges)
        if (!place(r, &NetworkValidation::ipRangeProblem, &NetworkSubnet::ipRange,
                   QStringLiteral("--ip-range")))
            return false;
    return true;
}

} // namespace

// ---- create ---------------------------------------------------------------------------------

NetworkCreateCommand::NetworkCreateCommand()
    : Command(QStringLiteral("create"), Tr::tr("Create a network"), QStringLiteral("NAME"))
{}

void NetworkCreateCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("d"), QStringLiteral("driver")},
                 Tr::tr("The network driver (default: bridge)."),
                 Tr::tr("DRIVER")});
    p.addOption({QStringLiteral("subnet"),
                 Tr::tr("A subnet in CIDR form, such as 10.1.0.0/24 (repeat for more)."),
                 Tr::tr("CIDR")});
    p.addOption({QStringLiteral("gateway"),
                 Tr::tr("The gateway of a subnet: an address inside it (repeat for more)."),
                 Tr::tr("ADDRESS")});
    p.addOption({QStringLiteral("ip-range"),
                 Tr::tr("Give containers addresses from this part of a subnet, in CIDR form "
                        "(repeat for more)."),
                 Tr::tr("CIDR")});
    p.addOption({QStringLiteral("internal"), Tr::tr("No way out of the network.")});
    p.addOption({QStringLiteral("ipv6"), Tr::tr("Give containers IPv6 addresses too.")});
    p.addOption({QStringLiteral("attachable"),
                 Tr::tr("Let standalone containers join (swarm overlay networks).")});
    p.addOption({{QStringLiteral("l"), QStringLiteral("label")},
                 Tr::tr("Set a label (repeat for more)."),
                 Tr::tr("KEY=VALUE")});
}

void NetworkCreateCommand::run(CliSession &session) const
{
    const QCommandLineParser &p = session.options();
    if (session.args().size() != 1) {
        session.usageError(Tr::tr("Use: gontainer-cli network create NAME [--driver DRIVER] "
                                  "[--subnet CIDR [--gateway ADDRESS] [--ip-range CIDR]] "
                                  "[--internal] [--ipv6] "
                                  "[--label KEY=VALUE]"));
        return;
    }
    NetworkSpec spec;
    spec.name = session.args().at(0);
    spec.driver = p.value(QStringLiteral("driver"));
    spec.internal = p.isSet(QStringLiteral("internal"));
    spec.ipv6 = p.isSet(QStringLiteral("ipv6"));
    spec.attachable = p.isSet(QStringLiteral("attachable"));
    QString why;
    if (!CliChecks::name(spec.name, CliChecks::Kind::Network, &why) ||
        !subnetsFromOptions(p, &spec.subnets, &why) ||
        !CliChecks::keyValues(p.values(QStringLiteral("label")), QStringLiteral("label"), true,
                              &spec.labels, &why)) {
        session.usageError(why);
        return;
    }
    if (const QString problem = NetworkValidation::specProblem(spec, {}); !problem.isEmpty()) {
        session.usageError(problem);
        return;
    }
    session.connectThen([&session, spec] {
        auto create = [&session, spec] {
            session.setCall(session.engine().createNetwork(
                spec, &session, [&session](const EngineResult<CreatedObject> &r) {
                    if (!r.ok()) {
                        session.failWith(r.error);
                        return;
                    }
                    CliPrinter::created(r.value, session.json());
                    session.finish(0);
                }));
        };
        // A name or a subnet another network of the node has would clash: say which, send
        // nothing.
        session.setCall(session.engine().listNetworks(
            &session, [&session, spec, create](const EngineResult<QList<NetworkInfo>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (const QString problem = NetworkValidation::specProblem(spec, r.value);
                    !problem.isEmpty()) {
                    session.usageError(problem);
                    return;
                }
                create();
            }));
    });
}

// ---- inspect --------------------------------------------------------------------------------

NetworkInspectCommand::NetworkInspectCommand()
    : Command(QStringLiteral("inspect"), Tr::tr("Show networks' full details as JSON"),
              QStringLiteral("NETWORK..."))
{}

void NetworkInspectCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        inspectEachArgument<NetworkInfo>(session, [&session](const QString &name, auto done) {
            return session.engine().inspectNetwork(name, &session, done);
        });
    });
}

// ---- rm -------------------------------------------------------------------------------------

NetworkRmCommand::NetworkRmCommand()
    : Command(QStringLiteral("rm"), Tr::tr("Remove networks"), QStringLiteral("NETWORK..."))
{}

void NetworkRmCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        session.eachArgument([&session](const QString &name, std::function<void()> next) {
            session.setCall(session.engine().removeNetwork(
                name, &session, [&session, name, next](const EngineError &e) {
                    if (!e.isError()) {
                        out(name);
                        next();
                        return;
                    }
                    err(e.userText());
                    session.countFailure();
                    // The engine may not say who holds the network: name them.
                    session.setCall(session.engine().inspectNetwork(
                        name, &session, [name, next](const EngineResult<NetworkInfo> &r) {
                            if (r.ok() && !r.value.containers.isEmpty()) {
                                QStringList names = r.value.containers.values();
                                names.sort();
                                err(Tr::tr("Containers attached to %1: %2. Disconnect them "
                                           "(gontainer-cli network disconnect %1 CONTAINER) or "
                                           "remove them first.")
                                        .arg(name, names.join(QStringLiteral(", "))));
                            }
                            next();
                        }));
                }));
        });
    });
}

// ---- prune ----------------------------------------------------------------------------------

NetworkPruneCommand::NetworkPruneCommand()
    : Command(QStringLiteral("prune"), Tr::tr("Remove the networks no container uses"))
{}

void NetworkPruneCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    CliPrune::addForce(p);
    CliPrune::addLabelFilter(p);
}

void NetworkPruneCommand::run(CliSession &session) const
{
    QStringList labels;
    if (!CliPrune::labelFilters(session, &labels))
        return;
    const QString what = Tr::tr("This removes every network no container uses on %1.")
                             .arg(session.endpoint().toUrl()) +
                         CliPrune::onlyLabelled(labels);
    CliPrune::confirmThen(session, what, [&session, labels] {
        session.connectThen([&session, labels] {
            session.setCall(session.engine().pruneNetworks(
                labels, &session, [&session](const EngineResult<PruneReport> &r) {
                    if (!r.ok()) {
                        session.failWith(r.error);
                        return;
                    }
                    if (session.json())
                        CliPrinter::json(CliPrune::json(r.value));
                    else
                        CliPrune::printDeleted(Tr::tr("Deleted networks:"), r.value);
                    session.finish(0);
                }));
        });
    });
}

// ---- connect, disconnect --------------------------------------------------------------------

NetworkConnectCommand::NetworkConnectCommand()
    : Command(QStringLiteral("connect"), Tr::tr("Connect a container to a network"),
              QStringLiteral("NETWORK CONTAINER"))
{}

void NetworkConnectCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("alias"),
                 Tr::tr("Another name of the container on this network (repeat for more)."),
                 Tr::tr("NAME")});
}

void NetworkConnectCommand::run(CliSession &session) const
{
    if (session.args().size() != 2) {
        session.usageError(
            Tr::tr("Use: gontainer-cli network connect NETWORK CONTAINER [--alias NAME]"));
        return;
    }
    const QStringList aliases = session.options().values(QStringLiteral("alias"));
    for (const QString &alias : aliases) {
        QString why;
        if (!CliChecks::name(alias, CliChecks::Kind::Network, &why)) {
            session.usageError(
                Tr::tr("\"%1\" cannot be an alias: it begins with a letter or digit and holds "
                       "only letters, digits and _ . -")
                    .arg(alias));
            return;
        }
    }
    session.connectThen([&session, aliases] {
        session.setCall(session.engine().connectNetwork(session.args().at(0), session.args().at(1),
                                                        aliases, &session,
                                                        [&session](const EngineError &e) {
                                                            if (e.isError())
                                                                session.failWith(e);
                                                            else
                                                                session.finish(0);
                                                        }));
    });
}

NetworkDisconnectCommand::NetworkDisconnectCommand()
    : Command(QStringLiteral("disconnect"), Tr::tr("Disconnect a container from a network"),
              QStringLiteral("NETWORK CONTAINER"))
{}

void NetworkDisconnectCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Disconnect even if the container is not running as expected.")});
}

void NetworkDisconnectCommand::run(CliSession &session) const
{
    if (session.args().size() != 2) {
        session.usageError(
            Tr::tr("Use: gontainer-cli network disconnect NETWORK CONTAINER [--force]"));
        return;
    }
    const bool force = session.options().isSet(QStringLiteral("force"));
    session.connectThen([&session, force] {
        session.setCall(session.engine().disconnectNetwork(session.args().at(0),
                                                           session.args().at(1), force, &session,
                                                           [&session](const EngineError &e) {
                                                               if (e.isError())
                                                                   session.failWith(e);
                                                               else
                                                                   session.finish(0);
                                                           }));
    });
}
