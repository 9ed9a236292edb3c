// The Volumes and Networks pages over three nodes with thousands of volumes and hundreds of
// networks, against the engines themselves: start-up to every row of both pages, and what the
// window asks of the engines at idle with both pages' data shown. See docs/benchmarks.md.

#include "bench.h"
#include "benchsupport.h"

#include "app/appcontroller.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/networktablemodel.h"
#include "ui/models/volumetablemodel.h"
#include "ui/views/mainwindow.h"
#include "ui/views/networkspage.h"
#include "ui/views/volumespage.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Bench;

namespace {

// Docker and Podman both serve this version of Docker's API (what their /_ping says).
const QByteArray Api = "/v1.41";
const QString Label = QStringLiteral("gontainer.bench.resources");

struct Node
{
    QString name;
    QString socket;
    int index = 0;         // for the networks' subnets: 10.(200 + index).N.0/24
    QStringList volumes;   // made by the benchmark, by name
    QStringList networks;  // made by the benchmark, by id
    int volumesBefore = 0; // what the node had before
    int networksBefore = 0;
};

// How many volumes and networks the node lists; -1 when it did not answer.
int volumeCount(const QString &socket)
{
    const RawReply r = rawRequest(socket, "GET", Api + "/volumes");
    if (r.status != 200)
        return -1;
    return int(jsonOf(r.body).object().value(QStringLiteral("Volumes")).toArray().size());
}

int networkCount(const QString &socket)
{
    const RawReply r = rawRequest(socket, "GET", Api + "/networks");
    if (r.status != 200)
        return -1;
    return int(jsonOf(r.body).array().size());
}

// The engines' side of what a node asks before its volumes and networks are in, on all three
// nodes at once: a ping, the container list, the image list, then the volume and network lists
// together. Best of `times`, in seconds, until the last of them is read.
double rawConnectOrder(const QList<Node> &nodes, int times)
{
    double best = -1;
    for (int round = 0; round < times; ++round) {
        const Clock::time_point start = Clock::now();
        std::vector<std::thread> threads;
        std::vector<Clock::time_point> done(size_t(nodes.size()));
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            threads.emplace_back([&, i] {
                const Node &n = nodes.at(i);
                const bool podman = n.socket == TestEngines::podmanSocket();
                rawRequest(n.socket, "GET", "/_ping");
                rawRequest(n.socket, "GET",
                           podman ? QByteArray("/v4.0.0/libpod/containers/json?all=true")
                                  : QByteArray(Api + "/containers/json?all=1"));
                rawRequest(n.socket, "GET", Api + "/images/json");
                std::thread networks([&n] { rawRequest(n.socket, "GET", Api + "/networks"); });
                rawRequest(n.socket, "GET", Api + "/volumes");
                networks.join();
                done[size_t(i)] = Clock::now();
            });
        }
        for (std::thread &t : threads)
            t.join();
        const double seconds =
            msBetween(start, *std::max_element(done.begin(), done.end())) / 1000.0;
        best = best < 0 ? seconds : std::min(best, seconds);
    }
    return best;
}

class ResourcesBench
{
public:
    explicit ResourcesBench(const ResourcesOptions &options)
        : m_options(options)
    {}
    ~ResourcesBench();
    bool run(QList<Row> *rows, QString *error);

private:
    bool prepare(QString *error);
    bool makeVolumes(Node &node, int count, QString *error);
    bool makeNetworks(Node &node, int count, QString *error);
    bool startup(QList<Row> *rows, QString *error);
    bool idle(QList<Row> *rows, QString *error);
    MainWindow *window() const { return m_app->window(); }
    template<typename P>
    P *page() const
    {
        for (Page *p : window()->pages()) {
            if (auto *found = qobject_cast<P *>(p->widget()))
                return found;
        }
        return nullptr;
    }

    ResourcesOptions m_options;
    ExtraDockerd m_extra;
    QList<Node> m_nodes;
    int m_volumeRows = 0;
    int m_networkRows = 0;
    qint64 m_listBytes = 0;
    TranslationLoader m_translations;
    std::unique_ptr<AppController> m_app;
};

// What the benchmark made goes, also when it failed half-way.
ResourcesBench::~ResourcesBench()
{
    m_app.reset();
    say(QStringLiteral("Removing the benchmark's volumes and networks…"));
    std::vector<std::thread> threads;
    for (const Node &n : std::as_const(m_nodes)) {
        threads.emplace_back([n] {
            parallelFor(int(n.volumes.size()), 4, [&](int i) {
                rawRequest(n.socket, "DELETE",
                           Api + "/volumes/" + n.volumes.at(i).toLatin1() + "?force=1");
            });
            parallelFor(int(n.networks.size()), 4, [&](int i) {
                rawRequest(n.socket, "DELETE", Api + "/networks/" + n.networks.at(i).toLatin1());
            });
        });
    }
    for (std::thread &t : threads)
        t.join();
}

