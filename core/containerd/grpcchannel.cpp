#include "core/containerd/grpcchannel.h"

#include "core/transport/sshconnection.h"
#include "core/transport/sshmaster.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

#include <github.com/containerd/containerd/api/services/version/v1/version.grpc.pb.h>

#include <grpc/grpc.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>
#include <grpcpp/security/tls_certificate_verifier.h>
#include <grpcpp/security/tls_credentials_options.h>
#include <grpcpp/support/channel_arguments.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace versionapi = containerd::services::version::v1;

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

// TLS that takes the engine's certificate as it comes (tlsSkipVerify, as docker's
// --tlsverify=false): neither its chain nor its host name is checked. A client certificate, when
// there is one, is still shown to the engine, which may require it.
std::shared_ptr<grpc::ChannelCredentials>
unverifiedTls(const std::string &ca, const std::string &cert, const std::string &key)
{
    grpc::experimental::TlsChannelCredentialsOptions options;
    std::vector<grpc::experimental::IdentityKeyCertPair> identity;
    if (!cert.empty() && !key.empty())
        identity.push_back({key, cert});
    if (!ca.empty() || !identity.empty()) {
        options.set_certificate_provider(
            std::make_shared<grpc::experimental::StaticDataCertificateProvider>(ca, identity));
        if (!ca.empty())
            options.watch_root_certs();
        if (!identity.empty())
            options.watch_identity_key_cert_pairs();
    }
    options.set_verify_server_certs(false);
    options.set_check_call_host(false);
    options.set_certificate_verifier(
        std::make_shared<grpc::experimental::NoOpCertificateVerifier>());
    return grpc::experimental::TlsCredentials(options);
}

} // namespace

GrpcChannel::GrpcChannel(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_where(endpoint.toUrl())
{
    // gRPC stays initialised for the life of the process, and so does the completion queue its
    // callback API shares between channels (one channel of our own holds it). Left to itself,
    // gRPC 1.51 tears that queue down when the last channel goes and makes a new one with the
    // next, and its threads race in that: it aborts with "prior > 0" in
    // grpc_cq_internal_unref when nodes are removed and added.
    static const bool grpcKeptUp = [] {
        grpc_init();
        struct Keeper
        {
            std::shared_ptr<grpc::Channel> channel;
            std::unique_ptr<versionapi::Version::Stub> stub;
            grpc::ClientContext context;
            google::protobuf::Empty request;
            versionapi::VersionResponse response;
        };
        // Never freed: it must outlive every channel, to the end of the process.
        auto *keeper = new Keeper;
        keeper->channel = grpc::CreateChannel("unix:/nonexistent/gontainer-keeps-grpc-up",
                                              grpc::InsecureChannelCredentials());
        keeper->stub = versionapi::Version::NewStub(keeper->channel);
        keeper->context.set_deadline(std::chrono::system_clock::now() +
                                     std::chrono::milliseconds(1));
        // A call through the callback API makes the channel take its share of that queue.
        keeper->stub->async()->Version(&keeper->context, &keeper->request, &keeper->response,
                                       [](const grpc::Status &) {});
        return true;
    }();
    Q_UNUSED(grpcKeptUp)
    grpc::ChannelArguments args;
    // Lists of a thousand containers carry their specs: well past gRPC's 4 MiB default.
    args.SetMaxReceiveMessageSize(256 * 1024 * 1024);
    // An engine that restarts is reached again within a second or two, not after gRPC's
    // default back-off of up to two minutes; the node's probe decides when it is lost.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 4000);
    std::string target;
    std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        target = "unix:" + endpoint.path.toStdString();
        break;
    case Endpoint::Kind::Tcp:
        target = endpoint.host.toStdString() + ':' + std::to_string(endpoint.port);
        if (endpoint.host.contains(QLatin1Char(':')))
            target = '[' + endpoint.host.toStdString() + "]:" + std::to_string(endpoint.port);
        if (endpoint.tls && endpoint.tlsSkipVerify) {
            credentials =
                unverifiedTls(readFile(endpoint.tlsCaFile), readFile(endpoint.tlsCertFile),
                              readFile(endpoint.tlsKeyFile));
        } else if (endpoint.tls) {
            grpc::SslCredentialsOptions tls;
            tls.pem_root_certs = readFile(endpoint.tlsCaFile);
            tls.pem_cert_chain = readFile(endpoint.tlsCertFile);
            tls.pem_private_key = readFile(endpoint.tlsKeyFile);
            credentials = grpc::SslCredentials(tls);
        }
        break;
    case Endpoint::Kind::Ssh: {
        // The master (made now, logged in by the first call) forwards the remote socket; the
        // channel connects to a link of ours that follows the forward.
        m_master = new SshMaster(endpoint, this);
        const QString dir = SshConnection::runtimeDirectory();
        if (dir.isEmpty()) {
            // Calls end with the master's own error about the folder, never reaching this;
            // the stubs need a channel all the same.
            target = "unix:/nonexistent/gontainer-ssh-forward";
            break;
        }
        static QAtomicInt counter;
        m_linkPath = dir + QStringLiteral("/g") +
                     QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                     QString::number(counter.fetchAndAddRelaxed(1)) + QStringLiteral(".sock");
        QFile::remove(m_linkPath);
        target = "unix:" + m_linkPath.toStdString();
        break;
    }
    case Endpoint::Kind::Invalid:
        break;
    }
    if (!target.empty())
        m_channel = grpc::CreateCustomChannel(target, credentials, args);
}

