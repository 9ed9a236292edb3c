#include "core/containerd/containerdoperation.h"

ContainerdOperation::ContainerdOperation(QObject *context,
                                         std::function<void(const EngineError &)> fail)
    : QObject(context)
    , m_fail(std::move(fail))
{}

ContainerdOperation::~ContainerdOperation() = default;

void ContainerdOperation::end(const std::function<void()> &answer)
{
    if (m_ended)
        return;
    m_ended = true;
    deleteLater();
    answer();
}

void ContainerdOperation::fail(const EngineError &error)
{
    const auto failWith = m_fail;
    end([failWith, error] { failWith(error); });
}

void ContainerdOperation::abort()
{
    if (m_ended)
        return;
    fail(EngineError::make(EngineError::Kind::Aborted, {}));
    m_step.cancel();
}
