#include "app/cli/clinodes.h"

#include "app/cli/cliprinter.h"
#include "app/cli/clitext.h"
#include "core/config/nodeimporter.h"
#include "core/config/nodestore.h"
#include "core/config/secretstore.h"
#include "core/engine/loglinesplitter.h"
#include "core/services/enginefactory.h"
#include "core/services/localenginelocator.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

#include <algorithm>

using namespace CliText;

QList<CliNodes::Node> CliNodes::all(const QProcessEnvironment &env)
{
    QList<Node> nodes;
    if (!NodeStore::localDefaultRemoved()) {
        const auto candidates = LocalEngineLocator::candidates(env);
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                        [](const auto &c) { return answers(c.endpoint, 2000); });
        if (found != candidates.cend())
            nodes.append({QLatin1String(LocalName), found->endpoint, found->origin});
        else if (!candidates.isEmpty())
            nodes.append(
                {QLatin1String(LocalName), candidates.first().endpoint, candidates.first().origin});
    }
    for (const NodeConfig &c : NodeStore::load())
        nodes.append({c.name, c.endpoint(), c.origin});
    return nodes;
}

bool CliNodes::find(const QString &name, const QProcessEnvironment &env, Node *node)
{
    if (name.compare(QLatin1String(LocalName), Qt::CaseInsensitive) == 0) {
        const QList<Node> nodes = all(env);
        if (nodes.isEmpty() || nodes.first().name != QLatin1String(LocalName))
            return false;
        *node = nodes.first();
        return true;
    }
    const QList<NodeConfig> configured = NodeStore::load();
    const NodeConfig *c = NodeStore::find(configured, name);
    if (!c)
        return false;
    *node = {c->name, c->endpoint(), c->origin};
    return true;
}

CliNodes::CliNodes(bool json, QObject *parent)
    : QObject(parent)
    , m_json(json)
{}

CliNodes::~CliNodes() = default;

void CliNodes::identifyAll(std::function<void(const Node &, Engine *, std::function<void()>)> each,
                           std::function<void()> all, const QList<Node> &nodes)
{
    m_nodes = nodes.isEmpty() ? CliNodes::all(QProcessEnvironment::systemEnvironment()) : nodes;
    auto open = std::make_shared<int>(int(m_nodes.size()));
    if (*open == 0) {
        all();
        return;
    }
    for (const Node &node : std::as_const(m_nodes)) {
        m_engines.push_back(makeEngine(node.endpoint));
        Engine *engine = m_engines.back().get();
        auto finished = [open, all] {
            if (--*open == 0)
                all();
        };
        engine->identify(this,
                         [this, node, engine, each, finished](const EngineResult<EngineInfo> &r) {
                             if (!r.ok()) {
                                 ++m_failures;
                                 err(tr("%1: %2").arg(node.name, r.error.userText()));
                                 finished();
                                 return;
                             }
                             each(node, engine, finished);
                         });
    }
}

