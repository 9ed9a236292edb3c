#include "core/services/containeractionrunner.h"

#include "core/engine/containerdetails.h"
#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/nodeservice.h"
#include "core/services/serviceslogging.h"

#include <QDateTime>
#include <QTimer>

namespace {

EngineCall::DoneCall callFor(ContainerAction action, const QString &id,
                             const ContainerActionOptions &o)
{
    switch (action) {
    case ContainerAction::Start:
        return [id](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.startContainer(id, c, std::move(cb));
        };
    case ContainerAction::Stop:
        return [id, t = o.timeoutSecs](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.stopContainer(id, t, c, std::move(cb));
        };
    case ContainerAction::Restart:
        return [id, t = o.timeoutSecs](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.restartContainer(id, t, c, std::move(cb));
        };
    case ContainerAction::Pause:
        return [id](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.pauseContainer(id, c, std::move(cb));
        };
    case ContainerAction::Unpause:
        return [id](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.unpauseContainer(id, c, std::move(cb));
        };
    case ContainerAction::Kill:
        return [id, s = o.signal](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.killContainer(id, s, c, std::move(cb));
        };
    case ContainerAction::Rename:
        return [id, n = o.newName](Engine &e, QObject *c, Engine::DoneCallback cb) {
            return e.renameContainer(id, n, c, std::move(cb));
        };
    case ContainerAction::Commit:
        return [id, c = o.commit](Engine &e, QObject *ctx, Engine::DoneCallback cb) {
            return e.commitContainer(id, c, ctx,
                                     [cb](const EngineResult<CreatedObject> &r) { cb(r.error); });
        };
    case ContainerAction::Remove:
        break;
    }
    return [id, f = o.force, v = o.removeVolumes](Engine &e, QObject *c, Engine::DoneCallback cb) {
        return e.removeContainer(id, f, v, c, std::move(cb));
    };
}

enum class Outcome
{
    Done,
    NotDone,
    Unknown // the container's state cannot tell
};

bool isKillSignal(const QString &signal)
{
    const QString s = signal.trimmed().toUpper();
    return s.isEmpty() || s == QLatin1String("KILL") || s == QLatin1String("SIGKILL") ||
           s == QLatin1String("9");
}

bool runs(const ContainerDetails &d)
{
    using S = ContainerSummary::State;
    return d.state == S::Running || d.state == S::Paused || d.state == S::Restarting;
}

// Whether the container is as the action leaves it.
Outcome outcome(ContainerAction action, const ContainerActionOptions &o, const ContainerDetails &d,
                qint64 firstSentMs)
{
    using S = ContainerSummary::State;
    switch (action) {
    case ContainerAction::Start:
        return d.state == S::Running ? Outcome::Done : Outcome::NotDone;
    case ContainerAction::Stop:
        return runs(d) ? Outcome::NotDone : Outcome::Done;
    case ContainerAction::Kill:
        if (!isKillSignal(o.signal))
            return Outcome::Unknown;
        return runs(d) ? Outcome::NotDone : Outcome::Done;
    case ContainerAction::Restart:
        // Started again since the restart was sent (a second of leeway for the clocks).
        return d.state == S::Running && d.startedAt.isValid() &&
                       d.startedAt.toMSecsSinceEpoch() >= firstSentMs - 1000
                   ? Outcome::Done
                   : Outcome::NotDone;
    case ContainerAction::Pause:
        return d.state == S::Paused ? Outcome::Done : Outcome::NotDone;
    case ContainerAction::Unpause:
        return d.state == S::Running ? Outcome::Done : Outcome::NotDone;
    case ContainerAction::Rename: {
        QString name = d.name;
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        return name == o.newName ? Outcome::Done : Outcome::NotDone;
    }
    case ContainerAction::Remove:
        return d.state == S::Removing ? Outcome::Done : Outcome::NotDone;
    case ContainerAction::Commit:
        break;
    }
    return Outcome::Unknown;
}

bool isOnline(const NodeService *node)
{
    return node->state() == NodeService::State::Online ||
           node->state() == NodeService::State::Degraded;
}

} // namespace

bool ContainerActionRunner::engineSaid(const EngineError &error)
{
    using K = EngineError::Kind;
    if (error.httpStatus > 0)
        return true;
    switch (error.kind) {
    case K::Http:
    case K::ImageMissing:
    case K::AmbiguousShortName:
    case K::NameInUse:
    case K::InUse:
    case K::Unauthorized:
    case K::Unsupported:
    case K::BadInput:
        return true;
    default:
        return false;
    }
}

ContainerActionRunner::ContainerActionRunner(QObject *parent)
    : QObject(parent)
{}

ContainerActionRunner::~ContainerActionRunner() = default;

int ContainerActionRunner::run(ContainerAction action, const QList<ContainerTarget> &targets,
                               const ContainerActionOptions &options)
{
    const int batch = m_nextBatch++;
    m_batches.insert(batch, Batch{action, options, int(targets.size()), {}});
    if (targets.isEmpty()) {
        // Still reported, after the caller has the batch's number.
        QTimer::singleShot(0, this, [this, batch] {
            const Batch b = m_batches.take(batch);
            Q_EMIT finished(batch, b.action, {});
        });
        return batch;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ContainerTarget &target : targets) {
        NodeService *node = target.node.data();
        if (!node) {
            const ContainerActionResult result{
                target, QString(),
                EngineError::make(EngineError::Kind::Closed, tr("the node was removed"))};
            QTimer::singleShot(0, this, [this, batch, result] { record(batch, result); });
            continue;
        }
        if (!isOnline(node) && node->state() != NodeService::State::Connecting) {
            // Offline now: said at once rather than after a wait for the node.
            const ContainerActionResult result{target, node->name(),
                                               EngineCall::notConnected(node)};
            QTimer::singleShot(0, this, [this, batch, result] { record(batch, result); });
            continue;
        }
        // Every target is handed to its node now; the node's pool keeps them in line.
        send(Attempt{batch, target, node->name(), 0, now});
    }
    return batch;
}

