#pragma once

#include "ui/views/page.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class DiskNodePanel;
class NodeManager;
class NodeService;
class NotificationArea;
class QAction;
class QLabel;
class QScrollArea;
class QToolBar;
class QVBoxLayout;

// The Disk section: every node's disk use (images, containers, volumes, build cache) as its
// engine reports it, one panel per node, with prunes of each kind and of everything unused. The
// figures are asked when the page is shown, on Refresh (Ctrl+R) and after a prune; never while
// idle.
class DiskPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskPage)

public:
    // Prunes report their progress and results in `notifications` too.
    explicit DiskPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~DiskPage() override;

    // Page
    QWidget *widget() override { return this; }
    QString title() const override;
    QIcon icon() const override;
    void setNodeManager(NodeManager *manager) override;
    void showNode(NodeService *node) override;
    QList<QAction *> shortcutActions() const override;

    QAction *refreshAction() const { return m_refresh; }
    // The panels, in the nodes' order; null for a node the page does not show.
    QList<DiskNodePanel *> panels() const;
    DiskNodePanel *panel(const QString &nodeId) const;

public Q_SLOTS:
    // Asks every reachable node for its disk use again.
    void refresh();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addPanel(NodeService *node);
    void removePanel(NodeService *node);
    void updatePlaceholder();
    bool isShown() const;

    QPointer<NodeManager> m_manager;
    NotificationArea *m_notifications = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refresh = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_panels = nullptr;
    QLabel *m_placeholder = nullptr;
    QHash<NodeService *, DiskNodePanel *> m_byNode;
};
