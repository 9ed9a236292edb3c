#include "core/containerd/containerdtasks.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/containerdlogstream.h"
#include "core/containerd/containerdoperation.h"
#include "core/containerd/grpcchannel.h"

#include <github.com/containerd/containerd/api/events/container.pb.h>
#include <github.com/containerd/containerd/api/events/task.pb.h>
#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/events/v1/events.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/snapshots/v1/snapshots.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>

namespace capi = containerd::services::containers::v1;
namespace tapi = containerd::services::tasks::v1;
namespace sapi = containerd::services::snapshots::v1;
namespace eapi = containerd::services::events::v1;
using TaskProcess = containerd::v1::types::Process;

struct ContainerdTasks::Stubs
{
    std::shared_ptr<capi::Containers::Stub> containers;
    std::shared_ptr<tapi::Tasks::Stub> tasks;
    std::shared_ptr<sapi::Snapshots::Stub> snapshots;
    std::shared_ptr<eapi::Events::Stub> events;
};

// The stub's asynchronous unary method, as GrpcChannel::unary starts it.
#define GONTAINER_RPC(stub, Method)                                                                \
    [rpcStub = (stub)](grpc::ClientContext *rpcContext, const auto *rpcRequest, auto *rpcResponse, \
                       std::function<void(grpc::Status)> rpcDone) {                                \
        rpcStub->async()->Method(rpcContext, rpcRequest, rpcResponse, std::move(rpcDone));         \
    }

namespace {

constexpr int CallMs = ContainerdEngine::CallTimeoutMs;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string std8(const QString &s)
{
    return s.toStdString();
}

bool notFound(const EngineError &e)
{
    return e.kind == EngineError::Kind::Http && e.httpStatus == 404;
}

bool isRunning(const TaskProcess &p)
{
    return p.status() == containerd::v1::types::RUNNING ||
           p.status() == containerd::v1::types::PAUSED ||
           p.status() == containerd::v1::types::PAUSING;
}

EngineError conflict(const QString &message, const QString &where)
{
    EngineError e = EngineError::make(EngineError::Kind::Http, message, where);
    e.httpStatus = 409;
    return e;
}

QString label(const capi::Container &c, const char *key)
{
    const auto it = c.labels().find(key);
    return it == c.labels().end() ? QString() : str(it->second);
}

// The labels containerd's restart monitor (io.containerd.internal.v1.restart) reads: it starts
// a container whose wanted status is "running" and whose task is not, with its output at the log
// URI; 1.7 heeds the policy (always, unless-stopped, on-failure[:N]), counts its restarts and
// leaves an unless-stopped container that was stopped explicitly alone. A wanted status of
// "stopped" makes it kill a task that runs, and one of "running" a task only created (at once,
// with SIGKILL). So while Gontainer starts or stops a task the container has no wanted status:
// the monitor leaves it alone; "running" is set once the task runs, "stopped" once it stopped,
// and "paused" while it is paused (a status the 1.6 and 1.7 monitors have no change for).
constexpr char RestartStatusLabel[] = "containerd.io/restart.status";
constexpr char RestartPolicyLabel[] = "containerd.io/restart.policy";
constexpr char RestartLogUriLabel[] = "containerd.io/restart.loguri";
constexpr char RestartCountLabel[] = "containerd.io/restart.count";
constexpr char RestartExplicitlyStoppedLabel[] = "containerd.io/restart.explicitly-stopped";

// Whether containerd's restart monitor keeps this container running: it has a policy other
// than "no", or a wanted status (nerdctl's and ctr's containers may have that alone).
bool restartsByMonitor(const capi::Container &c)
{
    const QString policy = label(c, RestartPolicyLabel);
    return (!policy.isEmpty() && policy != QLatin1String("no")) ||
           !label(c, RestartStatusLabel).isEmpty();
}

// The labels a start by the user changes before the task is made: the monitor is to restart it
// with its output at `logUri`, Docker's count of restarts starts again, an explicit stop is
// forgotten, and the wanted status is left out until the task runs. Empty when they are
// already so, or the container has no policy.
QHash<QString, QString> startingLabels(const capi::Container &c, const QString &logUri)
{
    QHash<QString, QString> out;
    if (!restartsByMonitor(c))
        return out;
    if (!label(c, RestartStatusLabel).isEmpty())
        out.insert(QLatin1String(RestartStatusLabel), QString());
    if (label(c, RestartLogUriLabel) != logUri)
        out.insert(QLatin1String(RestartLogUriLabel), logUri);
    if (!label(c, RestartCountLabel).isEmpty())
        out.insert(QLatin1String(RestartCountLabel), QString());
    if (!label(c, RestartExplicitlyStoppedLabel).isEmpty())
        out.insert(QLatin1String(RestartExplicitlyStoppedLabel), QString());
    return out;
}

// Whether the container's spec asks for a terminal (process.terminal, as `ctr run -t` or
// `nerdctl run -t` make it).
bool wantsTerminal(const capi::Container &c)
{
    const std::string &json = c.spec().value();
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())))
        .object()
        .value(QLatin1String("process"))
        .toObject()
        .value(QLatin1String("terminal"))
        .toBool();
}

QString shellQuoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// The task's stdout for a container with a terminal whose log is the file at `fileUri`. The
// runc shim copies a terminal only to a FIFO or a logging binary (1.6 and 1.7 take a file://
// URI as a FIFO's path, and the task fails), so the log is appended to by a shell the shim
// starts as its logging binary (binary:///bin/sh?-c=SCRIPT): the terminal's output comes on fd
// 3, and closing fd 5 tells the shim it is ready. The shim runs it with no PATH.
QString terminalLogUri(const QUrl &fileUri)
{
    const QString path = fileUri.toLocalFile();
    const QString script = QStringLiteral("/bin/mkdir -p %1; exec 5>&-; exec /bin/cat <&3 >>%2")
                               .arg(shellQuoted(QFileInfo(path).path()), shellQuoted(path));
    return QStringLiteral("binary:///bin/sh?-c=") +
           QString::fromLatin1(QUrl::toPercentEncoding(script));
}

// The calls every action is made of. Each answers on `ctx`'s thread.
using Stubs = ContainerdTasks::Stubs;

CallHandle getContainer(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                        QObject *ctx, std::function<void(EngineResult<capi::Container>)> done)
{
    capi::GetContainerRequest q;
    q.set_id(std8(id));
    return ch.unary<capi::GetContainerRequest, capi::GetContainerResponse>(
        QStringLiteral("containers.Get"), ns, q, CallMs, ctx, GONTAINER_RPC(s.containers, Get),
        std::function<void(EngineResult<capi::GetContainerResponse>)>(
            [done](const EngineResult<capi::GetContainerResponse> &r) {
                if (!r.ok())
                    done(EngineResult<capi::Container>::failure(r.error));
                else
                    done(EngineResult<capi::Container>::success(r.value.container()));
            }));
}

