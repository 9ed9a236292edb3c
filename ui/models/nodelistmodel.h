#pragma once

#include "core/services/nodeservice.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class NodeManager;

// The nodes as the sidebar lists them, in the manager's order: name, state, latency, engine and
// running/total containers. Follows the manager's added/removed/changed nodes and each node's
// own signals; holds no I/O, only what the services already have.
class NodeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,      // NodeService::State as int
        LatencyRole,    // ms of the last health probe; -1 before the first
        EngineRole,     // EngineInfo::Kind as int
        EngineNameRole, // the engine's product name ("Docker", "Podman"); empty until known
        RunningRole,    // running containers
        TotalRole,      // all containers
        ErrorRole,      // why the node is offline, in the user's words; empty when it is not
        // What is at risk reaching it (plain TCP, an unchecked certificate); empty when
        // nothing is (NodeConfig::riskText()). Also in its tooltip, and marked by the delegate.
        RiskRole,
    };

    explicit NodeListModel(NodeManager *manager, QObject *parent = nullptr);
    ~NodeListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    NodeService *nodeAt(int row) const;
    int rowOf(const QString &id) const;

private:
    struct Row
    {
        QPointer<NodeService> node;
        QString id;
        int running = 0;
        int total = 0;
    };

    void onNodeAdded(NodeService *node);
    void onNodeAboutToBeRemoved(NodeService *node);
    void onNodeRemoved();
    void watch(NodeService *node);
    void recount(NodeService *node);
    void changed(NodeService *node);

    QPointer<NodeManager> m_manager;
    QList<Row> m_rows;
    bool m_removing = false;
};
