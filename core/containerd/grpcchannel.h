#pragma once

#include "core/containerd/grpccall.h"
#include "core/containerd/grpcstream.h"
#include "core/engine/callhandle.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineresult.h"
#include "core/transport/endpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class SshMaster;

// A call's or stream's shared state as the channel knows it: whether the engine was reached at
// all, and whether the channel (the node's engine) has gone while it was out.
struct GrpcChannelCallState : GrpcCallState
{
    EngineError unreached; // the way to the engine failed before the call began
    bool orphaned = false; // the channel is gone: nothing more is delivered
};

#include <grpcpp/channel.h>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

// One gRPC channel to a containerd node, on the node's thread. Calls are asynchronous: gRPC
// runs them on its own threads and their answers come back to the caller's context on this
// thread. Every call carries the namespace it is about (the "containerd-namespace" metadata)
// and, unless it is a stream meant to stay open, a deadline.
//
// Over SSH (containerd+ssh://user@host/remote.sock) the remote socket is forwarded by one ssh
// master of the node's own, as Podman's is (SshMaster), and the channel talks to the forward.
// Calls and streams made before the master has logged in wait for it, their deadlines not yet
// running, and end with the master's error (SshAuth, SshHostKey, Timeout, ...) when it cannot:
// logging in has its own bound (SshMaster::LoginTimeoutMs), so every call ends.
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
    // The same, knowing the call went over TCP: containerd serves only its CRI plugin on its
    // own tcp_address, so its API answers "unknown service" there, which is said plainly.
    static EngineError errorOver(const grpc::Status &status, const QString &where, bool overTcp);

    // A unary call. `start` begins it, as the stub's async() interface does:
    //   [stub](grpc::ClientContext *c, const Req *q, Resp *r, std::function<void(grpc::Status)> f)
    //       { stub->async()->Method(c, q, r, std::move(f)); }
    // `done` runs on `context`'s thread with the answer or the error, and never after `context`
    // is destroyed, nor after this channel is (then the call is cancelled). timeoutMs <= 0: no
    // deadline (for calls that wait on purpose, as Wait).
    template<typename Request, typename Response, typename Start>
    CallHandle unary(const QString &operation, const QString &ns, const Request &request,
                     int timeoutMs, QObject *context, Start start,
                     std::function<void(EngineResult<Response>)> done)
    {
        struct State : GrpcChannelCallState
        {
            Request request;
            Response response;
        };
        auto state = std::make_shared<State>();
        state->request = request;
        prepare(state, operation, ns);
        const QString where = m_where;
        const bool overTcp = m_endpoint.kind == Endpoint::Kind::Tcp;
        auto *call = new GrpcCall(
            state,
            [state, done = std::move(done), where, overTcp](const grpc::Status &status,
                                                            bool aborted) {
                if (state->orphaned)
                    return;
                if (aborted) {
                    done(EngineResult<Response>::failure(
                        EngineError::make(EngineError::Kind::Aborted, {}, where)));
                } else if (state->unreached.isError()) {
                    done(EngineResult<Response>::failure(state->unreached));
                } else if (!status.ok()) {
                    done(EngineResult<Response>::failure(errorOver(status, where, overTcp)));
                } else {
                    done(EngineResult<Response>::success(std::move(state->response)));
                }
            },
            context);
        whenReachable(call, [state, start = std::move(start), timeoutMs](const EngineError &error) {
            if (!isAlive(*state))
                return; // cancelled while waiting
            if (error.isError()) {
                state->unreached = error;
                if (auto *c = qobject_cast<GrpcCall *>(state->receiver))
                    c->finish(
                        grpc::Status(grpc::StatusCode::UNAVAILABLE, error.message.toStdString()));
                return;
            }
            setDeadline(state->context, timeoutMs);
            start(&state->context, &state->request, &state->response, [state](grpc::Status status) {
                state->post([state, status] {
                    if (auto *c = qobject_cast<GrpcCall *>(state->receiver))
                        c->finish(status);
                });
            });
        });
        return CallHandle(call);
    }

    // A server stream. `start` begins it with a reactor:
    //   [stub](grpc::ClientContext *c, const Req *q, grpc::ClientReadReactor<Resp> *r)
    //       { stub->async()->Method(c, q, r); }
    // Each message goes to `onMessage`, then the end to `onEnd` (no error when the server
    // closed it cleanly), on `parent`'s thread. The stream is a child of `parent`. Once this
    // channel is destroyed the stream is cancelled and nothing more arrives, not even its end
    // (an abort() then ends it quietly).
    template<typename Request, typename Response, typename Start>
    GrpcStream *serverStream(const QString &operation, const QString &ns, const Request &request,
                             int timeoutMs, QObject *parent, Start start,
                             std::function<void(Response &&)> onMessage,
                             std::function<void(const EngineError &)> onEnd)
    {
        struct State : GrpcChannelCallState
        {
            Request request;
        };
        auto state = std::make_shared<State>();
        state->request = request;
        prepare(state, operation, ns);
        const QString where = m_where;
        const bool overTcp = m_endpoint.kind == Endpoint::Kind::Tcp;
        auto *stream = new GrpcStream(
            state,
            [state, onEnd = std::move(onEnd), where, overTcp](const grpc::Status &status) {
                if (state->orphaned)
                    return;
                if (state->unreached.isError() &&
                    status.error_code() != grpc::StatusCode::CANCELLED)
                    onEnd(state->unreached);
                else
                    onEnd(status.ok() ? EngineError() : errorOver(status, where, overTcp));
            },
            parent);
        auto message = std::make_shared<std::function<void(Response &&)>>(std::move(onMessage));
        whenReachable(stream, [state, start = std::move(start), timeoutMs,
                               message](const EngineError &error) {
            if (!isAlive(*state))
                return;
            if (error.isError()) {
                state->unreached = error;
                if (auto *s = qobject_cast<GrpcStream *>(state->receiver))
                    s->end(
                        grpc::Status(grpc::StatusCode::UNAVAILABLE, error.message.toStdString()));
                return;
            }
            setDeadline(state->context, timeoutMs);
            auto *reactor = new GrpcReadReactor<Response>(state, message);
            start(&state->context, &state->request, reactor);
            reactor->begin();
        });
        return stream;
    }

    // An object of an engine call that outlives no engine: a job made of several calls (a
    // list, an operation) whose callbacks use the engine or this channel, and is a child of
    // the caller's context. It is deleted, quietly, when this channel goes with its engine, so
    // that nothing it has queued runs on an engine that is gone.
    void endWithChannel(QObject *job);

    // Over SSH: the node's one ssh master (null for unix and TCP nodes), and whether it is
    // logged in and forwarding the remote socket.
    SshMaster *sshMaster() const { return m_master; }