// The container's task; without one, a process with status UNKNOWN and pid 0.
CallHandle getTask(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                   QObject *ctx, std::function<void(EngineResult<TaskProcess>)> done)
{
    tapi::GetRequest q;
    q.set_container_id(std8(id));
    return ch.unary<tapi::GetRequest, tapi::GetResponse>(
        QStringLiteral("tasks.Get"), ns, q, CallMs, ctx, GONTAINER_RPC(s.tasks, Get),
        std::function<void(EngineResult<tapi::GetResponse>)>(
            [done](const EngineResult<tapi::GetResponse> &r) {
                if (!r.ok() && notFound(r.error))
                    done(EngineResult<TaskProcess>::success(TaskProcess()));
                else if (!r.ok())
                    done(EngineResult<TaskProcess>::failure(r.error));
                else
                    done(EngineResult<TaskProcess>::success(r.value.process()));
            }));
}

CallHandle killTask(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                    int signal, bool all, QObject *ctx, Engine::DoneCallback done)
{
    tapi::KillRequest q;
    q.set_container_id(std8(id));
    q.set_signal(uint32_t(signal));
    q.set_all(all);
    return ch.unary<tapi::KillRequest, google::protobuf::Empty>(
        QStringLiteral("tasks.Kill"), ns, q, CallMs, ctx, GONTAINER_RPC(s.tasks, Kill),
        std::function<void(EngineResult<google::protobuf::Empty>)>(
            [done](const EngineResult<google::protobuf::Empty> &r) { done(r.error); }));
}

// Waits for the task's exit; timeoutMs <= 0 without a limit.
CallHandle waitTask(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                    int timeoutMs, QObject *ctx, std::function<void(EngineResult<int>)> done)
{
    tapi::WaitRequest q;
    q.set_container_id(std8(id));
    return ch.unary<tapi::WaitRequest, tapi::WaitResponse>(
        QStringLiteral("tasks.Wait"), ns, q, timeoutMs, ctx, GONTAINER_RPC(s.tasks, Wait),
        std::function<void(EngineResult<tapi::WaitResponse>)>(
            [done](const EngineResult<tapi::WaitResponse> &r) {
                if (!r.ok())
                    done(EngineResult<int>::failure(r.error));
                else
                    done(EngineResult<int>::success(int(r.value.exit_status())));
            }));
}

// Deletes a stopped task (none there is no error); answers its exit status (0 without one).
CallHandle deleteTask(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                      QObject *ctx, std::function<void(EngineResult<int>)> done)
{
    tapi::DeleteTaskRequest q;
    q.set_container_id(std8(id));
    return ch.unary<tapi::DeleteTaskRequest, tapi::DeleteResponse>(
        QStringLiteral("tasks.Delete"), ns, q, CallMs, ctx, GONTAINER_RPC(s.tasks, Delete),
        std::function<void(EngineResult<tapi::DeleteResponse>)>(
            [done](const EngineResult<tapi::DeleteResponse> &r) {
                if (!r.ok() && !notFound(r.error))
                    done(EngineResult<int>::failure(r.error));
                else
                    done(EngineResult<int>::success(int(r.value.exit_status())));
            }));
}

// Sets these labels on the container (an empty value removes the label).
CallHandle setLabels(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                     const QHash<QString, QString> &labels, QObject *ctx, Engine::DoneCallback done)
{
    capi::UpdateContainerRequest q;
    q.mutable_container()->set_id(std8(id));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!it.value().isEmpty())
            (*q.mutable_container()->mutable_labels())[std8(it.key())] = std8(it.value());
        q.mutable_update_mask()->add_paths(std8(QStringLiteral("labels.") + it.key()));
    }
    return ch.unary<capi::UpdateContainerRequest, capi::UpdateContainerResponse>(
        QStringLiteral("containers.Update"), ns, q, CallMs, ctx,
        GONTAINER_RPC(s.containers, Update),
        std::function<void(EngineResult<capi::UpdateContainerResponse>)>(
            [done](const EngineResult<capi::UpdateContainerResponse> &r) { done(r.error); }));
}

// Tells containerd's restart monitor, before the user's stop or kill, to leave the container
// alone (no wanted status, stopped explicitly), so that it does not start it again, nor kill it
// at once with SIGKILL while it gets its time to stop (the wanted status "stopped" would);
// then runs `next`. Nothing to tell for a container without a policy.
void holdRestarts(GrpcChannel &ch, const Stubs &s, const QString &ns, const QString &id,
                  const capi::Container &c, ContainerdOperation *op, std::function<void()> next)
{
    if (!restartsByMonitor(c) || (label(c, RestartStatusLabel).isEmpty() &&
                                  label(c, RestartExplicitlyStoppedLabel) == QLatin1String("true")))
        return next();
    op->track(setLabels(ch, s, ns, id,
                        {{QLatin1String(RestartStatusLabel), QString()},
                         {QLatin1String(RestartExplicitlyStoppedLabel), QStringLiteral("true")}},
                        op, [op, next](const EngineError &e) {
                            if (e.isError())
                                return op->fail(e);
                            next();
                        }));
}

// What answers a failure after holdRestarts(): the labels it changed are set back as `c` had
// them (the restart policy stays as it was), then the operation fails.
std::function<void(const EngineError &)> failRestoring(GrpcChannel &ch, const Stubs &s,
                                                       const QString &ns, const QString &id,
                                                       const capi::Container &c,
                                                       ContainerdOperation *op)
{
    if (!restartsByMonitor(c))
        return [op](const EngineError &e) {
            op->fail(e);
        };
    const QHash<QString, QString> previous{
        {QLatin1String(RestartStatusLabel), label(c, RestartStatusLabel)},
        {QLatin1String(RestartExplicitlyStoppedLabel), label(c, RestartExplicitlyStoppedLabel)}};
    GrpcChannel *chp = &ch;
    const Stubs stubs = s;
    return [chp, stubs, ns, id, previous, op](const EngineError &e) {
        op->track(setLabels(*chp, stubs, ns, id, previous, op,
                            [op, e](const EngineError &) { op->fail(e); }));
    };
}

CallHandle listContainersIn(GrpcChannel &ch, const Stubs &s, const QString &ns, QObject *ctx,
                            std::function<void(EngineResult<capi::ListContainersResponse>)> done)
{
    return ch.unary<capi::ListContainersRequest, capi::ListContainersResponse>(
        QStringLiteral("containers.List"), ns, capi::ListContainersRequest(), CallMs, ctx,
        GONTAINER_RPC(s.containers, List), std::move(done));
}

CallHandle listTasksIn(GrpcChannel &ch, const Stubs &s, const QString &ns, QObject *ctx,
                       std::function<void(EngineResult<tapi::ListTasksResponse>)> done)
{
    return ch.unary<tapi::ListTasksRequest, tapi::ListTasksResponse>(
        QStringLiteral("tasks.List"), ns, tapi::ListTasksRequest(), CallMs, ctx,
        GONTAINER_RPC(s.tasks, List), std::move(done));
}

