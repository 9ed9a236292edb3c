#include "app/cli/swarmcommands.h"

#include "app/cli/clichecks.h"
#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/engine/loglinesplitter.h"
#include "core/engine/servicelogdetails.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SwarmCommands)
};

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QString();
}

QString jsonTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString localStateWord(SwarmInfo::LocalState s)
{
    switch (s) {
    case SwarmInfo::LocalState::Pending:
        return QStringLiteral("pending");
    case SwarmInfo::LocalState::Active:
        return QStringLiteral("active");
    case SwarmInfo::LocalState::Error:
        return QStringLiteral("error");
    case SwarmInfo::LocalState::Locked:
        return QStringLiteral("locked");
    case SwarmInfo::LocalState::Inactive:
        break;
    }
    return QStringLiteral("inactive");
}

QString roleWord(SwarmNode::Role r)
{
    return r == SwarmNode::Role::Manager ? QStringLiteral("manager") : QStringLiteral("worker");
}

QString availabilityWord(SwarmNode::Availability a)
{
    switch (a) {
    case SwarmNode::Availability::Pause:
        return QStringLiteral("pause");
    case SwarmNode::Availability::Drain:
        return QStringLiteral("drain");
    case SwarmNode::Availability::Active:
        break;
    }
    return QStringLiteral("active");
}

