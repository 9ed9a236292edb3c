#pragma once

#include "core/engine/engine.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class DockerEngine;

// A Docker swarm through the Engine API: where the engine stands (/info), the cluster, nodes,
// services, tasks, secrets and configs (a manager's /swarm, /nodes, ...). DockerEngine hands its
// swarm calls here; Podman, which has no swarm, never gets this far.
class DockerSwarmApi final
{
    Q_DECLARE_TR_FUNCTIONS(DockerSwarmApi)
    Q_DISABLE_COPY_MOVE(DockerSwarmApi)

public:
    template<typename T>
    using Callback = Engine::Callback<T>;
    using DoneCallback = Engine::DoneCallback;

    explicit DockerSwarmApi(DockerEngine &engine);

    CallHandle swarmInfo(QObject *context, Callback<SwarmInfo> callback);
    CallHandle swarmLocalState(QObject *context, Callback<SwarmInfo> callback);
    CallHandle swarmCluster(QObject *context, Callback<SwarmInfo> callback);
    CallHandle rotateJoinToken(const SwarmInfo &cluster, bool manager, QObject *context,
                               DoneCallback callback);
    CallHandle listNodes(QObject *context, Callback<QList<SwarmNode>> callback);
    CallHandle updateNode(const SwarmNode &node, const SwarmNodeUpdate &update, QObject *context,
                          DoneCallback callback);
    CallHandle removeNode(const QString &id, bool force, QObject *context, DoneCallback callback);
    CallHandle listServices(QObject *context, Callback<QList<SwarmService>> callback);
    CallHandle inspectService(const QString &id, QObject *context, Callback<SwarmService> callback);
    CallHandle createService(const SwarmServiceSpec &spec, QObject *context,
                             Callback<CreatedObject> callback);
    CallHandle scaleService(const SwarmService &service, int replicas, QObject *context,
                            DoneCallback callback);
    CallHandle updateServiceImage(const SwarmService &service, const QString &image,
                                  QObject *context, DoneCallback callback);
    CallHandle rollbackService(const SwarmService &service, QObject *context,
                               DoneCallback callback);
    CallHandle removeService(const QString &id, QObject *context, DoneCallback callback);
    CallHandle listTasks(const QString &serviceId, QObject *context,
                         Callback<QList<SwarmTask>> callback);
    CallHandle listSecrets(SwarmSecret::Kind kind, QObject *context,
                           Callback<QList<SwarmSecret>> callback);
    CallHandle createSecret(SwarmSecret::Kind kind, const QString &name, const QByteArray &data,
                            const QMap<QString, QString> &labels, QObject *context,
                            Callback<CreatedObject> callback);
    CallHandle removeSecret(SwarmSecret::Kind kind, const QString &id, QObject *context,
                            DoneCallback callback);

private:
    // A service's whole spec, changed (nullopt: the spec cannot be read).
    using SpecChange = std::function<std::optional<QByteArray>(const QJsonObject &spec)>;
    // POST /services/{id}/update: `change` made to the service's spec at its version.
    CallHandle changeService(const SwarmService &service, SpecChange change, bool rollback,
                             QObject *context, DoneCallback callback);
    CallHandle post(const QByteArray &path, const QByteArray &body, QObject *context,
                    DoneCallback callback);
    CallHandle refuse(const QString &reason, QObject *context, DoneCallback callback) const;
    static QByteArray secretsPath(SwarmSecret::Kind kind);

    DockerEngine &m_engine;
};