// nerdctl's json-file log of a container, from its labels: nerdctl/state-dir is the
// container's folder in nerdctl's data store, else the data store is in nerdctl/log-uri
// (binary://nerdctl?_NERDCTL_INTERNAL_LOGGING=DATASTORE). Empty when nerdctl made no such log;
// `driver` says which logger nerdctl used when it is not json-file.
QString nerdctlJsonLog(const capi::Container &c, const QString &ns, const QString &id,
                       QString *driver)
{
    QString stateDir = label(c, "nerdctl/state-dir");
    if (stateDir.isEmpty()) {
        const QUrl uri(label(c, "nerdctl/log-uri"));
        const QString store = QUrlQuery(uri).queryItemValue(
            QStringLiteral("_NERDCTL_INTERNAL_LOGGING"), QUrl::FullyDecoded);
        if (store.isEmpty())
            return {};
        stateDir = store + QStringLiteral("/containers/") + ns + QLatin1Char('/') + id;
    }
    QFile config(stateDir + QStringLiteral("/log-config.json"));
    if (config.open(QIODevice::ReadOnly)) {
        const QString d = QJsonDocument::fromJson(config.readAll())
                              .object()
                              .value(QLatin1String("driver"))
                              .toString();
        if (!d.isEmpty() && d != QLatin1String("json-file")) {
            *driver = d;
            return {};
        }
    }
    return stateDir + QLatin1Char('/') + id + QStringLiteral("-json.log");
}

} // namespace

