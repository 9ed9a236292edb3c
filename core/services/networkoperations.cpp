#include "core/services/networkoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/networkvalidation.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>

#include <algorithm>

#include <memory>
#include <optional>

namespace NetworkOperations {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkOperations", text);
}

QStringList namesOf(const QList<ContainerSummary> &containers)
{
    QStringList names;
    for (const ContainerSummary &c : containers)
        names << c.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

// The snapshot's network with this id or name.
std::optional<NetworkInfo> find(const NodeService *node, const QString &idOrName)
{
    const QList<NetworkInfo> networks = node->networks();
    for (const NetworkInfo &n : networks) {
        if (n.name == idOrName || n.id == idOrName)
            return n;
    }
    for (const NetworkInfo &n : networks) {
        if (idOrName.size() >= 4 && n.id.startsWith(idOrName))
            return n;
    }
    return std::nullopt;
}

// The snapshot's id of the container with this id or name; the text itself when none.
QString containerId(const NodeService *node, const QString &idOrName)
{
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers) {
        if (c.id == idOrName || c.name == idOrName)
            return c.id;
    }
    for (const ContainerSummary &c : containers) {
        if (idOrName.size() >= 4 && c.id.startsWith(idOrName))
            return c.id;
    }
    return idOrName;
}

// Passes the answer on, after asking the node to list its networks (and the container) again
// where it changed something: not every change comes with an event.
template<typename Answer>
std::function<void(const Answer &)> relisting(NodeService *node, const QStringList &containers,
                                              std::function<void(const Answer &)> done)
{
    return [guard = QPointer<NodeService>(node), containers, done](const Answer &answer) {
        if (guard)
            guard->relistNetworks(containers);
        done(answer);
    };
}

} // namespace

bool isPredefined(const QString &name)
{
    static const QStringList names = {QStringLiteral("bridge"), QStringLiteral("host"),
                                      QStringLiteral("none"), QStringLiteral("podman")};
    return names.contains(name);
}

QList<ContainerSummary> containersOn(const NodeService *node, const QString &name)
{
    QList<ContainerSummary> out;
    if (!node || name.isEmpty())
        return out;
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers) {
        if (c.networks.contains(name))
            out << c;
    }
    return out;
}

void create(NodeService *node, const NetworkSpec &spec, QObject *receiver, Done<CreatedObject> done)
{
    if (const QString problem = NetworkValidation::specProblem(spec, node->networks());
        !problem.isEmpty()) {
        const EngineError e = EngineError::make(EngineError::Kind::BadInput, problem);
        QMetaObject::invokeMethod(
            receiver, [done, e] { done(EngineResult<CreatedObject>::failure(e)); },
            Qt::QueuedConnection);
        return;
    }
    EngineCall::run<CreatedObject>(
        node, receiver,
        [spec](Engine &engine, QObject *context, Engine::Callback<CreatedObject> reply) {
            return engine.createNetwork(spec, context, std::move(reply));
        },
        relisting<EngineResult<CreatedObject>>(node, {}, std::move(done)));
}

void inspect(NodeService *node, const QString &idOrName, QObject *receiver,
             Done<NetworkDescription> done)
{
    const QPointer<NodeService> guard(node);
    EngineCall::run<NetworkInfo>(
        node, receiver,
        [idOrName](Engine &engine, QObject *context, Engine::Callback<NetworkInfo> reply) {
            return engine.inspectNetwork(idOrName, context, std::move(reply));
        },
        [guard, done = std::move(done)](const EngineResult<NetworkInfo> &r) {
            if (!r.ok()) {
                done(EngineResult<NetworkDescription>::failure(r.error));
                return;
            }
            NetworkDescription d{r.value, {}};
            // The snapshot knows stopped containers too; the engine only running ones, which
            // the snapshot may not have yet.
            if (guard)
                d.containers = containersOn(guard, r.value.name);
            for (auto it = r.value.containers.cbegin(); it != r.value.containers.cend(); ++it) {
                const bool known = std::any_of(d.containers.cbegin(), d.containers.cend(),
                                               [&it](const ContainerSummary &c) {
                                                   return c.id == it.key() || c.name == it.value();
                                               });
                if (!known) {
                    ContainerSummary c;
                    c.id = it.key();
                    c.name = it.value();
                    c.state = ContainerSummary::State::Running;
                    d.containers << c;
                }
            }
            done(EngineResult<NetworkDescription>::success(d));
        });
}

