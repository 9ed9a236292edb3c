#include "app/cli/containercommands.h"

#include "app/cli/clinodes.h"
#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/engine/containerdetails.h"
#include "core/engine/spectext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContainerCommands)
};

// The same call on each named container in turn; prints each name that succeeded.
using PerContainer = std::function<CallHandle(const QString &id, Engine::DoneCallback done)>;

void forEachContainer(CliSession &session, PerContainer call)
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session, call = std::move(call)] {
        session.eachArgument([&session, call](const QString &id, std::function<void()> next) {
            session.setCall(call(id, [&session, id, next](const EngineError &e) {
                if (e.isError()) {
                    err(e.userText());
                    session.countFailure();
                } else {
                    out(id);
                }
                next();
            }));
        });
    });
}

void addStopTime(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("t"), QStringLiteral("time")},
                 Tr::tr("Seconds to wait before killing (default: the container's own)."),
                 Tr::tr("SECONDS")});
}

int stopTime(const CliSession &session)
{
    return session.options().isSet(QStringLiteral("time"))
               ? session.options().value(QStringLiteral("time")).toInt()
               : -1;
}

void printOutput(const QList<LogChunk> &chunks)
{
    for (const LogChunk &c : chunks)
        CliPrinter::raw(c.source == LogChunk::Source::Stderr ? stderr : stdout, c.data);
}

// Our standard input to the session, its end as the session's end of input.
void pipeInput(ExecSession *session)
{
    auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, session);
    QObject::connect(input, &QSocketNotifier::activated, session, [session, input] {
        char buffer[16384];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            session->write(QByteArray(buffer, qsizetype(n)));
            return;
        }
        // End of our input: the command's too.
        input->setEnabled(false);
        if (!session->closeInput())
            err(Tr::tr("This connection cannot pass on the end of input (TLS); end the command "
                       "another way, for example with a terminal and Ctrl+D."));
    });
}

