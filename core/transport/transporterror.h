#pragma once

#include <QMetaType>
#include <QString>

// What went wrong on the way to a peer, below any API: the socket, TLS, SSH or HTTP framing.
// The engine layer turns it into an EngineError (which keeps these kinds and adds its own).
struct TransportError
{
    enum class Kind
    {
        None,
        NoSocket,     // nothing at the socket path
        AccessDenied, // the socket exists but we may not open it
        Refused,      // the socket exists but nothing accepts on it
        Unreachable,  // no route to the host, or its name does not resolve
        Tls,          // the secure connection failed: certificate, verification, handshake
        SshAuth,      // ssh could not log in: no key, or the key is not accepted
        SshHostKey,   // ssh does not know or does not trust the host's key
        Timeout,      // no answer in time
        Closed,       // the peer closed the connection mid-exchange
        Protocol,     // the peer does not speak HTTP as expected
        TooLarge,     // an answer past the size we hold in memory
        Unsupported,  // an endpoint kind or setup we cannot use
        Aborted,      // cancelled by us
        BadInput,     // the request's own body could not be read (its file is gone)
    };

    Kind kind = Kind::None;
    QString message; // the detail: the socket's or ssh's own words
    QString where;   // the endpoint, for messages

    bool isError() const { return kind != Kind::None; }
    static TransportError make(Kind kind, const QString &message, const QString &where = {})
    {
        return TransportError{kind, message, where};
    }
};

Q_DECLARE_METATYPE(TransportError)
