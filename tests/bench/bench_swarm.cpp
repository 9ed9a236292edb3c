// A swarm with many services and tasks (the harness's swarm of three dockerds), against its
// manager itself: the manager added to every service row with its task counts, a service's
// tasks on selecting it, and a scale to the updated row. See docs/benchmarks.md.

#include "bench.h"
#include "benchsupport.h"

#include "app/appcontroller.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/swarmwatcher.h"
#include "testengines.h"
#include "ui/models/swarmservicemodel.h"
#include "ui/models/swarmtaskmodel.h"
#include "ui/views/mainwindow.h"
#include "ui/views/swarmpage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

using namespace Bench;

namespace {

// The harness's swarm is Debian 12's Docker, which serves this version of the API.
const QByteArray Api = "/v1.41";
const QString Label = QStringLiteral("gontainer.bench.swarm");

QString socketOf(const QString &url)
{
    return QUrl(url).path();
}

QByteArray filtered(const QByteArray &path, const QString &key, const QString &value)
{
    const QJsonObject filters{{key, QJsonArray{value}}};
    return path + (path.contains('?') ? "&" : "?") + "filters=" +
           QUrl::toPercentEncoding(
               QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
}

// The benchmark's services as the manager lists them (with their task counts); nullopt when
// it did not answer.
std::optional<QJsonArray> benchServices(const QString &socket)
{
    const RawReply r = rawRequest(
        socket, "GET", filtered(Api + "/services?status=true", QStringLiteral("label"), Label));
    if (r.status != 200)
        return std::nullopt;
    return jsonOf(r.body).array();
}

int runningTasks(const QJsonArray &services)
{
    int running = 0;
    for (const QJsonValue &s : services) {
        running += s.toObject()
                       .value(QStringLiteral("ServiceStatus"))
                       .toObject()
                       .value(QStringLiteral("RunningTasks"))
                       .toInt();
    }
    return running;
}

// What the manager answers for what the Swarm page shows first, as a client that knows what to
// ask: a ping, /info (where the node stands), then the services with their task counts and
// the swarm's nodes at once. Seconds until the last is read; negative when one failed.
double rawSwarmOrder(const QString &socket, qint64 *bytes)
{
    const Clock::time_point start = Clock::now();
    const RawReply ping = rawRequest(socket, "GET", "/_ping");
    const RawReply info = rawRequest(socket, "GET", Api + "/info");
    RawReply nodes;
    std::thread nodesThread([&] { nodes = rawRequest(socket, "GET", Api + "/nodes"); });
    const RawReply services = rawRequest(socket, "GET", Api + "/services?status=true");
    nodesThread.join();
    const double seconds = msBetween(start, Clock::now()) / 1000.0;
    *bytes = info.bytes + services.bytes + nodes.bytes;
    const bool ok =
        ping.status == 200 && info.status == 200 && services.status == 200 && nodes.status == 200;
    return ok ? seconds : -1;
}

// GET /tasks of one service: seconds, and how many tasks it listed; negative on failure.
double rawTasks(const QString &socket, const QString &serviceId, int *count)
{
    const Clock::time_point start = Clock::now();
    const RawReply r =
        rawRequest(socket, "GET", filtered(Api + "/tasks", QStringLiteral("service"), serviceId));
    const double seconds = msBetween(start, Clock::now()) / 1000.0;
    if (r.status != 200)
        return -1;
    *count = int(jsonOf(r.body).array().size());
    return seconds;
}

struct BenchService
{
    QString id;
    int replicas = 0;
};

class SwarmBench
{
public:
    explicit SwarmBench(const SwarmOptions &options)
        : m_options(options)
    {}
    ~SwarmBench();
    bool run(QList<Row> *rows, QString *error)
    {
        return prepare(error) && startup(rows, error) && listing(rows, error) &&
               tasks(rows, error) && scaling(rows, error);
    }

private:
    bool prepare(QString *error);
    bool startup(QList<Row> *rows, QString *error);
    bool listing(QList<Row> *rows, QString *error);
    bool tasks(QList<Row> *rows, QString *error);
    bool scaling(QList<Row> *rows, QString *error);
    MainWindow *window() const { return m_app->window(); }
    SwarmPage *page() const
    {
        for (Page *p : window()->pages()) {
            if (auto *found = qobject_cast<SwarmPage *>(p->widget()))
                return found;
        }
        return nullptr;
    }
    // Every benchmark service has a row with its task counts.
    bool allShown() const;

    SwarmOptions m_options;
    QString m_socket; // the manager's
    QList<BenchService> m_services;
    int m_running = 0; // tasks running once the swarm settled
    TranslationLoader m_translations;
    std::unique_ptr<AppController> m_app;
    QString m_nodeId;
};

// The services go, and the benchmark waits for their containers to be gone from every node,
// so what comes after it starts on a quiet swarm.
SwarmBench::~SwarmBench()
{
    m_app.reset();
    if (m_services.isEmpty())
        return;
    say(QStringLiteral("Removing the benchmark's services…"));
    parallelFor(int(m_services.size()), 4, [&](int i) {
        rawRequest(m_socket, "DELETE", Api + "/services/" + m_services.at(i).id.toLatin1());
    });
    QStringList sockets{m_socket};
    for (const QString &url : TestEngines::swarmWorkerUrls())
        sockets << socketOf(url);
    const auto left = [&] {
        int n = 0;
        for (const QString &socket : std::as_const(sockets)) {
            const RawReply r = rawRequest(
                socket, "GET",
                filtered(Api + "/containers/json?all=1", QStringLiteral("label"), Label));
            n += r.status == 200 ? int(jsonOf(r.body).array().size()) : 0;
        }
        return n;
    };
    if (!QTest::qWaitFor([&] { return left() == 0; }, 300000))
        say(QStringLiteral("  some of the benchmark's containers were still there after 5 min"));
}

bool SwarmBench::prepare(QString *error)
{
    say(QStringLiteral("Waiting for the harness's swarm…"));
    if (!TestEngines::waitForSwarm()) {
        *error = TestEngines::swarmProblem();
        return false;
    }
    m_socket = socketOf(TestEngines::swarmManagerUrl());
    const int count = m_options.services;
    const int total = m_options.tasks;
    say(QStringLiteral("Creating %1 services with %2 tasks in all on the swarm's three nodes…")
            .arg(count)
            .arg(total));
    const Clock::time_point start = Clock::now();
    std::vector<BenchService> made(static_cast<size_t>(count));
    std::mutex mutex;
    QString failure;
    parallelFor(count, 4, [&](int i) {
        const int replicas = total / count + (i < total % count ? 1 : 0);
        const QJsonObject labels{{Label, QStringLiteral("1")}};
        // tini as PID 1 so that a stop ends the sleep at once; a second's grace at most.
        const QJsonObject containerSpec{
            {QStringLiteral("Image"), QStringLiteral("gsw-test:1")},
            {QStringLiteral("Command"),
             QJsonArray{QStringLiteral("sleep"), QStringLiteral("1000000")}},
            {QStringLiteral("Init"), true},
            {QStringLiteral("Labels"), labels},
            {QStringLiteral("StopGracePeriod"), qint64(1000000000)}};
        const QJsonObject spec{
            {QStringLiteral("Name"),
             QStringLiteral("gontainer-bench-svc-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("Labels"), labels},
            {QStringLiteral("TaskTemplate"),
             QJsonObject{{QStringLiteral("ContainerSpec"), containerSpec}}},
            {QStringLiteral("Mode"),
             QJsonObject{{QStringLiteral("Replicated"),
                          QJsonObject{{QStringLiteral("Replicas"), replicas}}}}}};
        const RawReply r = rawRequest(m_socket, "POST", Api + "/services/create",
                                      QJsonDocument(spec).toJson(QJsonDocument::Compact));
        const QString id = jsonOf(r.body).object().value(QStringLiteral("ID")).toString();
        const std::lock_guard lock(mutex);
        if (r.status == 201 && !id.isEmpty())
            made[size_t(i)] = {id, replicas};
        else
            failure = QStringLiteral("service create: HTTP %1 %2")
                          .arg(r.status)
                          .arg(QString::fromUtf8(r.body.left(300)));
    });
    for (const BenchService &s : made) {
        if (!s.id.isEmpty())
            m_services << s;
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }

    // Until every task runs, or as many as the machine holds: no more start for two minutes.
    int best = -1;
    Clock::time_point progress = Clock::now();
    Clock::time_point said = progress;
    for (;;) {
        const std::optional<QJsonArray> services = benchServices(m_socket);
        if (!services || services->size() != count) {
            *error =
                QStringLiteral("the manager did not list the benchmark's %1 services").arg(count);
            return false;
        }
        m_running = runningTasks(*services);
        if (m_running >= total)
            break;
        if (m_running > best) {
            best = m_running;
            progress = Clock::now();
        }
        if (msBetween(progress, Clock::now()) > 120000) {
            say(QStringLiteral("  no task started for 2 min: the machine holds %1").arg(m_running));
            break;
        }
        if (msBetween(said, Clock::now()) > 10000) {
            said = Clock::now();
            say(QStringLiteral("  %1 of %2 tasks running").arg(m_running).arg(total));
        }
        QTest::qWait(1000);
    }
    say(QStringLiteral("  %1 tasks running after %2 s")
            .arg(m_running)
            .arg(fmt(msBetween(start, Clock::now()) / 1000.0, 1)));

    // The window with no nodes: each round adds the manager to it.
    NodeStore::setLocalDefaultRemoved(true);
    m_app = std::make_unique<AppController>(&m_translations, Endpoint());
    m_app->start();
    window()->resize(1280, 800);
    QCoreApplication::processEvents();
    if (!page()) {
        *error = QStringLiteral("the window has no Swarm page");
        return false;
    }
    return true;
}

bool SwarmBench::allShown() const
{
    const SwarmServiceModel *model = page()->serviceModel();
    return std::all_of(m_services.cbegin(), m_services.cend(), [model](const BenchService &s) {
        const int row = model->rowOf(s.id);
        return row >= 0 && model->itemAt(row).runningTasks >= 0 &&
               model->itemAt(row).desiredTasks >= 0;
    });
}

bool SwarmBench::startup(QList<Row> *rows, QString *error)
{
    SwarmServiceModel *model = page()->serviceModel();
    NodeManager *manager = window()->nodeManager();
    std::vector<double> app, engine, ratios;
    qint64 bytes = 0;
    QStringList each;
    for (int round = 0; round < m_options.startupRounds; ++round) {
        say(QStringLiteral("Swarm manager added, to %1 service rows (%2 of %3)…")
                .arg(m_services.size())
                .arg(round + 1)
                .arg(m_options.startupRounds));
        if (!m_nodeId.isEmpty()) {
            manager->removeNode(m_nodeId);
            if (!QTest::qWaitFor([&] { return model->rowCount() == 0; }, 30000)) {
                *error = QStringLiteral("the removed manager's services stayed");
                return false;
            }
            QTest::qWait(500);
        }
        // The manager's own figure, 3 times just before; the ratio is to their median.
        std::vector<double> raw;
        for (int i = 0; i < 3; ++i) {
            const double s = rawSwarmOrder(m_socket, &bytes);
            if (s < 0) {
                *error = QStringLiteral("a raw /info, /services or /nodes failed");
                return false;
            }
            raw.push_back(s);
        }
        const double median = percentile(raw, 50);
        NodeConfig config;
        config.name = QStringLiteral("swarm-%1").arg(round + 1);
        config.url = TestEngines::swarmManagerUrl();
        const Clock::time_point start = Clock::now();
        const QString problem = manager->addNode(config);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        m_nodeId = manager->node(config.name)->id();
        if (!waitOnModel(model, 120000, [this] { return allShown(); })) {
            *error = QStringLiteral("the Swarm page shows %1 services, not the benchmark's %2")
                         .arg(model->rowCount())
                         .arg(m_services.size());
            return false;
        }
        app.push_back(msBetween(start, Clock::now()) / 1000.0);
        engine.push_back(median);
        ratios.push_back(app.back() / median);
        each << QStringLiteral("%1 s against %2 s").arg(fmt(app.back(), 3), fmt(median, 3));
    }
    rows->append(
        {QStringLiteral("Swarm manager added to every service row with its task counts, %1 "
                        "services, %2 tasks running on 3 nodes")
             .arg(m_services.size())
             .arg(m_running),
         QStringLiteral("**%1 s**; ratio **%2×** (median of %3: %4)")
             .arg(fmt(percentile(app, 50), 3), fmt(percentile(ratios, 50)))
             .arg(app.size())
             .arg(each.join(QStringLiteral("; "))),
         QStringLiteral("/_ping, /info, then /services?status=true and /nodes at once on plain "
                        "sockets, median of 3 just before each: %1 s (%2 KiB)")
             .arg(fmt(percentile(engine, 50), 3), fmt(double(bytes) / 1024.0, 0)),
         QStringLiteral("≤ 1.3×")});
    return true;
}

bool SwarmBench::listing(QList<Row> *rows, QString *error)
{
    say(QStringLiteral("The service list followed anew on the connected manager, %1 times…")
            .arg(m_options.listRounds));
    SwarmPage *swarm = page();
    SwarmServiceModel *model = swarm->serviceModel();
    std::vector<double> app, engine, ratios;
    for (int round = 0; round < m_options.listRounds; ++round) {
        SwarmWatcher *watcher = swarm->watcher();
        if (!watcher) {
            *error = QStringLiteral("the Swarm page follows no node");
            return false;
        }
        // The last round's lists all in (the events' own list too), so rounds do not overlap
        // (services still converging are listed every second all the same).
        if (!QTest::qWaitFor([watcher] { return !watcher->isListing(); }, 30000)) {
            *error = QStringLiteral("the swarm watcher kept listing");
            return false;
        }
        std::vector<double> raw;
        for (int k = 0; k < 3; ++k) {
            const Clock::time_point start = Clock::now();
            const RawReply r = rawRequest(m_socket, "GET", Api + "/services?status=true");
            if (r.status != 200) {
                *error = QStringLiteral("a raw service list failed");
                return false;
            }
            raw.push_back(msBetween(start, Clock::now()));
        }
        // What choosing the manager again in the page's node list does: the watcher stops
        // following the cluster (its rows are gone) and follows it anew.
        watcher->setFollowCluster(false);
        if (model->rowCount() != 0) {
            *error = QStringLiteral("the service rows stayed when the cluster was not followed");
            return false;
        }
        const Clock::time_point start = Clock::now();
        watcher->setFollowCluster(true);
        if (!waitOnModel(model, 30000, [this] { return allShown(); })) {
            *error = QStringLiteral("the Swarm page shows %1 services, not the benchmark's %2")
                         .arg(model->rowCount())
                         .arg(m_services.size());
            return false;
        }
        app.push_back(msBetween(start, Clock::now()));
        engine.push_back(percentile(raw, 50));
        ratios.push_back(app.back() / engine.back());
    }
    rows->append(
        {QStringLiteral("Every service row with its task counts, the cluster followed anew on the "
                        "connected manager, %1 services, %2 tasks running, %3 rounds")
             .arg(m_services.size())
             .arg(m_running)
             .arg(app.size()),
         QStringLiteral("p50 **%1 ms**, p99 %2 ms; ratio **%3×** (median)")
             .arg(fmt(percentile(app, 50), 1), fmt(percentile(app, 99), 1),
                  fmt(percentile(ratios, 50))),
         QStringLiteral("GET /services?status=true on a plain socket, median of 3 just before "
                        "each: p50 %1 ms, p99 %2 ms")
             .arg(fmt(percentile(engine, 50), 1), fmt(percentile(engine, 99), 1)),
         QStringLiteral("≤ 1.3×")});
    return true;
}

bool SwarmBench::tasks(QList<Row> *rows, QString *error)
{
    const int count = std::min<int>(m_options.taskServices, int(m_services.size()));
    say(QStringLiteral("The tasks of %1 services, each selected in turn…").arg(count));
    SwarmPage *swarm = page();
    SwarmTaskModel *model = swarm->taskModel();
    std::vector<double> app, engine, ratios;
    for (int i = 0; i < count; ++i) {
        // Spread over the services, not the first few.
        const QString id = m_services.at(int(qint64(i) * m_services.size() / count)).id;
        std::vector<double> raw;
        int expected = 0;
        for (int k = 0; k < 3; ++k) {
            const double s = rawTasks(m_socket, id, &expected);
            if (s < 0) {
                *error = QStringLiteral("a raw task list failed");
                return false;
            }
            raw.push_back(s);
        }
        const Clock::time_point start = Clock::now();
        swarm->selectService(id);
        const bool ok = waitOnModel(model, 30000, [&] {
            return swarm->watcher() && swarm->watcher()->taskService() == id &&
                   model->rowCount() == expected;
        });
        if (!ok) {
            *error = QStringLiteral("the tasks of %1: %2 rows, not %3")
                         .arg(id)
                         .arg(model->rowCount())
                         .arg(expected);
            return false;
        }
        app.push_back(msBetween(start, Clock::now()));
        engine.push_back(percentile(raw, 50) * 1000.0);
        ratios.push_back(app.back() / engine.back());
    }
    rows->append(
        {QStringLiteral("A service's tasks in the Tasks table on selecting it, %1 services of "
                        "about %2 tasks each")
             .arg(count)
             .arg(m_options.tasks / std::max(1, m_options.services)),
         QStringLiteral("p50 **%1 ms**, p99 %2 ms; ratio **%3×** (median)")
             .arg(fmt(percentile(app, 50), 1), fmt(percentile(app, 99), 1),
                  fmt(percentile(ratios, 50))),
         QStringLiteral("GET /tasks filtered by the service on a plain socket, median of 3 "
                        "each: p50 %1 ms, p99 %2 ms")
             .arg(fmt(percentile(engine, 50), 1), fmt(percentile(engine, 99), 1)),
         QStringLiteral("≤ 1.3×")});
    return true;
}

bool SwarmBench::scaling(QList<Row> *rows, QString *error)
{
    say(QStringLiteral("%1 scales, each to its service's row…").arg(m_options.events));
    EventClock clock(m_socket, QStringLiteral("service"));
    if (!clock.waitConnected(10000)) {
        *error = QStringLiteral("the raw event stream did not open");
        return false;
    }
    SwarmServiceModel *model = page()->serviceModel();
    std::vector<double> toRow, engine;
    for (int k = 0; k < m_options.events; ++k) {
        const BenchService &s = m_services.at(k % m_services.size());
        const RawReply inspect = rawRequest(m_socket, "GET", Api + "/services/" + s.id.toLatin1());
        const QJsonObject service = jsonOf(inspect.body).object();
        const qint64 version = service.value(QStringLiteral("Version"))
                                   .toObject()
                                   .value(QStringLiteral("Index"))
                                   .toInteger();
        QJsonObject spec = service.value(QStringLiteral("Spec")).toObject();
        // Down by one the first time round the services, back up the next.
        const int replicas =
            (k / m_services.size()) % 2 == 0 ? std::max(0, s.replicas - 1) : s.replicas;
        spec.insert(QStringLiteral("Mode"),
                    QJsonObject{{QStringLiteral("Replicated"),
                                 QJsonObject{{QStringLiteral("Replicas"), replicas}}}});
        const QByteArray body = QJsonDocument(spec).toJson(QJsonDocument::Compact);
        const QByteArray target =
            Api + "/services/" + s.id.toLatin1() + "/update?version=" + QByteArray::number(version);
        const Clock::time_point sent = Clock::now();
        int status = 0;
        std::thread request([&] { status = rawRequest(m_socket, "POST", target, body).status; });
        Clock::time_point shown;
        const bool ok = waitOnModel(model, 15000, [&] {
            const int row = model->rowOf(s.id);
            if (row >= 0 && model->itemAt(row).replicas == replicas) {
                shown = Clock::now();
                return true;
            }
            return false;
        });
        request.join();
        if (!ok) {
            *error = QStringLiteral("the row of %1 did not show %2 replicas (update: HTTP %3)")
                         .arg(s.id)
                         .arg(replicas)
                         .arg(status);
            return false;
        }
        Clock::time_point at;
        const bool arrived = QTest::qWaitFor(
            [&] {
                at = clock.arrival(s.id, QStringLiteral("update"), sent);
                return at != Clock::time_point();
            },
            5000);
        if (!arrived) {
            *error = QStringLiteral("the raw event stream missed a service update");
            return false;
        }
        toRow.push_back(std::max(0.0, msBetween(at, shown)));
        engine.push_back(msBetween(sent, at));
        // Scales as a person makes them, one at a time: the next after the watcher's burst
        // window (changes that come closer together are listed together).
        QTest::qWait(SwarmWatcher::BurstMs + 50);
    }
    rows->append(
        {QStringLiteral("Service scaled to its updated row (the service event on the manager's "
                        "stream to the row's replicas), %1 scales of %2 services")
             .arg(m_options.events)
             .arg(std::min<int>(m_options.events, int(m_services.size()))),
         QStringLiteral("p50 **%1 ms**, p99 **%2 ms**, worst %3 ms")
             .arg(fmt(percentile(toRow, 50), 1), fmt(percentile(toRow, 99), 1),
                  fmt(percentile(toRow, 100), 1)),
         QStringLiteral("the update request to its event on a raw /events stream: p50 %1 ms, "
                        "p99 %2 ms")
             .arg(fmt(percentile(engine, 50), 1), fmt(percentile(engine, 99), 1)),
         QStringLiteral("p99 < 100 ms")});
    return true;
}

} // namespace

bool runSwarm(const SwarmOptions &options, QList<Row> *rows, QString *error)
{
    if (options.services <= 0 || options.tasks < options.services) {
        *error = QStringLiteral("--services must be at least 1 and --tasks at least as many");
        return false;
    }
    SwarmBench bench(options);
    return bench.run(rows, error);
}