QString nodeStateWord(SwarmNode::State s)
{
    switch (s) {
    case SwarmNode::State::Down:
        return QStringLiteral("down");
    case SwarmNode::State::Ready:
        return QStringLiteral("ready");
    case SwarmNode::State::Disconnected:
        return QStringLiteral("disconnected");
    case SwarmNode::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// What `docker node ls` shows in MANAGER STATUS: Leader, Reachable, Unreachable; nothing for a
// worker.
QString managerStatus(const SwarmNode &n)
{
    if (n.role != SwarmNode::Role::Manager)
        return {};
    if (n.leader)
        return QStringLiteral("Leader");
    switch (n.reachability) {
    case SwarmNode::Reachability::Reachable:
        return QStringLiteral("Reachable");
    case SwarmNode::Reachability::Unreachable:
        return QStringLiteral("Unreachable");
    case SwarmNode::Reachability::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString modeWord(SwarmService::Mode m)
{
    switch (m) {
    case SwarmService::Mode::Global:
        return QStringLiteral("global");
    case SwarmService::Mode::ReplicatedJob:
        return QStringLiteral("replicated job");
    case SwarmService::Mode::GlobalJob:
        return QStringLiteral("global job");
    case SwarmService::Mode::Replicated:
        break;
    }
    return QStringLiteral("replicated");
}

QString updateStateWord(SwarmService::UpdateState s)
{
    switch (s) {
    case SwarmService::UpdateState::Updating:
        return QStringLiteral("updating");
    case SwarmService::UpdateState::Paused:
        return QStringLiteral("paused");
    case SwarmService::UpdateState::Completed:
        return QStringLiteral("completed");
    case SwarmService::UpdateState::RollbackStarted:
        return QStringLiteral("rollback_started");
    case SwarmService::UpdateState::RollbackPaused:
        return QStringLiteral("rollback_paused");
    case SwarmService::UpdateState::RollbackCompleted:
        return QStringLiteral("rollback_completed");
    case SwarmService::UpdateState::None:
        break;
    }
    return {};
}

// "2/4": running of desired tasks, as `docker service ls` shows them.
QString replicasText(const SwarmService &s)
{
    if (s.runningTasks < 0)
        return s.mode == SwarmService::Mode::Replicated ? QString::number(s.replicas) : QString();
    return QStringLiteral("%1/%2").arg(s.runningTasks).arg(s.desiredTasks);
}

QString portsText(const QList<SwarmPort> &ports)
{
    QStringList parts;
    for (const SwarmPort &p : ports) {
        const QString published =
            p.published > 0 ? QString::number(p.published) : QStringLiteral("*");
        parts << QStringLiteral("*:%1->%2/%3%4")
                     .arg(published)
                     .arg(p.target)
                     .arg(p.protocol, p.hostMode ? QStringLiteral(" (host)") : QString());
    }
    return parts.join(QStringLiteral(", "));
}

QJsonArray portsJson(const QList<SwarmPort> &ports)
{
    QJsonArray array;
    for (const SwarmPort &p : ports)
        array.append(QJsonObject{{QStringLiteral("target"), p.target},
                                 {QStringLiteral("published"), p.published},
                                 {QStringLiteral("protocol"), p.protocol},
                                 {QStringLiteral("mode"), p.hostMode ? QStringLiteral("host")
                                                                     : QStringLiteral("ingress")}});
    return array;
}

QJsonObject serviceJson(const SwarmService &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("mode"), modeWord(s.mode)},
                       {QStringLiteral("replicas"), s.replicas},
                       {QStringLiteral("running"), s.runningTasks},
                       {QStringLiteral("desired"), s.desiredTasks},
                       {QStringLiteral("image"), s.image},
                       {QStringLiteral("ports"), portsJson(s.ports)},
                       {QStringLiteral("updateState"), updateStateWord(s.updateState)},
                       {QStringLiteral("updateMessage"), s.updateMessage},
                       {QStringLiteral("stack"), s.stack()},
                       {QStringLiteral("created"), jsonTime(s.created)},
                       {QStringLiteral("updated"), jsonTime(s.updated)},
                       {QStringLiteral("labels"), CliPrinter::map(s.labels)}};
}

// The service an argument names: its id, a unique prefix of it, or its name.
using ServiceFound = std::function<void(const SwarmService &service)>;
void findService(CliSession &session, const QString &what, ServiceFound found,
                 std::function<void()> notFound)
{
    session.setCall(session.engine().listServices(
        &session, [&session, what, found = std::move(found),
                   notFound = std::move(notFound)](const EngineResult<QList<SwarmService>> &r) {
            if (!r.ok()) {
                session.failWith(r.error);
                return;
            }
            QList<SwarmService> byPrefix;
            for (const SwarmService &s : r.value) {
                if (s.id == what || s.name == what) {
                    found(s);
                    return;
                }
                if (s.id.startsWith(what))
                    byPrefix << s;
            }
            if (byPrefix.size() == 1) {
                found(byPrefix.first());
                return;
            }
            err(byPrefix.isEmpty()
                    ? Tr::tr("No service %1.").arg(what)
                    : Tr::tr("%1 names more than one service: give more of its id.").arg(what));
            notFound();
        }));
}

// For each argument, the service it names; a missing one counts as a failure.
void eachService(CliSession &session,
                 std::function<void(const SwarmService &, std::function<void()> next)> step)
{
    session.eachArgument([&session, step](const QString &arg, std::function<void()> next) {
        findService(
            session, arg, [step, next](const SwarmService &s) { step(s, next); },
            [&session, next] {
                session.countFailure();
                next();
            });
    });
}

QString kindNoun(SwarmSecret::Kind kind)
{
    return kind == SwarmSecret::Kind::Secret ? QStringLiteral("secret") : QStringLiteral("config");
}

} // namespace

// ---- swarm info -----------------------------------------------------------------------------

SwarmInfoCommand::SwarmInfoCommand()
    : Command(QStringLiteral("info"),
              Tr::tr("Where the node stands in a swarm, and the swarm where it is a manager"))
{}

void SwarmInfoCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("tokens"), Tr::tr("Show the join tokens too (a manager's).")});
}