ContainerdTasks::ContainerdTasks(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
    , m_stubs(std::make_shared<Stubs>())
{
    if (const auto ch = channel.channel()) {
        m_stubs->containers = capi::Containers::NewStub(ch);
        m_stubs->tasks = tapi::Tasks::NewStub(ch);
        m_stubs->snapshots = sapi::Snapshots::NewStub(ch);
        m_stubs->events = eapi::Events::NewStub(ch);
    }
}

ContainerdTasks::~ContainerdTasks() = default;

QString ContainerdTasks::logPath(const QString &ns, const QString &id)
{
    QString dir = qEnvironmentVariable("GONTAINER_CONTAINERD_LOG_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/var/log/gontainer/containerd");
    return QDir::cleanPath(dir + QLatin1Char('/') + ns + QLatin1Char('/') + id +
                           QStringLiteral(".log"));
}

int ContainerdTasks::signalNumber(const QString &signal)
{
    bool numeric = false;
    const int n = signal.toInt(&numeric);
    if (numeric)
        return n > 0 && n < 65 ? n : 0;
    QString name = signal.trimmed().toUpper();
    if (name.startsWith(QLatin1String("SIG")))
        name.remove(0, 3);
    static const QHash<QString, int> names{
        {QStringLiteral("HUP"), SIGHUP},       {QStringLiteral("INT"), SIGINT},
        {QStringLiteral("QUIT"), SIGQUIT},     {QStringLiteral("ILL"), SIGILL},
        {QStringLiteral("TRAP"), SIGTRAP},     {QStringLiteral("ABRT"), SIGABRT},
        {QStringLiteral("IOT"), SIGIOT},       {QStringLiteral("BUS"), SIGBUS},
        {QStringLiteral("FPE"), SIGFPE},       {QStringLiteral("KILL"), SIGKILL},
        {QStringLiteral("USR1"), SIGUSR1},     {QStringLiteral("SEGV"), SIGSEGV},
        {QStringLiteral("USR2"), SIGUSR2},     {QStringLiteral("PIPE"), SIGPIPE},
        {QStringLiteral("ALRM"), SIGALRM},     {QStringLiteral("TERM"), SIGTERM},
        {QStringLiteral("STKFLT"), SIGSTKFLT}, {QStringLiteral("CHLD"), SIGCHLD},
        {QStringLiteral("CONT"), SIGCONT},     {QStringLiteral("STOP"), SIGSTOP},
        {QStringLiteral("TSTP"), SIGTSTP},     {QStringLiteral("TTIN"), SIGTTIN},
        {QStringLiteral("TTOU"), SIGTTOU},     {QStringLiteral("URG"), SIGURG},
        {QStringLiteral("XCPU"), SIGXCPU},     {QStringLiteral("XFSZ"), SIGXFSZ},
        {QStringLiteral("VTALRM"), SIGVTALRM}, {QStringLiteral("PROF"), SIGPROF},
        {QStringLiteral("WINCH"), SIGWINCH},   {QStringLiteral("IO"), SIGIO},
        {QStringLiteral("POLL"), SIGPOLL},     {QStringLiteral("PWR"), SIGPWR},
        {QStringLiteral("SYS"), SIGSYS},
    };
    return names.value(name, 0);
}

bool ContainerdTasks::isLocal() const
{
    return m_engine.endpoint().kind == Endpoint::Kind::Unix;
}

EngineError ContainerdTasks::refusal(const QString &fullId) const
{
    if (!m_stubs->tasks)
        return m_engine.unsupportedError(tr("this kind of containerd address is not supported"));
    const ContainerdIds::Parts p = ContainerdIds::split(fullId);
    if (p.id.isEmpty())
        return EngineError::make(EngineError::Kind::BadInput,
                                 tr("no container id in \"%1\"").arg(fullId), m_channel.where());
    if (ContainerdIds::isDockerNamespace(p.ns))
        return m_engine.unsupportedError(
            tr("Docker manages the containers in containerd's \"moby\" namespace: act on this "
               "one through Docker (add the machine's Docker as a node)"));
    return {};
}

// ---- start ----

CallHandle ContainerdTasks::startContainer(const QString &fullId, QObject *context,
                                           Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const std::shared_ptr<Stubs> s = m_stubs;
    // The labels step 2 changed, as they were: a start that fails leaves the restart policy
    // as it found it.
    const auto restore = std::make_shared<QHash<QString, QString>>();
    const auto fail = [op, ch, s, ns, id, restore](const EngineError &e) {
        if (restore->isEmpty())
            return op->fail(e);
        const QHash<QString, QString> previous = *restore;
        restore->clear();
        op->track(setLabels(*ch, *s, ns, id, previous, op,
                            [op, e](const EngineError &) { op->fail(e); }));
    };
    const QPointer<ContainerdTasks> self(this);
    // Whether containerd's restart monitor is to keep it running (step 1 says).
    const auto managed = std::make_shared<bool>(false);
    const auto done = [op, ch, s, ns, id, callback, self, fullId, managed] {
        const auto finish = [op, callback, self, fullId] {
            if (self)
                Q_EMIT self->taskStarted(fullId);
            op->end([callback] { callback({}); });
        };
        if (!*managed)
            return finish();
        op->track(setLabels(*ch, *s, ns, id,
                            {{QLatin1String(RestartStatusLabel), QStringLiteral("running")}}, op,
                            [op, finish](const EngineError &e) {
                                if (e.isError())
                                    return op->fail(e);
                                finish();
                            }));
    };

    // 5: the task, with the log (through a terminal when the spec asks for one), and started.
    // containerd's restart monitor may have made it first once the wanted status is "running":
    // a task that runs is as good.
    const auto createAndStart =
        [op, ch, s, ns, id, fail,
         done](const google::protobuf::RepeatedPtrField<containerd::types::Mount> &mounts,
               const QString &logUri, bool terminal) {
            tapi::CreateTaskRequest q;
            q.set_container_id(std8(id));
            *q.mutable_rootfs() = mounts;
            const QUrl uri(logUri);
            q.set_stdout(std8(terminal && uri.isLocalFile() ? terminalLogUri(uri) : logUri));
            // A terminal has one stream: the shim wants no stderr with it.
            if (!terminal)
                q.set_stderr(std8(logUri));
            q.set_terminal(terminal);
            op->track(ch->unary<tapi::CreateTaskRequest, tapi::CreateTaskResponse>(
                QStringLiteral("tasks.Create"), ns, q, CallMs, op, GONTAINER_RPC(s->tasks, Create),
                std::function<void(EngineResult<tapi::CreateTaskResponse>)>(
                    [op, ch, s, ns, id, fail,
                     done](const EngineResult<tapi::CreateTaskResponse> &r) {
                        if (!r.ok() && r.error.httpStatus == 409) {
                            return op->track(getTask(
                                *ch, *s, ns, id, op,
                                [fail, done, error = r.error](const EngineResult<TaskProcess> &t) {
                                    if (t.ok() && isRunning(t.value))
                                        return done();
                                    fail(error);
                                }));
                        }
                        if (!r.ok())
                            return fail(r.error);
                        tapi::StartRequest start;
                        start.set_container_id(std8(id));
                        op->track(ch->unary<tapi::StartRequest, tapi::StartResponse>(
                            QStringLiteral("tasks.Start"), ns, start, CallMs, op,
                            GONTAINER_RPC(s->tasks, Start),
                            std::function<void(EngineResult<tapi::StartResponse>)>(
                                [fail, done](const EngineResult<tapi::StartResponse> &r2) {
                                    if (!r2.ok())
                                        return fail(r2.error);
                                    done();
                                })));
                    })));
        };

    // 4: the snapshot's mounts.
    const auto prepare = [op, ch, s, ns, id, fail, createAndStart](const capi::Container &c,
                                                                   const QString &logUri) {
        const bool terminal = wantsTerminal(c);
        if (c.snapshot_key().empty())
            return createAndStart({}, logUri, terminal);
        sapi::MountsRequest q;
        q.set_snapshotter(c.snapshotter());
        q.set_key(c.snapshot_key());
        op->track(ch->unary<sapi::MountsRequest, sapi::MountsResponse>(
            QStringLiteral("snapshots.Mounts"), ns, q, CallMs, op,
            GONTAINER_RPC(s->snapshots, Mounts),
            std::function<void(EngineResult<sapi::MountsResponse>)>(
                [fail, createAndStart, logUri,
                 terminal](const EngineResult<sapi::MountsResponse> &r) {
                    if (!r.ok())
                        return fail(r.error);
                    createAndStart(r.value.mounts(), logUri, terminal);
                })));
    };

    // 3: the task the container may still have.
    const auto withTask = [op, ch, s, ns, id, fail, done, prepare](const capi::Container &container,
                                                                   const QString &logUri,
                                                                   const TaskProcess &task) {
        if (task.status() == containerd::v1::types::RUNNING)
            return done(); // as Docker: starting a running container is no error
        if (task.status() == containerd::v1::types::CREATED) {
            tapi::StartRequest start;
            start.set_container_id(std8(id));
            op->track(ch->unary<tapi::StartRequest, tapi::StartResponse>(
                QStringLiteral("tasks.Start"), ns, start, CallMs, op,
                GONTAINER_RPC(s->tasks, Start),
                std::function<void(EngineResult<tapi::StartResponse>)>(
                    [fail, done](const EngineResult<tapi::StartResponse> &r) {
                        if (!r.ok())
                            return fail(r.error);
                        done();
                    })));
            return;
        }
        if (task.pid() == 0 && task.status() == containerd::v1::types::UNKNOWN)
            return prepare(container, logUri);
        // The old task stopped: a container has one task at a time.
        op->track(deleteTask(*ch, *s, ns, id, op,
                             [fail, prepare, container, logUri](const EngineResult<int> &r) {
                                 if (!r.ok())
                                     return fail(r.error);
                                 prepare(container, logUri);
                             }));
    };

    // 1, 2: the container; where its output goes and, with a restart policy, how the monitor
    // is to restart it, kept in its labels before the task is made.
    const QString where = m_channel.where();
    const auto withLabels = [op, ch, s, ns, id, fail, withTask, managed,
                             restore](const capi::Container &c, const TaskProcess &task) {
        QString logUri = label(c, "gontainer/log-uri");
        QHash<QString, QString> labels;
        if (logUri.isEmpty())
            logUri = label(c, "nerdctl/log-uri");
        if (logUri.isEmpty()) {
            logUri = QUrl::fromLocalFile(logPath(ns, id)).toString();
            labels.insert(logUriLabel(), logUri);
        }
        *managed = restartsByMonitor(c);
        const QHash<QString, QString> starting = startingLabels(c, logUri);
        labels.insert(starting);
        if (labels.isEmpty())
            return withTask(c, logUri, task);
        op->track(setLabels(
            *ch, *s, ns, id, labels, op,
            [fail, withTask, container = c, logUri, task, restore, starting](const EngineError &e) {
                if (e.isError())
                    return fail(e);
                for (auto it = starting.cbegin(); it != starting.cend(); ++it)
                    restore->insert(it.key(), label(container, it.key().toUtf8().constData()));
                withTask(container, logUri, task);
            }));
    };
    op->track(getContainer(
        *ch, *s, ns, id, op,
        [op, ch, s, ns, id, fail, withLabels, where](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return fail(c.error);
            op->track(getTask(
                *ch, *s, ns, id, op,
                [fail, withLabels, where, container = c.value](const EngineResult<TaskProcess> &t) {
                    if (!t.ok())
                        return fail(t.error);
                    // As Docker: a paused container is unpaused, not started (its
                    // wanted status stays "paused", pauseContainer() says why).
                    if (t.value.status() == containerd::v1::types::PAUSED ||
                        t.value.status() == containerd::v1::types::PAUSING)
                        return fail(conflict(tr("cannot start a paused container, try unpause "
                                                "instead"),
                                             where));
                    withLabels(container, t.value);
                }));
        }));
    return CallHandle(op);
}

// ---- stop, restart, kill, pause ----

namespace {

using StubsPtr = std::shared_ptr<ContainerdTasks::Stubs>;

CallHandle resumeTask(GrpcChannel *ch, const StubsPtr &s, const QString &ns, const QString &id,
                      QObject *ctx, Engine::DoneCallback done)
{
    tapi::ResumeTaskRequest q;
    q.set_container_id(std8(id));
    return ch->unary<tapi::ResumeTaskRequest, google::protobuf::Empty>(
        QStringLiteral("tasks.Resume"), ns, q, CallMs, ctx, GONTAINER_RPC(s->tasks, Resume),
        std::function<void(EngineResult<google::protobuf::Empty>)>(
            [done](const EngineResult<google::protobuf::Empty> &r) { done(r.error); }));
}

// Sends `signal` (to every process with `all`), continues a paused task so that it gets it, and
// waits up to `timeoutMs` (<= 0: as long as it takes) for the task to stop. `stopped` runs once
// it has; `timedOut` when it has not in time.
void signalAndWait(GrpcChannel *ch, const StubsPtr &s, const QString &ns, const QString &id,
                   int signal, bool all, bool paused, int timeoutMs, ContainerdOperation *op,
                   std::function<void()> stopped, std::function<void()> timedOut,
                   std::function<void(const EngineError &)> fail)
{
    const auto wait = [ch, s, ns, id, timeoutMs, op, stopped, timedOut, fail] {
        op->track(waitTask(*ch, *s, ns, id, timeoutMs, op,
                           [stopped, timedOut, fail](const EngineResult<int> &r) {
                               if (r.ok())
                                   return stopped();
                               if (r.error.kind == EngineError::Kind::Timeout && timedOut)
                                   return timedOut();
                               fail(r.error);
                           }));
    };
    op->track(killTask(*ch, *s, ns, id, signal, all, op,
                       [ch, s, ns, id, paused, op, wait, fail](const EngineError &e) {
                           // Not found or not running: it stopped meanwhile, which Wait tells at
                           // once.
                           if (e.isError() && !(e.kind == EngineError::Kind::Http &&
                                                (e.httpStatus == 404 || e.httpStatus == 409)))
                               return fail(e);
                           if (!paused)
                               return wait();
                           op->track(resumeTask(ch, s, ns, id, op,
                                                [wait](const EngineError &) { wait(); }));
                       }));
}

// Stops the container's task as stopContainer() says, then runs `then`; nothing to do when
// it does not run.
void stopTask(GrpcChannel *ch, const StubsPtr &s, const QString &ns, const QString &id,
              int timeoutSecs, ContainerdOperation *op, std::function<void()> then)
{
    op->track(getContainer(
        *ch, *s, ns, id, op,
        [ch, s, ns, id, timeoutSecs, op, then](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return op->fail(c.error);
            // Stopped, the restart monitor is told so (as nerdctl and ctr tell it).
            std::function<void()> next = then;
            if (restartsByMonitor(c.value))
                next = [ch, s, ns, id, op, then] {
                    op->track(
                        setLabels(*ch, *s, ns, id,
                                  {{QLatin1String(RestartStatusLabel), QStringLiteral("stopped")}},
                                  op, [op, then](const EngineError &e) {
                                      if (e.isError())
                                          return op->fail(e);
                                      then();
                                  }));
                };
            // nerdctl keeps a container's --stop-signal and --stop-timeout in labels.
            int signal = ContainerdTasks::signalNumber(label(c.value, "nerdctl/stop-signal"));
            if (signal == 0)
                signal = SIGTERM;
            int timeout = timeoutSecs;
            if (timeout < 0) {
                bool ok = false;
                timeout = label(c.value, "nerdctl/stop-timeout").toInt(&ok);
                if (!ok || timeout < 0)
                    timeout = 10;
            }
            // The restart monitor is told first, or it would start the container again.
            // A stop that fails leaves the restart policy as it was.
            const auto fail = failRestoring(*ch, *s, ns, id, c.value, op);
            holdRestarts(
                *ch, *s, ns, id, c.value, op, [ch, s, ns, id, signal, timeout, op, next, fail] {
                    op->track(getTask(*ch, *s, ns, id, op,
                                      [ch, s, ns, id, signal, timeout, op, next,
                                       fail](const EngineResult<TaskProcess> &t) {
                                          if (!t.ok())
                                              return fail(t.error);
                                          if (!isRunning(t.value))
                                              return next();
                                          const bool paused =
                                              t.value.status() != containerd::v1::types::RUNNING;
                                          const auto forceKill = [ch, s, ns, id, paused, op, next,
                                                                  fail] {
                                              signalAndWait(ch, s, ns, id, SIGKILL, true, paused, 0,
                                                            op, next, {}, fail);
                                          };
                                          if (timeout == 0)
                                              return forceKill();
                                          signalAndWait(ch, s, ns, id, signal, false, paused,
                                                        timeout * 1000, op, next, forceKill, fail);
                                      }));
                });
        }));
}

} // namespace

CallHandle ContainerdTasks::stopContainer(const QString &fullId, int timeoutSecs, QObject *context,
                                          Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    stopTask(&m_channel, m_stubs, ns, id, timeoutSecs, op,
             [op, callback] { op->end([callback] { callback({}); }); });
    return CallHandle(op);
}

CallHandle ContainerdTasks::restartContainer(const QString &fullId, int timeoutSecs,
                                             QObject *context, Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    QPointer<ContainerdTasks> self(this);
    stopTask(&m_channel, m_stubs, ns, id, timeoutSecs, op, [self, op, fullId, callback] {
        if (!self)
            return op->fail(EngineError::make(EngineError::Kind::Aborted, {}));
        op->track(self->startContainer(fullId, op, [op, callback](const EngineError &e) {
            op->end([callback, e] { callback(e); });
        }));
    });
    return CallHandle(op);
}

CallHandle ContainerdTasks::killContainer(const QString &fullId, const QString &signal,
                                          QObject *context, Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const int number = signal.trimmed().isEmpty() ? SIGKILL : signalNumber(signal);
    if (number == 0) {
        const EngineError e =
            EngineError::make(EngineError::Kind::BadInput, tr("\"%1\" is not a signal").arg(signal),
                              m_channel.where());
        QMetaObject::invokeMethod(
            context, [callback, e] { callback(e); }, Qt::QueuedConnection);
        return {};
    }
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const QString where = m_channel.where();
    // `fail` answers an error (after holdRestarts(), restoring the labels it changed).
    const auto kill = [ch, s, ns, id, number, op,
                       callback](std::function<void(const EngineError &)> fail) {
        op->track(killTask(*ch, *s, ns, id, number, false, op,
                           [op, callback, fail](const EngineError &e) {
                               if (e.isError() && fail)
                                   return fail(e);
                               op->end([callback, e] { callback(e); });
                           }));
    };
    op->track(getContainer(
        *ch, *s, ns, id, op,
        [ch, s, ns, id, number, op, where, kill](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return op->fail(c.error);
            op->track(getTask(
                *ch, *s, ns, id, op,
                [ch, s, ns, id, number, op, where, kill,
                 container = c.value](const EngineResult<TaskProcess> &t) {
                    if (!t.ok())
                        return op->fail(t.error);
                    if (!isRunning(t.value))
                        return op->fail(conflict(tr("the container is not running"), where));
                    // As Docker: SIGKILL or the container's stop signal stops it for good (the
                    // restart monitor is told first); another signal (SIGHUP, to reload) does
                    // not, since a wanted status "stopped" makes the monitor kill the task.
                    int stopSignal = signalNumber(label(container, "nerdctl/stop-signal"));
                    if (stopSignal == 0)
                        stopSignal = SIGTERM;
                    if (number != SIGKILL && number != stopSignal)
                        return kill({});
                    holdRestarts(*ch, *s, ns, id, container, op,
                                 [kill, fail = failRestoring(*ch, *s, ns, id, container, op)] {
                                     kill(fail);
                                 });
                }));
        }));
    return CallHandle(op);
}

CallHandle ContainerdTasks::pauseContainer(const QString &fullId, QObject *context,
                                           Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const QString where = m_channel.where();
    // 2: the task paused; when that fails, the monitor is to keep it running again.
    const auto pause = [ch, s, ns, id, op, callback, where](bool restore) {
        tapi::PauseTaskRequest q;
        q.set_container_id(std8(id));
        op->track(ch->unary<tapi::PauseTaskRequest, google::protobuf::Empty>(
            QStringLiteral("tasks.Pause"), ns, q, CallMs, op, GONTAINER_RPC(s->tasks, Pause),
            std::function<void(EngineResult<google::protobuf::Empty>)>(
                [ch, s, ns, id, op, callback, where,
                 restore](const EngineResult<google::protobuf::Empty> &r) {
                    const EngineError e = notFound(r.error)
                                              ? conflict(tr("the container is not running"), where)
                                              : r.error;
                    if (!e.isError())
                        return op->end([callback] { callback({}); });
                    if (!restore)
                        return op->fail(e);
                    op->track(
                        setLabels(*ch, *s, ns, id,
                                  {{QLatin1String(RestartStatusLabel), QStringLiteral("running")}},
                                  op, [op, e](const EngineError &) { op->fail(e); }));
                })));
    };
    // 1: containerd's restart monitor takes a paused task for one that does not run and
    // starts a new one: a container it keeps running wants the status "paused" (which the
    // monitor leaves alone) while it is.
    op->track(getContainer(
        *ch, *s, ns, id, op, [ch, s, ns, id, op, pause](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return op->fail(c.error);
            if (label(c.value, RestartStatusLabel) != QLatin1String("running"))
                return pause(false);
            op->track(setLabels(*ch, *s, ns, id,
                                {{QLatin1String(RestartStatusLabel), QStringLiteral("paused")}}, op,
                                [op, pause](const EngineError &e) {
                                    if (e.isError())
                                        return op->fail(e);
                                    pause(true);
                                }));
        }));
    return CallHandle(op);
}

CallHandle ContainerdTasks::unpauseContainer(const QString &fullId, QObject *context,
                                             Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const QString where = m_channel.where();
    // The task continued, then the monitor keeps it running again (pauseContainer()).
    op->track(getContainer(
        *ch, *s, ns, id, op,
        [ch, s, ns, id, op, callback, where](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return op->fail(c.error);
            const bool held = label(c.value, RestartStatusLabel) == QLatin1String("paused");
            op->track(resumeTask(
                ch, s, ns, id, op,
                [ch, s, ns, id, op, callback, where, held](const EngineError &e) {
                    if (e.isError())
                        return op->fail(
                            notFound(e) ? conflict(tr("the container is not running"), where) : e);
                    if (!held)
                        return op->end([callback] { callback({}); });
                    op->track(
                        setLabels(*ch, *s, ns, id,
                                  {{QLatin1String(RestartStatusLabel), QStringLiteral("running")}},
                                  op, [op, callback](const EngineError &e2) {
                                      if (e2.isError())
                                          return op->fail(e2);
                                      op->end([callback] { callback({}); });
                                  }));
                }));
        }));
    return CallHandle(op);
}

// ---- rename ----

CallHandle ContainerdTasks::renameContainer(const QString &fullId, const QString &newName,
                                            QObject *context, Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const QString name = newName.startsWith(QLatin1Char('/')) ? newName.mid(1) : newName;
    if (name.isEmpty()) {
        const EngineError e = EngineError::make(EngineError::Kind::BadInput,
                                                tr("a container needs a name"), m_channel.where());
        QMetaObject::invokeMethod(
            context, [callback, e] { callback(e); }, Qt::QueuedConnection);
        return {};
    }
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const QString where = m_channel.where();
    op->track(listContainersIn(
        *ch, *s, ns, op,
        std::function<void(EngineResult<capi::ListContainersResponse>)>(
            [ch, s, ns, id, name, op, callback,
             where](const EngineResult<capi::ListContainersResponse> &r) {
                if (!r.ok())
                    return op->fail(r.error);
                bool found = false;
                for (const capi::Container &c : r.value.containers()) {
                    if (str(c.id()) == id) {
                        found = true;
                        continue;
                    }
                    if (label(c, "nerdctl/name") == name || str(c.id()) == name) {
                        EngineError e = EngineError::make(
                            EngineError::Kind::NameInUse,
                            tr("the name \"%1\" is taken by container %2 in namespace %3")
                                .arg(name, str(c.id()).left(12), ns),
                            where);
                        e.httpStatus = 409;
                        return op->fail(e);
                    }
                }
                if (!found) {
                    EngineError e = EngineError::make(EngineError::Kind::Http,
                                                      tr("no such container: %1").arg(id), where);
                    e.httpStatus = 404;
                    return op->fail(e);
                }
                op->track(setLabels(*ch, *s, ns, id, {{QStringLiteral("nerdctl/name"), name}}, op,
                                    [op, callback](const EngineError &e) {
                                        op->end([callback, e] { callback(e); });
                                    }));
            })));
    return CallHandle(op);
}

// ---- remove, prune ----

CallHandle ContainerdTasks::removeIn(const QString &ns, const QString &id, bool force,
                                     QObject *context, Engine::DoneCallback callback)
{
    auto *op = new ContainerdOperation(context, callback);
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const QString where = m_channel.where();
    const bool local = isLocal();
    op->track(getContainer(
        *ch, *s, ns, id, op,
        [this, ch, s, ns, id, force, op, callback, where,
         local](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return op->fail(c.error);
            const capi::Container container = c.value;
            // 3: the container, its snapshot and the log Gontainer made.
            const QPointer<ContainerdTasks> self(this);
            const auto removeContainer = [ch, s, ns, id, op, callback, container, local,
                                          self](int exitStatus) {
                capi::DeleteContainerRequest q;
                q.set_id(std8(id));
                op->track(ch->unary<capi::DeleteContainerRequest, google::protobuf::Empty>(
                    QStringLiteral("containers.Delete"), ns, q, CallMs, op,
                    GONTAINER_RPC(s->containers, Delete),
                    std::function<void(EngineResult<google::protobuf::Empty>)>(
                        [ch, s, ns, id, op, callback, container, local, self,
                         exitStatus](const EngineResult<google::protobuf::Empty> &r) {
                            if (!r.ok())
                                return op->fail(r.error);
                            if (self)
                                Q_EMIT self->containerRemoved(ContainerdIds::join(ns, id),
                                                              exitStatus);
                            const QUrl logUri(label(container, "gontainer/log-uri"));
                            if (local && logUri.isLocalFile() &&
                                logUri.toLocalFile() == logPath(ns, id))
                                QFile::remove(logUri.toLocalFile());
                            const auto finish = [op, callback] {
                                op->end([callback] { callback({}); });
                            };
                            if (container.snapshot_key().empty())
                                return finish();
                            sapi::RemoveSnapshotRequest rq;
                            rq.set_snapshotter(container.snapshotter());
                            rq.set_key(container.snapshot_key());
                            op->track(
                                ch->unary<sapi::RemoveSnapshotRequest, google::protobuf::Empty>(
                                    QStringLiteral("snapshots.Remove"), ns, rq, CallMs, op,
                                    GONTAINER_RPC(s->snapshots, Remove),
                                    std::function<void(EngineResult<google::protobuf::Empty>)>(
                                        [op,
                                         finish](const EngineResult<google::protobuf::Empty> &r2) {
                                            // Gone already (a container made with a rootfs
                                            // path has none) is as good.
                                            if (!r2.ok() && !notFound(r2.error))
                                                return op->fail(r2.error);
                                            finish();
                                        })));
                        })));
            };
            // 2: the task.
            const auto removeTask = [ch, s, ns, id, op, removeContainer] {
                op->track(deleteTask(*ch, *s, ns, id, op,
                                     [op, removeContainer](const EngineResult<int> &r) {
                                         if (!r.ok())
                                             return op->fail(r.error);
                                         removeContainer(r.value);
                                     }));
            };
            // 1: a running task is refused, or killed with force.
            op->track(
                getTask(*ch, *s, ns, id, op,
                        [ch, s, ns, id, force, op, where, removeTask,
                         container](const EngineResult<TaskProcess> &t) {
                            if (!t.ok())
                                return op->fail(t.error);
                            // An exited container the monitor keeps running still
                            // wants to run: it is told first, or it could make a new
                            // task between the task's and the container's removal.
                            if (!isRunning(t.value))
                                return holdRestarts(*ch, *s, ns, id, container, op, removeTask);
                            if (!force)
                                return op->fail(
                                    conflict(tr("the container is running: stop it first or remove "
                                                "it with force"),
                                             where));
                            const bool paused = t.value.status() != containerd::v1::types::RUNNING;
                            const auto fail = failRestoring(*ch, *s, ns, id, container, op);
                            holdRestarts(*ch, *s, ns, id, container, op,
                                         [ch, s, ns, id, paused, op, removeTask, fail] {
                                             signalAndWait(ch, s, ns, id, SIGKILL, true, paused, 0,
                                                           op, removeTask, {}, fail);
                                         });
                        }));
        }));
    return CallHandle(op);
}

CallHandle ContainerdTasks::removeContainer(const QString &fullId, bool force, bool,
                                            QObject *context, Engine::DoneCallback callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedDone(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    return removeIn(ns, id, force, context, std::move(callback));
}

CallHandle ContainerdTasks::pruneContainers(QObject *context,
                                            Engine::Callback<PruneReport> callback)
{
    if (!m_stubs->tasks)
        return m_engine.unsupportedCall(tr("this kind of containerd address is not supported"),
                                        context, std::move(callback));
    auto *op = new ContainerdOperation(context, [callback](const EngineError &e) {
        callback(EngineResult<PruneReport>::failure(e));
    });
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    QPointer<ContainerdTasks> self(this);
    struct State
    {
        QStringList namespaces;
        QStringList doomed; // full ids
        PruneReport report;
    };
    auto state = std::make_shared<State>();
    // 3: one container after the other; one that fails to go (started meanwhile) stays.
    auto removeNext = std::make_shared<std::function<void()>>();
    *removeNext = [self, op, state, callback, removeNext] {
        if (state->doomed.isEmpty() || !self) {
            const PruneReport report = state->report;
            *removeNext = nullptr; // the cycle through the capture
            return op->end(
                [callback, report] { callback(EngineResult<PruneReport>::success(report)); });
        }
        const QString fullId = state->doomed.takeFirst();
        const auto [ns, id] = ContainerdIds::split(fullId);
        op->track(
            self->removeIn(ns, id, false, op, [state, fullId, removeNext](const EngineError &e) {
                if (!e.isError())
                    state->report.deleted << fullId;
                (*removeNext)();
            }));
    };
    // 2: in each namespace, the containers without a running task.
    auto listNext = std::make_shared<std::function<void()>>();
    *listNext = [ch, s, op, state, listNext, removeNext] {
        if (state->namespaces.isEmpty()) {
            *listNext = nullptr;
            return (*removeNext)();
        }
        const QString ns = state->namespaces.takeFirst();
        op->track(listTasksIn(
            *ch, *s, ns, op,
            std::function<void(EngineResult<tapi::ListTasksResponse>)>(
                [ch, s, ns, op, state, listNext](const EngineResult<tapi::ListTasksResponse> &t) {
                    if (!t.ok())
                        return op->fail(t.error);
                    QSet<QString> running;
                    for (const TaskProcess &p : t.value.tasks())
                        if (isRunning(p))
                            running.insert(str(p.id()));
                    op->track(listContainersIn(
                        *ch, *s, ns, op,
                        std::function<void(EngineResult<capi::ListContainersResponse>)>(
                            [ns, op, state, listNext,
                             running](const EngineResult<capi::ListContainersResponse> &c) {
                                if (!c.ok())
                                    return op->fail(c.error);
                                for (const capi::Container &container : c.value.containers())
                                    if (!running.contains(str(container.id())))
                                        state->doomed
                                            << ContainerdIds::join(ns, str(container.id()));
                                (*listNext)();
                            })));
                })));
    };
    // 1: the namespaces this node shows, without Docker's.
    op->track(m_engine.namespaces(op, [op, state, listNext](const EngineResult<QStringList> &r) {
        if (!r.ok())
            return op->fail(r.error);
        for (const QString &ns : r.value)
            if (!ContainerdIds::isDockerNamespace(ns))
                state->namespaces << ns;
        (*listNext)();
    }));
    return CallHandle(op);
}

// ---- wait ----

CallHandle ContainerdTasks::waitContainerUntil(const QString &fullId,
                                               Engine::WaitCondition condition, QObject *context,
                                               Engine::Callback<int> callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedCall(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    auto *op = new ContainerdOperation(
        context, [callback](const EngineError &e) { callback(EngineResult<int>::failure(e)); });
    m_channel.endWithChannel(op);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const auto answer = [op, callback](int code) {
        op->end([callback, code] { callback(EngineResult<int>::success(code)); });
    };

    if (condition != Engine::WaitCondition::NotRunning) {
        // The next exit, or the removal: a start or removal made by this engine is heard at
        // once (taskStarted, containerRemoved); one made by others (ctr, nerdctl) comes as
        // containerd's events, subscribed to now, before the container is started or removed.
        // A removal answers the last exit seen.
        const bool removal = condition == Engine::WaitCondition::Removed;
        eapi::SubscribeRequest q;
        q.add_filters(std8(QStringLiteral("topic==\"/tasks/exit\",namespace==\"%1\"").arg(ns)));
        if (removal)
            q.add_filters(
                std8(QStringLiteral("topic==\"/containers/delete\",namespace==\"%1\"").arg(ns)));
        auto lastExit = std::make_shared<int>(0);
        ch->serverStream<eapi::SubscribeRequest, eapi::Envelope>(
            QStringLiteral("events.Subscribe"), ns, q, 0, op,
            [stub = s->events](grpc::ClientContext *c, const eapi::SubscribeRequest *r,
                               grpc::ClientReadReactor<eapi::Envelope> *reactor) {
                stub->async()->Subscribe(c, r, reactor);
            },
            std::function<void(eapi::Envelope &&)>(
                [id, removal, lastExit, answer](eapi::Envelope &&e) {
                    if (e.topic() == "/tasks/exit") {
                        containerd::events::TaskExit exit;
                        if (!exit.ParseFromString(e.event().value()) ||
                            str(exit.container_id()) != id || exit.id() != exit.container_id())
                            return;
                        *lastExit = int(exit.exit_status());
                        if (!removal)
                            answer(*lastExit);
                    } else if (e.topic() == "/containers/delete") {
                        containerd::events::ContainerDelete del;
                        if (del.ParseFromString(e.event().value()) && str(del.id()) == id)
                            answer(*lastExit);
                    }
                }),
            std::function<void(const EngineError &)>([op](const EngineError &e) {
                op->fail(e.isError() ? e
                                     : EngineError::make(EngineError::Kind::Closed,
                                                         tr("containerd ended the event stream")));
            }));
        if (removal) {
            connect(this, &ContainerdTasks::containerRemoved, op,
                    [fullId, answer](const QString &gone, int exitStatus) {
                        if (gone == fullId)
                            answer(exitStatus);
                    });
        } else {
            connect(this, &ContainerdTasks::taskStarted, op,
                    [ch, s, ns, id, fullId, op, answer](const QString &started) {
                        if (started != fullId)
                            return;
                        op->track(waitTask(*ch, *s, ns, id, 0, op,
                                           [op, answer](const EngineResult<int> &r) {
                                               if (!r.ok())
                                                   return op->fail(r.error);
                                               answer(r.value);
                                           }));
                    });
        }
        // A container that is not there is not waited for; the next exit of one that runs now
        // is its task's, which Wait tells without a race.
        op->track(getContainer(
            *ch, *s, ns, id, op,
            [ch, s, ns, id, op, answer, removal](const EngineResult<capi::Container> &c) {
                if (!c.ok())
                    return op->fail(c.error);
                if (removal)
                    return;
                op->track(getTask(*ch, *s, ns, id, op,
                                  [ch, s, ns, id, op, answer](const EngineResult<TaskProcess> &t) {
                                      if (!t.ok() || !isRunning(t.value))
                                          return;
                                      op->track(waitTask(*ch, *s, ns, id, 0, op,
                                                         [op, answer](const EngineResult<int> &r) {
                                                             if (!r.ok())
                                                                 return op->fail(r.error);
                                                             answer(r.value);
                                                         }));
                                  }));
            }));
        return CallHandle(op);
    }

    op->track(getContainer(
        *ch, *s, ns, id, op, [ch, s, ns, id, op, answer](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return op->fail(c.error);
            op->track(getTask(*ch, *s, ns, id, op,
                              [ch, s, ns, id, op, answer](const EngineResult<TaskProcess> &t) {
                                  if (!t.ok())
                                      return op->fail(t.error);
                                  if (!isRunning(t.value) &&
                                      t.value.status() != containerd::v1::types::CREATED)
                                      return answer(int(t.value.exit_status()));
                                  op->track(waitTask(*ch, *s, ns, id, 0, op,
                                                     [op, answer](const EngineResult<int> &r) {
                                                         if (!r.ok())
                                                             return op->fail(r.error);
                                                         answer(r.value);
                                                     }));
                              }));
        }));
    return CallHandle(op);
}

// ---- top ----

CallHandle ContainerdTasks::topContainer(const QString &fullId, QObject *context,
                                         Engine::Callback<ProcessList> callback)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.unsupportedCall(e.message, context, std::move(callback));
    const auto [ns, id] = ContainerdIds::split(fullId);
    tapi::ListPidsRequest q;
    q.set_container_id(std8(id));
    const bool local = isLocal();
    const QString where = m_channel.where();
    return m_channel.unary<tapi::ListPidsRequest, tapi::ListPidsResponse>(
        QStringLiteral("tasks.ListPids"), ns, q, CallMs, context,
        GONTAINER_RPC(m_stubs->tasks, ListPids),
        std::function<void(EngineResult<tapi::ListPidsResponse>)>(
            [callback, local, where](const EngineResult<tapi::ListPidsResponse> &r) {
                if (!r.ok()) {
                    callback(EngineResult<ProcessList>::failure(
                        notFound(r.error) ? conflict(tr("the container is not running"), where)
                                          : r.error));
                    return;
                }
                ProcessList list;
                list.titles << QStringLiteral("PID");
                if (local)
                    list.titles << QStringLiteral("PPID") << QStringLiteral("CMD");
                for (const auto &p : r.value.processes()) {
                    QStringList row{QString::number(p.pid())};
                    if (local) {
                        // The shim gives the host's pids: /proc tells the rest here.
                        QFile stat(QStringLiteral("/proc/%1/stat").arg(p.pid()));
                        QString ppid;
                        if (stat.open(QIODevice::ReadOnly)) {
                            const QByteArray line = stat.readAll();
                            const QList<QByteArray> fields =
                                line.mid(line.lastIndexOf(')') + 2).split(' ');
                            if (fields.size() > 1)
                                ppid = QString::fromLatin1(fields.at(1));
                        }
                        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.pid()));
                        QString cmd;
                        if (cmdline.open(QIODevice::ReadOnly)) {
                            QByteArray argv = cmdline.readAll();
                            if (argv.endsWith('\0'))
                                argv.chop(1);
                            cmd = QString::fromUtf8(argv.replace('\0', ' '));
                        }
                        row << ppid << cmd;
                    }
                    list.processes << row;
                }
                callback(EngineResult<ProcessList>::success(list));
            }));
}

