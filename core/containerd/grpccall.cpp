#include "core/containerd/grpccall.h"

#include <QMetaObject>

void GrpcCallState::post(std::function<void()> deliver)
{
    const std::lock_guard lock(mutex);
    if (receiver)
        QMetaObject::invokeMethod(receiver, std::move(deliver), Qt::QueuedConnection);
}

GrpcCall::GrpcCall(std::shared_ptr<GrpcCallState> state, Finish finish, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
    , m_finish(std::move(finish))
{
    const std::lock_guard lock(m_state->mutex);
    m_state->receiver = this;
}

GrpcCall::~GrpcCall()
{
    detach();
    if (!m_done)
        m_state->context.TryCancel();
}

void GrpcCall::detach()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->receiver = nullptr;
}

void GrpcCall::finish(const grpc::Status &status)
{
    if (m_done)
        return;
    m_done = true;
    detach();
    const Finish finish = std::move(m_finish);
    deleteLater();
    finish(status, false);
}

void GrpcCall::abort()
{
    if (m_done)
        return;
    m_done = true;
    detach();
    m_state->context.TryCancel();
    const Finish finish = std::move(m_finish);
    deleteLater();
    finish(grpc::Status(grpc::StatusCode::CANCELLED, "cancelled"), true);
}
