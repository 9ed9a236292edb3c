// A containerd node with many containers, against containerd itself: its containers listed
// into the Containers page's model (against containers.v1 List and tasks.v1 List called
// straight over gRPC), and task events to the updated row. See docs/benchmarks.md.

#include "bench.h"
#include "benchsupport.h"

#include "app/appcontroller.h"
#include "core/config/nodestore.h"
#include "core/config/translationloader.h"
#include "core/containerd/containerdids.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containerspage.h"
#include "ui/views/mainwindow.h"

#include <github.com/containerd/containerd/api/events/task.pb.h>
#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/events/v1/events.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/snapshots/v1/snapshots.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>

#include <grpcpp/create_channel.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Bench;

namespace capi = containerd::services::containers::v1;
namespace tapi = containerd::services::tasks::v1;
namespace eapi = containerd::services::events::v1;
namespace sapi = containerd::services::snapshots::v1;

namespace {

std::shared_ptr<grpc::Channel> channel()
{
    static const std::shared_ptr<grpc::Channel> c = [] {
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(256 * 1024 * 1024);
        return grpc::CreateCustomChannel("unix:" + TestEngines::containerdSocket().toStdString(),
                                         grpc::InsecureChannelCredentials(), args);
    }();
    return c;
}

void setUpCall(grpc::ClientContext &context, int timeoutMs = 60000)
{
    context.AddMetadata("containerd-namespace", TestEngines::containerdNamespace().toStdString());
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs));
}

QString freshId(int i)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(QUuid::createUuid().toRfc4122() +
                                                                   QByteArray::number(i)),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

// A channel of its own with a connection of its own (not one of gRPC's shared subchannels),
// as a node that is just being added has to make it.
std::shared_ptr<grpc::Channel> freshChannel()
{
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(256 * 1024 * 1024);
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return grpc::CreateCustomChannel("unix:" + TestEngines::containerdSocket().toStdString(),
                                     grpc::InsecureChannelCredentials(), args);
}

// containers.v1 List and tasks.v1 List of the namespace at once, on two threads: how long
// until both answers are read. Negative when one failed. With `cold`, the time includes
// making the channel and its connection, as a node being added starts from nothing.
double rawList(qint64 *bytes, bool cold = false)
{
    std::atomic<bool> ok{true};
    std::atomic<qint64> size{0};
    const Clock::time_point start = Clock::now();
    const std::shared_ptr<grpc::Channel> used = cold ? freshChannel() : channel();
    std::thread containers([&] {
        auto stub = capi::Containers::NewStub(used);
        grpc::ClientContext context;
        setUpCall(context);
        capi::ListContainersResponse response;
        if (!stub->List(&context, capi::ListContainersRequest(), &response).ok())
            ok = false;
        size += qint64(response.ByteSizeLong());
    });
    std::thread tasks([&] {
        auto stub = tapi::Tasks::NewStub(used);
        grpc::ClientContext context;
        setUpCall(context);
        tapi::ListTasksResponse response;
        if (!stub->List(&context, tapi::ListTasksRequest(), &response).ok())
            ok = false;
        size += qint64(response.ByteSizeLong());
    });
    containers.join();
    tasks.join();
    *bytes = size;
    return ok ? msBetween(start, Clock::now()) / 1000.0 : -1;
}

// SIGKILL to a container's task, over gRPC.
void killTask(const std::string &id)
{
    auto stub = tapi::Tasks::NewStub(channel());
    grpc::ClientContext context;
    setUpCall(context);
    tapi::KillRequest request;
    request.set_container_id(id);
    request.set_signal(9);
    request.set_all(true);
    google::protobuf::Empty empty;
    stub->Kill(&context, request, &empty);
}

