#pragma once

#include "core/engine/containersummary.h"
#include "core/services/containeraction.h"
#include "core/services/nodemanager.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class ContainerActionRunner;
class ContainerDetailsView;
class LogWindow;
class ContainerFilterProxy;
class ContainerTableModel;
class DesktopNotifier;
class NodeListModel;
class NodeService;
class NodesPage;
class NoticeBar;
class NotificationArea;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QToolBar;
class QAbstractItemView;
class QToolButton;
class QTimer;
class ProblemWatcher;
class StatsWatcher;

// The main window: the nodes in a sidebar, every node's containers as tiles or as a table over
// one model, a toolbar to search, filter and sort, actions on the selected containers with
// their progress and results in a notification area, and the selected container's details.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ViewMode
    {
        Tiles,
        Table
    };
    // The actions on containers, also for tests.
    enum class Act
    {
        Start,
        Stop,
        Restart,
        Pause,
        Unpause,
        Kill,
        Rename,
        Remove,
        Details,
        Create,
        Commit,
        Logs,
        Console,
        Terminal
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the manager's nodes and their containers, following their changes. The window
    // does not own it.
    void setNodeManager(NodeManager *manager);
    NodeManager *nodeManager() const { return m_manager; }

    // While the app looks for or starts the local engine.
    void showLocating(const QString &message);
    // No local engine could be found or started; Retry emits retryLocateRequested().
    void showLocateFailed(const QString &message);
    // A notice that stays until dismissed (e.g. "Gontainer started a Podman service").
    void showInfo(const QString &message);

    ContainerTableModel *containerModel() const { return m_model; }
    // The log windows opened from this window and still open.
    QList<LogWindow *> logWindows() const;
    ContainerFilterProxy *containerProxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QListView *tileView() const { return m_tiles; }
    QListView *nodeView() const { return m_nodeView; }
    NodesPage *nodesPage() const { return m_nodesPage; }
    enum Section
    {
        ContainersSection,
        NodesSection
    };
    void showSection(Section section);
    NodeListModel *nodeModel() const { return m_nodeModel; }
    QLineEdit *searchField() const { return m_search; }
    ContainerDetailsView *detailsView() const { return m_details; }
    NoticeBar *noticeBar() const { return m_notice; }
    NotificationArea *notifications() const { return m_notifications; }
    StatsWatcher *statsWatcher() const { return m_stats; }
    ProblemWatcher *problemWatcher() const { return m_problems; }
    DesktopNotifier *desktopNotifier() const { return m_desktop; }
    QAction *action(Act act) const { return m_acts.value(act); }
    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
    QString statusText() const;

    // The language codes offered in the Language menu; "" is the system's.
    void setCurrentLanguage(const QString &code);

    // Kill asks for a signal and Rename for a name, Remove confirms: tests answer for the
    // user here instead of through the dialogs (an empty value cancels).
    struct Answers
    {
        QString killSignal;
        QString newName;
        bool confirmRemove = false;
        bool removeVolumes = false;
        std::optional<CommitOptions> commit;
    };
    void setAnswersForTest(const Answers &answers);

Q_SIGNALS:
    void retryLocateRequested();
    void languageRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createToolBar();
    QWidget *createSidebar();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;

    void onNodeAdded(NodeService *node);
    void onNodeAboutToBeRemoved(NodeService *node);
    void onNodeStateChanged();
    void onNodeContextMenu(const QPoint &pos);
    void onNoticeAction();
    void refresh();
    void updateCounts();
    void updatePlaceholder();
    void updateActions();
    void updateNodeFilterChoices();
    void syncSortControls();
    void applySortFromControls();
    void onCurrentChanged();
    void showDetails(bool show);
    void showContainerMenu(const QPoint &globalPos);
    void showShortcuts();
    void showCreateDialog();
    void updateWatchedStats();
    void onProblem(const QString &nodeId, const QString &containerId, const QString &title,
                   const QString &text);
    QList<QModelIndex> visibleIndexes() const;
    void showAbout();

    struct Selected
    {
        QString nodeId;
        ContainerSummary container;
    };
    QList<Selected> selectedContainers() const;
    QAbstractItemView *currentView() const;
    void trigger(Act act);
    void runAction(ContainerAction action, const QList<Selected> &selected,
                   const ContainerActionOptions &options);
    void onActionProgress(int batch, int done, int total);
    void onActionFinished(int batch, ContainerAction action,
                          const QList<ContainerActionResult> &results);
    static QString progressText(ContainerAction action, int count);
    static QString doneText(ContainerAction action, const QString &name, int count);
    static QString failedText(ContainerAction action, int failed, int total);
    static QString hintFor(const EngineError &error);

    enum class NoticeAction
    {
        None,
        RetryLocate,
        ReconnectNodes
    };

    QPointer<NodeManager> m_manager;
    ContainerTableModel *m_model = nullptr;
    ContainerFilterProxy *m_proxy = nullptr;
    NodeListModel *m_nodeModel = nullptr;
    ContainerActionRunner *m_runner = nullptr;
    StatsWatcher *m_stats = nullptr;
    ProblemWatcher *m_problems = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    QTimer *m_statsTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_sections = nullptr;
    QListView *m_nodeView = nullptr;
    QLabel *m_nodesTitle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_sectionStack = nullptr;
    NodesPage *m_nodesPage = nullptr;
    QListView *m_tiles = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    ContainerDetailsView *m_details = nullptr;
    QList<QPointer<LogWindow>> m_logWindows;
    NoticeBar *m_notice = nullptr;
    NotificationArea *m_notifications = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_healthFilter = nullptr;
    QComboBox *m_sortColumn = nullptr;
    QToolButton *m_sortOrder = nullptr;
    QLabel *m_nodesLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_containerMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_tilesAction = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QHash<Act, QAction *> m_acts;
    ViewMode m_viewMode = ViewMode::Tiles;
    NoticeAction m_noticeAction = NoticeAction::None;
    QString m_locateMessage;
    bool m_locating = false;
    QHash<int, int> m_batchNotices; // action batch -> notice
    std::optional<Answers> m_answers;
};
