#include "app/cli/podcommands.h"

#include "app/cli/clichecks.h"
#include "app/cli/cliinspect.h"
#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/engine/spectext.h"
#include "core/services/podoperations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PodCommands)
};

// Connects, then runs `next` where the node has pods; else says it has none and ends with 1.
void withPods(CliSession &session, std::function<void()> next)
{
    session.connectThen([&session, next = std::move(next)] {
        const EngineInfo info = session.engine().info();
        if (!info.capabilities.pods) {
            err(Tr::tr("The node %1 has no pods: its engine (%2) does not offer them. Pods need a "
                       "node with Podman.")
                    .arg(session.endpoint().toUrl(), info.name));
            session.finish(1);
            return;
        }
        next();
    });
}

// The same for kube YAML.
void withKube(CliSession &session, std::function<void()> next)
{
    session.connectThen([&session, next = std::move(next)] {
        const EngineInfo info = session.engine().info();
        if (!info.capabilities.kube) {
            err(Tr::tr("The node %1 cannot generate or play kube YAML: its engine (%2) does not "
                       "offer it. Kube YAML needs a node with Podman.")
                    .arg(session.endpoint().toUrl(), info.name));
            session.finish(1);
            return;
        }
        next();
    });
}

} // namespace

// ---- create ---------------------------------------------------------------------------------

PodCreateCommand::PodCreateCommand()
    : Command(QStringLiteral("create"), Tr::tr("Create a pod"), QStringLiteral("[NAME]"))
{}

void PodCreateCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("name"), Tr::tr("The pod's name."), Tr::tr("NAME")});
    p.addOption({{QStringLiteral("p"), QStringLiteral("publish")},
                 Tr::tr("Publish a port of the pod: [IP:]HOST:CONTAINER[/PROTOCOL] (repeat for "
                        "more)."),
                 Tr::tr("PORT")});
    p.addOption({{QStringLiteral("l"), QStringLiteral("label")},
                 Tr::tr("Set a label (repeat for more)."),
                 Tr::tr("KEY=VALUE")});
    p.addOption({QStringLiteral("share"),
                 Tr::tr("The namespaces its containers share, separated by commas: %1.")
                     .arg(PodOperations::shareableNamespaces().join(QStringLiteral(", "))),
                 Tr::tr("LIST")});
    p.addOption({QStringLiteral("hostname"), Tr::tr("The pod's host name."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("infra"),
                 Tr::tr("Whether the pod has an infra container to hold the shared namespaces "
                        "(default: true)."),
                 QStringLiteral("true|false")});
}

void PodCreateCommand::run(CliSession &session) const
{
    const QCommandLineParser &p = session.options();
    PodSpec spec;
    spec.name = p.value(QStringLiteral("name"));
    if (session.args().size() > 1 || (session.args().size() == 1 && !spec.name.isEmpty())) {
        session.usageError(Tr::tr("Use: gontainer-cli pod create [NAME | --name NAME] "
                                  "[--publish PORT] [--label KEY=VALUE] [--share LIST]"));
        return;
    }
    if (spec.name.isEmpty())
        spec.name = session.args().value(0);
    spec.hostname = p.value(QStringLiteral("hostname"));
    QString why;
    auto bad = [&session](const QString &message) {
        session.usageError(message);
    };
    if (!spec.name.isEmpty() && !CliChecks::name(spec.name, CliChecks::Kind::Pod, &why))
        return bad(why);
    if (!CliChecks::keyValues(p.values(QStringLiteral("label")), QStringLiteral("label"), true,
                              &spec.labels, &why))
        return bad(why);
    for (const QString &text : p.values(QStringLiteral("publish"))) {
        const auto port = SpecText::parsePort(text, &why);
        if (!port)
            return bad(why);
        spec.ports << *port;
    }
    if (p.isSet(QStringLiteral("infra"))) {
        const QString infra = p.value(QStringLiteral("infra")).toLower();
        if (infra != QLatin1String("true") && infra != QLatin1String("false"))
            return bad(Tr::tr("--infra takes true or false."));
        spec.infra = infra == QLatin1String("true");
    }
    if (p.isSet(QStringLiteral("share"))) {
        // As the Pods page offers them.
        const QStringList shareable = PodOperations::shareableNamespaces();
        for (const QString &ns :
             p.value(QStringLiteral("share")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!shareable.contains(ns.trimmed()))
                return bad(Tr::tr("\"%1\" is not a namespace to share: use %2.")
                               .arg(ns, shareable.join(QStringLiteral(", "))));
            spec.share << ns.trimmed();
        }
    }
    if (!spec.infra && !spec.ports.isEmpty())
        return bad(Tr::tr("A pod without an infra container cannot publish ports."));
    withPods(session, [&session, spec] {
        session.setCall(session.engine().createPod(
            spec, &session, [&session](const EngineResult<CreatedObject> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                CliPrinter::created(r.value, session.json());
                session.finish(0);
            }));
    });
}

