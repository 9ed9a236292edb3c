#include "core/docker/dockerswarmjson.h"

#include "core/docker/dockercontainerjson.h"
#include "core/docker/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DockerSwarmJson {

namespace {

using DockerContainerJson::parseTime;
using JsonRead::document;
using JsonRead::str;
using JsonRead::stringMap;

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

qint64 int64(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

qint64 versionOf(const QJsonObject &o)
{
    return int64(obj(o, "Version"), "Index");
}

std::optional<QJsonArray> arrayOf(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isArray())
        return std::nullopt;
    return doc->array();
}

std::optional<QJsonObject> objectOf(const QByteArray &json)
{
    const auto doc = document(json);
    if (!doc || !doc->isObject())
        return std::nullopt;
    return doc->object();
}

SwarmInfo::LocalState localStateOf(const QString &s)
{
    if (s == QLatin1String("pending"))
        return SwarmInfo::LocalState::Pending;
    if (s == QLatin1String("active"))
        return SwarmInfo::LocalState::Active;
    if (s == QLatin1String("error"))
        return SwarmInfo::LocalState::Error;
    if (s == QLatin1String("locked"))
        return SwarmInfo::LocalState::Locked;
    return SwarmInfo::LocalState::Inactive;
}

SwarmNode nodeFrom(const QJsonObject &o)
{
    SwarmNode n;
    n.id = str(o, "ID");
    n.version = versionOf(o);
    n.created = parseTime(str(o, "CreatedAt"));
    n.updated = parseTime(str(o, "UpdatedAt"));
    const QJsonObject spec = obj(o, "Spec");
    n.role = str(spec, "Role") == QLatin1String("manager") ? SwarmNode::Role::Manager
                                                           : SwarmNode::Role::Worker;
    const QString availability = str(spec, "Availability");
    n.availability = availability == QLatin1String("drain")   ? SwarmNode::Availability::Drain
                     : availability == QLatin1String("pause") ? SwarmNode::Availability::Pause
                                                              : SwarmNode::Availability::Active;
    n.labels = stringMap(spec.value(QLatin1String("Labels")));
    const QJsonObject description = obj(o, "Description");
    n.hostname = str(description, "Hostname");
    n.os = str(obj(description, "Platform"), "OS");
    n.architecture = str(obj(description, "Platform"), "Architecture");
    n.nanoCpus = int64(obj(description, "Resources"), "NanoCPUs");
    n.memoryBytes = int64(obj(description, "Resources"), "MemoryBytes");
    n.engineVersion = str(obj(description, "Engine"), "EngineVersion");
    n.engineLabels = stringMap(obj(description, "Engine").value(QLatin1String("Labels")));
    const QJsonObject status = obj(o, "Status");
    const QString state = str(status, "State");
    n.state = state == QLatin1String("ready")          ? SwarmNode::State::Ready
              : state == QLatin1String("down")         ? SwarmNode::State::Down
              : state == QLatin1String("disconnected") ? SwarmNode::State::Disconnected
                                                       : SwarmNode::State::Unknown;
    n.message = str(status, "Message");
    n.address = str(status, "Addr");
    const QJsonObject manager = obj(o, "ManagerStatus");
    n.leader = manager.value(QLatin1String("Leader")).toBool();
    const QString reach = str(manager, "Reachability");
    n.reachability = reach == QLatin1String("reachable")     ? SwarmNode::Reachability::Reachable
                     : reach == QLatin1String("unreachable") ? SwarmNode::Reachability::Unreachable
                                                             : SwarmNode::Reachability::Unknown;
    n.managerAddress = str(manager, "Addr");
    return n;
}

QList<SwarmPort> portsFrom(const QJsonArray &ports)
{
    QList<SwarmPort> out;
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        SwarmPort port;
        port.target = p.value(QLatin1String("TargetPort")).toInt();
        port.published = p.value(QLatin1String("PublishedPort")).toInt();
        if (!str(p, "Protocol").isEmpty())
            port.protocol = str(p, "Protocol");
        port.hostMode = str(p, "PublishMode") == QLatin1String("host");
        out.append(port);
    }
    return out;
}

SwarmService::UpdateState updateStateOf(const QString &s)
{
    using S = SwarmService::UpdateState;
    if (s == QLatin1String("updating"))
        return S::Updating;
    if (s == QLatin1String("paused"))
        return S::Paused;
    if (s == QLatin1String("completed"))
        return S::Completed;
    if (s == QLatin1String("rollback_started"))
        return S::RollbackStarted;
    if (s == QLatin1String("rollback_paused"))
        return S::RollbackPaused;
    if (s == QLatin1String("rollback_completed"))
        return S::RollbackCompleted;
    return S::None;
}

