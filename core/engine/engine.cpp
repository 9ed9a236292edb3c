#include "core/engine/engine.h"

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
