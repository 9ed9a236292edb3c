#pragma once

#include "core/engine/podinfo.h"
#include "core/services/podoperations.h"
#include "ui/views/page.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class CreatePodDialog;
class JsonView;
class KubeYamlDialog;
class NodeManager;
class NodeService;
class NotificationArea;
class PlayKubeDialog;
class PodFilterProxy;
class PodStatsView;
class PodTreeModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTreeView;

// The Pods section, there only while some node's engine has pods (EngineCapabilities::pods):
// every such node's pods in one tree with their containers beneath, a search and a node filter,
// the actions on the selected pods (create, start, stop, restart, pause, unpause, kill, remove
// with their containers), kube YAML generated from them or played onto a node, and beside the
// tree the current pod's inspect JSON and its containers' resource use.
class PodsPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodsPage)

public:
    enum class Act
    {
        Create,
        Start,
        Stop,
        Restart,
        Pause,
        Unpause,
        Kill,
        Remove,
        Details,
        Stats,
        GenerateKube,
        PlayKube
    };
    // A pod the user chose: its node, id and name, and the names of its own containers (the
    // infra container left out).
    struct PodRef
    {
        QString nodeId;
        QString podId;
        QString name;
        QString state;
        QStringList containers;

        bool operator==(const PodRef &) const = default;
    };

    explicit PodsPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~PodsPage() override;

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
    QString selectionKey() const override;
    void restoreSelection(const QString &key) override;

    PodTreeModel *model() const { return m_model; }
    PodFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *nodeFilterBox() const { return m_nodeFilter; }
    QAction *action(Act act) const { return m_acts.value(act); }
    QTabWidget *sidePanel() const { return m_side; }
    JsonView *detailsView() const { return m_details; }
    PodStatsView *statsView() const { return m_stats; }
    // The dialogs opened last and still open.
    CreatePodDialog *createDialog() const;
    KubeYamlDialog *kubeDialog() const;
    PlayKubeDialog *playDialog() const;

    // The selected pods, one each, in the view's order; a selected container stands for its pod.
    QList<PodRef> selectedPods() const;
    // What Remove asks to confirm: the pods and the containers that go with them.
    static QString removeQuestion(const QList<PodRef> &pods);
    // Tests answer Remove's question here instead of in a message box.
    void setRemoveAnswerForTest(std::optional<bool> answer) { m_removeAnswer = answer; }

public Q_SLOTS:
    // Makes the pods (once the node announces them) the selection, the first one current.
    void selectPods(const QString &nodeId, const QStringList &podIds);
    void setNodeFilter(const QString &nodeId);
    void openCreateDialog();
    void openPlayDialog();
    // The selected pods' kube YAML, when they are on one node.
    void generateKube();
    // Shows the current pod's details or stats beside the tree, or hides them.
    void showSide(int tab);
    void hideSide();

Q_SIGNALS:
    void selectionChanged();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *addAct(Act act, const QKeySequence &key, const QString &icon);
    void createControls();
    void createViews();
    void retranslateUi();
    void trigger(Act act);
    void runAction(PodOperations::Action action);
    void remove();
    void updateEnabled();
    void updateNodeFilterChoices();
    void updateAvailable();
    void updatePlaceholder();
    void onNodeAdded(NodeService *node);
    void onPodRowsInserted(const QModelIndex &parent, int first, int last);
    void onCurrentChanged();
    void askShares(const QString &nodeId, const QString &podId);
    bool selectNow();
    void reportPlay(const QString &nodeId, const KubePlayReport &report);
    QString currentNodeId() const;
    NodeService *nodeOf(const QString &nodeId) const;
    QString nodeName(const QString &nodeId) const;

    QPointer<NodeManager> m_manager;
    NotificationArea *m_notifications = nullptr;
    PodTreeModel *m_model = nullptr;
    PodFilterProxy *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_placeholder = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QTabWidget *m_side = nullptr;
    JsonView *m_details = nullptr;
    PodStatsView *m_stats = nullptr;
    QMenu *m_menu = nullptr;
    QHash<Act, QAction *> m_acts;
    QPointer<CreatePodDialog> m_create;
    QPointer<KubeYamlDialog> m_kube;
    QPointer<PlayKubeDialog> m_play;
    // Pods whose shared namespaces were asked (node + pod id).
    QSet<QString> m_sharesAsked;
    // Pods to select once their node announces them.
    QString m_pendingNode;
    QStringList m_pendingPods;
    bool m_available = false;
    std::optional<bool> m_removeAnswer;
    // What the last play made, reported once its pods are selected.
    std::optional<KubePlayReport> m_playReport;
    // The pod whose details are shown, and the answer that counts.
    QString m_detailsKey;
    quint64 m_detailsGeneration = 0;
};
