#pragma once

#include "core/engine/engineerror.h"
#include "ui/views/page.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class CreateSecretDialog;
class CreateServiceDialog;
class LogWindow;
class NodeManager;
class NodeService;
class NotificationArea;
class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class SwarmNodeModel;
class SwarmSecretModel;
class SwarmServiceModel;
class SwarmStackModel;
class SwarmTaskModel;
class SwarmWatcher;

// The Swarm section, listed while a configured node's engine is in a Docker swarm: the cluster
// as one of its managers sees it (overview and join tokens, nodes, services with their tasks,
// secrets and configs), live, and what a person does to it. A worker chosen shows where it
// stands and that only managers show the cluster. One watcher per node with swarms tells where
// it stands; only the chosen node's follows the cluster. Stacks are the services, networks,
// secrets and configs that carry one stack label.
class SwarmPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmPage)

public:
    enum class Act
    {
        ShowTokens,
        CopyWorkerJoin,
        CopyManagerJoin,
        RotateWorkerToken,
        RotateManagerToken,
        Promote,
        Demote,
        Activate,
        Pause,
        Drain,
        RemoveNode,
        EditNodeLabels,
        CreateService,
        Scale,
        UpdateImage,
        Rollback,
        Logs,
        RemoveService,
        RemoveStack,
        CreateSecret,
        RemoveSecret
    };
    enum Tab
    {
        OverviewTab,
        NodesTab,
        ServicesTab,
        StacksTab,
        SecretsTab
    };
    // What the dialogs would be answered, for tests (no answer: cancel).
    struct Answers
    {
        bool confirm = false;
        std::optional<int> replicas;
        std::optional<QString> image;
        std::optional<QString> labels; // key=value lines
    };

    explicit SwarmPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~SwarmPage() override;

    // Page
    QWidget *widget() override { return this; }
    QString title() const override;
    QIcon icon() const override;
    void setNodeManager(NodeManager *manager) override;
    void showNode(NodeService *node) override;
    QList<QMenu *> menus() const override;
    QList<QAction *> shortcutActions() const override;
    bool available() const override;
    void restoreSettings() override;
    void saveSettings() const override;
    // The current service (its id), selected again when the swarm lists it, on the tab kept.
    QString selectionKey() const override;
    void restoreSelection(const QString &key) override;

    QAction *action(Act act) const { return m_acts.value(act); }
    QComboBox *nodeBox() const { return m_nodeBox; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *nodesView() const { return m_nodesView; }
    QTableView *servicesView() const { return m_servicesView; }
    QTableView *tasksView() const { return m_tasksView; }
    QTableView *secretsView() const { return m_secretsView; }
    QTableView *stacksView() const { return m_stacksView; }
    // The services of the current stack.
    QTableView *stackServicesView() const { return m_stackServicesView; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *placeholder() const { return m_placeholder; }
    QLineEdit *tokenField(bool manager) const { return manager ? m_managerToken : m_workerToken; }
    QLabel *overviewValue(const QString &key) const { return m_overview.value(key); }
    SwarmNodeModel *nodeModel() const { return m_nodes; }
    SwarmServiceModel *serviceModel() const { return m_services; }
    SwarmTaskModel *taskModel() const { return m_tasks; }
    SwarmSecretModel *secretModel() const { return m_secrets; }
    SwarmStackModel *stackModel() const { return m_stacks; }
    // The watcher of the chosen node, or null.
    SwarmWatcher *watcher() const;
    QString currentNodeId() const;
    void setAnswersForTest(const Answers &answers) { m_answers = answers; }
    QString lastQuestion() const { return m_lastQuestion; }
    // The create dialogs opened last and still open.
    CreateSecretDialog *createSecretDialog() const;
    CreateServiceDialog *createServiceDialog() const;
    // The log windows opened from the page and still open.
    QList<LogWindow *> logWindows() const;

public Q_SLOTS:
    // Shows this node's swarm when it is in one.
    void setCurrentNode(const QString &nodeId);
    // Makes the service (by id) current, and shows its tasks.
    void selectService(const QString &serviceId);

Q_SIGNALS:
    // The user chose a task's container on a configured node, or a swarm node that is one.
    void containerActivated(const QString &nodeId, const QString &containerId);
    void nodeActivated(const QString &nodeId);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restoreServiceSelection();
    // Selects the services model's row, on whichever tab is shown.
    void selectServiceRow(int row);
    QAction *addAct(Act act, const QKeySequence &key, const QString &icon);
    void createControls();
    QWidget *createOverview();
    QTableView *makeTable(QSortFilterProxyModel *proxy, const QString &name);
    void retranslateUi();
    void updateEnabled();
    void trigger(Act act);
    void onNodeAdded(NodeService *node);
    void onWatcherInfo();
    void updateNodeChoices();
    void updateAvailable();
    void updatePlaceholder();
    void updateOverview();
    void updateLinks();
    void follow(SwarmWatcher *watcher);
    void onCurrentServiceChanged();
    void updateStacks();
    // The Update column's progress for the service whose tasks are listed.
    void updateProgress();
    void onCurrentStackChanged();
    void activateTask(const QModelIndex &index);
    void activateSwarmNode(const QModelIndex &index);
    bool confirm(const QString &title, const QString &text, const QString &info,
                 const QString &button);
    // The configured node whose engine is this swarm node, or null.
    NodeService *configuredNodeOf(const QString &swarmNodeId) const;
    QList<int> selectedSourceRows(QTableView *view) const;
    // Runs a change, with a notice while it runs and after.
    using Change = std::function<void(NodeService *node, std::function<void(const EngineError &)>)>;
    void runChange(const QString &doing, const QString &done, const QString &failed, Change change);

    void copyJoinCommand(bool manager);
    void rotateToken(bool manager);
    void changeNodes(Act act);
    void removeNodes();
    void editNodeLabels();
    void scaleService();
    void updateImage();
    void rollback();
    void openLogs();
    void removeServices();
    void removeStacks();
    void removeSecrets();
    void openCreateSecret();
    void openCreateService();

    QPointer<NodeManager> m_manager;
    NotificationArea *m_notifications = nullptr;
    QHash<QString, SwarmWatcher *> m_watchers; // by configured node id, engines with swarms
    QPointer<SwarmWatcher> m_followed;
    QString m_chosenNode; // by the user (or setCurrentNode); empty: a manager
    bool m_available = false;
    SwarmNodeModel *m_nodes = nullptr;
    SwarmServiceModel *m_services = nullptr;
    SwarmTaskModel *m_tasks = nullptr;
    SwarmSecretModel *m_secrets = nullptr;
    SwarmStackModel *m_stacks = nullptr;
    QSortFilterProxyModel *m_nodesProxy = nullptr;
    QSortFilterProxyModel *m_servicesProxy = nullptr;
    QSortFilterProxyModel *m_tasksProxy = nullptr;
    QSortFilterProxyModel *m_secretsProxy = nullptr;
    QSortFilterProxyModel *m_stacksProxy = nullptr;
    QSortFilterProxyModel *m_stackServicesProxy = nullptr;
    QComboBox *m_nodeBox = nullptr;
    QLabel *m_nodeLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_overview;
    QLabel *m_tokensTitle = nullptr;
    QLabel *m_workerTokenLabel = nullptr;
    QLabel *m_managerTokenLabel = nullptr;
    QLineEdit *m_workerToken = nullptr;
    QLineEdit *m_managerToken = nullptr;
    QTableView *m_nodesView = nullptr;
    QSplitter *m_serviceSplitter = nullptr;
    QTableView *m_servicesView = nullptr;
    QLabel *m_tasksTitle = nullptr;
    QTableView *m_tasksView = nullptr;
    QTableView *m_secretsView = nullptr;
    QSplitter *m_stackSplitter = nullptr;
    QTableView *m_stacksView = nullptr;
    QLabel *m_stackServicesTitle = nullptr;
    QTableView *m_stackServicesView = nullptr;
    QMenu *m_menu = nullptr;
    QHash<Act, QAction *> m_acts;
    QList<QPointer<LogWindow>> m_logWindows;
    QPointer<CreateSecretDialog> m_createSecret;
    QPointer<CreateServiceDialog> m_createService;
    QString m_pendingService;   // created: selected when the swarm lists it
    QString m_restoringService; // restoreSelection's, until listed or another is chosen
    std::optional<Answers> m_answers;
    QString m_lastQuestion;
};
