#include "core/services/imageoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"

#include <QSet>

#include <optional>

#include <memory>

namespace ImageOperations {

namespace {

// Docker names images "sha256:<hex>"; Podman's own container list gives the bare hex.
QString bareId(const QString &id)
{
    static const QLatin1StringView prefix("sha256:");
    return id.startsWith(prefix) ? id.mid(prefix.size()) : id;
}

} // namespace

void describe(NodeService *node, const QString &idOrName, QObject *receiver,
              Done<ImageDescription> done)
{
    // Both asked at once; the answer goes out once both are in, with the first error if any.
    struct Pending
    {
        std::optional<EngineResult<ImageDetails>> details;
        std::optional<EngineResult<QList<ImageLayer>>> history;
    };
    auto pending = std::make_shared<Pending>();
    auto finish = [pending, done] {
        if (!pending->details || !pending->history)
            return;
        if (!pending->details->ok()) {
            done(EngineResult<ImageDescription>::failure(pending->details->error));
            return;
        }
        if (!pending->history->ok()) {
            done(EngineResult<ImageDescription>::failure(pending->history->error));
            return;
        }
        done(EngineResult<ImageDescription>::success(
            {pending->details->value, pending->history->value}));
    };
    EngineCall::run<ImageDetails>(
        node, receiver,
        [idOrName](Engine &engine, QObject *context, Engine::Callback<ImageDetails> reply) {
            return engine.inspectImage(idOrName, context, std::move(reply));
        },
        [pending, finish](const EngineResult<ImageDetails> &r) {
            pending->details = r;
            finish();
        });
    EngineCall::run<QList<ImageLayer>>(
        node, receiver,
        [idOrName](Engine &engine, QObject *context, Engine::Callback<QList<ImageLayer>> reply) {
            return engine.imageHistory(idOrName, context, std::move(reply));
        },
        [pending, finish](const EngineResult<QList<ImageLayer>> &r) {
            pending->history = r;
            finish();
        });
}

void tag(NodeService *node, const QString &source, const QString &target, QObject *receiver,
         DoneError done)
{
    EngineCall::runDone(
        node, receiver,
        [source, target](Engine &engine, QObject *context, Engine::DoneCallback reply) {
            return engine.tagImage(source, target, context, std::move(reply));
        },
        std::move(done));
}

void remove(NodeService *node, const QString &idOrName, bool force, QObject *receiver,
            Done<ImageRemoval> done)
{
    EngineCall::run<ImageRemoval>(
        node, receiver,
        [idOrName, force](Engine &engine, QObject *context, Engine::Callback<ImageRemoval> reply) {
            return engine.removeImage(idOrName, force, context, std::move(reply));
        },
        std::move(done));
}

QList<ContainerSummary> usersOf(const NodeService *node, const QString &imageId)
{
    QList<ContainerSummary> users;
    if (!node || imageId.isEmpty())
        return users;
    const QString id = bareId(imageId);
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers) {
        if (!c.imageId.isEmpty() && bareId(c.imageId) == id)
            users << c;
    }
    return users;
}

PrunePlan prunePlan(const NodeService *node, bool allUnused)
{
    PrunePlan plan;
    if (!node)
        return plan;
    QSet<QString> used;
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers)
        used.insert(bareId(c.imageId));
    const QList<ImageSummary> images = node->images();
    for (const ImageSummary &image : images) {
        if (used.contains(bareId(image.id)) || image.containers > 0)
            continue;
        if (!allUnused && !image.isDangling())
            continue;
        plan.images << image;
        plan.bytes += qMax<qint64>(0, image.size);
    }
    return plan;
}

void prune(NodeService *node, bool allUnused, QObject *receiver, Done<PruneReport> done)
{
    EngineCall::run<PruneReport>(
        node, receiver,
        [allUnused](Engine &engine, QObject *context, Engine::Callback<PruneReport> reply) {
            return engine.pruneImages(allUnused, context, std::move(reply));
        },
        std::move(done));
}

void checkLogin(NodeService *node, const RegistryAuth &auth, QObject *receiver, DoneError done)
{
    EngineCall::run<QString>(
        node, receiver,
        [auth](Engine &engine, QObject *context, Engine::Callback<QString> reply) {
            return engine.checkRegistryLogin(auth, context, std::move(reply));
        },
        [done = std::move(done)](const EngineResult<QString> &r) {
            done(r.ok() ? EngineError() : r.error);
        });
}

} // namespace ImageOperations
