#include "app/cli/streamcommands.h"

#include "app/cli/clinodes.h"
#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/docker/dockercontainerjson.h"
#include "core/engine/loglinesplitter.h"
#include "core/engine/spectext.h"
#include "core/services/logfollower.h"
#include "core/services/nodeserviceimpl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <cstdio>
#include <memory>

using namespace CliText;

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StreamCommands)
};

// "10m" ago, or an RFC 3339 time.
QDateTime parseSince(const QString &text)
{
    const QDateTime absolute = DockerContainerJson::parseTime(text);
    if (absolute.isValid())
        return absolute;
    const auto ms = SpecText::parseDuration(text, nullptr);
    return ms ? QDateTime::currentDateTimeUtc().addMSecs(-*ms) : QDateTime();
}

QString badTimeText(const QString &text)
{
    return Tr::tr("\"%1\" is neither a time (2024-05-01T10:00:00Z) nor a duration (10m).")
        .arg(text);
}

QJsonObject statsObject(const ContainerStats &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("read"), s.read.toString(Qt::ISODateWithMs)},
        {QStringLiteral("cpuPercent"), s.cpuPercent},
        {QStringLiteral("memoryUsage"), s.memoryUsage},
        {QStringLiteral("memoryLimit"), s.memoryLimit},
        {QStringLiteral("memoryPercent"), s.memoryPercent},
        {QStringLiteral("networkRx"), s.networkKnown ? QJsonValue(s.networkRx) : QJsonValue()},
        {QStringLiteral("networkTx"), s.networkKnown ? QJsonValue(s.networkTx) : QJsonValue()},
        {QStringLiteral("blockRead"), s.blockRead},
        {QStringLiteral("blockWrite"), s.blockWrite},
        {QStringLiteral("pids"), s.pids}};
}

QStringList statsRow(const QString &name, const ContainerStats &s)
{
    const auto bytes = &CliPrinter::bytes;
    return {name, QString::number(s.cpuPercent, 'f', 2) + QLatin1Char('%'),
            bytes(s.memoryUsage) + QStringLiteral(" / ") + bytes(s.memoryLimit),
            QString::number(s.memoryPercent, 'f', 2) + QLatin1Char('%'),
            // "--" where the engine does not measure it, as docker stats shows a container
            // without a network.
            s.networkKnown ? bytes(s.networkRx) + QStringLiteral(" / ") + bytes(s.networkTx)
                           : QStringLiteral("--"),
            bytes(s.blockRead) + QStringLiteral(" / ") + bytes(s.blockWrite),
            QString::number(s.pids)};
}

// `logs -f` of one container as the window follows it: through the engine going away and coming
// back (from the last line's time, no line twice) and through the container restarting. It ends
// when the container stops, as docker's does, or on Ctrl+C.
void followLogs(CliSession &session, const LogOptions &options)
{
    const QString name =
        session.nodeText().isEmpty() ? session.endpoint().toUrl() : session.nodeText();
    auto *node = new NodeServiceImpl(name, session.endpoint(), &session);
    auto *follower = new LogFollower(node, session.args().at(0), &session);
    session.setStream(follower);
    const bool times = options.timestamps;
    QObject::connect(
        follower, &LogFollower::linesArrived, &session, [times](const QList<LogLine> &lines) {
            for (const LogLine &l : lines) {
                QByteArray text;
                if (times && l.timeNs != 0)
                    text = LogLineSplitter::formatTime(l.timeNs) + ' ';
                text += l.text;
                if (!l.continued)
                    text += '\n';
                CliPrinter::raw(l.source == LogChunk::Source::Stderr ? stderr : stdout, text);
            }
        });
    QObject::connect(follower, &LogFollower::stateChanged, &session,
                     [&session, follower](LogFollower::State state) {
                         using S = LogFollower::State;
                         if (state == S::Exited || state == S::Ended)
                             session.finish(0);
                         else if (state == S::Failed)
                             session.failWith(follower->error());
                     });
    // Said once each way on standard error, so that what the container printed stays apart.
    auto away = std::make_shared<bool>(false);
    auto started = std::make_shared<bool>(false);
    QObject::connect(
        node, &NodeService::stateChanged, &session,
        [&session, node, follower, options, name, away, started](NodeService::State state) {
            const bool up =
                state == NodeService::State::Online || state == NodeService::State::Degraded;
            if (!*started) {
                // The engine answered a moment ago: the first connection gets the same chance.
                if (state == NodeService::State::Offline) {
                    session.failWith(node->lastError());
                    return;
                }
                if (!up)
                    return;
                *started = true;
                LogFollower::Options o;
                o.follow = true;
                o.tail = options.tail;
                o.since = options.since;
                follower->start(o);
                return;
            }
            if (state == NodeService::State::Offline && !*away) {
                *away = true;
                err(Tr::tr("Node %1 is not answering; waiting for it to come back (Ctrl+C to "
                           "stop)…")
                        .arg(name));
            } else if (up && *away) {
                *away = false;
                err(Tr::tr("Node %1 is back; following the log again.").arg(name));
            }
        });
    node->start();
}

} // namespace