void CliNodes::list(Done done)
{
    struct Row
    {
        Node node;
        QString state;
        int latencyMs = -1;
        EngineInfo info;
        QString error;
    };
    m_nodes = all(QProcessEnvironment::systemEnvironment());
    auto rows = std::make_shared<QList<Row>>();
    for (const Node &n : std::as_const(m_nodes))
        rows->append({n, QStringLiteral("offline"), -1, {}, {}});
    auto open = std::make_shared<int>(int(m_nodes.size()));
    auto print = [this, rows, done] {
        if (m_json) {
            QJsonArray array;
            for (const Row &r : std::as_const(*rows))
                array.append(QJsonObject{{QStringLiteral("name"), r.node.name},
                                         {QStringLiteral("url"), r.node.endpoint.toUrl()},
                                         {QStringLiteral("origin"), r.node.origin},
                                         {QStringLiteral("state"), r.state},
                                         {QStringLiteral("latencyMs"), r.latencyMs},
                                         {QStringLiteral("engine"), r.info.name},
                                         {QStringLiteral("version"), r.info.version},
                                         {QStringLiteral("apiVersion"), r.info.apiVersion},
                                         {QStringLiteral("error"), r.error}});
            CliPrinter::json(array);
        } else {
            QList<QStringList> table;
            for (const Row &r : std::as_const(*rows))
                table.append({r.node.name, r.node.endpoint.toUrl(), r.state,
                              r.latencyMs < 0 ? QStringLiteral("-") : tr("%1 ms").arg(r.latencyMs),
                              r.info.name.isEmpty() ? QStringLiteral("-") : r.info.name,
                              r.info.version.isEmpty() ? QStringLiteral("-") : r.info.version,
                              r.error});
            CliPrinter::table({tr("NAME"), tr("ADDRESS"), tr("STATE"), tr("LATENCY"), tr("ENGINE"),
                               tr("VERSION"), tr("ERROR")},
                              table);
        }
        // Listing is the point: a node that is down is a finding, not a failure.
        done(0);
    };
    if (*open == 0) {
        print();
        return;
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        m_engines.push_back(makeEngine(m_nodes.at(i).endpoint));
        Engine *engine = m_engines.back().get();
        auto finished = [open, print] {
            if (--*open == 0)
                print();
        };
        engine->identify(this, [this, i, rows, engine,
                                finished](const EngineResult<EngineInfo> &r) {
            Row &row = (*rows)[i];
            if (!r.ok()) {
                row.error = r.error.userText();
                finished();
                return;
            }
            row.info = r.value;
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            engine->ping(this, [rows, i, timer, finished](const EngineError &e) {
                Row &pinged = (*rows)[i];
                pinged.state = e.isError() ? QStringLiteral("offline") : QStringLiteral("online");
                pinged.latencyMs = e.isError() ? -1 : int(timer->elapsed());
                pinged.error = e.isError() ? e.userText() : QString();
                finished();
            });
        });
    }
}

void CliNodes::ps(bool allStates, Done done)
{
    auto found = std::make_shared<QList<CliPrinter::NodeContainer>>();
    identifyAll(
        [this, allStates, found](const Node &node, Engine *engine, std::function<void()> finished) {
            engine->listContainers({}, this,
                                   [this, node, allStates, found,
                                    finished](const EngineResult<QList<ContainerSummary>> &r) {
                                       if (!r.ok()) {
                                           ++m_failures;
                                           err(tr("%1: %2").arg(node.name, r.error.userText()));
                                       }
                                       for (const ContainerSummary &c : r.value) {
                                           if (allStates ||
                                               c.state == ContainerSummary::State::Running)
                                               found->append({node.name, c});
                                       }
                                       finished();
                                   });
        },
        [this, found, done] {
            CliPrinter::containers(*found, true, m_json);
            // The rows of the nodes that answered are printed; any that did not fail the run.
            done(m_failures > 0 ? 1 : 0);
        });
}

void CliNodes::events(const EventFilter &filter, Done done)
{
    auto open = std::make_shared<int>(0);
    identifyAll(
        [this, filter, open, done](const Node &node, Engine *engine,
                                   std::function<void()> finished) {
            EventStream *stream = engine->watchEvents(filter, this);
            m_streams.append(stream);
            ++*open;
            connect(stream, &EventStream::eventReceived, this, [this, node](const EngineEvent &e) {
                CliPrinter::event(e, node.name, m_json);
            });
            // A node whose stream ends is reported; the others go on until Ctrl+C.
            connect(stream, &EventStream::ended, this,
                    [this, node, open, done](const EngineError &e) {
                        ++m_failures;
                        err(tr("%1: %2").arg(node.name, e.userText()));
                        if (--*open == 0)
                            done(1);
                    });
            finished();
        },
        [this, open, done] {
            if (*open == 0)
                done(1); // no node to follow
        });
}

QString CliNodes::badLogFilter(const QStringList &filters)
{
    for (const QString &f : filters) {
        const QString key = f.section(QLatin1Char('='), 0, 0);
        if ((key != QLatin1String("name") && key != QLatin1String("label")) ||
            !f.contains(QLatin1Char('=')) || f.section(QLatin1Char('='), 1).isEmpty())
            return f;
    }
    return {};
}