// ---- logs ----

LogStream *ContainerdTasks::readLogs(const QString &fullId, const LogOptions &options,
                                     QObject *parent)
{
    if (const EngineError e = refusal(fullId); e.isError())
        return m_engine.failedStream<LogStream>(e, parent);
    const auto [ns, id] = ContainerdIds::split(fullId);
    const QString where = m_channel.where();
    auto *stream = new ContainerdLogStream(options, where, parent);
    GrpcChannel *ch = &m_channel;
    const StubsPtr s = m_stubs;
    const bool local = isLocal();
    const bool follow = options.follow;
    getContainer(
        *ch, *s, ns, id, stream,
        [ch, s, ns, id, stream, where, local, follow](const EngineResult<capi::Container> &c) {
            if (!c.ok())
                return stream->fail(c.error);
            const auto noLog = [stream, where](const QString &why) {
                stream->fail(EngineError::make(EngineError::Kind::Unsupported, why, where));
            };
            QString path;
            auto format = ContainerdLogStream::Format::Plain;
            const QUrl ours(label(c.value, "gontainer/log-uri"));
            QString driver;
            if (ours.isLocalFile()) {
                path = ours.toLocalFile();
            } else {
                path = nerdctlJsonLog(c.value, ns, id, &driver);
                format = ContainerdLogStream::Format::JsonLines;
            }
            if (!driver.isEmpty())
                return noLog(tr("containerd keeps no logs, and nerdctl sends this "
                                "container's output to its \"%1\" log driver: read it "
                                "there, or with nerdctl logs")
                                 .arg(driver));
            if (path.isEmpty()) {
                const QString uri =
                    ours.isEmpty() ? label(c.value, "nerdctl/log-uri") : ours.toString();
                return noLog(uri.isEmpty()
                                 ? tr("containerd keeps no logs, and this container's output "
                                      "goes nowhere Gontainer can read: start it from Gontainer "
                                      "(or run it with nerdctl) to have a log")
                                 : tr("containerd keeps no logs; this container's output goes "
                                      "to %1, which Gontainer cannot read")
                                       .arg(uri));
            }
            if (!local)
                return noLog(tr("containerd keeps no logs; this container's log is the "
                                "file %1 on the machine containerd runs on, and "
                                "Gontainer reads containerd's log files only on this "
                                "machine")
                                 .arg(path));
            stream->open(path, format);
            if (!follow)
                return;
            // Followed until the container stops.
            getTask(*ch, *s, ns, id, stream,
                    [ch, s, ns, id, stream](const EngineResult<TaskProcess> &t) {
                        if (!t.ok())
                            return stream->fail(t.error);
                        if (!isRunning(t.value) &&
                            t.value.status() != containerd::v1::types::CREATED)
                            return stream->containerStopped();
                        waitTask(*ch, *s, ns, id, 0, stream, [stream](const EngineResult<int> &r) {
                            if (!r.ok() && r.error.kind != EngineError::Kind::Aborted &&
                                !notFound(r.error))
                                return stream->fail(r.error);
                            stream->containerStopped();
                        });
                    });
        });
    return stream;
}