// ---- logs -----------------------------------------------------------------------------------

LogsCommand::LogsCommand()
    : Command(QStringLiteral("logs"),
              Tr::tr("Show containers' output; several (or --all-nodes, --filter) merged by time"),
              QStringLiteral("CONTAINER..."))
{}

void LogsCommand::configure(QCommandLineParser &p) const
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("follow")}, Tr::tr("Keep following.")});
    p.addOption({{QStringLiteral("n"), QStringLiteral("tail")},
                 Tr::tr("Only the last N lines."),
                 QStringLiteral("N")});
    p.addOption({{QStringLiteral("t"), QStringLiteral("timestamps")},
                 Tr::tr("Prefix each line with its time.")});
    p.addOption({QStringLiteral("since"),
                 Tr::tr("Only lines since a time or a duration ago (10m)."), Tr::tr("WHEN")});
    p.addOption({QStringLiteral("until"), Tr::tr("Only lines until a time or a duration ago."),
                 Tr::tr("WHEN")});
    p.addOption({QStringLiteral("all-nodes"),
                 Tr::tr("Look for the containers on every node the app shows.")});
    p.addOption({QStringLiteral("filter"),
                 Tr::tr("Every container that matches: name=PART, label=KEY or label=KEY=VALUE. "
                        "Several containers are merged by time, each line prefixed with its "
                        "container (and node)."),
                 Tr::tr("FILTER")});
}

void LogsCommand::run(CliSession &session) const
{
    const QCommandLineParser &p = session.options();
    const QStringList filters = p.values(QStringLiteral("filter"));
    const bool allNodes = p.isSet(QStringLiteral("all-nodes"));
    const bool several = session.args().size() > 1 || allNodes || !filters.isEmpty();
    if (!several && !session.needArgs(1))
        return;
    if (const QString bad = CliNodes::badLogFilter(filters); !bad.isEmpty()) {
        session.usageError(
            Tr::tr("Unknown filter %1: use name=PART, label=KEY or label=KEY=VALUE.").arg(bad));
        return;
    }
    LogOptions options;
    options.follow = p.isSet(QStringLiteral("follow"));
    options.timestamps = p.isSet(QStringLiteral("timestamps"));
    if (p.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        options.tail = p.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || options.tail < 0) {
            session.usageError(Tr::tr("--tail takes a whole number of lines."));
            return;
        }
    }
    for (const auto &[name, field] : {std::pair{QStringLiteral("since"), &options.since},
                                      std::pair{QStringLiteral("until"), &options.until}}) {
        if (!p.isSet(name))
            continue;
        *field = parseSince(p.value(name));
        if (!field->isValid()) {
            session.usageError(badTimeText(p.value(name)));
            return;
        }
    }
    if (several) {
        QList<CliNodes::Node> nodes;
        if (!allNodes)
            nodes.append(
                {session.nodeText().isEmpty() ? session.endpoint().toUrl() : session.nodeText(),
                 session.endpoint(),
                 {}});
        session.makeNodes()->logs(nodes, {session.args(), filters}, options,
                                  [&session](int code) { session.finish(code); });
        return;
    }
    session.connectThen([&session, options] {
        if (options.follow && !options.until.isValid()) {
            followLogs(session, options);
            return;
        }
        LogStream *stream = session.engine().readLogs(session.args().at(0), options, &session);
        session.setStream(stream);
        QObject::connect(stream, &LogStream::received, &session, [](const QList<LogChunk> &chunks) {
            for (const LogChunk &c : chunks)
                CliPrinter::raw(c.source == LogChunk::Source::Stderr ? stderr : stdout, c.data);
        });
        QObject::connect(stream, &LogStream::ended, &session,
                         [&session, stream](const EngineError &e) {
                             stream->deleteLater();
                             if (e.isError()) {
                                 session.failWith(e);
                                 return;
                             }
                             session.finish(0);
                         });
    });
}

// ---- events ---------------------------------------------------------------------------------

EventsCommand::EventsCommand()
    : Command(QStringLiteral("events"), Tr::tr("Follow events until Ctrl+C"))
{}

void EventsCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("type"),
                 Tr::tr("Only events of this kind: container, image, volume, network, pod."),
                 Tr::tr("TYPE")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("filter")},
                 Tr::tr("Only events that match: container=NAME, label=KEY[=VALUE], event=ACTION."),
                 Tr::tr("FILTER")});
    p.addOption({QStringLiteral("since"),
                 Tr::tr("Replay events since a time or a duration ago first."), Tr::tr("WHEN")});
    p.addOption({QStringLiteral("all-nodes"),
                 Tr::tr("Follow every node the app shows, each line with its node.")});
}

void EventsCommand::run(CliSession &session) const
{
    const QCommandLineParser &p = session.options();
    EventFilter filter;
    filter.types = p.values(QStringLiteral("type"));
    for (const QString &f : p.values(QStringLiteral("filter"))) {
        const QString key = f.section(QLatin1Char('='), 0, 0);
        const QString value = f.section(QLatin1Char('='), 1);
        if (key == QLatin1String("container"))
            filter.containers << value;
        else if (key == QLatin1String("label"))
            filter.labels << value;
        else if (key == QLatin1String("event"))
            filter.actions << value;
        else if (key == QLatin1String("type"))
            filter.types << value;
        else {
            session.usageError(
                Tr::tr("Unknown filter %1: use container=, label=, event= or type=.").arg(f));
            return;
        }
    }
    if (p.isSet(QStringLiteral("since"))) {
        filter.since = parseSince(p.value(QStringLiteral("since")));
        if (!filter.since.isValid()) {
            session.usageError(badTimeText(p.value(QStringLiteral("since"))));
            return;
        }
    }
    if (p.isSet(QStringLiteral("all-nodes"))) {
        session.makeNodes()->events(filter, [&session](int code) { session.finish(code); });
        return;
    }
    session.connectThen([&session, filter] {
        EventStream *stream = session.engine().watchEvents(filter, &session);
        session.setStream(stream);
        QObject::connect(
            stream, &EventStream::eventReceived, &session,
            [&session](const EngineEvent &e) { CliPrinter::event(e, QString(), session.json()); });
        QObject::connect(stream, &EventStream::ended, &session,
                         [&session](const EngineError &e) { session.failWith(e); });
    });
}

// ---- stats ----------------------------------------------------------------------------------

StatsCommand::StatsCommand()
    : Command(QStringLiteral("stats"), Tr::tr("Show containers' CPU, memory, network and disk use"),
              QStringLiteral("CONTAINER..."))
{}

void StatsCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("no-stream"), Tr::tr("Print one sample of each and stop.")});
}

void StatsCommand::run(CliSession &session) const
{
    if (!session.needArgs(1))
        return;
    const bool stream = !session.options().isSet(QStringLiteral("no-stream"));
    session.connectThen([&session, stream] {
        const QStringList header = {
            Tr::tr("CONTAINER"), Tr::tr("CPU %"),   Tr::tr("MEM USAGE / LIMIT"),
            Tr::tr("MEM %"),     Tr::tr("NET I/O"), Tr::tr("BLOCK I/O"),
            Tr::tr("PIDS")};
        // Streaming: a line per sample as it comes. One sample each: one table at the end.
        auto rows = std::make_shared<QMap<QString, QStringList>>();
        auto open = std::make_shared<int>(int(session.args().size()));
        if (stream && !session.json())
            out(header.join(QLatin1Char('\t')));
        for (const QString &id : session.args()) {
            StatsStream *s = session.engine().readStats(id, stream, &session);
            session.setStream(s);
            QObject::connect(s, &StatsStream::sampled, &session,
                             [&session, id, stream, rows](const ContainerStats &sample) {
                                 if (session.json()) {
                                     QJsonObject o = statsObject(sample);
                                     o.insert(QStringLiteral("container"), id);
                                     CliPrinter::jsonLine(o);
                                 } else if (stream) {
                                     out(statsRow(id, sample).join(QLatin1Char('\t')));
                                 } else {
                                     rows->insert(id, statsRow(id, sample));
                                 }
                             });
            QObject::connect(s, &StatsStream::ended, &session,
                             [&session, s, open, rows, header](const EngineError &e) {
                                 s->deleteLater();
                                 if (e.isError()) {
                                     err(e.userText());
                                     session.countFailure();
                                 }
                                 if (--*open > 0)
                                     return;
                                 if (!session.json() && !rows->isEmpty()) {
                                     QList<QStringList> list;
                                     for (const QString &name : session.args())
                                         if (rows->contains(name))
                                             list << rows->value(name);
                                     CliPrinter::table(header, list);
                                 }
                                 session.finish(session.failureCode());
                             });
        }
    });
}
