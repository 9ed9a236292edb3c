#pragma once

#include <QPointer>
#include <QWidget>

class NodeListModel;
class NodeManager;
class NodeService;
class QLabel;
class QListView;

// The nodes in the window's sidebar, under the sections: each node's state, engine and
// containers at a glance, and a menu to reconnect, show only its containers, be told of its
// problems, edit or remove it.
class NodeSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeSidebar)

public:
    explicit NodeSidebar(QWidget *parent = nullptr);
    ~NodeSidebar() override;

    // Lists the manager's nodes (null for none); the sidebar does not own it.
    void setNodeManager(NodeManager *manager);
    NodeListModel *nodeModel() const { return m_model; }
    QListView *view() const { return m_view; }
    // The node chosen in the list, if any.
    NodeService *currentNode() const;

public Q_SLOTS:
    // Chooses this node in the list, or none when it is not listed.
    void setCurrentNode(const QString &nodeId);

Q_SIGNALS:
    void nodeChosen(const QString &nodeId);
    void showOnlyRequested(const QString &nodeId);
    void editRequested(NodeService *node);
    void removeRequested(NodeService *node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);

    QPointer<NodeManager> m_manager;
    NodeListModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QListView *m_view = nullptr;
};
