// The main window over three nodes (or more) with many containers, against the engines themselves:
// start-up to every row, event to row, requests at idle, memory with followed logs and a
// million held lines (the search field: bench_search.cpp). See docs/benchmarks.md.

#include "bench.h"
#include "benchsupport.h"

#include "app/appcontroller.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/models/logmodel.h"
#include "ui/views/containeractions.h"
#include "ui/views/containerspage.h"
#include "ui/views/logwindow.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/logview.h"

#include <QAction>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

#include <malloc.h>

using namespace Bench;

namespace {

struct Node
{
    QString name;
    QString socket;
    QString image;
    QStringList ids;
};

// The bytes of the lines the million-line container prints (below), newlines included.
qint64 logBytes(int lines)
{
    const qint64 fixed = qint64(sizeof("2024-05-01 12:00:00 INFO request  served in 12 ms by "
                                       "worker 7 path=/api/v1/items user=someone@example.com\n")) -
                         1;
    qint64 total = fixed * lines;
    for (qint64 from = 1, digits = 1; from <= lines; from *= 10, ++digits)
        total += (qMin<qint64>(lines, from * 10 - 1) - from + 1) * digits;
    return total;
}

void selectRows(MainWindow &window, const QList<QPair<QString, QString>> &containers)
{
    QTableView *view = window.containersPage()->tableView();
    QItemSelection selection;
    QModelIndex last;
    for (const auto &[node, id] : containers) {
        const int row = window.containersPage()->containerModel()->rowOf(node, id);
        last = window.containersPage()->containerProxy()->mapFromSource(
            window.containersPage()->containerModel()->index(row, 0));
        selection.select(last, last);
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
}

class ScaleBench
{
public:
    explicit ScaleBench(const ScaleOptions &options)
        : m_options(options)
    {}
    ~ScaleBench();
    bool run(QList<Row> *rows, QString *error);

private:
    bool prepare(QString *error);
    bool startup(QList<Row> *rows, QString *error);
    bool idle(QList<Row> *rows, QString *error);
    bool events(QList<Row> *rows, QString *error);
    bool memory(QList<Row> *rows, QString *error);
    bool idleCpu(QList<Row> *rows, QString *error);
    MainWindow *window() const { return m_app->window(); }
    NodeManager *manager() const { return window()->nodeManager(); }
    QString nodeId(int node) const { return manager()->nodes().at(node)->config().id; }
    bool startContainers(const QList<QPair<int, QString>> &which, QString *error);

    ScaleOptions m_options;
    std::vector<std::unique_ptr<ExtraDockerd>> m_extras; // the nodes after Docker and Podman
    QList<Node> m_nodes;
    qint64 m_listBytes = 0;
    TranslationLoader m_translations;
    std::unique_ptr<AppController> m_app;
    QString m_bigLog;
};

ScaleBench::~ScaleBench()
{
    for (LogWindow *w :
         m_app ? window()->containersPage()->actions()->logWindows() : QList<LogWindow *>())
        w->close();
    m_app.reset();
    say(QStringLiteral("Removing the benchmark's containers…"));
    std::vector<std::thread> threads;
    for (const Node &n : m_nodes) {
        threads.emplace_back([n, this] {
            QStringList ids = n.ids;
            if (!m_bigLog.isEmpty() && n.socket == TestEngines::dockerSocket())
                ids.append(m_bigLog);
            removeContainers(n.socket, ids, 4);
        });
    }
    for (std::thread &t : threads)
        t.join();
}

bool ScaleBench::run(QList<Row> *rows, QString *error)
{
    return prepare(error) && startup(rows, error) && idle(rows, error) && events(rows, error) &&
           memory(rows, error) && idleCpu(rows, error);
}

bool ScaleBench::prepare(QString *error)
{
    m_nodes = {
        {QStringLiteral("docker"), TestEngines::dockerSocket(), TestEngines::image(), {}},
        {QStringLiteral("podman"), TestEngines::podmanSocket(), TestEngines::podmanImage(), {}}};
    // The third node on, each a dockerd of the benchmark's own.
    for (int i = 2; i < m_options.nodes; ++i) {
        say(QStringLiteral("Starting a dockerd for node %1…").arg(i + 1));
        auto extra = std::make_unique<ExtraDockerd>();
        if (!extra->start(QStringLiteral("bench%1").arg(i), error))
            return false;
        m_nodes.append(
            {QStringLiteral("docker-%1").arg(i), extra->socket(), TestEngines::image(), {}});
        m_extras.push_back(std::move(extra));
    }
    say(QStringLiteral("Creating %1 containers on each of the %2 nodes…")
            .arg(m_options.containersPerNode)
            .arg(m_nodes.size()));
    const Clock::time_point start = Clock::now();
    std::vector<QString> errors(size_t(m_nodes.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        threads.emplace_back([this, i, &errors] {
            Node &n = m_nodes[i];
            // Prints a line every few seconds, so that a followed log has something to show.
            n.ids = createContainers(
                n.socket, n.image, QStringLiteral("bench-%1").arg(n.name),
                m_options.containersPerNode,
                {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("while :; do echo \"$(date) tick from $HOSTNAME\"; sleep 2; "
                                "done")},
                4, &errors[size_t(i)]);
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).ids.size() != m_options.containersPerNode) {
            *error = errors[size_t(i)];
            return false;
        }
    }
    say(QStringLiteral("  made in %1 s").arg(fmt(msBetween(start, Clock::now()) / 1000.0, 1)));

    // The nodes as a user would have them configured; no local default node.
    QList<QPair<QString, QString>> configured;
    for (const Node &n : std::as_const(m_nodes))
        configured.append({n.name, n.socket});
    if (!configureNodes(configured, error))
        return false;
    return true;
}

bool ScaleBench::startup(QList<Row> *rows, QString *error)
{
    const int total = int(m_nodes.size()) * m_options.containersPerNode;
    // The engines' own list time: the requests Gontainer makes (Podman's own list on Podman),
    // to all at once.
    QList<QPair<QString, QByteArray>> lists;
    for (const Node &n : m_nodes)
        lists.append({n.socket, n.socket == TestEngines::podmanSocket()
                                    ? QByteArray("/v4.0.0/libpod/containers/json?all=true")
                                    : QByteArray("/v1.41/containers/json?all=1")});
    std::vector<double> engine, app, ratios;
    for (int round = 0; round < m_options.startupRounds; ++round) {
        say(QStringLiteral("Start-up to %1 rows (%2 of %3)…")
                .arg(total)
                .arg(round + 1)
                .arg(m_options.startupRounds));
        if (m_app) {
            // The engines finish what the last start asked of them (Podman's /version and
            // /info each take it a third of a second), then rest.
            const QList<NodeService *> nodes = manager()->nodes();
            const bool settled = QTest::qWaitFor(
                [&] {
                    return std::all_of(nodes.begin(), nodes.end(), [](NodeService *n) {
                        return !n->engineInfo().kernel.isEmpty() && n->details().cpus > 0;
                    });
                },
                30000);
            if (!settled)
                say(QStringLiteral("  (a node did not describe itself within 30 s)"));
            m_app.reset();
            QTest::qWait(1000);
        }
        // Both sides meet the engines warm: Podman answers its first list after a rest in
        // about twice the time of the next.
        const double engineSeconds = rawParallelGet(lists, 3, &m_listBytes);
        if (engineSeconds < 0) {
            *error = QStringLiteral("a raw container list failed");
            return false;
        }
        const Clock::time_point start = Clock::now();
        // What main() does after the command line.
        m_app = std::make_unique<AppController>(&m_translations, Endpoint());
        m_app->start();
        ContainerTableModel *model = window()->containersPage()->containerModel();
        if (!waitOnModel(model, 120000, [&] { return model->rowCount() >= total; })) {
            *error =
                QStringLiteral("the model holds %1 rows, not %2").arg(model->rowCount()).arg(total);
            return false;
        }
        app.push_back(msBetween(start, Clock::now()) / 1000.0);
        engine.push_back(engineSeconds);
        ratios.push_back(app.back() / engineSeconds);
    }
    window()->containersPage()->setViewMode(ContainersPage::ViewMode::Table);
    window()->resize(1280, 800);
    QStringList each;
    for (size_t i = 0; i < app.size(); ++i)
        each << QStringLiteral("%1 s against %2 s").arg(fmt(app[i], 3), fmt(engine[i], 3));
    rows->append({QStringLiteral("start-up to every row in the model, %1 nodes × %2 containers")
                      .arg(m_nodes.size())
                      .arg(m_options.containersPerNode),
                  QStringLiteral("**%1 s**; ratio **%2×** (median of %3 starts: %4)")
                      .arg(fmt(percentile(app, 50), 3), fmt(percentile(ratios, 50)))
                      .arg(app.size())
                      .arg(each.join(QStringLiteral("; "))),
                  QStringLiteral("the %1 lists at once over raw sockets, best of 3 just "
                                 "before each start: %2 s (%3 MiB of JSON)")
                      .arg(m_nodes.size())
                      .arg(fmt(percentile(engine, 50), 3), fmt(double(m_listBytes) / 1048576.0, 1)),
                  m_nodes.size() >= 10 ? QStringLiteral("≤ 1.2×") : QStringLiteral("≤ 1.3×")});
    return true;
}

bool ScaleBench::idle(QList<Row> *rows, QString *error)
{
    say(QStringLiteral("Idle for %1 s with the window open…").arg(m_options.idleSeconds));
    // Whatever start-up still fetches (images, volumes, networks) settles first.
    QTest::qWait(3000);
    const QList<NodeService *> nodes = manager()->nodes();
    // Call counts come with each health probe: wait for a fresh one on every node.
    const auto probeAll = [&](std::vector<QHash<QString, qint64>> *counts,
                              std::vector<Clock::time_point> *at) {
        counts->assign(size_t(nodes.size()), {});
        at->assign(size_t(nodes.size()), {});
        std::vector<bool> got(size_t(nodes.size()), false);
        QObject ctx;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QObject::connect(nodes.at(i), &NodeService::healthProbed, &ctx, [&, i] {
                if (got[size_t(i)])
                    return;
                got[size_t(i)] = true;
                (*counts)[size_t(i)] = nodes.at(i)->callCounts();
                (*at)[size_t(i)] = Clock::now();
            });
        }
        return QTest::qWaitFor(
            [&] { return std::all_of(got.begin(), got.end(), [](bool b) { return b; }); }, 30000);
    };
    std::vector<QHash<QString, qint64>> before, after;
    std::vector<Clock::time_point> t0, t1;
    if (!probeAll(&before, &t0)) {
        *error = QStringLiteral("no health probe came");
        return false;
    }
    QTest::qWait(m_options.idleSeconds * 1000);
    if (!probeAll(&after, &t1)) {
        *error = QStringLiteral("no health probe came");
        return false;
    }
    double worstPerMinute = 0;
    qint64 lists = 0;
    QMap<QString, qint64> kinds;
    for (size_t i = 0; i < size_t(nodes.size()); ++i) {
        qint64 requests = 0;
        for (auto it = after[i].cbegin(); it != after[i].cend(); ++it) {
            const qint64 n = it.value() - before[i].value(it.key());
            if (n <= 0)
                continue;
            requests += n;
            kinds[it.key()] += n;
            if (it.key().contains(QLatin1String("/json")))
                lists += n;
        }
        const double minutes = msBetween(t0[i], t1[i]) / 60000.0;
        worstPerMinute = std::max(worstPerMinute, double(requests) / minutes);
    }
    QStringList what;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        what << QStringLiteral("`%1` ×%2").arg(it.key()).arg(it.value());
    rows->append(
        {QStringLiteral("requests per node per minute at idle, window open, %1 "
                        "containers a node")
             .arg(m_options.containersPerNode),
         QStringLiteral("**%1** (busiest node); list requests: **%2**; all nodes: %3")
             .arg(fmt(worstPerMinute, 1))
             .arg(lists)
             .arg(what.isEmpty() ? QStringLiteral("none") : what.join(QStringLiteral(", "))),
         QStringLiteral("one event stream per node, open throughout"),
         QStringLiteral("only health pings; 0 list requests")});
    return true;
}

bool ScaleBench::events(QList<Row> *rows, QString *error)
{
    const Node &node = m_nodes.first();
    const QString id0 = nodeId(0);
    say(QStringLiteral("%1 start/stop events on %2 (%3 containers)…")
            .arg(m_options.events)
            .arg(node.name)
            .arg(node.ids.size()));
    EventClock clock(node.socket);
    if (!clock.waitConnected(10000)) {
        *error = QStringLiteral("the raw event stream did not open");
        return false;
    }
    ContainerTableModel *model = window()->containersPage()->containerModel();
    std::vector<double> toRow, engine;
    const int pool = std::min<int>(10, int(node.ids.size()));
    for (int k = 0; k < m_options.events; ++k) {
        const QString id = node.ids.at((k / 2) % pool);
        const bool starting = k % 2 == 0;
        const Clock::time_point sent = Clock::now();
        std::thread request([&] {
            rawRequest(node.socket, "POST",
                       "/containers/" + id.toLatin1() + (starting ? "/start" : "/kill"));
        });
        Clock::time_point shown;
        const bool ok = waitOnModel(model, 15000, [&] {
            const int row = model->rowOf(id0, id);
            if (row < 0)
                return false;
            const auto state = model->containerAt(row).state;
            const bool done = starting ? state == ContainerSummary::State::Running
                                       : state == ContainerSummary::State::Exited;
            if (done && shown == Clock::time_point())
                shown = Clock::now();
            return done;
        });
        request.join();
        if (!ok) {
            *error = QStringLiteral("the row of %1 did not show it %2")
                         .arg(id, starting ? QStringLiteral("running") : QStringLiteral("exited"));
            return false;
        }
        const Clock::time_point arrived =
            clock.arrival(id, starting ? QStringLiteral("start") : QStringLiteral("die"), sent);
        if (arrived == Clock::time_point()) {
            // The raw stream may trail the row by a hair: give it a moment.
            QTest::qWait(200);
        }
        const Clock::time_point at =
            clock.arrival(id, starting ? QStringLiteral("start") : QStringLiteral("die"), sent);
        if (at == Clock::time_point()) {
            *error = QStringLiteral("the raw event stream missed an event");
            return false;
        }
        toRow.push_back(std::max(0.0, msBetween(at, shown)));
        engine.push_back(msBetween(sent, at));
    }
    rows->append(
        {QStringLiteral("engine event to updated model row, %1 start/kill events")
             .arg(m_options.events),
         QStringLiteral("p50 **%1 ms**, p99 **%2 ms**, worst %3 ms")
             .arg(fmt(percentile(toRow, 50), 1), fmt(percentile(toRow, 99), 1),
                  fmt(percentile(toRow, 100), 1)),
         QStringLiteral("the engine's own request to event on a raw stream: p50 %1 ms, p99 %2 ms")
             .arg(fmt(percentile(engine, 50), 1), fmt(percentile(engine, 99), 1)),
         m_nodes.size() >= 10 ? QStringLiteral("p99 < 5 ms") : QStringLiteral("p99 < 50 ms")});
    return true;
}

// CPU at idle with running containers on screen, the app's own and what it costs the engines,
// against one `docker stats` of the same containers on each node.
bool ScaleBench::idleCpu(QList<Row> *rows, QString *error)
{
    for (LogWindow *w : window()->containersPage()->actions()->logWindows())
        w->close();
    // Twenty running containers (the ten followed for the logs and ten more), the only rows
    // shown: each with its figures in the table.
    const int nodes = int(m_nodes.size());
    QList<QPair<int, QString>> running;
    for (int i = 0; i < 20; ++i) {
        const int node = i % nodes;
        running.append(
            {node, m_nodes.at(node).ids.at(m_nodes.at(node).ids.size() - 1 - i / nodes)});
    }
    if (!startContainers(running, error))
        return false;
    ContainersPage *page = window()->containersPage();
    page->setViewMode(ContainersPage::ViewMode::Table);
    page->containerProxy()->setStateFilter(ContainerFilterProxy::StateFilter::Running);
    const int seconds = m_options.idleSeconds;
    say(QStringLiteral("CPU for %1 s with %2 running containers on screen…")
            .arg(seconds)
            .arg(page->containerProxy()->rowCount()));
    QTest::qWait(5000);
    // Engines' CPU over `seconds`, the processes looked up at the start.
    const auto engineCpu = [seconds](const std::function<void()> &meanwhile) {
        const QList<qint64> pids = enginePids();
        std::vector<double> before;
        for (const qint64 pid : pids)
            before.push_back(cpuMs(pid));
        meanwhile();
        double used = 0;
        for (qsizetype i = 0; i < pids.size(); ++i) {
            const double now = cpuMs(pids.at(i));
            if (now >= 0 && before[size_t(i)] >= 0)
                used += now - before[size_t(i)];
        }
        return std::make_pair(used, pids.size());
    };
    double appMs = 0;
    const Clock::time_point start = Clock::now();
    const auto [withApp, enginesCounted] = engineCpu([&] {
        const double before = cpuMs();
        idleFor(seconds * 1000);
        appMs = cpuMs() - before;
    });
    const double wallS = msBetween(start, Clock::now()) / 1000.0;

    say(QStringLiteral("The engines for %1 s with the window closed…").arg(seconds));
    m_app.reset();
    QTest::qWait(3000);
    const double alone = engineCpu([&] { idleFor(seconds * 1000); }).first;

    say(QStringLiteral("The engines for %1 s under docker stats…").arg(seconds));
    std::vector<std::unique_ptr<QProcess>> stats;
    QStringList notRunning;
    const double withStats =
        engineCpu([&] {
            for (int node = 0; node < nodes; ++node) {
                QStringList args = {QStringLiteral("-H"),
                                    QStringLiteral("unix://") + m_nodes.at(node).socket,
                                    QStringLiteral("stats")};
                for (const auto &[n, id] : running) {
                    if (n == node)
                        args << id;
                }
                auto p = std::make_unique<QProcess>();
                p->setStandardOutputFile(QProcess::nullDevice());
                p->start(QStringLiteral("docker"), args);
                stats.push_back(std::move(p));
            }
            idleFor(seconds * 1000);
            for (size_t i = 0; i < stats.size(); ++i) {
                if (stats[i]->state() != QProcess::Running)
                    notRunning << m_nodes.at(int(i)).name;
            }
        }).first;
    for (const auto &p : stats) {
        p->kill();
        p->waitForFinished(5000);
    }
    if (!notRunning.isEmpty()) {
        *error = QStringLiteral("docker stats stopped early on %1")
                     .arg(notRunning.join(QStringLiteral(", ")));
        return false;
    }
    rows->append({QStringLiteral("CPU of the app at idle, window open on %1 containers, %2 running "
                                 "on screen with their figures, %3 s")
                      .arg(nodes * m_options.containersPerNode)
                      .arg(running.size())
                      .arg(fmt(wallS, 0)),
                  QStringLiteral("**%1 %** of one core (%2 ms)")
                      .arg(fmt(appMs / (wallS * 10.0), 2), fmt(appMs, 0)),
                  QStringLiteral("a core: 100 %"), QStringLiteral("≤ 0.5 %")});
    const double byApp = withApp - alone;
    const double byStats = withStats - alone;
    rows->append({QStringLiteral("the engines' CPU caused by the open window, same time"),
                  QStringLiteral("**%1 ms** (%2 ms with the window, %3 ms with nothing watching; "
                                 "%4 engine processes)")
                      .arg(fmt(byApp, 0), fmt(withApp, 0), fmt(alone, 0))
                      .arg(enginesCounted),
                  QStringLiteral("`docker stats` of the same containers, one on each node: %1 ms "
                                 "(%2 ms in all)")
                      .arg(fmt(byStats, 0), fmt(withStats, 0)),
                  QStringLiteral("≤ docker stats")});
    return true;
}

bool ScaleBench::startContainers(const QList<QPair<int, QString>> &which, QString *error)
{
    for (const auto &[node, id] : which) {
        const RawReply r =
            rawRequest(m_nodes.at(node).socket, "POST", "/containers/" + id.toLatin1() + "/start");
        if (r.status != 204 && r.status != 304) {
            *error = QStringLiteral("could not start %1: %2").arg(id, QString::fromUtf8(r.body));
            return false;
        }
    }
    ContainerTableModel *model = window()->containersPage()->containerModel();
    return waitOnModel(model, 30000, [&] {
        for (const auto &[node, id] : which) {
            const int row = model->rowOf(nodeId(node), id);
            if (row < 0 || model->containerAt(row).state != ContainerSummary::State::Running)
                return false;
        }
        return true;
    });
}

bool ScaleBench::memory(QList<Row> *rows, QString *error)
{
    say(QStringLiteral("Following 10 logs…"));
    // Ten containers over the nodes, each in a log window of its own.
    QList<QPair<int, QString>> followed;
    const int nodes = int(m_nodes.size());
    for (int i = 0; i < 10; ++i) {
        const int node = i % nodes;
        followed.append(
            {node, m_nodes.at(node).ids.at(m_nodes.at(node).ids.size() - 1 - i / nodes)});
    }
    if (!startContainers(followed, error))
        return false;
    for (const auto &[node, id] : followed) {
        selectRows(*window(), {{nodeId(node), id}});
        window()->containersPage()->actions()->action(ContainerActions::Open::Logs)->trigger();
    }
    const QList<LogWindow *> windows = window()->containersPage()->actions()->logWindows();
    if (windows.size() != 10) {
        *error = QStringLiteral("%1 log windows opened, not 10").arg(windows.size());
        return false;
    }
    const bool following = QTest::qWaitFor(
        [&] {
            return std::all_of(windows.begin(), windows.end(),
                               [](LogWindow *w) { return w->logView()->model()->rowCount() > 0; });
        },
        30000);
    if (!following) {
        *error = QStringLiteral("a followed log showed nothing");
        return false;
    }
    QTest::qWait(2000);
    malloc_trim(0);
    const qint64 withLogs = residentKiB();
    const int total = window()->containersPage()->containerModel()->rowCount();
    rows->append({QStringLiteral("resident memory, %1 containers over %2 nodes, 10 followed logs")
                      .arg(total)
                      .arg(m_nodes.size()),
                  QStringLiteral("**%1**").arg(mib(withLogs)),
                  QStringLiteral("the engines sent %1 MiB of list JSON")
                      .arg(fmt(double(m_listBytes) / 1048576.0, 1)),
                  QStringLiteral("≤ 150 MiB")});

    // A million more lines, held in an eleventh window.
    say(QStringLiteral("Holding %1 more lines…").arg(m_options.logLines));
    const QStringList made = createContainers(
        m_nodes.first().socket, m_nodes.first().image, QStringLiteral("bench-biglog"), 1,
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("seq 1 %1 | sed 's/.*/2024-05-01 12:00:00 INFO request & served in 12 ms "
                        "by worker 7 path=\\/api\\/v1\\/items user=someone@example.com/'")
             .arg(m_options.logLines)},
        1, error);
    if (made.isEmpty())
        return false;
    m_bigLog = made.first();
    rawRequest(m_nodes.first().socket, "POST", "/containers/" + m_bigLog.toLatin1() + "/start");
    rawRequest(m_nodes.first().socket, "POST", "/containers/" + m_bigLog.toLatin1() + "/wait");
    ContainerTableModel *model = window()->containersPage()->containerModel();
    if (!waitOnModel(model, 30000, [&] { return model->rowOf(nodeId(0), m_bigLog) >= 0; })) {
        *error = QStringLiteral("the log container's row did not come");
        return false;
    }
    selectRows(*window(), {{nodeId(0), m_bigLog}});
    window()->containersPage()->actions()->action(ContainerActions::Open::Logs)->trigger();
    LogWindow *big = window()->containersPage()->actions()->logWindows().last();
    big->logView()->setTail(-1);
    const bool held = QTest::qWaitFor(
        [&] { return big->logView()->model()->rowCount() >= m_options.logLines; }, 600000);
    if (!held) {
        *error = QStringLiteral("the window holds %1 lines, not %2")
                     .arg(big->logView()->model()->rowCount())
                     .arg(m_options.logLines);
        return false;
    }
    QTest::qWait(1000);
    malloc_trim(0);
    const qint64 withLines = residentKiB();
    rows->append(
        {QStringLiteral("resident memory, and %1 log lines held").arg(m_options.logLines),
         QStringLiteral("**+%1** (%2 in all)").arg(mib(withLines - withLogs), mib(withLines)),
         QStringLiteral("the lines themselves are %1 MiB")
             .arg(fmt(double(logBytes(m_options.logLines)) / 1048576.0, 1)),
         QStringLiteral("≤ 200 MiB above the line before")});
    big->close();
    return true;
}

} // namespace

bool runScale(const ScaleOptions &options, QList<Row> *rows, QString *error)
{
    ScaleBench bench(options);
    return bench.run(rows, error);
}