// A new task for a container whose task has stopped, as nerdctl start makes it: the stopped
// task deleted, one created on the container's snapshot's mounts (no stdio) and started.
void startTask(const std::string &id)
{
    auto tasks = tapi::Tasks::NewStub(channel());
    {
        grpc::ClientContext context;
        setUpCall(context);
        tapi::DeleteTaskRequest request;
        request.set_container_id(id);
        tapi::DeleteResponse response;
        tasks->Delete(&context, request, &response);
    }
    capi::Container container;
    {
        auto stub = capi::Containers::NewStub(channel());
        grpc::ClientContext context;
        setUpCall(context);
        capi::GetContainerRequest request;
        request.set_id(id);
        capi::GetContainerResponse response;
        if (!stub->Get(&context, request, &response).ok())
            return;
        container = response.container();
    }
    sapi::MountsResponse mounts;
    {
        auto stub = sapi::Snapshots::NewStub(channel());
        grpc::ClientContext context;
        setUpCall(context);
        sapi::MountsRequest request;
        request.set_snapshotter(container.snapshotter());
        request.set_key(container.snapshot_key());
        if (!stub->Mounts(&context, request, &mounts).ok())
            return;
    }
    {
        grpc::ClientContext context;
        setUpCall(context);
        tapi::CreateTaskRequest request;
        request.set_container_id(id);
        *request.mutable_rootfs() = mounts.mounts();
        tapi::CreateTaskResponse response;
        if (!tasks->Create(&context, request, &response).ok())
            return;
    }
    grpc::ClientContext context;
    setUpCall(context);
    tapi::StartRequest request;
    request.set_container_id(id);
    tapi::StartResponse response;
    tasks->Start(&context, request, &response);
}

// Reads containerd's events.v1 stream on a thread of its own and notes when each task start
// and exit arrived: containerd's own side of "event to row".
class TaskEventClock
{
public:
    TaskEventClock()
        : m_thread([this] { run(); })
    {}
    ~TaskEventClock()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
            if (m_context)
                m_context->TryCancel();
        }
        m_thread.join();
    }
    // containerd sends nothing on a new subscription until an event comes: one of the
    // benchmark's own is published until the stream has it.
    bool waitConnected(int timeoutMs)
    {
        auto stub = eapi::Events::NewStub(channel());
        const Clock::time_point until = Clock::now() + std::chrono::milliseconds(timeoutMs);
        while (!m_connected && Clock::now() < until) {
            grpc::ClientContext context;
            setUpCall(context, 5000);
            eapi::PublishRequest request;
            request.set_topic(ReadyTopic);
            containerd::events::TaskStart ready;
            request.mutable_event()->PackFrom(ready);
            google::protobuf::Empty empty;
            stub->Publish(&context, request, &empty);
            if (QTest::qWaitFor([this] { return m_connected.load(); }, 200))
                break;
        }
        return m_connected;
    }
    // When `topic` ("/tasks/start", "/tasks/exit") for container `id` arrived after `since`.
    Clock::time_point arrival(const std::string &id, const std::string &topic,
                              Clock::time_point since) const
    {
        const std::lock_guard lock(m_mutex);
        for (const Arrival &a : m_arrivals) {
            if (a.at >= since && a.id == id && a.topic == topic)
                return a.at;
        }
        return {};
    }

private:
    static constexpr const char *ReadyTopic = "/gontainer-bench/ready";

    struct Arrival
    {
        std::string id;
        std::string topic;
        Clock::time_point at;
    };

    void run()
    {
        auto stub = eapi::Events::NewStub(channel());
        grpc::ClientContext context;
        {
            const std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
            m_context = &context;
        }
        eapi::SubscribeRequest request;
        request.add_filters("topic==\"/tasks/start\"");
        request.add_filters("topic==\"/tasks/exit\"");
        request.add_filters(std::string("topic==\"") + ReadyTopic + '"');
        auto reader = stub->Subscribe(&context, request);
        eapi::Envelope envelope;
        while (reader->Read(&envelope)) {
            const Clock::time_point at = Clock::now();
            if (envelope.topic() == ReadyTopic) {
                m_connected = true;
                continue;
            }
            std::string id;
            if (envelope.topic() == "/tasks/start") {
                containerd::events::TaskStart e;
                if (e.ParseFromString(envelope.event().value()))
                    id = e.container_id();
            } else {
                containerd::events::TaskExit e;
                if (e.ParseFromString(envelope.event().value()))
                    id = e.container_id();
            }
            const std::lock_guard lock(m_mutex);
            m_arrivals.push_back({id, envelope.topic(), at});
        }
        reader->Finish();
        const std::lock_guard lock(m_mutex);
        m_context = nullptr;
    }

    mutable std::mutex m_mutex;
    grpc::ClientContext *m_context = nullptr;
    bool m_stop = false;
    std::atomic<bool> m_connected{false};
    std::vector<Arrival> m_arrivals;
    std::thread m_thread;
};

