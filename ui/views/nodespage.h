#pragma once

#include "ui/views/page.h"

#include <QPointer>
#include <QWidget>

class NodeManager;
class NodeService;
class QLabel;
class QPushButton;
class QTextBrowser;

// The Nodes section: the chosen node's details (address, state and why, engine, machine,
// latency, where it came from) and what can be done with nodes: add, import the docker and
// podman CLIs' own, edit, reconnect, remove.
class NodesPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesPage)

public:
    explicit NodesPage(QWidget *parent = nullptr);
    ~NodesPage() override;

    // Page
    QWidget *widget() override { return this; }
    QString title() const override;
    void setNodeManager(NodeManager *manager) override;
    // Shows the node chosen in the sidebar.
    void showNode(NodeService *node) override { setNode(node); }

    // The node whose details are shown.
    void setNode(NodeService *node);
    NodeService *node() const { return m_node; }
    QTextBrowser *details() const { return m_details; }
    // The warning mark by the node's name, shown for a plain TCP or unchecked-TLS node.
    QLabel *riskBadge() const { return m_risk; }

public Q_SLOTS:
    void addNode();
    void editNode();
    void removeNode();
    void importNodes();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    // Adds (empty id) or edits a node in a dialog of its own.
    void openDialog(const QString &nodeId);

    QPointer<NodeManager> m_manager;
    QPointer<NodeService> m_node;
    QLabel *m_title = nullptr;
    QLabel *m_risk = nullptr; // the warning mark of riskText()
    QTextBrowser *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_probedWhileHidden = false; // the latency shown is stale
    bool m_importing = false;
};
