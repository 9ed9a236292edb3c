#include "core/services/volumeoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"

#include <memory>

namespace VolumeOperations {

namespace {

using RemovalReply = Engine::Callback<Removal>;

// Removes the volume; a refusal because containers use it is answered with those containers.
CallHandle removeVolume(Engine &engine, const QString &name, QObject *context, const Removal &sofar,
                        RemovalReply reply)
{
    return engine.removeVolume(
        name, false, context, [&engine, name, context, sofar, reply](const EngineError &error) {
            if (!error.isError()) {
                reply(EngineResult<Removal>::success(sofar));
                return;
            }
            if (error.kind != EngineError::Kind::InUse) {
                reply(EngineResult<Removal>{sofar, error});
                return;
            }
            engine.listContainersWhere(
                QStringLiteral("volume"), name, context,
                [sofar, reply, error](const EngineResult<QList<ContainerSummary>> &users) {
                    Removal removal = sofar;
                    if (users.ok())
                        removal.users = users.value;
                    reply(EngineResult<Removal>{removal, error});
                });
        });
}

// Removes `users` one after the other (by force, keeping their other volumes), then the volume.
void removeUsersThenVolume(Engine &engine, const QString &name, QObject *context,
                           QList<ContainerSummary> users, Removal sofar, RemovalReply reply)
{
    if (users.isEmpty()) {
        removeVolume(engine, name, context, sofar, std::move(reply));
        return;
    }
    const ContainerSummary next = users.takeFirst();
    engine.removeContainer(
        next.id, true, false, context,
        [&engine, name, context, users, sofar, reply, next](const EngineError &error) mutable {
            if (error.isError()) {
                reply(EngineResult<Removal>{sofar, error});
                return;
            }
            sofar.removedContainers << next;
            removeUsersThenVolume(engine, name, context, users, sofar, reply);
        });
}

} // namespace

void create(NodeService *node, const VolumeSpec &spec, QObject *receiver, Done<VolumeInfo> done)
{
    EngineCall::run<VolumeInfo>(
        node, receiver,
        [spec](Engine &engine, QObject *context, Engine::Callback<VolumeInfo> reply) {
            return engine.createVolume(spec, context, std::move(reply));
        },
        std::move(done));
}

void inspect(NodeService *node, const QString &name, QObject *receiver, Done<VolumeInfo> done)
{
    EngineCall::run<VolumeInfo>(
        node, receiver,
        [name](Engine &engine, QObject *context, Engine::Callback<VolumeInfo> reply) {
            return engine.inspectVolume(name, context, std::move(reply));
        },
        std::move(done));
}

void remove(NodeService *node, const QString &name, bool force, QObject *receiver,
            Done<Removal> done)
{
    EngineCall::run<Removal>(
        node, receiver,
        [name, force](Engine &engine, QObject *context, RemovalReply reply) {
            if (!force)
                return removeVolume(engine, name, context, {}, std::move(reply));
            return engine.listContainersWhere(
                QStringLiteral("volume"), name, context,
                [&engine, name, context,
                 reply](const EngineResult<QList<ContainerSummary>> &users) {
                    if (!users.ok()) {
                        reply(EngineResult<Removal>::failure(users.error));
                        return;
                    }
                    removeUsersThenVolume(engine, name, context, users.value, {}, reply);
                });
        },
        std::move(done));
}

bool canForceRemove(const NodeService *node)
{
    // Force removes the users first, with calls every engine with volumes has.
    return node && node->engineInfo().capabilities.volumes;
}

void prune(NodeService *node, const QStringList &labels, QObject *receiver, Done<PruneReport> done)
{
    EngineCall::run<PruneReport>(
        node, receiver,
        [labels](Engine &engine, QObject *context, Engine::Callback<PruneReport> reply) {
            return engine.pruneVolumes(labels, context, std::move(reply));
        },
        std::move(done));
}

void usersOf(NodeService *node, const QString &name, QObject *receiver,
             Done<QList<ContainerSummary>> done)
{
    EngineCall::run<QList<ContainerSummary>>(
        node, receiver,
        [name](Engine &engine, QObject *context, Engine::Callback<QList<ContainerSummary>> reply) {
            return engine.listContainersWhere(QStringLiteral("volume"), name, context,
                                              std::move(reply));
        },
        std::move(done));
}

void usage(NodeService *node, QObject *receiver, Done<QHash<QString, VolumeUsage>> done)
{
    EngineCall::run<QHash<QString, VolumeUsage>>(
        node, receiver,
        [](Engine &engine, QObject *context, Engine::Callback<QHash<QString, VolumeUsage>> reply) {
            return engine.diskUsage(context, [reply](const EngineResult<DiskUsage> &r) {
                if (r.ok())
                    reply(EngineResult<QHash<QString, VolumeUsage>>::success(r.value.volumeUsage));
                else
                    reply(EngineResult<QHash<QString, VolumeUsage>>::failure(r.error));
            });
        },
        std::move(done));
}

} // namespace VolumeOperations
