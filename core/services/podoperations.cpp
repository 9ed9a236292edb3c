#include "core/services/podoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/nodemanager.h"

namespace PodOperations {

QStringList shareableNamespaces()
{
    return {QStringLiteral("cgroup"), QStringLiteral("ipc"), QStringLiteral("net"),
            QStringLiteral("pid"), QStringLiteral("uts")};
}

bool hasPods(const NodeService *node)
{
    return node && node->engineInfo().capabilities.pods;
}

bool hasKube(const NodeService *node)
{
    return node && node->engineInfo().capabilities.kube;
}

QList<NodeService *> podNodes(const NodeManager *manager)
{
    QList<NodeService *> out;
    if (!manager)
        return out;
    for (NodeService *node : manager->nodes()) {
        if (hasPods(node))
            out << node;
    }
    return out;
}

void create(NodeService *node, const PodSpec &spec, QObject *receiver, Done<CreatedObject> done)
{
    EngineCall::run<CreatedObject>(
        node, receiver,
        [spec](Engine &engine, QObject *context, Engine::Callback<CreatedObject> reply) {
            return engine.createPod(spec, context, std::move(reply));
        },
        std::move(done));
}

void act(NodeService *node, const QString &pod, Action action, QObject *receiver, DoneError done)
{
    EngineCall::runDone(
        node, receiver,
        [pod, action](Engine &engine, QObject *context, Engine::DoneCallback reply) {
            switch (action) {
            case Action::Start:
                return engine.startPod(pod, context, std::move(reply));
            case Action::Stop:
                return engine.stopPod(pod, -1, context, std::move(reply));
            case Action::Restart:
                return engine.restartPod(pod, context, std::move(reply));
            case Action::Pause:
                return engine.pausePod(pod, context, std::move(reply));
            case Action::Unpause:
                return engine.unpausePod(pod, context, std::move(reply));
            case Action::Kill:
                break;
            }
            return engine.killPod(pod, QString(), context, std::move(reply));
        },
        std::move(done));
}

void remove(NodeService *node, const QString &pod, bool force, QObject *receiver, DoneError done)
{
    EngineCall::runDone(
        node, receiver,
        [pod, force](Engine &engine, QObject *context, Engine::DoneCallback reply) {
            return engine.removePod(pod, force, context, std::move(reply));
        },
        std::move(done));
}

void inspect(NodeService *node, const QString &pod, QObject *receiver, Done<PodInfo> done)
{
    EngineCall::run<PodInfo>(
        node, receiver,
        [pod](Engine &engine, QObject *context, Engine::Callback<PodInfo> reply) {
            return engine.inspectPod(pod, context, std::move(reply));
        },
        std::move(done));
}

void stats(NodeService *node, const QString &pod, QObject *receiver,
           Done<QList<PodStatsEntry>> done)
{
    EngineCall::run<QList<PodStatsEntry>>(
        node, receiver,
        [pod](Engine &engine, QObject *context, Engine::Callback<QList<PodStatsEntry>> reply) {
            return engine.podStats(pod, context, std::move(reply));
        },
        std::move(done));
}

void generateKube(NodeService *node, const QStringList &names, QObject *receiver,
                  Done<QString> done)
{
    EngineCall::run<QString>(
        node, receiver,
        [names](Engine &engine, QObject *context, Engine::Callback<QString> reply) {
            return engine.generateKube(names, context, std::move(reply));
        },
        std::move(done));
}

void playKube(NodeService *node, const QByteArray &yaml, QObject *receiver,
              Done<KubePlayReport> done)
{
    EngineCall::run<KubePlayReport>(
        node, receiver,
        [yaml](Engine &engine, QObject *context, Engine::Callback<KubePlayReport> reply) {
            return engine.playKube(yaml, context, std::move(reply));
        },
        std::move(done));
}

} // namespace PodOperations
