#include "core/engine/stackremover.h"

#include "core/engine/enginejob.h"
#include "core/engine/swarmstack.h"

namespace {

template<typename T>
QList<T> inStack(const QList<T> &objects, const QString &stack)
{
    QList<T> out;
    for (const T &o : objects) {
        if (SwarmStack::of(o.labels) == stack)
            out.append(o);
    }
    return out;
}

} // namespace

CallHandle StackRemover::start(Engine &engine, const QString &stack, QObject *context,
                               Engine::Callback<StackRemoval> callback)
{
    auto *job = new EngineJob(context, [callback, stack] {
        callback(EngineResult<StackRemoval>::failure(
            EngineError::make(EngineError::Kind::Aborted, tr("cancelled"), stack)));
    });
    // The remover lives as long as the job: the calls it makes end with the job.
    auto *remover = new StackRemover(engine, stack, job, std::move(callback));
    remover->list(Step::Services);
    return job->handle();
}

StackRemover::StackRemover(Engine &engine, const QString &stack, EngineJob *job,
                           Engine::Callback<StackRemoval> callback)
    : QObject(job)
    , m_engine(engine)
    , m_job(job)
    , m_callback(std::move(callback))
{
    m_result.stack = stack;
}

QStringList &StackRemover::removedOf(Step step)
{
    switch (step) {
    case Step::Services:
        return m_result.services;
    case Step::Secrets:
        return m_result.secrets;
    case Step::Configs:
        return m_result.configs;
    case Step::Networks:
    case Step::Done:
        break;
    }
    return m_result.networks;
}

void StackRemover::list(Step step)
{
    m_step = step;
    const QString stack = m_result.stack;
    auto names = [stack](const auto &objects) {
        QList<Object> out;
        for (const auto &o : inStack(objects, stack))
            out.append({o.id, o.name});
        return out;
    };
    switch (step) {
    case Step::Services:
        m_job->track(m_engine.listServices(
            m_job, [this, step, names](const EngineResult<QList<SwarmService>> &r) {
                listed(step, r.error, names(r.value));
            }));
        return;
    case Step::Secrets:
    case Step::Configs: {
        const auto kind =
            step == Step::Secrets ? SwarmSecret::Kind::Secret : SwarmSecret::Kind::Config;
        m_job->track(m_engine.listSecrets(
            kind, m_job, [this, step, names](const EngineResult<QList<SwarmSecret>> &r) {
                listed(step, r.error, names(r.value));
            }));
        return;
    }
    case Step::Networks:
        m_job->track(m_engine.listNetworks(
            m_job, [this, step, names](const EngineResult<QList<NetworkInfo>> &r) {
                listed(step, r.error, names(r.value));
            }));
        return;
    case Step::Done: {
        const StackRemoval result = m_result;
        m_job->finish(
            [cb = m_callback, result] { cb(EngineResult<StackRemoval>::success(result)); });
        return;
    }
    }
}

void StackRemover::listed(Step step, const EngineError &error, const QList<Object> &objects)
{
    if (m_job->isDone())
        return;
    if (error.isError()) {
        m_job->finish([cb = m_callback, error] { cb(EngineResult<StackRemoval>::failure(error)); });
        return;
    }
    m_step = step;
    m_pending = objects;
    removeNext();
}

void StackRemover::removeNext()
{
    if (m_pending.isEmpty()) {
        list(Step(int(m_step) + 1));
        return;
    }
    const Object object = m_pending.takeFirst();
    auto done = [this, object](const EngineError &error) {
        if (m_job->isDone())
            return;
        if (error.isError())
            m_result.failures << tr("%1: %2").arg(object.name, error.userText());
        else
            removedOf(m_step) << object.name;
        removeNext();
    };
    switch (m_step) {
    case Step::Services:
        m_job->track(m_engine.removeService(object.id, m_job, done));
        return;
    case Step::Secrets:
        m_job->track(m_engine.removeSecret(SwarmSecret::Kind::Secret, object.id, m_job, done));
        return;
    case Step::Configs:
        m_job->track(m_engine.removeSecret(SwarmSecret::Kind::Config, object.id, m_job, done));
        return;
    case Step::Networks:
        m_job->track(m_engine.removeNetwork(object.id, m_job, done));
        return;
    case Step::Done:
        return;
    }
}