class ContainerdBench
{
public:
    explicit ContainerdBench(const ContainerdOptions &options)
        : m_options(options)
    {}
    ~ContainerdBench();
    bool run(QList<Row> *rows, QString *error)
    {
        return prepare(error) && startup(rows, error) && events(rows, error);
    }

private:
    bool prepare(QString *error);
    bool startup(QList<Row> *rows, QString *error);
    bool events(QList<Row> *rows, QString *error);
    MainWindow *window() const { return m_app->window(); }

    ContainerdOptions m_options;
    QStringList m_withTasks;    // made with ctr run: a task each, running
    QStringList m_withoutTasks; // made with containers.v1 Create alone
    TranslationLoader m_translations;
    std::unique_ptr<AppController> m_app;
    QString m_nodeId;
};

ContainerdBench::~ContainerdBench()
{
    m_app.reset();
    say(QStringLiteral("Removing the benchmark's containerd containers…"));
    std::atomic<int> next{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = next++; i < m_withTasks.size(); i = next++) {
                const QString &id = m_withTasks.at(i);
                TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("delete"),
                                  QStringLiteral("--force"), id});
                TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    auto stub = capi::Containers::NewStub(channel());
    for (const QString &id : std::as_const(m_withoutTasks)) {
        grpc::ClientContext context;
        setUpCall(context);
        capi::DeleteContainerRequest request;
        request.set_id(id.toStdString());
        google::protobuf::Empty empty;
        stub->Delete(&context, request, &empty);
    }
}

