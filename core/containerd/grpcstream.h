#pragma once

#include "core/containerd/grpccall.h"
#include "core/engine/engineerror.h"

#include <QObject>

#include <grpcpp/support/client_callback.h>

#include <functional>
#include <memory>

// A server-streaming gRPC call (events, content reads) on the node's thread: its messages and
// its end arrive there, in order. Destroying it (or abort()) cancels the call; nothing arrives
// after that.
class GrpcStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcStream)

public:
    using End = std::function<void(const grpc::Status &status)>;

    GrpcStream(std::shared_ptr<GrpcCallState> state, End end, QObject *parent);
    ~GrpcStream() override;

    // On the stream's thread, from the reactor's posts.
    void end(const grpc::Status &status);
    Q_INVOKABLE void abort();
    bool isOpen() const { return !m_done; }

private:
    void detach();

    std::shared_ptr<GrpcCallState> m_state;
    End m_end;
    bool m_done = false;
};

// Reads a server stream on gRPC's threads and posts each message to the GrpcStream's thread.
// It deletes itself once gRPC is done with it.
template<typename Response>
class GrpcReadReactor final : public grpc::ClientReadReactor<Response>
{
public:
    using Message = std::function<void(Response &&)>;

    GrpcReadReactor(std::shared_ptr<GrpcCallState> state, std::shared_ptr<Message> onMessage)
        : m_state(std::move(state))
        , m_onMessage(std::move(onMessage))
    {}

    void begin()
    {
        this->StartRead(&m_response);
        this->StartCall();
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return; // OnDone follows with the status
        m_state->post(
            [state = m_state, message = m_onMessage, response = std::move(m_response)]() mutable {
                if (state->receiver) // not cancelled meanwhile
                    (*message)(std::move(response));
            });
        m_response = Response();
        this->StartRead(&m_response);
    }

    void OnDone(const grpc::Status &status) override
    {
        const std::shared_ptr<GrpcCallState> state = m_state;
        state->post([state, status] {
            if (auto *stream = qobject_cast<GrpcStream *>(state->receiver))
                stream->end(status);
        });
        delete this;
    }

private:
    std::shared_ptr<GrpcCallState> m_state;
    std::shared_ptr<Message> m_onMessage;
    Response m_response;
};
