// The Images page over three nodes with many images, against the engines themselves: start-up
// to every image row, a search keystroke over them, and a build context's upload through
// ImageBuild against a raw socket upload of the same tar. See docs/benchmarks.md.

#include "bench.h"
#include "benchsupport.h"

#include "app/appcontroller.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/docker/dockerimagejson.h"
#include "core/engine/buildcontext.h"
#include "core/engine/imageinfo.h"
#include "core/services/imagebuild.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/imagefilterproxy.h"
#include "ui/models/imagetablemodel.h"
#include "ui/views/imagespage.h"
#include "ui/views/mainwindow.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Bench;

namespace {

// Docker and Podman both serve this version of Docker's API (what their /_ping says).
const QByteArray Api = "/v1.41";

struct Node
{
    QString name;
    QString socket;
    QString image;
    bool podman = false;
    QSet<QString> before; // every image id the node had before the benchmark made any
    QStringList bases;    // the images committed for it, by id
    QString helper;       // the container they were committed from
    QString baseImageId;  // the test image's id, never removed
    int made = 0;         // rows made: the committed images' names and their tags
    int rowsBefore = 0;   // the node's rows before
};

QByteArray pct(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

QString plainId(QString id)
{
    if (id.startsWith(QLatin1String("sha256:")))
        id.remove(0, 7);
    return id;
}

// The node's images as the list Gontainer asks for (`all` adds the intermediate ones); nullopt
// when the engine did not answer.
std::optional<QJsonArray> listImages(const QString &socket, bool all)
{
    const RawReply r =
        rawRequest(socket, "GET", Api + (all ? "/images/json?all=1" : "/images/json"));
    if (r.status != 200)
        return std::nullopt;
    const QJsonDocument doc = jsonOf(r.body);
    if (!doc.isArray())
        return std::nullopt;
    return doc.array();
}

// The rows the Images table makes of a list: one per name, one for an image without a name.
int rowsOf(const QJsonArray &images)
{
    int rows = 0;
    for (const QJsonValue &v : images) {
        QSet<QString> names;
        for (const QJsonValue &t : v.toObject().value(QStringLiteral("RepoTags")).toArray()) {
            const QString tag = t.toString();
            if (!tag.isEmpty() && tag != QLatin1String("<none>:<none>"))
                names.insert(tag);
        }
        rows += std::max<int>(1, int(names.size()));
    }
    return rows;
}

// ---- a raw upload: the same tar POSTed to /build with plain socket calls -----------------

int connectUnix(const QString &socketPath)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(socketPath);
    std::memcpy(addr.sun_path, path.constData(), size_t(qMin<qsizetype>(path.size(), 107)));
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const char *data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = ::send(fd, data + done, size_t(size - done), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

struct Upload
{
    bool ok = false;
    qint64 bytes = 0;       // request head and tar
    double seconds = 0;     // from the start of sending to the last byte written
    double packSeconds = 0; // Gontainer: start() to the packed tar
    QString error;
};

Upload rawUpload(const QString &socket, const QByteArray &target, const QByteArray &tar)
{
    Upload u;
    const QByteArray head = "POST " + target +
                            " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n"
                            "Content-Type: application/x-tar\r\nContent-Length: " +
                            QByteArray::number(tar.size()) + "\r\n\r\n";
    const Clock::time_point start = Clock::now();
    const int fd = connectUnix(socket);
    if (fd < 0) {
        u.error = QStringLiteral("could not connect to ") + socket;
        return u;
    }
    const bool sent =
        sendAll(fd, head.constData(), head.size()) && sendAll(fd, tar.constData(), tar.size());
    u.seconds = msBetween(start, Clock::now()) / 1000.0;
    u.bytes = head.size() + tar.size();
    // The build's output, to its end, so that the next upload meets an idle engine.
    QByteArray answer;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        answer.append(buffer, n);
    }
    ::close(fd);
    const QList<QByteArray> status = answer.left(answer.indexOf("\r\n")).split(' ');
    if (!sent || status.size() < 2 || status.at(1) != "200" || answer.contains("\"errorDetail\"")) {
        u.error = QStringLiteral("the raw build failed: ") + QString::fromUtf8(answer.right(600));
        return u;
    }
    u.ok = true;
    return u;
}

// The same build through ImageBuild: from the event that says the tar is packed (the request
// starts right after it) to the Sending event that reports the last byte.
Upload appUpload(NodeService *node, const BuildOptions &options)
{
    Upload u;
    ImageBuild build(node);
    const Clock::time_point started = Clock::now();
    Clock::time_point packed, sentAll;
    bool finished = false;
    QObject ctx;
    QObject::connect(&build, &ImageBuild::progressed, &ctx, [&](const BuildProgress &p) {
        const Clock::time_point now = Clock::now();
        if (p.phase == BuildProgress::Phase::Packing) {
            packed = now;
        } else if (p.phase == BuildProgress::Phase::Sending && p.total > 0 && p.done >= p.total &&
                   sentAll == Clock::time_point()) {
            sentAll = now;
            u.bytes = p.total;
        }
    });
    QObject::connect(&build, &ImageBuild::finished, &ctx,
                     [&](const EngineError &error, const QString &) {
                         finished = true;
                         if (error.isError())
                             u.error = QStringLiteral("the build failed: ") + error.message;
                     });
    // An event loop that runs until the end, not qWaitFor's checks 10 ms apart: the progress
    // events are timed as they are delivered.
    QEventLoop loop;
    QObject::connect(&build, &ImageBuild::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    build.start(options);
    loop.exec();
    if (!finished) {
        build.stop();
        u.error = QStringLiteral("the build did not finish within 10 minutes");
        return u;
    }
    if (!u.error.isEmpty())
        return u;
    if (packed == Clock::time_point() || sentAll == Clock::time_point()) {
        u.error = QStringLiteral("the build reported no packing or no end of sending");
        return u;
    }
    u.seconds = msBetween(packed, sentAll) / 1000.0;
    u.packSeconds = msBetween(started, packed) / 1000.0;
    u.ok = true;
    return u;
}

// The engines' side of Gontainer's order at connect, on all three nodes at once: ping, the
// container list, then the image list, alone or (`companions`) beside what a node asks with it
// (volumes, networks, pods on Podman, and /version). Best of `times`, in seconds, until the last
// image list is read.
double rawConnectOrder(const QList<Node> &nodes, bool companions, int times)
{
    double best = -1;
    for (int round = 0; round < times; ++round) {
        const Clock::time_point start = Clock::now();
        std::vector<std::thread> threads;
        std::vector<Clock::time_point> done(size_t(nodes.size()));
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            threads.emplace_back([&, i] {
                const Node &n = nodes.at(i);
                rawRequest(n.socket, "GET", "/_ping");
                rawRequest(n.socket, "GET",
                           n.podman ? QByteArray("/v4.0.0/libpod/containers/json?all=true")
                                    : QByteArray(Api + "/containers/json?all=1"));
                QList<QByteArray> others;
                if (companions) {
                    others = {Api + "/volumes", Api + "/networks", Api + "/version"};
                    if (n.podman)
                        others.append("/v4.0.0/libpod/pods/json");
                }
                std::vector<std::thread> beside;
                for (const QByteArray &target : std::as_const(others))
                    beside.emplace_back([&n, target] { rawRequest(n.socket, "GET", target); });
                rawRequest(n.socket, "GET", Api + "/images/json");
                done[size_t(i)] = Clock::now();
                for (std::thread &t : beside)
                    t.join();
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

// Runs the event loop until the model has not changed for a second (at most 30 s).
void settle(QAbstractItemModel *model)
{
    Clock::time_point last = Clock::now();
    QObject ctx;
    const auto changed = [&] {
        last = Clock::now();
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &ctx, changed);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, &ctx, changed);
    QObject::connect(model, &QAbstractItemModel::dataChanged, &ctx, changed);
    QObject::connect(model, &QAbstractItemModel::modelReset, &ctx, changed);
    const Clock::time_point start = Clock::now();
    while (msBetween(last, Clock::now()) < 1000 && msBetween(start, Clock::now()) < 30000)
        QTest::qWait(50);
}

class ImagesBench
{
public:
    explicit ImagesBench(const ImagesOptions &options)
        : m_options(options)
    {}
    ~ImagesBench();
    bool run(QList<Row> *rows, QString *error);

private:
    bool prepare(QString *error);
    bool makeImages(Node &node, int count, QString *error);
    bool startup(QList<Row> *rows, QString *error);
    bool filter(QList<Row> *rows, QString *error);
    bool upload(QList<Row> *rows, QString *error);
    MainWindow *window() const { return m_app->window(); }
    ImagesPage *imagesPage() const;
    NodeService *nodeOn(const QString &socket) const;

    ImagesOptions m_options;
    ExtraDockerd m_extra;
    QList<Node> m_nodes;
    int m_expectedRows = 0;
    qint64 m_listBytes = 0;
    TranslationLoader m_translations;
    std::unique_ptr<AppController> m_app;
};

// Every image the benchmark made goes, also when it failed half-way: the images it committed
// (with every tag given to them), then whatever else is new on the node since it began (the
// builds' images and what they left behind), a few times over for images that are parents of
// others.
ImagesBench::~ImagesBench()
{
    m_app.reset();
    say(QStringLiteral("Removing the benchmark's images…"));
    std::vector<std::thread> threads;
    for (const Node &n : std::as_const(m_nodes)) {
        threads.emplace_back([n] {
            if (!n.helper.isEmpty())
                rawRequest(n.socket, "DELETE",
                           Api + "/containers/" + n.helper.toLatin1() + "?force=1");
            parallelFor(int(n.bases.size()), 4, [&](int i) {
                rawRequest(n.socket, "DELETE",
                           Api + "/images/" + n.bases.at(i).toLatin1() + "?force=1");
            });
            if (n.before.isEmpty())
                return; // what was there is not known: nothing more is touched
            for (int pass = 0; pass < 4; ++pass) {
                const std::optional<QJsonArray> now = listImages(n.socket, true);
                if (!now)
                    return;
                QStringList extra;
                for (const QJsonValue &v : *now) {
                    const QString id = plainId(v.toObject().value(QStringLiteral("Id")).toString());
                    if (!n.before.contains(id) && id != n.baseImageId)
                        extra.append(id);
                }
                if (extra.isEmpty())
                    return;
                for (const QString &id : std::as_const(extra))
                    rawRequest(n.socket, "DELETE", Api + "/images/" + id.toLatin1() + "?force=1");
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
}

bool ImagesBench::run(QList<Row> *rows, QString *error)
{
    return prepare(error) && startup(rows, error) && filter(rows, error) && upload(rows, error);
}

ImagesPage *ImagesBench::imagesPage() const
{
    for (Page *page : window()->pages()) {
        if (auto *images = qobject_cast<ImagesPage *>(page->widget()))
            return images;
    }
    return nullptr;
}

NodeService *ImagesBench::nodeOn(const QString &socket) const
{
    for (NodeService *node : window()->nodeManager()->nodes()) {
        if (node->config().url == QStringLiteral("unix://") + socket)
            return node;
    }
    return nullptr;
}

bool ImagesBench::prepare(QString *error)
{
    say(QStringLiteral("Starting a second dockerd for the third node…"));
    if (!m_extra.start(QStringLiteral("bench3"), error))
        return false;
    const auto node = [](const QString &name, const QString &socket, const QString &image,
                         bool podman) {
        Node n;
        n.name = name;
        n.socket = socket;
        n.image = image;
        n.podman = podman;
        return n;
    };
    m_nodes = {
        node(QStringLiteral("docker"), TestEngines::dockerSocket(), TestEngines::image(), false),
        node(QStringLiteral("podman"), TestEngines::podmanSocket(), TestEngines::podmanImage(),
             true),
        node(QStringLiteral("docker-2"), m_extra.socket(), TestEngines::image(), false)};
    for (Node &n : m_nodes) {
        const std::optional<QJsonArray> images = listImages(n.socket, true);
        if (!images) {
            *error = QStringLiteral("could not list the images of %1").arg(n.name);
            return false;
        }
        const std::optional<QJsonArray> shown = listImages(n.socket, false);
        if (!shown) {
            *error = QStringLiteral("could not list the images of %1").arg(n.name);
            return false;
        }
        n.rowsBefore = rowsOf(*shown);
        for (const QJsonValue &v : *images)
            n.before.insert(plainId(v.toObject().value(QStringLiteral("Id")).toString()));
        const RawReply inspect =
            rawRequest(n.socket, "GET", Api + "/images/" + pct(n.image) + "/json");
        n.baseImageId =
            plainId(jsonOf(inspect.body).object().value(QStringLiteral("Id")).toString());
        if (n.baseImageId.isEmpty()) {
            *error = QStringLiteral("%1 does not have %2").arg(n.name, n.image);
            return false;
        }
    }

    say(QStringLiteral("Making %1 image names over the three nodes…").arg(m_options.images));
    const Clock::time_point start = Clock::now();
    std::vector<QString> errors(size_t(m_nodes.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const int count = m_options.images / 3 + (i < m_options.images % 3 ? 1 : 0);
        threads.emplace_back(
            [this, i, count, &errors] { makeImages(m_nodes[i], count, &errors[size_t(i)]); });
    }
    for (std::thread &t : threads)
        t.join();
    for (size_t i = 0; i < errors.size(); ++i) {
        if (!errors[i].isEmpty()) {
            *error = errors[i];
            return false;
        }
    }
    // The rows the table should hold: every node's images as the engine lists them.
    m_expectedRows = 0;
    QStringList perNode;
    for (const Node &n : std::as_const(m_nodes)) {
        const std::optional<QJsonArray> images = listImages(n.socket, false);
        if (!images) {
            *error = QStringLiteral("could not list the images of %1").arg(n.name);
            return false;
        }
        if (rowsOf(*images) != n.rowsBefore + n.made) {
            *error = QStringLiteral("%1 lists %2 image names, not the %3 it had and the %4 made")
                         .arg(n.name)
                         .arg(rowsOf(*images))
                         .arg(n.rowsBefore)
                         .arg(n.made);
            return false;
        }
        m_expectedRows += rowsOf(*images);
        perNode << QStringLiteral("%1 %2 (%3 made, %4 images)")
                       .arg(n.name)
                       .arg(rowsOf(*images))
                       .arg(n.made)
                       .arg(images->size());
    }
    say(QStringLiteral("  made in %1 s: %2 rows in all; %3")
            .arg(fmt(msBetween(start, Clock::now()) / 1000.0, 1))
            .arg(m_expectedRows)
            .arg(perNode.join(QStringLiteral(", "))));

    // The nodes as a user would have them configured; no local default node.
    QList<QPair<QString, QString>> configured;
    for (const Node &n : std::as_const(m_nodes))
        configured.append({n.name, n.socket});
    if (!configureNodes(configured, error))
        return false;
    return true;
}

// `count` rows on the node: a few images of their own (commits of one created container, each
// with a label of its own, so each has its own id), and names given to them by tagging, spread
// over them. On a thread of its own: plain socket calls only.
bool ImagesBench::makeImages(Node &n, int count, QString *error)
{
    const QStringList made =
        createContainers(n.socket, n.image, QStringLiteral("bench-images-%1").arg(n.name), 1,
                         {QStringLiteral("true")}, 1, error);
    if (made.isEmpty())
        return false;
    n.helper = made.first();
    const int distinct = std::clamp(count / 40, 1, 20);
    for (int i = 0; i < distinct; ++i) {
        const QString repo =
            QStringLiteral("gontainer-bench/base-%1").arg(i, 2, 10, QLatin1Char('0'));
        const QByteArray query =
            "?container=" + n.helper.toLatin1() + "&repo=" + pct(repo) +
            "&tag=v1&changes=" + pct(QStringLiteral("LABEL gontainer.bench.base=%1").arg(i));
        // Podman's compatible commit wants a body; its own takes the same query without one.
        const RawReply r = rawRequest(
            n.socket, "POST",
            (n.podman ? QByteArray("/v4.0.0/libpod/commit") : QByteArray(Api + "/commit")) + query);
        const QJsonObject o = jsonOf(r.body).object();
        const QString id = plainId(
            o.value(QStringLiteral("Id")).toString(o.value(QStringLiteral("ID")).toString()));
        if (r.status != 200 && r.status != 201) {
            *error = QStringLiteral("commit on %1: HTTP %2 %3")
                         .arg(n.name)
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(300)));
            return false;
        }
        if (id.isEmpty()) {
            *error = QStringLiteral("commit on %1 named no image: %2")
                         .arg(n.name, QString::fromUtf8(r.body.left(300)));
            return false;
        }
        n.bases.append(id);
    }
    rawRequest(n.socket, "DELETE", Api + "/containers/" + n.helper.toLatin1() + "?force=1");
    n.helper.clear();
    // Names that a search can narrow: web, worker and db, several tags each.
    static const char *const kinds[] = {"web", "worker", "db"};
    const int tags = count - distinct;
    std::atomic<int> failed{0};
    std::mutex errorMutex;
    // One image's names are given one after another: Podman loses names given to one image at
    // the same time. Different images are tagged at once.
    parallelFor(distinct, 4, [&](int base) {
        for (int j = base; j < tags; j += distinct) {
            const QString repo = QStringLiteral("gontainer-bench/%1-%2")
                                     .arg(QLatin1String(kinds[j % 3]))
                                     .arg(j / 3, 4, 10, QLatin1Char('0'));
            const QByteArray target = Api + "/images/" + n.bases.at(base).toLatin1() +
                                      "/tag?repo=" + pct(repo) + "&tag=v" +
                                      QByteArray::number(j % 5);
            const RawReply r = rawRequest(n.socket, "POST", target);
            if (r.status != 201 && r.status != 200) {
                ++failed;
                const std::lock_guard<std::mutex> lock(errorMutex);
                *error = QStringLiteral("tag on %1: HTTP %2 %3")
                             .arg(n.name)
                             .arg(r.status)
                             .arg(QString::fromUtf8(r.body.left(300)));
                return;
            }
        }
    });
    n.made = distinct + tags;
    return failed == 0;
}

bool ImagesBench::startup(QList<Row> *rows, QString *error)
{
    QList<QPair<QString, QByteArray>> lists;
    for (const Node &n : std::as_const(m_nodes))
        lists.append({n.socket, Api + "/images/json"});
    std::vector<double> engine, app, ratios;
    for (int round = 0; round < m_options.startupRounds; ++round) {
        say(QStringLiteral("Start-up to %1 image rows (%2 of %3)…")
                .arg(m_expectedRows)
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
            *error = QStringLiteral("a raw image list failed");
            return false;
        }
        const Clock::time_point start = Clock::now();
        // What main() does after the command line.
        m_app = std::make_unique<AppController>(&m_translations, Endpoint());
        m_app->start();
        const Clock::time_point started = Clock::now();
        ImagesPage *page = imagesPage();
        if (!page) {
            *error = QStringLiteral("the window has no Images page");
            return false;
        }
        // Where the time goes: each node online (its container list is in), its images
        // announced.
        Clock::time_point online, announced;
        QObject ctx;
        for (NodeService *node : window()->nodeManager()->nodes()) {
            QObject::connect(node, &NodeService::stateChanged, &ctx, [&](NodeService::State state) {
                if (state == NodeService::State::Online)
                    online = Clock::now();
            });
            QObject::connect(node, &NodeService::imagesAdded, &ctx,
                             [&] { announced = Clock::now(); });
        }
        ImageTableModel *model = page->model();
        if (!waitOnModel(model, 120000, [&] { return model->rowCount() >= m_expectedRows; })) {
            *error = QStringLiteral("the images model holds %1 rows, not %2")
                         .arg(model->rowCount())
                         .arg(m_expectedRows);
            return false;
        }
        const Clock::time_point shown = Clock::now();
        say(QStringLiteral("  window built at %1 ms, last node online at %2 ms, last images "
                           "announced at %3 ms, all rows at %4 ms; raw lists %5 ms")
                .arg(fmt(msBetween(start, started), 0),
                     fmt(online == Clock::time_point() ? -1 : msBetween(start, online), 0),
                     fmt(announced == Clock::time_point() ? -1 : msBetween(start, announced), 0),
                     fmt(msBetween(start, shown), 0), fmt(engineSeconds * 1000, 0)));
        app.push_back(msBetween(start, shown) / 1000.0);
        engine.push_back(engineSeconds);
        ratios.push_back(app.back() / engineSeconds);
    }
    // Where the difference lies: the engines' own time for the requests in the order a node
    // makes them.
    settle(imagesPage()->model());
    say(QStringLiteral("  engines alone, best of 3: the image lists %1 ms; after a ping and the "
                       "container list %2 ms; and beside volumes, networks, pods, /version %3 ms")
            .arg(fmt(rawParallelGet(lists, 3, &m_listBytes) * 1000, 0),
                 fmt(rawConnectOrder(m_nodes, false, 3) * 1000, 0),
                 fmt(rawConnectOrder(m_nodes, true, 3) * 1000, 0)));
    // And Gontainer's own work on a list: parsing it (on a node's thread) and the page's model,
    // proxy and table taking the rows (on the GUI thread), for each node's list in turn.
    {
        double parseMs = 0, insertMs = 0;
        ImageTableModel *model = imagesPage()->model();
        for (const Node &n : std::as_const(m_nodes)) {
            const QByteArray body =
                unchunked(rawRequest(n.socket, "GET", Api + "/images/json").body);
            Clock::time_point t = Clock::now();
            const std::optional<QList<ImageSummary>> images = DockerImageJson::parseList(body);
            parseMs += msBetween(t, Clock::now());
            if (!images)
                continue;
            t = Clock::now();
            model->setImages(QStringLiteral("copy"), *images);
            QCoreApplication::processEvents();
            insertMs += msBetween(t, Clock::now());
            model->removeNode(QStringLiteral("copy"));
            QCoreApplication::processEvents();
        }
        say(QStringLiteral("  Gontainer's work on the three lists, one after another: parsing "
                           "%1 ms, into the page's model and table %2 ms")
                .arg(fmt(parseMs, 0), fmt(insertMs, 0)));
    }
    QStringList each;
    for (size_t i = 0; i < app.size(); ++i)
        each << QStringLiteral("%1 s against %2 s").arg(fmt(app[i], 3), fmt(engine[i], 3));
    rows->append({QStringLiteral("start-up to every image row in the Images page's model, %1 "
                                 "rows over 3 nodes")
                      .arg(m_expectedRows),
                  QStringLiteral("**%1 s**; ratio **%2×** (median of %3 starts: %4)")
                      .arg(fmt(percentile(app, 50), 3), fmt(percentile(ratios, 50)))
                      .arg(app.size())
                      .arg(each.join(QStringLiteral("; "))),
                  QStringLiteral("the three image lists at once over raw sockets, best of 3 just "
                                 "before each start: %1 s (%2 MiB of JSON)")
                      .arg(fmt(percentile(engine, 50), 3), fmt(double(m_listBytes) / 1048576.0, 2)),
                  QStringLiteral("≤ 1.3×")});
    return true;
}

bool ImagesBench::filter(QList<Row> *rows, QString *error)
{
    ImagesPage *page = imagesPage();
    window()->showPage(page);
    window()->resize(1280, 800);
    QCoreApplication::processEvents();
    if (!QTest::qWaitFor([&] { return page->view()->isVisible(); }, 10000)) {
        *error = QStringLiteral("the Images page's table is not shown");
        return false;
    }
    const int total = page->model()->rowCount();
    say(QStringLiteral("Typing into the Images search field over %1 rows…").arg(total));
    QLineEdit *search = page->searchField();
    search->setFocus();
    QCoreApplication::processEvents();
    window()->repaint();
    std::vector<double> keys;
    // "work", then back to empty: each keystroke filters every row again.
    const QList<Qt::Key> typed = {Qt::Key_W,         Qt::Key_O,         Qt::Key_R,
                                  Qt::Key_K,         Qt::Key_Backspace, Qt::Key_Backspace,
                                  Qt::Key_Backspace, Qt::Key_Backspace};
    int narrowest = total;
    QStringList perKey;
    for (int round = 0; round < 3; ++round) {
        for (const Qt::Key key : typed) {
            const Clock::time_point start = Clock::now();
            QTest::keyClick(search, key);
            QCoreApplication::processEvents();
            window()->repaint();
            keys.push_back(msBetween(start, Clock::now()));
            perKey << fmt(keys.back(), 1);
            narrowest = std::min(narrowest, page->proxy()->rowCount());
        }
    }
    say(QStringLiteral("  each key (ms): ") + perKey.join(QLatin1Char(' ')));
    if (page->proxy()->rowCount() != total || narrowest >= total) {
        *error = QStringLiteral("the search did not narrow the table and widen it again (%1 of "
                                "%2 rows at the narrowest, %3 at the end)")
                     .arg(narrowest)
                     .arg(total)
                     .arg(page->proxy()->rowCount());
        return false;
    }
    rows->append(
        {QStringLiteral("Images search keystroke to the repainted page, %1 rows").arg(total),
         QStringLiteral("worst **%1 ms**; median %2 ms (%3 keys; \"work\" leaves %4 rows)")
             .arg(fmt(percentile(keys, 100), 1), fmt(percentile(keys, 50), 1))
             .arg(keys.size())
             .arg(narrowest),
         QStringLiteral("a 60 Hz frame: 16.7 ms"), QStringLiteral("< 16 ms")});
    return true;
}

bool ImagesBench::upload(QList<Row> *rows, QString *error)
{
    // A context of incompressible bytes in files of 16 MiB, and a Dockerfile that only labels
    // the test image, so that the build after the upload is short.
    QTemporaryDir folder(TestEngines::dir() + QStringLiteral("/bench-context-XXXXXX"));
    if (!folder.isValid()) {
        *error = QStringLiteral("no folder for the build context");
        return false;
    }
    say(QStringLiteral("Writing a build context of %1 MiB…").arg(m_options.contextMiB));
    {
        QFile dockerfile(folder.filePath(QStringLiteral("Dockerfile")));
        if (!dockerfile.open(QIODevice::WriteOnly) ||
            dockerfile.write("ARG BASE\nFROM ${BASE}\nLABEL gontainer.bench=upload\n") < 0) {
            *error = QStringLiteral("could not write the Dockerfile");
            return false;
        }
    }
    const qint64 fileBytes = 16LL * 1024 * 1024;
    qint64 left = qint64(m_options.contextMiB) * 1024 * 1024;
    std::vector<quint32> random(size_t(fileBytes / 4));
    for (int i = 0; left > 0; ++i) {
        const qint64 size = std::min(left, fileBytes);
        QRandomGenerator::global()->fillRange(random.data(), qsizetype(random.size()));
        QFile data(folder.filePath(QStringLiteral("data-%1.bin").arg(i, 3, 10, QLatin1Char('0'))));
        if (!data.open(QIODevice::WriteOnly) ||
            data.write(reinterpret_cast<const char *>(random.data()), size) != size) {
            *error = QStringLiteral("could not write the build context");
            return false;
        }
        left -= size;
    }
    QString packError;
    const std::optional<QByteArray> tar =
        BuildContext::pack(folder.path(), QStringLiteral("Dockerfile"), &packError);
    if (!tar) {
        *error = QStringLiteral("could not pack the context: ") + packError;
        return false;
    }
    for (const Node &n : std::as_const(m_nodes)) {
        if (n.socket == m_extra.socket())
            continue; // Docker and Podman: the third node is Docker again
        NodeService *node = nodeOn(n.socket);
        if (!node) {
            *error = QStringLiteral("no node for %1").arg(n.name);
            return false;
        }
        std::vector<Upload> raw, app;
        for (int round = 0; round < m_options.uploadRounds; ++round) {
            say(QStringLiteral("Uploading %1 MiB to %2 (%3 of %4)…")
                    .arg(fmt(double(tar->size()) / 1048576.0, 1), n.name)
                    .arg(round + 1)
                    .arg(m_options.uploadRounds));
            const QJsonObject args{{QStringLiteral("BASE"), n.image}};
            const QByteArray target =
                Api +
                "/build?rm=1&t=" + pct(QStringLiteral("gontainer-bench-upload:raw-%1").arg(round)) +
                "&buildargs=" +
                pct(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
            // What the last build changed on the node reaches the window first: neither upload
            // shares the node's thread or the window's with an image list.
            settle(imagesPage()->model());
            // On a thread, so that the window's event loop runs meanwhile as it would.
            Upload r;
            std::atomic<bool> rawDone{false};
            std::thread uploader([&] {
                r = rawUpload(n.socket, target, *tar);
                rawDone = true;
            });
            const bool uploaded = QTest::qWaitFor([&] { return rawDone.load(); }, 600000);
            uploader.join(); // the engine's answer ends it, or its socket closing
            if (!uploaded)
                say(QStringLiteral("  (the raw upload took more than 10 minutes)"));
            if (!r.ok) {
                *error = r.error;
                return false;
            }
            raw.push_back(r);

            settle(imagesPage()->model());
            BuildOptions options;
            options.contextDir = folder.path();
            options.dockerfile = QStringLiteral("Dockerfile");
            options.tags = {QStringLiteral("gontainer-bench-upload:app-%1").arg(round)};
            options.buildArgs.insert(QStringLiteral("BASE"), n.image);
            const Upload a = appUpload(node, options);
            if (!a.ok) {
                *error = a.error;
                return false;
            }
            app.push_back(a);
        }
        const auto rate = [](const Upload &u) {
            return double(u.bytes) / u.seconds / 1e6;
        };
        const auto best = [&](const std::vector<Upload> &all) {
            return *std::max_element(all.begin(), all.end(), [&](const Upload &a, const Upload &b) {
                return rate(a) < rate(b);
            });
        };
        const Upload bestRaw = best(raw), bestApp = best(app);
        QStringList each;
        for (size_t i = 0; i < raw.size(); ++i)
            each << QStringLiteral("%1 against %2 MB/s")
                        .arg(fmt(rate(app[i]), 1), fmt(rate(raw[i]), 1));
        rows->append(
            {QStringLiteral("build-context upload through ImageBuild, %1 MiB of incompressible "
                            "files, %2")
                 .arg(m_options.contextMiB)
                 .arg(n.podman ? QStringLiteral("Podman") : QStringLiteral("Docker")),
             QStringLiteral("**%1 MB/s** (%2 s); ratio **%3×** (best of %4: %5); packing "
                            "before it %6 s")
                 .arg(fmt(rate(bestApp), 1), fmt(bestApp.seconds, 2),
                      fmt(rate(bestApp) / rate(bestRaw)))
                 .arg(app.size())
                 .arg(each.join(QStringLiteral("; ")), fmt(bestApp.packSeconds, 2)),
             QStringLiteral("the same tar POSTed to `/build` with plain socket writes, best of "
                            "%1: %2 MB/s (%3 s, %4 MiB)")
                 .arg(raw.size())
                 .arg(fmt(rate(bestRaw), 1), fmt(bestRaw.seconds, 2),
                      fmt(double(bestRaw.bytes) / 1048576.0, 1)),
             QStringLiteral("≥ 0.8×")});
    }
    return true;
}

} // namespace

bool runImages(const ImagesOptions &options, QList<Row> *rows, QString *error)
{
    ImagesBench bench(options);
    return bench.run(rows, error);
}
