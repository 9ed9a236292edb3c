#include "core/engine/enginejob.h"

EngineJob::EngineJob(QObject *context, std::function<void()> onAbort)
    : QObject(context)
    , m_onAbort(std::move(onAbort))
{}

EngineJob::~EngineJob() = default;

void EngineJob::finish(const std::function<void()> &deliver)
{
    if (m_done)
        return;
    m_done = true;
    m_steps.clear();
    deleteLater();
    deliver();
}

void EngineJob::abort()
{
    if (m_done)
        return;
    m_done = true;
    const QList<CallHandle> steps = std::exchange(m_steps, {});
    for (const CallHandle &step : steps)
        step.cancel();
    deleteLater();
    if (m_onAbort)
        m_onAbort();
}