bool specFromOptions(CliSession &session, ContainerSpec *spec)
{
    const QCommandLineParser &p = session.options();
    QString why;
    auto bad = [&](const QString &message) {
        session.usageError(message);
        return false;
    };
    spec->image = session.args().value(0);
    spec->command = session.args().mid(1);
    spec->name = p.value(QStringLiteral("name"));
    for (const QString &e : p.values(QStringLiteral("env"))) {
        const auto v = SpecText::parseEnv(e, &why);
        if (!v)
            return bad(why);
        spec->env << *v;
    }
    for (const QString &l : p.values(QStringLiteral("label"))) {
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        spec->labels.insert(eq < 0 ? l : l.left(eq), eq < 0 ? QString() : l.mid(eq + 1));
    }
    for (const QString &text : p.values(QStringLiteral("publish"))) {
        const auto port = SpecText::parsePort(text, &why);
        if (!port)
            return bad(why);
        spec->ports << *port;
    }
    for (const QString &text : p.values(QStringLiteral("volume"))) {
        const auto mount = SpecText::parseVolume(text, &why);
        if (!mount)
            return bad(why);
        spec->mounts << *mount;
    }
    for (const QString &path : p.values(QStringLiteral("tmpfs"))) {
        if (!path.startsWith(QLatin1Char('/')))
            return bad(Tr::tr("\"%1\": the path in the container must be absolute (start with /).")
                           .arg(path));
        spec->mounts << MountSpec{MountSpec::Type::Tmpfs, {}, path, false};
    }
    if (p.isSet(QStringLiteral("restart"))) {
        const auto restart = SpecText::parseRestart(p.value(QStringLiteral("restart")), &why);
        if (!restart)
            return bad(why);
        spec->restart = *restart;
    }
    if (p.isSet(QStringLiteral("cpus"))) {
        const auto cpus = SpecText::parseCpus(p.value(QStringLiteral("cpus")), &why);
        if (!cpus)
            return bad(why);
        spec->nanoCpus = *cpus;
    }
    if (p.isSet(QStringLiteral("memory"))) {
        const auto memory = SpecText::parseMemory(p.value(QStringLiteral("memory")), &why);
        if (!memory)
            return bad(why);
        spec->memoryBytes = *memory;
    }
    if (p.isSet(QStringLiteral("health-cmd")))
        spec->healthcheck.test = {QStringLiteral("CMD-SHELL"),
                                  p.value(QStringLiteral("health-cmd"))};
    spec->healthcheck.disabled = p.isSet(QStringLiteral("no-healthcheck"));
    const std::pair<const char *, qint64 *> durations[] = {
        {"health-interval", &spec->healthcheck.intervalMs},
        {"health-timeout", &spec->healthcheck.timeoutMs},
        {"health-start-period", &spec->healthcheck.startPeriodMs}};
    for (const auto &[name, field] : durations) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const auto ms = SpecText::parseDuration(p.value(option), &why);
        if (!ms)
            return bad(why);
        *field = *ms;
    }
    if (p.isSet(QStringLiteral("health-retries"))) {
        bool ok = false;
        spec->healthcheck.retries = p.value(QStringLiteral("health-retries")).toInt(&ok);
        if (!ok || spec->healthcheck.retries < 0)
            return bad(Tr::tr("--health-retries takes a whole number."));
    }
    spec->user = p.value(QStringLiteral("user"));
    spec->workingDir = p.value(QStringLiteral("workdir"));
    if (p.isSet(QStringLiteral("entrypoint")))
        spec->entrypoint = {p.value(QStringLiteral("entrypoint"))};
    spec->init = p.isSet(QStringLiteral("init"));
    spec->privileged = p.isSet(QStringLiteral("privileged"));
    spec->capAdd = p.values(QStringLiteral("cap-add"));
    spec->capDrop = p.values(QStringLiteral("cap-drop"));
    spec->readOnlyRootfs = p.isSet(QStringLiteral("read-only"));
    spec->autoRemove = p.isSet(QStringLiteral("rm"));
    spec->tty = p.isSet(QStringLiteral("tty"));
    spec->openStdin = p.isSet(QStringLiteral("interactive"));
    spec->stopSignal = p.value(QStringLiteral("stop-signal"));
    if (p.isSet(QStringLiteral("stop-timeout"))) {
        bool ok = false;
        spec->stopTimeoutSecs = p.value(QStringLiteral("stop-timeout")).toInt(&ok);
        if (!ok || spec->stopTimeoutSecs < 0)
            return bad(Tr::tr("--stop-timeout takes a whole number of seconds."));
    }
    spec->network = p.value(QStringLiteral("network"));
    spec->pod = p.value(QStringLiteral("pod"));
    if (p.isSet(QStringLiteral("timeout"))) {
        const auto ms = SpecText::parseDuration(p.value(QStringLiteral("timeout")), &why);
        if (!ms)
            return bad(why);
        spec->runTimeoutSecs = int((*ms + 999) / 1000);
    }
    return true;
}

void createThen(CliSession &session, const ContainerSpec &spec,
                std::function<void(const QString &id)> next)
{
    session.connectThen([&session, spec, next = std::move(next)] {
        session.setCall(session.engine().createContainer(
            spec, &session, [&session, next](const EngineResult<CreatedObject> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                for (const QString &w : r.value.warnings)
                    err(Tr::tr("Warning: %1").arg(w));
                next(r.value.id);
            }));
    });
}

} // namespace

// ---- ps -------------------------------------------------------------------------------------

PsCommand::PsCommand()
    : Command(QStringLiteral("ps"), Tr::tr("List containers"))
{}

void PsCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("a"), QStringLiteral("all")},
                 Tr::tr("Show all containers, not only running ones.")});
    p.addOption({QStringLiteral("all-nodes"),
                 Tr::tr("Every node the app shows, with a node column, instead of one.")});
}