// ---- start, stop, ... -----------------------------------------------------------------------

namespace {

QString actionName(PodActionCommand::Action action)
{
    using A = PodActionCommand::Action;
    switch (action) {
    case A::Start:
        return QStringLiteral("start");
    case A::Stop:
        return QStringLiteral("stop");
    case A::Restart:
        return QStringLiteral("restart");
    case A::Pause:
        return QStringLiteral("pause");
    case A::Unpause:
        return QStringLiteral("unpause");
    case A::Kill:
        return QStringLiteral("kill");
    case A::Remove:
        return QStringLiteral("rm");
    }
    return {};
}

QString actionSummary(PodActionCommand::Action action)
{
    using A = PodActionCommand::Action;
    switch (action) {
    case A::Start:
        return Tr::tr("Start pods");
    case A::Stop:
        return Tr::tr("Stop pods");
    case A::Restart:
        return Tr::tr("Restart pods");
    case A::Pause:
        return Tr::tr("Pause pods");
    case A::Unpause:
        return Tr::tr("Unpause pods");
    case A::Kill:
        return Tr::tr("Send a signal to pods' containers");
    case A::Remove:
        return Tr::tr("Remove pods");
    }
    return {};
}

} // namespace

PodActionCommand::PodActionCommand(Action action)
    : Command(actionName(action), actionSummary(action), QStringLiteral("POD..."))
    , m_action(action)
{}

void PodActionCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (m_action == Action::Stop)
        p.addOption({{QStringLiteral("t"), QStringLiteral("time")},
                     Tr::tr("Seconds to wait before killing (default: the containers' own)."),
                     Tr::tr("SECONDS")});
    if (m_action == Action::Kill)
        p.addOption({{QStringLiteral("s"), QStringLiteral("signal")},
                     Tr::tr("The signal to send (default SIGKILL)."),
                     Tr::tr("SIGNAL")});
    if (m_action == Action::Remove)
        p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                     Tr::tr("Stop running containers first, and remove the pod with them.")});
}

void PodActionCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QCommandLineParser &p = session.options();
    int time = -1;
    if (p.isSet(QStringLiteral("time"))) {
        bool ok = false;
        time = p.value(QStringLiteral("time")).toInt(&ok);
        if (!ok || time < 0) {
            session.usageError(Tr::tr("--time takes a whole number of seconds, 0 or more."));
            return;
        }
    }
    const QString signal = p.value(QStringLiteral("signal"));
    const bool force = p.isSet(QStringLiteral("force"));
    const Action action = m_action;
    withPods(session, [&session, action, time, signal, force] {
        session.eachArgumentDone(
            [&session, action, time, signal, force](const QString &pod, Engine::DoneCallback done) {
                Engine &e = session.engine();
                switch (action) {
                case Action::Start:
                    return e.startPod(pod, &session, done);
                case Action::Stop:
                    return e.stopPod(pod, time, &session, done);
                case Action::Restart:
                    return e.restartPod(pod, &session, done);
                case Action::Pause:
                    return e.pausePod(pod, &session, done);
                case Action::Unpause:
                    return e.unpausePod(pod, &session, done);
                case Action::Kill:
                    return e.killPod(pod, signal, &session, done);
                case Action::Remove:
                    break;
                }
                return e.removePod(pod, force, &session, done);
            });
    });
}

// ---- inspect, stats -------------------------------------------------------------------------

PodInspectCommand::PodInspectCommand()
    : Command(QStringLiteral("inspect"), Tr::tr("Show pods' full details as JSON"),
              QStringLiteral("POD..."))
{}

void PodInspectCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    withPods(session, [&session] {
        inspectEachArgument<PodInfo>(session, [&session](const QString &name, auto done) {
            return session.engine().inspectPod(name, &session, done);
        });
    });
}

PodStatsCommand::PodStatsCommand()
    : Command(QStringLiteral("stats"), Tr::tr("Show the resource use of pods' containers"),
              QStringLiteral("POD..."))
{}

void PodStatsCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    withPods(session, [&session] {
        auto entries = std::make_shared<QList<PodStatsEntry>>();
        session.eachArgument(
            [&session, entries](const QString &pod, std::function<void()> next) {
                session.setCall(session.engine().podStats(
                    pod, &session,
                    [&session, entries, next](const EngineResult<QList<PodStatsEntry>> &r) {
                        if (r.ok()) {
                            *entries << r.value;
                        } else {
                            err(r.error.userText());
                            session.countFailure();
                        }
                        next();
                    }));
            },
            [&session, entries] {
                if (session.json()) {
                    QJsonArray array;
                    for (const PodStatsEntry &s : std::as_const(*entries))
                        array.append(QJsonObject{{QStringLiteral("pod"), s.podId},
                                                 {QStringLiteral("id"), s.containerId},
                                                 {QStringLiteral("name"), s.name},
                                                 {QStringLiteral("cpuPercent"), s.cpuPercent},
                                                 {QStringLiteral("cpu"), s.cpu},
                                                 {QStringLiteral("memory"), s.memory},
                                                 {QStringLiteral("memoryPercent"), s.memoryPercent},
                                                 {QStringLiteral("networkIo"), s.networkIo},
                                                 {QStringLiteral("blockIo"), s.blockIo},
                                                 {QStringLiteral("pids"), s.pids}});
                    CliPrinter::json(array);
                    return;
                }
                if (entries->isEmpty() && session.failureCode() == 0) {
                    out(Tr::tr("No container of these pods is running."));
                    return;
                }
                QList<QStringList> rows;
                for (const PodStatsEntry &s : std::as_const(*entries))
                    rows.append({s.podId.left(12), s.containerId.left(12), s.name, s.cpu, s.memory,
                                 s.memoryPercent, s.networkIo, s.blockIo, s.pids});
                CliPrinter::table({Tr::tr("POD"), Tr::tr("CID"), Tr::tr("NAME"), Tr::tr("CPU %"),
                                   Tr::tr("MEM USAGE / LIMIT"), Tr::tr("MEM %"), Tr::tr("NET IO"),
                                   Tr::tr("BLOCK IO"), Tr::tr("PIDS")},
                                  rows);
            });
    });
}

// ---- kube -----------------------------------------------------------------------------------

KubeGenerateCommand::KubeGenerateCommand()
    : Command(QStringLiteral("generate"), Tr::tr("Write kube YAML for pods or containers"),
              QStringLiteral("POD|CONTAINER..."))
{}

void KubeGenerateCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("f"), QStringLiteral("filename")},
                 Tr::tr("Write the YAML to this file instead of standard output."),
                 Tr::tr("FILE")});
}

void KubeGenerateCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QString file = session.options().value(QStringLiteral("filename"));
    withKube(session, [&session, file] {
        session.setCall(session.engine().generateKube(
            session.args(), &session, [&session, file](const EngineResult<QString> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                if (file.isEmpty()) {
                    CliPrinter::raw(stdout, r.value.toUtf8());
                    session.finish(0);
                    return;
                }
                QSaveFile save(file);
                if (!save.open(QIODevice::WriteOnly) || save.write(r.value.toUtf8()) < 0 ||
                    !save.commit()) {
                    err(Tr::tr("Cannot write %1: %2").arg(file, save.errorString()));
                    session.finish(1);
                    return;
                }
                session.finish(0);
            }));
    });
}

KubePlayCommand::KubePlayCommand()
    : Command(QStringLiteral("play"),
              Tr::tr("Create pods and containers from kube YAML (a file, or - for standard input)"),
              QStringLiteral("FILE"))
{}

void KubePlayCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QString path = session.args().at(0);
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        session.usageError(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray yaml = file.readAll();
    if (yaml.trimmed().isEmpty()) {
        session.usageError(Tr::tr("%1 holds no kube YAML.").arg(path));
        return;
    }
    withKube(session, [&session, yaml] {
        session.setCall(session.engine().playKube(
            yaml, &session, [&session](const EngineResult<KubePlayReport> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                const KubePlayReport &report = r.value;
                if (session.json()) {
                    CliPrinter::json(QJsonObject{
                        {QStringLiteral("pods"), QJsonArray::fromStringList(report.podIds)},
                        {QStringLiteral("containers"),
                         QJsonArray::fromStringList(report.containerIds)},
                        {QStringLiteral("errors"),
                         QJsonArray::fromStringList(report.containerErrors)}});
                } else {
                    for (const QString &id : report.podIds)
                        out(Tr::tr("Pod: %1").arg(id));
                    for (const QString &id : report.containerIds)
                        out(Tr::tr("Container: %1").arg(id));
                }
                for (const QString &e : report.containerErrors)
                    err(e);
                session.finish(report.containerErrors.isEmpty() ? 0 : 1);
            }));
    });
}
