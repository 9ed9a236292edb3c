#pragma once

#include "core/engine/callhandle.h"

#include <QList>
#include <QObject>

#include <functional>

// A request made of several engine calls (one after another, or a few at once), as one CallHandle:
// the calls are made with the job as their context, so they end with it. The job is a child of
// the caller's context and answers once: finish() with the result, or abort() (the handle's
// cancel) with Aborted; whichever comes first wins, and the job deletes itself after.
// Step callbacks start with `if (job->isDone()) return;`.
class EngineJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineJob)

public:
    // `onAbort` answers the caller with Aborted.
    EngineJob(QObject *context, std::function<void()> onAbort);
    ~EngineJob() override;

    bool isDone() const { return m_done; }
    // A call in flight, cancelled when the job is aborted.
    void track(const CallHandle &step) { m_steps << step; }
    // Runs `deliver` (the answer) unless the job is over; then the job ends.
    void finish(const std::function<void()> &deliver);
    Q_INVOKABLE void abort();

    CallHandle handle() { return CallHandle(this); }

private:
    std::function<void()> m_onAbort;
    QList<CallHandle> m_steps;
    bool m_done = false;
};