void PsCommand::run(CliSession &session) const
{
    const bool all = session.options().isSet(QStringLiteral("all"));
    if (session.options().isSet(QStringLiteral("all-nodes"))) {
        session.makeNodes()->ps(all, [&session](int code) { session.finish(code); });
        return;
    }
    session.connectThen([&session, all] {
        session.setCall(session.engine().listContainers(
            {}, &session, [&session, all](const EngineResult<QList<ContainerSummary>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QList<CliPrinter::NodeContainer> list;
                for (const ContainerSummary &c : r.value)
                    if (all || c.state == ContainerSummary::State::Running)
                        list.append({QString(), c});
                CliPrinter::containers(list, false, session.json());
                session.finish(0);
            }));
    });
}

// ---- inspect --------------------------------------------------------------------------------

InspectCommand::InspectCommand()
    : Command(QStringLiteral("inspect"), Tr::tr("Show containers' full details as JSON"),
              QStringLiteral("CONTAINER..."))
{}

void InspectCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        auto results = std::make_shared<QJsonArray>();
        session.eachArgument(
            [&session, results](const QString &id, std::function<void()> next) {
                session.setCall(session.engine().inspectContainer(
                    id, &session,
                    [&session, results, next](const EngineResult<ContainerDetails> &r) {
                        if (r.ok()) {
                            results->append(QJsonDocument::fromJson(r.value.rawJson).object());
                        } else {
                            err(r.error.userText());
                            session.countFailure();
                        }
                        next();
                    }));
            },
            [results] {
                if (!results->isEmpty())
                    CliPrinter::json(*results);
            });
    });
}

// ---- create, run ----------------------------------------------------------------------------

CreateCommand::CreateCommand()
    : Command(QStringLiteral("create"), Tr::tr("Create a container"),
              QStringLiteral("IMAGE [COMMAND...]"))
{}

void CreateCommand::configure(QCommandLineParser &p) const
{
    auto add = [&p](const QStringList &names, const QString &help, const QString &value = {}) {
        p.addOption(QCommandLineOption(names, help, value));
    };
    const QString value = Tr::tr("VALUE");
    add({QStringLiteral("name")}, Tr::tr("Name the container."), Tr::tr("NAME"));
    add({QStringLiteral("e"), QStringLiteral("env")}, Tr::tr("Set an environment variable."),
        Tr::tr("NAME=VALUE"));
    add({QStringLiteral("l"), QStringLiteral("label")}, Tr::tr("Set a label."),
        Tr::tr("KEY=VALUE"));
    add({QStringLiteral("p"), QStringLiteral("publish")}, Tr::tr("Publish a port."),
        Tr::tr("[IP:][HOST:]CONTAINER[/PROTO]"));
    add({QStringLiteral("v"), QStringLiteral("volume")},
        Tr::tr("Mount a host path or a named volume."), Tr::tr("SOURCE:TARGET[:ro]"));
    add({QStringLiteral("tmpfs")}, Tr::tr("Mount a tmpfs."), Tr::tr("PATH"));
    add({QStringLiteral("restart")}, Tr::tr("Restart policy."), Tr::tr("POLICY"));
    add({QStringLiteral("cpus")}, Tr::tr("Number of CPUs."), value);
    add({QStringLiteral("m"), QStringLiteral("memory")}, Tr::tr("Memory limit (e.g. 512m)."),
        value);
    add({QStringLiteral("health-cmd")}, Tr::tr("Command that checks health (run by a shell)."),
        Tr::tr("COMMAND"));
    add({QStringLiteral("health-interval")}, Tr::tr("Time between health checks."), value);
    add({QStringLiteral("health-timeout")}, Tr::tr("Time a health check may take."), value);
    add({QStringLiteral("health-retries")}, Tr::tr("Failures before unhealthy."), value);
    add({QStringLiteral("health-start-period")}, Tr::tr("Grace period after start."), value);
    add({QStringLiteral("no-healthcheck")}, Tr::tr("Turn off the image's health check."));
    add({QStringLiteral("u"), QStringLiteral("user")}, Tr::tr("User to run as."), Tr::tr("USER"));
    add({QStringLiteral("w"), QStringLiteral("workdir")}, Tr::tr("Working directory."),
        Tr::tr("PATH"));
    add({QStringLiteral("entrypoint")}, Tr::tr("Replace the image's entrypoint."),
        Tr::tr("COMMAND"));
    add({QStringLiteral("init")}, Tr::tr("Run an init process that reaps zombies."));
    add({QStringLiteral("privileged")}, Tr::tr("Give the container full privileges."));
    add({QStringLiteral("cap-add")}, Tr::tr("Add a Linux capability."), Tr::tr("CAP"));
    add({QStringLiteral("cap-drop")}, Tr::tr("Drop a Linux capability."), Tr::tr("CAP"));
    add({QStringLiteral("read-only")}, Tr::tr("Mount the root filesystem read-only."));
    add({QStringLiteral("rm")}, Tr::tr("Remove the container when it exits."));
    add({QStringLiteral("t"), QStringLiteral("tty")}, Tr::tr("Give the container a terminal."));
    add({QStringLiteral("i"), QStringLiteral("interactive")}, Tr::tr("Keep standard input open."));
    add({QStringLiteral("stop-signal")}, Tr::tr("Signal that stops the container."),
        Tr::tr("SIGNAL"));
    add({QStringLiteral("stop-timeout")}, Tr::tr("Seconds to wait before killing on stop."),
        Tr::tr("SECONDS"));
    add({QStringLiteral("network")}, Tr::tr("Network mode or name."), Tr::tr("NETWORK"));
    add({QStringLiteral("pod")}, Tr::tr("Podman: the pod to join."), Tr::tr("POD"));
    add({QStringLiteral("timeout")}, Tr::tr("Podman: stop the container after this long."), value);
}

void CreateCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    ContainerSpec spec;
    if (!specFromOptions(session, &spec))
        return;
    createThen(session, spec, [&session](const QString &id) {
        out(id);
        session.finish(0);
    });
}

RunCommand::RunCommand()
    : Command(QStringLiteral("run"), Tr::tr("Create and start a container"),
              QStringLiteral("IMAGE [COMMAND...]"))
{}

void RunCommand::configure(QCommandLineParser &p) const
{
    // create's options, and one of its own.
    CreateCommand().configure(p);
    p.addOption({{QStringLiteral("d"), QStringLiteral("detach")},
                 Tr::tr("Start it and print its id instead of following its output.")});
}

void RunCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    ContainerSpec spec;
    if (!specFromOptions(session, &spec))
        return;
    const bool detach = session.options().isSet(QStringLiteral("detach"));
    spec.stdinOnce = spec.openStdin && !detach;
    // In the foreground, --rm is done here once the exit code is known: Podman 4.3 cannot
    // report the code of a container that removes itself.
    const bool removeAfter = spec.autoRemove && !detach;
    if (removeAfter)
        spec.autoRemove = false;
    createThen(session, spec, [&session, spec, detach, removeAfter](const QString &id) {
        Engine &engine = session.engine();
        if (detach) {
            session.setCall(
                engine.startContainer(id, &session, [&session, id](const EngineError &e) {
                    if (e.isError()) {
                        session.failWith(e);
                        return;
                    }
                    out(id);
                    session.finish(0);
                }));
            return;
        }
        // In the foreground: attach first so that no output is missed, start, then wait for the
        // exit (answered at once if it already happened).
        struct Foreground
        {
            int exitCode = -1;
            bool exited = false;
            bool drained = false;
        };
        auto state = std::make_shared<Foreground>();
        auto done = [&session, state, id, removeAfter] {
            if (!state->exited || !state->drained)
                return;
            if (!removeAfter) {
                session.finish(state->exitCode);
                return;
            }
            session.setCall(session.engine().removeContainer(
                id, true, true, &session, [&session, state](const EngineError &e) {
                    if (e.isError())
                        err(e.userText());
                    session.finish(state->exitCode);
                }));
        };
        ExecSession *attached = engine.attach(id, spec.tty, spec.openStdin, &session);
        session.setStream(attached);
        QObject::connect(attached, &ExecSession::output, &session, &printOutput);
        QObject::connect(attached, &ExecSession::finished, &session,
                         [&session, attached, state, done](int, const EngineError &e) {
                             attached->deleteLater();
                             if (e.isError()) {
                                 session.failWith(e);
                                 return;
                             }
                             state->drained = true;
                             done();
                         });
        QObject::connect(
            attached, &ExecSession::started, &session, [&session, id, spec, attached, state, done] {
                session.setCall(session.engine().startContainer(
                    id, &session, [&session, id, state, done](const EngineError &e) {
                        if (e.isError()) {
                            session.failWith(e);
                            return;
                        }
                        session.engine().waitContainer(
                            id, &session, [&session, state, done](const EngineResult<int> &r) {
                                if (!r.ok()) {
                                    session.failWith(r.error);
                                    return;
                                }
                                state->exitCode = r.value;
                                state->exited = true;
                                done();
                            });
                    }));
                if (spec.openStdin)
                    pipeInput(attached);
            });
    });
}

