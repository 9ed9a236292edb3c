#include "core/containerd/containerdjob.h"

ContainerdJob::ContainerdJob(QObject *context, std::function<void()> onAbort)
    : QObject(context)
    , m_onAbort(std::move(onAbort))
{}

ContainerdJob::~ContainerdJob() = default;

void ContainerdJob::finish(const std::function<void()> &deliver)
{
    if (m_done)
        return;
    m_done = true;
    m_steps.clear();
    deleteLater();
    deliver();
}

void ContainerdJob::abort()
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
