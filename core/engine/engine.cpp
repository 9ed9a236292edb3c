#include "core/engine/engine.h"

#include "core/engine/stackremover.h"

EngineError Engine::unsupportedError(const QString &reason) const
{
    return EngineError::make(EngineError::Kind::Unsupported, reason, endpoint().toUrl());
}

QString Engine::noPods()
{
    return tr("this engine has no pods, kube or health-check runs (Podman has them)");
}

CallHandle Engine::unsupportedDone(const QString &reason, QObject *context,
                                   DoneCallback callback) const
{
    const EngineError e = unsupportedError(reason);
    QMetaObject::invokeMethod(
        context, [callback, e] { callback(e); }, Qt::QueuedConnection);
    return {};
}

CallHandle Engine::pruneBuildCache(QObject *context, Callback<PruneReport> callback)
{
    return unsupported(tr("this engine keeps no build cache of its own"), context,
                       std::move(callback));
}

// What engines without pods, kube or health-check runs answer.

CallHandle Engine::listPods(QObject *context, Callback<QList<PodInfo>> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::inspectPod(const QString &, QObject *context, Callback<PodInfo> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::createPod(const PodSpec &, QObject *context, Callback<CreatedObject> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::startPod(const QString &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::stopPod(const QString &, int, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::restartPod(const QString &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::pausePod(const QString &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::unpausePod(const QString &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::killPod(const QString &, const QString &, QObject *context,
                           DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::removePod(const QString &, bool, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noPods(), context, std::move(callback));
}

CallHandle Engine::prunePods(QObject *context, Callback<PruneReport> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::podStats(const QString &, QObject *context,
                            Callback<QList<PodStatsEntry>> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::generateKube(const QStringList &, QObject *context, Callback<QString> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::playKube(const QByteArray &, QObject *context, Callback<KubePlayReport> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

CallHandle Engine::runHealthcheck(const QString &, QObject *context, Callback<HealthState> callback)
{
    return unsupported(noPods(), context, std::move(callback));
}

// What engines without swarms answer.

QString Engine::noSwarm()
{
    return tr("this engine has no swarm (Docker Engine has one)");
}

LogStream *Engine::readServiceLogs(const QString &, const LogOptions &, QObject *parent)
{
    auto *stream = new LogStream(parent);
    const EngineError error = unsupportedError(noSwarm());
    QMetaObject::invokeMethod(
        stream, [stream, error] { Q_EMIT stream->ended(error); }, Qt::QueuedConnection);
    return stream;
}

CallHandle Engine::swarmInfo(QObject *context, Callback<SwarmInfo> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::swarmLocalState(QObject *context, Callback<SwarmInfo> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::swarmCluster(QObject *context, Callback<SwarmInfo> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::rotateJoinToken(const SwarmInfo &, bool, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::listSwarmNodes(QObject *context, Callback<QList<SwarmNode>> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::updateSwarmNode(const SwarmNode &, const SwarmNodeUpdate &, QObject *context,
                                   DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::removeSwarmNode(const QString &, bool, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::listServices(QObject *context, Callback<QList<SwarmService>> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::inspectService(const QString &, QObject *context,
                                  Callback<SwarmService> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::createService(const SwarmServiceSpec &, QObject *context,
                                 Callback<CreatedObject> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::scaleService(const SwarmService &, int, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::updateServiceImage(const SwarmService &, const QString &, QObject *context,
                                      DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::rollbackService(const SwarmService &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::removeService(const QString &, QObject *context, DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::listTasks(const QString &, QObject *context, Callback<QList<SwarmTask>> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::listSecrets(SwarmSecret::Kind, QObject *context,
                               Callback<QList<SwarmSecret>> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::createSecret(SwarmSecret::Kind, const QString &, const QByteArray &,
                                const QMap<QString, QString> &, QObject *context,
                                Callback<CreatedObject> callback)
{
    return unsupported(noSwarm(), context, std::move(callback));
}

CallHandle Engine::removeSecret(SwarmSecret::Kind, const QString &, QObject *context,
                                DoneCallback callback)
{
    return unsupportedDone(noSwarm(), context, std::move(callback));
}

CallHandle Engine::removeStack(const QString &stack, QObject *context,
                               Callback<StackRemoval> callback)
{
    return StackRemover::start(*this, stack, context, std::move(callback));
}
