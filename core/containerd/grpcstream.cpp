#include "core/containerd/grpcstream.h"

GrpcStream::GrpcStream(std::shared_ptr<GrpcCallState> state, End end, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
    , m_end(std::move(end))
{
    const std::lock_guard lock(m_state->mutex);
    m_state->receiver = this;
}

GrpcStream::~GrpcStream()
{
    detach();
    if (!m_done)
        m_state->context.TryCancel();
}

void GrpcStream::detach()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->receiver = nullptr;
}

void GrpcStream::end(const grpc::Status &status)
{
    if (m_done)
        return;
    m_done = true;
    detach();
    if (m_end) {
        const End end = std::move(m_end);
        end(status);
    }
}

void GrpcStream::abort()
{
    if (m_done)
        return;
    m_done = true;
    detach();
    m_state->context.TryCancel();
    if (m_end) {
        const End end = std::move(m_end);
        end(grpc::Status(grpc::StatusCode::CANCELLED, "cancelled"));
    }
}