void SwarmInfoCommand::run(CliSession &session) const
{
    const bool tokens = session.options().isSet(QStringLiteral("tokens"));
    session.connectThen([&session, tokens] {
        session.setCall(session.engine().swarmInfo(
            &session, [&session, tokens](const EngineResult<SwarmInfo> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                const SwarmInfo &i = r.value;
                if (session.json()) {
                    QJsonArray managers;
                    for (const SwarmInfo::RemoteManager &m : i.remoteManagers)
                        managers.append(QJsonObject{{QStringLiteral("nodeId"), m.nodeId},
                                                    {QStringLiteral("address"), m.address}});
                    QJsonObject o{
                        {QStringLiteral("state"), localStateWord(i.localState)},
                        {QStringLiteral("nodeId"), i.nodeId},
                        {QStringLiteral("nodeAddress"), i.nodeAddress},
                        {QStringLiteral("manager"), i.manager},
                        {QStringLiteral("error"), i.error},
                        {QStringLiteral("remoteManagers"), managers},
                        {QStringLiteral("nodes"), i.nodes},
                        {QStringLiteral("managers"), i.managers},
                        {QStringLiteral("clusterId"), i.clusterId},
                        {QStringLiteral("clusterName"), i.clusterName},
                        {QStringLiteral("created"), jsonTime(i.created)},
                        {QStringLiteral("heartbeatSeconds"), double(i.dispatcherHeartbeatNs) / 1e9},
                        {QStringLiteral("autoLock"), i.autoLockManagers}};
                    if (tokens) {
                        o.insert(QStringLiteral("workerToken"), i.workerJoinToken);
                        o.insert(QStringLiteral("managerToken"), i.managerJoinToken);
                    }
                    CliPrinter::json(o);
                    session.finish(0);
                    return;
                }
                out(Tr::tr("Swarm: %1").arg(localStateWord(i.localState)));
                if (!i.active()) {
                    if (!i.error.isEmpty())
                        out(Tr::tr("Error: %1").arg(i.error));
                    session.finish(0);
                    return;
                }
                out(Tr::tr("Node ID: %1").arg(i.nodeId));
                out(Tr::tr("Node address: %1").arg(i.nodeAddress));
                out(Tr::tr("Manager: %1").arg(i.manager ? Tr::tr("yes") : Tr::tr("no")));
                QStringList managers;
                for (const SwarmInfo::RemoteManager &m : i.remoteManagers)
                    managers << m.address;
                out(Tr::tr("Manager addresses: %1").arg(managers.join(QStringLiteral(", "))));
                if (!i.manager) {
                    out(Tr::tr(
                        "Only a manager shows the swarm's nodes, services and tokens: ask one of "
                        "the managers above."));
                    session.finish(0);
                    return;
                }
                out(Tr::tr("Cluster ID: %1").arg(i.clusterId));
                out(Tr::tr("Cluster name: %1").arg(i.clusterName));
                out(Tr::tr("Nodes: %1 (%2 managers)").arg(i.nodes).arg(i.managers));
                out(Tr::tr("Created: %1").arg(time(i.created)));
                out(Tr::tr("Heartbeat: %1 s").arg(double(i.dispatcherHeartbeatNs) / 1e9));
                if (tokens) {
                    out(Tr::tr("Worker join token: %1").arg(i.workerJoinToken));
                    out(Tr::tr("Manager join token: %1").arg(i.managerJoinToken));
                }
                session.finish(0);
            }));
    });
}

// ---- swarm nodes ----------------------------------------------------------------------------

SwarmNodesCommand::SwarmNodesCommand()
    : Command(QStringLiteral("nodes"), Tr::tr("List the swarm's machines (a manager's)"))
{}

void SwarmNodesCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(session.engine().listSwarmNodes(
            &session, [&session](const EngineResult<QList<SwarmNode>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QList<SwarmNode> nodes = r.value;
                std::sort(nodes.begin(), nodes.end(), [](const SwarmNode &a, const SwarmNode &b) {
                    return a.hostname < b.hostname;
                });
                if (session.json()) {
                    QJsonArray array;
                    for (const SwarmNode &n : nodes)
                        array.append(QJsonObject{
                            {QStringLiteral("id"), n.id},
                            {QStringLiteral("hostname"), n.hostname},
                            {QStringLiteral("role"), roleWord(n.role)},
                            {QStringLiteral("availability"), availabilityWord(n.availability)},
                            {QStringLiteral("state"), nodeStateWord(n.state)},
                            {QStringLiteral("message"), n.message},
                            {QStringLiteral("address"), n.address},
                            {QStringLiteral("leader"), n.leader},
                            {QStringLiteral("managerStatus"), managerStatus(n)},
                            {QStringLiteral("engineVersion"), n.engineVersion},
                            {QStringLiteral("cpus"), double(n.nanoCpus) / 1e9},
                            {QStringLiteral("memoryBytes"), double(n.memoryBytes)},
                            {QStringLiteral("labels"), CliPrinter::map(n.labels)},
                            {QStringLiteral("engineLabels"), CliPrinter::map(n.engineLabels)}});
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const SwarmNode &n : nodes)
                    rows.append({n.id.left(12), n.hostname, nodeStateWord(n.state),
                                 availabilityWord(n.availability), managerStatus(n),
                                 n.engineVersion});
                CliPrinter::table({Tr::tr("ID"), Tr::tr("HOSTNAME"), Tr::tr("STATUS"),
                                   Tr::tr("AVAILABILITY"), Tr::tr("MANAGER STATUS"),
                                   Tr::tr("ENGINE VERSION")},
                                  rows);
                session.finish(0);
            }));
    });
}

