#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/enginecapabilities.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class NodeManager;
class NodeService;
class NotificationArea;
class PruneImagesDialog;
class PullImageDialog;
class QAction;
class QMenu;
class QPoint;
class QWidget;

// An image the user chose on the images page: the node it is on, its id, and the name the row
// shows ("repo:tag"; empty for an image known only by its id).
struct ImageRef
{
    QString nodeId;
    QString imageId;
    QString reference;

    bool operator==(const ImageRef &) const = default;
};

// The actions on the images page's selection: pull, push, tag, remove, prune and run. Enables
// them from the selection the page hands over, asks what it needs to know (new name,
// confirmation, what to prune), runs them through ImageOperations, ImagePull and ImagePush, and
// reports progress and results in the notification area.
class ImageActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageActions)

public:
    enum class Act
    {
        Pull,
        Push,
        Tag,
        Remove,
        Prune,
        Run
    };
    // Tag asks for a name and Remove confirms: tests answer for the user here instead of
    // through the dialogs (an empty name, or no confirmation, cancels).
    struct Answers
    {
        QString tagTarget;
        bool confirmRemove = false;
    };

    // `owner` parents the dialogs and the menu (the images page).
    ImageActions(QWidget *owner, NotificationArea *notifications);
    ~ImageActions() override;

    void setNodeManager(NodeManager *manager);
    // What the page has selected, across nodes; enables the actions for it.
    void setSelection(const QList<ImageRef> &selection);
    QList<ImageRef> selection() const { return m_selection; }
    // The node the page is looking at (pull and prune start there); empty: all of them.
    void setCurrentNode(const QString &nodeId);

    QAction *action(Act act) const { return m_acts.value(act); }
    // The Image menu.
    QMenu *menu() const { return m_menu; }
    // The actions the toolbar shows, and all of them in the order the shortcuts list shows.
    QList<QAction *> toolBarActions() const;
    QList<QAction *> allActions() const;
    void updateEnabled();
    void showContextMenu(const QPoint &globalPos);
    void retranslate();

    // The dialogs opened last and still open (non-modal), for tests.
    PullImageDialog *transferDialog() const;
    PruneImagesDialog *pruneDialog() const;

    void setAnswersForTest(const Answers &answers);
    // Why an action is off (empty when on, or with nothing to act on): its node's engine
    // lacks it. Shown as its tool tip.
    QString disabledReason(Act act) const { return m_reasons.value(action(act)); }

    // The containers on `node` that keep an image from being removed, by name: those running
    // (the engine refuses) and those stopped (removed only with force).
    static QStringList runningUsers(const QList<ContainerSummary> &users);
    static QStringList stoppedUsers(const QList<ContainerSummary> &users);

Q_SIGNALS:
    // Run: the create dialog should open with this image on this node.
    void runRequested(const QString &nodeId, const QString &reference);

private:
    QAction *addAction(Act act, const QKeySequence &key, const QString &icon);
    void trigger(Act act);
    void pull();
    void push();
    void tag();
    void remove();
    void prune();
    void removeOne(NodeService *node, const ImageRef &ref, bool force);
    QString nodeName(const QString &nodeId) const;
    // Empty when one of `nodes` has `need`; else `missing` for the first (%1: its name).
    QString lacking(const QList<NodeService *> &nodes, bool EngineCapabilities::*need,
                    const QString &missing) const;
    void enableFor(Act act, bool hasTargets, const QString &reason);
    static QString label(const ImageRef &ref);

    QWidget *m_owner = nullptr;
    NotificationArea *m_notifications = nullptr;
    QPointer<NodeManager> m_manager;
    QMenu *m_menu = nullptr;
    QHash<Act, QAction *> m_acts;
    QHash<QAction *, QString> m_tips;    // each action's own tool tip
    QHash<QAction *, QString> m_reasons; // why it is off now, where a node lacks it
    QList<ImageRef> m_selection;
    QString m_currentNode;
    QPointer<PullImageDialog> m_transfer;
    QPointer<PruneImagesDialog> m_prune;
    std::optional<Answers> m_answers;
};