namespace {

bool selected(const ContainerSummary &c, const CliNodes::LogSelection &s)
{
    if (!s.containers.isEmpty()) {
        const bool named =
            std::any_of(s.containers.cbegin(), s.containers.cend(), [&c](const QString &n) {
                return c.name == n || (n.size() >= 3 && c.id.startsWith(n));
            });
        if (!named)
            return false;
    }
    for (const QString &f : s.filters) {
        const QString key = f.section(QLatin1Char('='), 0, 0);
        const QString value = f.section(QLatin1Char('='), 1);
        if (key == QLatin1String("name") && !c.name.contains(value))
            return false;
        if (key == QLatin1String("label")) {
            const QString labelKey = value.section(QLatin1Char('='), 0, 0);
            if (!c.labels.contains(labelKey))
                return false;
            if (value.contains(QLatin1Char('=')) &&
                c.labels.value(labelKey) != value.section(QLatin1Char('='), 1))
                return false;
        }
    }
    return true;
}

} // namespace

void CliNodes::logs(const QList<Node> &nodes, const LogSelection &selection,
                    const LogOptions &options, Done done)
{
    struct Source
    {
        QString node;
        QString name;
        QString id;
    };
    auto sources = std::make_shared<QList<Source>>();
    auto open = std::make_shared<int>(0);
    auto identified = std::make_shared<bool>(false);
    m_logTimes = options.timestamps;
    m_clock.start();
    auto *printer = new QTimer(this);
    printer->setInterval(100);
    connect(printer, &QTimer::timeout, this, [this] { printLogLines(false); });
    const auto finishIfDone = [this, open, identified, printer, done] {
        if (!*identified || *open > 0)
            return;
        printer->stop();
        printLogLines(true);
        done(m_failures > 0 ? 1 : 0);
    };
    const int nodeCount = nodes.isEmpty()
                              ? int(all(QProcessEnvironment::systemEnvironment()).size())
                              : int(nodes.size());
    identifyAll(
        [this, selection, options, sources, open, finishIfDone](const Node &node, Engine *engine,
                                                                std::function<void()> finished) {
            engine->listContainers(
                {}, this, [=, this](const EngineResult<QList<ContainerSummary>> &r) {
                    if (!r.ok()) {
                        ++m_failures;
                        err(tr("%1: %2").arg(node.name, r.error.userText()));
                        finished();
                        return;
                    }
                    for (const ContainerSummary &c : r.value) {
                        if (!selected(c, selection))
                            continue;
                        const int source = m_merger.addSource();
                        sources->append({node.name, c.name, c.id});
                        m_logPrefixes.append(node.name + QLatin1Char('/') + c.name);
                        LogOptions o = options;
                        o.timestamps = true; // to merge by; printed only when asked
                        LogStream *stream = engine->readLogs(c.id, o, this);
                        m_logStreams.append(stream);
                        ++*open;
                        auto splitter = std::make_shared<LogLineSplitter>(true);
                        connect(stream, &LogStream::received, this,
                                [this, source, splitter](const QList<LogChunk> &chunks) {
                                    QList<LogLine> lines = splitter->feed(chunks);
                                    LogLineSplitter::refineWholeSeconds(
                                        lines, QDateTime::currentMSecsSinceEpoch() * 1000000);
                                    m_merger.add(source, lines, m_clock.elapsed());
                                });
                        connect(stream, &LogStream::ended, this,
                                [this, source, splitter, open, finishIfDone, node,
                                 c](const EngineError &e) {
                                    m_merger.add(source, splitter->finish(), m_clock.elapsed());
                                    if (e.isError()) {
                                        ++m_failures;
                                        err(tr("%1/%2: %3").arg(node.name, c.name, e.userText()));
                                    }
                                    --*open;
                                    finishIfDone();
                                });
                    }
                    finished();
                });
        },
        [this, sources, identified, selection, finishIfDone, printer, nodeCount] {
            *identified = true;
            for (const QString &name : selection.containers) {
                const bool found =
                    std::any_of(sources->cbegin(), sources->cend(), [&name](const Source &s) {
                        return s.name == name || (name.size() >= 3 && s.id.startsWith(name));
                    });
                if (!found) {
                    ++m_failures;
                    err(tr("No container called %1.").arg(name));
                }
            }
            if (sources->isEmpty()) {
                ++m_failures;
                err(tr("No container matched on the %n node(s) asked.", nullptr, nodeCount));
            }
            // One node: the node's name is left out of the prefix.
            QSet<QString> nodesSeen;
            for (const Source &s : std::as_const(*sources))
                nodesSeen.insert(s.node);
            if (nodesSeen.size() <= 1) {
                for (qsizetype i = 0; i < sources->size(); ++i)
                    m_logPrefixes[i] = sources->at(i).name;
            }
            qsizetype width = 0;
            for (const QString &p : std::as_const(m_logPrefixes))
                width = qMax(width, p.size());
            for (QString &p : m_logPrefixes)
                p = p.leftJustified(width);
            printer->start();
            finishIfDone();
        },
        nodes);
}

