#include "core/docker/dockererrorkind.h"

#include <QRegularExpression>

namespace DockerErrorKind {

EngineError::Kind classify(int httpStatus, const QString &message)
{
    const auto says = [&message](QLatin1StringView words) {
        return message.contains(words, Qt::CaseInsensitive);
    };
    if (httpStatus == 404 &&
        (says(QLatin1StringView("no such image")) || says(QLatin1StringView("image not known")) ||
         says(QLatin1StringView("image not found"))))
        return EngineError::Kind::ImageMissing;
    // A registry without the image or tag (Docker answers 404 before its pull stream starts,
    // Podman puts it inside a 200 one), or a push of an image the engine does not have.
    if (says(QLatin1StringView("manifest unknown")) || says(QLatin1StringView("name unknown")) ||
        says(QLatin1StringView("repository does not exist")) ||
        says(QLatin1StringView("an image does not exist locally")))
        return EngineError::Kind::ImageMissing;
    // The registry wants a login, or refused the one given: Docker "no basic auth credentials",
    // "unauthorized: authentication required", "login attempt to http://host/v2/ failed with
    // status: 401 Unauthorized"; Podman the same words inside its progress stream.
    static const QRegularExpression unauthorized(
        QStringLiteral("\\bunauthorized\\b|no basic auth credentials|authentication required|"
                       "incorrect username or password|invalid username/password|"
                       "requested access to the resource is denied"),
        QRegularExpression::CaseInsensitiveOption);
    if (unauthorized.match(message).hasMatch())
        return EngineError::Kind::Unauthorized;
    // Podman, when an unqualified name matches several registries and it may not ask which.
    if (says(QLatin1StringView("short-name")) || says(QLatin1StringView("short name")))
        return EngineError::Kind::AmbiguousShortName;
    // Docker answers 409 Conflict, Podman 4.3 409 or 500. Read within one clause, so that an
    // image called "name" that "is in use" is not one.
    static const QRegularExpression nameInUse(
        QStringLiteral("\\bname\\b[^:]*\\bis (already )?in use"),
        QRegularExpression::CaseInsensitiveOption);
    if ((httpStatus == 409 || httpStatus == 500) && nameInUse.match(message).hasMatch())
        return EngineError::Kind::NameInUse;
    // An image containers use: Docker 409 "conflict: unable to delete 1a2b (cannot be forced) -
    // image is being used by running container 3c4d", "conflict: unable to remove repository
    // reference "x" (must force) - container 3c4d is using its referenced image 1a2b"; Podman
    // 409 "image used by 3c4d...: image is in use by a container".
    // A volume: Docker 409 "remove v: volume is in use - [3c4d]", Podman 409 "volume is being
    // used by the following container(s): 3c4d".
    if (says(QLatin1StringView("is being used by")) ||
        says(QLatin1StringView("volume is in use")) ||
        says(QLatin1StringView("is using its referenced image")) ||
        says(QLatin1StringView("in use by a container")))
        return EngineError::Kind::InUse;
    // A network containers are attached to: Docker 403 "error while removing network: network
    // n id 1a2b has active endpoints", Podman 500 "...: network is being used".
    if (says(QLatin1StringView("has active endpoints")) ||
        says(QLatin1StringView("network is being used")))
        return EngineError::Kind::InUse;
    return EngineError::Kind::Http;
}

EngineError httpError(int httpStatus, const QString &message, const QString &where)
{
    EngineError e = EngineError::make(classify(httpStatus, message), message, where);
    e.httpStatus = httpStatus;
    return e;
}

EngineError classified(const EngineError &error)
{
    if (error.kind != EngineError::Kind::Http)
        return error;
    EngineError e = error;
    e.kind = classify(error.httpStatus, error.message);
    return e;
}

} // namespace DockerErrorKind
