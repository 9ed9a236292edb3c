#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/enginecapabilities.h"
#include "core/services/containeraction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ContainerActionRunner;
class ContainersPage;
class LogWindow;
class NodeManager;
class NotificationArea;
class ProblemWatcher;
class QAction;
class QMenu;

// The actions on the containers page's selection: the engine's ContainerActions (start, stop,
// kill, rename, commit, remove, ...) run through a ContainerActionRunner, and the ones that
// open something (details, new container, logs, console, terminal). Enables them from the
// selection, asks what it needs to know (signal, new name, confirmation, commit options) and
// reports progress and results in the notification area.
class ContainerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActions)

public:
    // The actions that open something rather than change a container.
    enum class Open
    {
        Details,
        Create,
        Logs,
        Console,
        Terminal,
        KubeYaml // the selected containers' kube YAML (EngineCapabilities::kube)
    };
    // A container the user chose.
    struct Selected
    {
        QString nodeId;
        ContainerSummary container;
    };
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

    ContainerActions(ContainersPage *page, NotificationArea *notifications);
    ~ContainerActions() override;

    void setNodeManager(NodeManager *manager);
    // Told of the user's own stops, so they are no surprise (may be null).
    void setProblemWatcher(ProblemWatcher *watcher);

    QAction *action(ContainerAction action) const { return m_engineActs.value(action); }
    QAction *action(Open open) const { return m_openActs.value(open); }
    // Start, stop, restart or remove the compose project whose header is current: all its
    // containers on every node.
    QAction *projectAction(ContainerAction action) const { return m_projectActs.value(action); }
    // The project actions are in the menu while the containers are grouped.
    void setProjectActionsVisible(bool visible);
    // The Container menu.
    QMenu *menu() const { return m_menu; }
    // The actions the toolbar shows, and all of them in the order the shortcuts list shows.
    QList<QAction *> toolBarActions() const;
    QList<QAction *> allActions() const;
    // The log windows opened from here and still open.
    QList<LogWindow *> logWindows() const;

    // Enables the actions for what is selected now.
    void updateEnabled();
    // Shows the enabled actions in a context menu.
    void showContextMenu(const QPoint &globalPos);
    void retranslate();

    void setAnswersForTest(const Answers &answers);

    // Why an action is off for what is selected now (empty when it is on or merely has
    // nothing to act on): a read-only container, or a node whose engine cannot do it. Shown as
    // the action's tool tip.
    QString disabledReason(QAction *action) const { return m_reasons.value(action); }
    // The reason Gontainer leaves a container alone (ContainerSummary::readOnly).
    static QString readOnlyText();

private:
    // Why `containers` cannot have an action that needs `need` (null: nothing beyond the
    // common ground); `missing` says what the engine lacks, %1 its node. Empty when they can.
    QString blockedBy(const QList<Selected> &containers, bool EngineCapabilities::*need,
                      const QString &missing) const;
    // Enables `action` when it has something to act on and no reason against it.
    void enableFor(QAction *action, bool hasTargets, const QString &reason);
    void applyToolTip(QAction *action);
    QAction *addAction(const QKeySequence &key, const QString &icon);
    void trigger(ContainerAction action);
    void triggerProject(ContainerAction action);
    void open(Open which);
    void runAction(ContainerAction action, const QList<Selected> &selected,
                   const ContainerActionOptions &options);
    void showCreateDialog();
    void updateCreate();
    void onActionProgress(int batch, int done, int total);
    void onActionFinished(int batch, ContainerAction action,
                          const QList<ContainerActionResult> &results);
    static QString progressText(ContainerAction action, int count);
    static QString doneText(ContainerAction action, const QString &name, int count);
    static QString failedText(ContainerAction action, int failed, int total);
    static QString hintFor(const EngineError &error);

    ContainersPage *m_page = nullptr;
    NotificationArea *m_notifications = nullptr;
    QPointer<NodeManager> m_manager;
    QPointer<ProblemWatcher> m_problems;
    ContainerActionRunner *m_runner = nullptr;
    QMenu *m_menu = nullptr;
    QHash<ContainerAction, QAction *> m_engineActs;
    QHash<Open, QAction *> m_openActs;
    QHash<ContainerAction, QAction *> m_projectActs;
    QAction *m_projectSeparator = nullptr;
    QList<QPointer<LogWindow>> m_logWindows;
    QHash<QAction *, QString> m_tips;    // each action's own tool tip
    QHash<QAction *, QString> m_reasons; // why it is off now, where it is off for a reason
    QHash<int, int> m_batchNotices;      // action batch -> notice
    std::optional<Answers> m_answers;
};
