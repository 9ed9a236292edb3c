#pragma once

#include "core/engine/containersummary.h"
#include "ui/views/page.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class CreateVolumeDialog;
class NodeManager;
class NodeService;
class NotificationArea;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class VolumeDetailsView;
class VolumeFilterProxy;
class VolumeTableModel;

// The Volumes section: every node's volumes in one table over one model and proxy, with a
// search, filters by node and by use, sorting by any column, a selection across nodes, and the
// actions on it (create, remove, prune, details, the containers using a volume). Sizes and use
// counts come from each node's disk usage, asked when the page is shown and again after the
// node's volumes or containers changed, one at a time per node.
class VolumesPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesPage)

public:
    enum class Act
    {
        Create,
        Remove,
        Prune,
        Details,
        ShowContainers
    };
    // The confirmations, answered by tests instead of through message boxes (no answer:
    // cancel). Each is asked with the text the box would show.
    struct Answers
    {
        bool confirmRemove = false;
        bool confirmForce = false;
        bool confirmPrune = false;
    };
    // A selected volume: its node and name.
    struct VolumeRef
    {
        QString nodeId;
        QString name;

        bool operator==(const VolumeRef &) const = default;
    };

    // Actions report their progress and results in `notifications`.
    explicit VolumesPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~VolumesPage() override;

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

    VolumeTableModel *model() const { return m_model; }
    VolumeFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *nodeFilterBox() const { return m_nodeFilter; }
    QComboBox *useFilterBox() const { return m_useFilter; }
    QLabel *countsLabel() const { return m_counts; }
    VolumeDetailsView *detailsView() const { return m_details; }
    QAction *action(Act act) const { return m_acts.value(act); }
    // The create dialog opened last and still open.
    CreateVolumeDialog *createDialog() const;
    // The last confirmation's text (what it named), for tests.
    QString lastQuestion() const { return m_lastQuestion; }
    void setAnswersForTest(const Answers &answers) { m_answers = answers; }
    // How many disk usages were asked of the node since the page began, for tests.
    int usageRequests(const QString &nodeId) const { return m_usageRequests.value(nodeId); }
    // Whether a disk usage is being asked, or waits to be.
    bool isAskingUsage() const { return !m_usageBusy.isEmpty() || !m_usageQueued.isEmpty(); }

    // The selected rows, one each, in the view's order.
    QList<VolumeRef> selectedVolumes() const;

public Q_SLOTS:
    // Makes the volume the selection and current, scrolled into view; one the node has not
    // announced yet (just created) is selected when it comes.
    void selectVolume(const QString &nodeId, const QString &name);
    // Shows only this node's volumes when it is one of the filter's choices; empty for all.
    void setNodeFilter(const QString &nodeId);
    // Shows the current volume's details beside the table, or hides them.
    void showDetails(bool show);
    void openCreateDialog();
    void removeSelected();
    void prune();
    // Asks the engine for the current volume's users, then shows them on the Containers page.
    void showContainers();

Q_SIGNALS:
    void selectionChanged();
    // The user chose a container that uses a volume.
    void containerActivated(const QString &nodeId, const QString &containerId);
    // The user asked to see all the containers using a volume.
    void containersActivated(const QString &nodeId, const QStringList &containerIds);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QAction *addAct(Act act, const QKeySequence &key, const QString &icon);
    void createControls();
    void createViews();
    void retranslateUi();
    void updateEnabled();
    void onNodeAdded(NodeService *node);
    void updateNodeFilterChoices();
    void updateCounts();
    void updatePlaceholder();
    void onSelectionChanged();
    void onRowsInserted();
    QString currentNodeId() const;
    bool selectNow(const QString &nodeId, const QString &name);
    bool confirm(const QString &title, const QString &text, const QString &info,
                 const QString &button, bool Answers::*answer);
    void removeOne(NodeService *node, const QString &name, bool force);
    void askForce(NodeService *node, const QString &name, const QList<ContainerSummary> &users);
    void pruneNodes(const QList<NodeService *> &nodes);
    QString nodeName(const QString &nodeId) const;

    // Disk usage: asked for a node while the page is shown, at most one at a time per node.
    void refreshUsage(NodeService *node);
    void refreshUsageLater(const QString &nodeId);
    void refreshAllUsage();

    QPointer<NodeManager> m_manager;
    NotificationArea *m_notifications = nullptr;
    VolumeTableModel *m_model = nullptr;
    VolumeFilterProxy *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_menu = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QComboBox *m_useFilter = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_countsTimer = nullptr;
    QTimer *m_usageTimer = nullptr;
    QHash<Act, QAction *> m_acts;
    VolumeDetailsView *m_details = nullptr;
    QPointer<CreateVolumeDialog> m_create;
    QPair<QString, QString> m_pendingSelection;
    std::optional<Answers> m_answers;
    QString m_lastQuestion;
    QSet<QString> m_usageBusy;   // nodes whose disk usage is being asked
    QSet<QString> m_usageDirty;  // nodes to ask again once the answer is in
    QSet<QString> m_usageQueued; // nodes to ask when the timer fires (bursts of events)
    QHash<QString, int> m_usageRequests;
};
