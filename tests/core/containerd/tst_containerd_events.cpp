// containerd's events as EngineEvents: the envelope's messages read (recorded ones, built here
// as containerd builds them), then live ones from the harness's containerd made with ctr, and
// through NodeServiceImpl the container's row following them without a list of its own.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdevents.h"
#include "core/containerd/containerdids.h"
#include "core/services/containerexit.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"

#include <github.com/containerd/containerd/api/events/container.pb.h>
#include <github.com/containerd/containerd/api/events/image.pb.h>
#include <github.com/containerd/containerd/api/events/task.pb.h>

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace ev = containerd::events;

namespace {

using Object = EngineEvent::Object;
using Action = EngineEvent::Action;

QString full(const QString &id)
{
    return ContainerdIds::join(TestEngines::containerdNamespace(), id);
}

// The first event after `from` that is about `id` and says `what`.
std::optional<EngineEvent> findEvent(const QList<EngineEvent> &events, const QString &id,
                                     Action what)
{
    for (const EngineEvent &e : events) {
        if (e.id == id && e.what == what)
            return e;
    }
    return std::nullopt;
}

QList<EngineEvent> eventsOf(const QSignalSpy &spy)
{
    QList<EngineEvent> list;
    for (const QList<QVariant> &args : spy)
        list << args.at(0).value<EngineEvent>();
    return list;
}

void removeContainer(const QString &ns, const QString &id)
{
    const QString socket = TestEngines::containerdSocket();
    TestEngines::ctrAt(
        socket, ns,
        {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
    TestEngines::ctrAt(socket, ns, {QStringLiteral("containers"), QStringLiteral("delete"), id});
}

const ContainerSummary *findRow(const QList<ContainerSummary> &list, const QString &id)
{
    for (const ContainerSummary &c : list) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestContainerdEvents final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsRecordedEnvelopes();
    void filtersForObjectsAndNamespace();
    void liveEventsFromCtr();
    void subscribedWhileIdentifying();
    void oneNamespaceOnly();
    void watchEventsFilters();
    void nodeRowFollowsEvents();
    void endsWhenContainerdIsKilled();
};

void TestContainerdEvents::initTestCase()
{
    qRegisterMetaType<EngineEvent>();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<ContainerSummary>();
    qRegisterMetaType<QList<ContainerExit>>();
}

void TestContainerdEvents::readsRecordedEnvelopes()
{
    ev::TaskExit exit;
    exit.set_container_id("c1");
    exit.set_id("c1");
    exit.set_pid(42);
    exit.set_exit_status(3);
    exit.mutable_exited_at()->set_seconds(1700000000);
    EngineEvent e =
        ContainerdEvents::fromParts(QStringLiteral("ns"), QStringLiteral("/tasks/exit"), 5,
                                    "containerd.events.TaskExit", exit.SerializeAsString());
    QCOMPARE(e.object, Object::Container);
    QCOMPARE(e.what, Action::Died);
    QCOMPARE(e.id, QStringLiteral("ns/c1"));
    QCOMPARE(e.exitCode, 3);
    QCOMPARE(e.type, QStringLiteral("tasks"));
    QCOMPARE(e.action, QStringLiteral("exit"));
    QCOMPARE(e.timeNano, 5);
    QCOMPARE(e.attributes.value(QStringLiteral("namespace")), QStringLiteral("ns"));
    QCOMPARE(e.attributes.value(QStringLiteral("exitCode")), QStringLiteral("3"));

    // An exec'd process ending: the container is as it was.
    exit.set_id("exec-1");
    e = ContainerdEvents::fromParts(QStringLiteral("ns"), QStringLiteral("/tasks/exit"), 0,
                                    "containerd.events.TaskExit", exit.SerializeAsString());
    QCOMPARE(e.what, Action::Transient);

    const auto task = [](const char *topic, const char *type, const std::string &value) {
        return ContainerdEvents::fromParts(QStringLiteral("ns"), QString::fromLatin1(topic), 0,
                                           type, value);
    };
    ev::TaskStart start;
    start.set_container_id("c1");
    start.set_pid(7);
    QCOMPARE(task("/tasks/start", "containerd.events.TaskStart", start.SerializeAsString()).what,
             Action::Started);
    ev::TaskPaused paused;
    paused.set_container_id("c1");
    QCOMPARE(task("/tasks/paused", "containerd.events.TaskPaused", paused.SerializeAsString()).what,
             Action::Paused);
    ev::TaskResumed resumed;
    resumed.set_container_id("c1");
    QCOMPARE(
        task("/tasks/resumed", "containerd.events.TaskResumed", resumed.SerializeAsString()).what,
        Action::Unpaused);
    ev::TaskOOM oom;
    oom.set_container_id("c1");
    QCOMPARE(task("/tasks/oom", "containerd.events.TaskOOM", oom.SerializeAsString()).what,
             Action::Oom);
    ev::TaskDelete del;
    del.set_container_id("c1");
    QCOMPARE(task("/tasks/delete", "containerd.events.TaskDelete", del.SerializeAsString()).what,
             Action::Stopped);
    ev::ContainerCreate create;
    create.set_id("c1");
    create.set_image("docker.io/library/busybox:latest");
    e = task("/containers/create", "containerd.events.ContainerCreate", create.SerializeAsString());
    QCOMPARE(e.what, Action::Created);
    QCOMPARE(e.id, QStringLiteral("ns/c1"));
    QCOMPARE(e.attributes.value(QStringLiteral("image")),
             QStringLiteral("docker.io/library/busybox:latest"));
    ev::ContainerUpdate update;
    update.set_id("c1");
    (*update.mutable_labels())["nerdctl/name"] = "renamed";
    e = task("/containers/update", "containerd.events.ContainerUpdate", update.SerializeAsString());
    QCOMPARE(e.what, Action::Other);
    QCOMPARE(e.name, QStringLiteral("renamed"));
    ev::ContainerDelete gone;
    gone.set_id("c1");
    QCOMPARE(
        task("/containers/delete", "containerd.events.ContainerDelete", gone.SerializeAsString())
            .what,
        Action::Destroyed);
    containerd::services::images::v1::ImageDelete image;
    image.set_name("docker.io/library/busybox:latest");
    e = task("/images/delete", "containerd.services.images.v1.ImageDelete",
             image.SerializeAsString());
    QCOMPARE(e.object, Object::Image);
    QCOMPARE(e.what, Action::Destroyed);
    QCOMPARE(e.id, QStringLiteral("docker.io/library/busybox:latest"));
    // A type URL with a host, as Go's Any would have it, reads the same.
    e = task("/tasks/start", "types.googleapis.com/containerd.events.TaskStart",
             start.SerializeAsString());
    QCOMPARE(e.what, Action::Started);
    // What it does not know: nothing a list shows, or list again; never a container's id.
    e = task("/snapshot/prepare", "containerd.events.SnapshotPrepare", std::string());
    QCOMPARE(e.object, Object::Other);
    QVERIFY(e.id.isEmpty());
}

void TestContainerdEvents::filtersForObjectsAndNamespace()
{
    QCOMPARE(ContainerdEvents::filters({Object::Container, Object::Image}, {}),
             (QStringList{QStringLiteral("topic~=\"^/containers/\""),
                          QStringLiteral("topic~=\"^/tasks/\""),
                          QStringLiteral("topic~=\"^/images/\"")}));
    QCOMPARE(ContainerdEvents::filters({Object::Image}, QStringLiteral("k8s.io")),
             (QStringList{QStringLiteral("namespace==\"k8s.io\",topic~=\"^/images/\"")}));
    QVERIFY(ContainerdEvents::filters({Object::Volume, Object::Network}, {}).isEmpty());
}

void TestContainerdEvents::liveEventsFromCtr()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    std::unique_ptr<EventStream> stream(
        engine.watchObjects({Object::Container, Object::Image}, nullptr));
    QSignalSpy opened(stream.get(), &EventStream::opened);
    QSignalSpy received(stream.get(), &EventStream::eventReceived);
    QSignalSpy ended(stream.get(), &EventStream::ended);
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.count(), 1);

    const QString name = TestEngines::uniqueName(QStringLiteral("evented"));
    const auto run =
        TestEngines::runContainerdContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto clean = qScopeGuard([&] { removeContainer(TestEngines::containerdNamespace(), id); });
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(received), full(id), Action::Started), 30000);
    const auto created = findEvent(eventsOf(received), full(id), Action::Created);
    QVERIFY(created);
    QCOMPARE(created->object, Object::Container);
    QCOMPARE(created->type, QStringLiteral("containers"));
    QCOMPARE(created->attributes.value(QStringLiteral("image")), TestEngines::containerdImage());
    QVERIFY(created->timeNano > 0);

    const auto kill = TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"),
                                        QStringLiteral("--signal"), QStringLiteral("SIGKILL"), id});
    QVERIFY2(kill.exitCode == 0, qPrintable(kill.output));
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(received), full(id), Action::Died), 30000);
    const auto died = findEvent(eventsOf(received), full(id), Action::Died);
    QCOMPARE(died->exitCode, 137); // 128 + SIGKILL
    QCOMPARE(died->action, QStringLiteral("exit"));

    const auto delTask = TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("delete"), id});
    QVERIFY2(delTask.exitCode == 0, qPrintable(delTask.output));
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(received), full(id), Action::Stopped), 30000);
    const auto delContainer =
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
    QVERIFY2(delContainer.exitCode == 0, qPrintable(delContainer.output));
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(received), full(id), Action::Destroyed), 30000);
    QCOMPARE(ended.count(), 0);
}

