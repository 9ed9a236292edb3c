#pragma once

#include "core/services/nodemanager.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class ContainersPage;
class DesktopNotifier;
class ImagesPage;
class NodeService;
class NodeSidebar;
class NodesPage;
class NoticeBar;
class NotificationArea;
class Page;
class ProblemWatcher;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class TrayIcon;

// The main window: the sections (pages) and the nodes in a sidebar, the page shown, notices
// above it, and around them the menus, toolbar, status bar, tray icon, settings and language.
// Each section is a Page registered in the constructor; the window lists them in the sidebar
// and puts their menus, toolbar items and shortcuts in place.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
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

    // The registered pages, in the sidebar's order.
    QList<Page *> pages() const { return m_pages; }
    void showPage(Page *page);
    ContainersPage *containersPage() const { return m_containers; }
    NodesPage *nodesPage() const { return m_nodesPage; }
    ImagesPage *imagesPage() const { return m_images; }
    NodeSidebar *nodeSidebar() const { return m_sidebar; }
    NoticeBar *noticeBar() const { return m_notice; }
    NotificationArea *notifications() const { return m_notifications; }
    ProblemWatcher *problemWatcher() const { return m_problems; }
    DesktopNotifier *desktopNotifier() const { return m_desktop; }
    // Null where the desktop has no tray.
    TrayIcon *trayIcon() const { return m_tray; }
    QString statusText() const;

    // The language codes offered in the Language menu; "" is the system's.
    void setCurrentLanguage(const QString &code);
    // The Theme menu's choice: "system", "light" or "dark" (AppTheme::name).
    void setCurrentTheme(const QString &name);

    // Shows the window, unless the user chose to start hidden in the tray (and there is one).
    void showAtStart();
    // Where the desktop has a tray and the user keeps the choice (on by default), closing the
    // window hides it there and the nodes stay watched.
    bool closesToTray() const;
    // Saves the window's settings, closes every window and ends the app (File > Quit, Ctrl+Q,
    // the tray's Quit).
    void quit();
    // Shows the window in front of the others (from the tray, or another start of Gontainer).
    void bringToFront();
    // The Containers page with only this node's containers, the node chosen in the sidebar.
    void showNodeContainers(const QString &nodeId);
    // Settings > Preferences (Ctrl+,).
    void showPreferences();

Q_SIGNALS:
    void retryLocateRequested();
    void languageRequested(const QString &code);
    void themeRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // Watches for the user's first click or key while a section waits to be listed.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class NoticeAction
    {
        None,
        RetryLocate,
        ReconnectNodes
    };

    void addPage(Page *page);
    QWidget *createSidebar();
    void createMenus();
    void createToolBar();
    void createTray();
    void applyTrayChoices();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;
    // The section shown when the window was last closed, or the first.
    void showSavedSection();
    void forgetPendingSection();

    void onNodeAdded(NodeService *node);
    void onNodeStateChanged();
    void setNoticeAction(NoticeAction action);
    void onNoticeAction();
    void onCountsChanged(const QString &text);
    void refresh();
    void showShortcuts();
    void showAbout();
    void onProblem(const QString &nodeId, const QString &containerId, const QString &title,
                   const QString &text);
    // The node list could not be saved (NodeManager::saveProblem()), or can again.
    void onNodeSaveProblem(const QString &problem);

    QPointer<NodeManager> m_manager;
    QList<Page *> m_pages;
    ContainersPage *m_containers = nullptr;
    NodesPage *m_nodesPage = nullptr;
    ImagesPage *m_images = nullptr;
    // What each page put on the toolbar, shown only while the page is.
    QHash<Page *, QList<QAction *>> m_toolBarItems;
    // Whether a page's side pane was open when another page was shown.
    QHash<Page *, bool> m_paneOpen;
    // The section shown last time, while it waits to be listed (pods wait for a node that has
    // them); another section shown, or the user's first click or key, forgets it.
    Page *m_pendingSection = nullptr;
    ProblemWatcher *m_problems = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_sections = nullptr;
    NodeSidebar *m_sidebar = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    NoticeBar *m_notice = nullptr;
    NotificationArea *m_notifications = nullptr;
    int m_saveNotice = 0; // the notice of onNodeSaveProblem(), while shown
    QToolBar *m_toolBar = nullptr;
    QLabel *m_nodesLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    TrayIcon *m_tray = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_closeToTrayAction = nullptr;
    QAction *m_startHiddenAction = nullptr;
    bool m_quitting = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    NoticeAction m_noticeAction = NoticeAction::None;
    QString m_locateMessage;
};