// ---- the lifecycle, one container after another ---------------------------------------------

StartCommand::StartCommand()
    : Command(QStringLiteral("start"), Tr::tr("Start containers"), QStringLiteral("CONTAINER..."))
{}

void StartCommand::run(CliSession &session) const
{
    forEachContainer(session, [&session](const QString &id, Engine::DoneCallback done) {
        return session.engine().startContainer(id, &session, done);
    });
}

StopCommand::StopCommand()
    : Command(QStringLiteral("stop"), Tr::tr("Stop containers"), QStringLiteral("CONTAINER..."))
{}

void StopCommand::configure(QCommandLineParser &p) const
{
    addStopTime(p);
}

void StopCommand::run(CliSession &session) const
{
    const int secs = stopTime(session);
    forEachContainer(session, [&session, secs](const QString &id, Engine::DoneCallback done) {
        return session.engine().stopContainer(id, secs, &session, done);
    });
}

RestartCommand::RestartCommand()
    : Command(QStringLiteral("restart"), Tr::tr("Restart containers"),
              QStringLiteral("CONTAINER..."))
{}

void RestartCommand::configure(QCommandLineParser &p) const
{
    addStopTime(p);
}

void RestartCommand::run(CliSession &session) const
{
    const int secs = stopTime(session);
    forEachContainer(session, [&session, secs](const QString &id, Engine::DoneCallback done) {
        return session.engine().restartContainer(id, secs, &session, done);
    });
}

KillCommand::KillCommand()
    : Command(QStringLiteral("kill"), Tr::tr("Send a signal to containers"),
              QStringLiteral("CONTAINER..."))
{}

void KillCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("s"), QStringLiteral("signal")},
                 Tr::tr("The signal to send (default SIGKILL)."),
                 Tr::tr("SIGNAL")});
}

void KillCommand::run(CliSession &session) const
{
    const QString signal = session.options().value(QStringLiteral("signal"));
    forEachContainer(session, [&session, signal](const QString &id, Engine::DoneCallback done) {
        return session.engine().killContainer(id, signal, &session, done);
    });
}

PauseCommand::PauseCommand()
    : Command(QStringLiteral("pause"), Tr::tr("Pause containers"), QStringLiteral("CONTAINER..."))
{}

void PauseCommand::run(CliSession &session) const
{
    forEachContainer(session, [&session](const QString &id, Engine::DoneCallback done) {
        return session.engine().pauseContainer(id, &session, done);
    });
}

UnpauseCommand::UnpauseCommand()
    : Command(QStringLiteral("unpause"), Tr::tr("Unpause containers"),
              QStringLiteral("CONTAINER..."))
{}

void UnpauseCommand::run(CliSession &session) const
{
    forEachContainer(session, [&session](const QString &id, Engine::DoneCallback done) {
        return session.engine().unpauseContainer(id, &session, done);
    });
}