void TestContainerdEvents::oneNamespaceOnly()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    std::unique_ptr<EventStream> stream(engine.watchObjects({Object::Container}, nullptr));
    QSignalSpy opened(stream.get(), &EventStream::opened);
    QSignalSpy received(stream.get(), &EventStream::eventReceived);
    QVERIFY(opened.wait(30000));
    // First in `default`, then here: events come in order, so once this namespace's is in,
    // the other's would have been too.
    const QString theirs = TestEngines::uniqueName(QStringLiteral("elsewhere"));
    const auto there =
        TestEngines::ctrAt(TestEngines::containerdSocket(), QStringLiteral("default"),
                           {QStringLiteral("containers"), QStringLiteral("create"),
                            TestEngines::containerdImage(), theirs, QStringLiteral("true")});
    QVERIFY2(there.exitCode == 0, qPrintable(there.output));
    auto cleanThere = qScopeGuard([&] { removeContainer(QStringLiteral("default"), theirs); });
    const QString mine = TestEngines::uniqueName(QStringLiteral("here"));
    const auto here =
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("create"),
                          TestEngines::containerdImage(), mine, QStringLiteral("true")});
    QVERIFY2(here.exitCode == 0, qPrintable(here.output));
    auto cleanHere =
        qScopeGuard([&] { removeContainer(TestEngines::containerdNamespace(), mine); });
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(received), full(mine), Action::Created), 30000);
    for (const EngineEvent &e : eventsOf(received))
        QCOMPARE(e.attributes.value(QStringLiteral("namespace")),
                 TestEngines::containerdNamespace());

    // Every namespace: both.
    ContainerdEngine all(
        Endpoint::fromUrl(QStringLiteral("containerd://") + TestEngines::containerdSocket()));
    std::unique_ptr<EventStream> everything(all.watchObjects({Object::Container}, nullptr));
    QSignalSpy allOpened(everything.get(), &EventStream::opened);
    QSignalSpy allReceived(everything.get(), &EventStream::eventReceived);
    QVERIFY(allOpened.wait(30000));
    QVERIFY(TestEngines::ctrAt(TestEngines::containerdSocket(), QStringLiteral("default"),
                               {QStringLiteral("containers"), QStringLiteral("delete"), theirs})
                .exitCode == 0);
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(allReceived),
                                       ContainerdIds::join(QStringLiteral("default"), theirs),
                                       Action::Destroyed),
                             30000);
}