GrpcChannel::~GrpcChannel()
{
    // No answer, message or end reaches anyone after this: the areas and the engine that their
    // callbacks may refer to go with us. The jobs first: their calls go with them.
    for (const QPointer<QObject> &job : std::exchange(m_jobs, {}))
        delete job.data();
    for (const std::weak_ptr<GrpcChannelCallState> &weak : m_calls) {
        if (const std::shared_ptr<GrpcChannelCallState> state = weak.lock()) {
            state->orphaned = true;
            {
                const std::lock_guard lock(state->mutex);
                state->receiver = nullptr;
            }
            state->context.TryCancel();
        }
    }
    // The master (a child) ends with us, and its forward with it.
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
}

void GrpcChannel::prepare(const std::shared_ptr<GrpcChannelCallState> &state,
                          const QString &operation, const QString &ns)
{
    ++m_callCounts[operation];
    if (!ns.isEmpty())
        state->context.AddMetadata("containerd-namespace", ns.toStdString());
    // Those done are dropped now and then, so the list stays about as long as the calls out.
    if (m_calls.size() >= 64 && m_calls.size() == m_calls.capacity())
        std::erase_if(m_calls,
                      [](const std::weak_ptr<GrpcChannelCallState> &w) { return w.expired(); });
    m_calls.push_back(state);
}

void GrpcChannel::setDeadline(grpc::ClientContext &context, int timeoutMs)
{
    if (timeoutMs > 0)
        context.set_deadline(std::chrono::system_clock::now() +
                             std::chrono::milliseconds(timeoutMs));
}

void GrpcChannel::endWithChannel(QObject *job)
{
    if (m_jobs.size() >= 64 && m_jobs.size() == m_jobs.capacity())
        m_jobs.removeIf([](const QPointer<QObject> &j) { return j.isNull(); });
    m_jobs.append(job);
}

bool GrpcChannel::isAlive(GrpcCallState &state)
{
    const std::lock_guard lock(state.mutex);
    return state.receiver != nullptr;
}

void GrpcChannel::whenReachable(QObject *context, std::function<void(const EngineError &)> go)
{
    if (!m_master || m_master->isReady()) {
        if (m_master)
            linkForward();
        go({});
        return;
    }
    // SshMaster answers at once when it cannot even start: the failure is delivered on the
    // next turn, as any other answer, never before the call has been handed back.
    QPointer<QObject> guard(context);
    m_master->whenReady(context, [this, guard, go = std::move(go)](const TransportError &error) {
        if (!error.isError()) {
            linkForward();
            go({});
            return;
        }
        const EngineError failure(error);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, go, failure] {
                if (guard)
                    go(failure);
            },
            Qt::QueuedConnection);
    });
}

