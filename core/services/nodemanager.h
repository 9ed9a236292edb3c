#pragma once

#include "core/config/nodeconfig.h"
#include "core/transport/endpoint.h"

#include <QList>
#include <QObject>

class NodeService;

// Every node the user has: the local default one and the configured ones, each a running
// NodeService. Adding, editing and removing nodes goes through here, and is saved at once.
class NodeManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeManager)

public:
    static constexpr auto LocalId = "local";

    explicit NodeManager(QObject *parent = nullptr);
    ~NodeManager() override;

    // Reads the configured nodes and starts them.
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

Q_SIGNALS:
    void nodeAdded(NodeService *node);
    void nodeChanged(NodeService *node);
    void nodeAboutToBeRemoved(NodeService *node);
    void nodeRemoved(const QString &id);

private:
    NodeService *create(const NodeConfig &config, const Endpoint &endpoint);
    void replace(qsizetype index, NodeService *node);
    void saveConfigured() const;

    QList<NodeService *> m_nodes;
};