void CliNodes::printLogLines(bool all)
{
    static const bool colour = ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
    static const char *const colours[] = {"36", "33", "32", "35", "34", "31", "96", "93"};
    for (const LogMerger::Entry &e : m_merger.take(m_clock.elapsed(), all)) {
        const QString &prefix = m_logPrefixes.at(e.source);
        const bool isErr = e.line.source == LogChunk::Source::Stderr;
        if (m_json) {
            QJsonObject o{{QStringLiteral("source"), prefix.trimmed()},
                          {QStringLiteral("stream"),
                           isErr ? QStringLiteral("stderr") : QStringLiteral("stdout")},
                          {QStringLiteral("line"), QString::fromUtf8(e.line.text)}};
            if (e.line.timeNs != 0)
                o.insert(QStringLiteral("time"),
                         QString::fromLatin1(LogLineSplitter::formatTime(e.line.timeNs)));
            CliPrinter::raw(stdout, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            continue;
        }
        QByteArray line;
        if (colour)
            line += "\x1b[" + QByteArray(colours[e.source % 8]) + 'm';
        line += prefix.toUtf8() + " |";
        if (colour)
            line += "\x1b[0m";
        line += ' ';
        if (m_logTimes && e.line.timeNs != 0)
            line += LogLineSplitter::formatTime(e.line.timeNs) + ' ';
        line += e.line.text;
        if (!e.line.continued)
            line += '\n';
        CliPrinter::raw(isErr ? stderr : stdout, line);
    }
}

int CliNodes::add(const NodeConfig &config, const QString &passphrase)
{
    QList<NodeConfig> nodes = NodeStore::load();
    NodeConfig c = config;
    c.name = c.name.trimmed();
    if (const QString problem = c.problem(); !problem.isEmpty()) {
        err(problem);
        return 2;
    }
    if (NodeStore::find(nodes, c.name) ||
        c.name.compare(QLatin1String(LocalName), Qt::CaseInsensitive) == 0) {
        err(tr("There is already a node called %1: choose another name.").arg(c.name));
        return 2;
    }
    c.id = NodeStore::newId();
    if (!passphrase.isEmpty()) {
        // Into the keychain first: a node that needs a passphrase it does not have is no use.
        const QString error = waitFor([&](SecretStore::Done done) {
            SecretStore::write(c.passphraseKey(), passphrase, this, std::move(done));
        });
        if (!error.isEmpty()) {
            err(tr("The node was not added: its key's passphrase could not be saved. %1")
                    .arg(error));
            return 1;
        }
        c.sshPassphraseSaved = true;
    }
    // Onto the list as it is now: a node another program added meanwhile stays.
    const NodeStore::Result result = NodeStore::apply({NodeStore::Change::add(c)});
    const QString refused = result.refused.value(0);
    if (!refused.isEmpty() || !result.error.isEmpty()) {
        if (c.sshPassphraseSaved)
            waitFor([&](SecretStore::Done done) {
                SecretStore::remove(c.passphraseKey(), this, std::move(done));
            });
        if (!refused.isEmpty()) {
            err(refused);
            return 2;
        }
        err(notSaved(result.error));
        return 1;
    }
    out(c.name);
    return 0;
}

QString CliNodes::notSaved(const QString &error)
{
    return tr("Nothing was changed: the node list could not be saved to %1: %2. Free space or "
              "fix the folder's permissions, then try again.")
        .arg(QDir::toNativeSeparators(NodeStore::filePath()), error);
}

QString CliNodes::waitFor(const std::function<void(SecretStore::Done)> &call)
{
    QEventLoop loop;
    QString result;
    call([&](const QString &error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

int CliNodes::remove(const QString &name)
{
    if (name.compare(QLatin1String(LocalName), Qt::CaseInsensitive) == 0) {
        if (const QString error = NodeStore::setLocalDefaultRemoved(true); !error.isEmpty()) {
            err(notSaved(error));
            return 1;
        }
        out(name);
        return 0;
    }
    QList<NodeConfig> nodes = NodeStore::load();
    const NodeConfig *c = NodeStore::find(nodes, name);
    if (!c) {
        err(tr("There is no node called %1. gontainer-cli nodes lists them.").arg(name));
        return 1;
    }
    const NodeConfig removed = *c;
    if (const QString error = NodeStore::apply({NodeStore::Change::remove(removed.id)}).error;
        !error.isEmpty()) {
        err(notSaved(error));
        return 1;
    }
    if (removed.sshPassphraseSaved) {
        const QString error = waitFor([&](SecretStore::Done done) {
            SecretStore::remove(removed.passphraseKey(), this, std::move(done));
        });
        if (!error.isEmpty())
            err(tr("The node's passphrase stays in the keychain: %1").arg(error));
    }
    out(name);
    return 0;
}

int CliNodes::restoreLocal()
{
    if (!NodeStore::localDefaultRemoved()) {
        err(tr("The local node is already there."));
        return 1;
    }
    if (const QString error = NodeStore::setLocalDefaultRemoved(false); !error.isEmpty()) {
        err(notSaved(error));
        return 1;
    }
    out(QLatin1String(LocalName));
    return 0;
}

int CliNodes::import(const QProcessEnvironment &env, bool dryRun)
{
    const NodeImporter::Found found = NodeImporter::findAll(env);
    QList<NodeConfig> existing = NodeStore::load();
    const QList<Node> nodes = all(env);
    if (!nodes.isEmpty() && nodes.first().name == QLatin1String(LocalName)) {
        NodeConfig local;
        local.name = QLatin1String(LocalName);
        local.url = nodes.first().endpoint.toUrl();
        existing.prepend(local);
    }
    NodeImporter::Plan plan = NodeImporter::plan(existing, found.candidates);
    if (!dryRun && !plan.add.isEmpty()) {
        QList<NodeStore::Change> changes;
        for (const NodeConfig &c : std::as_const(plan.add))
            changes.append(NodeStore::Change::add(c));
        const NodeStore::Result result = NodeStore::apply(changes);
        if (!result.error.isEmpty()) {
            err(notSaved(result.error));
            return 1;
        }
        // A name another program took meanwhile.
        QList<NodeConfig> added;
        for (qsizetype i = 0; i < plan.add.size(); ++i) {
            if (result.refused.value(i).isEmpty())
                added.append(plan.add.at(i));
            else
                plan.skipped.append(result.refused.value(i));
        }
        plan.add = added;
    }
    for (const QString &warning : found.warnings)
        err(warning);
    if (m_json) {
        QJsonArray added;
        for (const NodeConfig &c : plan.add)
            added.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("url"), c.url},
                                     {QStringLiteral("tls"), c.tls},
                                     {QStringLiteral("origin"), c.origin}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("added"), added},
                                                        {QStringLiteral("skipped"),
                                                         QJsonArray::fromStringList(plan.skipped)},
                                                        {QStringLiteral("dryRun"), dryRun}})
                                  .toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (found.candidates.isEmpty()) {
        out(tr("No Docker context or Podman connection was found (looked in %1 and in podman's "
               "connections).")
                .arg(NodeImporter::dockerConfigDir(env)));
        return 0;
    }
    QList<QStringList> rows;
    for (const NodeConfig &c : plan.add)
        rows.append({c.name, c.url, NodeImporter::originText(c.origin)});
    if (!rows.isEmpty()) {
        out(dryRun ? tr("Would add:") : tr("Added:"));
        CliPrinter::table({tr("NAME"), tr("URL"), tr("FROM")}, rows);
    }
    for (const QString &skipped : plan.skipped)
        out(tr("Skipped %1").arg(skipped));
    return 0;
}
