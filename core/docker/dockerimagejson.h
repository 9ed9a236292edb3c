#pragma once

#include "core/engine/engineresults.h"
#include "core/engine/imageinfo.h"
#include "core/engine/progressstream.h"

#include <QByteArray>
#include <optional>

// The image payloads of the Docker-compatible API, and the progress messages of pull, push and
// build.
namespace DockerImageJson {

std::optional<QList<ImageSummary>> parseList(const QByteArray &json);
std::optional<ImageDetails> parseInspect(const QByteArray &json);
std::optional<QList<ImageLayer>> parseHistory(const QByteArray &json);
// GET /images/search: Docker's snake_case fields, or Podman's (Name, Stars, Official "[OK]").
std::optional<QList<ImageSearchResult>> parseSearch(const QByteArray &json);
// DELETE /images/{name}: [{"Untagged": ...}, {"Deleted": ...}]
std::optional<ImageRemoval> parseRemoval(const QByteArray &json);
// POST /auth: the credentials, and the answer's Status.
QByteArray authBody(const RegistryAuth &auth);
std::optional<QString> parseAuthStatus(const QByteArray &json);
// POST /images/prune: the deleted images' ids and the space reclaimed.
std::optional<PruneReport> parsePrune(const QByteArray &json);

// One message of a pull, push or build stream. An error the engine reports inside the stream
// goes to `error` (and nullopt is returned).
std::optional<ProgressEvent> parseProgress(const QByteArray &json, QString *error);

// X-Registry-Auth: base64url of the credentials' JSON ("{}" when anonymous).
QByteArray registryAuthHeader(const RegistryAuth &auth);

} // namespace DockerImageJson