private:
    // Counts the call, adds its namespace and keeps track of it until it is done.
    void prepare(const std::shared_ptr<GrpcChannelCallState> &state, const QString &operation,
                 const QString &ns);
    static void setDeadline(grpc::ClientContext &context, int timeoutMs);
    // Whether the call's object is still there to answer (not cancelled, not destroyed).
    static bool isAlive(GrpcCallState &state);
    // Runs `go` on this thread once the engine can be reached: at once for unix and TCP nodes;
    // over SSH once the master is logged in and forwards the socket (no error), or with why
    // it could not log in. Never after `context` is gone.
    void whenReachable(QObject *context, std::function<void(const EngineError &)> go);
    // Points the channel's socket (a link of ours) at the master's current forward.
    void linkForward();

    Endpoint m_endpoint;
    QString m_where;
    std::shared_ptr<grpc::Channel> m_channel;
    QHash<QString, qint64> m_callCounts;
    // Every call and stream made here, until done: when the channel goes (with its engine),
    // they are cancelled and deliver nothing more, whoever holds them.
    std::vector<std::weak_ptr<GrpcChannelCallState>> m_calls;
    QList<QPointer<QObject>> m_jobs;
    SshMaster *m_master = nullptr;
    // Over SSH, the channel connects to this link, which points at the master's forward: a
    // master started again forwards at a new path, and the channel (and every stub made on it)
    // stays the same.
    QString m_linkPath;
};