bool ResourcesBench::run(QList<Row> *rows, QString *error)
{
    return prepare(error) && startup(rows, error) && idle(rows, error);
}

bool ResourcesBench::prepare(QString *error)
{
    say(QStringLiteral("Starting a second dockerd for the third node…"));
    if (!m_extra.start(QStringLiteral("bench-res"), error))
        return false;
    const auto node = [](const QString &name, const QString &socket, int index) {
        Node n;
        n.name = name;
        n.socket = socket;
        n.index = index;
        return n;
    };
    m_nodes = {node(QStringLiteral("docker"), TestEngines::dockerSocket(), 0),
               node(QStringLiteral("podman"), TestEngines::podmanSocket(), 1),
               node(QStringLiteral("docker-2"), m_extra.socket(), 2)};
    for (Node &n : m_nodes) {
        n.volumesBefore = volumeCount(n.socket);
        n.networksBefore = networkCount(n.socket);
        if (n.volumesBefore < 0 || n.networksBefore < 0) {
            *error = QStringLiteral("could not list the volumes and networks of %1").arg(n.name);
            return false;
        }
    }

    say(QStringLiteral("Making %1 volumes and %2 networks over the three nodes…")
            .arg(m_options.volumes)
            .arg(m_options.networks));
    const Clock::time_point start = Clock::now();
    std::vector<QString> errors(size_t(m_nodes.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const int volumes = m_options.volumes / 3 + (i < m_options.volumes % 3 ? 1 : 0);
        const int networks = m_options.networks / 3 + (i < m_options.networks % 3 ? 1 : 0);
        threads.emplace_back([this, i, volumes, networks, &errors] {
            if (makeVolumes(m_nodes[i], volumes, &errors[size_t(i)]))
                makeNetworks(m_nodes[i], networks, &errors[size_t(i)]);
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const QString &e : errors) {
        if (!e.isEmpty()) {
            *error = e;
            return false;
        }
    }
    // The rows both tables should hold: every node's volumes and networks as the engine lists
    // them.
    QStringList perNode;
    for (const Node &n : std::as_const(m_nodes)) {
        const int volumes = volumeCount(n.socket);
        const int networks = networkCount(n.socket);
        if (volumes != n.volumesBefore + n.volumes.size() ||
            networks != n.networksBefore + n.networks.size()) {
            *error = QStringLiteral("%1 lists %2 volumes and %3 networks, not the %4 and %5 "
                                    "expected")
                         .arg(n.name)
                         .arg(volumes)
                         .arg(networks)
                         .arg(n.volumesBefore + n.volumes.size())
                         .arg(n.networksBefore + n.networks.size());
            return false;
        }
        m_volumeRows += volumes;
        m_networkRows += networks;
        perNode
            << QStringLiteral("%1 %2 volumes, %3 networks").arg(n.name).arg(volumes).arg(networks);
    }
    say(QStringLiteral("  made in %1 s: %2")
            .arg(fmt(msBetween(start, Clock::now()) / 1000.0, 1))
            .arg(perNode.join(QStringLiteral("; "))));

    // The nodes as a user would have them configured; no local default node.
    QList<QPair<QString, QString>> configured;
    for (const Node &n : std::as_const(m_nodes))
        configured.append({n.name, n.socket});
    if (!configureNodes(configured, error))
        return false;
    return true;
}

// On a thread of its own: plain socket calls only.
bool ResourcesBench::makeVolumes(Node &n, int count, QString *error)
{
    std::mutex mutex;
    std::atomic<int> failed{0};
    QStringList made;
    parallelFor(count, 4, [&](int i) {
        const QString name =
            QStringLiteral("gontainer-bench-vol-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QJsonObject body{
            {QStringLiteral("Name"), name},
            {QStringLiteral("Labels"), QJsonObject{{Label, QStringLiteral("1")}}}};
        const RawReply r = rawRequest(n.socket, "POST", Api + "/volumes/create",
                                      QJsonDocument(body).toJson(QJsonDocument::Compact));
        const std::lock_guard<std::mutex> lock(mutex);
        if (r.status != 201 && r.status != 200) {
            ++failed;
            *error = QStringLiteral("volume create on %1: HTTP %2 %3")
                         .arg(n.name)
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(300)));
            return;
        }
        made.append(name);
    });
    n.volumes = made;
    return failed == 0;
}

bool ResourcesBench::makeNetworks(Node &n, int count, QString *error)
{
    if (count > 250 * 250) {
        *error = QStringLiteral("too many networks for the benchmark's subnets");
        return false;
    }
    std::mutex mutex;
    std::atomic<int> failed{0};
    QStringList made;
    // Each with a subnet of its own: an engine's default pools hold a few dozen networks only.
    parallelFor(count, 4, [&](int i) {
        const QString name =
            QStringLiteral("gontainer-bench-net-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString subnet =
            QStringLiteral("10.%1.%2.0/24").arg(200 + n.index * 10 + i / 250).arg(i % 250);
        const QJsonObject body{
            {QStringLiteral("Name"), name},
            {QStringLiteral("Labels"), QJsonObject{{Label, QStringLiteral("1")}}},
            {QStringLiteral("IPAM"),
             QJsonObject{{QStringLiteral("Config"),
                          QJsonArray{QJsonObject{{QStringLiteral("Subnet"), subnet}}}}}}};
        const RawReply r = rawRequest(n.socket, "POST", Api + "/networks/create",
                                      QJsonDocument(body).toJson(QJsonDocument::Compact));
        const QString id = jsonOf(r.body).object().value(QStringLiteral("Id")).toString();
        const std::lock_guard<std::mutex> lock(mutex);
        if ((r.status != 201 && r.status != 200) || id.isEmpty()) {
            ++failed;
            *error = QStringLiteral("network create on %1: HTTP %2 %3")
                         .arg(n.name)
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(300)));
            return;
        }
        made.append(id);
    });
    n.networks = made;
    return failed == 0;
}

