#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/networkinfo.h"
#include "core/engine/swarminfo.h"
#include "core/engine/swarmnode.h"
#include "core/engine/swarmsecret.h"
#include "core/engine/swarmservice.h"
#include "core/engine/swarmtask.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class EngineStream;
class NodeService;
class QTimer;

// The swarm one node sees, kept current for the GUI: where the node stands (SwarmInfo) and, on
// a manager, the cluster's nodes, services, secrets, configs and networks (for its stacks), and
// the tasks of the one service being looked at. Once /info says manager, the cluster's lists
// (its own description among them) are asked together, beside opening its events, and asked
// again once the events are open and the first answers are in. The engine's service, node,
// secret, config and network events (a stream of their own) say what to list again: at once for
// the first of a burst, once more when BurstMs have passed for the ones that came after it (a
// service's own event also has that service inspected, so its row changes before the full
// list); tasks and the running counts of services change without events, so they are listed
// again every second while some service has not reached what it was asked (replicas starting,
// an update rolling) or a swarm node changed in the last SettleMs, and not at all otherwise. One
// list of each kind at a time; a list that fails is asked again later. Lives on the GUI thread;
// the calls run on the node's own thread.
class SwarmWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmWatcher)

public:
    enum Kind : unsigned
    {
        Info = 1,
        Nodes = 2,
        Services = 4,
        Tasks = 8,
        Secrets = 16,
        Configs = 32,
        Networks = 64,
        Cluster = 128, // a manager's cluster (its name, join tokens): part of info()
        All = 255
    };
    static constexpr int BurstMs = 100;
    static constexpr int ConvergeMs = 1000;
    static constexpr int RetryMs = 5000;
    // After a swarm node changes (down, drained, back), the swarm moves its tasks over the
    // seconds after the event, with no event of their own: services and tasks are listed every
    // ConvergeMs for this long.
    static constexpr int SettleMs = 15000;
    // A service event has that one service inspected at once (the full list with every
    // service's counts follows); at most this many at a time, the rest wait for the list.
    static constexpr int MaxInspects = 4;

    explicit SwarmWatcher(NodeService *node, QObject *parent = nullptr);
    ~SwarmWatcher() override;

    NodeService *node() const { return m_node; }
    // Whether where the node stands is known yet.
    bool hasInfo() const { return m_hasInfo; }
    SwarmInfo info() const { return m_info; }
    // An active manager: the cluster can be read and changed here.
    bool isManager() const { return m_info.active() && m_info.manager; }
    QList<SwarmNode> nodes() const { return m_nodes; }
    QList<SwarmService> services() const { return m_services; }
    // The tasks of taskService(), the finished ones the swarm keeps included.
    QList<SwarmTask> tasks() const { return m_tasks; }
    QString taskService() const { return m_taskService; }
    QList<SwarmSecret> secrets() const { return m_secrets; }
    QList<SwarmSecret> configs() const { return m_configs; }
    // The networks the manager has, the swarm's overlays and its own local ones.
    QList<NetworkInfo> networks() const { return m_networks; }
    // Why the last list failed; no error once one succeeds again.
    EngineError lastError() const { return m_error; }
    // Whether the events stream is open (a manager's changes arrive without asking).
    bool isFollowing() const;
    // Whether services or tasks are being listed again every ConvergeMs.
    bool isPolling() const;
    // Something being listed or inspected, or waiting to be (not counting the lists every
    // ConvergeMs).
    bool isListing() const;
    // Nothing being listed, waiting to be, or listed again every ConvergeMs.
    bool isSettled() const;
    // Lists asked of the engine since the watcher began, by kind, for tests.
    int listCount(Kind kind) const;
    // Services inspected one at a time (on their events) since the watcher began, for tests.
    int inspectCount() const { return m_inspectCount; }

    // Whether the cluster is followed (on a manager) or only where the node stands; on by
    // default. Off, the cluster's lists are forgotten and its events closed.
    void setFollowCluster(bool follow);
    bool followsCluster() const { return m_follow; }
    // Follows the tasks of this service (by id); empty for none.
    void setTaskService(const QString &serviceId);
    // Lists these kinds again now (the ones that apply to where the node stands).
    void refresh(unsigned kinds = All);

Q_SIGNALS:
    void infoChanged(const SwarmInfo &info);
    void nodesListed(const QList<SwarmNode> &nodes);
    void servicesListed(const QList<SwarmService> &services);
    void tasksListed(const QString &serviceId, const QList<SwarmTask> &tasks);
    void secretsListed(const QList<SwarmSecret> &secrets);
    void configsListed(const QList<SwarmSecret> &configs);
    void networksListed(const QList<NetworkInfo> &networks);
    void errorChanged(const EngineError &error);

private:
    // Whether the node's engine answers and can be in a swarm.
    bool engineReady() const;
    void onNodeState();
    void onEvent(const QVariant &value);
    void openEvents();
    void closeEvents();
    void list(unsigned kinds);
    // Where the node stands, from /info: the cluster followed or forgotten as it says.
    void onLocalState(const SwarmInfo &local);
    void listed(Kind kind, const EngineError &error);
    void markDirty(unsigned kinds);
    void updatePolling();
    void inspectService(const QString &id);
    // An inspected service as a row: its spec with the counts `listed` has (none without).
    static SwarmService counted(const SwarmService &inspected, const SwarmService *listed);
    // `services` (a list's answer) with the ones inspected since, and newer than listed, in
    // their place; the inspected ones the list caught up with, or no longer has, forgotten.
    QList<SwarmService> newest(QList<SwarmService> services);
    void forgetCluster();
    void setError(const EngineError &error);

    QPointer<NodeService> m_node;
    quint64 m_generation = 0; // bumps when the node's connection changes: late answers dropped
    bool m_follow = true;
    bool m_ready = false;      // engineReady() when the node last changed
    bool m_identified = false; // the engine was identified while the node is connecting
    bool m_hasInfo = false;
    SwarmInfo m_info;
    QList<SwarmNode> m_nodes;
    QList<SwarmService> m_services;
    QList<SwarmTask> m_tasks;
    QString m_taskService;
    QList<SwarmSecret> m_secrets;
    QList<SwarmSecret> m_configs;
    QList<NetworkInfo> m_networks;
    EngineError m_error;
    EngineStream *m_events = nullptr;
    unsigned m_dirty = 0;
    unsigned m_listing = 0;
    unsigned m_afterLists = 0; // listed once nothing is being listed
    unsigned m_failed = 0;
    QTimer *m_burstTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QDeadlineTimer m_settling; // expired unless a node changed in the last SettleMs
    QHash<unsigned, int> m_listCounts;
    int m_inspectCount = 0;
    QSet<QString> m_inspecting;
    QHash<QString, SwarmService> m_inspected; // newer than the last list
};
