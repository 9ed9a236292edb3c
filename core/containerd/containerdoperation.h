#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/engineerror.h"

#include <QObject>

#include <functional>

// An engine call made of several gRPC calls in a row (stop: kill, wait, kill again). It is a
// child of the caller's context, and the context of each step, so it goes with the context and
// takes its step along; CallHandle cancels it through abort(), which answers Aborted once.
class ContainerdOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdOperation)

public:
    // `fail` answers the caller with an error (Aborted on abort()).
    ContainerdOperation(QObject *context, std::function<void(const EngineError &)> fail);
    ~ContainerdOperation() override;

    // The step in flight, cancelled with the operation.
    void track(const CallHandle &step) { m_step = step; }
    bool isEnded() const { return m_ended; }
    // Answers once (later calls do nothing), then the operation goes.
    void end(const std::function<void()> &answer);
    void fail(const EngineError &error);
    Q_INVOKABLE void abort();

private:
    std::function<void(const EngineError &)> m_fail;
    CallHandle m_step;
    bool m_ended = false;
};
