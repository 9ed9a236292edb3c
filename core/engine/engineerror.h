#pragma once

#include "core/transport/transporterror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// What went wrong talking to an engine, in a form the UI can explain: the class of failure, the
// HTTP status where there was one, and the engine's own message.
struct EngineError
{
    Q_DECLARE_TR_FUNCTIONS(EngineError)

public:
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
        NotAnEngine,  // HTTP, but not a Docker or Podman API
        TooLarge,     // an answer past the size we hold in memory
        Unsupported,  // an engine we cannot speak to (API too old, endpoint kind), or a feature
                      // it does not have
        Http,         // the engine answered with an error status (none of the refusals below)
        Aborted,      // cancelled by us
        BadInput,     // what we were asked to send cannot be used (a missing build folder)
        // Refusals the UI acts on, classified from the engine's status and words (httpStatus
        // and message stay filled, as with Http):
        ImageMissing,       // the engine does not have the image asked for
        AmbiguousShortName, // a short image name the engine cannot resolve to one registry
        NameInUse,          // the name asked for is taken (a container's, a pod's)
        InUse,              // the object is used by containers (an image they run from)
        Unauthorized,       // the registry wants a login, or refused the one given
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // the engine's own words, or the transport's detail
    QString where;   // the endpoint, for messages

    EngineError() = default;
    // The transport's failure, as the engine layer reports it (same kinds, no status).
    EngineError(const TransportError &error);

    bool isError() const { return kind != Kind::None; }
    static EngineError make(Kind kind, const QString &message, const QString &where = {});

    // A full sentence for the UI: what happened and what to try.
    QString userText() const;
    // The engine's refusal as a plain HTTP refusal reads ("The engine refused the request (HTTP
    // 409): its words"), whatever kind it was classified as; userText() for errors that came
    // without an HTTP status. For places whose own text already says what the kind means.
    QString refusalText() const;
};

Q_DECLARE_METATYPE(EngineError)
