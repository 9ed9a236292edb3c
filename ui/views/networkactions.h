#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class CreateNetworkDialog;
class NodeManager;
class NodeService;
class NotificationArea;
class QAction;
class QMenu;
class QPoint;
class QWidget;

// A network the user chose on the networks page: its node, id and name.
struct NetworkRef
{
    QString nodeId;
    QString networkId;
    QString name;

    bool operator==(const NetworkRef &) const = default;
};

// The actions on the networks page's selection: create, inspect, connect and disconnect a
// container, remove and prune. Enables them from the selection the page hands over, asks what
// it needs to know (confirmations that name what will go, the container to attach or detach),
// runs them through NetworkOperations and reports in the notification area.
class NetworkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkActions)

public:
    enum class Act
    {
        Create,
        Inspect,
        Connect,
        Disconnect,
        Remove,
        Prune
    };
    // What the dialogs would ask, answered by tests instead (an empty container, or no
    // confirmation, cancels).
    struct Answers
    {
        bool confirm = false;
        QString container;
        QStringList aliases;
    };

    // `owner` parents the dialogs and the menu (the networks page).
    NetworkActions(QWidget *owner, NotificationArea *notifications);
    ~NetworkActions() override;

    void setNodeManager(NodeManager *manager);
    void setSelection(const QList<NetworkRef> &selection);
    QList<NetworkRef> selection() const { return m_selection; }
    // The node the page looks at (create and prune start there); empty: all of them.
    void setCurrentNode(const QString &nodeId);

    QAction *action(Act act) const { return m_acts.value(act); }
    QMenu *menu() const { return m_menu; }
    QList<QAction *> toolBarActions() const;
    QList<QAction *> allActions() const;
    void updateEnabled();
    void showContextMenu(const QPoint &globalPos);
    void retranslate();

    // Attaches a container to the network, or detaches it, with notices.
    void connectContainer(const NetworkRef &network, const QString &container = {});
    void disconnectContainer(const NetworkRef &network, const QString &container = {});

    CreateNetworkDialog *createDialog() const;
    void setAnswersForTest(const Answers &answers);

Q_SIGNALS:
    // Inspect: the page should show the current network's details.
    void inspectRequested();
    // A network was made; the page may select it.
    void networkCreated(const QString &nodeId, const QString &networkId);
    // A container was attached or detached (the details read the network again).
    void attachmentsChanged(const QString &nodeId);

private:
    QAction *addAction(Act act, const QKeySequence &key, const QString &icon);
    void trigger(Act act);
    void create();
    void remove();
    void prune();
    QString nodeName(const QString &nodeId) const;

    QWidget *m_owner = nullptr;
    NotificationArea *m_notifications = nullptr;
    QPointer<NodeManager> m_manager;
    QMenu *m_menu = nullptr;
    QHash<Act, QAction *> m_acts;
    QList<NetworkRef> m_selection;
    QString m_currentNode;
    QPointer<CreateNetworkDialog> m_create;
    std::optional<Answers> m_answers;
};