SwarmService serviceFrom(const QJsonObject &o)
{
    SwarmService s;
    s.id = str(o, "ID");
    s.version = versionOf(o);
    s.created = parseTime(str(o, "CreatedAt"));
    s.updated = parseTime(str(o, "UpdatedAt"));
    const QJsonObject spec = obj(o, "Spec");
    s.spec = spec;
    s.name = str(spec, "Name");
    s.labels = stringMap(spec.value(QLatin1String("Labels")));
    const QJsonObject task = obj(spec, "TaskTemplate");
    s.image = str(obj(task, "ContainerSpec"), "Image");
    s.constraints = JsonRead::strings(obj(task, "Placement").value(QLatin1String("Constraints")));
    for (const QJsonValue &n : task.value(QLatin1String("Networks")).toArray())
        s.networks.append(str(n.toObject(), "Target"));
    const QJsonObject mode = obj(spec, "Mode");
    if (mode.contains(QLatin1String("Global"))) {
        s.mode = SwarmService::Mode::Global;
    } else if (mode.contains(QLatin1String("GlobalJob"))) {
        s.mode = SwarmService::Mode::GlobalJob;
    } else if (mode.contains(QLatin1String("ReplicatedJob"))) {
        s.mode = SwarmService::Mode::ReplicatedJob;
        s.replicas = int(int64(obj(mode, "ReplicatedJob"), "TotalCompletions"));
    } else {
        s.mode = SwarmService::Mode::Replicated;
        s.replicas = int(int64(obj(mode, "Replicated"), "Replicas"));
    }
    const QJsonObject endpoint = obj(o, "Endpoint");
    s.ports = portsFrom(endpoint.value(QLatin1String("Ports")).toArray());
    if (s.ports.isEmpty())
        s.ports = portsFrom(obj(spec, "EndpointSpec").value(QLatin1String("Ports")).toArray());
    const QJsonObject update = obj(o, "UpdateStatus");
    s.updateState = updateStateOf(str(update, "State"));
    s.updateMessage = str(update, "Message");
    s.updateStarted = parseTime(str(update, "StartedAt"));
    s.updateCompleted = parseTime(str(update, "CompletedAt"));
    s.canRollBack = o.contains(QLatin1String("PreviousSpec"));
    if (o.contains(QLatin1String("ServiceStatus"))) {
        const QJsonObject status = obj(o, "ServiceStatus");
        s.runningTasks = int(int64(status, "RunningTasks"));
        s.desiredTasks = int(int64(status, "DesiredTasks"));
    }
    return s;
}

SwarmTask taskFrom(const QJsonObject &o)
{
    SwarmTask t;
    t.id = str(o, "ID");
    t.version = versionOf(o);
    t.created = parseTime(str(o, "CreatedAt"));
    t.updated = parseTime(str(o, "UpdatedAt"));
    t.serviceId = str(o, "ServiceID");
    t.slot = o.value(QLatin1String("Slot")).toInt();
    t.nodeId = str(o, "NodeID");
    t.desiredState = str(o, "DesiredState");
    t.image = str(obj(obj(o, "Spec"), "ContainerSpec"), "Image");
    const QJsonObject status = obj(o, "Status");
    t.state = str(status, "State");
    t.message = str(status, "Message");
    t.error = str(status, "Err");
    t.timestamp = parseTime(str(status, "Timestamp"));
    const QJsonObject container = obj(status, "ContainerStatus");
    t.containerId = str(container, "ContainerID");
    t.exitCode = container.value(QLatin1String("ExitCode")).toInt();
    return t;
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString restartConditionWord(SwarmServiceSpec::RestartCondition c)
{
    switch (c) {
    case SwarmServiceSpec::RestartCondition::None:
        return QStringLiteral("none");
    case SwarmServiceSpec::RestartCondition::OnFailure:
        return QStringLiteral("on-failure");
    case SwarmServiceSpec::RestartCondition::Any:
        break;
    }
    return QStringLiteral("any");
}

QString failureActionWord(SwarmServiceSpec::FailureAction a)
{
    switch (a) {
    case SwarmServiceSpec::FailureAction::Continue:
        return QStringLiteral("continue");
    case SwarmServiceSpec::FailureAction::Rollback:
        return QStringLiteral("rollback");
    case SwarmServiceSpec::FailureAction::Pause:
        break;
    }
    return QStringLiteral("pause");
}

QJsonObject resourcesObject(qint64 nanoCpus, qint64 memory)
{
    QJsonObject o;
    if (nanoCpus > 0)
        o.insert(QLatin1String("NanoCPUs"), double(nanoCpus));
    if (memory > 0)
        o.insert(QLatin1String("MemoryBytes"), double(memory));
    return o;
}

} // namespace

