#pragma once

#include "core/engine/engineresult.h"
#include "core/engine/engineresults.h"
#include "core/engine/podinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class NodeManager;
class NodeService;
class QObject;

// What the views do to pods and kube YAML on a node (EngineCapabilities::pods and ::kube), with
// typed answers (the pod counterpart of ImageOperations). Each call runs with the node's engine
// on the node's own thread; `done` runs on the GUI thread, never after `receiver` is gone. A
// node without an engine, or that loses it mid-call, answers with an error; a node whose engine
// has no pods answers Unsupported.
namespace PodOperations {

template<typename T>
using Done = std::function<void(const EngineResult<T> &)>;
using DoneError = std::function<void(const EngineError &)>;

enum class Action
{
    Start,
    Stop,
    Restart,
    Pause,
    Unpause,
    Kill
};

// The namespaces a pod may share, as the engine names them, in the order the UI offers them.
QStringList shareableNamespaces();

// Whether the node's engine has pods, and kube YAML (from the capabilities it announced).
bool hasPods(const NodeService *node);
bool hasKube(const NodeService *node);
// The manager's nodes whose engines have pods, in the manager's order.
QList<NodeService *> podNodes(const NodeManager *manager);

void create(NodeService *node, const PodSpec &spec, QObject *receiver, Done<CreatedObject> done);
// Start, stop, ... the pod (by id or name) and its containers; Kill sends SIGKILL.
void act(NodeService *node, const QString &pod, Action action, QObject *receiver, DoneError done);
// Removes the pod with its containers; without `force` the engine refuses while one runs.
void remove(NodeService *node, const QString &pod, bool force, QObject *receiver, DoneError done);
// The pod as inspect shows it, with the engine's JSON in rawJson and the shared namespaces.
void inspect(NodeService *node, const QString &pod, QObject *receiver, Done<PodInfo> done);
// One sample of the use of the pod's containers.
void stats(NodeService *node, const QString &pod, QObject *receiver,
           Done<QList<PodStatsEntry>> done);
// Kube YAML for these pods or containers (ids or names, all on the node).
void generateKube(NodeService *node, const QStringList &names, QObject *receiver,
                  Done<QString> done);
// Makes the pods and containers the YAML describes, and starts them.
void playKube(NodeService *node, const QByteArray &yaml, QObject *receiver,
              Done<KubePlayReport> done);

} // namespace PodOperations