RmCommand::RmCommand()
    : Command(QStringLiteral("rm"), Tr::tr("Remove containers"), QStringLiteral("CONTAINER..."))
{}

void RmCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Remove running containers too (they are killed).")});
    p.addOption({{QStringLiteral("v"), QStringLiteral("volumes")},
                 Tr::tr("Remove the containers' anonymous volumes too.")});
}

void RmCommand::run(CliSession &session) const
{
    const bool force = session.options().isSet(QStringLiteral("force"));
    const bool volumes = session.options().isSet(QStringLiteral("volumes"));
    forEachContainer(
        session, [&session, force, volumes](const QString &id, Engine::DoneCallback done) {
            return session.engine().removeContainer(id, force, volumes, &session, done);
        });
}

// ---- one container --------------------------------------------------------------------------

RenameCommand::RenameCommand()
    : Command(QStringLiteral("rename"), Tr::tr("Rename a container"),
              QStringLiteral("CONTAINER NEW_NAME"))
{}

void RenameCommand::run(CliSession &session) const
{
    if (!session.needArgs(2))
        return;
    session.connectThen([&session] {
        session.setCall(session.engine().renameContainer(
            session.args().at(0), session.args().at(1), &session, [&session](const EngineError &e) {
                if (e.isError())
                    session.failWith(e);
                else
                    session.finish(0);
            }));
    });
}

WaitCommand::WaitCommand()
    : Command(QStringLiteral("wait"), Tr::tr("Wait until a container stops; print its exit code"),
              QStringLiteral("CONTAINER"))
{}

void WaitCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        session.setCall(session.engine().waitContainer(session.args().at(0), &session,
                                                       [&session](const EngineResult<int> &r) {
                                                           if (!r.ok()) {
                                                               session.failWith(r.error);
                                                               return;
                                                           }
                                                           out(QString::number(r.value));
                                                           session.finish(0);
                                                       }));
    });
}

TopCommand::TopCommand()
    : Command(QStringLiteral("top"), Tr::tr("Show a container's processes"),
              QStringLiteral("CONTAINER"))
{}

void TopCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        session.setCall(session.engine().topContainer(
            session.args().at(0), &session, [&session](const EngineResult<ProcessList> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                CliPrinter::table(r.value.titles, r.value.processes);
                session.finish(0);
            }));
    });
}

CommitCommand::CommitCommand()
    : Command(QStringLiteral("commit"), Tr::tr("Make an image from a container"),
              QStringLiteral("CONTAINER [REPOSITORY[:TAG]]"))
{}

void CommitCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("m"), QStringLiteral("message")},
                 Tr::tr("Commit message."),
                 Tr::tr("TEXT")});
    p.addOption(
        {{QStringLiteral("a"), QStringLiteral("author")}, Tr::tr("Author."), Tr::tr("NAME")});
    p.addOption(
        {QStringLiteral("no-pause"), Tr::tr("Do not pause the container while committing.")});
}

void CommitCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    CommitOptions options;
    const QString reference = session.args().value(1);
    // The tag follows the last colon that comes after the last slash (a registry may have a port).
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon > reference.lastIndexOf(QLatin1Char('/'))) {
        options.repository = reference.left(colon);
        options.tag = reference.mid(colon + 1);
    } else {
        options.repository = reference;
    }
    options.message = session.options().value(QStringLiteral("message"));
    options.author = session.options().value(QStringLiteral("author"));
    options.pause = !session.options().isSet(QStringLiteral("no-pause"));
    session.connectThen([&session, options] {
        session.setCall(
            session.engine().commitContainer(session.args().at(0), options, &session,
                                             [&session](const EngineResult<CreatedObject> &r) {
                                                 if (!r.ok()) {
                                                     session.failWith(r.error);
                                                     return;
                                                 }
                                                 out(r.value.id);
                                                 session.finish(0);
                                             }));
    });
}