SwarmInfo localStateFrom(const QJsonObject &swarm)
{
    SwarmInfo info;
    info.localState = localStateOf(str(swarm, "LocalNodeState"));
    info.nodeId = str(swarm, "NodeID");
    info.nodeAddress = str(swarm, "NodeAddr");
    info.manager = swarm.value(QLatin1String("ControlAvailable")).toBool();
    info.error = str(swarm, "Error");
    for (const QJsonValue &v : swarm.value(QLatin1String("RemoteManagers")).toArray()) {
        const QJsonObject m = v.toObject();
        info.remoteManagers.append({str(m, "NodeID"), str(m, "Addr")});
    }
    if (swarm.contains(QLatin1String("Nodes")))
        info.nodes = swarm.value(QLatin1String("Nodes")).toInt();
    if (swarm.contains(QLatin1String("Managers")))
        info.managers = swarm.value(QLatin1String("Managers")).toInt();
    return info;
}

std::optional<SwarmInfo> parseLocalState(const QByteArray &infoJson)
{
    const auto o = objectOf(infoJson);
    if (!o)
        return std::nullopt;
    return localStateFrom(obj(*o, "Swarm"));
}

bool addCluster(const QByteArray &swarmJson, SwarmInfo *info)
{
    const auto o = objectOf(swarmJson);
    if (!o || str(*o, "ID").isEmpty())
        return false;
    info->clusterId = str(*o, "ID");
    info->version = versionOf(*o);
    info->created = parseTime(str(*o, "CreatedAt"));
    info->updated = parseTime(str(*o, "UpdatedAt"));
    const QJsonObject spec = obj(*o, "Spec");
    info->specJson = QJsonDocument(spec).toJson(QJsonDocument::Compact);
    info->clusterName = str(spec, "Name");
    info->dispatcherHeartbeatNs = int64(obj(spec, "Dispatcher"), "HeartbeatPeriod");
    const QJsonObject raft = obj(spec, "Raft");
    info->raftElectionTick = int(int64(raft, "ElectionTick"));
    info->raftHeartbeatTick = int(int64(raft, "HeartbeatTick"));
    info->raftSnapshotInterval = int64(raft, "SnapshotInterval");
    info->taskHistoryLimit = int(int64(obj(spec, "Orchestration"), "TaskHistoryRetentionLimit"));
    info->nodeCertExpiryNs = int64(obj(spec, "CAConfig"), "NodeCertExpiry");
    info->autoLockManagers =
        obj(spec, "EncryptionConfig").value(QLatin1String("AutoLockManagers")).toBool();
    info->rootRotationInProgress = o->value(QLatin1String("RootRotationInProgress")).toBool();
    info->defaultAddressPool = JsonRead::strings(o->value(QLatin1String("DefaultAddrPool")));
    info->subnetSize = int(int64(*o, "SubnetSize"));
    info->dataPathPort = int(int64(*o, "DataPathPort"));
    info->workerJoinToken = str(obj(*o, "JoinTokens"), "Worker");
    info->managerJoinToken = str(obj(*o, "JoinTokens"), "Manager");
    return true;
}

std::optional<QList<SwarmNode>> parseNodeList(const QByteArray &json)
{
    const auto array = arrayOf(json);
    if (!array)
        return std::nullopt;
    QList<SwarmNode> out;
    out.reserve(array->size());
    for (const QJsonValue &v : *array)
        out.append(nodeFrom(v.toObject()));
    return out;
}

std::optional<SwarmNode> parseNode(const QByteArray &json)
{
    const auto o = objectOf(json);
    if (!o || str(*o, "ID").isEmpty())
        return std::nullopt;
    return nodeFrom(*o);
}

