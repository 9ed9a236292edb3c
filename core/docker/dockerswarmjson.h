#pragma once

#include "core/engine/engineresults.h"
#include "core/engine/swarminfo.h"
#include "core/engine/swarmnode.h"
#include "core/engine/swarmsecret.h"
#include "core/engine/swarmservice.h"
#include "core/engine/swarmtask.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// The swarm payloads of the Docker Engine API (v1.41 on): /info's Swarm part, /swarm, /nodes,
// /services, /tasks, /secrets and /configs, and the bodies that change them.
namespace DockerSwarmJson {

// /info's "Swarm" object: where this engine stands.
SwarmInfo localStateFrom(const QJsonObject &swarm);
std::optional<SwarmInfo> parseLocalState(const QByteArray &infoJson);
// Adds /swarm's cluster (a manager's) to `info`.
bool addCluster(const QByteArray &swarmJson, SwarmInfo *info);

std::optional<QList<SwarmNode>> parseNodeList(const QByteArray &json);
std::optional<SwarmNode> parseNode(const QByteArray &json);
// The node's whole spec with `update` applied: the API replaces the spec, it does not merge.
QByteArray nodeUpdateBody(const SwarmNode &node, const SwarmNodeUpdate &update);

std::optional<QList<SwarmService>> parseServiceList(const QByteArray &json);
std::optional<SwarmService> parseService(const QByteArray &json);
QByteArray serviceCreateBody(const SwarmServiceSpec &spec);
// The service's spec (SwarmService::spec) with its replicas set, as a body; nullopt for a
// service whose mode has none (global).
std::optional<QByteArray> scaledSpec(QJsonObject spec, int replicas);
// The service's spec with another image for its tasks (a rolling update follows); nullopt for
// no spec.
std::optional<QByteArray> imageSpec(QJsonObject spec, const QString &image);

std::optional<QList<SwarmTask>> parseTaskList(const QByteArray &json);

std::optional<QList<SwarmSecret>> parseSecretList(const QByteArray &json, SwarmSecret::Kind kind);
QByteArray secretCreateBody(const QString &name, const QByteArray &data,
                            const QMap<QString, QString> &labels);

// A create's answer: {"ID": "...", "Warning": "..."} (services, secrets, configs).
std::optional<CreatedObject> parseCreated(const QByteArray &json);
// An update's answer: {"Warnings": [...]}, or nothing.
QStringList updateWarnings(const QByteArray &json);

} // namespace DockerSwarmJson
