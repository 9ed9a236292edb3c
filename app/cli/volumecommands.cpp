#include "app/cli/volumecommands.h"

#include "app/cli/clichecks.h"
#include "app/cli/cliinspect.h"
#include "app/cli/cliprinter.h"
#include "app/cli/cliprune.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VolumeCommands)
};

} // namespace

// ---- create ---------------------------------------------------------------------------------

VolumeCreateCommand::VolumeCreateCommand()
    : Command(QStringLiteral("create"), Tr::tr("Create a volume"), QStringLiteral("[NAME]"))
{}

void VolumeCreateCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("d"), QStringLiteral("driver")},
                 Tr::tr("The volume driver (default: local)."),
                 Tr::tr("DRIVER")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("opt")},
                 Tr::tr("Set a driver option (repeat for more)."),
                 Tr::tr("KEY=VALUE")});
    p.addOption({{QStringLiteral("l"), QStringLiteral("label")},
                 Tr::tr("Set a label (repeat for more)."),
                 Tr::tr("KEY=VALUE")});
}

void VolumeCreateCommand::run(CliSession &session) const
{
    const QCommandLineParser &p = session.options();
    if (session.args().size() > 1) {
        session.usageError(Tr::tr("Use: gontainer-cli volume create [NAME] [--driver DRIVER] "
                                  "[--opt KEY=VALUE] [--label KEY=VALUE]"));
        return;
    }
    VolumeSpec spec;
    spec.name = session.args().value(0);
    spec.driver = p.value(QStringLiteral("driver"));
    QString why;
    if ((!spec.name.isEmpty() && !CliChecks::name(spec.name, CliChecks::Kind::Volume, &why)) ||
        !CliChecks::keyValues(p.values(QStringLiteral("opt")), QStringLiteral("opt"), false,
                              &spec.driverOptions, &why) ||
        !CliChecks::keyValues(p.values(QStringLiteral("label")), QStringLiteral("label"), true,
                              &spec.labels, &why)) {
        session.usageError(why);
        return;
    }
    session.connectThen([&session, spec] {
        session.setCall(session.engine().createVolume(
            spec, &session, [&session](const EngineResult<VolumeInfo> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (session.json())
                    CliPrinter::json(
                        QJsonObject{{QStringLiteral("name"), r.value.name},
                                    {QStringLiteral("driver"), r.value.driver},
                                    {QStringLiteral("mountpoint"), r.value.mountpoint},
                                    {QStringLiteral("scope"), r.value.scope},
                                    {QStringLiteral("labels"), CliPrinter::map(r.value.labels)},
                                    {QStringLiteral("options"), CliPrinter::map(r.value.options)}});
                else
                    out(r.value.name);
                session.finish(0);
            }));
    });
}

// ---- inspect --------------------------------------------------------------------------------

VolumeInspectCommand::VolumeInspectCommand()
    : Command(QStringLiteral("inspect"), Tr::tr("Show volumes' full details as JSON"),
              QStringLiteral("VOLUME..."))
{}

void VolumeInspectCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        inspectEachArgument<VolumeInfo>(session, [&session](const QString &name, auto done) {
            return session.engine().inspectVolume(name, &session, done);
        });
    });
}

// ---- rm -------------------------------------------------------------------------------------

VolumeRmCommand::VolumeRmCommand()
    : Command(QStringLiteral("rm"), Tr::tr("Remove volumes"), QStringLiteral("VOLUME..."))
{}

void VolumeRmCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Remove even if the engine would keep it (where the engine allows).")});
}

void VolumeRmCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const bool force = session.options().isSet(QStringLiteral("force"));
    session.connectThen([&session, force] {
        session.eachArgument([&session, force](const QString &name, std::function<void()> next) {
            session.setCall(session.engine().removeVolume(
                name, force, &session, [&session, name, next](const EngineError &e) {
                    if (!e.isError()) {
                        out(name);
                        next();
                        return;
                    }
                    err(e.userText());
                    session.countFailure();
                    if (e.kind != EngineError::Kind::InUse) {
                        next();
                        return;
                    }
                    // The engine names its users by id at most: name them.
                    session.setCall(session.engine().listContainersWhere(
                        QStringLiteral("volume"), name, &session,
                        [name, next](const EngineResult<QList<ContainerSummary>> &r) {
                            if (r.ok() && !r.value.isEmpty()) {
                                QStringList users;
                                for (const ContainerSummary &c : r.value)
                                    users << c.name;
                                users.sort();
                                err(Tr::tr("Containers using %1: %2.")
                                        .arg(name, users.join(QStringLiteral(", "))));
                            }
                            next();
                        }));
                }));
        });
    });
}

// ---- prune ----------------------------------------------------------------------------------

VolumePruneCommand::VolumePruneCommand()
    : Command(QStringLiteral("prune"), Tr::tr("Remove the volumes no container uses"))
{}

void VolumePruneCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    CliPrune::addForce(p);
    CliPrune::addLabelFilter(p);
}

void VolumePruneCommand::run(CliSession &session) const
{
    QStringList labels;
    if (!CliPrune::labelFilters(session, &labels))
        return;
    CliPrune::confirmThen(
        session,
        Tr::tr("This removes every volume no container uses on %1, with its data.")
                .arg(session.endpoint().toUrl()) +
            CliPrune::onlyLabelled(labels),
        [&session, labels] {
            session.connectThen([&session, labels] {
                session.setCall(session.engine().pruneVolumes(
                    labels, &session, [&session](const EngineResult<PruneReport> &r) {
                        if (!r.ok()) {
                            session.failWith(r.error);
                            return;
                        }
                        if (session.json()) {
                            CliPrinter::json(CliPrune::json(r.value));
                        } else {
                            CliPrune::printDeleted(Tr::tr("Deleted volumes:"), r.value);
                            CliPrune::printTotal(r.value.spaceReclaimed);
                        }
                        session.finish(0);
                    }));
            });
        });
}
