#pragma once

#include "core/engine/engineerror.h"

#include <QString>

// What an engine's refusal means, read from its HTTP status and its own words: the cases the UI
// acts on get a kind of their own (an image the engine or registry does not have, a short image
// name it cannot resolve, a name already taken, an image containers use, a registry that wants
// a login), every other refusal stays Kind::Http. Docker and
// Podman both answer the Docker-compatible API, in their own words:
//   Docker 20.10: 404 "No such image: x", 409 "Conflict. The container name "/x" is already in
//                 use by container ...";
//   Podman 4.3:   404 "x: image not known", "short-name resolution enforced but cannot prompt
//                 without a TTY", "... that name is already in use" (409 or 500).
namespace DockerErrorKind {

// The kind for an answer with `httpStatus` and the engine's `message`.
EngineError::Kind classify(int httpStatus, const QString &message);

// The error for such an answer: classified, with the status and the engine's words kept.
EngineError httpError(int httpStatus, const QString &message, const QString &where);

// `error` classified when it is a plain Kind::Http refusal; any other error as it is.
EngineError classified(const EngineError &error);

} // namespace DockerErrorKind
