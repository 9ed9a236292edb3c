#include "core/services/containeractionrunner.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/nodeservice.h"

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

} // namespace

ContainerActionRunner::ContainerActionRunner(QObject *parent)
    : QObject(parent)
{}

ContainerActionRunner::~ContainerActionRunner() = default;

int ContainerActionRunner::run(ContainerAction action, const QList<ContainerTarget> &targets,
                               const ContainerActionOptions &options)
{
    const int batch = m_nextBatch++;
    m_batches.insert(batch, Batch{action, int(targets.size()), {}});
    if (targets.isEmpty()) {
        // Still reported, after the caller has the batch's number.
        QTimer::singleShot(0, this, [this, batch] {
            const Batch b = m_batches.take(batch);
            Q_EMIT finished(batch, b.action, {});
        });
        return batch;
    }
    for (const ContainerTarget &target : targets) {
        NodeService *node = target.node.data();
        if (!node) {
            const ContainerActionResult result{
                target, QString(),
                EngineError::make(EngineError::Kind::Closed, tr("the node was removed"))};
            QTimer::singleShot(0, this, [this, batch, result] { record(batch, result); });
            continue;
        }
        const QString nodeName = node->name();
        EngineCall::runDone(node, this, callFor(action, target.id, options),
                            [this, batch, target, nodeName](const EngineError &error) {
                                record(batch, ContainerActionResult{target, nodeName, error});
                            });
    }
    return batch;
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