void GrpcChannel::linkForward()
{
    const QString forward = m_master->forwardPath();
    if (m_linkPath.isEmpty() || forward.isEmpty() || QFile::symLinkTarget(m_linkPath) == forward)
        return;
    // Made beside it and renamed over it, so the channel never finds no link at all.
    const QString next = m_linkPath + QStringLiteral(".new");
    QFile::remove(next);
    if (QFile::link(forward, next) && ::rename(QFile::encodeName(next).constData(),
                                               QFile::encodeName(m_linkPath).constData()) == 0)
        return;
    QFile::remove(next);
    QFile::remove(m_linkPath);
    QFile::link(forward, m_linkPath);
}

EngineError GrpcChannel::errorOver(const grpc::Status &status, const QString &where, bool overTcp)
{
    EngineError e = errorFrom(status, where);
    if (overTcp && status.error_code() == grpc::StatusCode::UNIMPLEMENTED &&
        status.error_message().find("unknown service containerd.services.") != std::string::npos)
        e.message = tr("containerd answers only Kubernetes' CRI on its own TCP address "
                       "([grpc] tcp_address), not its API: reach the node over SSH "
                       "(containerd+ssh://user@host/run/containerd/containerd.sock), or relay "
                       "its unix socket to this TCP port");
    return e;
}

EngineError GrpcChannel::errorFrom(const grpc::Status &status, const QString &where)
{
    const QString message = QString::fromStdString(status.error_message());
    using Kind = EngineError::Kind;
    const auto refusal = [&](int httpStatus, Kind kind = Kind::Http) {
        EngineError e = EngineError::make(kind, message, where);
        e.httpStatus = httpStatus;
        return e;
    };
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
        return {};
    case grpc::StatusCode::CANCELLED:
        return EngineError::make(Kind::Aborted, message, where);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return EngineError::make(Kind::Timeout, message, where);
    case grpc::StatusCode::UNAVAILABLE:
        if (message.contains(QLatin1String("andshake")) ||
            message.contains(QLatin1String("CERTIFICATE_VERIFY")) ||
            message.contains(QLatin1String("SSL_ERROR")))
            return EngineError::make(Kind::Tls, message, where);
        if (message.contains(QLatin1String("No such file")))
            return EngineError::make(Kind::NoSocket, message, where);
        if (message.contains(QLatin1String("ermission denied")))
            return EngineError::make(Kind::AccessDenied, message, where);
        if (message.contains(QLatin1String("onnection refused")))
            return EngineError::make(Kind::Refused, message, where);
        if (message.contains(QLatin1String("resolve")) ||
            message.contains(QLatin1String("unreachable")))
            return EngineError::make(Kind::Unreachable, message, where);
        return EngineError::make(Kind::Closed, message, where);
    case grpc::StatusCode::UNIMPLEMENTED:
        return EngineError::make(Kind::Unsupported, message, where);
    case grpc::StatusCode::NOT_FOUND:
        return refusal(404);
    case grpc::StatusCode::ALREADY_EXISTS:
        return refusal(409, Kind::NameInUse);
    case grpc::StatusCode::FAILED_PRECONDITION:
        return refusal(409);
    case grpc::StatusCode::INVALID_ARGUMENT:
    case grpc::StatusCode::OUT_OF_RANGE:
        return refusal(400);
    case grpc::StatusCode::PERMISSION_DENIED:
    case grpc::StatusCode::UNAUTHENTICATED:
        return refusal(403);
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return message.contains(QLatin1String("message larger"))
                   ? EngineError::make(Kind::TooLarge, message, where)
                   : refusal(500);
    default:
        return refusal(500);
    }
}