void ContainerActionRunner::send(Attempt attempt)
{
    NodeService *node = attempt.target.node.data();
    const auto it = m_batches.constFind(attempt.batch);
    if (!node || it == m_batches.constEnd()) {
        record(attempt.batch,
               {attempt.target, attempt.nodeName,
                EngineError::make(EngineError::Kind::Closed, tr("the node was removed"))});
        return;
    }
    ++attempt.sends;
    EngineCall::runDone(node, this, callFor(it->action, attempt.target.id, it->options),
                        [this, attempt](const EngineError &error) { onAnswer(attempt, error); });
}

void ContainerActionRunner::onAnswer(Attempt attempt, const EngineError &error)
{
    if (!error.isError() || engineSaid(error)) {
        record(attempt.batch, {attempt.target, attempt.nodeName, error});
        return;
    }
    // The connection failed, perhaps after the engine did the work: look before saying.
    ++m_rechecks;
    qCDebug(lcServices) << "checking" << attempt.target.name << "after" << error.userText();
    recheck(attempt, error);
}

void ContainerActionRunner::recheck(Attempt attempt, const EngineError &error)
{
    NodeService *node = attempt.target.node.data();
    if (!node) {
        record(attempt.batch, {attempt.target, attempt.nodeName, error});
        return;
    }
    if (isOnline(node)) {
        inspect(attempt, error);
        return;
    }
    // Wait for the node to come back, for a while.
    auto *waiter = new QObject(this);
    auto *limit = new QTimer(waiter);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, waiter, [this, waiter, attempt, error] {
        waiter->deleteLater();
        record(attempt.batch, {attempt.target, attempt.nodeName, error});
    });
    connect(node, &NodeService::stateChanged, waiter, [this, waiter, attempt, error, node] {
        if (!isOnline(node))
            return;
        waiter->deleteLater();
        inspect(attempt, error);
    });
    connect(node, &QObject::destroyed, waiter, [this, waiter, attempt, error] {
        waiter->deleteLater();
        record(attempt.batch, {attempt.target, attempt.nodeName, error});
    });
    limit->start(RecheckWaitMs);
}

void ContainerActionRunner::inspect(Attempt attempt, const EngineError &error)
{
    NodeService *node = attempt.target.node.data();
    const auto it = m_batches.constFind(attempt.batch);
    if (!node || it == m_batches.constEnd()) {
        record(attempt.batch, {attempt.target, attempt.nodeName, error});
        return;
    }
    const ContainerAction action = it->action;
    const ContainerActionOptions options = it->options;
    const QString id = attempt.target.id;
    EngineCall::run<ContainerDetails>(
        node, this,
        [id](Engine &engine, QObject *context, Engine::Callback<ContainerDetails> callback) {
            return engine.inspectContainer(id, context, std::move(callback));
        },
        [this, attempt, error, action, options](const EngineResult<ContainerDetails> &result) {
            if (!result.ok()) {
                if (result.error.httpStatus == 404) {
                    // Gone: what a removal wants; for anything else the engine's own answer.
                    record(attempt.batch,
                           {attempt.target, attempt.nodeName,
                            action == ContainerAction::Remove ? EngineError() : result.error});
                } else if (engineSaid(result.error)) {
                    record(attempt.batch, {attempt.target, attempt.nodeName, result.error});
                } else {
                    // Still no engine to ask: look again shortly, within the wait.
                    QTimer::singleShot(500, this, [this, attempt, error] {
                        const qint64 waited =
                            QDateTime::currentMSecsSinceEpoch() - attempt.firstSentMs;
                        if (waited > RecheckWaitMs)
                            record(attempt.batch, {attempt.target, attempt.nodeName, error});
                        else
                            recheck(attempt, error);
                    });
                }
                return;
            }
            switch (outcome(action, options, result.value, attempt.firstSentMs)) {
            case Outcome::Done:
                record(attempt.batch, {attempt.target, attempt.nodeName, {}});
                return;
            case Outcome::NotDone:
                if (attempt.sends < MaxSends) {
                    ++m_resends;
                    send(attempt);
                    return;
                }
                record(attempt.batch, {attempt.target, attempt.nodeName, error});
                return;
            case Outcome::Unknown:
                break;
            }
            EngineError unknown = error;
            unknown.message =
                tr("the connection failed after the request was sent, and whether the engine "
                   "did it cannot be told (%1)")
                    .arg(error.message.isEmpty() ? error.userText() : error.message);
            record(attempt.batch, {attempt.target, attempt.nodeName, unknown});
        });
}

void ContainerActionRunner::record(int batch, const ContainerActionResult &result)
{
    const auto it = m_batches.find(batch);
    if (it == m_batches.end())
        return;
    it->results.append(result);
    const int done = int(it->results.size());
    const int total = it->total;
    Q_EMIT progress(batch, done, total);
    if (done < total)
        return;
    const Batch b = m_batches.take(batch);
    Q_EMIT finished(batch, b.action, b.results);
}
