#pragma once

#include "core/engine/engine.h"
#include "core/engine/engineevent.h"
#include "core/transport/httprequest.h"

#include <QCoreApplication>

class DockerEngine;

// Podman's own API (/libpod/...) beside the Docker-compatible one that DockerEngine speaks:
// pods, kube YAML, health-check runs, its richer container list and create, its registry
// search, and its event words. A DockerEngine makes one when /_ping names a libpod API
// version, and hands these calls to it.
class PodmanApi final
{
    Q_DECLARE_TR_FUNCTIONS(PodmanApi)
    Q_DISABLE_COPY_MOVE(PodmanApi)

public:
    template<typename T>
    using Callback = Engine::Callback<T>;
    using DoneCallback = Engine::DoneCallback;

    // `version`: the Libpod-Api-Version /_ping answered.
    PodmanApi(DockerEngine &engine, const QString &version);

    QString version() const { return m_version; }
    // From Podman 5 on, an image prune reports each image's whole size, the layers other images
    // keep included, and the disk usage gives the layers' true total.
    bool pruneReportsWholeImages() const;
    // The capabilities only Podman's own API gives.
    static void addCapabilities(EngineCapabilities *capabilities);
    // podman --remote --url URL [--identity KEY]: Podman's own client for this endpoint; empty
    // where it cannot reach it (it has no TLS).
    static QStringList clientCommand(const Endpoint &endpoint);
    // Reads Podman's event words (its compatible stream uses some of its own).
    static void classifyEvent(EngineEvent &event);

    CallHandle listPods(QObject *context, Callback<QList<PodInfo>> callback);
    CallHandle inspectPod(const QString &name, QObject *context, Callback<PodInfo> callback);
    CallHandle createPod(const PodSpec &spec, QObject *context, Callback<CreatedObject> callback);
    CallHandle startPod(const QString &name, QObject *context, DoneCallback callback);
    CallHandle stopPod(const QString &name, int timeoutSecs, QObject *context,
                       DoneCallback callback);
    CallHandle restartPod(const QString &name, QObject *context, DoneCallback callback);
    CallHandle pausePod(const QString &name, QObject *context, DoneCallback callback);
    CallHandle unpausePod(const QString &name, QObject *context, DoneCallback callback);
    CallHandle killPod(const QString &name, const QString &signal, QObject *context,
                       DoneCallback callback);
    CallHandle removePod(const QString &name, bool force, QObject *context, DoneCallback callback);
    CallHandle prunePods(QObject *context, Callback<PruneReport> callback);
    CallHandle podStats(const QString &name, QObject *context,
                        Callback<QList<PodStatsEntry>> callback);
    CallHandle generateKube(const QStringList &names, QObject *context, Callback<QString> callback);
    CallHandle playKube(const QByteArray &yaml, QObject *context,
                        Callback<KubePlayReport> callback);
    CallHandle runHealthcheck(const QString &container, QObject *context,
                              Callback<HealthState> callback);

    // Its own container list: it has the health the compatible one leaves out, and costs
    // Podman less. `filterQuery` is "&filters=..." or empty.
    CallHandle listContainers(const QByteArray &filterQuery, QObject *context,
                              Engine::ContainersCallback callback);
    // Only its own create can put a container into a pod or give it a run time limit.
    static bool needsOwnCreate(const ContainerSpec &spec);
    CallHandle createContainer(const ContainerSpec &spec, QObject *context,
                               Callback<CreatedObject> callback);
    // Its own search reads registries.conf (insecure registries, search order).
    QByteArray searchTarget() const;
    // The registries it searches for a short name, in order (from its own /info).
    CallHandle searchRegistries(QObject *context, Callback<QStringList> callback);
    // Every image no container uses (its compatible prune cannot be asked for that).
    CallHandle pruneAllImages(QObject *context, Callback<PruneReport> callback);
    // Podman resolves short names through its own search list, which a service cannot ask the
    // user about; Docker means docker.io. Podman is sent what Docker would mean.
    static QString pullReference(const QString &reference);
    // Its compatible login check ignores registries.conf and asks by HTTPS, verified, except
    // for a "localhost" address: a registry on a loopback address (127.0.0.1:5000, as local
    // plain-HTTP registries are) is asked under that name.
    static RegistryAuth loginCheckAuth(const RegistryAuth &auth);

private:
    // A pod action: success, or the errors Podman lists in its 200 answer.
    CallHandle podAction(const QByteArray &path, QObject *context, DoneCallback callback,
                         int timeoutMs = 60000);
    QByteArray libpod(const QByteArray &path) const;

    DockerEngine &m_engine;
    QString m_version;
};
