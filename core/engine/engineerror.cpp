#include "core/engine/engineerror.h"

#include <QCoreApplication>

EngineError::EngineError(const TransportError &error)
    : message(error.message)
    , where(error.where)
{
    using T = TransportError::Kind;
    switch (error.kind) {
    case T::None:
        kind = Kind::None;
        break;
    case T::NoSocket:
        kind = Kind::NoSocket;
        break;
    case T::AccessDenied:
        kind = Kind::AccessDenied;
        break;
    case T::Refused:
        kind = Kind::Refused;
        break;
    case T::Unreachable:
        kind = Kind::Unreachable;
        break;
    case T::Tls:
        kind = Kind::Tls;
        break;
    case T::SshAuth:
        kind = Kind::SshAuth;
        break;
    case T::SshHostKey:
        kind = Kind::SshHostKey;
        break;
    case T::Timeout:
        kind = Kind::Timeout;
        break;
    case T::Closed:
        kind = Kind::Closed;
        break;
    case T::Protocol:
        kind = Kind::Protocol;
        break;
    case T::TooLarge:
        kind = Kind::TooLarge;
        break;
    case T::Unsupported:
        kind = Kind::Unsupported;
        break;
    case T::Aborted:
        kind = Kind::Aborted;
        break;
    case T::BadInput:
        kind = Kind::BadInput;
        break;
    }
}

EngineError EngineError::make(Kind kind, const QString &message, const QString &where)
{
    EngineError e;
    e.kind = kind;
    e.message = message;
    e.where = where;
    return e;
}

QString EngineError::userText() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoSocket:
        return tr("There is no engine socket at %1. Start Docker or Podman, or choose another "
                  "engine address.")
            .arg(where);
    case Kind::AccessDenied:
        return tr("Permission denied opening %1. Add your user to the group that owns the socket "
                  "(for Docker, the \"docker\" group) and log in again.")
            .arg(where);
    case Kind::Refused:
        return tr("Nothing is accepting connections at %1. The engine may have stopped; start it "
                  "again.")
            .arg(where);
    case Kind::Unreachable:
        return tr("Cannot reach %1 (%2). Check the address and that the machine is on the "
                  "network.")
            .arg(where, message);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2. Check the node's certificates; "
                  "turn off verification for this node only if you trust the network.")
            .arg(where, message);
    case Kind::SshAuth:
        return tr("SSH could not log in to %1 (%2). Check the user name, and that your key is "
                  "loaded in the agent or named for this node and is in the remote "
                  "authorized_keys. A key with a passphrase needs the passphrase saved with "
                  "the node.")
            .arg(where, message);
    case Kind::SshHostKey:
        return tr("SSH does not trust the host key of %1 (%2). Connect once with ssh in a "
                  "terminal to check and accept the key, or fix known_hosts if the machine was "
                  "replaced.")
            .arg(where, message);
    case Kind::Timeout:
        return tr("The engine at %1 did not answer in time. It may be overloaded, or the socket "
                  "may belong to something that is not an engine.")
            .arg(where);
    case Kind::Closed:
        return tr("The engine at %1 closed the connection (%2). It may have stopped or restarted.")
            .arg(where, message);
    case Kind::Protocol:
        return tr("%1 did not answer like a container engine (%2). Check that the address points "
                  "at a Docker or Podman socket.")
            .arg(where, message);
    case Kind::NotAnEngine:
        return tr("%1 answered, but not as a Docker or Podman engine (%2). Check the address.")
            .arg(where, message);
    case Kind::TooLarge:
        return tr("The answer from %1 was too large to read (%2). The engine may be misbehaving, "
                  "or something else is listening at that address.")
            .arg(where, message);
    case Kind::Unsupported:
        return tr("The engine at %1 cannot be used: %2").arg(where, message);
    case Kind::Http:
        return refusalText();
    case Kind::ImageMissing:
        // A pull or push can end so inside its 200 answer: that status says nothing.
        if (httpStatus < 300)
            return tr("The image was not found: %1. Check its name and tag, and that the "
                      "registry has it.")
                .arg(message);
        return tr("The image was not found (HTTP %1: %2). Check its name and tag; an image the "
                  "engine does not have must be pulled first.")
            .arg(QString::number(httpStatus), message);
    case Kind::AmbiguousShortName:
        return tr("The engine cannot tell which registry a short image name comes from (HTTP %1: "
                  "%2). Write the image with its registry, like docker.io/library/nginx.")
            .arg(QString::number(httpStatus), message);
    case Kind::NameInUse:
        return tr("The name is already in use on the engine (HTTP %1: %2). Choose another name, "
                  "or remove what has it.")
            .arg(QString::number(httpStatus), message);
    case Kind::InUse:
        return tr("Containers use it, so the engine keeps it (HTTP %1: %2). Remove those "
                  "containers first, or force the removal if none of them is running.")
            .arg(QString::number(httpStatus), message);
    case Kind::Unauthorized:
        return tr("The registry refused access (%1). Log in to the registry with a user that "
                  "may use this image (Settings → Registries), or check the user name and "
                  "password.")
            .arg(message);
    case Kind::Aborted:
        return tr("The request was cancelled.");
    case Kind::BadInput:
        return message;
    }
    return message;
}

QString EngineError::refusalText() const
{
    if (httpStatus == 0 && kind != Kind::Http)
        return userText();
    return tr("The engine refused the request (HTTP %1): %2")
        .arg(QString::number(httpStatus), message);
}
