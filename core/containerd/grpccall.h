#pragma once

#include "core/engine/engineerror.h"

#include <QObject>

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

#include <functional>
#include <memory>
#include <mutex>

class GrpcCall;

// What a gRPC call shares between the node's thread and gRPC's own threads: the call's
// context, and the object on the node's thread its answer goes to (null once that is gone).
struct GrpcCallState
{
    virtual ~GrpcCallState() = default;
    grpc::ClientContext context;
    std::mutex mutex;
    QObject *receiver = nullptr;

    // From a gRPC thread: runs `deliver` on the receiver's thread, unless the receiver is gone
    // (then never).
    void post(std::function<void()> deliver);
};

// One unary call in flight, on the node's thread; the handle CallHandle cancels. It answers
// once (the answer, or Aborted when cancelled) and deletes itself; destroying it earlier (with
// its parent, the caller's context) cancels the call and answers nothing.
class GrpcCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcCall)

public:
    using Finish = std::function<void(const grpc::Status &status, bool aborted)>;

    GrpcCall(std::shared_ptr<GrpcCallState> state, Finish finish, QObject *parent);
    ~GrpcCall() override;

    // On the call's thread, from the state's post().
    void finish(const grpc::Status &status);
    Q_INVOKABLE void abort();

private:
    void detach();

    std::shared_ptr<GrpcCallState> m_state;
    Finish m_finish;
    bool m_done = false;
};