// ---- services -------------------------------------------------------------------------------

ServicesCommand::ServicesCommand(const QString &name)
    : Command(name, Tr::tr("List the swarm's services (a manager's)"))
{}

void ServicesCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(session.engine().listServices(
            &session, [&session](const EngineResult<QList<SwarmService>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QList<SwarmService> services = r.value;
                std::sort(
                    services.begin(), services.end(),
                    [](const SwarmService &a, const SwarmService &b) { return a.name < b.name; });
                if (session.json()) {
                    QJsonArray array;
                    for (const SwarmService &s : services)
                        array.append(serviceJson(s));
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const SwarmService &s : services)
                    rows.append({s.id.left(12), s.name, modeWord(s.mode), replicasText(s),
                                 s.imageName(), portsText(s.ports)});
                CliPrinter::table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("MODE"), Tr::tr("REPLICAS"),
                                   Tr::tr("IMAGE"), Tr::tr("PORTS")},
                                  rows);
                session.finish(0);
            }));
    });
}

// ---- service ps -----------------------------------------------------------------------------

ServicePsCommand::ServicePsCommand()
    : Command(QStringLiteral("ps"), Tr::tr("List a service's tasks, with the machine of each"),
              QStringLiteral("SERVICE"))
{}

void ServicePsCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QString what = session.args().first();
    session.connectThen([&session, what] {
        findService(
            session, what,
            [&session](const SwarmService &service) {
                // The machines' names, for the tasks' node ids.
                session.setCall(session.engine().listSwarmNodes(
                    &session, [&session, service](const EngineResult<QList<SwarmNode>> &nodes) {
                        QHash<QString, QString> hostnames;
                        for (const SwarmNode &n : nodes.value)
                            hostnames.insert(n.id, n.hostname);
                        session.setCall(session.engine().listTasks(
                            service.id, &session,
                            [&session, service,
                             hostnames](const EngineResult<QList<SwarmTask>> &r) {
                                if (!r.ok()) {
                                    session.failWith(r.error);
                                    return;
                                }
                                QList<SwarmTask> tasks = r.value;
                                // By slot, the newest of a slot first, as docker service ps.
                                std::sort(tasks.begin(), tasks.end(),
                                          [](const SwarmTask &a, const SwarmTask &b) {
                                              if (a.slot != b.slot)
                                                  return a.slot < b.slot;
                                              return a.created > b.created;
                                          });
                                if (session.json()) {
                                    QJsonArray array;
                                    for (const SwarmTask &t : tasks)
                                        array.append(QJsonObject{
                                            {QStringLiteral("id"), t.id},
                                            {QStringLiteral("service"), service.name},
                                            {QStringLiteral("slot"), t.slot},
                                            {QStringLiteral("nodeId"), t.nodeId},
                                            {QStringLiteral("node"), hostnames.value(t.nodeId)},
                                            {QStringLiteral("image"), t.image},
                                            {QStringLiteral("desiredState"), t.desiredState},
                                            {QStringLiteral("state"), t.state},
                                            {QStringLiteral("since"), jsonTime(t.timestamp)},
                                            {QStringLiteral("error"), t.error},
                                            {QStringLiteral("containerId"), t.containerId}});
                                    CliPrinter::json(array);
                                    session.finish(0);
                                    return;
                                }
                                QList<QStringList> rows;
                                for (const SwarmTask &t : tasks) {
                                    const QString name =
                                        t.slot > 0
                                            ? QStringLiteral("%1.%2").arg(service.name).arg(t.slot)
                                            : service.name;
                                    rows.append({t.id.left(12), name,
                                                 t.image.section(QLatin1Char('@'), 0, 0),
                                                 hostnames.value(t.nodeId, t.nodeId.left(12)),
                                                 t.desiredState,
                                                 t.state + QStringLiteral(" ") + time(t.timestamp),
                                                 t.error});
                                }
                                CliPrinter::table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("IMAGE"),
                                                   Tr::tr("NODE"), Tr::tr("DESIRED STATE"),
                                                   Tr::tr("CURRENT STATE"), Tr::tr("ERROR")},
                                                  rows);
                                session.finish(0);
                            }));
                    }));
            },
            [&session] { session.finish(1); });
    });
}