bool ResourcesBench::startup(QList<Row> *rows, QString *error)
{
    QList<QPair<QString, QByteArray>> lists;
    for (const Node &n : std::as_const(m_nodes)) {
        lists.append({n.socket, Api + "/volumes"});
        lists.append({n.socket, Api + "/networks"});
    }
    std::vector<double> engine, app, ratios;
    for (int round = 0; round < m_options.startupRounds; ++round) {
        say(QStringLiteral("Start-up to %1 volume and %2 network rows (%3 of %4)…")
                .arg(m_volumeRows)
                .arg(m_networkRows)
                .arg(round + 1)
                .arg(m_options.startupRounds));
        if (m_app) {
            // The engines finish what the last start asked of them, then rest.
            const QList<NodeService *> nodes = window()->nodeManager()->nodes();
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
        // Both sides meet the engines warm.
        const double engineSeconds = rawParallelGet(lists, 3, &m_listBytes);
        if (engineSeconds < 0) {
            *error = QStringLiteral("a raw volume or network list failed");
            return false;
        }
        const Clock::time_point start = Clock::now();
        // What main() does after the command line.
        m_app = std::make_unique<AppController>(&m_translations, Endpoint());
        m_app->start();
        const Clock::time_point started = Clock::now();
        // Where the time goes: each node online (its container list is in), its volumes and
        // networks announced.
        Clock::time_point online, announced;
        QObject ctx;
        for (NodeService *node : window()->nodeManager()->nodes()) {
            QObject::connect(node, &NodeService::stateChanged, &ctx, [&](NodeService::State state) {
                if (state == NodeService::State::Online)
                    online = Clock::now();
            });
            QObject::connect(node, &NodeService::volumesAdded, &ctx,
                             [&] { announced = std::max(announced, Clock::now()); });
            QObject::connect(node, &NodeService::networksAdded, &ctx,
                             [&] { announced = std::max(announced, Clock::now()); });
        }
        VolumesPage *volumes = page<VolumesPage>();
        NetworksPage *networks = page<NetworksPage>();
        if (!volumes || !networks) {
            *error = QStringLiteral("the window has no Volumes or no Networks page");
            return false;
        }
        QAbstractItemModel *volumeModel = volumes->model();
        QAbstractItemModel *networkModel = networks->model();
        Clock::time_point volumesShown, networksShown;
        const bool all = waitOnModels({volumeModel, networkModel}, 120000, [&] {
            const Clock::time_point now = Clock::now();
            if (volumesShown == Clock::time_point() && volumeModel->rowCount() >= m_volumeRows)
                volumesShown = now;
            if (networksShown == Clock::time_point() && networkModel->rowCount() >= m_networkRows)
                networksShown = now;
            return volumesShown != Clock::time_point() && networksShown != Clock::time_point();
        });
        if (!all) {
            *error = QStringLiteral("the models hold %1 volume and %2 network rows, not %3 and %4")
                         .arg(volumeModel->rowCount())
                         .arg(networkModel->rowCount())
                         .arg(m_volumeRows)
                         .arg(m_networkRows);
            return false;
        }
        const Clock::time_point shown = std::max(volumesShown, networksShown);
        const auto at = [&](Clock::time_point t) {
            return fmt(t == Clock::time_point() ? -1 : msBetween(start, t), 0);
        };
        say(QStringLiteral("  window built at %1 ms, last node online at %2 ms, last volumes or "
                           "networks announced at %3 ms; every volume row at %4 ms, every network "
                           "row at %5 ms; raw lists %6 ms")
                .arg(at(started), at(online), at(announced), at(volumesShown), at(networksShown),
                     fmt(engineSeconds * 1000, 0)));
        app.push_back(msBetween(start, shown) / 1000.0);
        engine.push_back(engineSeconds);
        ratios.push_back(app.back() / engineSeconds);
    }
    say(QStringLiteral("  engines alone, best of 3: the volume and network lists %1 ms; after a "
                       "ping, the container list and the image list, as a node asks them, %2 ms")
            .arg(fmt(rawParallelGet(lists, 3, &m_listBytes) * 1000, 0),
                 fmt(rawConnectOrder(m_nodes, 3) * 1000, 0)));
    QStringList each;
    for (size_t i = 0; i < app.size(); ++i)
        each << QStringLiteral("%1 s against %2 s").arg(fmt(app[i], 3), fmt(engine[i], 3));
    rows->append({QStringLiteral("start-up to every row of the Volumes and Networks pages' models, "
                                 "%1 volumes and %2 networks over 3 nodes")
                      .arg(m_volumeRows)
                      .arg(m_networkRows),
                  QStringLiteral("**%1 s**; ratio **%2×** (median of %3 starts: %4)")
                      .arg(fmt(percentile(app, 50), 3), fmt(percentile(ratios, 50)))
                      .arg(app.size())
                      .arg(each.join(QStringLiteral("; "))),
                  QStringLiteral("the six volume and network lists at once over raw sockets, best "
                                 "of 3 just before each start: %1 s (%2 MiB of JSON)")
                      .arg(fmt(percentile(engine, 50), 3), fmt(double(m_listBytes) / 1048576.0, 2)),
                  QStringLiteral("≤ 1.3×")});
    return true;
}

// With the Volumes page shown (its sizes asked once) and then left alone: what the window asks
// of the engines.
bool ResourcesBench::idle(QList<Row> *rows, QString *error)
{
    VolumesPage *volumes = page<VolumesPage>();
    window()->showPage(volumes);
    window()->resize(1280, 800);
    window()->show();
    // What showing the page asks (the disk usage for the sizes) is done before the window.
    const QList<NodeService *> nodes = window()->nodeManager()->nodes();
    QTest::qWait(3000);
    QHash<NodeService *, QHash<QString, qint64>> before;
    // The counts are as of each node's last probe: the window starts at one.
    const auto probed = [&] {
        QHash<NodeService *, int> seen;
        QEventLoop loop;
        QObject ctx;
        for (NodeService *n : nodes) {
            QObject::connect(n, &NodeService::healthProbed, &ctx, [&, n] {
                seen[n] = 1;
                if (seen.size() == nodes.size())
                    loop.quit();
            });
        }
        QTimer::singleShot(60000, &ctx, [&] { loop.quit(); });
        loop.exec();
        return seen.size() == nodes.size();
    };
    if (!probed()) {
        *error = QStringLiteral("a node made no health probe within 60 s");
        return false;
    }
    for (NodeService *n : nodes)
        before.insert(n, n->callCounts());
    say(QStringLiteral("Idle for %1 s with the Volumes page shown…").arg(m_options.idleSeconds));
    QTest::qWait(m_options.idleSeconds * 1000);
    if (!probed()) {
        *error = QStringLiteral("a node made no health probe within 60 s");
        return false;
    }
    QHash<QString, qint64> asked;
    qint64 pings = 0, others = 0;
    for (NodeService *n : nodes) {
        const QHash<QString, qint64> now = n->callCounts();
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            const qint64 more = it.value() - before.value(n).value(it.key());
            if (more <= 0)
                continue;
            if (it.key().endsWith(QLatin1String("/_ping")))
                pings += more;
            else
                others += more;
            asked[it.key()] += more;
        }
    }
    QStringList what;
    for (auto it = asked.constBegin(); it != asked.constEnd(); ++it)
        what << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    what.sort();
    rows->append(
        {QStringLiteral("requests at idle over %1 s, 3 nodes, Volumes page shown")
             .arg(m_options.idleSeconds),
         QStringLiteral("**%1 other than health pings**; %2 pings (%3)")
             .arg(others)
             .arg(pings)
             .arg(what.isEmpty() ? QStringLiteral("none") : what.join(QStringLiteral(", "))),
         QStringLiteral("the engines' own calls counted by operation"),
         QStringLiteral("health pings only")});
    return true;
}

} // namespace

bool runResources(const ResourcesOptions &options, QList<Row> *rows, QString *error)
{
    ResourcesBench bench(options);
    return bench.run(rows, error);
}