void remove(NodeService *node, const QString &idOrName, QObject *receiver, Done<Removal> done)
{
    const std::optional<NetworkInfo> known = find(node, idOrName);
    const QString name = known ? known->name : idOrName;
    const QStringList users = namesOf(containersOn(node, name));
    if (!users.isEmpty()) {
        EngineResult<Removal> refused{
            Removal{users},
            EngineError::make(
                EngineError::Kind::InUse,
                tr("containers are attached to it: %1").arg(users.join(QStringLiteral(", "))),
                node->endpoint().toUrl())};
        QMetaObject::invokeMethod(
            receiver, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    const QPointer<NodeService> guard(node);
    const QPointer<QObject> receiverGuard(receiver);
    EngineCall::runDone(
        node, receiver,
        [idOrName](Engine &engine, QObject *context, Engine::DoneCallback reply) {
            return engine.removeNetwork(idOrName, context, std::move(reply));
        },
        [guard, receiverGuard, idOrName, done](const EngineError &error) {
            if (!error.isError()) {
                if (guard)
                    guard->relistNetworks();
                done(EngineResult<Removal>::success({}));
                return;
            }
            if (error.kind != EngineError::Kind::InUse || !guard || !receiverGuard) {
                done(EngineResult<Removal>::failure(error));
                return;
            }
            // Attached meanwhile: the engine knows by whom.
            inspect(guard, idOrName, receiverGuard,
                    [error, done](const EngineResult<NetworkDescription> &d) {
                        done(EngineResult<Removal>{Removal{namesOf(d.value.containers)}, error});
                    });
        });
}

QList<NetworkInfo> prunePlan(const NodeService *node)
{
    QList<NetworkInfo> plan;
    if (!node)
        return plan;
    QSet<QString> used;
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers) {
        for (const QString &n : c.networks)
            used.insert(n);
    }
    const QList<NetworkInfo> networks = node->networks();
    for (const NetworkInfo &n : networks) {
        if (!isPredefined(n.name) && !used.contains(n.name))
            plan << n;
    }
    return plan;
}

void prune(NodeService *node, const QStringList &labels, QObject *receiver, Done<PruneReport> done)
{
    EngineCall::run<PruneReport>(
        node, receiver,
        [labels](Engine &engine, QObject *context, Engine::Callback<PruneReport> reply) {
            return engine.pruneNetworks(labels, context, std::move(reply));
        },
        relisting<EngineResult<PruneReport>>(node, {}, std::move(done)));
}

void connect(NodeService *node, const QString &network, const QString &container,
             const QStringList &aliases, QObject *receiver, DoneError done)
{
    EngineCall::runDone(
        node, receiver,
        [network, container, aliases](Engine &engine, QObject *context,
                                      Engine::DoneCallback reply) {
            return engine.connectNetwork(network, container, aliases, context, std::move(reply));
        },
        relisting<EngineError>(node, {containerId(node, container)}, std::move(done)));
}

void disconnect(NodeService *node, const QString &network, const QString &container, bool force,
                QObject *receiver, DoneError done)
{
    EngineCall::runDone(
        node, receiver,
        [network, container, force](Engine &engine, QObject *context, Engine::DoneCallback reply) {
            return engine.disconnectNetwork(network, container, force, context, std::move(reply));
        },
        relisting<EngineError>(node, {containerId(node, container)}, std::move(done)));
}

} // namespace NetworkOperations