// ---- service logs ---------------------------------------------------------------------------

ServiceLogsCommand::ServiceLogsCommand()
    : Command(QStringLiteral("logs"),
              Tr::tr("Print the merged log of a service's tasks, each line with its task and "
                     "machine"),
              QStringLiteral("SERVICE"))
{}

void ServiceLogsCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("f"), QStringLiteral("follow")},
                 Tr::tr("Keep printing new lines until Ctrl+C.")});
    p.addOption({{QStringLiteral("t"), QStringLiteral("timestamps")},
                 Tr::tr("Show when each line was logged.")});
    p.addOption(
        {QStringLiteral("tail"), Tr::tr("Only the last N lines of each task."), Tr::tr("N")});
}

namespace {

// What the log's lines are labelled with: the tasks' slots and the machines' names, listed
// again when a line names a task not seen yet (one started while following).
struct ServiceLogLabels
{
    SwarmService service;
    QHash<QString, QString> hostnames; // by node id
    QHash<QString, int> slotOf;        // by task id
    QSet<QString> asked;               // task ids whose absence made the tasks be listed again

    QString prefix(const ServiceLogDetails &d) const
    {
        const int slot = slotOf.value(d.taskId);
        const QString task =
            slot > 0 ? QStringLiteral("%1.%2.%3").arg(service.name).arg(slot).arg(d.taskId.left(12))
                     : QStringLiteral("%1.%2").arg(service.name, d.taskId.left(12));
        return task + QLatin1Char('@') + hostnames.value(d.nodeId, d.nodeId.left(12));
    }
};

} // namespace

void ServiceLogsCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QCommandLineParser &p = session.options();
    LogOptions options;
    options.follow = p.isSet(QStringLiteral("follow"));
    // Always asked: a merged log is ordered by the engine, the times are printed when asked.
    options.timestamps = true;
    const bool showTimes = p.isSet(QStringLiteral("timestamps"));
    if (p.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        options.tail = p.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || options.tail < 0) {
            session.usageError(
                Tr::tr("--tail takes a number of lines: %1").arg(p.value(QStringLiteral("tail"))));
            return;
        }
    }
    const QString what = session.args().first();
    session.connectThen([&session, what, options, showTimes] {
        findService(
            session, what,
            [&session, options, showTimes](const SwarmService &service) {
                auto labels = std::make_shared<ServiceLogLabels>();
                labels->service = service;
                const auto listTasks = [&session, labels] {
                    session.engine().listTasks(labels->service.id, &session,
                                               [labels](const EngineResult<QList<SwarmTask>> &r) {
                                                   for (const SwarmTask &t : r.value)
                                                       labels->slotOf.insert(t.id, t.slot);
                                               });
                };
                session.setCall(session.engine().listSwarmNodes(
                    &session, [&session, labels, listTasks, options,
                               showTimes](const EngineResult<QList<SwarmNode>> &nodes) {
                        for (const SwarmNode &n : nodes.value)
                            labels->hostnames.insert(n.id, n.hostname);
                        session.setCall(session.engine().listTasks(
                            labels->service.id, &session,
                            [&session, labels, listTasks, options,
                             showTimes](const EngineResult<QList<SwarmTask>> &tasks) {
                                if (!tasks.ok()) {
                                    session.failWith(tasks.error);
                                    return;
                                }
                                for (const SwarmTask &t : tasks.value)
                                    labels->slotOf.insert(t.id, t.slot);
                                LogStream *stream = session.engine().readServiceLogs(
                                    labels->service.id, options, &session);
                                session.setStream(stream);
                                auto splitter = std::make_shared<LogLineSplitter>(true);
                                const auto print = [&session, labels, listTasks,
                                                    showTimes](const QList<LogLine> &lines) {
                                    for (const LogLine &l : lines) {
                                        const ServiceLogDetails d =
                                            ServiceLogDetails::split(l.text);
                                        if (!d.taskId.isEmpty() &&
                                            !labels->slotOf.contains(d.taskId) &&
                                            !labels->asked.contains(d.taskId)) {
                                            labels->asked.insert(d.taskId);
                                            listTasks();
                                        }
                                        FILE *to =
                                            l.source == LogChunk::Source::Stderr ? stderr : stdout;
                                        if (session.json()) {
                                            QJsonObject o{
                                                {QStringLiteral("time"),
                                                 QString::fromLatin1(
                                                     LogLineSplitter::formatTime(l.timeNs))},
                                                {QStringLiteral("task"), d.taskId},
                                                {QStringLiteral("slot"),
                                                 labels->slotOf.value(d.taskId)},
                                                {QStringLiteral("nodeId"), d.nodeId},
                                                {QStringLiteral("node"),
                                                 labels->hostnames.value(d.nodeId)},
                                                {QStringLiteral("stream"),
                                                 l.source == LogChunk::Source::Stderr
                                                     ? QStringLiteral("stderr")
                                                     : QStringLiteral("stdout")},
                                                {QStringLiteral("text"),
                                                 QString::fromUtf8(d.text)}};
                                            CliPrinter::raw(stdout, QJsonDocument(o).toJson(
                                                                        QJsonDocument::Compact) +
                                                                        '\n');
                                            continue;
                                        }
                                        QByteArray text;
                                        if (showTimes && l.timeNs != 0)
                                            text = LogLineSplitter::formatTime(l.timeNs) + ' ';
                                        text += labels->prefix(d).toUtf8() + "    | " + d.text;
                                        if (!l.continued)
                                            text += '\n';
                                        CliPrinter::raw(to, text);
                                    }
                                };
                                QObject::connect(stream, &LogStream::received, &session,
                                                 [splitter, print](const QList<LogChunk> &chunks) {
                                                     print(splitter->feed(chunks));
                                                 });
                                QObject::connect(
                                    stream, &LogStream::ended, &session,
                                    [&session, stream, splitter, print](const EngineError &e) {
                                        print(splitter->finish());
                                        stream->deleteLater();
                                        if (e.isError()) {
                                            session.failWith(e);
                                            return;
                                        }
                                        session.finish(0);
                                    });
                            }));
                    }));
            },
            [&session] { session.finish(1); });
    });
}

