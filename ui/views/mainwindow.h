#pragma once

#include "core/services/nodeservice.h"

#include <QMainWindow>
#include <QPointer>

class ContainerTableModel;
class NoticeBar;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The main window: the node's containers in a table, the engine and connection in the status
// bar, and a notice bar for what needs the user's attention.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this node's containers and follows its changes. The window does not own it.
    void setNode(NodeService *node);
    NodeService *node() const { return m_node; }

    // While the app looks for or starts an engine.
    void showLocating(const QString &message);
    // No engine could be found or started; Retry emits retryLocateRequested().
    void showLocateFailed(const QString &message);
    // A notice that stays until dismissed (e.g. "Gontainer started a Podman service").
    void showInfo(const QString &message);

    ContainerTableModel *containerModel() const { return m_model; }
    QTableView *containerView() const { return m_table; }
    NoticeBar *noticeBar() const { return m_notice; }
    QString engineStatusText() const;
    QString connectionStatusText() const;

    // The language codes offered in the Language menu; "" is the system's.
    void setCurrentLanguage(const QString &code);

Q_SIGNALS:
    void retryLocateRequested();
    void languageRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateStatus();
    void updateCounts();
    void updatePlaceholder();
    void onNodeStateChanged();
    void onRetryScheduled(int seconds);
    void onNoticeAction();
    void refresh();
    void showAbout();

    enum class NoticeAction
    {
        None,
        RetryLocate,
        ReconnectNode
    };

    QPointer<NodeService> m_node;
    ContainerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    NoticeBar *m_notice = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    NoticeAction m_noticeAction = NoticeAction::None;
    QString m_locateMessage;
    int m_retrySeconds = 0;
};