// ---- prune ----------------------------------------------------------------------------------

PruneCommand::PruneCommand()
    : Command(QStringLiteral("prune"), Tr::tr("Remove all stopped containers"))
{}

void PruneCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Do it: without this, prune only says what it would do.")});
}

void PruneCommand::run(CliSession &session) const
{
    if (!session.options().isSet(QStringLiteral("force"))) {
        err(Tr::tr("This removes every stopped container on %1. Run again with --force to do it.")
                .arg(session.endpoint().toUrl()));
        session.finish(2);
        return;
    }
    session.connectThen([&session] {
        session.setCall(session.engine().pruneContainers(
            &session, [&session](const EngineResult<PruneReport> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (session.json()) {
                    CliPrinter::jsonLine(
                        {{QStringLiteral("deleted"), QJsonArray::fromStringList(r.value.deleted)},
                         {QStringLiteral("spaceReclaimed"), r.value.spaceReclaimed}});
                } else {
                    for (const QString &id : r.value.deleted)
                        out(id);
                    out(Tr::tr("Reclaimed %1 bytes.").arg(r.value.spaceReclaimed));
                }
                session.finish(0);
            }));
    });
}

// ---- exec -----------------------------------------------------------------------------------

ExecCommand::ExecCommand()
    : Command(QStringLiteral("exec"), Tr::tr("Run a command in a running container"),
              QStringLiteral("CONTAINER COMMAND..."))
{}

void ExecCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("i"), QStringLiteral("interactive")},
                 Tr::tr("Send standard input to the command.")});
    p.addOption(
        {{QStringLiteral("t"), QStringLiteral("tty")}, Tr::tr("Give the command a terminal.")});
    p.addOption({{QStringLiteral("e"), QStringLiteral("env")},
                 Tr::tr("Set an environment variable."),
                 Tr::tr("NAME=VALUE")});
    p.addOption(
        {{QStringLiteral("u"), QStringLiteral("user")}, Tr::tr("User to run as."), Tr::tr("USER")});
    p.addOption({{QStringLiteral("w"), QStringLiteral("workdir")},
                 Tr::tr("Working directory."),
                 Tr::tr("PATH")});
    p.addOption({QStringLiteral("privileged"), Tr::tr("Give the command full privileges.")});
}

void ExecCommand::run(CliSession &session) const
{
    if (!session.needArgs(2))
        return;
    const QCommandLineParser &p = session.options();
    ExecOptions options;
    options.command = session.args().mid(1);
    options.interactive = p.isSet(QStringLiteral("interactive"));
    options.tty = p.isSet(QStringLiteral("tty"));
    options.user = p.value(QStringLiteral("user"));
    options.workingDir = p.value(QStringLiteral("workdir"));
    options.privileged = p.isSet(QStringLiteral("privileged"));
    QString why;
    for (const QString &e : p.values(QStringLiteral("env"))) {
        const auto v = SpecText::parseEnv(e, &why);
        if (!v) {
            session.usageError(why);
            return;
        }
        options.env << *v;
    }
    // A terminal on both ends: ours goes raw so keys like Ctrl+C reach the command.
    if (options.tty && isatty(STDIN_FILENO)) {
        struct winsize size = {};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
            options.rows = size.ws_row;
            options.columns = size.ws_col;
        }
        if (options.interactive)
            session.makeTerminalRaw();
    }
    session.connectThen([&session, options] {
        ExecSession *exec = session.engine().exec(session.args().at(0), options, &session);
        session.setStream(exec);
        QObject::connect(exec, &ExecSession::output, &session, &printOutput);
        QObject::connect(exec, &ExecSession::finished, &session,
                         [&session, exec](int code, const EngineError &e) {
                             session.restoreTerminal();
                             exec->deleteLater();
                             if (e.isError()) {
                                 session.failWith(e);
                                 return;
                             }
                             session.finish(code);
                         });
        if (options.interactive)
            pipeInput(exec);
    });
}