// ---- service scale --------------------------------------------------------------------------

ServiceScaleCommand::ServiceScaleCommand()
    : Command(QStringLiteral("scale"), Tr::tr("Set how many replicas services run"),
              QStringLiteral("SERVICE=REPLICAS..."))
{}

void ServiceScaleCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    QList<QPair<QString, int>> wanted;
    for (const QString &arg : session.args()) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        bool ok = false;
        const int replicas = eq > 0 ? arg.mid(eq + 1).toInt(&ok) : -1;
        if (!ok || replicas < 0) {
            session.usageError(
                Tr::tr("%1 is not SERVICE=REPLICAS (a number, 0 or more).").arg(arg));
            return;
        }
        wanted.append({arg.left(eq), replicas});
    }
    session.connectThen([&session, wanted] {
        auto index = std::make_shared<qsizetype>(0);
        auto next = std::make_shared<std::function<void()>>();
        *next = [&session, wanted, index, weak = std::weak_ptr(next)] {
            const auto self = weak.lock();
            if (*index >= wanted.size()) {
                session.finish(session.failureCode());
                return;
            }
            const auto [name, replicas] = wanted.at((*index)++);
            findService(
                session, name,
                [&session, replicas, self](const SwarmService &s) {
                    session.setCall(session.engine().scaleService(
                        s, replicas, &session, [s, replicas, self, &session](const EngineError &e) {
                            if (e.isError()) {
                                err(e.userText());
                                session.countFailure();
                            } else {
                                out(Tr::tr("%1 scaled to %2").arg(s.name).arg(replicas));
                            }
                            (*self)();
                        }));
                },
                [&session, self] {
                    session.countFailure();
                    (*self)();
                });
        };
        (*next)();
    });
}

// ---- service update -------------------------------------------------------------------------

ServiceUpdateCommand::ServiceUpdateCommand()
    : Command(QStringLiteral("update"),
              Tr::tr("Give a service another image: the swarm rolls it through its tasks"),
              QStringLiteral("--image IMAGE SERVICE"))
{}

void ServiceUpdateCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption(
        {QStringLiteral("image"), Tr::tr("The image the tasks run from now on."), Tr::tr("IMAGE")});
}