void TestContainerdEvents::watchEventsFilters()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    const QString name = TestEngines::uniqueName(QStringLiteral("filtered"));
    const auto run =
        TestEngines::runContainerdContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto clean = qScopeGuard([&] { removeContainer(TestEngines::containerdNamespace(), id); });

    // Docker's word for an exit, and this container only.
    EventFilter filter;
    filter.actions = {QStringLiteral("die")};
    filter.containers = {id};
    std::unique_ptr<EventStream> stream(engine.watchEvents(filter, nullptr));
    QSignalSpy opened(stream.get(), &EventStream::opened);
    QSignalSpy received(stream.get(), &EventStream::eventReceived);
    QVERIFY(opened.wait(30000));
    QVERIFY(TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"),
                              QStringLiteral("--signal"), QStringLiteral("SIGKILL"), id})
                .exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 30000);
    const EngineEvent e = received.first().at(0).value<EngineEvent>();
    QCOMPARE(e.what, Action::Died);
    QCOMPARE(e.id, full(id));

    // By its name, which containerd's events do not carry: looked up as the stream opens.
    const QString otherName = TestEngines::uniqueName(QStringLiteral("byname"));
    const auto other = TestEngines::runContainerdContainer(
        otherName, {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));
    auto cleanOther =
        qScopeGuard([&] { removeContainer(TestEngines::containerdNamespace(), other.output); });
    EventFilter byName;
    byName.actions = {QStringLiteral("die")};
    byName.containers = {otherName};
    std::unique_ptr<EventStream> named(engine.watchEvents(byName, nullptr));
    QSignalSpy namedOpened(named.get(), &EventStream::opened);
    QSignalSpy namedReceived(named.get(), &EventStream::eventReceived);
    QVERIFY(namedOpened.wait(30000));
    QVERIFY(TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"),
                              QStringLiteral("--signal"), QStringLiteral("SIGKILL"), other.output})
                .exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(namedReceived.count(), 1, 30000);
    QCOMPARE(namedReceived.first().at(0).value<EngineEvent>().id, full(other.output));

    // What containerd cannot do is said, not silently empty.
    EventFilter past;
    past.since = QDateTime::currentDateTimeUtc().addSecs(-60);
    std::unique_ptr<EventStream> refused(engine.watchEvents(past, nullptr));
    QSignalSpy refusedEnded(refused.get(), &EventStream::ended);
    QVERIFY(refusedEnded.wait(10000));
    QCOMPARE(refusedEnded.first().at(0).value<EngineError>().kind, EngineError::Kind::Unsupported);
}

