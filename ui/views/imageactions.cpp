#include "ui/views/imageactions.h"

#include "core/config/appsettings.h"
#include "core/services/imageoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/pruneimagesdialog.h"
#include "ui/dialogs/pullimagedialog.h"
#include "ui/dialogs/tagimagedialog.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QWidget>

namespace {

bool isLive(ContainerSummary::State s)
{
    return s == ContainerSummary::State::Running || s == ContainerSummary::State::Restarting ||
           s == ContainerSummary::State::Paused;
}

QString shortId(const QString &id)
{
    const QString bare = id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
    return bare.left(12);
}

} // namespace

ImageActions::ImageActions(QWidget *owner, NotificationArea *notifications)
    : QObject(owner)
    , m_owner(owner)
    , m_notifications(notifications)
{
    m_menu = new QMenu(owner);
    addAction(Act::Pull, QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("go-down"));
    addAction(Act::Push, QKeySequence(Qt::CTRL | Qt::Key_U), QStringLiteral("go-up"));
    m_menu->addSeparator();
    addAction(Act::Run, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
              QStringLiteral("media-playback-start"));
    addAction(Act::Tag, QKeySequence(Qt::Key_F2), QString());
    addAction(Act::Remove, QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_menu->addSeparator();
    addAction(Act::Prune, QKeySequence(), QStringLiteral("edit-clear"));
    // The shortcuts act while the images page has focus, and from the menu.
    owner->addActions(allActions());
    updateEnabled();
    retranslate();
}

ImageActions::~ImageActions() = default;

QAction *ImageActions::addAction(Act act, const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    // Window-wide while the images page is shown; enabled only then (updateEnabled), since
    // other pages have their own Delete and F2.
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    connect(a, &QAction::triggered, this, [this, act] { trigger(act); });
    m_menu->addAction(a);
    m_acts.insert(act, a);
    return a;
}

void ImageActions::setNodeManager(NodeManager *manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (manager) {
        // Capabilities come with each node's engine, on every (re)connect.
        const auto watch = [this](NodeService *node) {
            connect(node, &NodeService::engineInfoChanged, this, &ImageActions::updateEnabled);
        };
        for (NodeService *node : manager->nodes())
            watch(node);
        connect(manager, &NodeManager::nodeAdded, this, [this, watch](NodeService *node) {
            watch(node);
            updateEnabled();
        });
        connect(manager, &NodeManager::nodeRemoved, this, &ImageActions::updateEnabled);
    }
    updateEnabled();
}

void ImageActions::setSelection(const QList<ImageRef> &selection)
{
    m_selection = selection;
    updateEnabled();
}

void ImageActions::setCurrentNode(const QString &nodeId)
{
    m_currentNode = nodeId;
    updateEnabled();
}

QList<QAction *> ImageActions::toolBarActions() const
{
    return {action(Act::Pull), action(Act::Push), action(Act::Run), action(Act::Remove),
            action(Act::Prune)};
}

QList<QAction *> ImageActions::allActions() const
{
    return {action(Act::Pull), action(Act::Push),   action(Act::Run),
            action(Act::Tag),  action(Act::Remove), action(Act::Prune)};
}

void ImageActions::retranslate()
{
    m_menu->setTitle(tr("&Image"));
    const QList<std::pair<QAction *, QPair<QString, QString>>> texts = {
        {action(Act::Pull), {tr("&Pull…"), tr("Pull an image onto one or more nodes")}},
        {action(Act::Push),
         {tr("P&ush…"), tr("Push the selected image to the registry its name begins with")}},
        {action(Act::Run),
         {tr("&Run…"), tr("Create a container from the selected image on its node")}},
        {action(Act::Tag), {tr("&Tag…"), tr("Give the selected image another name")}},
        {action(Act::Remove), {tr("Re&move…"), tr("Remove the selected images")}},
        {action(Act::Prune),
         {tr("Pr&une…"), tr("Remove images no container uses, showing first what would go")}},
    };
    for (const auto &[a, text] : texts) {
        a->setText(text.first);
        // Toolbar buttons show the name without the menu's mnemonic and ellipsis.
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…$"));
        a->setIconText(QString(text.first).remove(mnemonic));
        a->setStatusTip(text.second);
        m_tips.insert(a, a->shortcut().isEmpty()
                             ? text.second
                             : QStringLiteral("%1 (%2)").arg(
                                   text.second, a->shortcut().toString(QKeySequence::NativeText)));
        a->setToolTip(m_reasons.value(a, m_tips.value(a)));
    }
}

QString ImageActions::lacking(const QList<NodeService *> &nodes, bool EngineCapabilities::*need,
                              const QString &missing) const
{
    // The action is there when one of the nodes it may act on has it.
    QString reason;
    for (NodeService *node : nodes) {
        const EngineCapabilities caps = node->engineInfo().capabilities;
        if (caps.*need)
            return {};
        if (reason.isEmpty()) {
            reason = missing.arg(node->name());
            if (need == &EngineCapabilities::imagePull && !caps.imagePullMissingText.isEmpty())
                reason += QLatin1Char(' ') + caps.imagePullMissingText;
        }
    }
    return reason;
}

void ImageActions::enableFor(Act act, bool hasTargets, const QString &reason)
{
    QAction *a = action(act);
    a->setEnabled(hasTargets && reason.isEmpty());
    if (hasTargets && !reason.isEmpty())
        m_reasons.insert(a, reason);
    else
        m_reasons.remove(a);
    a->setToolTip(m_reasons.value(a, m_tips.value(a)));
}

void ImageActions::updateEnabled()
{
    // A page the window does not show (another page is current) acts on nothing; on its own
    // (as in tests) it is always meant.
    const bool shown = m_owner->isWindow() || !m_owner->isHidden();
    const bool anyNode = shown && m_manager && !m_manager->nodes().isEmpty();
    const bool one = shown && m_selection.size() == 1;
    // Pull and prune act on the node in view, else on any node: one of them must have it.
    QList<NodeService *> targets;
    if (m_manager) {
        NodeService *current = m_currentNode.isEmpty() ? nullptr : m_manager->node(m_currentNode);
        targets = current ? QList<NodeService *>{current} : m_manager->nodes();
    }
    enableFor(Act::Pull, anyNode,
              lacking(targets, &EngineCapabilities::imagePull,
                      tr("The engine of %1 cannot pull images.")));
    enableFor(Act::Prune, anyNode,
              lacking(targets, &EngineCapabilities::prune,
                      tr("The engine of %1 cannot remove unused images at once: remove them one "
                         "by one.")));
    QList<NodeService *> selectedNode;
    if (one && m_manager) {
        if (NodeService *node = m_manager->node(m_selection.first().nodeId))
            selectedNode = {node};
    }
    enableFor(Act::Push, one && !m_selection.first().reference.isEmpty(),
              lacking(selectedNode, &EngineCapabilities::imagePush,
                      tr("The engine of %1 cannot push images.")));
    action(Act::Run)->setEnabled(one);
    enableFor(Act::Tag, one,
              lacking(selectedNode, &EngineCapabilities::imageTag,
                      tr("The engine of %1 cannot give images other names.")));
    action(Act::Remove)->setEnabled(shown && !m_selection.isEmpty());
}

void ImageActions::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(m_owner);
    for (QAction *a : allActions()) {
        if (a == action(Act::Tag) || a == action(Act::Prune))
            menu.addSeparator();
        if (a->isEnabled())
            menu.addAction(a);
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

PullImageDialog *ImageActions::transferDialog() const
{
    return m_transfer;
}

PruneImagesDialog *ImageActions::pruneDialog() const
{
    return m_prune;
}

void ImageActions::setAnswersForTest(const Answers &answers)
{
    m_answers = answers;
}

QStringList ImageActions::runningUsers(const QList<ContainerSummary> &users)
{
    QStringList out;
    for (const ContainerSummary &c : users) {
        if (isLive(c.state))
            out << c.name;
    }
    return out;
}

QStringList ImageActions::stoppedUsers(const QList<ContainerSummary> &users)
{
    QStringList out;
    for (const ContainerSummary &c : users) {
        if (!isLive(c.state))
            out << c.name;
    }
    return out;
}

QString ImageActions::nodeName(const QString &nodeId) const
{
    NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
    return node ? node->name() : nodeId;
}

QString ImageActions::label(const ImageRef &ref)
{
    return ref.reference.isEmpty() ? shortId(ref.imageId) : ref.reference;
}

void ImageActions::trigger(Act act)
{
    switch (act) {
    case Act::Pull:
        pull();
        return;
    case Act::Push:
        push();
        return;
    case Act::Tag:
        tag();
        return;
    case Act::Remove:
        remove();
        return;
    case Act::Prune:
        prune();
        return;
    case Act::Run:
        if (m_selection.size() == 1) {
            const ImageRef &ref = m_selection.first();
            // A name alone may be in several of a containerd node's namespaces: the id
            // ("NAMESPACE/sha256:…") says which image, and the dialog's namespace follows it.
            const bool inNamespace = ref.imageId.contains(QLatin1Char('/'));
            Q_EMIT runRequested(ref.nodeId, ref.reference.isEmpty() || inNamespace ? ref.imageId
                                                                                   : ref.reference);
        }
        return;
    }
}

void ImageActions::pull()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    // Onto the nodes of the selection, or the node looked at, or the first.
    QStringList nodes;
    for (const ImageRef &ref : std::as_const(m_selection)) {
        if (!nodes.contains(ref.nodeId))
            nodes << ref.nodeId;
    }
    if (nodes.isEmpty())
        nodes << (m_currentNode.isEmpty() ? m_manager->nodes().first()->id() : m_currentNode);
    auto *dialog = new PullImageDialog(m_manager, PullImageDialog::Mode::Pull, m_owner->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNodes(nodes);
    // Pulling a selected image again fetches its newer version.
    if (!m_selection.isEmpty())
        dialog->setReference(m_selection.first().reference);
    connect(dialog, &PullImageDialog::transferred, this,
            [this](const QString &nodeId, const QString &reference) {
                m_notifications->post(NoticeBar::Kind::Info,
                                      tr("Pulled %1 onto %2.").arg(reference, nodeName(nodeId)));
            });
    m_transfer = dialog;
    dialog->show();
    dialog->referenceField()->setFocus();
}

void ImageActions::push()
{
    if (!m_manager || m_selection.size() != 1 || m_selection.first().reference.isEmpty())
        return;
    const ImageRef ref = m_selection.first();
    auto *dialog = new PullImageDialog(m_manager, PullImageDialog::Mode::Push, m_owner->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNodes({ref.nodeId});
    dialog->setReference(ref.reference);
    connect(dialog, &PullImageDialog::transferred, this,
            [this](const QString &nodeId, const QString &reference) {
                m_notifications->post(NoticeBar::Kind::Info,
                                      tr("Pushed %1 from %2.").arg(reference, nodeName(nodeId)));
            });
    m_transfer = dialog;
    dialog->show();
    // A push is what was asked for: it begins at once.
    dialog->start();
}

void ImageActions::tag()
{
    if (!m_manager || m_selection.size() != 1)
        return;
    const ImageRef ref = m_selection.first();
    NodeService *node = m_manager->node(ref.nodeId);
    if (!node)
        return;
    QString target;
    if (m_answers) {
        target = m_answers->tagTarget.trimmed();
        if (const QString problem = TagImageDialog::problemWith(target); !problem.isEmpty()) {
            m_notifications->post(NoticeBar::Kind::Error, problem);
            return;
        }
    } else {
        TagImageDialog dialog(label(ref), m_owner->window());
        if (dialog.exec() != QDialog::Accepted)
            return;
        target = dialog.target();
    }
    if (target.isEmpty())
        return;
    const QString name = node->name();
    const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                             tr("Tagging %1 as %2…").arg(label(ref), target));
    ImageOperations::tag(
        node, ref.imageId, target, this,
        [this, notice, ref, target, name](const EngineError &error) {
            if (error.isError())
                m_notifications->update(notice, NoticeBar::Kind::Error,
                                        tr("Could not tag %1 on %2 as %3: %4")
                                            .arg(label(ref), name, target, error.userText()));
            else
                m_notifications->update(notice, NoticeBar::Kind::Info,
                                        tr("Tagged %1 on %2 as %3.").arg(label(ref), name, target));
        });
}

void ImageActions::remove()
{
    if (!m_manager || m_selection.isEmpty())
        return;
    QStringList refusals, forcedLines;
    QList<ImageRef> plain, forced;
    for (const ImageRef &ref : std::as_const(m_selection)) {
        NodeService *node = m_manager->node(ref.nodeId);
        if (!node)
            continue;
        // Taking one of several names off leaves the image (and its containers) as it is.
        bool deletesImage = ref.reference.isEmpty();
        if (!deletesImage) {
            deletesImage = true;
            for (const ImageSummary &image : node->images()) {
                if (image.id == ref.imageId)
                    deletesImage = image.repoTags.size() <= 1;
            }
        }
        const QList<ContainerSummary> users =
            deletesImage ? ImageOperations::usersOf(node, ref.imageId) : QList<ContainerSummary>();
        const QStringList running = runningUsers(users);
        const QStringList stopped = stoppedUsers(users);
        if (!running.isEmpty()) {
            refusals << tr("%1 on %2 is used by running containers: %3. Stop them first.")
                            .arg(label(ref), node->name(), running.join(QStringLiteral(", ")));
        } else if (!stopped.isEmpty()) {
            forced << ref;
            forcedLines << tr("%1 on %2: %3")
                               .arg(label(ref), node->name(), stopped.join(QStringLiteral(", ")));
        } else {
            plain << ref;
        }
    }
    if (!refusals.isEmpty())
        m_notifications->post(NoticeBar::Kind::Error,
                              tr("Cannot remove %n image(s) that running containers use:", nullptr,
                                 int(refusals.size())) +
                                  QLatin1Char('\n') + refusals.join(QLatin1Char('\n')));
    const qsizetype count = plain.size() + forced.size();
    if (count == 0)
        return;
    if (forced.isEmpty() && !AppSettings::confirmRemove()) {
        // Asked not to confirm: removed at once. Removing by force, which may take stopped
        // containers with it, is always confirmed.
    } else if (m_answers) {
        if (!m_answers->confirmRemove)
            return;
    } else {
        const ImageRef first = plain.isEmpty() ? forced.first() : plain.first();
        QMessageBox box(QMessageBox::Warning, tr("Remove images"),
                        count == 1 ? tr("Remove the image %1?").arg(label(first))
                                   : tr("Remove %n image(s)?", nullptr, int(count)),
                        QMessageBox::Cancel, m_owner->window());
        QString info = tr("This cannot be undone; a registry may still have it.");
        if (!forced.isEmpty())
            info += QStringLiteral("\n\n") +
                    tr("%n of these image(s) are used by stopped containers and removed by force; "
                       "the engine may remove those containers too:",
                       nullptr, int(forced.size())) +
                    QLatin1Char('\n') + forcedLines.join(QLatin1Char('\n'));
        box.setInformativeText(info);
        QPushButton *remove = box.addButton(forced.isEmpty() ? tr("Remove") : tr("Remove by Force"),
                                            QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    for (const ImageRef &ref : std::as_const(plain))
        removeOne(m_manager->node(ref.nodeId), ref, false);
    for (const ImageRef &ref : std::as_const(forced))
        removeOne(m_manager->node(ref.nodeId), ref, true);
}

void ImageActions::removeOne(NodeService *node, const ImageRef &ref, bool force)
{
    if (!node)
        return;
    const QString name = node->name();
    const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                             tr("Removing %1 from %2…").arg(label(ref), name));
    // A name alone may be in several of a containerd node's namespaces, where the engine asks
    // which: the image's own namespace goes with it ("NAMESPACE/NAME"). Ids carry theirs.
    QString what = ref.reference.isEmpty() ? ref.imageId : ref.reference;
    if (!ref.reference.isEmpty()) {
        for (const ImageSummary &image : node->images()) {
            if (image.id == ref.imageId && !image.namespaceName.isEmpty()) {
                what = image.namespaceName + QLatin1Char('/') + ref.reference;
                break;
            }
        }
    }
    ImageOperations::remove(
        node, what, force, this,
        [this, notice, ref, name](const EngineResult<ImageRemoval> &result) {
            if (result.ok()) {
                m_notifications->update(
                    notice, NoticeBar::Kind::Info,
                    result.value.deleted.isEmpty()
                        ? tr("Took the name %1 off its image on %2.").arg(label(ref), name)
                        : tr("Removed %1 from %2.").arg(label(ref), name));
                return;
            }
            const EngineError &error = result.error;
            if (error.kind == EngineError::Kind::InUse) {
                // The engine's answer when a container took it up meanwhile.
                m_notifications->update(notice, NoticeBar::Kind::Error,
                                        tr("Cannot remove %1 from %2: a container uses it. %3")
                                            .arg(label(ref), name, error.refusalText()));
                return;
            }
            m_notifications->update(
                notice, NoticeBar::Kind::Error,
                tr("Could not remove %1 from %2: %3").arg(label(ref), name, error.userText()));
        });
}

void ImageActions::prune()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    if (m_prune) {
        m_prune->raise();
        m_prune->activateWindow();
        return;
    }
    auto *dialog = new PruneImagesDialog(
        m_manager, m_currentNode.isEmpty() ? QStringList() : QStringList{m_currentNode},
        m_owner->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PruneImagesDialog::prunedAll, this, [this](qint64 freed, int failed) {
        if (failed == 0)
            m_notifications->post(
                NoticeBar::Kind::Info,
                tr("Pruned images: %1 freed.").arg(QLocale().formattedDataSize(freed)));
        else
            m_notifications->post(NoticeBar::Kind::Error,
                                  tr("Pruned images: %1 freed; %n node(s) failed (the prune "
                                     "dialog says why).",
                                     nullptr, failed)
                                      .arg(QLocale().formattedDataSize(freed)));
    });
    m_prune = dialog;
    dialog->show();
}
