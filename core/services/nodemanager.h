#pragma once

#include "core/config/nodeconfig.h"
#include "core/config/nodestore.h"
#include "core/transport/endpoint.h"

#include <QList>
#include <QObject>

class NodeService;
class NodeStoreWatcher;

// Every node the user has: the local default one and the configured ones, each a running
// NodeService. Adding, editing and removing nodes goes through here, and is saved at once as a
// change to the stored list (NodeStore), so gontainer-cli's changes made meanwhile are kept;
// those are shown as they happen (the file is watched). A change that cannot be written stays
// here and is written with the next one.
class NodeManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeManager)

public:
    static constexpr auto LocalId = "local";

    explicit NodeManager(QObject *parent = nullptr);
    ~NodeManager() override;

    // Reads the configured nodes, starts them and follows the file's changes.
    void load();
    // The local default node, found at `endpoint`; there unless the user removed it.
    void setLocalNode(const Endpoint &endpoint, const QString &origin);

    // The local default first, then the configured ones in the order they were added.
    QList<NodeService *> nodes() const { return m_nodes; }
    // By id, or by name whatever its case.
    NodeService *node(const QString &key) const;

    // Empty on success; otherwise what is wrong, in the user's language. The node keeps the
    // id it comes with when that is free, else it gets a new one.
    QString addNode(NodeConfig config);
    // Renames in place; a changed address or TLS/SSH setting reconnects the node.
    QString updateNode(const NodeConfig &config);
    void removeNode(const QString &id);
    // Whether `name` may be given to a node (other than `exceptId`).
    bool nameIsFree(const QString &name, const QString &exceptId = {}) const;

    // Empty while the nodes are saved; otherwise why the last change could not be, and what to
    // do about it, in the user's language (the change is kept and written with the next one).
    QString saveProblem() const { return m_saveProblem; }
    // Reads the stored nodes again and shows what changed; writes changes kept since a failure.
    void reload();

Q_SIGNALS:
    void nodeAdded(NodeService *node);
    void nodeChanged(NodeService *node);
    void nodeAboutToBeRemoved(NodeService *node);
    void nodeRemoved(const QString &id);
    // saveProblem() changed.
    void saveProblemChanged(const QString &problem);

private:
    NodeService *create(const NodeConfig &config, const Endpoint &endpoint);
    void replace(qsizetype index, NodeService *node);
    void take(qsizetype index);
    void addLocal();
    // Writes the kept changes and `change`; returns why `change` was refused, if it was.
    QString commit(const NodeStore::Change &change);
    void setSaveProblem(const QString &error);
    // Makes the running nodes what `state` says.
    void show(const NodeStore::State &state);

    QList<NodeService *> m_nodes;
    // Written nowhere yet: the file could not be written.
    QList<NodeStore::Change> m_unsaved;
    // A node being added: started before the list is saved, shown when the list has it.
    NodeService *m_starting = nullptr;
    QString m_saveProblem;
    NodeStoreWatcher *m_watcher = nullptr;
    bool m_hasLocal = false;
    Endpoint m_localEndpoint;
    QString m_localOrigin;
};