// A node's subscription opens beside the identifying call; the node's watchObjects takes it
// over (one Subscribe in all), is told it is open although that happened before it asked, and
// hears what happens from then on. Other objects get a subscription of their own.
void TestContainerdEvents::subscribedWhileIdentifying()
{
    REQUIRE_CONTAINERD();
    const QString subscribe = QStringLiteral("events.Subscribe");
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QObject context;
    std::optional<EngineResult<EngineInfo>> identified;
    engine.identifyToFollow(&context, [&](const EngineResult<EngineInfo> &r) { identified = r; });
    QCOMPARE(engine.callCounts().value(subscribe), 1);
    QTRY_VERIFY_WITH_TIMEOUT(identified.has_value(), 30000);
    QVERIFY2(identified->ok(), qPrintable(identified->error.message));
    // Long enough for the early subscription's own confirmation to be in already: the stream
    // taken over below was open before anyone listened.
    QTest::qWait(500);

    std::unique_ptr<EventStream> stream(
        engine.watchObjects({Object::Container, Object::Image}, nullptr));
    QCOMPARE(engine.callCounts().value(subscribe), 1);
    QSignalSpy opened(stream.get(), &EventStream::opened);
    QSignalSpy received(stream.get(), &EventStream::eventReceived);
    QSignalSpy ended(stream.get(), &EventStream::ended);
    QVERIFY(opened.wait(30000));

    const QString name = TestEngines::uniqueName(QStringLiteral("early"));
    const auto run =
        TestEngines::runContainerdContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto clean = qScopeGuard([&] { removeContainer(TestEngines::containerdNamespace(), id); });
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(eventsOf(received), full(id), Action::Started), 30000);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(ended.count(), 0);

    // Taken once: the next watch, and one of other objects, subscribe anew.
    std::unique_ptr<EventStream> again(
        engine.watchObjects({Object::Container, Object::Image}, nullptr));
    std::unique_ptr<EventStream> containersOnly(engine.watchObjects({Object::Container}, nullptr));
    QCOMPARE(engine.callCounts().value(subscribe), 3);
    QSignalSpy againOpened(again.get(), &EventStream::opened);
    QVERIFY(againOpened.wait(30000));
}

