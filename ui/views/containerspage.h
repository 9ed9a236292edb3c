#pragma once

#include "ui/views/containeractions.h"
#include "ui/views/page.h"

#include <QPointer>
#include <QWidget>

class ContainerDetailsView;
class ContainerFilterProxy;
class ContainerGroupProxy;
class ContainerTableModel;
class NodeManager;
class NodeService;
class NotificationArea;
class QAbstractItemModel;
class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class StatsWatcher;

// The Containers section: every node's containers as tiles or as a table over one model and
// proxy, the toolbar's search, filters and sort, the selection and the actions on it, the
// selected container's details beside, and resource use streamed for the containers on screen.
class ContainersPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersPage)

public:
    enum class ViewMode
    {
        Tiles,
        Table
    };

    // Actions report their progress and results in `notifications`.
    explicit ContainersPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~ContainersPage() override;

    // Page
    QWidget *widget() override { return this; }
    QString title() const override;
    void setNodeManager(NodeManager *manager) override;
    QList<QMenu *> menus() const override;
    QList<QAction *> viewActions() const override;
    void addToToolBar(QToolBar *toolBar) override;
    QList<QAction *> windowActions() const override;
    QList<QAction *> shortcutActions() const override;
    void restoreSettings() override;
    void saveSettings() const override;
    QString selectionKey() const override;
    // The container is selected when it is listed, unless the kept filters hide it or the user
    // selected something first.
    void restoreSelection(const QString &key) override;
    QWidget *sidePane() const override;

    ContainerTableModel *containerModel() const { return m_model; }
    ContainerFilterProxy *containerProxy() const { return m_proxy; }
    // The containers by compose project, over containerProxy(); the views' model while
    // grouped (and without a source otherwise).
    ContainerGroupProxy *groupProxy() const { return m_group; }
    // The model the views show: groupProxy() while grouped, containerProxy() otherwise.
    QAbstractItemModel *viewModel() const;
    ContainerActions *actions() const { return m_actions; }
    QTableView *tableView() const { return m_table; }
    QListView *tileView() const { return m_tiles; }
    QLineEdit *searchField() const { return m_search; }
    ContainerDetailsView *detailsView() const { return m_details; }
    StatsWatcher *statsWatcher() const { return m_stats; }
    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
    // Both views show a header for each compose project with its containers under it.
    bool groupedByProject() const { return m_grouped; }
    void setGroupedByProject(bool grouped);
    QAction *groupAction() const { return m_groupAction; }

    // The selected containers, a row once, in the view's order.
    QList<ContainerActions::Selected> selectedContainers() const;
    // Whether the view has a current container.
    bool hasCurrent() const;
    // The compose project whose header is current; empty when a container (or the group of
    // containers without a project) is.
    QString currentProject() const;
    // Every container of the project, on every node, shown or not.
    QList<ContainerActions::Selected> projectContainers(const QString &project) const;
    // The row of containerModel() a view index shows; -1 for a header.
    int modelRowOf(const QModelIndex &viewIndex) const;
    // The view index of a row of containerModel(); invalid when hidden.
    QModelIndex viewIndexOf(int modelRow, int column = 0) const;
    // Shows the current container's details, or hides them.
    void showDetails(bool show);
    // Makes this container the current and only selected one, with its details, clearing the
    // search and filters that hide it. False when the page does not have it.
    bool selectContainer(const QString &nodeId, const QString &id);
    // The same for several containers of one node: all selected, the first current. False when
    // the page has none of them.
    bool selectContainers(const QString &nodeId, const QStringList &ids);
    // The node whose containers alone are shown; empty for all.
    QString nodeFilter() const;
    // "12 containers, 3 running": for the status bar.
    QString countsText() const { return m_countsText; }

public Q_SLOTS:
    // Shows only this node's containers when it is one of the filter's choices.
    void setNodeFilter(const QString &nodeId);
    // No engine could be found at all: the placeholder says so.
    void setEngineMissing(bool missing);

Q_SIGNALS:
    void countsChanged(const QString &text);
    void nodeFilterChanged(const QString &nodeId);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryRestoreSelection();
    void createViews();
    void connectSelection(QAbstractItemView *view);
    void createControls();
    void retranslateUi();
    void onNodeAdded(NodeService *node);
    void onNodeAboutToBeRemoved(NodeService *node);
    void updateCounts();
    void updatePlaceholder();
    void updateNodeFilterChoices();
    void updateHealthFilter();
    void applyHealthFilter();
    void syncSortControls();
    void applySortFromControls();
    void onCurrentChanged();
    void updateWatchedStats();
    QList<QModelIndex> visibleIndexes() const;
    QAbstractItemView *currentView() const;

    QPointer<NodeManager> m_manager;
    ContainerTableModel *m_model = nullptr;
    std::pair<QString, QString> m_restoring; // node, container: restoreSelection's
    bool m_namespaceShown = false;           // a container with a namespace has been listed
    ContainerFilterProxy *m_proxy = nullptr;
    ContainerGroupProxy *m_group = nullptr;
    ContainerActions *m_actions = nullptr;
    StatsWatcher *m_stats = nullptr;
    QTimer *m_statsTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_tiles = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    ContainerDetailsView *m_details = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_healthFilter = nullptr;
    QComboBox *m_sortColumn = nullptr;
    QToolButton *m_sortOrder = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_tilesAction = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_viewSeparator = nullptr;
    QAction *m_groupAction = nullptr;
    QAction *m_escapeAction = nullptr;
    QMenu *m_columnsMenu = nullptr;
    ViewMode m_viewMode = ViewMode::Tiles;
    QString m_countsText;
    bool m_engineMissing = false;
    bool m_grouped = false;
};
