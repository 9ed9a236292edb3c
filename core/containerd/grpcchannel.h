#pragma once

#include "core/containerd/grpccall.h"
#include "core/containerd/grpcstream.h"
#include "core/engine/callhandle.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineresult.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QObject>

#include <grpcpp/channel.h>

#include <chrono>
#include <functional>
#include <memory>

// One gRPC channel to a containerd node, on the node's thread. Calls are asynchronous: gRPC
// runs them on its own threads and their answers come back to the caller's context on this
// thread. Every call carries the namespace it is about (the "containerd-namespace" metadata)
// and, unless it is a stream meant to stay open, a deadline.
class GrpcChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcChannel)

public:
    explicit GrpcChannel(const Endpoint &endpoint, QObject *parent = nullptr);
    ~GrpcChannel() override;

    // The channel the stubs are made on.
    std::shared_ptr<grpc::Channel> channel() const { return m_channel; }
    QString where() const { return m_where; }
    QHash<QString, qint64> callCounts() const { return m_callCounts; }

    // A gRPC status as the engine layer reports it: transport failures as their kinds
    // (NoSocket, Refused, Timeout, ...), the engine's refusals as Http with the status an HTTP
    // engine would give (404 not found, 409 exists / wrong state, 400 bad argument).
    static EngineError errorFrom(const grpc::Status &status, const QString &where);

    // A unary call. `start` begins it, as the stub's async() interface does:
    //   [stub](grpc::ClientContext *c, const Req *q, Resp *r, std::function<void(grpc::Status)> f)
    //       { stub->async()->Method(c, q, r, std::move(f)); }
    // `done` runs on `context`'s thread with the answer or the error, and never after `context`
    // is destroyed. timeoutMs <= 0: no deadline (for calls that wait on purpose, as Wait).
    template<typename Request, typename Response, typename Start>
    CallHandle unary(const QString &operation, const QString &ns, const Request &request,
                     int timeoutMs, QObject *context, Start start,
                     std::function<void(EngineResult<Response>)> done)
    {
        struct State : GrpcCallState
        {
            Request request;
            Response response;
        };
        auto state = std::make_shared<State>();
        state->request = request;
        prepare(state->context, operation, ns, timeoutMs);
        const QString where = m_where;
        auto *call = new GrpcCall(
            state,
            [state, done = std::move(done), where](const grpc::Status &status, bool aborted) {
                if (aborted) {
                    done(EngineResult<Response>::failure(
                        EngineError::make(EngineError::Kind::Aborted, {}, where)));
                } else if (!status.ok()) {
                    done(EngineResult<Response>::failure(errorFrom(status, where)));
                } else {
                    done(EngineResult<Response>::success(std::move(state->response)));
                }
            },
            context);
        start(&state->context, &state->request, &state->response, [state](grpc::Status status) {
            state->post([state, status] {
                if (auto *c = qobject_cast<GrpcCall *>(state->receiver))
                    c->finish(status);
            });
        });
        return CallHandle(call);
    }

    // A server stream. `start` begins it with a reactor:
    //   [stub](grpc::ClientContext *c, const Req *q, grpc::ClientReadReactor<Resp> *r)
    //       { stub->async()->Method(c, q, r); }
    // Each message goes to `onMessage`, then the end to `onEnd` (no error when the server
    // closed it cleanly), on `parent`'s thread. The stream is a child of `parent`.
    template<typename Request, typename Response, typename Start>
    GrpcStream *serverStream(const QString &operation, const QString &ns, const Request &request,
                             int timeoutMs, QObject *parent, Start start,
                             std::function<void(Response &&)> onMessage,
                             std::function<void(const EngineError &)> onEnd)
    {
        struct State : GrpcCallState
        {
            Request request;
        };
        auto state = std::make_shared<State>();
        state->request = request;
        prepare(state->context, operation, ns, timeoutMs);
        const QString where = m_where;
        auto *stream = new GrpcStream(
            state,
            [onEnd = std::move(onEnd), where](const grpc::Status &status) {
                onEnd(status.ok() ? EngineError() : errorFrom(status, where));
            },
            parent);
        auto *reactor = new GrpcReadReactor<Response>(
            state, std::make_shared<std::function<void(Response &&)>>(std::move(onMessage)));
        start(&state->context, &state->request, reactor);
        reactor->begin();
        return stream;
    }

private:
    void prepare(grpc::ClientContext &context, const QString &operation, const QString &ns,
                 int timeoutMs);

    Endpoint m_endpoint;
    QString m_where;
    std::shared_ptr<grpc::Channel> m_channel;
    QHash<QString, qint64> m_callCounts;
};