void TestContainerdEvents::nodeRowFollowsEvents()
{
    REQUIRE_CONTAINERD();
    NodeServiceImpl node(QStringLiteral("containerd"), TestEngines::containerdEndpoint());
    QSignalSpy exited(&node, &NodeService::containersExited);
    node.start();
    QVERIFY2(QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000),
             qPrintable(node.lastError().userText()));
    QCOMPARE(node.engineInfo().kind, EngineInfo::Kind::Containerd);

    const QString name = TestEngines::uniqueName(QStringLiteral("row"));
    const auto run =
        TestEngines::runContainerdContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = full(run.output);
    auto clean =
        qScopeGuard([&] { removeContainer(TestEngines::containerdNamespace(), run.output); });
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ContainerSummary *c = findRow(node.containers(), id);
            return c && c->state == ContainerSummary::State::Running;
        },
        30000));
    QCOMPARE(findRow(node.containers(), id)->name, name);
    // The search box's text came made from the node's thread.
    QVERIFY(findRow(node.containers(), id)->searchText.startsWith(name.toLower()));
    QCOMPARE(findRow(node.containers(), id)->searchText,
             findRow(node.containers(), id)->makeSearchText());

    QVERIFY(TestEngines::ctr({QStringLiteral("tasks"), QStringLiteral("kill"),
                              QStringLiteral("--signal"), QStringLiteral("SIGKILL"), run.output})
                .exitCode == 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ContainerSummary *c = findRow(node.containers(), id);
            return c && c->state == ContainerSummary::State::Exited && c->exitCode == 137;
        },
        30000));
    // Told as an unexpected exit, by the container's name (containerd's exit does not say it).
    QTRY_VERIFY_WITH_TIMEOUT(!exited.isEmpty(), 30000);
    const auto exits = exited.first().at(0).value<QList<ContainerExit>>();
    QCOMPARE(exits.size(), 1);
    QCOMPARE(exits.first().containerId, id);
    QCOMPARE(exits.first().containerName, name);
    QCOMPARE(exits.first().exitCode, 137);

    removeContainer(TestEngines::containerdNamespace(), run.output);
    QVERIFY(QTest::qWaitFor([&] { return !findRow(node.containers(), id); }, 30000));
}

void TestContainerdEvents::endsWhenContainerdIsKilled()
{
    REQUIRE_CONTAINERD();
    QProcess *containerd =
        TestEngines::startOwnContainerd(TestEngines::dir() + QStringLiteral("/evkill"));
    QVERIFY(containerd);
    auto stop = qScopeGuard([containerd] { TestEngines::stopOwnContainerd(containerd); });
    ContainerdEngine engine(Endpoint::fromUrl(QStringLiteral("containerd://") + TestEngines::dir() +
                                              QStringLiteral("/evkill/containerd.sock")));
    std::unique_ptr<EventStream> stream(engine.watchObjects({Object::Container}, nullptr));
    QSignalSpy opened(stream.get(), &EventStream::opened);
    QSignalSpy ended(stream.get(), &EventStream::ended);
    QVERIFY(opened.wait(30000));
    containerd->kill();
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended.count(), 1);
    const EngineError error = ended.first().at(0).value<EngineError>();
    QVERIFY2(error.isError(), qPrintable(error.userText()));
    QVERIFY(error.kind != EngineError::Kind::Aborted);
}

QTEST_GUILESS_MAIN(TestContainerdEvents)
#include "tst_containerd_events.moc"