QByteArray nodeUpdateBody(const SwarmNode &node, const SwarmNodeUpdate &update)
{
    const SwarmNode::Role role = update.role.value_or(node.role);
    const SwarmNode::Availability availability = update.availability.value_or(node.availability);
    QJsonObject spec;
    spec.insert(QLatin1String("Role"), role == SwarmNode::Role::Manager ? QStringLiteral("manager")
                                                                        : QStringLiteral("worker"));
    spec.insert(QLatin1String("Availability"),
                availability == SwarmNode::Availability::Drain   ? QStringLiteral("drain")
                : availability == SwarmNode::Availability::Pause ? QStringLiteral("pause")
                                                                 : QStringLiteral("active"));
    spec.insert(QLatin1String("Labels"), JsonRead::fromMap(update.labels.value_or(node.labels)));
    return QJsonDocument(spec).toJson(QJsonDocument::Compact);
}

std::optional<QList<SwarmService>> parseServiceList(const QByteArray &json)
{
    const auto array = arrayOf(json);
    if (!array)
        return std::nullopt;
    QList<SwarmService> out;
    out.reserve(array->size());
    for (const QJsonValue &v : *array)
        out.append(serviceFrom(v.toObject()));
    return out;
}

std::optional<SwarmService> parseService(const QByteArray &json)
{
    const auto o = objectOf(json);
    if (!o || str(*o, "ID").isEmpty())
        return std::nullopt;
    return serviceFrom(*o);
}