void ServiceUpdateCommand::run(CliSession &session) const
{
    const QString image = session.options().value(QStringLiteral("image")).trimmed();
    if (session.args().size() != 1 || image.isEmpty()) {
        session.usageError(Tr::tr("Use: gontainer-cli service update --image IMAGE SERVICE"));
        return;
    }
    const QString what = session.args().first();
    session.connectThen([&session, what, image] {
        findService(
            session, what,
            [&session, image](const SwarmService &s) {
                session.setCall(session.engine().updateServiceImage(
                    s, image, &session, [&session, s](const EngineError &e) {
                        if (e.isError()) {
                            session.failWith(e);
                            return;
                        }
                        out(Tr::tr("%1 is being updated: follow it with gontainer-cli service ps "
                                   "%1")
                                .arg(s.name));
                        session.finish(0);
                    }));
            },
            [&session] { session.finish(1); });
    });
}

// ---- service rollback -----------------------------------------------------------------------

ServiceRollbackCommand::ServiceRollbackCommand()
    : Command(QStringLiteral("rollback"),
              Tr::tr("Take a service back to what it was before its last update"),
              QStringLiteral("SERVICE"))
{}

void ServiceRollbackCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const QString what = session.args().first();
    session.connectThen([&session, what] {
        findService(
            session, what,
            [&session](const SwarmService &s) {
                session.setCall(session.engine().rollbackService(
                    s, &session, [&session, s](const EngineError &e) {
                        if (e.isError()) {
                            session.failWith(e);
                            return;
                        }
                        out(Tr::tr("%1 is being rolled back").arg(s.name));
                        session.finish(0);
                    }));
            },
            [&session] { session.finish(1); });
    });
}

// ---- service rm -----------------------------------------------------------------------------

ServiceRmCommand::ServiceRmCommand()
    : Command(QStringLiteral("rm"), Tr::tr("Remove services and their tasks"),
              QStringLiteral("SERVICE..."))
{}

void ServiceRmCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        eachService(session, [&session](const SwarmService &s, std::function<void()> next) {
            session.setCall(session.engine().removeService(
                s.id, &session, [&session, s, next](const EngineError &e) {
                    if (e.isError()) {
                        err(e.userText());
                        session.countFailure();
                    } else {
                        out(s.name);
                    }
                    next();
                }));
        });
    });
}

// ---- stack ls -------------------------------------------------------------------------------

StackLsCommand::StackLsCommand()
    : Command(QStringLiteral("ls"), Tr::tr("List stacks: services grouped by their stack label"))
{}

void StackLsCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(session.engine().listServices(
            &session, [&session](const EngineResult<QList<SwarmService>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QMap<QString, QStringList> stacks;
                for (const SwarmService &s : r.value) {
                    if (!s.stack().isEmpty())
                        stacks[s.stack()] << s.name;
                }
                if (session.json()) {
                    QJsonArray array;
                    for (auto it = stacks.cbegin(); it != stacks.cend(); ++it) {
                        QStringList names = it.value();
                        names.sort();
                        array.append(QJsonObject{
                            {QStringLiteral("name"), it.key()},
                            {QStringLiteral("services"), QJsonArray::fromStringList(names)}});
                    }
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (auto it = stacks.cbegin(); it != stacks.cend(); ++it)
                    rows.append({it.key(), QString::number(it.value().size())});
                CliPrinter::table({Tr::tr("NAME"), Tr::tr("SERVICES")}, rows);
                session.finish(0);
            }));
    });
}

// ---- stack rm -------------------------------------------------------------------------------

StackRmCommand::StackRmCommand()
    : Command(QStringLiteral("rm"),
              Tr::tr("Remove stacks: their services, then secrets, configs and networks"),
              QStringLiteral("STACK..."))
{}

void StackRmCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    session.connectThen([&session] {
        session.eachArgument([&session](const QString &stack, std::function<void()> next) {
            session.setCall(session.engine().removeStack(
                stack, &session, [&session, stack, next](const EngineResult<StackRemoval> &r) {
                    if (!r.ok()) {
                        err(r.error.userText());
                        session.countFailure();
                    } else if (r.value.foundNothing()) {
                        err(Tr::tr("No stack named %1: no service, network, secret or config "
                                   "carries its label.")
                                .arg(stack));
                        session.countFailure();
                    } else {
                        const StackRemoval &removal = r.value;
                        for (const QString &name : removal.services)
                            out(Tr::tr("Removed service %1").arg(name));
                        for (const QString &name : removal.secrets)
                            out(Tr::tr("Removed secret %1").arg(name));
                        for (const QString &name : removal.configs)
                            out(Tr::tr("Removed config %1").arg(name));
                        for (const QString &name : removal.networks)
                            out(Tr::tr("Removed network %1").arg(name));
                        for (const QString &failure : removal.failures)
                            err(failure);
                        if (!removal.failures.isEmpty())
                            session.countFailure();
                    }
                    next();
                }));
        });
    });
}