bool ContainerdBench::prepare(QString *error)
{
    const int total = m_options.containers;
    const int withTasks = std::max(2, total / 10);
    say(QStringLiteral("Creating %1 containerd containers, %2 of them running…")
            .arg(total)
            .arg(withTasks));
    const Clock::time_point start = Clock::now();
    // A share with running tasks, made as nerdctl users make them (ctr run), 4 at a time.
    std::vector<QString> made(static_cast<size_t>(withTasks));
    std::vector<QString> errors(static_cast<size_t>(withTasks));
    std::atomic<int> next{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = next++; i < withTasks; i = next++) {
                const TestEngines::Result r = TestEngines::runContainerdContainer(
                    QStringLiteral("bench-ctd-run-%1").arg(i, 4, 10, QLatin1Char('0')),
                    {QStringLiteral("sleep"), QStringLiteral("100000")});
                (r.exitCode == 0 ? made : errors)[size_t(i)] = r.output;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int i = 0; i < withTasks; ++i) {
        if (!made[size_t(i)].isEmpty())
            m_withTasks << made[size_t(i)];
        else if (error->isEmpty())
            *error = QStringLiteral("ctr run failed: %1").arg(errors[size_t(i)]);
    }
    if (m_withTasks.size() != withTasks)
        return false;

    // The rest straight through containers.v1, with the OCI spec, image, runtime and
    // snapshotter of one made by ctr run: the records a list carries are the same size.
    auto stub = capi::Containers::NewStub(channel());
    capi::Container model;
    {
        grpc::ClientContext context;
        setUpCall(context);
        capi::GetContainerRequest request;
        request.set_id(m_withTasks.first().toStdString());
        capi::GetContainerResponse response;
        const grpc::Status status = stub->Get(&context, request, &response);
        if (!status.ok()) {
            *error = QStringLiteral("containers.Get: %1")
                         .arg(QString::fromStdString(status.error_message()));
            return false;
        }
        model = response.container();
    }
    const int rest = total - withTasks;
    std::vector<QString> created(static_cast<size_t>(rest));
    std::atomic<int> failures{0};
    next = 0;
    threads.clear();
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            auto own = capi::Containers::NewStub(channel());
            for (int i = next++; i < rest; i = next++) {
                const QString id = freshId(i);
                capi::CreateContainerRequest request;
                capi::Container *c = request.mutable_container();
                *c = model;
                c->set_id(id.toStdString());
                c->clear_snapshot_key();
                c->clear_created_at();
                c->clear_updated_at();
                (*c->mutable_labels())["nerdctl/name"] =
                    QStringLiteral("bench-ctd-%1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
                grpc::ClientContext context;
                setUpCall(context);
                capi::CreateContainerResponse response;
                if (own->Create(&context, request, &response).ok())
                    created[size_t(i)] = id;
                else
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const QString &id : created) {
        if (!id.isEmpty())
            m_withoutTasks << id;
    }
    if (failures > 0) {
        *error = QStringLiteral("containers.Create failed for %1 containers").arg(failures.load());
        return false;
    }
    say(QStringLiteral("  made in %1 s").arg(fmt(msBetween(start, Clock::now()) / 1000.0, 1)));

    // The window with no nodes: each round adds the containerd node to it.
    NodeStore::setLocalDefaultRemoved(true);
    m_app = std::make_unique<AppController>(&m_translations, Endpoint());
    m_app->start();
    window()->containersPage()->setViewMode(ContainersPage::ViewMode::Table);
    window()->resize(1280, 800);
    QCoreApplication::processEvents();
    return true;
}

bool ContainerdBench::startup(QList<Row> *rows, QString *error)
{
    const int total = m_options.containers;
    ContainerTableModel *model = window()->containersPage()->containerModel();
    NodeManager *manager = window()->nodeManager();
    std::vector<double> engine, best, warm, app, ratios, bestRatios, warmRatios;
    qint64 bytes = 0;
    QStringList each;
    for (int round = 0; round < m_options.rounds; ++round) {
        say(QStringLiteral("containerd node added, to %1 rows (%2 of %3)…")
                .arg(total)
                .arg(round + 1)
                .arg(m_options.rounds));
        if (!m_nodeId.isEmpty()) {
            manager->removeNode(m_nodeId);
            if (!QTest::qWaitFor([&] { return model->rowCount() == 0; }, 30000)) {
                *error = QStringLiteral("the removed node's rows stayed");
                return false;
            }
            QTest::qWait(500);
        }
        // containerd's own figure, 3 times just before: from a standing start (a new channel
        // and connection, as the node has to make them) and on a warm channel. The ratio is to
        // the median, as the app's figure is one run like each of these; the best is shown too.
        std::vector<double> cold, hot;
        for (int i = 0; i < 3; ++i) {
            const double s = rawList(&bytes, true);
            const double w = rawList(&bytes);
            if (s < 0 || w < 0) {
                *error = QStringLiteral("a raw containers or tasks list failed");
                return false;
            }
            cold.push_back(s);
            hot.push_back(w);
        }
        const double median = percentile(cold, 50);
        const double bestCold = *std::min_element(cold.begin(), cold.end());
        const double medianWarm = percentile(hot, 50);
        NodeConfig config;
        config.name = QStringLiteral("containerd-%1").arg(round + 1);
        config.url = TestEngines::containerdEndpointUrl();
        const Clock::time_point start = Clock::now();
        const QString problem = manager->addNode(config);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        m_nodeId = manager->node(config.name)->id();
        if (!waitOnModel(model, 120000, [&] { return model->rowCount() >= total; })) {
            *error =
                QStringLiteral("the model holds %1 rows, not %2").arg(model->rowCount()).arg(total);
            return false;
        }
        app.push_back(msBetween(start, Clock::now()) / 1000.0);
        engine.push_back(median);
        best.push_back(bestCold);
        warm.push_back(medianWarm);
        ratios.push_back(app.back() / median);
        bestRatios.push_back(app.back() / bestCold);
        warmRatios.push_back(app.back() / medianWarm);
        each << QStringLiteral("%1 s against %2 s").arg(fmt(app.back(), 3), fmt(median, 3));
    }
    rows->append(
        {QStringLiteral("containerd node added to every row in the model, %1 containers (%2 "
                        "running)")
             .arg(total)
             .arg(m_withTasks.size()),
         QStringLiteral("**%1 s**; ratio **%2×** (median of %3: %4)")
             .arg(fmt(percentile(app, 50), 3), fmt(percentile(ratios, 50)))
             .arg(app.size())
             .arg(each.join(QStringLiteral("; "))),
         QStringLiteral("containers.v1 List and tasks.v1 List at once over gRPC on a new channel "
                        "and connection, median of 3 just before each: %1 s (%2 MiB of "
                        "protobuf); the best of those 3: %3 s (ratio %4×); on a warm channel "
                        "%5 s (ratio %6×)")
             .arg(fmt(percentile(engine, 50), 3), fmt(double(bytes) / 1048576.0, 1),
                  fmt(percentile(best, 50), 3), fmt(percentile(bestRatios, 50)),
                  fmt(percentile(warm, 50), 3), fmt(percentile(warmRatios, 50))),
         QStringLiteral("≤ 1.3×")});
    return true;
}

bool ContainerdBench::events(QList<Row> *rows, QString *error)
{
    say(QStringLiteral("%1 task kill/start events on containerd (%2 containers)…")
            .arg(m_options.events)
            .arg(m_options.containers));
    TaskEventClock clock;
    if (!clock.waitConnected(10000)) {
        *error = QStringLiteral("the raw event stream did not open");
        return false;
    }
    ContainerTableModel *model = window()->containersPage()->containerModel();
    std::vector<double> toRow, engine;
    const int pool = std::min<int>(10, int(m_withTasks.size()));
    for (int k = 0; k < m_options.events; ++k) {
        const QString id = m_withTasks.at((k / 2) % pool);
        const QString fullId = ContainerdIds::join(TestEngines::containerdNamespace(), id);
        // Killed, then started again (its stopped task deleted first, as nerdctl start does),
        // over gRPC.
        const bool starting = k % 2 == 1;
        const Clock::time_point sent = Clock::now();
        std::thread request([id, starting] {
            if (starting)
                startTask(id.toStdString());
            else
                killTask(id.toStdString());
        });
        const auto want =
            starting ? ContainerSummary::State::Running : ContainerSummary::State::Exited;
        Clock::time_point shown;
        const bool ok = waitOnModel(model, 15000, [&] {
            const int row = model->rowOf(m_nodeId, fullId);
            if (row >= 0 && model->containerAt(row).state == want) {
                shown = Clock::now();
                return true;
            }
            return false;
        });
        request.join();
        if (!ok) {
            *error =
                QStringLiteral("the row of %1 did not become %2")
                    .arg(fullId, starting ? QStringLiteral("running") : QStringLiteral("exited"));
            return false;
        }
        const std::string topic = starting ? "/tasks/start" : "/tasks/exit";
        Clock::time_point at;
        // The raw stream's thread may note the event a moment after the model showed it.
        const bool arrived = QTest::qWaitFor(
            [&] {
                at = clock.arrival(id.toStdString(), topic, sent);
                return at != Clock::time_point();
            },
            5000);
        if (!arrived) {
            *error = QStringLiteral("the raw event stream missed an event");
            return false;
        }
        toRow.push_back(std::max(0.0, msBetween(at, shown)));
        engine.push_back(msBetween(sent, at));
    }
    rows->append(
        {QStringLiteral("containerd task event to updated model row, %1 kill/start events")
             .arg(m_options.events),
         QStringLiteral("p50 **%1 ms**, p99 **%2 ms**, worst %3 ms")
             .arg(fmt(percentile(toRow, 50), 1), fmt(percentile(toRow, 99), 1),
                  fmt(percentile(toRow, 100), 1)),
         QStringLiteral("the request to the event on a raw events.v1 stream: p50 %1 ms, p99 "
                        "%2 ms")
             .arg(fmt(percentile(engine, 50), 1), fmt(percentile(engine, 99), 1)),
         QStringLiteral("p99 < 50 ms")});
    return true;
}

} // namespace

bool runContainerd(const ContainerdOptions &options, QList<Row> *rows, QString *error)
{
    if (TestEngines::containerdSocket().isEmpty()) {
        *error =
            QStringLiteral("the harness started no containerd (GONTAINER_TEST_CONTAINERD_SOCK)");
        return false;
    }
    ContainerdBench bench(options);
    return bench.run(rows, error);
}