QByteArray serviceCreateBody(const SwarmServiceSpec &spec)
{
    QJsonObject container;
    container.insert(QLatin1String("Image"), spec.image);
    if (!spec.command.isEmpty())
        container.insert(QLatin1String("Command"), stringArray(spec.command));
    if (!spec.args.isEmpty())
        container.insert(QLatin1String("Args"), stringArray(spec.args));
    if (!spec.env.isEmpty())
        container.insert(QLatin1String("Env"), stringArray(spec.env));
    if (!spec.workingDir.isEmpty())
        container.insert(QLatin1String("Dir"), spec.workingDir);
    if (!spec.user.isEmpty())
        container.insert(QLatin1String("User"), spec.user);
    if (spec.init)
        container.insert(QLatin1String("Init"), true);
    if (!spec.mounts.isEmpty()) {
        QJsonArray mounts;
        for (const SwarmMount &m : spec.mounts) {
            QJsonObject mo;
            mo.insert(QLatin1String("Type"), m.type);
            if (!m.source.isEmpty())
                mo.insert(QLatin1String("Source"), m.source);
            mo.insert(QLatin1String("Target"), m.target);
            if (m.readOnly)
                mo.insert(QLatin1String("ReadOnly"), true);
            mounts.append(mo);
        }
        container.insert(QLatin1String("Mounts"), mounts);
    }
    QJsonObject task;
    task.insert(QLatin1String("ContainerSpec"), container);
    QJsonObject restart;
    restart.insert(QLatin1String("Condition"), restartConditionWord(spec.restartCondition));
    restart.insert(QLatin1String("Delay"), double(spec.restartDelayNs));
    if (spec.restartMaxAttempts > 0)
        restart.insert(QLatin1String("MaxAttempts"), spec.restartMaxAttempts);
    task.insert(QLatin1String("RestartPolicy"), restart);
    if (!spec.constraints.isEmpty()) {
        QJsonObject placement;
        placement.insert(QLatin1String("Constraints"), stringArray(spec.constraints));
        task.insert(QLatin1String("Placement"), placement);
    }
    const QJsonObject limits = resourcesObject(spec.limitNanoCpus, spec.limitMemoryBytes);
    const QJsonObject reservations = resourcesObject(spec.reserveNanoCpus, spec.reserveMemoryBytes);
    if (!limits.isEmpty() || !reservations.isEmpty()) {
        QJsonObject resources;
        if (!limits.isEmpty())
            resources.insert(QLatin1String("Limits"), limits);
        if (!reservations.isEmpty())
            resources.insert(QLatin1String("Reservations"), reservations);
        task.insert(QLatin1String("Resources"), resources);
    }
    if (!spec.networks.isEmpty()) {
        QJsonArray networks;
        for (const QString &n : spec.networks)
            networks.append(QJsonObject{{QLatin1String("Target"), n}});
        task.insert(QLatin1String("Networks"), networks);
    }

    QJsonObject o;
    if (!spec.name.isEmpty())
        o.insert(QLatin1String("Name"), spec.name);
    if (!spec.labels.isEmpty())
        o.insert(QLatin1String("Labels"), JsonRead::fromMap(spec.labels));
    o.insert(QLatin1String("TaskTemplate"), task);
    QJsonObject mode;
    if (spec.global)
        mode.insert(QLatin1String("Global"), QJsonObject());
    else
        mode.insert(QLatin1String("Replicated"),
                    QJsonObject{{QLatin1String("Replicas"), spec.replicas}});
    o.insert(QLatin1String("Mode"), mode);
    QJsonObject update;
    update.insert(QLatin1String("Parallelism"), spec.updateParallelism);
    update.insert(QLatin1String("Delay"), double(spec.updateDelayNs));
    update.insert(QLatin1String("FailureAction"), failureActionWord(spec.updateFailureAction));
    update.insert(QLatin1String("Order"), spec.updateStartFirst ? QStringLiteral("start-first")
                                                                : QStringLiteral("stop-first"));
    o.insert(QLatin1String("UpdateConfig"), update);
    if (!spec.ports.isEmpty()) {
        QJsonArray ports;
        for (const SwarmPort &p : spec.ports) {
            QJsonObject po;
            po.insert(QLatin1String("Protocol"), p.protocol);
            po.insert(QLatin1String("TargetPort"), p.target);
            if (p.published > 0)
                po.insert(QLatin1String("PublishedPort"), p.published);
            po.insert(QLatin1String("PublishMode"),
                      p.hostMode ? QStringLiteral("host") : QStringLiteral("ingress"));
            ports.append(po);
        }
        o.insert(QLatin1String("EndpointSpec"), QJsonObject{{QLatin1String("Ports"), ports}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> scaledSpec(QJsonObject spec, int replicas)
{
    QJsonObject mode = obj(spec, "Mode");
    if (!mode.contains(QLatin1String("Replicated")))
        return std::nullopt;
    QJsonObject replicated = obj(mode, "Replicated");
    replicated.insert(QLatin1String("Replicas"), replicas);
    mode.insert(QLatin1String("Replicated"), replicated);
    spec.insert(QLatin1String("Mode"), mode);
    return QJsonDocument(spec).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> imageSpec(QJsonObject spec, const QString &image)
{
    if (spec.isEmpty())
        return std::nullopt;
    QJsonObject task = obj(spec, "TaskTemplate");
    QJsonObject container = obj(task, "ContainerSpec");
    container.insert(QLatin1String("Image"), image);
    task.insert(QLatin1String("ContainerSpec"), container);
    spec.insert(QLatin1String("TaskTemplate"), task);
    return QJsonDocument(spec).toJson(QJsonDocument::Compact);
}

std::optional<QList<SwarmTask>> parseTaskList(const QByteArray &json)
{
    const auto array = arrayOf(json);
    if (!array)
        return std::nullopt;
    QList<SwarmTask> out;
    out.reserve(array->size());
    for (const QJsonValue &v : *array)
        out.append(taskFrom(v.toObject()));
    return out;
}

std::optional<QList<SwarmSecret>> parseSecretList(const QByteArray &json, SwarmSecret::Kind kind)
{
    const auto array = arrayOf(json);
    if (!array)
        return std::nullopt;
    QList<SwarmSecret> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        SwarmSecret s;
        s.kind = kind;
        s.id = str(o, "ID");
        s.version = versionOf(o);
        s.created = parseTime(str(o, "CreatedAt"));
        s.updated = parseTime(str(o, "UpdatedAt"));
        const QJsonObject spec = obj(o, "Spec");
        s.name = str(spec, "Name");
        s.labels = stringMap(spec.value(QLatin1String("Labels")));
        // Only a config's data comes back; a secret's is never kept, even if an engine sent it.
        if (kind == SwarmSecret::Kind::Config)
            s.data = QByteArray::fromBase64(str(spec, "Data").toLatin1());
        out.append(s);
    }
    return out;
}

QByteArray secretCreateBody(const QString &name, const QByteArray &data,
                            const QMap<QString, QString> &labels)
{
    QJsonObject o;
    o.insert(QLatin1String("Name"), name);
    if (!labels.isEmpty())
        o.insert(QLatin1String("Labels"), JsonRead::fromMap(labels));
    o.insert(QLatin1String("Data"), QString::fromLatin1(data.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CreatedObject> parseCreated(const QByteArray &json)
{
    const auto o = objectOf(json);
    if (!o || str(*o, "ID").isEmpty())
        return std::nullopt;
    CreatedObject created;
    created.id = str(*o, "ID");
    if (const QString w = str(*o, "Warning"); !w.isEmpty())
        created.warnings << w;
    created.warnings << JsonRead::strings(o->value(QLatin1String("Warnings")));
    return created;
}

QStringList updateWarnings(const QByteArray &json)
{
    const auto o = objectOf(json);
    return o ? JsonRead::strings(o->value(QLatin1String("Warnings"))) : QStringList();
}

} // namespace DockerSwarmJson