// ---- secret / config ------------------------------------------------------------------------

SecretLsCommand::SecretLsCommand(SwarmSecret::Kind kind)
    : Command(QStringLiteral("ls"), kind == SwarmSecret::Kind::Secret
                                        ? Tr::tr("List the swarm's secrets (never their data)")
                                        : Tr::tr("List the swarm's configs"))
    , m_kind(kind)
{}

void SecretLsCommand::run(CliSession &session) const
{
    const SwarmSecret::Kind kind = m_kind;
    session.connectThen([&session, kind] {
        session.setCall(session.engine().listSecrets(
            kind, &session, [&session](const EngineResult<QList<SwarmSecret>> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                QList<SwarmSecret> list = r.value;
                std::sort(list.begin(), list.end(), [](const SwarmSecret &a, const SwarmSecret &b) {
                    return a.name < b.name;
                });
                if (session.json()) {
                    QJsonArray array;
                    for (const SwarmSecret &s : list)
                        array.append(
                            QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("created"), jsonTime(s.created)},
                                        {QStringLiteral("updated"), jsonTime(s.updated)},
                                        {QStringLiteral("labels"), CliPrinter::map(s.labels)}});
                    CliPrinter::json(array);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const SwarmSecret &s : list)
                    rows.append({s.id.left(12), s.name, time(s.created), time(s.updated)});
                CliPrinter::table(
                    {Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("CREATED"), Tr::tr("UPDATED")}, rows);
                session.finish(0);
            }));
    });
}

SecretCreateCommand::SecretCreateCommand(SwarmSecret::Kind kind)
    : Command(QStringLiteral("create"),
              kind == SwarmSecret::Kind::Secret
                  ? Tr::tr("Create a secret from a file, or - for standard input")
                  : Tr::tr("Create a config from a file, or - for standard input"),
              QStringLiteral("NAME FILE"))
    , m_kind(kind)
{}

void SecretCreateCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("l"), QStringLiteral("label")},
                 Tr::tr("Set a label (repeat for more)."),
                 Tr::tr("KEY=VALUE")});
}

void SecretCreateCommand::run(CliSession &session) const
{
    if (session.args().size() != 2) {
        session.usageError(Tr::tr("Use: gontainer-cli %1 create NAME FILE (or - for standard "
                                  "input) [--label KEY=VALUE]")
                               .arg(kindNoun(m_kind)));
        return;
    }
    const QString name = session.args().at(0);
    const QString path = session.args().at(1);
    QMap<QString, QString> labels;
    QString why;
    if (!CliChecks::keyValues(session.options().values(QStringLiteral("label")),
                              QStringLiteral("label"), true, &labels, &why)) {
        session.usageError(why);
        return;
    }
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        session.usageError(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    if (data.isEmpty()) {
        session.usageError(
            Tr::tr("%1 is empty: a %2 needs some content.").arg(path, kindNoun(m_kind)));
        return;
    }
    const SwarmSecret::Kind kind = m_kind;
    session.connectThen([&session, kind, name, data, labels] {
        session.setCall(session.engine().createSecret(
            kind, name, data, labels, &session, [&session](const EngineResult<CreatedObject> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                CliPrinter::created(r.value, session.json());
                session.finish(0);
            }));
    });
}

SecretRmCommand::SecretRmCommand(SwarmSecret::Kind kind)
    : Command(QStringLiteral("rm"),
              kind == SwarmSecret::Kind::Secret ? Tr::tr("Remove secrets")
                                                : Tr::tr("Remove configs"),
              QStringLiteral("NAME..."))
    , m_kind(kind)
{}

void SecretRmCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const SwarmSecret::Kind kind = m_kind;
    session.connectThen([&session, kind] {
        // By name or id: the engine takes either.
        session.eachArgumentDone([&session, kind](const QString &arg, Engine::DoneCallback done) {
            return session.engine().removeSecret(kind, arg, &session, std::move(done));
        });
    });
}
