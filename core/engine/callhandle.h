#pragma once

#include <QObject>
#include <QPointer>

// A request in flight, for cancelling it. Cancelling makes the request's callback run with an
// Aborted error (unless it already ran). Copies refer to the same request; a default or finished
// handle does nothing.
class CallHandle final
{
public:
    CallHandle() = default;
    // `call` is the object that carries the request; it must have an invokable abort().
    explicit CallHandle(QObject *call)
        : m_call(call)
    {}

    void cancel() const;
    bool isRunning() const { return !m_call.isNull(); }

private:
    QPointer<QObject> m_call;
};
