#pragma once

#include "ui/views/page.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

class NetworkActions;
class NetworkDetailsView;
class NetworkFilterProxy;
class NetworkTableModel;
class NodeManager;
class NodeService;
class NotificationArea;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
struct NetworkRef;

// The Networks section: every node's networks in one table over one model and proxy, with a
// search, filters by node and use, sorting by any column, a selection across nodes and the
// actions on it, and the current network's details (and attached containers) beside the table.
class NetworksPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworksPage)

public:
    explicit NetworksPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~NetworksPage() override;

    // Page
    QWidget *widget() override { return this; }
    QString title() const override;
    QIcon icon() const override;
    void setNodeManager(NodeManager *manager) override;
    void restoreSettings() override;
    void saveSettings() const override;
    QString selectionKey() const override;
    void restoreSelection(const QString &key) override;
    void showNode(NodeService *node) override;
    QList<QMenu *> menus() const override;
    QList<QAction *> shortcutActions() const override;

    NetworkTableModel *model() const { return m_model; }
    NetworkFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *nodeFilterBox() const { return m_nodeFilter; }
    QComboBox *useFilterBox() const { return m_useFilter; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *placeholder() const { return m_placeholder; }
    NetworkActions *actions() const { return m_actions; }
    NetworkDetailsView *detailsView() const { return m_details; }

    QList<NetworkRef> selectedNetworks() const;

public Q_SLOTS:
    // Makes the network the selection and current, scrolled into view; one the node has not
    // announced yet (just created) is selected when it comes.
    void selectNetwork(const QString &nodeId, const QString &networkId);
    void setNodeFilter(const QString &nodeId);
    void showDetails(bool show);

Q_SIGNALS:
    void selectionChanged();
    // The user chose, in a network's details, a container attached to it.
    void containerActivated(const QString &nodeId, const QString &containerId);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createControls();
    void createViews();
    void retranslateUi();
    void onNodeAdded(NodeService *node);
    void updateNodeFilterChoices();
    void updateCounts();
    void updatePlaceholder();
    void onSelectionChanged();
    void onRowsInserted();
    QString currentNodeId() const;
    bool selectNow(const QString &nodeId, const QString &networkId);
    NetworkRef detailsRef() const;

    QPointer<NodeManager> m_manager;
    NotificationArea *m_notifications = nullptr;
    NetworkTableModel *m_model = nullptr;
    NetworkFilterProxy *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QComboBox *m_useFilter = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_countsTimer = nullptr;
    QPair<QString, QString> m_pendingSelection;
    NetworkActions *m_actions = nullptr;
    NetworkDetailsView *m_details = nullptr;
};
