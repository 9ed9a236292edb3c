#include "core/containerd/grpcchannel.h"

#include <QFile>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

} // namespace

GrpcChannel::GrpcChannel(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_where(endpoint.toUrl())
{
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
        if (endpoint.tls) {
            grpc::SslCredentialsOptions tls;
            tls.pem_root_certs = readFile(endpoint.tlsCaFile);
            tls.pem_cert_chain = readFile(endpoint.tlsCertFile);
            tls.pem_private_key = readFile(endpoint.tlsKeyFile);
            credentials = grpc::SslCredentials(tls);
        }
        break;
    case Endpoint::Kind::Ssh:
    case Endpoint::Kind::Invalid:
        break;
    }
    if (!target.empty())
        m_channel = grpc::CreateCustomChannel(target, credentials, args);
}

GrpcChannel::~GrpcChannel() = default;

void GrpcChannel::prepare(grpc::ClientContext &context, const QString &operation, const QString &ns,
                          int timeoutMs)
{
    ++m_callCounts[operation];
    if (!ns.isEmpty())
        context.AddMetadata("containerd-namespace", ns.toStdString());
    if (timeoutMs > 0)
        context.set_deadline(std::chrono::system_clock::now() +
                             std::chrono::milliseconds(timeoutMs));
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
