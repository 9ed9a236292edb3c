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
